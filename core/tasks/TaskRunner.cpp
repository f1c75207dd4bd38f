#include "core/tasks/TaskRunner.h"

#include <exception>
#include <mutex>
#include <numeric>
#include <vector>

#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/store/RunRepository.h"
#include "core/store/WriteLock.h"
#include "core/tasks/SymbolWriter.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {
namespace {

int workerCount(const RunOptions& options)
{
    return options.maxWorkers > 0 ? options.maxWorkers : QThread::idealThreadCount();
}

/**
 * Runs one symbol through its steps from firstStep. Each step computes outside any transaction; its
 * write and its outcome are kept pending and go to the run's writer when the symbol's steps are done,
 * to commit in one transaction (SPEC §2), unless a step needs them in the store first (it calls
 * work.flushWrites(), or does not declare mayRunBeforeEarlierWritesCommit()): those commit here, at
 * once. A symbol handed to the writer is reported finished by the writer, after its commit; any other
 * symbol is reported here.
 */
void runSymbol(const Store::Database& db,
               qint64 runId,
               TaskPlan& plan,
               const QString& symbol,
               int firstStep,
               TaskContext& ctx,
               SymbolWriter& writer)
{
    SymbolWork work;
    work.symbol = symbol;
    std::vector<PendingStep> pending;
    int failedStep = -1;
    QString failure;
    const auto flush = [&]() -> bool {
        if (failedStep >= 0) {
            return false;
        }
        failedStep = commitPending(db, runId, symbol, pending, ctx, failure);
        return failedStep < 0;
    };
    const auto finishedHere = [&](bool ok) {
        if (ctx.fault()) {
            return; // the store failed: the symbol is not done and not failed, it stays pending
        }
        if (!ctx.isCanceled() || !ok) {
            ctx.unitFinished(symbol, ok);
        }
    };
    work.flushWrites = [&]() -> Result<void> {
        if (flush()) {
            return {};
        }
        return fail(
            Error::database(QStringLiteral("%1: storing an earlier step failed: %2").arg(symbol, failure)));
    };
    for (int i = firstStep; i < static_cast<int>(plan.steps.size()); ++i) {
        if (ctx.isCanceled()) {
            // Finished steps commit; the rest stays pending: a resume continues here.
            writer.submit(symbol, std::move(pending), false);
            return;
        }
        TaskStep& step = *plan.steps[static_cast<size_t>(i)];
        if (!step.mayRunBeforeEarlierWritesCommit() && !flush()) {
            return finishedHere(false);
        }
        QElapsedTimer clock;
        clock.start();
        Result<StepWrite> write = fail(Error::internal(QString()));
        try {
            write = step.process(work, ctx);
        } catch (const std::exception& e) {
            write = fail(Error::internal(QStringLiteral("%1: %2 failed with an internal error: %3")
                                             .arg(symbol, step.name(), QString::fromUtf8(e.what()))));
        } catch (...) {
            write = fail(Error::internal(
                QStringLiteral("%1: %2 failed with an internal error").arg(symbol, step.name())));
        }
        const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        if (failedStep >= 0) {
            return finishedHere(false); // the step's flushWrites() failed: recorded at the earlier step
        }
        if (!write) {
            if (write.error().code == ErrorCode::Cancelled && ctx.isCanceled()) {
                // Stopped by the cancel itself: the step stays pending for a resume.
                writer.submit(symbol, std::move(pending), false);
                return;
            }
            if (write.error().code == ErrorCode::Storage) {
                // Reading or writing the store failed under the step (disk full, I/O error): not this
                // symbol's failure. Stop the run at once; what is pending stays pending.
                spdlog::error("run {}: {} at {}: {}", runId, symbol, step.name(), write.error().message);
                ctx.abort(write.error());
                writer.submit(symbol, std::move(pending), false);
                return;
            }
            if (TaskStep::isSkip(write.error())) {
                pending.push_back(
                    {i, OutcomeStatus::Skipped, {}, TaskStep::skipReason(write.error()), seconds});
                continue;
            }
            if (!flush()) {
                return finishedHere(false);
            }
            spdlog::warn("run {}: {} failed at {}: {}", runId, symbol, step.name(), write.error().message);
            recordAlone(db, runId, i, symbol, OutcomeStatus::Failed, write.error().message, seconds, ctx);
            ctx.stepOutcome(i, OutcomeStatus::Failed);
            return finishedHere(false);
        }
        pending.push_back({i, OutcomeStatus::Done, std::move(*write), {}, seconds});
    }
    writer.submit(symbol, std::move(pending), true);
}

} // namespace

