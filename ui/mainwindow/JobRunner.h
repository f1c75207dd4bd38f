#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include "core/common/Result.h"
#include "core/tasks/RunTypes.h"
#include "core/tasks/TaskContext.h"

namespace Tessera::Ui {

/** What a finished background job reports to the user. */
struct JobOutcome
{
    QString summary; ///< one or two lines: "50 symbols loaded, 0 failed, 25,000 bars in 1.2 s"
    QString details; ///< failed tickers with their reasons, one per line (the message box's details)
    int failed = 0;  ///< units that failed
    bool cancelled = false;
    bool dataChanged = true; ///< the universe table should be refreshed
    qint64 runId = 0;        ///< the recorded task run, 0 for jobs that are not runs (imports of lists)
    std::optional<Tasks::RunStatus> runStatus; ///< set for task runs
    bool stoppedByStorage = false; ///< the run stopped because the disk or the database file failed
};

/** A job body: runs on a worker thread, checks ctx for cancel, reports progress through it. */
using JobFunction = std::function<Result<JobOutcome>(Tasks::TaskContext& ctx)>;

/** Who asked for a job: decides what the window shows about it. */
enum class JobOrigin
{
    User,         ///< a button or menu: progress, and a summary when it ends
    Schedule,     ///< the scheduler: progress and a tray notification, no summary box
    Housekeeping, ///< start-up chores (marking interrupted runs): nothing shown
};

/** A queued or running job. */
struct Job
{
    QString title;
    JobFunction body;
    JobOrigin origin = JobOrigin::User;
    /** Called on the GUI thread when the job starts running (after it waited in the queue). */
    std::function<void()> onStarted;
    /** Called on the GUI thread when it ended, before finished()/failed() are emitted. */
    std::function<void(const Result<JobOutcome>&)> onFinished;
};

/** What the signals say about a job. */
struct JobInfo
{
    quint64 id = 0;
    QString title;
    JobOrigin origin = JobOrigin::User;
};

/**
 * Runs writing jobs one at a time, in the order they were queued, on its own worker thread, holding
 * the database's write lock (core/store/WriteLock) for each job so the CLI and a second GUI wait their
 * turn. A job queued while another runs (a scheduled run during a manual load) starts when the runner
 * is free.
 *
 * Progress arrives from the worker through TaskContext (already throttled to ~10/s) and is queued to
 * the GUI thread as progressChanged(). cancel() only raises the running job's flag: the engine stops
 * handing out new symbols and the job finishes with what it completed (the run ends "cancelled").
 * Destroying the runner drops the queue, cancels the running job and waits for it, so no worker
 * outlives the objects it reports to.
 */
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QString databasePath, QObject* parent = nullptr);
    ~JobRunner() override;

    bool isRunning() const { return m_running.has_value(); }
    /** Running or with jobs waiting. */
    bool isBusy() const { return isRunning() || !m_queue.empty(); }
    int queuedCount() const { return static_cast<int>(m_queue.size()); }
    /** Title of the running job, or empty. */
    QString title() const { return m_running ? m_running->title : QString(); }
    /** The running job, if any. */
    std::optional<JobInfo> current() const { return m_running; }
    /** The last progress of the running job (empty progress when none reported yet). */
    Tasks::TaskProgress lastProgress() const { return m_lastProgress; }

    /** Starts the job now when idle, else queues it. Returns its id. */
    quint64 enqueue(Job job);
    /** Starts a user job only when nothing runs or waits; returns false (and does nothing) otherwise. */
    bool start(const QString& title, JobFunction job);
    /** Asks the running job to stop; queued jobs stay queued. */
    void cancel();

signals:
    void started(const Tessera::Ui::JobInfo& job);
    void progressChanged(const Tessera::Tasks::TaskProgress& progress);
    void finished(const Tessera::Ui::JobInfo& job, const Tessera::Ui::JobOutcome& outcome);
    /** The job could not run or stopped with an error (busy database, unreadable file, ...). */
    void failed(const Tessera::Ui::JobInfo& job, const QString& message);
    /** Nothing runs and nothing waits any more. */
    void idle();

private:
    void startNext();
    void onWorkerDone(Result<JobOutcome> result);

    QString m_databasePath;
    QThreadPool m_pool;
    std::deque<std::pair<JobInfo, Job>> m_queue;
    std::optional<JobInfo> m_running;
    Job m_runningJob;
    Tasks::TaskProgress m_lastProgress;
    std::shared_ptr<Tasks::TaskContext> m_context;
    QFuture<Result<JobOutcome>>
        m_worker; ///< the worker itself (the destructor waits on it, not on the GUI continuation)
    quint64 m_nextId = 1;
};

} // namespace Tessera::Ui
