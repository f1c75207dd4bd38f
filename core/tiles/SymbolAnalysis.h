#pragma once

#include <array>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/market/BarSeries.h"
#include "core/market/HourlySeries.h"
#include "core/market/TradingCalendar.h"

namespace Tessera::Tiles {

/**
 * The seed-002 analysis of one symbol: nine tiles, deterministic and Monte Carlo slippage, the
 * verdict, the data-quality grade and the price-range validation. This header is the contract between
 * the engine (core/tiles), the pipeline task and store (core/tasks, core/store) and the symbol
 * dashboard (ui/): the three JSON documents follow the schema of the reference peer
 * (shared/bench/peer/pipeline.py) key for key, with Tessera's additions documented in
 * docs/tiles-json.md; the dashboard draws from `main` alone.
 */

/**
 * How the verdict combines its components (setting pipeline/verdictFormula; Verdict.h has the formulas).
 * Directional: momentum and flow give the sign, liquidity and cost can only strengthen it (the default,
 * the peer's `--verdict directional`). Seed: the seed's plain weighted sum of all four (`--verdict seed`),
 * which leans UP for every liquid, cheap-to-trade stock.
 */
enum class VerdictFormula
{
    Directional,
    Seed,
};

/** "directional" or "seed": the setting's value and the JSON documents' verdict.formula. */
QString verdictFormulaName(VerdictFormula formula);

/** Settings of the analysis (declared in pipelineParameters(); defaults = the peer's constants). */
struct AnalysisSettings
{
    int tileBars = 60;                                   ///< bars the tiles look back
    std::array<double, 4> notionals{1e5, 1e6, 1e7, 1e8}; ///< slippage sizes in the symbol's currency
    double impactK = 0.1;                                ///< square-root impact coefficient
    int monteCarloSimulations = 400;
    double weightMomentum = 0.45;
    double weightFlow = 0.25;
    double weightLiquidity = 0.15;
    double weightCost = 0.15;
    double upThreshold = 0.15;    ///< score > this: UP
    double downThreshold = -0.15; ///< score < this: DOWN
    VerdictFormula verdictFormula = VerdictFormula::Directional;
    /**
     * Validation tolerance (Tessera): a price-axis tile value passes within [low / f, high · f] of the
     * tile window's range (see Validation.h for why 2.5).
     */
    double validationFactor = 2.5;
    /** When valid, a last bar more than 5 business days before this date lowers the quality grade. */
    QDate referenceDate;
    /**
     * The symbol's exchange calendar (Tessera): its holidays are not counted as missing business days.
     * The default (weekends only) counts like the peer, which grades every NSE series C for its ~15
     * exchange holidays a year; the pipeline sets each symbol's market calendar (MarketCalendars).
     */
    TradingCalendar calendar;
};

/**
 * The declared pipeline settings ("pipeline/tileBars", "pipeline/notionals", weights, thresholds, the
 * verdict formula).
 */
const QList<Config::Parameter>& pipelineParameters();
/** Settings from {key: text} values (missing keys = defaults); an error names a bad key/value. */
Result<AnalysisSettings> analysisSettings(const QMap<QString, QString>& values);

/** The verdict and what a table row or a badge needs, without parsing the JSON. */
struct AnalysisSummary
{
    QDate asOf;           ///< date of the last bar
    double lastPrice = 0; ///< last (adjusted) close
    double change = 0;    ///< last close minus the previous close
    /** "UP", "DOWN", "NEUTRAL", or "WITHHELD" when validation failed. */
    QString direction;
    double score = 0; ///< the verdict's score on its −1…+1 scale (Verdict.h), not an expected return
    /** min(|score|, 1): how far the score is from 0 — the signal's strength, not a probability. */
    double confidence = 0;
    double momentum = 0, flow = 0, liquidity = 0, cost = 0; ///< components, each in [-1, 1]
    /** verdictFormulaName() of the formula the score came from; empty = stored before it was recorded (seed).
     */
    QString formula;
    QString qualityGrade;         ///< "A".."D"
    QStringList qualityReasons;   ///< why the grade is not A (empty for A)
    bool valid = true;            ///< every price-axis tile lies within the symbol's recent range
    QStringList validationErrors; ///< "bollinger upper 3400.00 outside the recent range 300.10–340.50"
};

/** Bars analyseSymbol needs at least: the 20-bar volatility and return of the verdict need 21. */
inline constexpr int kMinimumAnalysisBars = 21;

/** One symbol's complete analysis: the summary and the peer-schema JSON documents. */
struct SymbolAnalysis
{
    QString ticker;
    AnalysisSummary summary;
    QJsonObject main; ///< {T}.json: symbol, as_of, bars, features, verdict, data_quality, tiles, validation
    QJsonObject slippage; ///< {T}_slippage.json
    QJsonObject monte;    ///< {T}_monte_slippage.json
};

/**
 * Analyses one symbol from its split/dividend-adjusted daily bars (pure, thread-safe, deterministic:
 * the Monte Carlo is seeded from the ticker). Errors: too few bars to analyse (names the ticker and
 * the count).
 */
[[nodiscard]] Result<SymbolAnalysis>
analyseSymbol(const QString& ticker, const BarSeries& adjusted, const AnalysisSettings& settings = {});

/**
 * The same with the symbol's stored 60-minute bars (issue 21; hourly may be empty): the activity
 * heatmap becomes hour × weekday over the hours of the daily tile window (in the market's session,
 * MarketSession), and for a market that trades around the clock every missing hour between the first and
 * the last hourly bar counts against the data-quality grade.
 */
[[nodiscard]] Result<SymbolAnalysis> analyseSymbol(const QString& ticker,
                                                   const BarSeries& adjusted,
                                                   const AnalysisSettings& settings,
                                                   const HourlySeries& hourly);

} // namespace Tessera::Tiles