TaskRunner::TaskRunner(Store::DatabasePtr db)
    : m_db(std::move(db))
{}

double TaskRunner::estimateSeconds(const QString& kind, int count, int maxWorkers) const
{
    Q_UNUSED(maxWorkers) // per-symbol wall time was measured with the workers of those runs
    auto perSymbol = Store::RunRepository(*m_db).secondsPerSymbol(kind);
    if (!perSymbol || !perSymbol->has_value()) {
        return -1;
    }
    return **perSymbol * count;
}

Result<int> TaskRunner::recoverInterrupted(const Store::Database& db)
{
    auto marked = Store::RunRepository(db).markInterrupted();
    if (marked && *marked > 0) {
        spdlog::warn("{} run(s) left running by a stopped process are now marked interrupted (resumable)",
                     *marked);
    }
    return marked;
}

Result<int> TaskRunner::recoverIfNoWriter(const Store::Database& db)
{
    auto lock = Store::WriteLock::acquire(db.path());
    if (!lock) {
        return 0; // another process writes: its runs are alive, or it recovers them itself
    }
    return recoverInterrupted(db);
}

Result<RunResult>
TaskRunner::start(const QString& kind, const QJsonObject& params, const RunOptions& options, TaskContext& ctx)
{
    const TaskKind* k = TaskRegistry::find(kind);
    if (!k) {
        return fail(Error::invalidInput(QStringLiteral("unknown task kind '%1'").arg(kind)));
    }
    auto plan = k->build(m_db, params, {});
    if (!plan) {
        return fail(plan.error());
    }
    Store::RunRepository runs(*m_db);
    Store::RunRepository::NewRun run;
    run.kind = kind;
    run.params = params;
    run.trigger = options.trigger;
    run.symbols = plan->symbols;
    for (const auto& step : plan->steps) {
        run.steps << step->name();
    }
    run.estimatedSeconds =
        estimateSeconds(kind, static_cast<int>(plan->symbols.size()), workerCount(options));
    auto runId = runs.create(run);
    if (!runId) {
        return fail(runId.error());
    }
    QList<QPair<QString, int>> work;
    for (const QString& s : plan->symbols) {
        work.append({s, 0});
    }
    return execute(*runId, kind, *plan, work, options, run.estimatedSeconds, ctx);
}

Result<RunResult> TaskRunner::resume(qint64 runId, const RunOptions& options, TaskContext& ctx)
{
    Store::RunRepository runs(*m_db);
    auto record = runs.get(runId);
    if (!record) {
        return fail(record.error());
    }
    if (!record->has_value()) {
        return fail(Error::notFound(QStringLiteral("no run %1").arg(runId)));
    }
    const RunRecord& r = **record;
    if (r.status == RunStatus::Running) {
        return fail(Error::invalidInput(
            QStringLiteral(
                "run %1 is still marked running by pid %2; if that process is gone, restart to mark it "
                "interrupted")
                .arg(runId)
                .arg(r.pid)));
    }
    auto work = runs.pendingWork(runId);
    if (!work) {
        return fail(work.error());
    }
    if (work->isEmpty()) {
        return fail(Error::invalidInput(
            QStringLiteral("run %1 has nothing left to do (%2)").arg(runId).arg(toString(r.status))));
    }
    const TaskKind* k = TaskRegistry::find(r.kind);
    if (!k) {
        return fail(
            Error::invalidInput(QStringLiteral("run %1 is of unknown kind '%2'").arg(runId).arg(r.kind)));
    }
    QStringList only;
    for (const auto& [symbol, step] : *work) {
        only << symbol;
    }
    auto plan = k->build(m_db, r.params, only);
    if (!plan) {
        return fail(plan.error());
    }
    if (auto ok = runs.markRunning(runId); !ok) {
        return fail(ok.error());
    }
    spdlog::info("run {}: resuming {} {} symbol(s) left of {}", runId, r.kind, work->size(), r.total);
    return execute(runId,
                   r.kind,
                   *plan,
                   *work,
                   options,
                   estimateSeconds(r.kind, static_cast<int>(work->size()), workerCount(options)),
                   ctx);
}

