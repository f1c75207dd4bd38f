#pragma once

#include <memory>

#include <QLockFile>
#include <QString>

#include "core/common/Result.h"

namespace Tessera::Store {

/**
 * The one-writer-process rule: a lock file next to the database ("<db>.lock") held by the process that
 * runs writing tasks (GUI or CLI). A second process gets a clear error naming the holder (pid, host,
 * program). A stale lock left by a killed process is detected by QLockFile and taken over.
 */
class WriteLock
{
public:
    /** Tries to take the lock for databasePath without waiting. */
    [[nodiscard]] static Result<std::unique_ptr<WriteLock>> acquire(const QString& databasePath);

    ~WriteLock();
    const QString& lockPath() const { return m_path; }

private:
    WriteLock(QString path, std::unique_ptr<QLockFile> file);
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace Tessera::Store
