#pragma once

#include <optional>

#include <QJsonObject>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/tasks/RunTypes.h"
#include "core/tasks/TaskContext.h"

namespace Tessera::Tasks {

struct TaskPlan;

/** How to run (not what): worker count and who asked. */
struct RunOptions
{
    int maxWorkers = 0;                         ///< 0 = number of cores
    QString trigger = QStringLiteral("manual"); ///< manual, cli, schedule, retry, resume
};

/** What a run did, for the CLI summary and the GUI. */
struct RunResult
{
    qint64 runId = 0;
    QString kind;
    RunStatus status = RunStatus::Running;
    int total = 0;
    int done = 0;
    int failed = 0;
    int pending = 0; ///< left for a resume (cancelled runs)
    double seconds = 0;
    double estimatedSeconds = -1;
    QStringList notes;
    QList<SymbolOutcomeRecord> failures; ///< failed (symbol, step) with reasons
    /** Why the run stopped early and ended failed: the store failed under it (disk full, I/O error). */
    std::optional<Error> fault;
};

/**
 * Runs tasks: plans a kind, records the run, processes symbols on a QThreadPool of maxWorkers (each
 * symbol through its pending steps in order), writes each step's result and outcome in one
 * transaction, streams throttled progress through the TaskContext, and finishes the run record.
 * Cancel (ctx.cancel()) stops handing out symbols and steps at once; the steps in flight finish
 * their transaction, so the database stays consistent and the run can be resumed.
 *
 * Synchronous: call from a worker thread (GUI) or main (CLI). The caller holds the write lock.
 */
class TaskRunner
{
public:
    explicit TaskRunner(Store::DatabasePtr db);

    /** A new run of kind with params. Errors only when the run cannot start (unknown kind, bad params). */
    [[nodiscard]] Result<RunResult>
    start(const QString& kind, const QJsonObject& params, const RunOptions& options, TaskContext& ctx);

    /** Continues a cancelled or interrupted run: symbols already done are not redone. */
    [[nodiscard]] Result<RunResult> resume(qint64 runId, const RunOptions& options, TaskContext& ctx);

    /** A new run (parent = runId) over only the failed symbols, from the step that failed. */
    [[nodiscard]] Result<RunResult> retryFailed(qint64 runId, const RunOptions& options, TaskContext& ctx);

    /** Estimated seconds for count symbols of kind from earlier runs, or -1 without history. */
    [[nodiscard]] double estimateSeconds(const QString& kind, int count, int maxWorkers) const;

    /** Marks runs left "running" by a dead process as interrupted; call after taking the write lock. */
    [[nodiscard]] static Result<int> recoverInterrupted(const Store::Database& db);

    /**
     * For the start of any command, reading ones included: when no process holds the database's write
     * lock, no run can be running, so runs still marked "running" belong to a dead process and are
     * marked interrupted (the lock is taken for that moment only). Returns how many; 0 when another
     * process holds the lock (its runs may be alive).
     */
    [[nodiscard]] static Result<int> recoverIfNoWriter(const Store::Database& db);

private:
    Result<RunResult> execute(qint64 runId,
                              const QString& kind,
                              TaskPlan& plan,
                              const QList<QPair<QString, int>>& work,
                              const RunOptions& options,
                              double estimatedSeconds,
                              TaskContext& ctx);

    Store::DatabasePtr m_db;
};

} // namespace Tessera::Tasks
