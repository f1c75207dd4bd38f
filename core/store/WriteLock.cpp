#include "core/store/WriteLock.h"

namespace Tessera::Store {

WriteLock::WriteLock(QString path, std::unique_ptr<QLockFile> file)
    : m_path(std::move(path))
    , m_file(std::move(file))
{}

WriteLock::~WriteLock()
{
    m_file->unlock();
}

Result<std::unique_ptr<WriteLock>> WriteLock::acquire(const QString& databasePath)
{
    const QString path = databasePath + QStringLiteral(".lock");
    auto file = std::make_unique<QLockFile>(path);
    // A lock older than this whose owner is gone is stale; QLockFile also checks that the pid lives.
    file->setStaleLockTime(0);
    if (file->tryLock(0)) {
        return std::unique_ptr<WriteLock>(new WriteLock(path, std::move(file)));
    }
    if (file->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        file->getLockInfo(&pid, &host, &app);
        return fail(
            Error::busy(QStringLiteral("the database %1 is being written by %2 (pid %3 on %4); wait for it "
                                       "to finish or close it, then try again")
                            .arg(databasePath, app.isEmpty() ? QStringLiteral("another process") : app)
                            .arg(pid)
                            .arg(host)));
    }
    return fail(Error::io(
        QStringLiteral("cannot create the lock file %1 (permission denied or read-only folder)").arg(path)));
}

} // namespace Tessera::Store