Result<RunResult> TaskRunner::retryFailed(qint64 runId, const RunOptions& options, TaskContext& ctx)
{
    Store::RunRepository runs(*m_db);
    auto record = runs.get(runId);
    if (!record) {
        return fail(record.error());
    }
    if (!record->has_value()) {
        return fail(Error::notFound(QStringLiteral("no run %1").arg(runId)));
    }
    const RunRecord& r = **record;
    auto failed = runs.failedWork(runId);
    if (!failed) {
        return fail(failed.error());
    }
    if (failed->isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("run %1 has no failed symbols to retry").arg(runId)));
    }
    const TaskKind* k = TaskRegistry::find(r.kind);
    if (!k) {
        return fail(
            Error::invalidInput(QStringLiteral("run %1 is of unknown kind '%2'").arg(runId).arg(r.kind)));
    }
    QStringList only;
    QList<int> firstSteps;
    for (const auto& [symbol, step] : *failed) {
        only << symbol;
        firstSteps << step;
    }
    auto plan = k->build(m_db, r.params, only);
    if (!plan) {
        return fail(plan.error());
    }
    Store::RunRepository::NewRun run;
    run.kind = r.kind;
    run.params = r.params;
    run.trigger = QStringLiteral("retry");
    run.parentRunId = runId;
    run.symbols = only;
    run.firstStep = firstSteps;
    for (const auto& step : plan->steps) {
        run.steps << step->name();
    }
    run.estimatedSeconds = estimateSeconds(r.kind, static_cast<int>(only.size()), workerCount(options));
    auto newId = runs.create(run);
    if (!newId) {
        return fail(newId.error());
    }
    spdlog::info("run {}: retrying {} failed symbol(s) of run {}", *newId, only.size(), runId);
    return execute(*newId, r.kind, *plan, *failed, options, run.estimatedSeconds, ctx);
}

