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

/** Indices in [max(first, 1), last] where key(i) differs from key(i − 1). */
template <typename Key>
QList<qsizetype> keyChanges(qsizetype first, qsizetype last, Key key)
{
    QList<qsizetype> out;
    const qsizetype from = std::max<qsizetype>(first, 1);
    if (from > last) {
        return out;
    }
    qint64 previous = key(from - 1);
    for (qsizetype i = from; i <= last; ++i) {
        const qint64 k = key(i);
        if (k != previous) {
            out << i;
        }
        previous = k;
    }
    return out;
}

QList<qsizetype> periodStarts(const std::vector<qint64>& days, qsizetype first, qsizetype last, Step step)
{
    QList<qsizetype> out = keyChanges(first, last, [&days, step](qsizetype i) {
        return periodKey(QDate::fromJulianDay(days[static_cast<size_t>(i)]), step);
    });
    if (step == Step::Day && first == 0 && last >= 0) {
        out.prepend(0); // every bar is its own day, including the first
    }
    return out;
}

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

QDate localDate(qint64 localSeconds)
{
    return QDate::fromJulianDay(floorDiv(localSeconds, SecondsPerDay) + UnixEpochJulianDay);
}

QList<DateTick>
hourTicks(const std::vector<qint64>& localTimes, qsizetype first, qsizetype last, int maxTicks)
{
    QList<DateTick> ticks;
    const qsizetype n = static_cast<qsizetype>(localTimes.size());
    first = std::max<qsizetype>(first, 0);
    last = std::min<qsizetype>(last, n - 1);
    if (n == 0 || first > last || maxTicks <= 0) {
        return ticks;
    }
    const QLocale locale;
    const auto dayOf = [&localTimes](qsizetype i) {
        return floorDiv(localTimes[static_cast<size_t>(i)], SecondsPerDay);
    };
    for (const int hours : {1, 2, 3, 6, 12}) {
        const qint64 period = hours * qint64(3600);
        const QList<qsizetype> starts = keyChanges(first, last, [&localTimes, period](qsizetype i) {
            return floorDiv(localTimes[static_cast<size_t>(i)], period);
        });
        if (starts.size() > maxTicks) {
            continue;
        }
        for (qsizetype i : starts) {
            const QDate d = localDate(localTimes[static_cast<size_t>(i)]);
            const QString time =
                locale.toString(QTime(0, 0).addSecs(static_cast<int>(localTimes[static_cast<size_t>(i)]
                                                                     - dayOf(i) * SecondsPerDay)),
                                QStringLiteral("HH:mm"));
            const bool newDay = dayOf(i) != dayOf(i - 1);
            const bool newYear = d.year() != localDate(localTimes[static_cast<size_t>(i - 1)]).year();
            // A new day is named by its date where it begins (TradingView's time scale), a year by itself.
            const QString label = newYear  ? QString::number(d.year())
                                  : newDay ? locale.toString(d, QStringLiteral("d MMM"))
                                           : time;
            const QString firstLabel = newDay ? locale.toString(d, QStringLiteral("d MMM yyyy"))
                                              : locale.toString(d, QStringLiteral("d MMM yyyy ")) + time;
            ticks << DateTick{i, label, firstLabel};
        }
        if (!ticks.isEmpty()) {
            ticks.first().label = ticks.first().firstLabel;
        }
        return ticks; // the finest step that fits (no tick at all when no hour boundary is in view)
    }
    // Coarser than 12 hours: the daily steps over the bars' local days (only the rows in view and the one
    // before are read). A day's first bar starts it, so index 0 stays unlabelled as in dateTicks.
    std::vector<qint64> days(localTimes.size(), 0);
    for (qsizetype k = std::max<qsizetype>(first, 1) - 1; k <= last; ++k) {
        days[static_cast<size_t>(k)] = dayOf(k) + UnixEpochJulianDay;
    }
    return dateTicks(days, std::max<qsizetype>(first, 1), last, maxTicks);
}

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
