#include <atomic>
#include <thread>
#include <vector>

#include <QFile>
#include <QThread>
#include <QtTest>

#include "core/store/Database.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Statement.h"
#include "core/store/StatementCache.h"
#include "core/store/WalCheckpointer.h"
#include "core/store/WriterMutex.h"

#include "tests/support/TestSupport.h"
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Tessera;

namespace {

/**
 * Asks a forked child whether this process holds a lock on SQLite's shared-lock bytes of `path`
 * (POSIX locks are per process: only another process can see them).
 */
bool anotherProcessSeesSharedLock(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(file.constData(), O_RDWR);
        struct flock lock = {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 0x40000000 + 2; // SQLite's PENDING_BYTE + 2: SHARED_FIRST
        lock.l_len = 510;              // SHARED_SIZE
        const bool held = fd >= 0 && ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
        ::_exit(held ? 0 : 1);
    }
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status)
           && WEXITSTATUS(status) == 0;
}

/** settings(key) as an integer, read on the calling thread's current handle; -1 when absent. */
qint64 counter(const Store::Database& db, const char* key = "counter")
{
    Store::Statement st(db.rawHandle(), "SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?1");
    st.bind(1, QString::fromLatin1(key));
    auto row = st.step();
    return row && *row ? st.int64At(0) : -1;
}

bool setCounter(const Store::Database& db, qint64 value, const char* key = "counter")
{
    Store::Statement st(db.rawHandle(), "INSERT OR REPLACE INTO settings(key, value) VALUES (?1, ?2)");
    st.bind(1, QString::fromLatin1(key));
    st.bind(2, QString::number(value));
    return bool(st.run());
}

/** Reads the counter on a thread of its own (its own connection, outside any transaction). */
qint64 counterSeenByAnotherThread(const Store::Database& db)
{
    qint64 seen = -2;
    std::thread reader([&] { seen = counter(db); });
    reader.join();
    return seen;
}

/**
 * Read-modify-write increments, each in its own transaction, from several threads at once. Returns the
 * number of failed transactions (QTest's macros are for the test's own thread only).
 */
