#pragma once

#include <vector>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/backtest/Panel.h"
#include "core/common/Result.h"
#include "core/screens/Screen.h"

namespace Tessera::Tasks {
class TaskContext;
}

namespace Tessera::Backtest {

/** How rebalance days are chosen among the trading days (the days any selected symbol has a bar). */
enum class RebalanceRule
{
    EveryNDays, ///< the first trading day, then every N trading days
    Weekly,     ///< the first trading day of each calendar week
    Monthly     ///< the first trading day of each month
};

/** A backtest's parameters (stored with its result as JSON). */
struct BacktestSettings
{
    QDate from;
    QDate to;
    RebalanceRule rule = RebalanceRule::EveryNDays;
    int rebalanceDays = 5; ///< EveryNDays
    int top = 20;          ///< positions held at most, each bought with 1/top of the equity
    int hold = 5;          ///< trading days a position is held (renewed while it stays in the top)
    double notional = 1e6; ///< starting capital in currency units; the slippage model prices orders of it
    double stop = 0;       ///< stop-loss as a fraction below the entry (0.05 = 5 %); 0 = none
    double target = 0;     ///< profit target as a fraction above the entry; 0 = none
    double impactK = 0.1;  ///< the slippage model's impact coefficient (core/tiles/Slippage.h)
    bool allowStaleFundamentals = false;
    /**
     * Cross-sectional scores from models retrained walk-forward as of every xsRetrainDays-th trading
     * day (Tasks::walkForwardXs) instead of the stored models' scores.
     */
    bool xsWalkForward = false;
    int xsRetrainDays = 126;

    /** "5" (every 5 trading days), "daily", "weekly" or "monthly". */
    QString rebalanceText() const;
    /** Parses rebalanceText()'s forms; the error names the value. */
    [[nodiscard]] Result<void> setRebalance(const QString& text);
    QJsonObject toJson() const;
    static BacktestSettings fromJson(const QJsonObject& json);
};

/** One round trip: bought at a rebalance close, sold at a later close, stop or target. */
struct Trade
{
    QString symbol;
    QDate entryDate;
    double entryPrice = 0; ///< adjusted close
    QDate exitDate;
    double exitPrice = 0; ///< adjusted: close, stop or target price (the open when it gapped past)
    double shares = 0;
    double allotted = 0;  ///< currency put in, entry cost included
    double entryCost = 0; ///< currency
    double exitCost = 0;
    double netReturn = 0; ///< (proceeds − exit cost) / allotted − 1: both legs' costs included
    QString exitReason;   ///< hold, stop, target, end
    int rank = 0;         ///< rank in the screen on the entry day
};

/** One trading day of the equity curve (values are growth of 1). */
struct CurvePoint
{
    QDate date;
    double equity = 1;
    double benchmark = 1;
    double drawdown = 0; ///< 1 − equity / running peak
    double exposure = 0; ///< invested / equity at the close
};

/** What the screen ranked on one rebalance day (the top `top` rows): for the look-ahead check. */
struct Selection
{
    QDate date;
    QStringList symbols;
    std::vector<double> scores;
    int passed = 0;   ///< symbols whose conditions held
    int universe = 0; ///< symbols with a bar on the day
};

/** Headline figures (README "Backtests" defines each). */
struct Metrics
{
    double totalReturn = 0;
    double cagr = 0;
    double volatility = 0; ///< annualised sd of daily returns (√252)
    double sharpe = 0;     ///< mean / sd of daily returns × √252, risk-free 0
    double maxDrawdown = 0;
    double hitRate = 0;       ///< share of trades with a positive net return (not "accuracy")
    double turnover = 0;      ///< one-way traded value per year / mean equity
    double costs = 0;         ///< currency paid, both legs
    double costsFraction = 0; ///< costs / starting notional
    double exposure = 0;      ///< mean invested / equity over the days
    int trades = 0;
    int rebalances = 0;
    double years = 0;
    double benchmarkTotalReturn = 0;
    double benchmarkCagr = 0;
    double benchmarkVolatility = 0;
    double benchmarkSharpe = 0;
    double benchmarkMaxDrawdown = 0;

    QJsonObject toJson() const;
    static Metrics fromJson(const QJsonObject& json);
};

/** A backtest's whole answer. */
struct BacktestResult
{
    BacktestSettings settings;
    QString screenName;
    QString expression; ///< the conditions run (a strategy's filters included)
    QString ranking;
    std::vector<CurvePoint> curve;
    QList<Trade> trades;
    QList<Selection> selections;
    Metrics metrics;
    QStringList notes;         ///< caveats the report prints (survivorship, stale fundamentals, …)
    double loadSeconds = 0;    ///< reading the panel from the store (BacktestRun)
    double replaySeconds = 0;  ///< the replay itself
    double verdictSeconds = 0; ///< computing the verdicts missing as of the rebalance days (BacktestRun)
    double xsSeconds = 0;      ///< training and scoring the walk-forward cross-sectional models
};

/** The trading days within [from, to]: the days any symbol of the panel has a bar, ascending. */
std::vector<qint64> tradingCalendar(const Panel& panel, QDate from, QDate to);

/** The rebalance days' indexes into a trading calendar under the settings' rule. */
std::vector<qsizetype> rebalanceIndexes(const std::vector<qint64>& calendar, const BacktestSettings& s);

/**
 * Replays a compiled screen over a panel (pure: no store, any thread). On each rebalance day D the
 * screen is evaluated on the AsOfBuilder's table of D (data dated ≤ D only); positions whose holding
 * period has run out are sold at D's close unless still in the top; free slots (top − held) are
 * filled in rank order at D's close, each with cash / free slots. Every day, a held position's bar
 * is checked against its stop and target (low ≤ stop → stop; high ≥ target → target; both on one
 * bar → stop; a gap past the level fills at the open), and positions held `hold` trading days are
 * sold at the close. Each leg pays the slippage model's cost (Tiles::SlippageModel: ADV 20, 20-bar
 * volatility, spread clamp(k·vol, 2 bp, 5 %)) for its currency notional. Open positions are sold at
 * the last day's close. The benchmark is the equal-weight universe on the same rebalance days (README).
 * Checks ctx for cancel between rebalance days and reports progress per rebalance.
 */
[[nodiscard]] Result<BacktestResult> runBacktest(const Panel& panel,
                                                 const Screens::CompiledScreen& screen,
                                                 const BacktestSettings& settings,
                                                 Tasks::TaskContext* ctx = nullptr);

/** Metrics of a curve and trades (exposed for the tests' hand checks). */
Metrics computeMetrics(const std::vector<CurvePoint>& curve,
                       const QList<Trade>& trades,
                       double notional,
                       double tradedValue,
                       int rebalances);

/** The CLI's --json shape: equity, benchmark, drawdown, cagr, sharpe, max_drawdown, turnover, trades, … */
QJsonObject resultJson(const BacktestResult& result, bool withTrades = true);

} // namespace Tessera::Backtest
