#include <csignal>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include "core/store/Database.h"

#include "tests/support/TestSupport.h"
#include <sqlite3.h>

using namespace Tessera;

namespace {

constexpr int kFiles = 1500;
const QString kFixture = QStringLiteral("csv/real/JIOFIN_2020-10-01_to_2025-09-30.csv");
constexpr int kRowsPerFile = 526;

/** kFiles copies of the fixture, named PREFIX0000.csv …, in a csv folder of dir; empty on failure. */
QString fixtureFolder(const QTemporaryDir& dir, const QString& prefix)
{
    const QString folder = dir.filePath(QStringLiteral("csv"));
    if (!QDir().mkpath(folder)) {
        return {};
    }
    for (int i = 0; i < kFiles; ++i) {
        if (!QFile::copy(Test::dataPath(kFixture),
                         folder + QStringLiteral("/%1%2.csv").arg(prefix).arg(i, 4, 10, QChar(u'0')))) {
            return {};
        }
    }
    return folder;
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/tessera-test-xdg"));
    return env;
}

int runCli(const QStringList& args, QByteArray* out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(Test::cliPath(), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    if (out) {
        *out = p.readAllStandardOutput();
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

/** Per-symbol bar count and sum of closes: equal fingerprints = the same stored data. */
QMap<QString, QPair<qint64, double>> fingerprint(const QSqlDatabase& db)
{
    QMap<QString, QPair<qint64, double>> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT s.ticker, COUNT(*), SUM(b.close) FROM daily_bars b JOIN symbols s ON s.id = b.symbol_id "
        "GROUP BY s.ticker"));
    while (q.next()) {
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toDouble()});
    }
    return out;
}

} // namespace

/**
 * Acceptance check of the task engine: SIGKILL a running `tessera-cli fetch`, restart, resume, and
 * compare with an uninterrupted run: every symbol done exactly once, nothing duplicated or lost,
 * PRAGMA integrity_check ok.
 */
class TestKillResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void killMidRunThenResume()
    {
        QTemporaryDir dir;
        const QString folder = fixtureFolder(dir, QStringLiteral("K"));
        QVERIFY(!folder.isEmpty());
        const QString reference = dir.filePath(QStringLiteral("reference.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"),
                         reference,
                         QStringLiteral("fetch"),
                         QStringLiteral("--provider"),
                         QStringLiteral("csv:") + folder}),
                 0);

        const QString killed = dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(Test::cliPath(),
                {QStringLiteral("--db"),
                 killed,
                 QStringLiteral("--max-workers"),
                 QStringLiteral("1"),
                 QStringLiteral("fetch"),
                 QStringLiteral("--provider"),
                 QStringLiteral("csv:") + folder});
        QVERIFY(p.waitForStarted());
        // Wait until the run has stored some symbols, then kill without warning.
        auto watcher = Store::Database::open(killed);
        QVERIFY(watcher);
        const QSqlDatabase w = (*watcher)->connection();
        QDeadlineTimer deadline(60000);
        qint64 doneAtKill = 0;
        while (!deadline.hasExpired() && p.state() == QProcess::Running) {
            doneAtKill = scalar(w, QStringLiteral("SELECT COUNT(*) FROM run_symbols WHERE status = 'done'"));
            if (doneAtKill >= 50) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                break;
            }
            QThread::msleep(5);
        }
        QVERIFY(p.waitForFinished(10000));
        if (p.exitStatus() != QProcess::CrashExit) {
            QSKIP("the load finished before it could be killed (machine too fast for this fixture size)");
        }
        QVERIFY2(doneAtKill < kFiles, "killed too late");
        QCOMPARE(scalar(w, QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'running'")), 1);

        // What the kill left: symbols are whole or absent, never half-written.
        const auto partial = fingerprint(w);
        for (auto it = partial.cbegin(); it != partial.cend(); ++it) {
            QCOMPARE(it.value().first, qint64(kRowsPerFile));
        }
        QSqlQuery finishedBefore(w);
        QVERIFY(finishedBefore.exec(QStringLiteral(
            "SELECT symbol, finished_at FROM run_symbols WHERE status = 'done' ORDER BY symbol")));
        QMap<QString, QString> doneBefore;
        while (finishedBefore.next()) {
            doneBefore.insert(finishedBefore.value(0).toString(), finishedBefore.value(1).toString());
        }

        // Restart: the next writing command marks the run interrupted; resume finishes it.
        QByteArray listing;
        QCOMPARE(runCli({QStringLiteral("--db"),
                         killed,
                         QStringLiteral("--json"),
                         QStringLiteral("runs"),
                         QStringLiteral("resume"),
                         QStringLiteral("1")},
                        &listing),
                 0);
        const QJsonObject resumed = QJsonDocument::fromJson(listing).object();
        QCOMPARE(resumed.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(resumed.value(QStringLiteral("done")).toInt(), kFiles);

        // Every symbol done exactly once: those finished before the kill were not redone.
        QSqlQuery after(w);
        QVERIFY(
            after.exec(QStringLiteral("SELECT symbol, finished_at FROM run_symbols WHERE status = 'done'")));
        int doneRows = 0;
        while (after.next()) {
            ++doneRows;
            const QString symbol = after.value(0).toString();
            if (doneBefore.contains(symbol)) {
                QCOMPARE(after.value(1).toString(), doneBefore.value(symbol));
            }
        }
        QCOMPARE(doneRows, kFiles);
        QCOMPARE(scalar(w, QStringLiteral("SELECT COUNT(*) FROM runs")), 1);

        // Nothing duplicated or lost, compared with the uninterrupted run.
        auto ref = Store::Database::open(reference);
        QVERIFY(ref);
        QCOMPARE(fingerprint(w), fingerprint((*ref)->connection()));
        QCOMPARE(scalar(w, QStringLiteral("SELECT COUNT(*) FROM daily_bars")), qint64(kFiles) * kRowsPerFile);
        QSqlQuery check(w);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void anotherProcessReadsConsistentDataDuringARun()
    {
        // The GUI (or a sqlite3 shell) reading while a CLI run writes: each read opens and closes its
        // own connection, and each close asks SQLite whether it is the file's last connection (then
        // it would checkpoint and delete the WAL). The run must stay visible as a process using the
        // file throughout — checkpoints, WAL restarts and all — and every read must be consistent.
        QTemporaryDir dir;
        const QString folder = fixtureFolder(dir, QStringLiteral("R"));
        QVERIFY(!folder.isEmpty());
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(Store::Database::open(db)); // the schema, so that readers can start at once
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        // Bars, indicators and features: ~250 MB through the WAL, which restarts several times.
        p.start(Test::cliPath(),
                {QStringLiteral("--db"),
                 db,
                 QStringLiteral("indicators"),
                 QStringLiteral("--provider"),
                 QStringLiteral("csv:") + folder});
        QVERIFY(p.waitForStarted());
        const QByteArray path = QFile::encodeName(db);
        int reads = 0;
        QStringList problems;
        // waitForFinished(0) also notices the end of the run (this loop runs no event loop).
        while (!p.waitForFinished(0) && p.state() == QProcess::Running && problems.size() < 5) {
            sqlite3* h = nullptr;
            // Read-write, as the GUI's connections are: a read-only one never checkpoints on close.
            if (sqlite3_open_v2(path.constData(), &h, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
                problems << QString::fromUtf8(sqlite3_errmsg(h));
                sqlite3_close(h);
                continue;
            }
            sqlite3_busy_timeout(h, 5000);
            // One snapshot: the bars stored must be what the summaries of the symbols stored say.
            sqlite3_stmt* st = nullptr;
            const int rc = sqlite3_prepare_v2(h,
                                              "SELECT (SELECT COUNT(*) FROM daily_bars), "
                                              "(SELECT IFNULL(SUM(bar_count), 0) FROM bar_summary)",
                                              -1,
                                              &st,
                                              nullptr);
            if (rc != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
                problems << QString::fromUtf8(sqlite3_errmsg(h));
            } else if (sqlite3_column_int64(st, 0) != sqlite3_column_int64(st, 1)) {
                problems << QStringLiteral("%1 bars stored, summaries say %2")
                                .arg(sqlite3_column_int64(st, 0))
                                .arg(sqlite3_column_int64(st, 1));
            }
            sqlite3_finalize(st);
            sqlite3_close(h); // the close that must not find itself the last connection
            ++reads;
        }
        if (p.state() != QProcess::NotRunning) {
            QVERIFY(p.waitForFinished(120000));
        }
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY2(reads >= 5, qPrintable(QStringLiteral("only %1 reads during the run").arg(reads)));
        auto after = Store::Database::open(db);
        QVERIFY(after);
        const QSqlDatabase c = (*after)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM daily_bars")), qint64(kFiles) * kRowsPerFile);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM technical_indicators")),
                 qint64(kFiles) * kRowsPerFile);
        QSqlQuery check(c);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void ctrlCCancelsPromptlyAndLeavesCancelled()
    {
        QTemporaryDir dir;
        const QString folder = fixtureFolder(dir, QStringLiteral("C"));
        QVERIFY(!folder.isEmpty());
        const QString db = dir.filePath(QStringLiteral("cancel.sqlite"));
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(Test::cliPath(),
                {QStringLiteral("--db"),
                 db,
                 QStringLiteral("--max-workers"),
                 QStringLiteral("1"),
                 QStringLiteral("fetch"),
                 QStringLiteral("--provider"),
                 QStringLiteral("csv:") + folder});
        QVERIFY(p.waitForStarted());
        auto watcher = Store::Database::open(db);
        QVERIFY(watcher);
        const QSqlDatabase w = (*watcher)->connection();
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && p.state() == QProcess::Running
               && scalar(w, QStringLiteral("SELECT COUNT(*) FROM run_symbols WHERE status = 'done'")) < 50) {
            QThread::msleep(5);
        }
        if (p.state() != QProcess::Running) {
            QSKIP("the load finished before it could be interrupted");
        }
        QElapsedTimer clock;
        clock.start();
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        // The requirement is "within a second"; the bound leaves room for a loaded CI machine, and the
        // measured time is printed for the record.
        qInfo("cancel took %lld ms", static_cast<long long>(clock.elapsed()));
        QVERIFY2(clock.elapsed() < 3000,
                 qPrintable(QStringLiteral("stopped after %1 ms").arg(clock.elapsed())));
        QCOMPARE(p.exitCode(), 3);
        QSqlQuery q(w);
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM runs")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestKillResume)
#include "TestKillResume.moc"
