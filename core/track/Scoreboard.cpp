#include "core/track/Scoreboard.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include "core/ml/Metrics.h"

namespace Tessera::Track {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray seriesJson(const DatedSeries& s)
{
    QJsonArray a;
    for (const auto& [d, v] : s) {
        a.append(QJsonArray{d.toString(Qt::ISODate), num(v)});
    }
    return a;
}

QString percent(double v)
{
    return QLocale::c().toString(v * 100.0, 'f', 0) + QStringLiteral(" %");
}

int sourceOrder(CallSource s)
{
    return static_cast<int>(s);
}

/** Decile 1..10 of a score in [0, 1]. */
int decileOf(double score)
{
    if (!std::isfinite(score)) {
        return 0;
    }
    return std::clamp(static_cast<int>(std::floor(score * 10.0)) + 1, 1, 10);
}

QString labelOf(const Call& c, const QString& group)
{
    const char* ctx = "Tessera::Track";
    switch (c.source) {
    case CallSource::Verdict:
        return QCoreApplication::translate(ctx, "%1 verdicts").arg(group);
    case CallSource::Model:
        return QCoreApplication::translate(ctx, "%1 predictions").arg(group);
    case CallSource::Xs:
        return QCoreApplication::translate(ctx, "cross-sectional scores in %1").arg(group);
    case CallSource::Pick:
        return QCoreApplication::translate(ctx, "%1 picks").arg(group);
    }
    return group;
}

/** Weekdays from a to b (a excluded, b included): the span of as-of days in trading days, roughly. */
qint64 weekdaysBetween(const QDate& a, const QDate& b)
{
    qint64 n = 0;
    const qint64 days = a.daysTo(b);
    const qint64 weeks = days / 7;
    n = weeks * 5;
    for (QDate d = a.addDays(weeks * 7 + 1); d <= b; d = d.addDays(1)) {
        n += d.dayOfWeek() <= 5 ? 1 : 0;
    }
    return n;
}

/** Fills the statistics of a row from its calls (all of one group, or all of a source). */
void fill(ScoreboardRow& row, const QList<const ScoredCall*>& calls)
{
    row.count = static_cast<int>(calls.size());
    std::vector<double> excess;
    excess.reserve(calls.size());
    double baseSum = 0;
    int baseN = 0;
    double horizonSum = 0;
    bool allUp = true, allDown = true, allNeutral = true;
    // Per as-of day: excess sum, signed excess sum, horizon sum, count, scores and returns for the IC.
    struct Day
    {
        double excess = 0, signedExcess = 0, horizon = 0;
        int n = 0;
        std::vector<double> scores, returns;
    };
    std::map<qint64, Day> byDay;
    for (const ScoredCall* sc : calls) {
        const Call& c = sc->call;
        const Outcome& o = sc->outcome;
        if (o.hit >= 0) {
            ++row.withHit;
            row.hits += o.hit;
        }
        if (std::isfinite(o.baseRate)) {
            baseSum += o.baseRate;
            ++baseN;
        }
        excess.push_back(o.excessReturn);
        horizonSum += c.horizon;
        allUp = allUp && c.direction == QLatin1String("UP");
        allDown = allDown && c.direction == QLatin1String("DOWN");
        allNeutral = allNeutral && c.direction == QLatin1String("NEUTRAL");
        row.targetFirst += o.exit == QLatin1String("target") ? 1 : 0;
        row.stopFirst += o.exit == QLatin1String("stop") ? 1 : 0;
        Day& d = byDay[c.asOf.toJulianDay()];
        d.excess += o.excessReturn;
        d.signedExcess += c.direction == QLatin1String("DOWN") ? -o.excessReturn : o.excessReturn;
        d.horizon += c.horizon;
        ++d.n;
        if (std::isfinite(c.score)) {
            d.scores.push_back(c.score);
            d.returns.push_back(o.realisedReturn);
        }
    }
    if (row.withHit > 0) {
        row.hitRate = static_cast<double>(row.hits) / row.withHit;
        const auto ci = wilsonInterval(row.hits, row.withHit);
        row.ciLow = ci.first;
        row.ciHigh = ci.second;
    }
    row.baseRate = baseN > 0 ? baseSum / baseN : kNaN;
    if (!excess.empty()) {
        row.meanExcess = meanAndSd(excess).first;
        row.medianExcess = median(excess);
    }
    row.days = static_cast<int>(byDay.size());
    std::vector<double> dayMeans;
    double cumulative = 0;
    std::vector<double> ics;
    for (const auto& [day, d] : byDay) {
        const QDate date = QDate::fromJulianDay(day);
        dayMeans.push_back(d.excess / d.n);
        cumulative += (d.signedExcess / d.n) / (d.horizon / d.n);
        row.cumulative.append({date, cumulative});
        if (d.scores.size() >= 3) {
            const double ic =
                Ml::spearman(d.scores.data(), d.returns.data(), static_cast<int>(d.scores.size()));
            if (std::isfinite(ic)) {
                row.ic.append({date, ic});
                ics.push_back(ic);
            }
        }
    }
    if (!ics.empty()) {
        row.meanIc = meanAndSd(ics).first;
    }
    if (row.days > 0) {
        const double horizon = std::max(1.0, horizonSum / row.count);
        const QDate first = QDate::fromJulianDay(byDay.begin()->first);
        const QDate last = QDate::fromJulianDay(byDay.rbegin()->first);
        row.effectiveDays =
            std::min(static_cast<double>(row.days),
                     std::floor(static_cast<double>(weekdaysBetween(first, last)) / horizon) + 1.0);
        const auto [m, sd] = meanAndSd(dayMeans);
        row.tExcess = tStatistic(m, sd, row.effectiveDays);
    }

    const char* ctx = "Tessera::Track";
    if (!std::isfinite(row.hitRate) || !std::isfinite(row.baseRate)) {
        row.significance = QCoreApplication::translate(ctx, "not enough calls");
        row.sentence = QCoreApplication::translate(ctx, "%1: no scored calls in the period.").arg(row.label);
        return;
    }
    if (row.baseRate < row.ciLow) {
        row.significance = QCoreApplication::translate(ctx, "significantly above");
    } else if (row.baseRate > row.ciHigh) {
        row.significance = QCoreApplication::translate(ctx, "significantly below");
    } else {
        row.significance = QCoreApplication::translate(ctx, "not significant");
    }
    QString what;
    QString against;
    if (allUp) {
        what = QCoreApplication::translate(ctx, "followed by a rise");
        against = QCoreApplication::translate(ctx, "for all stocks");
    } else if (allDown) {
        what = QCoreApplication::translate(ctx, "followed by a fall");
        against = QCoreApplication::translate(ctx, "for all stocks");
    } else if (allNeutral) {
        what = QCoreApplication::translate(ctx, "followed by a move inside the neutral band");
        against = QCoreApplication::translate(ctx, "for all stocks");
    } else {
        what = QCoreApplication::translate(ctx, "right about the direction");
        against = QCoreApplication::translate(ctx, "for the same calls made on every stock");
    }
    //: "UP verdicts were followed by a rise 54 % of the time, against 52 % for all stocks: not significant"
    row.sentence =
        QCoreApplication::translate(ctx, "%1 were %2 %3 of the time, against %4 %5: %6 (%7 calls).")
            .arg(row.label, what, percent(row.hitRate), percent(row.baseRate), against, row.significance)
            .arg(row.withHit);
}

} // namespace

