#include <csignal>

#include <QtTest>

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

Test::CliRun cli(const QString& db, const QStringList& args)
{
    return Test::runCli(QStringList{QStringLiteral("--db"), db} + args);
}

/** The paper account's orders as JSON objects, by id. */
QMultiHash<QString, QJsonObject> orders(const QString& db)
{
    const Test::CliRun run =
        cli(db, {QStringLiteral("--json"), QStringLiteral("portfolio"), QStringLiteral("orders")});
    if (run.code != 0) {
        qFatal("portfolio orders failed: %s", qPrintable(run.err));
    }
    QMultiHash<QString, QJsonObject> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    }
    return out;
}

/**
 * Starts `order place buy SYN0001.NS 5 --client-id id` paused at point (TESSERA_TEST_PAUSE_ORDER, see
 * core/portfolio/PaperEngine.cpp), kills it with SIGKILL there; false when it never paused.
 */
bool killAtOrderPause(const QString& db, const QString& id, const QString& point)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/tessera-test-xdg"));
    env.insert(QStringLiteral("TESSERA_TEST_PAUSE_ORDER"), point);
    p.setProcessEnvironment(env);
    p.start(Test::cliPath(),
            {QStringLiteral("--db"),
             db,
             QStringLiteral("order"),
             QStringLiteral("place"),
             QStringLiteral("buy"),
             QStringLiteral("SYN0001.NS"),
             QStringLiteral("5"),
             QStringLiteral("--client-id"),
             id});
    QByteArray err;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && p.state() != QProcess::NotRunning && !err.contains("paused at order")) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    const QByteArray wanted = QByteArray("paused at order ") + point.toUtf8();
    if (!err.contains(wanted)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::CrashExit;
}

} // namespace

/** `portfolio` and `order` through the real SQLite file: errors, idempotence, kill -9, CSV export. */
class TestPortfolioCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("t.sqlite"));
        const Test::CliRun fetched = cli(m_db,
                                         {QStringLiteral("fetch"),
                                          QStringLiteral("--provider"),
                                          QStringLiteral("synthetic"),
                                          QStringLiteral("--symbols"),
                                          QStringLiteral("SYN0001.NS,SYN0002.NS")});
        QCOMPARE(fetched.code, 0);
    }

    void usageErrorsRecordNothing()
    {
        const auto place = [&](const QStringList& more) {
            return cli(m_db,
                       QStringList{QStringLiteral("order"), QStringLiteral("place"), QStringLiteral("buy")}
                           + more);
        };
        Test::CliRun r = place({QStringLiteral("NOPE.NS"), QStringLiteral("1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown symbol 'NOPE.NS'")), qPrintable(r.err));
        r = place({QStringLiteral("SYN0001.NS"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("the quantity must be more than 0")));
        r = place({QStringLiteral("SYN0001.NS"),
                   QStringLiteral("1"),
                   QStringLiteral("--type"),
                   QStringLiteral("limit")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("a limit order needs a price")));
        r = place({QStringLiteral("SYN0001.NS"),
                   QStringLiteral("1"),
                   QStringLiteral("--account"),
                   QStringLiteral("Zed")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no account named 'Zed' (the accounts are: Paper)")));
        QVERIFY(orders(m_db).isEmpty());
        // Too much for the cash: recorded, as rejected with the reason, exit 1.
        r = place({QStringLiteral("SYN0001.NS"),
                   QStringLiteral("100000000"),
                   QStringLiteral("--client-id"),
                   QStringLiteral("rich")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("insufficient cash")), qPrintable(r.err));
        const QJsonObject rich = orders(m_db).value(QStringLiteral("rich"));
        QCOMPARE(rich.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    }

    void placeRetryAndCancel()
    {
        const QStringList args{QStringLiteral("order"),
                               QStringLiteral("place"),
                               QStringLiteral("buy"),
                               QStringLiteral("SYN0002.NS"),
                               QStringLiteral("3"),
                               QStringLiteral("--client-id"),
                               QStringLiteral("t1")};
        QCOMPARE(cli(m_db, args).code, 0);
        const Test::CliRun again = cli(m_db, args);
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("placed already")));
        QCOMPARE(orders(m_db).count(QStringLiteral("t1")), 1);
        QCOMPARE(cli(m_db, {QStringLiteral("order"), QStringLiteral("cancel"), QStringLiteral("t1")}).code,
                 0);
        QCOMPARE(orders(m_db).value(QStringLiteral("t1")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        const Test::CliRun twice =
            cli(m_db, {QStringLiteral("order"), QStringLiteral("cancel"), QStringLiteral("t1")});
        QCOMPARE(twice.code, 2);
        QVERIFY(twice.err.contains(QStringLiteral("cancelled already")));
    }

    void killDuringPlacementLosesNoEventAndDuplicatesNone()
    {
        // Killed inside the transaction, before COMMIT: the order was never acknowledged and is not there.
        QVERIFY(killAtOrderPause(m_db, QStringLiteral("k1"), QStringLiteral("before-commit")));
        QCOMPARE(orders(m_db).count(QStringLiteral("k1")), 0);
        // Killed after COMMIT, before it said so: the order is there, whole (placed and accepted).
        QVERIFY(killAtOrderPause(m_db, QStringLiteral("k2"), QStringLiteral("after-commit")));
        QCOMPARE(orders(m_db).count(QStringLiteral("k2")), 1);
        QCOMPARE(orders(m_db).value(QStringLiteral("k2")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("open"));
        // The user retries both with the same ids: k1 is placed now, k2 is not placed twice.
        for (const QString& id : {QStringLiteral("k1"), QStringLiteral("k2")}) {
            const Test::CliRun r = cli(m_db,
                                       {QStringLiteral("order"),
                                        QStringLiteral("place"),
                                        QStringLiteral("buy"),
                                        QStringLiteral("SYN0001.NS"),
                                        QStringLiteral("5"),
                                        QStringLiteral("--client-id"),
                                        id});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out.contains(QStringLiteral("placed already")), id == QLatin1String("k2"));
        }
        const auto all = orders(m_db);
        QCOMPARE(all.count(QStringLiteral("k1")), 1);
        QCOMPARE(all.count(QStringLiteral("k2")), 1);
        // The journal still folds (every event fits the state machine): the accounts list reads it.
        QCOMPARE(cli(m_db, {QStringLiteral("portfolio"), QStringLiteral("accounts")}).code, 0);
    }

    void exportWritesCsv()
    {
        const QString file = m_dir.filePath(QStringLiteral("orders.csv"));
        const Test::CliRun r = cli(
            m_db, {QStringLiteral("portfolio"), QStringLiteral("export"), QStringLiteral("orders"), file});
        QCOMPARE(r.code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("id,placed_on,symbol,side,type")));
        QCOMPARE(lines.size() - 1, orders(m_db).size());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestPortfolioCli)
#include "TestPortfolioCli.moc"