int incrementConcurrently(const std::vector<const Store::Database*>& dbs, int perThread)
{
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (const Store::Database* db : dbs) {
        threads.emplace_back([db, perThread, &failures] {
            for (int i = 0; i < perThread; ++i) {
                Store::Transaction tx(*db);
                const bool ok = tx.isActive() && setCounter(*db, counter(*db) + 1) && tx.commit();
                if (!ok) {
                    ++failures;
                }
            }
        });
    }
    for (std::thread& t : threads) {
        t.join();
    }
    return failures.load();
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void commitStoresAndDestructionRollsBack()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        {
            Store::Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(setCounter(db, 1));
        } // no commit: rolled back
        QCOMPARE(counter(db), qint64(-1));
        {
            Store::Transaction tx(db);
            QVERIFY(setCounter(db, 2));
            QVERIFY(tx.commit());
        }
        QCOMPARE(counter(db), qint64(2));
    }

    void nestedTransactionJoinsTheOuterOne()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        {
            Store::Transaction outer(db);
            {
                Store::Transaction inner(db);
                QVERIFY(inner.isActive());
                QVERIFY(setCounter(db, 7));
                QVERIFY(inner.commit()); // joined: the outer one decides
            }
            QCOMPARE(counter(db), qint64(7)); // visible inside the outer transaction
        }                                     // the outer one rolls back, taking the inner write with it
        QCOMPARE(counter(db), qint64(-1));
        {
            Store::Transaction outer(db);
            {
                Store::Transaction inner(db);
                QVERIFY(setCounter(db, 8));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(counter(db), qint64(8));
    }

    void writesAreInvisibleToOtherThreadsUntilCommitted()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        sqlite3* own = db.rawHandle();
        {
            Store::Transaction tx(db);
            // Inside the transaction, statements run on the writer connection, reads included.
            QVERIFY(db.rawHandle() != own);
            QVERIFY(setCounter(db, 5));
            QCOMPARE(counter(db), qint64(5));
            QCOMPARE(counterSeenByAnotherThread(db), qint64(-1));
            QVERIFY(tx.commit());
        }
        QCOMPARE(db.rawHandle(), own);
        QCOMPARE(counter(db), qint64(5));
        QCOMPARE(counterSeenByAnotherThread(db), qint64(5));
    }

    void concurrentWritersTakeTurns()
    {
        // A lost update would show as a total below threads x increments.
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        QVERIFY(setCounter(db, 0));
        QCOMPARE(incrementConcurrently({&db, &db, &db, &db}, 50), 0);
        QCOMPARE(counter(db), qint64(200));
    }

    void twoDatabaseObjectsOnOneFileTakeTurns()
    {
        Test::TempDatabase t;
        auto second = Store::Database::open(t.path());
        QVERIFY(second);
        QVERIFY(setCounter(*t.db(), 0));
        QCOMPARE(incrementConcurrently({t.db().get(), second->get(), t.db().get(), second->get()}, 25), 0);
        QCOMPARE(counter(*t.db()), qint64(100));
        QCOMPARE(counter(**second), qint64(100));
    }

    void repositoriesComposeInsideOneTransaction()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        Store::SettingsRepository settings(db);
        {
            Store::Transaction tx(db);
            QVERIFY(settings.setValue(QStringLiteral("a"), QStringLiteral("1")));
            QVERIFY(settings.setValue(QStringLiteral("b"), QStringLiteral("2")));
            QCOMPARE(*settings.value(QStringLiteral("a")), QStringLiteral("1"));
        } // rolled back: neither value stays
        QCOMPARE(*settings.value(QStringLiteral("a"), QStringLiteral("none")), QStringLiteral("none"));
        QCOMPARE(*settings.value(QStringLiteral("b"), QStringLiteral("none")), QStringLiteral("none"));
    }

    void statementCacheReusesIdleStatements()
    {
        Test::TempDatabase t;
        sqlite3* h = t.db()->rawHandle();
        const char* sql = "SELECT COUNT(*) FROM settings";
        sqlite3_stmt* first = Store::StatementCache::take(h, sql);
        sqlite3_stmt* second = Store::StatementCache::take(h, sql); // the first is in use: a new one
        QVERIFY(first && second);
        QVERIFY(first != second);
        Store::StatementCache::give(h, first);
        QCOMPARE(Store::StatementCache::take(h, sql), first);
        Store::StatementCache::give(h, first);
        Store::StatementCache::give(h, second);
        QVERIFY(Store::StatementCache::take(h, "SELECT * FROM no_such_table") == nullptr);
        QVERIFY(QString::fromUtf8(sqlite3_errmsg(h)).contains(QStringLiteral("no_such_table")));
    }

    void connectionsCloseWithCachedStatements()
    {
        // Cached statements are finalized before their connection closes (SQLite refuses otherwise,
        // and the file would stay open): the WAL is checkpointed and removed when the last one closes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        {
            auto db = Store::Database::open(path);
            QVERIFY(db);
            {
                Store::Transaction tx(**db);
                QVERIFY(setCounter(**db, 3));
                QVERIFY(tx.commit());
            }
            // std::thread, not QThread: join() returns once the thread has ended, thread_local destructors
            // (which close its connection) included; QThread::wait() can return before they have run.
            qint64 seen = -2;
            std::thread worker([&] { seen = counter(**db); });
            worker.join();
            QCOMPARE(seen, qint64(3));
            QCOMPARE(counter(**db), qint64(3));
        }
        QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")),
                 "a connection stayed open: the WAL was not removed");
    }

    void walIsCheckpointedOffTheWriterAndRestarts()
    {
        // A writer that commits without pause, as a task's writer thread does: the checkpointer copies
        // the WAL on its own thread and, past the restart size, finishes under the writer mutex so the
        // WAL starts over instead of growing for the whole run. Small thresholds (frames) for speed.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
        sqlite3* h = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h,
                              "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                              "CREATE TABLE t(id INTEGER PRIMARY KEY, data BLOB);",
                              nullptr,
                              nullptr,
                              nullptr),
                 SQLITE_OK);
        auto writer = Store::WriterMutex::forPath(path);
        struct Hook
        {
            Store::WalCheckpointer checkpointer;
            int lastFrames = 0;
            int maxFrames = 0;
            int restarts = 0;
        };
        Hook hook{Store::WalCheckpointer(path, writer, 50, 200)};
        sqlite3_wal_hook(
            h,
            [](void* arg, sqlite3* db, const char* name, int frames) {
                auto* x = static_cast<Hook*>(arg);
                x->restarts += frames < x->lastFrames ? 1 : 0;
                x->lastFrames = frames;
                x->maxFrames = std::max(x->maxFrames, frames);
                return Store::WalCheckpointer::walHook(&x->checkpointer, db, name, frames);
            },
            &hook);
        sqlite3_stmt* insert = nullptr;
        QCOMPARE(sqlite3_prepare_v2(h, "INSERT INTO t(data) VALUES (zeroblob(3000))", -1, &insert, nullptr),
                 SQLITE_OK);
        // At least 600 transactions, more (up to 6,000) until the WAL has restarted; a short pause now
        // and then lets the checkpoint thread run on a loaded machine.
        int transactions = 0;
        while (transactions < 6000 && (transactions < 600 || hook.restarts == 0)) {
            QVERIFY(writer->lock(std::chrono::seconds(15)));
            QCOMPARE(sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
            for (int k = 0; k < 4; ++k) {
                QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
                sqlite3_reset(insert);
            }
            QCOMPARE(sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
            writer->unlock();
            if (++transactions % 20 == 0) {
                QThread::msleep(1);
            }
        }
        sqlite3_finalize(insert);
        QVERIFY(hook.checkpointer.checkpointsRun() > 0);
        QVERIFY2(
            hook.restarts > 0,
            qPrintable(QStringLiteral("the WAL grew to %1 frames without restarting").arg(hook.maxFrames)));
        // The restarts synced the files without costing this process its locks on them: another
        // process must still see the shared lock of a WAL-mode connection, or its SQLite, closing,
        // takes itself for the last one and deletes the WAL under this writer.
        QVERIFY2(anotherProcessSeesSharedLock(path),
                 "another process no longer sees this process's SQLite lock on the database file");
        // Every row is there, read by a new connection.
        sqlite3* reader = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &reader), SQLITE_OK);
        sqlite3_stmt* count = nullptr;
        QCOMPARE(sqlite3_prepare_v2(reader, "SELECT COUNT(*) FROM t", -1, &count, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(count, 0), transactions * 4);
        sqlite3_finalize(count);
        sqlite3_close(reader);
        sqlite3_close(h);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "TestTransaction.moc"
