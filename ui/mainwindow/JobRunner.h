#pragma once

#include <functional>
#include <memory>

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include "core/common/Result.h"
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
};

/** A job body: runs on a worker thread, checks ctx for cancel, reports progress through it. */
using JobFunction = std::function<Result<JobOutcome>(Tasks::TaskContext& ctx)>;

/**
 * Runs one writing job at a time on its own worker thread, holding the database's write lock
 * (core/store/WriteLock) for the duration so the CLI and a second GUI wait their turn.
 *
 * Progress arrives from the worker through TaskContext (already throttled to ~10/s) and is queued to
 * the GUI thread as progressChanged(). cancel() only raises the flag: the engine stops handing out new
 * symbols and the job finishes with what it completed. Destroying the runner cancels and waits, so
 * no worker outlives the objects it reports to.
 */
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QString databasePath, QObject* parent = nullptr);
    ~JobRunner() override;

    bool isRunning() const { return m_running; }
    QString title() const { return m_title; }

    /** Starts a job; returns false (and does nothing) when one is already running. */
    bool start(const QString& title, JobFunction job);
    void cancel();

signals:
    void started(const QString& title);
    void progressChanged(const Tessera::Tasks::TaskProgress& progress);
    void finished(const QString& title, const Tessera::Ui::JobOutcome& outcome);
    /** The job could not run or stopped with an error (busy database, unreadable file, ...). */
    void failed(const QString& title, const QString& message);

private:
    QString m_databasePath;
    QThreadPool m_pool;
    std::shared_ptr<Tasks::TaskContext> m_context;
    QFuture<Result<JobOutcome>>
        m_worker; ///< the worker itself (the destructor waits on it, not on the GUI continuation)
    QString m_title;
    bool m_running = false;
};

} // namespace Tessera::Ui
