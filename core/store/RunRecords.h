#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Tessera::Store {

// The records of task runs as the store keeps them (runs, run_steps, run_symbols). They live here, below
// tasks/, so the store never includes task types; tasks/RunTypes.h brings them into Tessera::Tasks.

/** Lifecycle of a run, as stored in runs.status. */
enum class RunStatus
{
    Running,
    Done,             ///< every symbol done (or skipped as up to date)
    DoneWithFailures, ///< finished; some symbols failed (listed with reasons)
    Cancelled,        ///< stopped by the user; remaining symbols stay pending (resumable)
    Interrupted,      ///< found "running" at start-up: the process died (kill, crash, power loss); resumable
    Failed,           ///< could not run (bad parameters, provider unavailable) or was stopped by a storage
                      ///< fault (disk full, I/O error; resumable: its pending symbols wait)
};

/** Outcome of one symbol in one step (run_symbols.status). */
enum class OutcomeStatus
{
    Pending,
    Done,
    Failed,
    Skipped, ///< not needed (up to date) or not reached because an earlier step of the symbol failed
};

QString toString(RunStatus s);
RunStatus runStatusFromString(const QString& s);
QString toString(OutcomeStatus s);
OutcomeStatus outcomeStatusFromString(const QString& s);

/** True for statuses a run can be resumed from (pending work may remain; check pending > 0). */
bool isResumable(RunStatus s);

/** One stored run (a row of runs, with counts aggregated from run_symbols). */
struct RunRecord
{
    qint64 id = 0;
    QString kind;
    QJsonObject params;
    RunStatus status = RunStatus::Running;
    QString trigger; ///< manual, cli, schedule, retry, resume
    qint64 parentRunId = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    double estimatedSeconds = -1; ///< estimate shown at start, -1 when there was no history
    qint64 pid = 0;
    QString host;
    QString message;   ///< run-level error or note
    QStringList steps; ///< step names in order
    int total = 0;     ///< symbols in the run
    int done = 0;      ///< symbols with every step done or skipped
    int failed = 0;    ///< symbols with a failed step
    int pending = 0;   ///< symbols with work left (cancelled/interrupted runs)

    double seconds() const;
};

/** One step of a run with its timing and counts. */
struct StepRecord
{
    int index = 0;
    QString name;
    QDateTime startedAt;
    QDateTime finishedAt;
    double seconds = 0; ///< summed per-symbol time spent in the step (CPU-ish, across workers)
    int done = 0;
    int failed = 0;
    int skipped = 0;
    int pending = 0;
};

/** The outcome of one symbol in one step. */
struct SymbolOutcomeRecord
{
    QString symbol;
    int stepIndex = 0;
    QString step;
    OutcomeStatus status = OutcomeStatus::Pending;
    QString reason;
    double seconds = 0;
    QDateTime finishedAt;
};

} // namespace Tessera::Store
