#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "core/common/Result.h"

namespace Tessera {

/** Whether AtomicFile::commit() waits for the data to reach the disk before the rename. */
enum class Durability
{
    /** fsync the file before the rename and the folder after it: after a power cut the target holds
     *  the old content or the whole new content. For files that cannot be derived again cheaply. */
    Synced,
    /** No fsync: a crash or a kill still never shows a half-written file under the final name, but a
     *  power cut may lose the newest content. For many small files that can be written again
     *  (a 503-symbol pipeline run writes 1,509 JSON documents; syncing each cost more than computing them).
     */
    Unsynced,
};

/**
 * Writes one file so that no reader ever sees it half-written and a failure never damages what was
 * there: the bytes go to a new temporary file in the target's folder, which commit() renames over the
 * target (rename(2) is atomic on one file system). Every file core writes goes through this class.
 *
 * The temporary is `.NAME.XXXXXX.tmp` (hidden, random), created with O_CREAT|O_EXCL|O_NOFOLLOW: an
 * existing file or a symbolic link at that name is never opened, so nothing can be planted to catch
 * the write. It gets the permissions of the file it replaces, or 0666 minus the umask for a new file.
 * On any failure, and when the object is destroyed without commit(), the temporary is removed and the
 * target is untouched.
 *
 * Symbolic links at the target: the link itself is replaced by the new regular file; its target is
 * never opened, written or truncated. (QSaveFile, which this replaces, resolves a link at the target
 * and writes the file it points to: a link planted in an export folder would let whoever planted it
 * overwrite any file the user can write.) Links in the folder part of the path are followed: the
 * folder is the user's choice (an export folder on another disk).
 *
 * Error messages name the file and the reason ("disk full", "permission denied", …). POSIX only.
 * Not thread-safe: one object per file and thread.
 */
class AtomicFile
{
public:
    explicit AtomicFile(QString path, Durability durability = Durability::Synced);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /** Creates the temporary file in the target's folder (the folder must exist). */
    [[nodiscard]] Result<void> open();
    /** Appends bytes to the temporary file. After a failure every later call fails too. */
    [[nodiscard]] Result<void> write(QByteArrayView bytes);
    /** Syncs (Durability::Synced), closes and renames the temporary over the target. */
    [[nodiscard]] Result<void> commit();
    /** Closes and removes the temporary; the target stays as it was. Safe to call at any time. */
    void discard();

    const QString& path() const { return m_path; }
    bool isOpen() const { return m_fd >= 0; }
    /** The temporary's path while open, else empty. */
    QString temporaryPath() const;

private:
    Error failure(const QString& action, int errorNumber);

    QString m_path;
    Durability m_durability;
    QByteArray m_target;    ///< m_path, encoded for the file system
    QByteArray m_temporary; ///< the temporary's path, encoded; empty when none exists
    int m_fd = -1;
    bool m_failed = false;
};

/** Writes bytes to path through an AtomicFile (the folder must exist). */
[[nodiscard]] Result<void>
writeFileAtomically(const QString& path, QByteArrayView bytes, Durability durability = Durability::Synced);

/**
 * The reason for a failed file operation, as a user reads it: "disk full (no space left on device)",
 * "permission denied", "read-only file system", otherwise the system's text for errorNumber.
 */
QString fileErrorText(int errorNumber);

namespace Testing {
/**
 * Replaces the random part of AtomicFile's temporary names (tests only: a planted link at a known
 * temporary name shows that O_EXCL|O_NOFOLLOW refuses it). Null restores the random source.
 */
void setAtomicFileNameSource(QByteArray (*source)());
} // namespace Testing

} // namespace Tessera
