#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

using Run = Test::CliRun;

/** tessera-cli --db DB args... */
Run cli(const QString& db, const QStringList& args)
{
    return Test::runCli(QStringList{QStringLiteral("--db"), db} + args);
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

/** The chart's lists from the command line (issue 17): `watchlist` and `alerts`. */
class TestChartCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("t.sqlite"));
        const Run fetched = cli(m_db,
                                {QStringLiteral("fetch"),
                                 QStringLiteral("--provider"),
                                 QStringLiteral("synthetic"),
                                 QStringLiteral("--symbols"),
                                 QStringLiteral("SYN0001.NS,SYN0002.NS,SYN0003.NS")});
        QCOMPARE(fetched.code, 0);
    }

    void watchlistLifecycle()
    {
        QCOMPARE(
            cli(m_db, {QStringLiteral("watchlist"), QStringLiteral("create"), QStringLiteral("Tech")}).code,
            0);
        // "SYN0003" is the stored SYN0003.NS (the base matches); the order typed is kept.
        const Run added = cli(m_db,
                              {QStringLiteral("watchlist"),
                               QStringLiteral("add"),
                               QStringLiteral("tech"),
                               QStringLiteral("SYN0003"),
                               QStringLiteral("SYN0001.NS")});
        QCOMPARE(added.code, 0);
        QVERIFY2(added.out.contains(QStringLiteral("Added 2 to 'Tech'")), qPrintable(added.out));

        // An unknown ticker refuses the whole command, with suggestions, and stores nothing.
        const Run unknown = cli(m_db,
                                {QStringLiteral("watchlist"),
                                 QStringLiteral("add"),
                                 QStringLiteral("Tech"),
                                 QStringLiteral("SYN0002.NS"),
                                 QStringLiteral("SYN0O02.NS")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown ticker SYN0O02.NS")), qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("did you mean")));
        const Run unknownList = cli(m_db,
                                    {QStringLiteral("watchlist"),
                                     QStringLiteral("add"),
                                     QStringLiteral("Tch"),
                                     QStringLiteral("SYN0002.NS")});
        QCOMPARE(unknownList.code, 2);
        QVERIFY2(unknownList.err.contains(QStringLiteral("no watchlist named 'Tch'; did you mean Tech?")),
                 qPrintable(unknownList.err));

        const Run listed = cli(m_db,
                               {QStringLiteral("--json"),
                                QStringLiteral("watchlist"),
                                QStringLiteral("list"),
                                QStringLiteral("TECH")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(
            QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("tickers")).toArray(),
            (QJsonArray{QStringLiteral("SYN0003.NS"), QStringLiteral("SYN0001.NS")}));

        // Export, then import the file as a new list: the same tickers in the same order.
        const QString file = m_dir.filePath(QStringLiteral("tech.txt"));
        QCOMPARE(
            cli(m_db, {QStringLiteral("watchlist"), QStringLiteral("export"), QStringLiteral("Tech"), file})
                .code,
            0);
        QCOMPARE(readAll(file), QStringLiteral("# Tessera watchlist: Tech\nSYN0003.NS\nSYN0001.NS\n"));
        const Run imported = cli(m_db,
                                 {QStringLiteral("watchlist"),
                                  QStringLiteral("import"),
                                  file,
                                  QStringLiteral("--name"),
                                  QStringLiteral("Copy")});
        QCOMPARE(imported.code, 0);
        const Run copy =
            cli(m_db, {QStringLiteral("watchlist"), QStringLiteral("export"), QStringLiteral("copy")});
        QCOMPARE(copy.out, QStringLiteral("# Tessera watchlist: Copy\nSYN0003.NS\nSYN0001.NS\n"));

        QCOMPARE(cli(m_db,
                     {QStringLiteral("watchlist"),
                      QStringLiteral("remove"),
                      QStringLiteral("Tech"),
                      QStringLiteral("SYN0003.NS")})
                     .code,
                 0);
        QCOMPARE(
            cli(m_db, {QStringLiteral("watchlist"), QStringLiteral("delete"), QStringLiteral("Copy")}).code,
            0);
        const Run all =
            cli(m_db, {QStringLiteral("--json"), QStringLiteral("watchlist"), QStringLiteral("list")});
        const QJsonArray lists = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists[0].toObject().value(QStringLiteral("tickers")).toArray(),
                 QJsonArray{QStringLiteral("SYN0001.NS")});
    }

    void alertsAddListRemove()
    {
        // SYN0001.NS's last close, to set one alert above and one below it.
        const Run status =
            cli(m_db, {QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("--all")});
        QCOMPARE(status.code, 0);
        const Run above = cli(m_db,
                              {QStringLiteral("--json"),
                               QStringLiteral("alerts"),
                               QStringLiteral("add"),
                               QStringLiteral("SYN0001"),
                               QStringLiteral("100000"),
                               QStringLiteral("--note"),
                               QStringLiteral("moon")});
        QCOMPARE(above.code, 0);
        const QJsonObject a = QJsonDocument::fromJson(above.out.toUtf8()).object();
        QCOMPARE(a.value(QStringLiteral("ticker")).toString(), QStringLiteral("SYN0001.NS"));
        QCOMPARE(a.value(QStringLiteral("direction")).toString(), QStringLiteral("above"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        const Run below = cli(m_db,
                              {QStringLiteral("alerts"),
                               QStringLiteral("add"),
                               QStringLiteral("SYN0001.NS"),
                               QStringLiteral("0.01")});
        QCOMPARE(below.code, 0);
        QVERIFY2(below.out.contains(QStringLiteral("SYN0001.NS falls to 0.0100")), qPrintable(below.out));

        // Refused: an unknown ticker (with suggestions), a price that is not a number, an unknown id.
        const Run unknown = cli(m_db,
                                {QStringLiteral("alerts"),
                                 QStringLiteral("add"),
                                 QStringLiteral("SYN0O01.NS"),
                                 QStringLiteral("5")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("did you mean SYN0001.NS")), qPrintable(unknown.err));
        QCOMPARE(cli(m_db,
                     {QStringLiteral("alerts"),
                      QStringLiteral("add"),
                      QStringLiteral("SYN0001.NS"),
                      QStringLiteral("x")})
                     .code,
                 2);
        QCOMPARE(cli(m_db, {QStringLiteral("alerts"), QStringLiteral("remove"), QStringLiteral("999")}).code,
                 2);

        const Run listed =
            cli(m_db, {QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("moon"));
        const QString id = QString::number(a.value(QStringLiteral("id")).toInteger());
        QCOMPARE(cli(m_db, {QStringLiteral("alerts"), QStringLiteral("remove"), id}).code, 0);
        const Run after =
            cli(m_db, {QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).array().size(), 1);
        QVERIFY(cli(m_db, {QStringLiteral("--help")})
                    .out.contains(QStringLiteral("alerts list | add TICKER PRICE")));
    }

    void fetchTriggersAlertOnce()
    {
        // A CSV folder with one symbol closing at 100, 102; an alert at 105 (above), then a new bar whose
        // high reaches 106: the fetch's end finds the crossing and says so; the next fetch does not again.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(csv));
        const QString file = csv + QStringLiteral("/ALRT.csv");
        const auto write = [&file](const QByteArray& text) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("Date,Open,High,Low,Close,Volume\n2025-01-02,99,101,98,100,1000\n2025-01-03,100,103,99,102,"
              "1000\n");
        const QStringList fetch{
            QStringLiteral("fetch"), QStringLiteral("--provider"), QStringLiteral("csv:") + csv};
        QCOMPARE(cli(db, fetch).code, 0);
        QCOMPARE(cli(db,
                     {QStringLiteral("alerts"),
                      QStringLiteral("add"),
                      QStringLiteral("ALRT"),
                      QStringLiteral("105")})
                     .code,
                 0);
        write(
            "Date,Open,High,Low,Close,Volume\n2025-01-02,99,101,98,100,1000\n2025-01-03,100,103,99,102,1000\n"
            "2025-01-06,102,106,101,105.5,1000\n");
        const Run crossed = cli(db, fetch);
        QCOMPARE(crossed.code, 0);
        QVERIFY2(QString(crossed.out + crossed.err)
                     .contains(QStringLiteral(
                         "1 price alert triggered: ALRT rose to 105.00 (close 105.50 on 2025-01-06)")),
                 qPrintable(crossed.out + crossed.err));
        const Run again = cli(db, fetch);
        QVERIFY(!QString(again.out + again.err).contains(QStringLiteral("price alert")));
        const Run listed =
            cli(db, {QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("list")});
        const QJsonObject alert = QJsonDocument::fromJson(listed.out.toUtf8()).array().first().toObject();
        QCOMPARE(alert.value(QStringLiteral("status")).toString(), QStringLiteral("triggered"));
        QCOMPARE(alert.value(QStringLiteral("triggeredDate")).toString(), QStringLiteral("2025-01-06"));
        QCOMPARE(alert.value(QStringLiteral("triggeredPrice")).toDouble(), 105.5);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestChartCli)
#include "TestChartCli.moc"
