#pragma once

#include <vector>

#include <QDate>
#include <QHash>
#include <QList>

namespace Tessera {

/** The first and last day (Julian day numbers) with a stored bar of one symbol. */
struct BarSpan
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 bars = -1; ///< stored bars in the span; -1 = unknown
};

/** Monday-to-Friday days from first to last (Julian day numbers), both counted; 0 when last < first. */
qint64 weekdayCount(qint64 first, qint64 last);

/**
 * false when every span's bar count equals its weekdays: each symbol traded every weekday of its span,
 * so no weekday inside any span can be one on which none traded and inferClosedWeekdays would find
 * nothing — the per-day count of every stored bar can be skipped. (A span with weekend bars has more
 * bars than weekdays and counts as possibly gapped.)
 */
bool anyWeekdayMissing(const std::vector<BarSpan>& spans);

/**
 * The weekdays on which an exchange was closed, inferred from its symbols' bars: a weekday that lies
 * inside the spans of at least minSymbols symbols and on which none of them has a bar (traded counts
 * bars per Julian day). One symbol's gap is a data problem; every symbol silent on the same weekday is
 * the market closed (a holiday). The rule never invents a holiday where any symbol traded, so a
 * universe that mixes exchanges yields only the days all of them were closed. Ascending dates.
 */
QList<QDate>
inferClosedWeekdays(const std::vector<BarSpan>& spans, const QHash<qint64, int>& traded, int minSymbols);

} // namespace Tessera
