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
    if (m_context) {
        m_context->cancel();
    }
    m_worker.waitForFinished();
}

bool JobRunner::start(const QString& title, JobFunction job)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_title = title;
    m_context = std::make_shared<Tasks::TaskContext>();
    QPointer<JobRunner> self(this);
    // Runs on a worker thread: queue each progress snapshot to the GUI thread. A queued call to a
    // deleted receiver is dropped by Qt, and the destructor waits for the worker anyway.
    m_context->setProgressCallback([self](const Tasks::TaskProgress& progress) {
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, progress] {
                    if (self) {
                        emit self->progressChanged(progress);
                    }
                },
                Qt::QueuedConnection);
        }
    });

    const QString databasePath = m_databasePath;
    std::shared_ptr<Tasks::TaskContext> context = m_context;
    m_worker = QtConcurrent::run(
        &m_pool, [job = std::move(job), databasePath, context, title]() -> Result<JobOutcome> {
            auto lock = Store::WriteLock::acquire(databasePath);
            if (!lock) {
                return fail(lock.error());
            }
            // Nothing may escape a worker (STYLE.md §4): library exceptions become an Error here.
            try {
                return job(*context);
            } catch (const std::exception& e) {
                spdlog::error("job '{}' threw: {}", title, e.what());
                return fail(Error::internal(
                    QStringLiteral("%1 failed unexpectedly: %2").arg(title, QString::fromUtf8(e.what()))));
            } catch (...) {
                spdlog::error("job '{}' threw an unknown exception", title);
                return fail(Error::internal(QStringLiteral("%1 failed unexpectedly").arg(title)));
            }
        });
    m_worker.then(this, [self, title](Result<JobOutcome> result) {
        if (!self) {
            return;
        }
        self->m_running = false;
        self->m_context.reset();
        if (result) {
            emit self->finished(title, *result);
        } else {
            emit self->failed(title, result.error().message);
        }
    });
    emit started(title);
    return true;
}

void JobRunner::cancel()
{
    if (m_context) {
        m_context->cancel();
    }
}

} // namespace Tessera::Ui