QPair<double, double> wilsonInterval(int k, int n, double z)
{
    if (n <= 0) {
        return {kNaN, kNaN};
    }
    const double p = static_cast<double>(k) / n;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denom;
    const double half = z / denom * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

QPair<double, double> meanAndSd(const std::vector<double>& values)
{
    if (values.empty()) {
        return {kNaN, kNaN};
    }
    double sum = 0;
    for (double v : values) {
        sum += v;
    }
    const double mean = sum / static_cast<double>(values.size());
    if (values.size() < 2) {
        return {mean, kNaN};
    }
    double ss = 0;
    for (double v : values) {
        ss += (v - mean) * (v - mean);
    }
    return {mean, std::sqrt(ss / static_cast<double>(values.size() - 1))};
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return kNaN;
    }
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

double tStatistic(double mean, double sd, double n)
{
    if (!(n >= 2) || !std::isfinite(sd) || sd <= 0 || !std::isfinite(mean)) {
        return kNaN;
    }
    return mean / (sd / std::sqrt(n));
}

QString groupOf(const Call& c)
{
    switch (c.source) {
    case CallSource::Verdict:
        return c.direction;
    case CallSource::Model:
        return QStringLiteral("%1 · %2 d · %3")
            .arg(c.algorithm)
            .arg(c.horizon)
            .arg(c.productionReady ? QStringLiteral("ready") : QStringLiteral("not ready"));
    case CallSource::Xs:
        return QStringLiteral("decile %1").arg(decileOf(c.score), 2, 10, QLatin1Char('0'));
    case CallSource::Pick:
        return c.strategy;
    }
    return {};
}

Scoreboard buildScoreboard(const QList<ScoredCall>& calls, const QDate& from, const QDate& to)
{
    Scoreboard board;
    board.from = from;
    board.to = to;
    // Ordered: source, then group (verdict UP, DOWN, NEUTRAL in that order).
    std::map<std::pair<int, QString>, QList<const ScoredCall*>> groups;
    std::map<int, QList<const ScoredCall*>> sources;
    const auto verdictOrder = [](const QString& g) {
        return g == QLatin1String("UP")     ? QStringLiteral("1")
               : g == QLatin1String("DOWN") ? QStringLiteral("2")
                                            : QStringLiteral("3");
    };
    for (const ScoredCall& sc : calls) {
        if ((from.isValid() && sc.call.asOf < from) || (to.isValid() && sc.call.asOf > to)) {
            continue;
        }
        if (!sc.outcome.complete) {
            ++board.unscored;
            continue;
        }
        const QString g = groupOf(sc.call);
        const QString sortKey = sc.call.source == CallSource::Verdict ? verdictOrder(g) + g : g;
        groups[{sourceOrder(sc.call.source), sortKey}].append(&sc);
        sources[sourceOrder(sc.call.source)].append(&sc);
    }
    for (const auto& [key, list] : groups) {
        ScoreboardRow row;
        row.source = list.constFirst()->call.source;
        row.group = groupOf(list.constFirst()->call);
        row.label = labelOf(list.constFirst()->call, row.group);
        fill(row, list);
        board.rows.append(row);
    }
    for (const auto& [key, list] : sources) {
        ScoreboardRow row;
        row.source = list.constFirst()->call.source;
        row.group = QStringLiteral("all");
        row.label = QCoreApplication::translate("Tessera::Track", "all %1 calls").arg(sourceName(row.source));
        fill(row, list);
        board.totals.append(row);
    }
    return board;
}

QJsonObject ScoreboardRow::toJson() const
{
    return QJsonObject{{QStringLiteral("source"), sourceName(source)},
                       {QStringLiteral("group"), group},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("hits"), hits},
                       {QStringLiteral("hit_rate"), num(hitRate)},
                       {QStringLiteral("hit_rate_ci95"), QJsonArray{num(ciLow), num(ciHigh)}},
                       {QStringLiteral("base_rate"), num(baseRate)},
                       {QStringLiteral("mean_excess"), num(meanExcess)},
                       {QStringLiteral("median_excess"), num(medianExcess)},
                       {QStringLiteral("t_excess"), num(tExcess)},
                       {QStringLiteral("days"), days},
                       {QStringLiteral("effective_days"), effectiveDays},
                       {QStringLiteral("mean_ic"), num(meanIc)},
                       {QStringLiteral("target_first"), targetFirst},
                       {QStringLiteral("stop_first"), stopFirst},
                       {QStringLiteral("significance"), significance},
                       {QStringLiteral("sentence"), sentence},
                       {QStringLiteral("ic"), seriesJson(ic)},
                       {QStringLiteral("cumulative_excess"), seriesJson(cumulative)}};
}

QJsonObject Scoreboard::toJson() const
{
    QJsonArray r;
    for (const ScoreboardRow& row : rows) {
        r.append(row.toJson());
    }
    QJsonArray t;
    for (const ScoreboardRow& row : totals) {
        t.append(row.toJson());
    }
    return QJsonObject{
        {QStringLiteral("from"), from.isValid() ? QJsonValue(from.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("to"), to.isValid() ? QJsonValue(to.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("unscored"), unscored},
        {QStringLiteral("rows"), r},
        {QStringLiteral("totals"), t}};
}

} // namespace Tessera::Track
