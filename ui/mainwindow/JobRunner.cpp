#include "ui/mainwindow/JobRunner.h"

#include <exception>

#include <QPointer>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/store/WriteLock.h"

namespace Tessera::Ui {

JobRunner::JobRunner(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    // One job at a time; the engine inside the job brings its own pool for per-symbol work. The thread
    // never expires so its per-thread database connection stays valid (Database keys them by thread).
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

JobRunner::~JobRunner()
{
    m_queue.clear();
    if (m_context) {
        m_context->cancel();
    }
    m_worker.waitForFinished();
}

quint64 JobRunner::enqueue(Job job)
{
    JobInfo info{m_nextId++, job.title, job.origin};
    m_queue.emplace_back(info, std::move(job));
    if (!isRunning()) {
        startNext();
    } else {
        spdlog::info("'{}' queued: it starts when '{}' has finished", info.title, title());
    }
    return info.id;
}

bool JobRunner::start(const QString& title, JobFunction job)
{
    if (isBusy()) {
        return false;
    }
    enqueue(Job{title, std::move(job), JobOrigin::User, {}, {}});
    return true;
}

void JobRunner::startNext()
{
    if (isRunning() || m_queue.empty()) {
        return;
    }
    auto [info, job] = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = info;
    m_runningJob = std::move(job);
    m_lastProgress = {};
    m_context = std::make_shared<Tasks::TaskContext>();
    QPointer<JobRunner> self(this);
    // Runs on a worker thread: queue each progress snapshot to the GUI thread. A queued call to a
    // deleted receiver is dropped by Qt, and the destructor waits for the worker anyway.
    const quint64 id = info.id;
    m_context->setProgressCallback([self, id](const Tasks::TaskProgress& progress) {
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, progress, id] {
                    if (self && self->m_running && self->m_running->id == id) {
                        self->m_lastProgress = progress;
                        emit self->progressChanged(progress);
                    }
                },
                Qt::QueuedConnection);
        }
    });

    // Announce before the worker starts: Qt 6.4 runs a continuation at once when the future has
    // already finished as .then() is attached, so a job that ends instantly (a busy write lock) would
    // otherwise report finished before started.
    if (m_runningJob.onStarted) {
        m_runningJob.onStarted();
    }
    emit started(info);

    const QString databasePath = m_databasePath;
    std::shared_ptr<Tasks::TaskContext> context = m_context;
    const QString title = info.title;
    m_worker = QtConcurrent::run(
        &m_pool, [body = m_runningJob.body, databasePath, context, title]() -> Result<JobOutcome> {
            auto lock = Store::WriteLock::acquire(databasePath);
            if (!lock) {
                return fail(lock.error());
            }
            // Nothing may escape a worker (STYLE.md §4): library exceptions become an Error here.
            try {
                return body(*context);
            } catch (const std::exception& e) {
                spdlog::error("job '{}' threw: {}", title, e.what());
                return fail(Error::internal(
                    QStringLiteral("%1 failed unexpectedly: %2").arg(title, QString::fromUtf8(e.what()))));
            } catch (...) {
                spdlog::error("job '{}' threw an unknown exception", title);
                return fail(Error::internal(QStringLiteral("%1 failed unexpectedly").arg(title)));
            }
        });
    m_worker.then(this, [self](Result<JobOutcome> result) {
        if (self) {
            self->onWorkerDone(std::move(result));
        }
    });
}

void JobRunner::onWorkerDone(Result<JobOutcome> result)
{
    const JobInfo info = *m_running;
    const Job job = std::move(m_runningJob);
    m_running.reset();
    m_runningJob = {};
    m_context.reset();
    if (job.onFinished) {
        job.onFinished(result);
    }
    if (result) {
        emit finished(info, *result);
    } else {
        emit failed(info, result.error().message);
    }
    if (!isRunning()) {
        if (m_queue.empty()) {
            emit idle();
        } else {
            startNext();
        }
    }
}

void JobRunner::cancel()
{
    if (m_context) {
        m_context->cancel();
    }
}

} // namespace Tessera::Ui
