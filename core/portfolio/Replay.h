#pragma once

#include <functional>
#include <limits>

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/portfolio/EquityCurve.h"
#include "core/portfolio/PortfolioTypes.h"
#include "core/screens/Picks.h"
#include "core/store/Database.h"

namespace Tessera::Portfolio {

/** How many shares a buy of the top picks gets. */
enum class SizeRule
{
    FixedAmount, ///< amount / price
    EqualWeight, ///< the available cash split equally over the free slots
    RiskBased,   ///< riskPct of the equity lost if the stop is hit: risk / (price − stop)
};
QString sizeRuleText(SizeRule rule);
Result<SizeRule> parseSizeRule(const QString& text);

struct SizingInput
{
    SizeRule rule = SizeRule::EqualWeight;
    double price = 0;
    double stop = 0;      ///< 0: none (a risk-based size then buys nothing)
    double available = 0; ///< cash not reserved by working orders
    double equity = 0;
    int freeSlots = 1;
    double amount = 0;  ///< FixedAmount
    double riskPct = 1; ///< RiskBased, percent of equity
};

/**
 * Whole shares for one buy, never more than the available cash buys with 0.5 % left for charges and
 * slippage: fixed → floor(amount / price); equal → floor(available / freeSlots / price); risk →
 * floor(equity · riskPct % / (price − stop)) (0 without a stop below the price).
 */
double sizeQuantity(const SizingInput& in);

/** The settings of a strategy replay, stored with its account (setting portfolio/replay/<account id>). */
struct ReplayConfig
{
    QString account;   ///< a new replay account's name
    QDate from;        ///< first day (picks of this day fill on the next bar)
    QDate to;          ///< last day
    QString strategy;  ///< growth, value, balanced, momentum
    QString selection; ///< "universe:nifty50", "tag:…", tickers; empty: the strategy's own
    int topN = 5;      ///< positions held at most
    SizeRule rule = SizeRule::EqualWeight;
    double amount = 100000;
    double riskPct = 1;
    double cash = 1000000;
    bool bracket = true;            ///< attach the pick's target and stop as OCO exits
    bool buyOnlyRecommended = true; ///< only picks recommended BUY

    QJsonObject toJson() const;
    static ReplayConfig fromJson(const QJsonObject& o);
};

struct ReplaySummary
{
    Account account;
    QList<EquityPoint> curve;
    int days = 0;
    int ordersPlaced = 0;
    int fills = 0;
    int roundTrips = 0; ///< positions closed
    int winners = 0;    ///< round trips with a gain after charges
    double charges = 0;
    double dividends = 0;
    double startEquity = 0;
    double endEquity = 0;
    double maxDrawdown = 0;
    double exposure = 0; ///< mean fraction of equity invested
    /** The baseline: the mean return of buying every symbol of the selection at the first day's close and
     * holding to the last (no charges); NaN when unknown (stepped replays). */
    double baselineReturn = std::numeric_limits<double>::quiet_NaN();
};

/**
 * Buys the top picks not held or on order, up to rule.topN positions, sized by rule (equal weight over the
 * free slots, fixed amount, or risk to the pick's stop), each with the pick's target and stop as bracket
 * exits when rule.bracket; only picks recommended BUY when rule.buyOnlyRecommended; only picks dated day
 * when day is valid (a stale pick is not a signal). Client ids "<prefix>-<pick day>-<symbol>", so running
 * it twice for the same day places nothing twice. Returns the orders placed (open ones).
 */
class PaperEngine;
[[nodiscard]] Result<QList<Order>> buyTopPicks(PaperEngine& engine,
                                               const QList<Screens::Pick>& picks,
                                               const ReplayConfig& rule,
                                               QDate day,
                                               const QString& prefix);

/** Progress (days done, days total) and a cancel check; both optional. */
struct ReplayHooks
{
    std::function<void(int, int)> progress;
    std::function<bool()> cancelled;
};

/**
 * Paper-trades a strategy's picks over history, day by day: on each trading day the account's working
 * orders fill against that day's bars (PaperEngine), then the strategy's picks as of that day (data up to
 * it only: computeStrategyPicks) are bought with market orders — the top picks not held, up to topN
 * positions — sized by the rule, each with the pick's target and stop as bracket exits; they fill at the
 * next day's open. Creates the replay account (error when the name exists) and stores the config so the
 * replay can be stepped further (stepReplay).
 */
[[nodiscard]] Result<ReplaySummary>
runReplay(const Store::Database& db, const ReplayConfig& config, const ReplayHooks& hooks = {});

/** Creates the replay account (cash deposited, clock the day before from) and stores its config. */
[[nodiscard]] Result<Account> startReplay(const Store::Database& db, const ReplayConfig& config);
/** One more trading day of a replay account (its stored config); the day it moved to (invalid at the end). */
[[nodiscard]] Result<QDate> stepReplay(const Store::Database& db, const Account& account);
/** The stored config of a replay account. */
[[nodiscard]] Result<ReplayConfig> replayConfig(const Store::Database& db, const Account& account);
/** Summary figures of an account from its journal and curve. */
[[nodiscard]] Result<ReplaySummary> summarise(const Store::Database& db, const Account& account);

} // namespace Tessera::Portfolio