Result<RunResult> TaskRunner::execute(qint64 runId,
                                      const QString& kind,
                                      TaskPlan& plan,
                                      const QList<QPair<QString, int>>& work,
                                      const RunOptions& options,
                                      double estimatedSeconds,
                                      TaskContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    QStringList stepNames;
    for (const auto& step : plan.steps) {
        stepNames << step->name();
    }
    const int workers = workerCount(options);
    spdlog::info("run {}: {} over {} symbol(s), steps {}, {} worker(s), estimate {}",
                 runId,
                 kind,
                 work.size(),
                 stepNames.join(QStringLiteral(" > ")),
                 workers,
                 estimatedSeconds < 0 ? QStringLiteral("none yet")
                                      : QString::number(estimatedSeconds, 'f', 1) + u's');
    for (const QString& note : plan.notes) {
        spdlog::info("run {}: {}", runId, note);
    }
    ctx.beginRun(runId, stepNames, work.size(), estimatedSeconds);

    std::vector<qsizetype> indexes(static_cast<size_t>(work.size()));
    std::iota(indexes.begin(), indexes.end(), qsizetype{0});
    {
        SymbolWriter writer(*m_db, runId, ctx);
        QThreadPool pool;
        pool.setMaxThreadCount(workers);
        QtConcurrent::blockingMap(&pool, indexes, [&](qsizetype i) {
            if (ctx.isCanceled()) {
                return;
            }
            const auto& [symbol, firstStep] = work[i];
            runSymbol(*m_db, runId, plan, symbol, firstStep, ctx, writer);
        });
    } // the writer commits what is queued before it goes
    ctx.finish();

    Store::RunRepository runs(*m_db);
    std::optional<Error> fault = ctx.fault();
    bool cancelled = ctx.isCanceled() && !fault;
    QString message;
    if (fault) {
        message = fault->message;
        spdlog::error("run {}: stopped: {}", runId, message);
    }
    QStringList done;
    QStringList finishNotes;
    if (!ctx.isCanceled() && (plan.finish || plan.report || plan.compute)) {
        // Symbols done over the whole run (a resumed run finished some of them earlier).
        auto outcomes = runs.outcomes(runId, false);
        if (outcomes) {
            QSet<QString> failedSymbols;
            for (const auto& o : *outcomes) {
                if (o.status == OutcomeStatus::Failed || o.status == OutcomeStatus::Pending) {
                    failedSymbols.insert(o.symbol);
                }
            }
            for (const auto& o : *outcomes) {
                if (!failedSymbols.contains(o.symbol) && (done.isEmpty() || done.last() != o.symbol)) {
                    done << o.symbol;
                }
            }
        }
    }
    if (!ctx.isCanceled() && plan.compute) {
        // Pooled work outside any transaction (TaskPlan::compute); a cancel during it cancels the run.
        auto computed = plan.compute(ctx, done, finishNotes);
        fault = ctx.fault();
        cancelled = ctx.isCanceled() && !fault;
        if (!computed && !cancelled) {
            message = computed.error().message;
            spdlog::error("run {}: {}", runId, message);
        }
    }
    if (!ctx.isCanceled() && plan.finish && message.isEmpty()) {
        Store::Transaction tx(*m_db);
        auto finished = plan.finish(*m_db, done, finishNotes);
        if (finished) {
            finished = tx.commit();
        }
        if (!finished) {
            message = QStringLiteral("finishing the run failed: %1").arg(finished.error().message);
            spdlog::error("run {}: {}", runId, message);
            finishNotes.clear(); // rolled back with the rest of the finish
        }
        for (const QString& note : finishNotes) {
            spdlog::info("run {}: {}", runId, note);
        }
    }
    if (!ctx.isCanceled() && plan.report && message.isEmpty()) {
        for (const QString& note : plan.report(*m_db, done)) {
            spdlog::info("run {}: {}", runId, note);
            plan.notes << note;
        }
    }
    auto record = runs.get(runId);
    if (!record || !record->has_value()) {
        return fail(record ? Error::database(QStringLiteral("run %1 vanished").arg(runId)) : record.error());
    }
    RunRecord r = **record;
    RunStatus status = RunStatus::Done;
    if (fault) {
        status = RunStatus::Failed;
    } else if (cancelled) {
        status = RunStatus::Cancelled;
    } else if (!message.isEmpty()) {
        status = RunStatus::Failed;
    } else if (r.failed > 0) {
        status = RunStatus::DoneWithFailures;
    }
    if (auto f = runs.finish(runId, status, message); !f) {
        if (!fault) {
            return fail(f.error());
        }
        // The store still fails: the run stays "running" in the file until the next start marks it
        // interrupted; either way it resumes from what was committed.
        spdlog::error("run {}: cannot record its end: {}", runId, f.error().message);
    }
    // A quiet point: copy the run's WAL into the database and give its disk space back (waits at most
    // briefly for readers such as the GUI; without it the WAL is copied later).
    m_db->truncateWal();
    RunResult result;
    result.runId = runId;
    result.kind = kind;
    result.status = status;
    result.total = r.total;
    result.done = r.done;
    result.failed = r.failed;
    result.pending = r.pending;
    result.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    result.estimatedSeconds = estimatedSeconds;
    result.notes = plan.notes + finishNotes;
    result.fault = fault;
    if (auto problems = runs.outcomes(runId, true); problems) {
        for (const auto& o : *problems) {
            if (o.status == OutcomeStatus::Failed) {
                result.failures << o;
            }
        }
    }
    spdlog::info("run {}: {} — {} done, {} failed, {} pending of {} in {:.2f} s",
                 runId,
                 toString(status),
                 result.done,
                 result.failed,
                 result.pending,
                 result.total,
                 result.seconds);
    return result;
}

} // namespace Tessera::Tasks
