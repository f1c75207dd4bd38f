#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include "core/common/Result.h"
#include "core/market/TradingCalendar.h"
#include "core/store/Database.h"
#include "core/tasks/RunTypes.h"
#include "core/tasks/Schedule.h"

class QTimer;

namespace Tessera::Tasks {

/** An occurrence handed out to be run. */
struct DueRun
{
    ScheduleEntry entry;   ///< as stored after the claim: nextRunAt is already the following occurrence
    QDateTime scheduledAt; ///< the occurrence being run (the first missed one when caught up)
    bool late = false;     ///< missed by more than Scheduler::LateGrace (sleep, app closed): a catch-up
    bool skip = false;     ///< dueNow() only: will be skipped, not run (see reason)
    QString reason;        ///< why it is skipped: catch-up off, no longer an occurrence (holiday added)
};

/** The soonest enabled entry and when it runs (the tray's "next run"). */
struct NextDue
{
    ScheduleEntry entry;
    QDateTime at;
};

/**
 * The internal task scheduler: decides when schedule entries are due and hands each occurrence out
 * exactly once; it does not run tasks. The host (GUI: on a worker thread; CLI `schedule run-due`:
 * in turn) runs what entryDue() announces with TaskRunner::start(kind, params, {trigger "schedule"})
 * and reports back with recordRunStarted() / recordRunFinished().
 *
 * Rules:
 * - Occurrences come from nextRunAfter() in the wall-clock time of `zone`, skipping non-trading days
 *   of the calendar named by the "scheduler/calendar" setting for market-days-only entries.
 * - An occurrence is due when the clock reaches it. If it is more than LateGrace behind (the machine
 *   slept, the app was closed, the clock jumped), it was missed: with catchUp it runs once now,
 *   however many occurrences were missed; without, it is skipped (logged) to the next time.
 * - An occurrence is claimed by advancing the stored nextRunAt with a compare-and-set before it is
 *   announced, so two checks, or the GUI and a cron-driven `run-due`, never run it twice.
 * - An entry handed out is not handed out again until the host reports its run finished (call
 *   recordRunFinished for every entryDue, also when the run could not start); a run that outlasts
 *   its entry's next occurrence(s) skips them rather than starting again at once.
 * - Paused (the "scheduler/paused" setting, shared with the CLI) hands out nothing; on resume the
 *   occurrences that passed during the pause are skipped, not caught up.
 *
 * Thread affinity: a QObject of the thread that creates it (the GUI thread); it uses that thread's
 * database connection. Queries are small, so calling it on the GUI thread is fine.
 * Ownership: shares the Database; owns its poll timer.
 */
class Scheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /** How often start()'s timer checks the wall clock. */
    static constexpr std::chrono::milliseconds PollInterval{30000};
    /** How late an occurrence may be and still count as on time (a few polls plus a busy GUI thread). */
    static constexpr std::chrono::seconds LateGrace{120};

    /**
     * @param clock the current time (QDateTime::currentDateTime when empty); tests inject a fake one
     * @param zone the zone whose wall clock entries are read in (the system zone in production)
     */
    explicit Scheduler(Store::DatabasePtr db,
                       Clock clock = {},
                       QTimeZone zone = QTimeZone::systemTimeZone(),
                       QObject* parent = nullptr);
    ~Scheduler() override;

    QDateTime now() const { return m_clock(); }
    const QTimeZone& zone() const { return m_zone; }

    /** Checks at once (the start-up catch-up), then every PollInterval. */
    void start();
    void stop();
    bool isActive() const;

    /** Every entry, by name. */
    [[nodiscard]] Result<QList<ScheduleEntry>> entries() const;
    [[nodiscard]] Result<std::optional<ScheduleEntry>> entry(const QString& name) const;

