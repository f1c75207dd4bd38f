#include "core/market/ClosedDays.h"

#include <algorithm>

namespace Tessera {

qint64 weekdayCount(qint64 first, qint64 last)
{
    if (last < first) {
        return 0;
    }
    const qint64 days = last - first + 1;
    qint64 count = days / 7 * 5;
    for (qint64 day = first + days / 7 * 7; day <= last; ++day) {
        count += QDate::fromJulianDay(day).dayOfWeek() <= 5 ? 1 : 0;
    }
    return count;
}

bool anyWeekdayMissing(const std::vector<BarSpan>& spans)
{
    return std::any_of(spans.begin(), spans.end(), [](const BarSpan& s) {
        return s.bars < 0 || s.bars != weekdayCount(s.first, s.last);
    });
}

QList<QDate>
inferClosedWeekdays(const std::vector<BarSpan>& spans, const QHash<qint64, int>& traded, int minSymbols)
{
    QList<QDate> out;
    if (spans.empty() || minSymbols < 1) {
        return out;
    }
    qint64 from = spans.front().first;
    qint64 to = spans.front().last;
    for (const BarSpan& s : spans) {
        from = std::min(from, s.first);
        to = std::max(to, s.last);
    }
    // How many spans cover each day: +1 at a span's first day, -1 after its last (a difference array).
    std::vector<int> delta(static_cast<size_t>(to - from + 2), 0);
    for (const BarSpan& s : spans) {
        if (s.last < s.first) {
            continue;
        }
        ++delta[static_cast<size_t>(s.first - from)];
        --delta[static_cast<size_t>(s.last - from + 1)];
    }
    int covering = 0;
    for (qint64 day = from; day <= to; ++day) {
        covering += delta[static_cast<size_t>(day - from)];
        const QDate date = QDate::fromJulianDay(day);
        if (date.dayOfWeek() > 5 || covering < minSymbols || traded.value(day, 0) > 0) {
            continue;
        }
        out << date;
    }
    return out;
}

} // namespace Tessera
