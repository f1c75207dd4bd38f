#pragma once

#include <utility>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/tiles/SymbolAnalysis.h"
#include "ui/common/VerdictFormat.h"

namespace Tessera::Ui {

/**
 * What the symbol dashboard draws, parsed from one symbol's three analysis documents (the peer's
 * JSON schema, core/tiles/SymbolAnalysis.h) into plain typed values. Parsing runs on a worker thread
 * (parseAnalysisView); the dashboard and its tiles only read these structs on the GUI thread.
 * Missing numbers (JSON null) are NaN. Prices are in the symbol's currency, costs in basis points.
 */
struct PriceBucket
{
    double low = 0;
    double high = 0;
    double volume = 0;
};

struct VolumeProfileData
{
    QList<PriceBucket> buckets; ///< ascending prices
    double pocPrice = 0;        ///< point of control: the middle of the bucket with the most volume
    double valueAreaLow = 0;
    double valueAreaHigh = 0;
    double valueAreaShare = 0; ///< share of the volume inside the value area, 0..1
};

struct CandleData
{
    QDate date;
    double open = 0, high = 0, low = 0, close = 0, volume = 0;
};

/** A dated series tile: Bollinger bands and moving averages share the candles' dates. */
struct BollingerData
{
    QList<double> middle, upper, lower, close;
};

struct MovingAveragesData
{
    QList<double> ma5, ma20, ma50;
};

struct BookLevel
{
    double price = 0;
    double size = 0;
};

struct OrderBookData
{
    double mid = 0;
    double spreadBps = 0;
    bool synthetic = true; ///< always derived from spread/volatility/volume, never a real book
    QList<BookLevel> bids; ///< best first (descending prices)
    QList<BookLevel> asks; ///< best first (ascending prices)
};

struct AbsorptionFlowData
{
    QList<double> buyVolume, sellVolume;
    double buyTotal = 0, sellTotal = 0;
    double imbalance = 0; ///< (buy - sell) / total volume, -1..1
};

/** Mean volume per cell; rows are weekdays, columns months (or hours); NaN = no bar in that cell. */
struct HeatmapData
{
    QStringList rowLabels;
    QStringList columnLabels;
    QList<QList<double>> values; ///< [row][column]
};

struct ReturnsHistogramData
{
    QList<int> counts;     ///< one per bin
    QList<double> edges;   ///< counts.size() + 1 bin edges, simple daily returns (0.01 = 1 %)
    double normalMean = 0; ///< the fitted normal of the returns
    double normalSd = 0;
    int sampleCount() const;
};

struct SlippageSample
{
    double participation = 0; ///< share of the 20-day average daily volume, 0..1
    double notional = 0;
    double costBps = 0;
};

/** One notional size: the deterministic square-root cost and the Monte Carlo distribution. */
struct SlippageSize
{
    double notional = 0;
    double participation = 0;
    double halfSpreadBps = 0;
    double impactBps = 0;
    double costBps = 0;
    double costValue = 0;
    double mcMean = 0, mcSd = 0, mcP05 = 0, mcP50 = 0, mcP95 = 0; ///< NaN when the MC document lacks the size
};

struct VerdictComponent
{
    QString key;      ///< "momentum", "flow", "liquidity", "cost"
    double value = 0; ///< -1..1
    double weight = 0;
};

struct AnalysisView
{
    QString ticker;
    QString name; ///< company name when known (the caller fills it), else empty
    QDate asOf;
    QDateTime updatedAt; ///< when the analysis was stored; invalid when unknown
    int bars = 0;
    double lastPrice = 0;
    double change = 0; ///< last close minus the previous close (NaN with one candle)
    double changePercent = 0;

    QString direction; ///< UP, DOWN, NEUTRAL or WITHHELD (validation failed)
    double score = 0;  ///< on its −1…+1 scale (core/tiles/Verdict.h); shown signed, never as a percentage
    QList<VerdictComponent> components;
    /** verdict.formula: "directional" or "seed"; "seed" for documents without it (written before it existed).
     */
    QString formula;
    double upThreshold = 0.15; ///< verdict.thresholds (Tessera's addition); the peer's ±0.15 without it
    double downThreshold = -0.15;

    /** The latest microstructure features (main.features), in the peer's order; NaN when undefined. */
    QList<std::pair<QString, double>> features;

    QString qualityGrade;
    QStringList qualityReasons;
    bool valid = true;
    QStringList validationErrors;

    VolumeProfileData volumeProfile;
    QList<CandleData> candles;
    QList<QDate> dates; ///< dates of the dated tiles (bollinger, moving averages, flow)
    BollingerData bollinger;
    OrderBookData orderBook;
    MovingAveragesData movingAverages;
    AbsorptionFlowData absorption;
    HeatmapData heatmap;
    ReturnsHistogramData histogram;
    QList<SlippageSample> slippageSamples;
    QList<SlippageSize> slippageSizes;
    int simulations = 0;
    QString slippageModel;
    double spreadBps = 0;

    /** Lowest low and highest high of the candles (the symbol's recent price range). */
    std::pair<double, double> priceRange() const;
    /** The verdict as the badge, the card and their tooltips write it. */
    VerdictFormat::Display verdictDisplay() const;
};

/** What the loader hands the dashboard: the stored analysis and when it was stored. */
struct StoredAnalysis
{
    Tiles::SymbolAnalysis analysis;
    QDateTime updatedAt;
};

/**
 * Parses the documents into a view. Pure and thread-safe: call it on a worker thread. Tessera's
 * additions are used when present (validation {valid, errors}, the histogram's fitted normal,
 * data_quality.reasons, order_book.synthetic); without them (the peer's documents) the view is
 * completed from the data: valid, the normal fitted to the binned returns, reasons from the counts.
 * Errors name the ticker and the missing or malformed key.
 */
[[nodiscard]] Result<AnalysisView> parseAnalysisView(const StoredAnalysis& stored);

} // namespace Tessera::Ui
