#include <QFile>
#include <QtTest>

#include "core/store/Database.h"
#include "core/store/WalWriteBuffer.h"

#include "tests/support/TestSupport.h"
#include <sqlite3.h>

using namespace Tessera;

namespace {

/** A raw connection with the writer's settings (the VFS is the process default once installed). */
sqlite3* openConnection(const QString& path, const char* extraPragmas = "")
{
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(h);
        return nullptr;
    }
    sqlite3_busy_timeout(h, 5000);
    sqlite3_exec(h, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
    sqlite3_exec(h, extraPragmas, nullptr, nullptr, nullptr);
    sqlite3_wal_autocheckpoint(h, 0); // the WAL keeps every frame: what the tests look at
    return h;
}

bool exec(sqlite3* h, const char* sql)
{
    return sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 scalar(sqlite3* h, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return v;
}

QString integrity(sqlite3* h)
{
    sqlite3_stmt* st = nullptr;
    QString out;
    if (sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW) {
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    return out;
}

/** Inserts rows [first, first + count) with a 3 KB blob each (most rows take a page of their own). */
bool insertRows(sqlite3* h, int first, int count)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, "INSERT INTO t(id, payload) VALUES (?1, randomblob(3000))", -1, &st, nullptr)
        != SQLITE_OK) {
        return false;
    }
    bool ok = true;
    for (int i = first; ok && i < first + count; ++i) {
        sqlite3_bind_int(st, 1, i);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return ok;
}

/**
 * What a process killed at this instant leaves on the disk: the database and WAL files as they are in
 * the OS now (unwritten buffers are lost with the process). Copied and opened by a new connection,
 * which recovers the WAL as after a crash.
 */
qint64 rowsAfterCrashAt(const QString& path, const QString& copyPath, QString* integrityOut)
{
    for (const char* suffix : {"", "-wal"}) {
        QFile::remove(copyPath + QLatin1String(suffix));
        if (!QFile::copy(path + QLatin1String(suffix), copyPath + QLatin1String(suffix))) {
            return -2;
        }
    }
    QFile::remove(copyPath + QStringLiteral("-shm"));
    sqlite3* h = openConnection(copyPath);
    const qint64 rows = scalar(h, "SELECT COUNT(*) FROM t");
    *integrityOut = integrity(h);
    sqlite3_close(h);
    return rows;
}

} // namespace

/**
 * The VFS that gathers WAL appends (core/store/WalWriteBuffer): a commit is visible to the other
 * connections the moment COMMIT returns, and on the disk (as a killed process leaves it) with all its
 * frames; a transaction that spilled pages into the WAL and was rolled back leaves nothing behind.
 */
class TestWalWriteBuffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void isTheDefaultVfsOnceADatabaseOpened()
    {
        Test::TempDatabase tmp;
        QVERIFY(Store::installWalWriteBuffer());
        QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("tessera-wal-buffer"));
    }

    void everyCommitIsVisibleAtOnceAndOnTheDisk()
    {
        Test::TempDatabase tmp;
        sqlite3* writer = openConnection(tmp.path());
        sqlite3* reader = openConnection(tmp.path());
        QVERIFY(writer && reader);
        QVERIFY(exec(writer, "CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB)"));
        int rows = 0;
        // Commits of 1 to ~40 frames: smaller than one buffer, a few buffers, and a last partial one.
        for (int round = 1; round <= 60; ++round) {
            const int count = (round * 7) % 41 + 1;
            QVERIFY(exec(writer, "BEGIN IMMEDIATE"));
            QVERIFY(insertRows(writer, rows, count));
            QVERIFY(exec(writer, "COMMIT"));
            rows += count;
            QCOMPARE(scalar(reader, "SELECT COUNT(*) FROM t"), qint64(rows));
            QCOMPARE(scalar(reader, "SELECT MAX(id) FROM t"), qint64(rows - 1));
            if (round % 20 == 0) {
                QString check;
                QCOMPARE(rowsAfterCrashAt(tmp.path(), tmp.dir() + QStringLiteral("/copy.sqlite"), &check),
                         qint64(rows));
                QCOMPARE(check, QStringLiteral("ok"));
            }
        }
        QVERIFY(scalar(writer, "PRAGMA wal_checkpoint") == 0); // nothing busy: the WAL is all copied
        QCOMPARE(integrity(reader), QStringLiteral("ok"));
        sqlite3_close(reader);
        sqlite3_close(writer);
    }

    void spilledAndRolledBackOrRewrittenTransactionsStayConsistent()
    {
        Test::TempDatabase tmp;
        // A 20-page cache: a transaction of hundreds of pages spills them into the WAL before COMMIT.
        sqlite3* writer = openConnection(tmp.path(), "PRAGMA cache_size=20;");
        sqlite3* reader = openConnection(tmp.path());
        QVERIFY(writer && reader);
        QVERIFY(exec(writer, "CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB)"));
        QVERIFY(exec(writer, "BEGIN IMMEDIATE"));
        QVERIFY(insertRows(writer, 0, 100));
        QVERIFY(exec(writer, "COMMIT"));

        // Spilled, then rolled back: its frames were never committed and must never be seen.
        QVERIFY(exec(writer, "BEGIN IMMEDIATE"));
        QVERIFY(insertRows(writer, 100, 600));
        QVERIFY(exec(writer, "ROLLBACK"));
        QCOMPARE(scalar(reader, "SELECT COUNT(*) FROM t"), qint64(100));

        // Spilled, then pages already in the WAL changed again: SQLite overwrites those frames in
        // place and rewrites the checksums of the frames after them at COMMIT.
        QVERIFY(exec(writer, "BEGIN IMMEDIATE"));
        QVERIFY(insertRows(writer, 100, 600));
        QVERIFY(exec(writer, "UPDATE t SET payload = zeroblob(3000) WHERE id % 7 = 0"));
        QVERIFY(exec(writer, "COMMIT"));
        QCOMPARE(scalar(reader, "SELECT COUNT(*) FROM t"), qint64(700));
        QCOMPARE(scalar(reader, "SELECT COUNT(*) FROM t WHERE payload = zeroblob(3000)"), qint64(100));

        QString check;
        const QString copy = tmp.dir() + QStringLiteral("/copy.sqlite");
        QCOMPARE(rowsAfterCrashAt(tmp.path(), copy, &check), qint64(700));
        QCOMPARE(check, QStringLiteral("ok"));
        sqlite3* recovered = openConnection(copy);
        QCOMPARE(scalar(recovered, "SELECT COUNT(*) FROM t WHERE payload = zeroblob(3000)"), qint64(100));
        sqlite3_close(recovered);
        QCOMPARE(integrity(reader), QStringLiteral("ok"));
        sqlite3_close(reader);
        sqlite3_close(writer);
    }

    void aRolledBackWritersFramesNeverOverwriteTheNextWriters()
    {
        // A's transaction spills frames into its buffer and rolls back; B then commits frames at the
        // same WAL offsets; A writes again. A's stale frames must have gone out (harmlessly, past the
        // last commit) before B could write there, never after.
        Test::TempDatabase tmp;
        sqlite3* a = openConnection(tmp.path(), "PRAGMA cache_size=20;");
        sqlite3* b = openConnection(tmp.path());
        QVERIFY(a && b);
        QVERIFY(exec(a, "CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB)"));
        QVERIFY(exec(a, "BEGIN IMMEDIATE"));
        QVERIFY(insertRows(a, 0, 100));
        QVERIFY(exec(a, "COMMIT"));
        QVERIFY(exec(a, "BEGIN IMMEDIATE"));
        QVERIFY(insertRows(a, 1000, 600));
        QVERIFY(exec(a, "ROLLBACK"));
        QVERIFY(exec(b, "BEGIN IMMEDIATE"));
        QVERIFY(insertRows(b, 100, 700)); // more frames than A spilled: over all of A's offsets
        QVERIFY(exec(b, "COMMIT"));
        QVERIFY(exec(a, "BEGIN IMMEDIATE"));
        QVERIFY(insertRows(a, 800, 10));
        QVERIFY(exec(a, "COMMIT"));
        for (sqlite3* h : {a, b}) {
            QCOMPARE(scalar(h, "SELECT COUNT(*) FROM t"), qint64(810));
            QCOMPARE(scalar(h, "SELECT MAX(id) FROM t"), qint64(809));
        }
        QString check;
        QCOMPARE(rowsAfterCrashAt(tmp.path(), tmp.dir() + QStringLiteral("/copy.sqlite"), &check),
                 qint64(810));
        QCOMPARE(check, QStringLiteral("ok"));
        QCOMPARE(integrity(b), QStringLiteral("ok"));
        sqlite3_close(b);
        sqlite3_close(a);
    }
};

QTEST_GUILESS_MAIN(TestWalWriteBuffer)
#include "TestWalWriteBuffer.moc"
