#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include "core/track/Outcome.h"

namespace Tessera::Track {

/** A call with its outcome (only complete outcomes are aggregated). */
struct ScoredCall
{
    Call call;
    Outcome outcome;
};

/** Wilson score interval of k successes in n trials at z (1.96: 95 %); {NaN, NaN} for n = 0. */
QPair<double, double> wilsonInterval(int k, int n, double z = 1.96);

/** Mean and sample standard deviation (n − 1); sd NaN for fewer than two values. */
QPair<double, double> meanAndSd(const std::vector<double>& values);

/** Median (mean of the middle two for an even count); NaN when empty. */
double median(std::vector<double> values);

/** t = mean / (sd / √n); NaN when n < 2 or sd is 0. */
double tStatistic(double mean, double sd, double n);

using DatedSeries = QList<QPair<QDate, double>>;

/** One line of the scoreboard: a group of calls of one source over the period. */
struct ScoreboardRow
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    CallSource source = CallSource::Verdict;
    QString group; ///< "UP", "gbm · 5 d · ready", "decile 10", "momentum"
    QString label; ///< the group as the sentence names it: "UP verdicts"
    int count = 0;
    int hits = 0;
    int withHit = 0;       ///< calls with a hit defined (all of them today)
    double hitRate = kNaN; ///< hits / withHit
    double ciLow = kNaN;   ///< Wilson 95 % interval of the hit rate
    double ciHigh = kNaN;
    double baseRate = kNaN; ///< mean of the calls' base rates
    double meanExcess = kNaN;
    double medianExcess = kNaN;
    double tExcess = kNaN; ///< see buildScoreboard
    int days = 0;          ///< distinct as-of days
    double effectiveDays = 0;
    double meanIc = kNaN;   ///< mean of icSeries
    int targetFirst = 0;    ///< picks: target reached before the stop
    int stopFirst = 0;      ///< picks: stop reached first (a bar touching both counts here)
    QString significance;   ///< "significantly above", "significantly below" (base rate outside the 95 %
                            ///< interval), "not significant"
    QString sentence;       ///< the plain-language line
    DatedSeries ic;         ///< daily rank IC (Spearman of score and realised return over the day's calls)
    DatedSeries cumulative; ///< cumulative signed excess (see buildScoreboard)

    QJsonObject toJson() const;
};

struct Scoreboard
{
    QDate from; ///< the period (as-of days), inclusive; invalid = open
    QDate to;
    int unscored = 0; ///< calls in the period whose horizon has not passed (or not scored yet)
    QList<ScoreboardRow> rows;
    /** Per source over all its groups: the daily rank IC and the cumulative signed excess. */
    QList<ScoreboardRow> totals;

    QJsonObject toJson() const;
};

/**
 * The scoreboard of calls (pure). Groups: verdicts by direction (UP, DOWN, NEUTRAL); model predictions by
 * algorithm × horizon × production ready or not; cross-sectional scores by decile of the score (decile 1
 * = lowest); picks by strategy. Per group:
 *   hit rate     hits / calls with its 95 % Wilson interval, beside the base rate (the mean of the calls'
 *                base rates: the universe's share moving the call's way over the same dates);
 *                "significant" when the base rate lies outside the interval
 *   excess       mean and median of excess returns (the stock's, not signed by the call: a good DOWN
 *                group has a negative mean); t = mean / (sd / √n_eff) over the days' mean excess
 *                (the calls of one day move together, so a day is one observation), with
 *                n_eff = min(days, weekdays spanned / horizon + 1): overlapping windows count once
 *   IC           per as-of day with ≥ 3 calls, Spearman of the calls' scores and realised returns
 *   cumulative   Σ over as-of days of (mean signed excess of the day's calls) / horizon, signed = −excess
 *                for DOWN: a book putting 1/horizon of its capital into each day's calls for the horizon
 * Never called accuracy: a hit rate means nothing without its base rate.
 */
Scoreboard buildScoreboard(const QList<ScoredCall>& calls, const QDate& from = {}, const QDate& to = {});

/** The group of a call on the scoreboard ("UP", "rf · 5 d · ready", "decile 7", "momentum"). */
QString groupOf(const Call& call);

} // namespace Tessera::Track
