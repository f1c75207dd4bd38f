#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>

#include "core/common/Result.h"

namespace Tessera::Store {

// A schedule entry as the store keeps it (table schedule). When entries fire is the scheduler's business
// (tasks/Schedule.h); tasks/Schedule.h brings these types into Tessera::Tasks.

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
/**
 * A time of day as the user types it: "21:00", "9:30" (H:MM or HH:MM, 24-hour clock, ASCII digits,
 * surrounding spaces ignored). An invalid QTime when malformed or out of range ("24:00", "9:5").
 */
QTime timeOfDayFromString(const QString& s);
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
    /**
     * The zone whose wall clock `time` is read in (an IANA id, "UTC"); empty = the scheduler's zone (the
     * system's). A crypto market's entries use UTC: its hourly bars close on UTC hours, and every 6 h then
     * means 6 real hours apart, also across the local clock's DST changes.
     */
    QString timeZone;
    QString defaultKey; ///< key in the default schedule for entries it created, else empty

    QDateTime lastRunAt;  ///< when the last run started (or failed to start)
    qint64 lastRunId = 0; ///< runs.id of the last run, 0 when none or it could not start
    QString lastStatus;   ///< RunStatus as text ("done", "running", ...), empty when never run
    QString lastMessage;  ///< why the last run could not start or failed, else empty
    QDateTime nextRunAt;  ///< the next occurrence not yet emitted; invalid = not computed yet

    /** "daily 21:00, market days", "weekly Sun 03:00", "every 6 h from 00:00 UTC". */
    QString describe() const;
    /** Checks the fields a user can get wrong; the message names the entry and the field. */
    [[nodiscard]] Result<void> validate() const;
};

} // namespace Tessera::Store
