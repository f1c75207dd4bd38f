#pragma once

#include <optional>

#include <QJsonObject>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/store/RunRecords.h"

namespace Tessera::Store {

/**
 * Persistence of task runs (runs, run_steps, run_symbols): what ran, when, with which parameters,
 * and the outcome of every symbol in every step. The seed-003 pipeline_execution_tracking, made
 * resumable: a run is created with every (symbol, step) pending, and each outcome is written in the
 * same transaction as the step's data, so after a kill the pending rows are exactly the work left.
 * Works on the calling thread's connection.
 */
class RunRepository
{
public:
    explicit RunRepository(const Database& db)
        : m_db(db)
    {}

    /** A new run with (symbol, step) rows pending for every symbol and step index in stepsPerSymbol. */
    struct NewRun
    {
        QString kind;
        QJsonObject params;
        QString trigger;
        qint64 parentRunId = 0;
        QStringList steps;
        QStringList symbols;
        /** First step each symbol starts at (retry of a failed step); empty = every symbol from step 0. */
        QList<int> firstStep;
        double estimatedSeconds = -1;
    };
    [[nodiscard]] Result<qint64> create(const NewRun& run);

    /** Marks the run running in this process (pid, host) — on create and on resume. */
    [[nodiscard]] Result<void> markRunning(qint64 runId);
    [[nodiscard]] Result<void> finish(qint64 runId, RunStatus status, const QString& message = {});

    /**
     * Records a symbol's outcome in one step. Call inside the symbol's transaction so the outcome
     * commits with the step's data. A failure also marks the symbol's later pending steps skipped.
     */
    [[nodiscard]] Result<void> recordOutcome(qint64 runId,
                                             int stepIndex,
                                             const QString& symbol,
                                             OutcomeStatus status,
                                             const QString& reason,
                                             double seconds);

    /** Work left: per symbol (in run order) the first pending step index. */
    [[nodiscard]] Result<QList<QPair<QString, int>>> pendingWork(qint64 runId);

    /** Per failed symbol, the step that failed (for "retry failed"). */
    [[nodiscard]] Result<QList<QPair<QString, int>>> failedWork(qint64 runId);

    [[nodiscard]] Result<std::optional<RunRecord>> get(qint64 runId);
    /** Most recent first. kind empty = all kinds. */
    [[nodiscard]] Result<QList<RunRecord>> list(int limit = 50, const QString& kind = {});
    /** The task kinds that have runs, sorted. */
    [[nodiscard]] Result<QStringList> kinds();
    [[nodiscard]] Result<QList<StepRecord>> steps(qint64 runId);
    /** Outcomes of a run; onlyProblems = failed and skipped-after-failure rows only. */
    [[nodiscard]] Result<QList<SymbolOutcomeRecord>> outcomes(qint64 runId, bool onlyProblems);

    /**
     * Runs left "running" by a process that died become "interrupted". Call only while holding the
     * write lock (then no live process can be running them). Returns how many were marked.
     */
    [[nodiscard]] Result<int> markInterrupted();

    /**
     * Wall seconds per symbol of the last finished runs of kind (up to 5, runs of at least one
     * symbol), for the estimate shown at start; nullopt when there is no history.
     */
    [[nodiscard]] Result<std::optional<double>> secondsPerSymbol(const QString& kind);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
