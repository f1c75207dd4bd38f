#include "core/tasks/Scheduler.h"

#include <algorithm>

#include <QTimer>

#include "core/common/Log.h"
#include "core/store/HolidayRepository.h"
#include "core/store/ScheduleRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {
namespace {

const QString PausedKey = QStringLiteral("scheduler/paused");

QString logTime(const QDateTime& dt, const QTimeZone& zone)
{
    return dt.isValid() ? dt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
                        : QStringLiteral("never");
}

bool sameTiming(const ScheduleEntry& a, const ScheduleEntry& b)
{
    return a.frequency == b.frequency && a.time == b.time && a.weekday == b.weekday
           && a.everyHours == b.everyHours && a.marketDaysOnly == b.marketDaysOnly && a.enabled == b.enabled
           && a.timeZone == b.timeZone;
}

} // namespace

Scheduler::Scheduler(Store::DatabasePtr db, Clock clock, QTimeZone zone, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone())
    , m_timer(new QTimer(this))
{
    // Polling instead of one timer armed for the next occurrence: a QTimer counts monotonic time, which
    // stops while the machine sleeps and ignores wall-clock changes (NTP, DST, the user setting the
    // clock), so a timer armed at 20:00 for 21:00 can fire hours late or early. Comparing the wall clock
    // every 30 s is cheap and survives all of these (qBittorrent's bandwidth scheduler does the same).
    m_timer->setInterval(PollInterval);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &Scheduler::onTimer);
    if (auto paused = readPaused()) {
        m_paused = *paused;
    }
}

Scheduler::~Scheduler() = default;

void Scheduler::start()
{
    m_timer->start();
    // The first check is the start-up catch-up of occurrences missed while the app was closed.
    onTimer();
}

void Scheduler::stop()
{
    m_timer->stop();
}

bool Scheduler::isActive() const
{
    return m_timer->isActive();
}

void Scheduler::onTimer()
{
    const bool wasPaused = m_paused;
    const bool paused = isPaused();
    if (paused != wasPaused) {
        // Paused or resumed by another process (tessera-cli schedule pause) since the last check.
        emit pausedChanged(paused);
    }
    if (auto r = checkNow(); !r) {
        spdlog::error("scheduler: check failed: {}", r.error().message);
        emit checkFailed(r.error().message);
    }
}

void Scheduler::reportIfFailed(const Result<void>& r)
{
    if (!r) {
        spdlog::error("scheduler: {}", r.error().message);
        emit checkFailed(r.error().message);
    }
}

Result<QList<ScheduleEntry>> Scheduler::entries() const
{
    return Store::ScheduleRepository(*m_db).list();
}

Result<std::optional<ScheduleEntry>> Scheduler::entry(const QString& name) const
{
    return Store::ScheduleRepository(*m_db).find(name);
}

Result<ScheduleEntry> Scheduler::saveEntry(const ScheduleEntry& entry)
{
    if (auto valid = entry.validate(); !valid) {
        return fail(valid.error());
    }
    Store::ScheduleRepository repo(*m_db);
    std::optional<ScheduleEntry> stored;
    if (entry.id != 0) {
        auto found = repo.get(entry.id);
        if (!found) {
            return fail(found.error());
        }
        if (!found->has_value()) {
            return fail(Error::notFound(QStringLiteral("schedule entry %1 does not exist").arg(entry.id)));
        }
        stored = **found;
    }
    auto cal = calendar();
    if (!cal) {
        return fail(cal.error());
    }
    ScheduleEntry toSave = entry;
    if (!toSave.enabled) {
        toSave.nextRunAt = {};
    } else if (!stored || !sameTiming(*stored, toSave) || !stored->nextRunAt.isValid()) {
        // From now on: a new or re-timed entry does not catch up times before it existed.
        toSave.nextRunAt = nextRunAfter(toSave, now(), *cal, m_zone);
    } else {
        toSave.nextRunAt = stored->nextRunAt;
    }
    auto id = repo.save(toSave);
    if (!id) {
        return fail(id.error());
    }
    auto saved = repo.get(*id);
    if (!saved) {
        return fail(saved.error());
    }
    if (!saved->has_value()) {
        return fail(
            Error::database(QStringLiteral("schedule entry '%1' vanished after saving").arg(entry.name)));
    }
    spdlog::info("scheduler: saved '{}' ({}, {}), next run {}",
                 toSave.name,
                 toSave.kind,
                 toSave.describe(),
                 logTime(toSave.nextRunAt, m_zone));
    emit entriesChanged();
    return **saved;
}

