#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "tests/core/backtest/BacktestFixture.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

Test::CliRun cli(const QString& db, QStringList args)
{
    return Test::runCli(QStringList{QStringLiteral("--db"), db} + args);
}

} // namespace

/** `tessera-cli backtest` (issue 16) through the real SQLite file: the JSON shape, storage, errors. */
class TestBacktestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void runStoreListShowRemove()
    {
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        const QString db = t.path();
        const Test::CliRun run = cli(db,
                                     {QStringLiteral("--json"),
                                      QStringLiteral("backtest"),
                                      QStringLiteral("--screen"),
                                      QStringLiteral("close > 0"),
                                      QStringLiteral("--ranking"),
                                      QStringLiteral("return_5d"),
                                      QStringLiteral("--from"),
                                      QStringLiteral("2024-02-01"),
                                      QStringLiteral("--to"),
                                      QStringLiteral("2024-04-30"),
                                      QStringLiteral("--rebalance"),
                                      QStringLiteral("5"),
                                      QStringLiteral("--top"),
                                      QStringLiteral("2"),
                                      QStringLiteral("--hold"),
                                      QStringLiteral("5"),
                                      QStringLiteral("--notional"),
                                      QStringLiteral("1e6")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char* key :
             {"equity", "benchmark", "cagr", "sharpe", "max_drawdown", "turnover", "trades", "costs"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        const QJsonArray equity = o.value(QStringLiteral("equity")).toArray();
        QCOMPARE(equity.size(), o.value(QStringLiteral("benchmark")).toArray().size());
        QCOMPARE(equity.first().toArray().at(0).toString(), QStringLiteral("2024-02-01"));
        QCOMPARE(equity.last().toArray().at(0).toString(), QStringLiteral("2024-04-30"));
        QVERIFY(o.value(QStringLiteral("trades")).toInt() > 0);
        QVERIFY(o.value(QStringLiteral("costs")).toDouble() > 0);
        QCOMPARE(o.value(QStringLiteral("trade_list")).toArray().size(),
                 o.value(QStringLiteral("trades")).toInt());
        const qint64 id = o.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);

        const Test::CliRun list = cli(db, {QStringLiteral("backtest"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("close > 0 2024-02-01–2024-04-30")));
        const Test::CliRun show = cli(db,
                                      {QStringLiteral("--json"),
                                       QStringLiteral("backtest"),
                                       QStringLiteral("show"),
                                       QString::number(id)});
        QCOMPARE(show.code, 0);
        const QJsonObject back = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(back.value(QStringLiteral("equity")).toArray(), equity);
        QCOMPARE(back.value(QStringLiteral("cagr")).toDouble(), o.value(QStringLiteral("cagr")).toDouble());
        const Test::CliRun text =
            cli(db, {QStringLiteral("backtest"), QStringLiteral("show"), QString::number(id)});
        QVERIFY(text.out.contains(QStringLiteral("hit rate")));
        QVERIFY(text.out.contains(QStringLiteral("Survivorship")));
        QVERIFY(!text.out.contains(QStringLiteral("accuracy")));
        QCOMPARE(cli(db, {QStringLiteral("backtest"), QStringLiteral("remove"), QString::number(id)}).code,
                 0);
        const Test::CliRun gone =
            cli(db, {QStringLiteral("backtest"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(gone.code, 2);
        QVERIFY(gone.err.contains(QStringLiteral("no stored backtest with id")));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList period{QStringLiteral("--from"),
                                 QStringLiteral("2024-02-01"),
                                 QStringLiteral("--to"),
                                 QStringLiteral("2024-04-30")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("--screen"),
                                                 QStringLiteral("momentum"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2024-02-30"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2024-04-30")}
                                  << QStringLiteral("--from: expected a date YYYY-MM-DD, got '2024-02-30'");
        QTest::newRow("reversed") << QStringList{QStringLiteral("--screen"),
                                                 QStringLiteral("momentum"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2024-04-30"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2024-02-01")}
                                  << QStringLiteral("--to 2024-02-01 is before --from 2024-04-30");
        QTest::newRow("unknown screen, bad expression")
            << (QStringList{QStringLiteral("--screen"), QStringLiteral("mommentum")} + period)
            << QStringLiteral("no stored screen is named 'mommentum'");
        QTest::newRow("expression error with its column")
            << (QStringList{QStringLiteral("--screen"), QStringLiteral("rsi_14 < ")} + period)
            << QStringLiteral("column");
        QTest::newRow("empty universe") << (QStringList{QStringLiteral("--screen"),
                                                        QStringLiteral("close > 0"),
                                                        QStringLiteral("--selection"),
                                                        QStringLiteral("tag:nothing")}
                                            + period)
                                        << QStringLiteral("no symbol has the tag 'nothing'");
        QTest::newRow("fundamentals before the first as-of") << QStringList{QStringLiteral("--screen"),
                                                                            QStringLiteral("pe_ratio < 50"),
                                                                            QStringLiteral("--from"),
                                                                            QStringLiteral("2024-01-15"),
                                                                            QStringLiteral("--to"),
                                                                            QStringLiteral("2024-04-30")}
                                                             << QStringLiteral("--allow-stale-fundamentals");
        QTest::newRow("bad rebalance") << (QStringList{QStringLiteral("--screen"),
                                                       QStringLiteral("momentum"),
                                                       QStringLiteral("--rebalance"),
                                                       QStringLiteral("often")}
                                           + period)
                                       << QStringLiteral("rebalance 'often'");
        QTest::newRow("retrain days without walk-forward")
            << (QStringList{QStringLiteral("--screen"),
                            QStringLiteral("ml_prediction_score > 0.5"),
                            QStringLiteral("--xs-retrain-days"),
                            QStringLiteral("20")}
                + period)
            << QStringLiteral("--xs-retrain-days goes with --xs-walk-forward");
        QTest::newRow("walk-forward on three symbols")
            << (QStringList{QStringLiteral("--screen"),
                            QStringLiteral("ml_prediction_score > 0.5"),
                            QStringLiteral("--xs-walk-forward")}
                + period)
            << QStringLiteral("a cross-section needs at least 5 symbols; the selection has 3");
        QTest::newRow("consensus")
            << (QStringList{QStringLiteral("--screen"), QStringLiteral("consensus_ready = 1")} + period)
            << QStringLiteral("consensus_ready cannot be replayed");
    }

    /** A verdict screen: verdicts computed as of the rebalance days, then read back; the notes say which. */
    void verdictScreen()
    {
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        const QStringList args{QStringLiteral("--json"),
                               QStringLiteral("backtest"),
                               QStringLiteral("--screen"),
                               QStringLiteral("verdict != 'WITHHELD'"),
                               QStringLiteral("--ranking"),
                               QStringLiteral("verdict_score"),
                               QStringLiteral("--from"),
                               QStringLiteral("2024-02-01"),
                               QStringLiteral("--to"),
                               QStringLiteral("2024-04-30"),
                               QStringLiteral("--no-save")};
        const Test::CliRun first = cli(t.path(), args);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonObject a = QJsonDocument::fromJson(first.out.toUtf8()).object();
        const QString notes = a.value(QStringLiteral("notes")).toArray().first().toString();
        // 3 symbols × 13 rebalance days (every 5 trading days from 2024-02-01), none stored before.
        QVERIFY2(notes.contains(QStringLiteral("of 39 (symbol, day) pairs, 0 were read from the call history "
                                               "and 39 computed now")),
                 qPrintable(notes));
        QVERIFY(a.value(QStringLiteral("verdict_seconds")).toDouble() > 0);
        const Test::CliRun second = cli(t.path(), args);
        QCOMPARE(second.code, 0);
        const QJsonObject b = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QVERIFY(b.value(QStringLiteral("notes"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("39 were read from the call history and 0 computed now")));
        QCOMPARE(b.value(QStringLiteral("equity")).toArray(), a.value(QStringLiteral("equity")).toArray());
    }

    void clearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        const Test::CliRun run = cli(t.path(), QStringList{QStringLiteral("backtest")} + args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestBacktestCli)
#include "TestBacktestCli.moc"
