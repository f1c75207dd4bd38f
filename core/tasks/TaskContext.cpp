#include "core/tasks/TaskContext.h"

#include <algorithm>

namespace Tessera::Tasks {
namespace {
constexpr qint64 kReportIntervalMs = 100; // ~10 updates a second: enough to look live, cheap to draw
}

TaskContext::TaskContext(ProgressCallback callback)
    : m_callback(std::move(callback))
{}

void TaskContext::cancel()
{
    m_canceled.store(true, std::memory_order_relaxed);
    TaskProgress p;
    {
        std::lock_guard lock(m_mutex);
        p = snapshotLocked();
    }
    // Tell the UI at once that the request was seen; the run stops after the steps in flight.
    deliver(p);
}

void TaskContext::abort(const Error& fault)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_fault) {
            m_fault = fault;
        }
    }
    m_canceled.store(true, std::memory_order_relaxed);
}

std::optional<Error> TaskContext::fault() const
{
    std::lock_guard lock(m_mutex);
    return m_fault;
}

void TaskContext::beginRun(qint64 runId, const QStringList& steps, qint64 total, double estimatedSeconds)
{
    TaskProgress p;
    {
        std::lock_guard lock(m_mutex);
        m_progress = TaskProgress{};
        m_progress.runId = runId;
        m_progress.total = total;
        m_progress.estimatedSeconds = estimatedSeconds;
        m_progress.step = steps.value(0);
        for (const QString& name : steps) {
            m_progress.steps.append(StepProgress{name, 0, 0, 0});
        }
        m_clock.start();
        m_lastReportMs = 0;
        p = snapshotLocked();
    }
    deliver(p);
}

void TaskContext::stepOutcome(int stepIndex, OutcomeStatus status)
{
    std::lock_guard lock(m_mutex);
    if (stepIndex < 0 || stepIndex >= m_progress.steps.size()) {
        return;
    }
    StepProgress& step = m_progress.steps[stepIndex];
    m_progress.step = step.name;
    switch (status) {
    case OutcomeStatus::Done:
        ++step.done;
        break;
    case OutcomeStatus::Failed:
        ++step.failed;
        break;
    case OutcomeStatus::Skipped:
        ++step.skipped;
        break;
    case OutcomeStatus::Pending:
        break;
    }
}

void TaskContext::setProgressCallback(ProgressCallback callback)
{
    std::lock_guard lock(m_mutex);
    m_callback = std::move(callback);
}

void TaskContext::beginStep(const QString& step, qint64 total)
{
    TaskProgress p;
    {
        std::lock_guard lock(m_mutex);
        m_progress = TaskProgress{};
        m_progress.step = step;
        m_progress.total = total;
        m_clock.start();
        m_lastReportMs = 0;
        p = snapshotLocked();
    }
    deliver(p);
}

void TaskContext::unitFinished(const QString& item, bool ok)
{
    TaskProgress p;
    bool report = false;
    {
        std::lock_guard lock(m_mutex);
        (ok ? m_progress.done : m_progress.failed) += 1;
        m_progress.item = item;
        const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
        if (now - m_lastReportMs >= kReportIntervalMs) {
            m_lastReportMs = now;
            report = true;
            p = snapshotLocked();
        }
    }
    if (report) {
        deliver(p);
    }
}

void TaskContext::finish()
{
    TaskProgress p;
    {
        std::lock_guard lock(m_mutex);
        p = snapshotLocked();
    }
    deliver(p);
}

TaskProgress TaskContext::progress() const
{
    std::lock_guard lock(m_mutex);
    return snapshotLocked();
}

TaskProgress TaskContext::snapshotLocked() const
{
    TaskProgress p = m_progress;
    p.cancelRequested = isCanceled();
    p.elapsedSeconds = m_clock.isValid() ? static_cast<double>(m_clock.nsecsElapsed()) / 1e9 : 0.0;
    const qint64 finished = p.finished();
    if (p.elapsedSeconds > 0.0 && finished > 0) {
        p.ratePerSecond = static_cast<double>(finished) / p.elapsedSeconds;
        if (p.total > 0) {
            p.etaSeconds = static_cast<double>(std::max<qint64>(0, p.total - finished)) / p.ratePerSecond;
        }
    } else if (p.estimatedSeconds >= 0) {
        // Before the first symbol finishes, the estimate from earlier runs is the best ETA there is.
        p.etaSeconds = std::max(0.0, p.estimatedSeconds - p.elapsedSeconds);
    }
    return p;
}

void TaskContext::deliver(const TaskProgress& p)
{
    ProgressCallback callback;
    {
        std::lock_guard lock(m_mutex);
        callback = m_callback;
    }
    if (callback) {
        callback(p);
    }
}

} // namespace Tessera::Tasks
