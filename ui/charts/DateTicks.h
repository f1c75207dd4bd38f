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
};

/**
 * Picks date labels for bars first..last (inclusive) of a daily series whose dates are the given
 * Julian day numbers, at most maxTicks of them. It uses the finest calendar step that fits
 * (every bar, weeks, months, quarters, years, 2/5/10 years) and labels the first bar of each period,
 * so labels sit on real trading days and the axis has no weekend or holiday gaps.
 * Labels: "d MMM" for days and weeks, "MMM" for months and quarters (the year, e.g. "2025", at
 * January), "yyyy" for years. Index 0 is never a period start (its period may begin before the data).
 * Pure function.
 */
QList<DateTick>
dateTicks(const std::vector<qint64>& julianDays, qsizetype first, qsizetype last, int maxTicks);

} // namespace Tessera::Ui
