#include <csignal>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include "core/store/Database.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

constexpr int kFiles = 1500;
const QString kFixture = QStringLiteral("csv/real/JIOFIN_2020-10-01_to_2025-09-30.csv");
constexpr int kRowsPerFile = 526;

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
        const QString folder = dir.filePath(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < kFiles; ++i) {
            QVERIFY(QFile::copy(Test::dataPath(kFixture),
                                folder + QStringLiteral("/K%1.csv").arg(i, 4, 10, QChar(u'0'))));
        }
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

    void ctrlCCancelsPromptlyAndLeavesCancelled()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < kFiles; ++i) {
            QVERIFY(QFile::copy(Test::dataPath(kFixture),
                                folder + QStringLiteral("/C%1.csv").arg(i, 4, 10, QChar(u'0'))));
        }
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
