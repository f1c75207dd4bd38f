#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include "tests/support/TestSupport.h"
#include <unistd.h>

using namespace Tessera;

namespace {

qint64 scalar(const Store::Database& db, const char* sql)
{
    Store::Statement st(db.rawHandle(), sql);
    auto row = st.step();
    return row && *row ? st.int64At(0) : -1;
}

QString integrity(const Store::Database& db)
{
    Store::Statement st(db.rawHandle(), "PRAGMA integrity_check");
    auto row = st.step();
    return row && *row ? st.textAt(0) : QStringLiteral("no answer");
}

/** The environment that fills the disk for the child after `writes` writes to its database files. */
QMap<QString, QString> fullDiskAfter(int writes)
{
    return {{QStringLiteral("LD_PRELOAD"), QStringLiteral(TESSERA_DISKFULL_SHIM)},
            {QStringLiteral("TESSERA_TEST_ENOSPC_AFTER"), QString::number(writes)}};
}

} // namespace

/**
 * The real tessera-cli against storage faults (issue 14, finding 5): a disk that fills up during a run
 * stops it at once with status `failed`, the reason and exit code 4, and the run resumes afterwards to
 * the content of an uninterrupted run; an unusable database folder is a clear error with the same code.
 */
class TestStorageFaultsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void fullDiskStopsTheRunAtOnceAndResumes()
    {
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("reference.sqlite"));
        const QString full = dir.filePath(QStringLiteral("full.sqlite"));
        for (const QString& db : {reference, full}) {
            const auto load = Test::runCli({QStringLiteral("--db"),
                                            db,
                                            QStringLiteral("fetch"),
                                            QStringLiteral("--provider"),
                                            QStringLiteral("synthetic:3")});
            QCOMPARE(load.code, 0);
        }
        const auto clean = Test::runCli({QStringLiteral("--db"), reference, QStringLiteral("indicators")});
        QCOMPARE(clean.code, 0);

        // The disk fills up a little way into the run.
        const auto stopped = Test::runCli({QStringLiteral("--db"),
                                           full,
                                           QStringLiteral("--log-level"),
                                           QStringLiteral("info"),
                                           QStringLiteral("indicators")},
                                          fullDiskAfter(300));
        QCOMPARE(stopped.code, 4);
        QVERIFY2(stopped.err.contains(QStringLiteral("disk full")), qPrintable(stopped.err));
        QVERIFY2(stopped.out.contains(QStringLiteral("runs resume")), qPrintable(stopped.out));
        // It stopped at once: not one error line per remaining symbol (the 50 symbols of the market).
        QVERIFY2(stopped.err.count(QStringLiteral("disk full")) < 10, qPrintable(stopped.err));

        // The database is consistent and the run is recorded as failed, with the reason, and resumable.
        {
            auto db = Store::Database::open(full);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE(integrity(**db), QStringLiteral("ok"));
            QCOMPARE(
                scalar(**db, "SELECT COUNT(*) FROM runs WHERE kind = 'indicators' AND status = 'failed'"), 1);
            QVERIFY(scalar(**db, "SELECT COUNT(*) FROM run_symbols WHERE status = 'pending'") > 0);
            QCOMPARE(scalar(**db, "SELECT COUNT(*) FROM run_symbols WHERE status = 'failed'"), 0);
        }
        const auto list = Test::runCli({QStringLiteral("--db"),
                                        full,
                                        QStringLiteral("--json"),
                                        QStringLiteral("runs"),
                                        QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        qint64 runId = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QJsonObject run = v.toObject();
            if (run.value(QStringLiteral("kind")).toString() == u"indicators") {
                QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
                QVERIFY2(
                    run.value(QStringLiteral("message")).toString().contains(QStringLiteral("disk full")),
                    qPrintable(list.out));
                runId = run.value(QStringLiteral("id")).toInteger();
            }
        }
        QVERIFY2(runId > 0, qPrintable(list.out));

        // Space freed: the resume finishes the run, and the store equals the uninterrupted one.
        const auto resumed = Test::runCli({QStringLiteral("--db"),
                                           full,
                                           QStringLiteral("runs"),
                                           QStringLiteral("resume"),
                                           QString::number(runId)});
        QCOMPARE(resumed.code, 0);
        auto a = Store::Database::open(full);
        auto b = Store::Database::open(reference);
        QVERIFY(a && b);
        for (const char* sql : {"SELECT COUNT(*) FROM technical_indicators",
                                "SELECT COUNT(*) FROM indicator_state",
                                "SELECT CAST(SUM(rsi_14) * 1000 AS INTEGER) FROM technical_indicators",
                                "SELECT SUM(length(data)) FROM indicator_features"}) {
            QCOMPARE(scalar(**a, sql), scalar(**b, sql));
        }
        QCOMPARE(integrity(**a), QStringLiteral("ok"));
    }

    void fullDiskBeforeAnythingIsWrittenIsAStorageError()
    {
        QTemporaryDir dir;
        const auto r = Test::runCli({QStringLiteral("--db"),
                                     dir.filePath(QStringLiteral("new.sqlite")),
                                     QStringLiteral("fetch"),
                                     QStringLiteral("--provider"),
                                     QStringLiteral("synthetic")},
                                    fullDiskAfter(1));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("disk full")) || r.err.contains(QStringLiteral("I/O error")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("usage")), qPrintable(r.err));
    }

    void unusableDatabaseFolderIsAClearError()
    {
        // A folder that cannot be created (under /proc nothing can be), whoever runs the test. Only
        // commands that write create the database (a reading one says there is none, exit 2).
        const auto r = Test::runCli({QStringLiteral("--db"),
                                     QStringLiteral("/proc/tessera-test/db.sqlite"),
                                     QStringLiteral("universe"),
                                     QStringLiteral("import"),
                                     QStringLiteral("bundled:nifty50")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("cannot create the database folder /proc/tessera-test")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one clear line

        // A read-only folder: only a user without root's override can see it as such.
        if (::geteuid() != 0) {
            QTemporaryDir dir;
            const QString ro = dir.filePath(QStringLiteral("ro"));
            QVERIFY(QDir().mkpath(ro));
            QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner));
            const auto denied = Test::runCli({QStringLiteral("--db"),
                                              ro + QStringLiteral("/db.sqlite"),
                                              QStringLiteral("universe"),
                                              QStringLiteral("import"),
                                              QStringLiteral("bundled:nifty50")});
            QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QCOMPARE(denied.code, 4);
            QVERIFY2(denied.err.contains(QStringLiteral("read-only")), qPrintable(denied.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageFaultsCli)
#include "TestStorageFaultsCli.moc"
