#include "core/charting/Drawing.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace Tessera::Charting {
namespace {

/** Weekdays (Mon–Fri) strictly after `from` up to and including `to` (from <= to). */
qint64 weekdaysBetween(QDate from, QDate to)
{
    qint64 n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        n += d.dayOfWeek() <= 5 ? 1 : 0;
    }
    return n;
}

/** The date `count` weekdays after (count > 0) or before (count < 0) `from`. */
QDate stepWeekdays(QDate from, qint64 count)
{
    QDate d = from;
    const int step = count > 0 ? 1 : -1;
    for (qint64 left = std::abs(count); left > 0;) {
        d = d.addDays(step);
        if (d.dayOfWeek() <= 5) {
            --left;
        }
    }
    return d;
}

} // namespace

QString drawingKindId(DrawingKind kind)
{
    switch (kind) {
    case DrawingKind::TrendLine:
        return QStringLiteral("trend");
    case DrawingKind::Ray:
        return QStringLiteral("ray");
    case DrawingKind::HorizontalLine:
        return QStringLiteral("hline");
    case DrawingKind::VerticalLine:
        return QStringLiteral("vline");
    case DrawingKind::Rectangle:
        return QStringLiteral("rect");
    case DrawingKind::Fibonacci:
        return QStringLiteral("fib");
    case DrawingKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

std::optional<DrawingKind> drawingKindFromId(const QString& id)
{
    for (DrawingKind kind : kDrawingKinds) {
        if (drawingKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString drawingKindTitle(DrawingKind kind)
{
    switch (kind) {
    case DrawingKind::TrendLine:
        return QCoreApplication::translate("Drawing", "Trend line");
    case DrawingKind::Ray:
        return QCoreApplication::translate("Drawing", "Ray");
    case DrawingKind::HorizontalLine:
        return QCoreApplication::translate("Drawing", "Horizontal level");
    case DrawingKind::VerticalLine:
        return QCoreApplication::translate("Drawing", "Vertical line");
    case DrawingKind::Rectangle:
        return QCoreApplication::translate("Drawing", "Rectangle");
    case DrawingKind::Fibonacci:
        return QCoreApplication::translate("Drawing", "Fibonacci retracement");
    case DrawingKind::Text:
        return QCoreApplication::translate("Drawing", "Text note");
    }
    return {};
}

int drawingPointCount(DrawingKind kind)
{
    return kind == DrawingKind::HorizontalLine || kind == DrawingKind::VerticalLine
                   || kind == DrawingKind::Text
               ? 1
               : 2;
}

const std::array<double, 7>& fibonacciLevels()
{
    static const std::array<double, 7> levels = {0.0, 0.236, 0.382, 0.5, 0.618, 0.786, 1.0};
    return levels;
}

double fibonacciPrice(double from, double to, double level)
{
    return to + (from - to) * level;
}

double indexOfDate(const std::vector<qint64>& days, QDate date)
{
    if (days.empty() || !date.isValid()) {
        return kMissing;
    }
    const qint64 jd = date.toJulianDay();
    const auto last = static_cast<double>(days.size() - 1);
    if (jd > days.back()) {
        return last + static_cast<double>(weekdaysBetween(QDate::fromJulianDay(days.back()), date));
    }
    if (jd < days.front()) {
        return -static_cast<double>(weekdaysBetween(date, QDate::fromJulianDay(days.front())));
    }
    const auto it = std::lower_bound(days.begin(), days.end(), jd);
    const auto i = static_cast<double>(it - days.begin());
    if (*it == jd) {
        return i;
    }
    // Between bars i-1 and i (a holiday or weekend): proportionally by calendar days.
    const qint64 before = *(it - 1);
    return i - 1.0 + static_cast<double>(jd - before) / static_cast<double>(*it - before);
}

QDate dateOfIndex(const std::vector<qint64>& days, double index)
{
    if (days.empty() || std::isnan(index)) {
        return {};
    }
    const auto i = static_cast<qint64>(std::llround(index));
    const auto n = static_cast<qint64>(days.size());
    if (i >= n) {
        return stepWeekdays(QDate::fromJulianDay(days.back()), i - (n - 1));
    }
    if (i < 0) {
        return stepWeekdays(QDate::fromJulianDay(days.front()), i);
    }
    return QDate::fromJulianDay(days[static_cast<size_t>(i)]);
}

double indexOfTime(const std::vector<qint64>& times, qint64 time)
{
    if (times.empty()) {
        return kMissing;
    }
    constexpr double Hour = 3600.0;
    const auto last = static_cast<double>(times.size() - 1);
    if (time > times.back()) {
        return last + static_cast<double>(time - times.back()) / Hour;
    }
    if (time < times.front()) {
        return -static_cast<double>(times.front() - time) / Hour;
    }
    const auto it = std::lower_bound(times.begin(), times.end(), time);
    const auto i = static_cast<double>(it - times.begin());
    if (*it == time) {
        return i;
    }
    const qint64 before = *(it - 1);
    return i - 1.0 + static_cast<double>(time - before) / static_cast<double>(*it - before);
}

qint64 timeOfIndex(const std::vector<qint64>& times, double index)
{
    if (times.empty() || std::isnan(index)) {
        return 0;
    }
    constexpr qint64 Hour = 3600;
    const auto i = static_cast<qint64>(std::llround(index));
    const auto n = static_cast<qint64>(times.size());
    if (i >= n) {
        return times.back() + (i - (n - 1)) * Hour;
    }
    if (i < 0) {
        return times.front() + i * Hour;
    }
    return times[static_cast<size_t>(i)];
}

} // namespace Tessera::Charting
