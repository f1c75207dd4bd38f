#pragma once

#include <vector>

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
 * (every bar, weeks, months, quarters, years, 2/5/10 years) and labels the first bar of each period,
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

} // namespace Tessera::Ui