Result<void> Scheduler::removeEntry(qint64 id)
{
    auto removed = Store::ScheduleRepository(*m_db).remove(id);
    if (!removed) {
        return fail(removed.error());
    }
    if (!*removed) {
        return fail(Error::notFound(QStringLiteral("schedule entry %1 does not exist").arg(id)));
    }
    m_busy.remove(id);
    emit entriesChanged();
    return {};
}

Result<QStringList> Scheduler::ensureDefaults()
{
    return ensureDefaults(defaultSchedule());
}

Result<QStringList> Scheduler::ensureDefaults(const QList<ScheduleEntry>& table)
{
    // One transaction, begun IMMEDIATE: a GUI and a CLI starting together cannot both create a default.
    Store::Transaction tx(*m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Store::ScheduleRepository repo(*m_db);
    auto added = repo.addedDefaults();
    if (!added) {
        return fail(added.error());
    }
    QStringList created;
    for (const ScheduleEntry& d : table) {
        if (added->contains(d.defaultKey) || TaskRegistry::find(d.kind) == nullptr) {
            continue;
        }
        auto clash = repo.find(d.name);
        if (!clash) {
            return fail(clash.error());
        }
        if (clash->has_value()) {
            // The user already has an entry of that name: theirs wins, the default is considered given.
            spdlog::info("scheduler: default entry '{}' not created: an entry of that name exists", d.name);
        } else {
            ScheduleEntry e = d;
            e.id = 0;
            if (auto saved = saveEntry(e); !saved) {
                return fail(saved.error());
            }
            created << d.name;
        }
        if (auto r = repo.markDefaultAdded(d.defaultKey); !r) {
            return fail(r.error());
        }
    }
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    if (!created.isEmpty()) {
        spdlog::info("scheduler: created default entries: {}", created.join(QStringLiteral(", ")));
    }
    return created;
}

Result<bool> Scheduler::readPaused() const
{
    auto value = Store::SettingsRepository(*m_db).value(PausedKey, QStringLiteral("0"));
    if (!value) {
        return fail(value.error());
    }
    return *value == QStringLiteral("1");
}

bool Scheduler::isPaused() const
{
    // Read through to the database so a pause from the CLI (or another window) is seen; on a read error
    // the last known state stands.
    if (auto paused = readPaused()) {
        m_paused = *paused;
    }
    return m_paused;
}

Result<void> Scheduler::setPaused(bool paused)
{
    const bool was = isPaused();
    if (auto r = Store::SettingsRepository(*m_db).setValue(
            PausedKey, paused ? QStringLiteral("1") : QStringLiteral("0"));
        !r) {
        return fail(r.error());
    }
    m_paused = paused;
    if (!paused && was) {
        // Pausing means "do not run"; catching up everything that passed during the pause on resume would
        // run exactly what the user held back, so those occurrences are skipped instead.
        auto cal = calendar();
        auto list = entries();
        if (!cal || !list) {
            return fail(!cal ? cal.error() : list.error());
        }
        const QDateTime t = now();
        Store::ScheduleRepository repo(*m_db);
        for (const ScheduleEntry& e : *list) {
            if (!e.enabled || !e.nextRunAt.isValid() || e.nextRunAt > t) {
                continue;
            }
            const QDateTime next = nextRunAfter(e, t, *cal, m_zone);
            if (auto r = repo.advanceNextRun(e.id, e.nextRunAt, next); !r) {
                return fail(r.error());
            }
            spdlog::info("scheduler: '{}' at {} skipped: the scheduler was paused; next run {}",
                         e.name,
                         logTime(e.nextRunAt, m_zone),
                         logTime(next, m_zone));
        }
        emit entriesChanged();
    }
    spdlog::info("scheduler: {}", paused ? "paused" : "resumed");
    if (paused != was) {
        emit pausedChanged(paused);
    }
    return {};
}

Result<QString> Scheduler::calendarName() const
{
    return Store::HolidayRepository(*m_db).marketCalendarName();
}

Result<void> Scheduler::setCalendarName(const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("a holiday calendar needs a name")));
    }
    if (auto r = Store::SettingsRepository(*m_db).setValue(QString::fromLatin1(Store::kMarketCalendarSetting),
                                                           name.trimmed());
        !r) {
        return fail(r.error());
    }
    return refreshNextRuns();
}

