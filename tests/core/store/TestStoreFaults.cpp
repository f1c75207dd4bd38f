#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QtTest>

#include "core/store/Database.h"
#include "core/store/RunRepository.h"
#include "core/store/Statement.h"
#include "core/tasks/IndicatorsTask.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/FaultVfs.h"
#include "tests/support/TestSupport.h"
#include <sqlite3.h>

using namespace Tessera;
using Test::FaultVfs;

namespace {

/** Small WAL thresholds so that the faulted runs also checkpoint and restart the WAL many times. */
Store::Database::Options busyCheckpoints()
{
    Store::Database::Options o;
    o.checkpointFrames = 64;
    o.restartFrames = 256;
    return o;
}

/** What a run's indicators leave in the store, per symbol id: a digest of every stored byte. */
using Digests = QMap<qint64, QByteArray>;

/** Rows of sql (first column: symbol id) folded into one SHA-256 per symbol; REALs by their bits. */
void addDigests(const Store::Database& db, const char* sql, QMap<qint64, QCryptographicHash*>& into)
{
    sqlite3_stmt* st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db.rawHandle(), sql, -1, &st, nullptr), SQLITE_OK);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        auto*& hash = into[sqlite3_column_int64(st, 0)];
        if (!hash) {
            hash = new QCryptographicHash(QCryptographicHash::Sha256);
        }
        for (int c = 1; c < sqlite3_column_count(st); ++c) {
            switch (sqlite3_column_type(st, c)) {
            case SQLITE_NULL:
                hash->addData(QByteArrayView("N|"));
                break;
            case SQLITE_FLOAT: {
                const double v = sqlite3_column_double(st, c);
                hash->addData(QByteArrayView(reinterpret_cast<const char*>(&v), sizeof v));
                hash->addData(QByteArrayView("F|"));
                break;
            }
            default:
                hash->addData(QByteArrayView(static_cast<const char*>(sqlite3_column_blob(st, c)),
                                             sqlite3_column_bytes(st, c)));
                hash->addData(QByteArrayView("|"));
            }
        }
    }
    sqlite3_finalize(st);
    QCOMPARE(rc, SQLITE_DONE);
}

Digests indicatorDigests(const Store::Database& db)
{
    QMap<qint64, QCryptographicHash*> hashes;
    // Everything the indicators step stores, except when it was computed (indicator_state.computed_at).
    addDigests(db, "SELECT symbol_id, * FROM technical_indicators ORDER BY id", hashes);
    addDigests(db,
               "SELECT symbol_id, year, first_date, last_date, row_count, data FROM indicator_features "
               "ORDER BY symbol_id, year",
               hashes);
    addDigests(db,
               "SELECT symbol_id, engine_version, bar_count, first_date, last_date, input_hash "
               "FROM indicator_state ORDER BY symbol_id",
               hashes);
    Digests out;
    for (auto it = hashes.begin(); it != hashes.end(); ++it) {
        out.insert(it.key(), it.value()->result());
        delete it.value();
    }
    return out;
}

QString integrity(const Store::Database& db)
{
    Store::Statement st(db.rawHandle(), "PRAGMA integrity_check");
    QStringList lines;
    auto read = st.forEachRow([&lines](const Store::Statement& row) { lines << row.textAt(0); });
    return read ? lines.join(QStringLiteral("; ")) : read.error().message;
}

Result<Tasks::RunResult> runIndicators(const Store::DatabasePtr& db)
{
    Tasks::TaskContext ctx;
    Tasks::RunOptions options;
    options.maxWorkers = 2;
    return Tasks::TaskRunner(db).start(QStringLiteral("indicators"), Tasks::indicatorsParams(), options, ctx);
}

const char* opName(FaultVfs::Op op)
{
    switch (op) {
    case FaultVfs::Op::Write:
        return "write";
    case FaultVfs::Op::Sync:
        return "sync";
    case FaultVfs::Op::Truncate:
        return "truncate";
    }
    return "?";
}

} // namespace

/**
 * Acceptance check of the store's integrity (issue 14): a real indicators run over a real SQLite file,
 * with the Nth write, sync or truncate failing (EIO or a short write with ENOSPC) through a test-only
 * VFS, for every N of a sweep. Each time: PRAGMA integrity_check is ok, every symbol is either fully
 * stored or not at all (pending), the run stopped with the storage reason rather than marking symbols
 * failed, and a resume yields exactly the content of an uninterrupted run.
 */
class TestStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        FaultVfs::install();
        QVERIFY(m_dir.isValid());
        // The template: a synthetic market's bars, no indicators yet.
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        {
            auto db = Store::Database::open(m_template);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            Tasks::TaskContext ctx;
            auto load = Tasks::TaskRunner(*db).start(
                QStringLiteral("load"), Tasks::loadParams(QStringLiteral("synthetic:7")), {}, ctx);
            QVERIFY2(load, load ? "" : qPrintable(load.error().message));
            QCOMPARE(Tasks::toString(load->status), Tasks::toString(Tasks::RunStatus::Done));
            QVERIFY(load->done >= 20);
        } // closing the last connection copies the WAL into the file: one file is the whole template

        // The reference: an uninterrupted run, counting the file operations it makes.
        const QString reference = copyTemplate(QStringLiteral("reference"));
        auto db = Store::Database::open(reference, busyCheckpoints());
        QVERIFY(db);
        FaultVfs::resetCounts();
        auto run = runIndicators(*db);
        m_writes = FaultVfs::count(FaultVfs::Op::Write);
        m_syncs = FaultVfs::count(FaultVfs::Op::Sync);
        m_truncates = FaultVfs::count(FaultVfs::Op::Truncate);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QCOMPARE(Tasks::toString(run->status), Tasks::toString(Tasks::RunStatus::Done));
        m_reference = indicatorDigests(**db);
        QVERIFY(m_reference.size() >= 20);
        qInfo("clean run: %lld writes, %lld syncs, %lld truncates over %lld symbols",
              m_writes,
              m_syncs,
              m_truncates,
              static_cast<qint64>(m_reference.size()));
        QVERIFY(m_writes > 100);
        QVERIFY(m_syncs > 5);
    }

    void faultSweep_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<qint64>("nth");
        QTest::addColumn<int>("kind");
        // 36 points over the writes (the first ones densely: the run record, the first batch), 12 over
        // the syncs, the truncates there were (WAL restarts, the end-of-run TRUNCATE checkpoint), and
        // a few that stay failing (a disk that stays full).
        QList<qint64> writes{1, 2, 3, 5, 8};
        for (int i = 1; writes.size() < 36; ++i) {
            writes << std::max<qint64>(1, m_writes * i / 32);
        }
        for (int k = 0; k < writes.size(); ++k) {
            const qint64 n = writes[k];
            QTest::addRow("write-%lld-%s", n, k % 2 ? "eio" : "enospc")
                << int(FaultVfs::Op::Write) << n << (k % 2);
        }
        for (int i = 0; i < 12; ++i) {
            const qint64 n = std::max<qint64>(1, (m_syncs * i) / 12 + 1);
            QTest::addRow("sync-%lld", n) << int(FaultVfs::Op::Sync) << n << 0;
        }
        for (qint64 n = 1; n <= std::max<qint64>(3, std::min<qint64>(m_truncates, 6)); ++n) {
            QTest::addRow("truncate-%lld-%s", n, n % 2 ? "eio" : "enospc")
                << int(FaultVfs::Op::Truncate) << n << int(n % 2);
        }
    }

    void faultSweep()
    {
        QFETCH(int, op);
        QFETCH(qint64, nth);
        QFETCH(int, kind);
        runTrial(static_cast<FaultVfs::Op>(op), nth, static_cast<FaultVfs::Kind>(kind), false);
    }

    void diskStaysFull_data()
    {
        QTest::addColumn<qint64>("nth");
        for (qint64 n : {qint64(1), m_writes / 3, m_writes / 2, (m_writes * 3) / 4}) {
            QTest::addRow("from-write-%lld", n) << std::max<qint64>(1, n);
        }
    }

    void diskStaysFull()
    {
        QFETCH(qint64, nth);
        runTrial(FaultVfs::Op::Write, nth, FaultVfs::Kind::DiskFull, true);
    }

    void cleanupTestCase()
    {
        FaultVfs::disarm();
        qInfo("%d of %d failure points fired; %d runs stopped by a storage fault",
              m_fired,
              m_trials,
              m_stopped);
        // The sweep must really have reached the run, not only idle files: about half the failures hit
        // a background checkpoint (harmless: the WAL keeps the frames), the rest stop the run.
        QVERIFY(m_fired >= 50);
        QVERIFY(m_stopped >= 10);
        QVERIFY(m_stoppedByFullDisk > 0);
        QVERIFY(m_stoppedByIoError > 0);
    }

