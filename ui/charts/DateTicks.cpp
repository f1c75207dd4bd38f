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

/** Year and month (1–12) of a Julian day, by integer arithmetic (H. Hinnant's civil_from_days): the
 * tick search asks for every visible bar, and QDate's calendar conversion was most of its time. */
std::pair<qint64, int> yearMonth(qint64 julianDay)
{
    const qint64 z = julianDay - 2440588 + 719468; // days since 0000-03-01
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2 ? 1 : 0), month};
}

/** An integer that changes exactly when a new period of the step begins (weeks begin on Mondays). */
qint64 periodKey(qint64 julianDay, Step step)
{
    switch (step) {
    case Step::Day:
        return julianDay;
    case Step::Week:
        // Julian day 0 is a Monday: the day number divided by 7 changes every Monday.
        return julianDay >= 0 ? julianDay / 7 : (julianDay - 6) / 7;
    default:
        break;
    }
    const auto [year, month] = yearMonth(julianDay);
    switch (step) {
    case Step::Month:
        return year * 12 + month - 1;
    case Step::Quarter:
        return year * 4 + (month - 1) / 3;
    case Step::Year:
        return year;
    case Step::TwoYears:
        return year / 2;
    case Step::FiveYears:
        return year / 5;
    case Step::TenYears:
        return year / 10;
    default:
        return 0;
    }
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
    QList<qsizetype> out = keyChanges(
        first, last, [&days, step](qsizetype i) { return periodKey(days[static_cast<size_t>(i)], step); });
    if (step == Step::Day && first == 0 && last >= 0) {
        out.prepend(0); // every bar is its own day, including the first
    }
    return out;
}

/**
 * Every k-th of starts so that at most maxTicks remain: when a step has too many labels and the next
 * coarser one none in view (a month of days 360 px wide: four Mondays for three labels, no month start),
 * the view still gets dates, two weeks apart.
 */
QList<qsizetype> thinned(const QList<qsizetype>& starts, int maxTicks)
{
    const qsizetype every = (starts.size() + maxTicks - 1) / std::max(1, maxTicks);
    QList<qsizetype> out;
    for (qsizetype i = 0; i < starts.size(); i += std::max<qsizetype>(1, every)) {
        out << starts[i];
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
    QList<qsizetype> finer;
    for (const int hours : {1, 2, 3, 6, 12}) {
        const qint64 period = hours * qint64(3600);
        QList<qsizetype> starts = keyChanges(first, last, [&localTimes, period](qsizetype i) {
            return floorDiv(localTimes[static_cast<size_t>(i)], period);
        });
        if (starts.size() > maxTicks) {
            finer = starts;
            continue;
        }
        if (starts.isEmpty() && !finer.isEmpty()) {
            starts = thinned(finer, maxTicks);
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
    QList<qsizetype> finer;
    Step finerStep = Step::Day;
    for (Step step : steps) {
        QList<qsizetype> starts = periodStarts(julianDays, first, last, step);
        if (starts.size() > maxTicks && step != Step::TenYears) {
            finer = starts;
            finerStep = step;
            continue;
        }
        if (starts.isEmpty() && !finer.isEmpty()) {
            starts = thinned(finer, maxTicks);
            step = finerStep;
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