    /**
     * Creates (id 0) or updates an entry. nextRunAt is computed from now when the entry is new, its
     * timing or enabled flag changed, or it has none; otherwise the stored one is kept. The last-run
     * fields are not touched. A disabled entry has no nextRunAt. Returns the stored entry.
     */
    [[nodiscard]] Result<ScheduleEntry> saveEntry(const ScheduleEntry& entry);
    /** Removes an entry. A default entry removed here is not created again by ensureDefaults(). */
    [[nodiscard]] Result<void> removeEntry(qint64 id);

    /**
     * Creates the default entries (DefaultSchedule) whose task kind is registered and that were never
     * created before. Returns the names created. `table` is for tests.
     */
    [[nodiscard]] Result<QStringList> ensureDefaults(const QList<ScheduleEntry>& table);
    [[nodiscard]] Result<QStringList> ensureDefaults();

    bool isPaused() const;
    [[nodiscard]] Result<void> setPaused(bool paused);
    void pause() { reportIfFailed(setPaused(true)); }
    void resume() { reportIfFailed(setPaused(false)); }

    /** The database the scheduler keeps its entries in (for work a dialog runs off the GUI thread). */
    const Store::DatabasePtr& database() const { return m_db; }

    /** The calendar market-days-only entries follow ("scheduler/calendar", default "default"). */
    [[nodiscard]] Result<QString> calendarName() const;
    [[nodiscard]] Result<void> setCalendarName(const QString& name);
    [[nodiscard]] Result<TradingCalendar> calendar() const;
    /** Recomputes the future nextRunAt of enabled entries (after holidays or the calendar changed). */
    [[nodiscard]] Result<void> refreshNextRuns();

    /** The soonest enabled entry with its time, also while paused (show "paused" then), or nullopt. */
    [[nodiscard]] Result<std::optional<NextDue>> nextDue() const;

    /** What a check would hand out or skip now, without claiming anything (`run-due --dry-run`). */
    [[nodiscard]] Result<QList<DueRun>> dueNow() const;

    /**
     * Claims the earliest due occurrence and returns it (nullopt when none, or paused). Late entries
     * without catch-up met on the way are skipped and persisted. Does not emit entryDue.
     */
    [[nodiscard]] Result<std::optional<DueRun>> claimNext();

    /** Claims every due occurrence and emits entryDue for each, earliest first. Nothing when paused. */
    [[nodiscard]] Result<QList<DueRun>> checkNow();

    /**
     * The host started entryId's run: remembered as its last run (now), status "running". runId may be
     * 0 when the run's id is not known yet (TaskRunner::start returns it at the end); pass it to
     * recordRunFinished then.
     */
    [[nodiscard]] Result<void> recordRunStarted(qint64 entryId, qint64 runId);
    /**
     * The run finished with status (runId 0 with Failed and a message: it could not start). Stores the
     * last run and, if the run outlasted the entry's next occurrence, moves nextRunAt past now.
     */
    [[nodiscard]] Result<void>
    recordRunFinished(qint64 entryId, qint64 runId, RunStatus status, const QString& message = {});

signals:
    /** An occurrence of entry is due: run it. scheduledAt is the occurrence (earlier when caught up). */
    void entryDue(const Tessera::Tasks::ScheduleEntry& entry, const QDateTime& scheduledAt);
    /** Entries were added, edited, removed, or their last/next run changed (refresh the editor). */
    void entriesChanged();
    void pausedChanged(bool paused);
    /** A timer-driven check failed (database error); the message is for the log panel. */
    void checkFailed(const QString& message);

private:
    void onTimer();
    void reportIfFailed(const Result<void>& r);
    Result<bool> readPaused() const;
    /** Due candidates, earliest first; also computes missing nextRunAt of enabled entries. */
    Result<QList<DueRun>>
    candidates(const QDateTime& now, const TradingCalendar& cal, bool persistMissing) const;

    Store::DatabasePtr m_db;
    Clock m_clock;
    QTimeZone m_zone;
    QTimer* m_timer = nullptr;
    mutable bool m_paused = false;
    /** Entries handed out whose run has not been reported finished: not handed out again meanwhile. */
    QSet<qint64> m_busy;
};

} // namespace Tessera::Tasks
