#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include "core/common/Result.h"

namespace Tessera {
class TradingCalendar;
}

namespace Tessera::Tasks {

/** How often a schedule entry fires. */
enum class Frequency
{
    Daily,       ///< every day at `time`
    Weekly,      ///< on `weekday` at `time`
    EveryNHours, ///< every `everyHours` hours of wall-clock time, anchored at `time`
};

QString toString(Frequency f); ///< "daily", "weekly", "every" (as stored)
std::optional<Frequency> frequencyFromString(const QString& s);

/** 1 (Monday) .. 7 (Sunday) from "mon", "Monday", "1"; nullopt when not a weekday. */
std::optional<int> weekdayFromString(const QString& s);
/** "Mon" .. "Sun" (English, as the CLI and logs show it). */
QString weekdayShortName(int weekday);

/**
 * One scheduled task: run task `kind` with `params` (as TaskRunner::start takes them) at the times
 * `frequency` gives. Times are local wall-clock times of the scheduler's zone. The last-run fields
 * and nextRunAt are kept by the Scheduler and persisted with the entry (ScheduleRepository).
 */
struct ScheduleEntry
{
    qint64 id = 0; ///< 0 until stored
    QString name;  ///< unique, shown to the user: "Data update"
    QString kind;  ///< task kind id: "load"
    QJsonObject params;
    Frequency frequency = Frequency::Daily;
    QTime time{21, 0};           ///< daily/weekly time; the anchor of every-N-hours slots (minutes only)
    int weekday = Qt::Monday;    ///< Weekly: 1 (Monday) .. 7 (Sunday)
    int everyHours = 6;          ///< EveryNHours: 1 .. 168
    bool marketDaysOnly = false; ///< skip weekends and the trading calendar's holidays
    bool enabled = true;
    bool catchUp = true; ///< run a missed occurrence once when next checked (else skip it)
    QString defaultKey;  ///< key in the default schedule for entries it created, else empty

    QDateTime lastRunAt;  ///< when the last run started (or failed to start)
    qint64 lastRunId = 0; ///< runs.id of the last run, 0 when none or it could not start
    QString lastStatus;   ///< RunStatus as text ("done", "running", ...), empty when never run
    QString lastMessage;  ///< why the last run could not start or failed, else empty
    QDateTime nextRunAt;  ///< the next occurrence not yet emitted; invalid = not computed yet

    /** "daily 21:00, market days", "weekly Sun 03:00", "every 6 h from 00:00". */
    QString describe() const;
    /** Checks the fields a user can get wrong; the message names the entry and the field. */
    [[nodiscard]] Result<void> validate() const;
};

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
