#include "core/track/Outcome.h"

#include <algorithm>

namespace Tessera::Track {

QString sourceName(CallSource source)
{
    switch (source) {
    case CallSource::Verdict:
        return QStringLiteral("verdict");
    case CallSource::Model:
        return QStringLiteral("model");
    case CallSource::Xs:
        return QStringLiteral("xs");
    case CallSource::Pick:
        return QStringLiteral("pick");
    }
    return {};
}

bool parseSource(const QString& text, CallSource* out)
{
    const QString t = text.trimmed().toLower();
    for (CallSource s : {CallSource::Verdict, CallSource::Model, CallSource::Xs, CallSource::Pick}) {
        if (t == sourceName(s) || (s == CallSource::Pick && t == QStringLiteral("picks"))) {
            *out = s;
            return true;
        }
    }
    return false;
}

PriceHistory PriceHistory::fromBars(const BarSeries& raw)
{
    const BarSeries adj = raw.adjusted();
    PriceHistory h;
    h.days = adj.days();
    h.close = adj.close();
    h.high = adj.high();
    h.low = adj.low();
    return h;
}

qsizetype PriceHistory::indexOf(qint64 day) const
{
    const auto it = std::lower_bound(days.begin(), days.end(), day);
    return it != days.end() && *it == day ? static_cast<qsizetype>(it - days.begin()) : -1;
}

qsizetype PriceHistory::indexAtOrBefore(qint64 day) const
{
    const auto it = std::upper_bound(days.begin(), days.end(), day);
    return static_cast<qsizetype>(it - days.begin()) - 1;
}

bool callWindow(const Call& call, const PriceHistory& prices, qint64* startDay, qint64* endDay)
{
    const qsizetype start = prices.indexAtOrBefore(call.asOf.toJulianDay());
    if (start < 0 || call.horizon < 1) {
        return false;
    }
    const qsizetype end = start + call.horizon;
    if (end >= static_cast<qsizetype>(prices.days.size())) {
        return false;
    }
    *startDay = prices.days[static_cast<size_t>(start)];
    *endDay = prices.days[static_cast<size_t>(end)];
    return true;
}

std::vector<double>
windowReturns(const std::vector<const PriceHistory*>& universe, qint64 startDay, qint64 endDay)
{
    std::vector<double> out;
    out.reserve(universe.size());
    for (const PriceHistory* h : universe) {
        const qsizetype a = h->indexOf(startDay);
        const qsizetype b = a < 0 ? -1 : h->indexOf(endDay);
        if (b < 0) {
            continue;
        }
        const double c0 = h->close[static_cast<size_t>(a)];
        const double c1 = h->close[static_cast<size_t>(b)];
        if (c0 > 0 && std::isfinite(c0) && std::isfinite(c1)) {
            out.push_back(c1 / c0 - 1.0);
        }
    }
    return out;
}

bool isHit(const QString& direction, double r, const ScoringRules& rules)
{
    if (direction == QLatin1String("UP")) {
        return r > 0;
    }
    if (direction == QLatin1String("DOWN")) {
        return r < 0;
    }
    return std::fabs(r) < rules.neutralBand;
}

Outcome scoreCall(const Call& call,
                  const PriceHistory& prices,
                  const std::vector<double>& universeReturns,
                  const ScoringRules& rules)
{
    Outcome o;
    const qsizetype start = prices.indexAtOrBefore(call.asOf.toJulianDay());
    if (start < 0 || call.horizon < 1) {
        return o;
    }
    const qsizetype end = start + call.horizon;
    if (end >= static_cast<qsizetype>(prices.days.size())) {
        return o;
    }
    const auto at = [](qsizetype i) {
        return static_cast<size_t>(i);
    };
    const double c0 = prices.close[at(start)];
    const double c1 = prices.close[at(end)];
    if (!(c0 > 0) || !std::isfinite(c1)) {
        return o;
    }
    o.complete = true;
    o.endDate = QDate::fromJulianDay(prices.days[at(end)]);
    o.realisedReturn = c1 / c0 - 1.0;
    o.hit = isHit(call.direction, o.realisedReturn, rules) ? 1 : 0;
    if (universeReturns.empty()) {
        o.universeReturn = o.realisedReturn;
        o.universeSize = 1;
        o.baseRate = o.hit;
    } else {
        double sum = 0;
        int matching = 0;
        for (double r : universeReturns) {
            sum += r;
            matching += isHit(call.direction, r, rules) ? 1 : 0;
        }
        const auto n = static_cast<double>(universeReturns.size());
        o.universeReturn = sum / n;
        o.universeSize = static_cast<int>(universeReturns.size());
        o.baseRate = matching / n;
    }
    o.excessReturn = o.realisedReturn - o.universeReturn;

    const bool hasTarget = std::isfinite(call.target) && call.target > 0;
    const bool hasStop = std::isfinite(call.stop) && call.stop > 0;
    if (call.source == CallSource::Pick && (hasTarget || hasStop) && call.entryPrice > 0) {
        // Levels relative to the price the call was made at, applied to the adjusted start close, so
        // a later re-adjustment of the stored history moves them with the bars.
        const double targetLevel = hasTarget ? c0 * call.target / call.entryPrice : 0;
        const double stopLevel = hasStop ? c0 * call.stop / call.entryPrice : 0;
        o.exit = QStringLiteral("neither");
        for (qsizetype i = start + 1; i <= end; ++i) {
            const bool stopped = hasStop && prices.low[at(i)] <= stopLevel;
            const bool reached = hasTarget && prices.high[at(i)] >= targetLevel;
            if (stopped || reached) {
                o.exit = stopped ? QStringLiteral("stop") : QStringLiteral("target"); // both: stop
                o.exitDate = QDate::fromJulianDay(prices.days[at(i)]);
                break;
            }
        }
    }
    return o;
}

} // namespace Tessera::Track
