#pragma once

#include <atomic>
#include <functional>
#include <mutex>

#include <QElapsedTimer>
#include <QString>

namespace Tessera::Tasks {

/** A snapshot of a running task's progress, as the UI, the CLI progress bar and logs show it. */
struct TaskProgress
{
    qint64 done = 0;   ///< units finished successfully
    qint64 failed = 0; ///< units finished with an error
    qint64 total = 0;  ///< units planned (0 = unknown yet)
    QString step;      ///< current step name ("load", "indicators", ...)
    QString item;      ///< last unit finished (a ticker)
    double elapsedSeconds = 0.0;
    double ratePerSecond = 0.0; ///< finished units per second so far
    double etaSeconds = -1.0;   ///< estimated seconds left, -1 when unknown

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
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }

    void setProgressCallback(ProgressCallback callback);

    /** Starts (or restarts) a step of total units; resets counters and the clock used for rate and ETA. */
    void beginStep(const QString& step, qint64 total);
    /** Records one finished unit; reports progress if the throttle allows. */
    void unitFinished(const QString& item, bool ok);
    /** Delivers the final progress of the step regardless of the throttle. */
    void finish();

    TaskProgress progress() const;

private:
    TaskProgress snapshotLocked() const;
    void deliver(const TaskProgress& p);

    std::atomic<bool> m_canceled{false};
    mutable std::mutex m_mutex;
    ProgressCallback m_callback;
    TaskProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1000;
};

} // namespace Tessera::Tasks
