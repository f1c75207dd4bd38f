#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "core/common/AtomicFile.h"

#include "tests/support/TestSupport.h"
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Tessera;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writePlain(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/** Every entry of a folder, hidden ones and links included. */
QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

int s_nameCalls = 0;

/** A name source whose first name is the one a test planted a link at. */
QByteArray plantedThenFresh()
{
    return ++s_nameCalls == 1 ? QByteArray("PLANTD") : QByteArray("FRESH") + QByteArray::number(s_nameCalls);
}

/** Restores a resource limit when the test leaves, whatever happens in between. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // the write then fails with EFBIG instead
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

/**
 * AtomicFile: the one way core writes a file. Old content or new, never a mix; nothing left behind
 * on failure; a symbolic link at either the temporary or the final name is never written through.
 */
class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.csv"));
        QVERIFY(writeFileAtomically(path, "first"));
        QCOMPARE(readAll(path), QByteArray("first"));
        QVERIFY(writeFileAtomically(path, "second, longer", Durability::Unsynced));
        QCOMPARE(readAll(path), QByteArray("second, longer"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("a.csv")});
    }

    void keepsTheModeOfTheFileItReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("served.json"));
        QVERIFY(writeFileAtomically(path, "{}"));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        const mode_t mask = ::umask(0);
        ::umask(mask);
        QCOMPARE(st.st_mode & 0777, 0666 & ~mask); // a new file: the usual mode, not a temporary's 0600
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        QVERIFY(writeFileAtomically(path, "{\"a\":1}"));
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0640));
    }

    void linkAtTheTargetIsReplacedNotFollowed()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        writePlain(victim, "precious");
        const QString path = dir.filePath(QStringLiteral("stocks.csv"));
        QVERIFY(QFile::link(victim, path));
        auto r = writeFileAtomically(path, "exported");
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(readAll(path), QByteArray("exported"));
        // A dangling link is replaced the same way (nothing is created where it pointed).
        const QString nowhere = dir.filePath(QStringLiteral("created-by-link.txt"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(nowhere, path));
        QVERIFY(writeFileAtomically(path, "again"));
        QVERIFY(!QFileInfo::exists(nowhere));
        QCOMPARE(readAll(path), QByteArray("again"));
    }

    void linkAtTheTemporaryNameIsNeverOpened()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        writePlain(victim, "precious");
        const QString planted = dir.filePath(QStringLiteral(".T.json.PLANTD.tmp"));
        QVERIFY(QFile::link(victim, planted));
        s_nameCalls = 0;
        Testing::setAtomicFileNameSource(&plantedThenFresh);
        auto r = writeFileAtomically(dir.filePath(QStringLiteral("T.json")), "{}");
        Testing::setAtomicFileNameSource(nullptr);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(s_nameCalls, 2); // the planted name was refused (O_EXCL), the next one used
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(planted).isSymLink()); // someone else's file: left alone
        QCOMPARE(readAll(dir.filePath(QStringLiteral("T.json"))), QByteArray("{}"));
    }

    void aFailedWriteLeavesTheOldFileAndNoTemporary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        writePlain(path, "old content\n");
        Result<void> r;
        {
            // A real write failure in the middle of the data: the process may not write files larger
            // than 64 KB (EFBIG), the way a full disk (ENOSPC) stops a write part-way.
            FileSizeLimit limit(64 * 1024);
            QVERIFY(limit.ok());
            AtomicFile file(path);
            QVERIFY(file.open());
            r = file.write(QByteArray(1 << 20, 'x'));
            if (r) {
                r = file.commit();
            }
        }
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("file too large")), qPrintable(r.error().message));
        QCOMPARE(readAll(path), QByteArray("old content\n"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("big.csv")});
    }

    void discardedWithoutCommitLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        writePlain(path, "old");
        {
            AtomicFile file(path);
            QVERIFY(file.open());
            QVERIFY(QFileInfo::exists(file.temporaryPath()));
            QVERIFY(file.write("new"));
        }
        QCOMPARE(readAll(path), QByteArray("old"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("x.csv")});
    }

    void errorsNameTheFileAndTheReason()
    {
        QTemporaryDir dir;
        // A folder where the file should go: refused before anything is written.
        const QString folder = dir.filePath(QStringLiteral("taken.csv"));
        QVERIFY(QDir().mkpath(folder));
        auto r = writeFileAtomically(folder, "x");
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(folder) && r.error().message.contains(QStringLiteral("folder")),
                 qPrintable(r.error().message));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("taken.csv")});
        // A missing folder.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.csv"));
        r = writeFileAtomically(missing, "x");
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(missing)
                     && r.error().message.contains(QStringLiteral("no such file or folder")),
                 qPrintable(r.error().message));
        // The reasons a user can act on, in words.
        QVERIFY(fileErrorText(ENOSPC).contains(QStringLiteral("disk full")));
        QCOMPARE(fileErrorText(EACCES), QStringLiteral("permission denied"));
        QCOMPARE(fileErrorText(EROFS), QStringLiteral("read-only file system"));
    }

    void anUnwritableFolderIsPermissionDenied()
    {
        if (::geteuid() == 0) {
            QSKIP("running as root: permissions are not enforced (errorsNameTheFileAndTheReason covers "
                  "the message)");
        }
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto r = writeFileAtomically(QDir(folder).filePath(QStringLiteral("x.csv")), "x");
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("permission denied")),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