Result<TradingCalendar> Scheduler::calendar() const
{
    auto name = calendarName();
    if (!name) {
        return fail(name.error());
    }
    return Store::HolidayRepository(*m_db).load(*name);
}

Result<void> Scheduler::refreshNextRuns()
{
    auto cal = calendar();
    auto list = entries();
    if (!cal || !list) {
        return fail(!cal ? cal.error() : list.error());
    }
    const QDateTime t = now();
    Store::ScheduleRepository repo(*m_db);
    for (const ScheduleEntry& e : *list) {
        // Overdue occurrences are left to the next check (it decides catch-up or skip).
        if (!e.enabled || (e.nextRunAt.isValid() && e.nextRunAt <= t)) {
            continue;
        }
        const QDateTime next = nextRunAfter(e, t, *cal, m_zone);
        if (next != e.nextRunAt) {
            if (auto r = repo.advanceNextRun(e.id, e.nextRunAt, next); !r) {
                return fail(r.error());
            }
        }
    }
    emit entriesChanged();
    return {};
}

Result<std::optional<NextDue>> Scheduler::nextDue() const
{
    auto list = entries();
    if (!list) {
        return fail(list.error());
    }
    std::optional<NextDue> best;
    for (const ScheduleEntry& e : *list) {
        if (e.enabled && e.nextRunAt.isValid() && (!best || e.nextRunAt < best->at)) {
            best = NextDue{e, e.nextRunAt.toTimeZone(m_zone)};
        }
    }
    return best;
}

Result<QList<DueRun>>
Scheduler::candidates(const QDateTime& t, const TradingCalendar& cal, bool persistMissing) const
{
    auto list = entries();
    if (!list) {
        return fail(list.error());
    }
    Store::ScheduleRepository repo(*m_db);
    QList<DueRun> due;
    for (const ScheduleEntry& e : *list) {
        if (!e.enabled || m_busy.contains(e.id)) {
            continue;
        }
        if (!e.nextRunAt.isValid()) {
            // Written without a next run (an older build, a hand edit): schedule it from now, not due yet.
            const QDateTime next = nextRunAfter(e, t, cal, m_zone);
            if (persistMissing && next.isValid()) {
                if (auto r = repo.advanceNextRun(e.id, {}, next); !r) {
                    return fail(r.error());
                }
            }
            continue;
        }
        if (e.nextRunAt > t) {
            continue;
        }
        DueRun d;
        d.entry = e;
        d.scheduledAt = e.nextRunAt.toTimeZone(m_zone);
        d.late = e.nextRunAt.secsTo(t) > LateGrace.count();
        if (nextRunAfter(e, e.nextRunAt.addSecs(-1), cal, m_zone) != e.nextRunAt) {
            // Stored before the calendar or the zone changed (e.g. the day became a holiday): not an
            // occurrence any more, so it is skipped rather than run on a closed day.
            d.skip = true;
            d.reason = QStringLiteral("no longer an occurrence (holiday, calendar or time zone changed)");
        } else if (d.late && !e.catchUp) {
            d.skip = true;
            d.reason = QStringLiteral("missed and catch-up is off");
        }
        due << d;
    }
    std::stable_sort(due.begin(), due.end(), [](const DueRun& a, const DueRun& b) {
        return a.scheduledAt < b.scheduledAt;
    });
    return due;
}

Result<QList<DueRun>> Scheduler::dueNow() const
{
    if (isPaused()) {
        return QList<DueRun>{};
    }
    auto cal = calendar();
    if (!cal) {
        return fail(cal.error());
    }
    return candidates(now(), *cal, false);
}

