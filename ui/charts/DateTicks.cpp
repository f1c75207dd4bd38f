#include "ui/charts/DateTicks.h"

#include <algorithm>

#include <QDate>
#include <QLocale>

namespace Tessera::Ui {
namespace {

enum class Step
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    TwoYears,
    FiveYears,
    TenYears
};

/** An integer that changes exactly when a new period of the step begins. */
qint64 periodKey(const QDate& d, Step step)
{
    switch (step) {
    case Step::Day:
        return d.toJulianDay();
    case Step::Week: {
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        return qint64(weekYear) * 100 + week;
    }
    case Step::Month:
        return qint64(d.year()) * 12 + d.month() - 1;
    case Step::Quarter:
        return qint64(d.year()) * 4 + (d.month() - 1) / 3;
    case Step::Year:
        return d.year();
    case Step::TwoYears:
        return d.year() / 2;
    case Step::FiveYears:
        return d.year() / 5;
    case Step::TenYears:
        return d.year() / 10;
    }
    return 0;
}

QString labelFor(const QDate& d, Step step)
{
    const QLocale locale;
    switch (step) {
    case Step::Day:
    case Step::Week:
        return locale.toString(d, QStringLiteral("d MMM"));
    case Step::Month:
    case Step::Quarter:
        return d.month() == 1 ? QString::number(d.year()) : locale.toString(d, QStringLiteral("MMM"));
    default:
        return QString::number(d.year());
    }
}

QList<qsizetype> periodStarts(const std::vector<qint64>& days, qsizetype first, qsizetype last, Step step)
{
    QList<qsizetype> out;
    const qsizetype from = std::max<qsizetype>(first, 1);
    qint64 previous = periodKey(QDate::fromJulianDay(days[static_cast<size_t>(from - 1)]), step);
    for (qsizetype i = from; i <= last; ++i) {
        const qint64 key = periodKey(QDate::fromJulianDay(days[static_cast<size_t>(i)]), step);
        if (key != previous) {
            out << i;
        }
        previous = key;
    }
    if (step == Step::Day && first == 0 && last >= 0) {
        out.prepend(0); // every bar is its own day, including the first
    }
    return out;
}

} // namespace

QList<DateTick>
dateTicks(const std::vector<qint64>& julianDays, qsizetype first, qsizetype last, int maxTicks)
{
    QList<DateTick> ticks;
    const qsizetype n = static_cast<qsizetype>(julianDays.size());
    first = std::max<qsizetype>(first, 0);
    last = std::min<qsizetype>(last, n - 1);
    if (n == 0 || first > last || maxTicks <= 0) {
        return ticks;
    }
    const Step steps[] = {Step::Day,
                          Step::Week,
                          Step::Month,
                          Step::Quarter,
                          Step::Year,
                          Step::TwoYears,
                          Step::FiveYears,
                          Step::TenYears};
    for (Step step : steps) {
        const QList<qsizetype> starts = periodStarts(julianDays, first, last, step);
        if (starts.size() > maxTicks && step != Step::TenYears) {
            continue;
        }
        int previousYear = 0;
        const QLocale locale;
        for (qsizetype i : starts) {
            const QDate d = QDate::fromJulianDay(julianDays[static_cast<size_t>(i)]);
            QString label = labelFor(d, step);
            // A new year is named where it begins, whatever the step.
            if (previousYear != 0 && d.year() != previousYear) {
                label = QString::number(d.year());
            }
            const bool hasYear = label == QString::number(d.year());
            const QString firstLabel = hasYear              ? label
                                       : step <= Step::Week ? locale.toString(d, QStringLiteral("d MMM yyyy"))
                                                            : locale.toString(d, QStringLiteral("MMM yyyy"));
            ticks << DateTick{i, label, firstLabel};
            previousYear = d.year();
        }
        if (!ticks.isEmpty()) {
            ticks.first().label = ticks.first().firstLabel;
        }
        break;
    }
    return ticks;
}

} // namespace Tessera::Ui
