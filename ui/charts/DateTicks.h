#pragma once

#include <vector>

#include <QDate>
#include <QList>
#include <QString>

namespace Tessera::Ui {

/** A labelled position on a trading-day axis: the bar index and its label. */
struct DateTick
{
    qsizetype index = 0;
    QString label;
    QString firstLabel; ///< the label with its year, for the first label of a view ("Jul 2026", "3 Mar 2025")
};

/**
 * Picks date labels for bars first..last (inclusive) of a daily series whose dates are the given
 * Julian day numbers, at most maxTicks of them. It uses the finest calendar step that fits
 * (every bar, weeks, months, quarters, years, 2/5/10 years) and labels the first bar of each period
 * (when a step has too many and the next none in view, every k-th of the finer step's, e.g. two weeks),
 * so labels sit on real trading days and the axis has no weekend or holiday gaps.
 * Labels: "d MMM" for days and weeks, "MMM" for months and quarters, "yyyy" for years; the first tick
 * of a new year is labelled with the year ("2025"), and the first tick of all carries its year ("3 Mar
 * 2025", "Jul 2026"), so every view says which year it shows (lightweight-charts' time-scale weights).
 * A caller that drops leading ticks (too close to the edge) shows the first kept one's firstLabel.
 * Index 0 is never a period start (its period may begin before the data).
 * Pure function.
 */
QList<DateTick>
dateTicks(const std::vector<qint64>& julianDays, qsizetype first, qsizetype last, int maxTicks);

/**
 * The same for 60-minute bars: times are each bar's open in seconds since 1970-01-01 00:00 of the zone
 * shown (UTC epoch seconds plus the zone's offset, so a local midnight is a multiple of 86,400). Steps:
 * every 1, 2, 3, 6 or 12 hours (aligned to midnight), then the daily steps of dateTicks (days, weeks,
 * months, …), the finest that fits maxTicks. An hour tick reads "13:00", the first tick of a day its date
 * ("3 Jul"), of a year the year ("2024"); the first tick of all carries the date and year ("3 Jul 2023",
 * or "3 Jul 2023 13:00" for a tick inside a day). Index 0 is never a period start. Pure function.
 */
QList<DateTick>
hourTicks(const std::vector<qint64>& localTimes, qsizetype first, qsizetype last, int maxTicks);

/** The date of a local-seconds time (see hourTicks). */
QDate localDate(qint64 localSeconds);

} // namespace Tessera::Ui
