#include "core/common/AtomicFile.h"

#include <atomic>
#include <cerrno>

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Tessera {
namespace {

/** Attempts at a free temporary name before giving up (a collision of 62^6 names is already rare). */
constexpr int kNameAttempts = 100;

/** File names are at most 255 bytes: ".NAME.XXXXXX.tmp" adds 12, so long names are shortened. */
constexpr qsizetype kMaxBaseBytes = 200;

std::atomic<QByteArray (*)()> s_nameSource{nullptr};

QByteArray randomSuffix()
{
    static const char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(6, Qt::Uninitialized);
    for (char& c : out) {
        c = kChars[QRandomGenerator::global()->bounded(62)];
    }
    return out;
}

/** write(2) until every byte is written: a regular file may accept less than asked (a full disk). */
bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

QString fileErrorText(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
        return QStringLiteral("disk full (no space left on device)");
    case EDQUOT:
        return QStringLiteral("disk quota exceeded");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    case EROFS:
        return QStringLiteral("read-only file system");
    case EFBIG:
        return QStringLiteral("file too large");
    case ENOENT:
        return QStringLiteral("no such file or folder");
    case EISDIR:
        return QStringLiteral("it is a folder");
    default:
        return qt_error_string(errorNumber);
    }
}

AtomicFile::AtomicFile(QString path, Durability durability)
    : m_path(std::move(path))
    , m_durability(durability)
    , m_target(QFile::encodeName(m_path))
{}

AtomicFile::~AtomicFile()
{
    discard();
}

QString AtomicFile::temporaryPath() const
{
    return QFile::decodeName(m_temporary);
}

Error AtomicFile::failure(const QString& action, int errorNumber)
{
    discard();
    m_failed = true;
    return Error::io(QStringLiteral("cannot %1 %2: %3").arg(action, m_path, fileErrorText(errorNumber)));
}

Result<void> AtomicFile::open()
{
    if (m_fd >= 0 || m_failed) {
        return fail(Error::internal(QStringLiteral("%1: opened twice or after a failure").arg(m_path)));
    }
    const QFileInfo info(m_path);
    if (info.fileName().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("cannot write %1: not a file name").arg(m_path)));
    }
    // lstat, not stat: a link at the target is replaced, so its target's type and mode do not matter.
    struct stat existing = {};
    const bool exists = ::lstat(m_target.constData(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode)) {
        return fail(failure(QStringLiteral("write"), EISDIR));
    }
    QByteArray base = QFile::encodeName(info.fileName());
    if (base.size() > kMaxBaseBytes) {
        base.truncate(kMaxBaseBytes);
    }
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
        auto* source = s_nameSource.load();
        const QByteArray name =
            folder + "/." + base + '.' + (source ? source() : randomSuffix()) + QByteArrayLiteral(".tmp");
        // O_EXCL (with O_CREAT) fails on any existing name, a symbolic link included, so a link planted
        // at the temporary's name is never followed; O_NOFOLLOW says the same for the reader.
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0) {
            m_fd = fd;
            m_temporary = name;
            break;
        }
        const int e = errno;
        if (e != EEXIST) {
            return fail(failure(QStringLiteral("write"), e));
        }
    }
    if (m_fd < 0) {
        return fail(failure(QStringLiteral("write"), EEXIST));
    }
    if (exists && S_ISREG(existing.st_mode)) {
        // Keep the mode of the file being replaced (a tiles folder served by a web server stays
        // readable). A file system without modes (vfat) refuses; the default then stands.
        (void)::fchmod(m_fd, existing.st_mode & 07777);
    }
    return {};
}

Result<void> AtomicFile::write(QByteArrayView bytes)
{
    if (m_fd < 0) {
        return fail(Error::io(QStringLiteral("cannot write %1: the file is not open").arg(m_path)));
    }
    if (!writeAll(m_fd, bytes.data(), bytes.size())) {
        const int e = errno;
        return fail(failure(QStringLiteral("write"), e));
    }
    return {};
}

Result<void> AtomicFile::commit()
{
    if (m_fd < 0) {
        return fail(Error::io(QStringLiteral("cannot write %1: the file is not open").arg(m_path)));
    }
    if (m_durability == Durability::Synced && ::fsync(m_fd) != 0) {
        const int e = errno;
        return fail(failure(QStringLiteral("write"), e));
    }
    // close() reports deferred write errors on network file systems; the file is closed either way.
    const int closed = ::close(m_fd);
    const int closeError = errno;
    m_fd = -1;
    if (closed != 0 && closeError != EINTR) {
        return fail(failure(QStringLiteral("write"), closeError));
    }
    // rename(2) replaces the name, whatever it is (a file or a symbolic link), never what a link points to.
    if (::rename(m_temporary.constData(), m_target.constData()) != 0) {
        const int e = errno;
        return fail(failure(QStringLiteral("replace"), e));
    }
    m_temporary.clear();
    if (m_durability == Durability::Synced) {
        // The rename itself lives in the folder: sync it too, or a power cut can bring the old name back.
        // The file is already in place, so a folder that cannot be synced (some network file systems)
        // is not an error.
        const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
        const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            (void)::fsync(dir);
            ::close(dir);
        }
    }
    return {};
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(m_temporary.constData());
        m_temporary.clear();
    }
}

Result<void> writeFileAtomically(const QString& path, QByteArrayView bytes, Durability durability)
{
    AtomicFile file(path, durability);
    if (auto r = file.open(); !r) {
        return r;
    }
    if (auto r = file.write(bytes); !r) {
        return r;
    }
    return file.commit();
}

namespace Testing {
void setAtomicFileNameSource(QByteArray (*source)())
{
    s_nameSource.store(source);
}
} // namespace Testing

} // namespace Tessera
