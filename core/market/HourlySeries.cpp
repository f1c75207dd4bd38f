#include "core/market/HourlySeries.h"

#include <algorithm>
#include <numeric>

#include "core/market/SeriesRows.h"

namespace Tessera {
namespace {

constexpr qint64 kSecondsPerDay = 86400;
/** QDate::toJulianDay() of 1970-01-01, so that epoch days map to Julian days without a QDate. */
constexpr qint64 kJulianDayOfEpoch = 2440588;

/** Floor division for instants before 1970 (never in practice, but the day must not round up). */
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

Bar HourlyBar::asBar() const
{
    return Bar{QDate::fromJulianDay(floorDiv(time, kSecondsPerDay) + kJulianDayOfEpoch),
               open,
               high,
               low,
               close,
               kMissing,
               volume};
}

QString hourLabel(qint64 epochSeconds)
{
    return utcTime(epochSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dayOrHourText(const QDate& date, qint64 hour)
{
    if (hour != 0) {
        return utcTime(hour).toString(Qt::ISODate);
    }
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void readDayOrHourText(const QString& text, QDate* date, qint64* hour)
{
    *hour = 0;
    if (text.size() > 10 && text.at(10) == u'T') {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (t.isValid()) {
            *hour = t.toSecsSinceEpoch();
            *date = t.toUTC().date();
            return;
        }
    }
    *date = QDate::fromString(text, Qt::ISODate);
}

void HourlySeries::reserve(qsizetype n)
{
    const auto count = static_cast<size_t>(n);
    m_time.reserve(count);
    m_open.reserve(count);
    m_high.reserve(count);
    m_low.reserve(count);
    m_close.reserve(count);
    m_volume.reserve(count);
}

void HourlySeries::clear()
{
    m_time.clear();
    m_open.clear();
    m_high.clear();
    m_low.clear();
    m_close.clear();
    m_volume.clear();
}

void HourlySeries::append(const HourlyBar& bar)
{
    m_time.push_back(bar.time);
    m_open.push_back(bar.open);
    m_high.push_back(bar.high);
    m_low.push_back(bar.low);
    m_close.push_back(bar.close);
    m_volume.push_back(bar.volume);
}

HourlyBar HourlySeries::at(qsizetype i) const
{
    const auto k = static_cast<size_t>(i);
    return HourlyBar{m_time[k], m_open[k], m_high[k], m_low[k], m_close[k], m_volume[k]};
}

qsizetype HourlySeries::sortAndDeduplicate()
{
    const size_t n = m_time.size();
    const std::vector<size_t> keep = SeriesRows::lastOccurrenceRows(m_time);
    m_time = SeriesRows::pickRows(m_time, keep);
    m_open = SeriesRows::pickRows(m_open, keep);
    m_high = SeriesRows::pickRows(m_high, keep);
    m_low = SeriesRows::pickRows(m_low, keep);
    m_close = SeriesRows::pickRows(m_close, keep);
    m_volume = SeriesRows::pickRows(m_volume, keep);
    return static_cast<qsizetype>(n - keep.size());
}

HourlySeries HourlySeries::slice(qsizetype from, qsizetype to) const
{
    HourlySeries out(m_ticker);
    from = std::clamp<qsizetype>(from, 0, size());
    to = std::clamp<qsizetype>(to, from, size());
    out.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        out.append(at(i));
    }
    return out;
}

HourlySeries HourlySeries::upTo(qint64 time) const
{
    const auto end = std::upper_bound(m_time.begin(), m_time.end(), time);
    return slice(0, static_cast<qsizetype>(end - m_time.begin()));
}

BarSeries HourlySeries::toDaily(int boundaryHour) const
{
    BarSeries out(m_ticker);
    const qint64 shift = static_cast<qint64>(std::clamp(boundaryHour, 0, 23)) * kSecondsPerHour;
    const size_t n = m_time.size();
    size_t i = 0;
    while (i < n) {
        const qint64 day = floorDiv(m_time[i] - shift, kSecondsPerDay);
        Bar bar;
        bar.date = QDate::fromJulianDay(day + kJulianDayOfEpoch);
        bar.open = m_open[i];
        bar.high = m_high[i];
        bar.low = m_low[i];
        bar.volume = 0;
        bool anyVolume = false;
        for (; i < n && floorDiv(m_time[i] - shift, kSecondsPerDay) == day; ++i) {
            // Extremes over the present values only: a missing high in one hour does not hide the others.
            if (!isMissing(m_high[i]) && (isMissing(bar.high) || m_high[i] > bar.high)) {
                bar.high = m_high[i];
            }
            if (!isMissing(m_low[i]) && (isMissing(bar.low) || m_low[i] < bar.low)) {
                bar.low = m_low[i];
            }
            if (isMissing(bar.open)) {
                bar.open = m_open[i];
            }
            if (!isMissing(m_close[i])) {
                bar.close = m_close[i];
            }
            if (!isMissing(m_volume[i])) {
                bar.volume += m_volume[i];
                anyVolume = true;
            }
        }
        if (!anyVolume) {
            bar.volume = kMissing;
        }
        out.append(bar);
    }
    return out;
}

BarSeries HourlySeries::asIndexSeries() const
{
    BarSeries out(m_ticker);
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i) {
        out.append(at(i).asBar());
    }
    return out;
}

} // namespace Tessera
