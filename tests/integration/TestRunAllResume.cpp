#include <csignal>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include "core/store/Database.h"
#include "core/tasks/RunAllTask.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

const QString kFixture = QStringLiteral("csv/real/JIOFIN_2020-10-01_to_2025-09-30.csv");

QProcessEnvironment environment(const QString& xdg, const QString& variable = {}, const QString& value = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdg);
    if (!variable.isEmpty()) {
        env.insert(variable, value);
    }
    return env;
}

int cli(const QProcessEnvironment& env, const QStringList& args, QString* err = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(Test::cliPath(), args);
    if (!p.waitForFinished(240000)) {
        p.kill();
        return -1;
    }
    if (err) {
        *err = QString::fromUtf8(p.readAllStandardError());
    }
    return p.exitCode();
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

/** Waits for "tessera: paused at …" on stderr; empty when the process ended or two minutes passed. */
QString waitForPause(QProcess& p)
{
    QByteArray err;
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
        const qsizetype at = err.indexOf("tessera: paused at ");
        if (at >= 0 && err.indexOf('\n', at) > at) {
            return QString::fromUtf8(err.mid(at, err.indexOf('\n', at) - at));
        }
    }
    return {};
}

} // namespace

/**
 * The run-all saga (issue 20) killed with SIGKILL at each of its steps, then resumed with `runs resume`:
 * the saga finishes, every step ran once (a child run killed mid-way is resumed, not started again), and
 * what it stores is there: picks, the exports, the validation findings.
 */
class TestRunAllResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void killAtEachStep_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        for (const QString& step : Tasks::runAllSteps()) {
            QTest::newRow(qPrintable(QStringLiteral("before ") + step))
                << QStringLiteral("TESSERA_TEST_PAUSE_RUNALL_AT") << step;
        }
        // Inside the pipeline's child run, after its first symbol: the child is resumed, not restarted.
        QTest::newRow("inside the pipeline")
            << QStringLiteral("TESSERA_TEST_PAUSE_AFTER_SYMBOLS") << QStringLiteral("1");
    }

    void killAtEachStep()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(folder));
        for (const char* t : {"AAA", "BBB", "CCC", "DDD", "EEE"}) { // five: the cross-section needs them
            QVERIFY(QFile::copy(Test::dataPath(kFixture),
                                folder + QStringLiteral("/%1.csv").arg(QLatin1String(t))));
        }
        const QString xdg = dir.filePath(QStringLiteral("xdg"));
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const QProcessEnvironment plain = environment(xdg);
        // Small models: the test is about the saga, not the learners.
        for (const QString& kv : {QStringLiteral("train/rf/trees=10"),
                                  QStringLiteral("train/gbm/maxRounds=20"),
                                  QStringLiteral("train/folds=2")}) {
            QCOMPARE(cli(plain,
                         {QStringLiteral("--db"),
                          db,
                          QStringLiteral("settings"),
                          QStringLiteral("set"),
                          kv.section(QLatin1Char('='), 0, 0),
                          kv.section(QLatin1Char('='), 1)}),
                     0);
        }

        QProcess p;
        p.setProcessEnvironment(environment(xdg, variable, value));
        p.start(Test::cliPath(),
                {QStringLiteral("--db"),
                 db,
                 QStringLiteral("--max-workers"),
                 QStringLiteral("2"),
                 QStringLiteral("run-all"),
                 QStringLiteral("--provider"),
                 QStringLiteral("csv:") + folder});
        QVERIFY(p.waitForStarted());
        const QString pause = waitForPause(p);
        QVERIFY2(!pause.isEmpty(), "the saga never reached its pause point");
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));

        QString err;
        const int code = cli(plain,
                             {QStringLiteral("--db"),
                              db,
                              QStringLiteral("runs"),
                              QStringLiteral("resume"),
                              QStringLiteral("1")},
                             &err);
        QVERIFY2(code == 0, qPrintable(pause + QStringLiteral(" → ") + err));

        auto opened = Store::Database::open(db);
        QVERIFY(opened);
        const QSqlDatabase c = (*opened)->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM runs WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("done"));
        QCOMPARE(
            scalar(c,
                   QStringLiteral("SELECT COUNT(*) FROM run_symbols WHERE run_id = 1 AND status = 'done'")),
            Tasks::runAllSteps().size()); // every saga step, "scores" (issue 16) included
        // Each step's task ran to the end exactly once: a killed child was resumed, never duplicated.
        for (const char* kind : {"pipeline", "train", "train-xs", "picks", "export"}) {
            QCOMPARE(
                scalar(
                    c,
                    QStringLiteral("SELECT COUNT(*) FROM runs WHERE kind = '%1'").arg(QLatin1String(kind))),
                1);
            QVERIFY2(scalar(c,
                            QStringLiteral("SELECT COUNT(*) FROM runs WHERE kind = '%1' AND status = 'done'")
                                .arg(QLatin1String(kind)))
                         == 1,
                     kind);
        }
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(DISTINCT symbol_id) FROM daily_bars")), 5);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM symbol_analysis")), 5);
        QVERIFY(scalar(c, QStringLiteral("SELECT COUNT(*) FROM xs_models")) >= 1);
        QVERIFY(
            scalar(c, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'runAll/validationFindings'"))
            == 1);
        // The export step wrote today's files into the default export folder.
        const QString exports = xdg;
        QDirIterator files(
            exports, {QStringLiteral("suggested_stocks_*.csv")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(files.hasNext(), "no suggested_stocks file written");
    }
};

QTEST_GUILESS_MAIN(TestRunAllResume)
#include "TestRunAllResume.moc"
