#include "core/market/Resample.h"

#include <algorithm>

namespace Tessera {
namespace {

qint64 periodKey(const QDate& d, Timeframe timeframe)
{
    if (timeframe == Timeframe::Weekly) {
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        return qint64(weekYear) * 100 + week;
    }
    return qint64(d.year()) * 12 + d.month() - 1;
}

/** Folds a value into an accumulator that starts missing: f(acc, v), skipping missing values. */
template <typename F>
void fold(double& acc, double v, F f)
{
    if (isMissing(v)) {
        return;
    }
    acc = isMissing(acc) ? v : f(acc, v);
}

} // namespace

QString timeframeKey(Timeframe timeframe)
{
    switch (timeframe) {
    case Timeframe::Daily:
        return QStringLiteral("daily");
    case Timeframe::Weekly:
        return QStringLiteral("weekly");
    case Timeframe::Monthly:
        return QStringLiteral("monthly");
    case Timeframe::Hourly:
        return QStringLiteral("60m");
    }
    return QStringLiteral("daily");
}

std::optional<Timeframe> timeframeFromKey(QStringView key)
{
    for (Timeframe t : {Timeframe::Daily, Timeframe::Weekly, Timeframe::Monthly, Timeframe::Hourly}) {
        if (key.compare(timeframeKey(t), Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    for (const char* alias : {"60min", "1h", "hourly"}) {
        if (key.compare(QLatin1String(alias), Qt::CaseInsensitive) == 0) {
            return Timeframe::Hourly;
        }
    }
    return std::nullopt;
}

BarSeries resample(const BarSeries& daily, Timeframe timeframe)
{
    if (timeframe == Timeframe::Daily || timeframe == Timeframe::Hourly || daily.isEmpty()) {
        return daily;
    }
    BarSeries out(daily.ticker());
    const qsizetype n = daily.size();
    qsizetype start = 0;
    while (start < n) {
        const qint64 key = periodKey(daily.date(start), timeframe);
        qsizetype end = start + 1;
        while (end < n && periodKey(daily.date(end), timeframe) == key) {
            ++end;
        }
        Bar bar;
        bar.date = daily.date(end - 1);
        for (qsizetype i = start; i < end; ++i) {
            const size_t k = static_cast<size_t>(i);
            if (isMissing(bar.open)) {
                bar.open = daily.open()[k];
            }
            fold(bar.high, daily.high()[k], [](double a, double b) { return std::max(a, b); });
            fold(bar.low, daily.low()[k], [](double a, double b) { return std::min(a, b); });
            fold(bar.volume, daily.volume()[k], [](double a, double b) { return a + b; });
            if (!isMissing(daily.close()[k])) {
                bar.close = daily.close()[k];
                bar.adjClose = daily.adjClose()[k];
            }
        }
        out.append(bar);
        start = end;
    }
    return out;
}

BarSeries heikinAshi(const BarSeries& bars)
{
    BarSeries out(bars.ticker());
    out.reserve(bars.size());
    double prevOpen = kMissing;
    double prevClose = kMissing;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar b = bars.at(i);
        Bar h = b;
        if (isMissing(b.close) || isMissing(b.open) || isMissing(b.high) || isMissing(b.low)) {
            h.open = h.high = h.low = h.close = h.adjClose = kMissing;
            out.append(h);
            continue;
        }
        h.close = (b.open + b.high + b.low + b.close) / 4.0;
        h.open = isMissing(prevOpen) ? (b.open + b.close) / 2.0 : (prevOpen + prevClose) / 2.0;
        h.high = std::max({b.high, h.open, h.close});
        h.low = std::min({b.low, h.open, h.close});
        h.adjClose = h.close;
        prevOpen = h.open;
        prevClose = h.close;
        out.append(h);
    }
    return out;
}

bool hasAdjustedCloses(const BarSeries& bars)
{
    const auto& adj = bars.adjClose();
    return std::any_of(adj.cbegin(), adj.cend(), [](double v) { return !isMissing(v); });
}

} // namespace Tessera