private:
    QString copyTemplate(const QString& name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (!QFile::copy(m_template, path)) {
            return {};
        }
        return path;
    }

    void runTrial(FaultVfs::Op op, qint64 nth, FaultVfs::Kind kind, bool persistent)
    {
        ++m_trials;
        const QString path = copyTemplate(QStringLiteral("trial%1").arg(m_trials));
        QVERIFY(!path.isEmpty());
        qint64 runId = 0;
        bool fired = false;
        {
            auto db = Store::Database::open(path, busyCheckpoints());
            QVERIFY(db);
            FaultVfs::arm(op, nth, kind, persistent);
            auto run = runIndicators(*db);
            fired = FaultVfs::fired();
            FaultVfs::disarm();
            if (run) {
                runId = run->runId;
                // A fault in a run's write stops it with the store's reason; one elsewhere (a background
                // checkpoint, the final WAL truncation) leaves the run done.
                if (run->status == Tasks::RunStatus::Failed) {
                    QVERIFY2(run->fault.has_value(), qPrintable(QStringLiteral("failed without a fault")));
                    QCOMPARE(run->fault->code, ErrorCode::Storage);
                    QVERIFY2(run->fault->message.contains(QStringLiteral("disk full"))
                                 || run->fault->message.contains(QStringLiteral("I/O error")),
                             qPrintable(run->fault->message));
                    QCOMPARE(run->failed, 0); // a full disk is nobody's symbol's failure
                    ++m_stopped;
                    m_stoppedByFullDisk += run->fault->message.contains(QStringLiteral("disk full")) ? 1 : 0;
                    m_stoppedByIoError += run->fault->message.contains(QStringLiteral("I/O error")) ? 1 : 0;
                } else {
                    QCOMPARE(Tasks::toString(run->status), Tasks::toString(Tasks::RunStatus::Done));
                }
            } else {
                // The fault hit before the run existed (creating its record): a clear storage error.
                QCOMPARE(run.error().code, ErrorCode::Storage);
            }
        } // every connection of the faulted process state closes here
        m_fired += fired ? 1 : 0;

        // What the fault left: a consistent file, every symbol whole or absent.
        auto db = Store::Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(integrity(**db), QStringLiteral("ok"));
        const Digests after = indicatorDigests(**db);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY2(m_reference.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("symbol %1 is half stored after a failed %2 #%3")
                                    .arg(it.key())
                                    .arg(QString::fromLatin1(opName(op)))
                                    .arg(nth)));
        }

        // Resumed (or, if the run never started, run again): the content of an uninterrupted run.
        auto recovered = Tasks::TaskRunner::recoverInterrupted(**db);
        QVERIFY(recovered);
        Tasks::TaskContext ctx;
        Tasks::RunOptions options;
        options.maxWorkers = 2;
        if (runId > 0) {
            auto record = Store::RunRepository(**db).get(runId);
            QVERIFY(record && record->has_value());
            if ((*record)->pending > 0) {
                auto resumed = Tasks::TaskRunner(*db).resume(runId, options, ctx);
                QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
                QCOMPARE(Tasks::toString(resumed->status), Tasks::toString(Tasks::RunStatus::Done));
            }
        } else {
            auto again = runIndicators(*db);
            QVERIFY2(again, again ? "" : qPrintable(again.error().message));
            QCOMPARE(Tasks::toString(again->status), Tasks::toString(Tasks::RunStatus::Done));
        }
        QCOMPARE(indicatorDigests(**db), m_reference);
        QCOMPARE(integrity(**db), QStringLiteral("ok"));
    }

    QTemporaryDir m_dir;
    QString m_template;
    Digests m_reference;
    qint64 m_writes = 0;
    qint64 m_syncs = 0;
    qint64 m_truncates = 0;
    int m_trials = 0;
    int m_fired = 0;
    int m_stopped = 0;
    int m_stoppedByFullDisk = 0;
    int m_stoppedByIoError = 0;
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "TestStoreFaults.moc"
