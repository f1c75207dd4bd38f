#pragma once

#include <cmath>
#include <limits>
#include <vector>

#include <QDate>
#include <QList>
#include <QString>

#include "core/market/BarSeries.h"

namespace Tessera::Track {

/** Where a call came from (the calls table's source column). */
enum class CallSource
{
    Verdict, ///< the seed-002 verdict of the pipeline (UP / DOWN / NEUTRAL)
    Model,   ///< a per-stock model's (or the consensus') predicted return
    Xs,      ///< a cross-sectional score (percentile of the predicted return among the day's symbols)
    Pick,    ///< a strategy's daily pick (a long call with a target and a stop)
};

QString sourceName(CallSource source); ///< "verdict", "model", "xs", "pick"
/** The source named text ("picks" is accepted for "pick"); false when unknown. */
bool parseSource(const QString& text, CallSource* out);

/** A stored call as scoring and the scoreboard read it. */
struct Call
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    qint64 id = 0;
    CallSource source = CallSource::Verdict;
    qint64 symbolId = 0;
    QString ticker;
    QDate asOf;
    QString key;
    int horizon = 5;     ///< trading days (the symbol's own bars) after asOf
    QString direction;   ///< "UP", "DOWN" or "NEUTRAL"
    double score = kNaN; ///< what ranks the day's calls (the IC's forecast; see Scoreboard.h)
    double predictedReturn = kNaN;
    QString algorithm;
    QString strategy;
    int rank = 0;
    bool productionReady = false;
    double entryPrice = kNaN; ///< the close the call was made at (target and stop are relative to it)
    double target = kNaN;     ///< picks: price target (NaN: none)
    double stop = kNaN;       ///< picks: stop (NaN: none)
};

/** What happened after a call (the outcome columns). */
struct Outcome
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    bool complete = false; ///< false: the horizon has not passed in the stored bars (leave unscored)
    QDate endDate;
    double realisedReturn = kNaN; ///< adjClose[end] / adjClose[asOf] − 1
    double universeReturn = kNaN; ///< equal-weight mean over the universe (itself included)
    double excessReturn = kNaN;   ///< realised − universe
    int hit = -1;                 ///< 1 / 0; −1 = no hit defined
    double baseRate = kNaN;       ///< the universe's share moving the call's way over the same dates
    int universeSize = 0;
    QString exit; ///< picks with a target or a stop: "target", "stop" or "neither"; else empty
    QDate exitDate;
};

/**
 * A symbol's adjusted daily prices for scoring: the stored bars through BarSeries::adjusted() (adjusted
 * closes; highs and lows scaled by the same adj_close / close factor, so a split or dividend inside a
 * window does not fake a touch of the stop). Days as Julian day numbers, ascending.
 */
struct PriceHistory
{
    std::vector<qint64> days;
    std::vector<double> close; ///< adjusted
    std::vector<double> high;  ///< adjusted
    std::vector<double> low;   ///< adjusted

    static PriceHistory fromBars(const BarSeries& raw);
    /** Index of the bar on day, or −1. */
    qsizetype indexOf(qint64 day) const;
    /** Index of the last bar on or before day, or −1. */
    qsizetype indexAtOrBefore(qint64 day) const;
};

/** Scoring rules (the track settings, see trackParameters()). */
struct ScoringRules
{
    /** NEUTRAL is a hit when |realised return| < this (a fraction: 0.01 = 1 %). */
    double neutralBand = 0.01;
};

/**
 * The window of a call in its symbol's bars: the as-of bar (the last on or before asOf) and the bar
 * `horizon` bars later. False when there is no as-of bar or the horizon has not passed yet.
 */
bool callWindow(const Call& call, const PriceHistory& prices, qint64* startDay, qint64* endDay);

/**
 * The universe's returns over one window: one entry per symbol with a bar on both days (the start and
 * the end day), adjClose[end] / adjClose[start] − 1. Symbols without both bars are left out.
 */
std::vector<double>
windowReturns(const std::vector<const PriceHistory*>& universe, qint64 startDay, qint64 endDay);

/**
 * The outcome of one call (pure):
 *   start      the call's as-of bar (the last bar on or before asOf when that day has none)
 *   end        the bar `horizon` bars later in the symbol's own history; none yet → complete = false
 *   realised   close[end] / close[start] − 1 (adjusted closes)
 *   universe   the mean of `universeReturns` (the window's returns of the call's universe, itself
 *              included; empty → the realised return alone)
 *   hit        UP: realised > 0; DOWN: realised < 0; NEUTRAL: |realised| < rules.neutralBand
 *   base rate  the share of universeReturns meeting the same condition (what a call of that direction
 *              made on every symbol that day would have scored)
 *   exit       picks with a target or a stop: walking the bars after the start, the first bar whose low
 *              reaches the stop or whose high reaches the target decides; a bar reaching both counts as
 *              the stop (daily bars do not say which came first; the cautious reading). Levels are the
 *              call's target / entry and stop / entry applied to the adjusted start close.
 */
Outcome scoreCall(const Call& call,
                  const PriceHistory& prices,
                  const std::vector<double>& universeReturns,
                  const ScoringRules& rules = {});

/** Whether a realised return counts as a hit for a direction (the rule of scoreCall). */
bool isHit(const QString& direction, double realisedReturn, const ScoringRules& rules);

} // namespace Tessera::Track