Result<std::optional<DueRun>> Scheduler::claimNext()
{
    if (isPaused()) {
        return std::optional<DueRun>{};
    }
    auto cal = calendar();
    if (!cal) {
        return fail(cal.error());
    }
    const QDateTime t = now();
    auto due = candidates(t, *cal, true);
    if (!due) {
        return fail(due.error());
    }
    Store::ScheduleRepository repo(*m_db);
    for (DueRun d : *due) {
        // Every missed occurrence collapses into this one: the next is the first strictly after now.
        const QDateTime next = nextRunAfter(d.entry, t, *cal, m_zone);
        auto claimed = repo.advanceNextRun(d.entry.id, d.entry.nextRunAt, next);
        if (!claimed) {
            return fail(claimed.error());
        }
        if (!*claimed) {
            // Another process (the GUI, or cron's run-due) or an edit got there first.
            continue;
        }
        d.entry.nextRunAt = next;
        emit entriesChanged();
        if (d.skip) {
            spdlog::info("scheduler: '{}' at {} skipped: {}; next run {}",
                         d.entry.name,
                         logTime(d.scheduledAt, m_zone),
                         d.reason,
                         logTime(next, m_zone));
            continue;
        }
        spdlog::info("scheduler: '{}' due ({} at {}); next run {}",
                     d.entry.name,
                     d.late ? "catching up the run missed" : "scheduled",
                     logTime(d.scheduledAt, m_zone),
                     logTime(next, m_zone));
        m_busy.insert(d.entry.id);
        return std::optional<DueRun>(d);
    }
    return std::optional<DueRun>{};
}

Result<QList<DueRun>> Scheduler::checkNow()
{
    QList<DueRun> handedOut;
    while (true) {
        auto next = claimNext();
        if (!next) {
            return fail(next.error());
        }
        if (!next->has_value()) {
            return handedOut;
        }
        handedOut << **next;
        emit entryDue((*next)->entry, (*next)->scheduledAt);
    }
}

Result<void> Scheduler::recordRunStarted(qint64 entryId, qint64 runId)
{
    m_busy.insert(entryId);
    if (auto r = Store::ScheduleRepository(*m_db).recordRun(
            entryId, runId, now(), toString(RunStatus::Running), {});
        !r) {
        return fail(r.error());
    }
    emit entriesChanged();
    return {};
}

Result<void>
Scheduler::recordRunFinished(qint64 entryId, qint64 runId, RunStatus status, const QString& message)
{
    m_busy.remove(entryId);
    Store::ScheduleRepository repo(*m_db);
    auto stored = repo.get(entryId);
    if (!stored) {
        return fail(stored.error());
    }
    if (!stored->has_value()) {
        // Removed while it ran: nothing to record.
        return {};
    }
    const ScheduleEntry& e = **stored;
    const QDateTime t = now();
    // Keep the start time recordRunStarted stored for this run (its id may not have been known then);
    // otherwise (it never started) the last run is now.
    const bool started = e.lastStatus == toString(RunStatus::Running) && e.lastRunAt.isValid()
                         && (e.lastRunId == runId || e.lastRunId == 0);
    if (auto r = repo.recordRun(entryId, runId, started ? QDateTime() : t, toString(status), message); !r) {
        return fail(r.error());
    }
    spdlog::info("scheduler: '{}' run {} finished: {}{}",
                 e.name,
                 runId,
                 toString(status),
                 message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message));
    if (e.enabled && e.nextRunAt.isValid() && e.nextRunAt <= t) {
        // The run outlasted its next occurrence(s); starting again at once would run back to back.
        auto cal = calendar();
        if (!cal) {
            return fail(cal.error());
        }
        const QDateTime next = nextRunAfter(e, t, *cal, m_zone);
        if (auto r = repo.advanceNextRun(e.id, e.nextRunAt, next); !r) {
            return fail(r.error());
        }
        spdlog::info("scheduler: '{}' at {} skipped: the previous run was still going; next run {}",
                     e.name,
                     logTime(e.nextRunAt, m_zone),
                     logTime(next, m_zone));
    }
    emit entriesChanged();
    return {};
}

} // namespace Tessera::Tasks
