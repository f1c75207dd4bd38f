#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include "core/common/Result.h"
#include "core/store/ScheduleEntry.h"

namespace Tessera {
class TradingCalendar;
}

namespace Tessera::Tasks {

// The entry and its frequency are stored data (core/store/ScheduleEntry.h).
using Store::Frequency;
using Store::frequencyFromString;
using Store::ScheduleEntry;
using Store::timeOfDayFromString;
using Store::toString;
using Store::weekdayFromString;
using Store::weekdayShortName;

/**
 * The first occurrence of entry strictly after `after`, or an invalid QDateTime when there is none
 * within ten years (e.g. market days only on a calendar without trading days). Pure: no clock, no
 * database. The result is expressed in `zone`.
 *
 * Wall-clock rules (the zone's local time decides, as people read a schedule):
 * - A time that does not exist because the clock springs forward (02:30 on 2026-03-08 in New York)
 *   runs at the first valid instant after the gap: the moment of the change, shown as 03:00. It runs
 *   that day, not an hour late (Qt's own normalisation would give 03:30) and not skipped.
 * - A time that happens twice because the clock falls back (01:30 on 2026-11-01 in New York) runs
 *   once, at the first occurrence (daylight time).
 * - Every N hours: the slots are the wall-clock times anchor + k·N h counted from Monday 2001-01-01 at
 *   the anchor, so when N divides 24 they fall at the same times every day (every 6 h from 00:00 →
 *   00:00, 06:00, 12:00, 18:00) and when N divides 168 at the same times every week. Each slot is
 *   resolved like a daily time: across spring-forward a slot in the gap runs at the end of the gap
 *   (merging with the next slot if that is the same instant), across fall-back a slot in the repeated
 *   hour runs once; so around a change two runs may be N−1 or N+1 real hours apart.
 * - Market days only: the local date of the occurrence must be a trading day (for every-N-hours,
 *   occurrences falling on non-trading days are skipped).
 * - An entry with a timeZone of its own is read on that zone's clock (all the rules above apply there);
 *   the result is still expressed in `zone`. An entry in UTC has no DST: every 6 h is exactly 6 h.
 */
QDateTime nextRunAfter(const ScheduleEntry& entry,
                       const QDateTime& after,
                       const TradingCalendar& calendar,
                       const QTimeZone& zone);

/**
 * The instant at which local wall-clock time (date, time) happens in zone, with the DST rules above:
 * the first of two occurrences, or the end of the gap when it does not exist. Expressed in zone.
 */
QDateTime resolveLocalTime(QDate date, QTime time, const QTimeZone& zone);

} // namespace Tessera::Tasks
