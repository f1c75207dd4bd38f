#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/tasks/RunTypes.h"

namespace Tessera::Tasks {

/** Counts of one step of a run, for the per-step progress rows of the operations view. */
struct StepProgress
{
    QString name;
    qint64 done = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
};

/** A snapshot of a running task's progress, as the UI, the CLI progress bar and logs show it. */
struct TaskProgress
{
    qint64 done = 0;   ///< units finished successfully
    qint64 failed = 0; ///< units finished with an error
    qint64 total = 0;  ///< units planned (0 = unknown yet)
    QString step;      ///< current step name ("load", "indicators", ...)
    QString item;      ///< last unit finished (a ticker)
    double elapsedSeconds = 0.0;
    double ratePerSecond = 0.0;     ///< finished units per second so far
    double etaSeconds = -1.0;       ///< estimated seconds left, -1 when unknown
    qint64 runId = 0;               ///< the persisted run, 0 for work that is not a recorded run
    double estimatedSeconds = -1.0; ///< estimate made at start from earlier runs, -1 when none
    QList<StepProgress> steps;      ///< per-step counts of a run (empty for single-step work)
    bool cancelRequested = false;

    qint64 finished() const { return done + failed; }
};

/**
 * What an engine function gets to cooperate with its runner: a cancel flag it checks between units,
 * and a progress sink. Engine code stays synchronous and testable; the runner decides the threads.
 *
 * Thread-safe: workers on a pool call unitFinished() concurrently; cancel() may come from any thread
 * (the GUI's cancel button, the CLI's SIGINT handler). Progress callbacks are throttled to about ten a
 * second (the last one is always delivered by finish()) and run on the reporting worker's thread.
 */
class TaskContext
{
public:
    using ProgressCallback = std::function<void(const TaskProgress&)>;

    TaskContext() = default;
    explicit TaskContext(ProgressCallback callback);

    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    void cancel();

    /**
     * Stops the run at once because the store failed under it (disk full, I/O error, read-only file):
     * like cancel(), so no further symbol or step starts and nothing more is committed, but the run
     * ends `failed` with this error instead of `cancelled`. The first fault wins. Thread-safe.
     */
    void abort(const Error& fault);
    /** The fault abort() was given, if any. */
    std::optional<Error> fault() const;

    void setProgressCallback(ProgressCallback callback);

    /** Starts (or restarts) a step of total units; resets counters and the clock used for rate and ETA. */
    void beginStep(const QString& step, qint64 total);
    /** Starts a recorded run of total symbols through steps; resets counters and the clock. */
    void beginRun(qint64 runId, const QStringList& steps, qint64 total, double estimatedSeconds);
    /** Counts one symbol's outcome in one step (no report of its own; unitFinished reports). */
    void stepOutcome(int stepIndex, OutcomeStatus status);
    /** Records one finished unit; reports progress if the throttle allows. */
    void unitFinished(const QString& item, bool ok);
    /** Delivers the final progress of the step regardless of the throttle. */
    void finish();

    TaskProgress progress() const;

private:
    TaskProgress snapshotLocked() const;
    void deliver(const TaskProgress& p);

    std::atomic<bool> m_canceled{false};
    std::optional<Error> m_fault; ///< guarded by m_mutex
    mutable std::mutex m_mutex;
    ProgressCallback m_callback;
    TaskProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1000;
};

} // namespace Tessera::Tasks
