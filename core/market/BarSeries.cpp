#include "core/market/BarSeries.h"

#include <algorithm>
#include <numeric>

#include "core/market/SeriesRows.h"

namespace Tessera {

void BarSeries::reserve(qsizetype n)
{
    const auto count = static_cast<size_t>(n);
    m_day.reserve(count);
    m_open.reserve(count);
    m_high.reserve(count);
    m_low.reserve(count);
    m_close.reserve(count);
    m_adjClose.reserve(count);
    m_volume.reserve(count);
}

void BarSeries::clear()
{
    m_day.clear();
    m_open.clear();
    m_high.clear();
    m_low.clear();
    m_close.clear();
    m_adjClose.clear();
    m_volume.clear();
}

void BarSeries::append(const Bar& bar)
{
    m_day.push_back(bar.date.toJulianDay());
    m_open.push_back(bar.open);
    m_high.push_back(bar.high);
    m_low.push_back(bar.low);
    m_close.push_back(bar.close);
    m_adjClose.push_back(bar.adjClose);
    m_volume.push_back(bar.volume);
}

Bar BarSeries::at(qsizetype i) const
{
    const auto k = static_cast<size_t>(i);
    return Bar{QDate::fromJulianDay(m_day[k]),
               m_open[k],
               m_high[k],
               m_low[k],
               m_close[k],
               m_adjClose[k],
               m_volume[k]};
}

qsizetype BarSeries::sortAndDeduplicate()
{
    const size_t n = m_day.size();
    const std::vector<size_t> keep = SeriesRows::lastOccurrenceRows(m_day);
    m_day = SeriesRows::pickRows(m_day, keep);
    m_open = SeriesRows::pickRows(m_open, keep);
    m_high = SeriesRows::pickRows(m_high, keep);
    m_low = SeriesRows::pickRows(m_low, keep);
    m_close = SeriesRows::pickRows(m_close, keep);
    m_adjClose = SeriesRows::pickRows(m_adjClose, keep);
    m_volume = SeriesRows::pickRows(m_volume, keep);
    return static_cast<qsizetype>(n - keep.size());
}

BarSeries BarSeries::adjusted() const
{
    BarSeries out(m_ticker);
    out.reserve(size());
    for (size_t i = 0; i < m_day.size(); ++i) {
        const double c = m_close[i];
        const double a = m_adjClose[i];
        const double factor = (isMissing(a) || isMissing(c) || c == 0.0) ? 1.0 : a / c;
        out.m_day.push_back(m_day[i]);
        out.m_open.push_back(m_open[i] * factor);
        out.m_high.push_back(m_high[i] * factor);
        out.m_low.push_back(m_low[i] * factor);
        out.m_close.push_back(c * factor);
        out.m_adjClose.push_back(c * factor);
        out.m_volume.push_back(m_volume[i]);
    }
    return out;
}

BarSeries BarSeries::slice(qsizetype from, qsizetype to) const
{
    BarSeries out(m_ticker);
    from = std::clamp<qsizetype>(from, 0, size());
    to = std::clamp<qsizetype>(to, from, size());
    for (qsizetype i = from; i < to; ++i) {
        out.append(at(i));
    }
    return out;
}

} // namespace Tessera
