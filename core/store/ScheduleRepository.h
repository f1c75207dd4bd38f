#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/store/ScheduleEntry.h"

namespace Tessera::Store {

class Statement;

/**
 * Persistence of schedule entries (schedule_entries) and of which default entries were ever created
 * (schedule_defaults_added). Plain storage: the next-run computation and the rules live in
 * Tasks::Scheduler, which is what the GUI and the CLI use.
 * Works on the calling thread's connection; safe to use from any thread with its own instance.
 */
class ScheduleRepository
{
public:
    explicit ScheduleRepository(const Database& db)
        : m_db(db)
    {}

    /** Every entry, ordered by name. */
    [[nodiscard]] Result<QList<ScheduleEntry>> list();
    [[nodiscard]] Result<std::optional<ScheduleEntry>> get(qint64 id);
    [[nodiscard]] Result<std::optional<ScheduleEntry>> find(const QString& name);

    /**
     * Inserts the entry (id 0) or updates its definition, defaultKey and nextRunAt (by id); the last-run
     * fields are left alone (recordRun owns them). Returns the id. A duplicate name is an InvalidInput
     * error naming it; an unknown id is NotFound.
     */
    [[nodiscard]] Result<qint64> save(const ScheduleEntry& entry);

    /** Deletes the entry; false when there was none with that id. */
    [[nodiscard]] Result<bool> remove(qint64 id);

    /**
     * Moves next_run_at from `expected` to `next` only if it still is `expected` (compare-and-set): the
     * claim of an occurrence. False when another process (GUI vs cron) or an edit changed it first.
     */
    [[nodiscard]] Result<bool> advanceNextRun(qint64 id, const QDateTime& expected, const QDateTime& next);

    /** Records the last run: runId (0 = could not start), status text, message; at = when it started. */
    [[nodiscard]] Result<void>
    recordRun(qint64 id, qint64 runId, const QDateTime& at, const QString& status, const QString& message);

    /** Keys of the default entries ever created (still present or deleted by the user). */
    [[nodiscard]] Result<QStringList> addedDefaults();
    [[nodiscard]] Result<void> markDefaultAdded(const QString& key);

private:
    [[nodiscard]] Result<QList<ScheduleEntry>> query(const char* where,
                                                     const std::function<void(Statement&)>& bind);

    const Database& m_db;
};

/** Instants as stored: UTC ISO-8601 with seconds ("2026-03-08T07:00:00Z"); invalid ↔ NULL. */
QString toDbInstant(const QDateTime& dt);
QDateTime fromDbInstant(const QString& text);

} // namespace Tessera::Store
