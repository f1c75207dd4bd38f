#include <cmath>

#include <QUrlQuery>
#include <QtTest>

#include "core/fetch/providers/BinanceProvider.h"
#include "core/fetch/providers/HourlyCsvFile.h"
#include "core/store/BarRepository.h"
#include "core/store/HourlyBarRepository.h"
#include "core/store/HourlyPredictionRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/FakeMarketServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using Fault = Test::FakeMarketServer::Fault;
using FaultKind = Test::FakeMarketServer::FaultKind;

namespace {

const QStringList kPairs{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")};

Fetch::SettingValues settingsFor(const Test::FakeMarketServer& server, int retries = 2)
{
    return {{QStringLiteral("fetch/binance/baseUrl"), server.baseUrl()},
            {QStringLiteral("fetch/binance/rate"), QStringLiteral("100")},
            {QStringLiteral("fetch/backoffSeconds"), QStringLiteral("0.02")},
            {QStringLiteral("fetch/retries"), QString::number(retries)},
            {QStringLiteral("fetch/timeoutSeconds"), QStringLiteral("5")},
            {QStringLiteral("fetch/historyRange"), QStringLiteral("max")}};
}

Result<Tasks::RunResult>
load(const Test::TempDatabase& t, const QStringList& tickers, const Fetch::SettingValues& settings)
{
    Tasks::RunOptions options;
    options.maxWorkers = 2;
    Tasks::TaskContext ctx;
    return Tasks::TaskRunner(t.db()).start(
        QStringLiteral("load"),
        Tasks::loadParams(QStringLiteral("binance"), tickers, {}, settings),
        options,
        ctx);
}

QString reasonOf(const Tasks::RunResult& r, const QString& symbol)
{
    for (const auto& f : r.failures) {
        if (f.symbol == symbol) {
            return f.reason;
        }
    }
    return {};
}

} // namespace

/**
 * The Binance klines provider against the fake server (issue 21): hourly bars of the fixture pairs,
 * paging, an update six hours later, daily klines, and every injected error ending in a per-symbol
 * reason with the stored bars untouched.
 */
class TestBinanceFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void parsesKlines()
    {
        const QByteArray body =
            R"([[1688169600000,"30471.99000000","30534.74000000","30420.00000000","30469.83000000","1244.96393000",1688173199999,"37943163.5",31064,"600.1","18290000.2","0"]])";
        auto k = Fetch::parseKlines(body);
        QVERIFY(k);
        QCOMPARE(k->size(), 1);
        QCOMPARE(k->front().openTimeMs, qint64(1688169600000));
        QCOMPARE(k->front().open, 30471.99);
        QCOMPARE(k->front().close, 30469.83);
        QCOMPARE(k->front().volume, 1244.96393);
        QVERIFY(!Fetch::parseKlines(body.left(60)));
        QVERIFY(!Fetch::parseKlines(R"({"code":-1121,"msg":"Invalid symbol."})"));
        QCOMPARE(Fetch::BinanceProvider::exchangeSymbol(QStringLiteral("btc-usdt")),
                 QStringLiteral("BTCUSDT"));
        // Weight: 6,000 per minute, 2 per klines call, 90 % used → 45 requests/s at most.
        Fetch::NetworkOptions o;
        o.requestsPerSecond = 100;
        o.weightPerMinute = 6000;
        QCOMPARE(Fetch::BinanceProvider::effectiveRate(o), 45.0);
        o.weightPerMinute = 1200;
        QCOMPARE(Fetch::BinanceProvider::effectiveRate(o), 9.0);
    }

    void hourlyLoadThenSixMoreHours()
    {
        Test::FakeMarketServer server;
        QCOMPARE(server.addBinanceCsvFolder(Test::dataPath(QStringLiteral("crypto/hourly-plus6")), 72), 3);
        Test::TempDatabase t;
        auto first = load(t, kPairs, settingsFor(server));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->done, 3);
        Store::HourlyBarRepository hourly(*t.db());
        for (const QString& p : kPairs) {
            QCOMPARE(hourly.span(p)->count, qint64(72));
        }
        // The same bars as the CSV load: BTCUSDT's first hour as in the shared file.
        auto btc = hourly.load(QStringLiteral("BTCUSDT"));
        QCOMPARE(btc->open()[0], 30471.99);
        QCOMPARE(btc->close()[71], 31156.2);
        // Derived daily bars for the 24/7 market.
        QCOMPARE(Store::BarRepository(*t.db()).count(QStringLiteral("BTCUSDT")).value_or(0), qint64(3));

        // Six hours later the exchange has six more: the update asks from the last stored hour and adds them.
        server.clearLog();
        QCOMPARE(server.addBinanceCsvFolder(Test::dataPath(QStringLiteral("crypto/hourly-plus6"))), 3);
        auto second = load(t, kPairs, settingsFor(server));
        QVERIFY(second);
        QCOMPARE(second->done, 3);
        for (const QString& p : kPairs) {
            QCOMPARE(hourly.span(p)->count, qint64(78));
            auto s = hourly.load(p);
            QCOMPARE(s->slice(0, 72).times(), btc->times()); // same hours as before, untouched
        }
        const auto log = server.log();
        QCOMPARE(log.size(), 3);
        const qint64 lastStored = QDateTime(QDate(2023, 7, 3), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch();
        for (const auto& e : log) {
            const QUrlQuery q(QUrl(e.path).query());
            QCOMPARE(q.queryItemValue(QStringLiteral("startTime")).toLongLong(), lastStored);
            QCOMPARE(q.queryItemValue(QStringLiteral("interval")), QStringLiteral("1h"));
            QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("1000"));
        }
    }

    void pagesThroughLongHistories()
    {
        Test::FakeMarketServer server;
        const HourlySeries series = Test::hourlyWalk(QStringLiteral("LONGUSDT"), 2345);
        server.addBinanceKlines(QStringLiteral("LONGUSDT"), series);
        Test::TempDatabase t;
        auto r = load(t, {QStringLiteral("LONGUSDT")}, settingsFor(server));
        QVERIFY(r);
        QCOMPARE(r->done, 1);
        QCOMPARE(server.requestCount(QStringLiteral("LONGUSDT")), 3); // 1000 + 1000 + 345
        auto stored = Store::HourlyBarRepository(*t.db()).load(QStringLiteral("LONGUSDT"));
        QCOMPARE(stored->size(), 2345);
        QCOMPARE(stored->times(), series.times());
    }

    void scheduledCryptoUpdateLoadsThenTrains()
    {
        // Seed 001's 6-hourly entry as the scheduler runs it: train-hourly over a universe's members with
        // the Binance load first, in one run.
        Test::FakeMarketServer server;
        const QStringList pairs{QStringLiteral("AAAUSDT"), QStringLiteral("BBBUSDT")};
        for (const QString& p : pairs) {
            server.addBinanceKlines(p, Test::hourlyWalk(p, 1200).slice(0, 1194));
        }
        Test::TempDatabase t;
        Universe u;
        u.name = QStringLiteral("Two pairs");
        for (const QString& p : pairs) {
            u.members << Symbol{p, {}, {}, {}, {}, {}, {}, {}};
        }
        QVERIFY(Store::UniverseRepository(*t.db()).import(u));
        QJsonObject params = Tasks::cryptoDefaultSchedule(u.name).constFirst().params;
        QCOMPARE(params.value(QStringLiteral("mode")).toString(), QStringLiteral("incremental"));
        params.insert(QStringLiteral("algos"), QStringLiteral("linear")); // the cheap model keeps it quick
        QJsonObject settings = params.value(QStringLiteral("settings")).toObject();
        for (auto [key, value] : settingsFor(server).asKeyValueRange()) {
            settings.insert(key, value);
        }
        params.insert(QStringLiteral("settings"), settings);
        const auto run = [&t, &params] {
            Tasks::RunOptions options;
            options.maxWorkers = 2;
            Tasks::TaskContext ctx;
            return Tasks::TaskRunner(t.db()).start(QStringLiteral("train-hourly"), params, options, ctx);
        };
        auto first = run();
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->done, 2);
        QCOMPARE(first->failed, 0);
        Store::HourlyBarRepository hourly(*t.db());
        Store::HourlyPredictionRepository predictions(*t.db());
        const qint64 lastHour = hourly.span(QStringLiteral("AAAUSDT"))->lastTime;
        QCOMPARE(hourly.span(QStringLiteral("AAAUSDT"))->count, qint64(1194));
        auto cached = predictions.forSymbol(QStringLiteral("AAAUSDT"));
        QVERIFY(cached && !cached->isEmpty());
        QCOMPARE(cached->first().asOf, lastHour + 3600); // as of the close of the last hour loaded
        // The scheduled load did not become the configured provider of the nightly "Data update".
        QCOMPARE(
            Store::SettingsRepository(*t.db()).value(QStringLiteral("fetch/provider")).value_or(QString()),
            QString());

        // Six hours later: the same entry adds exactly six hours per pair and moves the predictions on.
        for (const QString& p : pairs) {
            server.addBinanceKlines(p, Test::hourlyWalk(p, 1200));
        }
        auto second = run();
        QVERIFY(second);
        QCOMPARE(second->done, 2);
        QCOMPARE(hourly.span(QStringLiteral("BBBUSDT"))->count, qint64(1200));
        QCOMPARE(predictions.forSymbol(QStringLiteral("BBBUSDT"))->first().asOf, lastHour + 7 * 3600);

        // A universe that is gone fails the plan with its name.
        params.insert(QStringLiteral("fromUniverse"), QStringLiteral("Gone"));
        auto gone = run();
        QVERIFY(!gone);
        QVERIFY2(gone.error().message.contains(QStringLiteral("'Gone'")), qPrintable(gone.error().message));
    }

    void dailyInterval()
    {
        Test::FakeMarketServer server;
        server.addBinanceCsvFolder(Test::dataPath(QStringLiteral("crypto/hourly")));
        Test::TempDatabase t;
        Fetch::SettingValues s = settingsFor(server);
        s.insert(QStringLiteral("fetch/binance/interval"), QStringLiteral("1d"));
        auto r = load(t, {QStringLiteral("BTCUSDT")}, s);
        QVERIFY(r);
        QCOMPARE(r->done, 1);
        auto days = Store::BarRepository(*t.db()).load(QStringLiteral("BTCUSDT"));
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->at(0).date, QDate(2023, 7, 1));
        QCOMPARE(days->at(0).high, 30661.6);
        QCOMPARE(days->at(0).close, 30585.9);
        QCOMPARE(Store::HourlyBarRepository(*t.db()).span(QStringLiteral("BTCUSDT"))->count, qint64(0));
    }

    void injectedErrorsKeepStoredBars_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("fault"); // 0 unknown, 1 429, 2 418, 3 truncated, 4 cut body (invalid JSON)
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown symbol")
            << QStringLiteral("DOGEUSDT") << 0
            << QStringLiteral("unknown symbol on Binance: DOGEUSDT (-1121 Invalid symbol.)");
        QTest::newRow("429") << QStringLiteral("ETHUSDT") << 1
                             << QStringLiteral(
                                    "rate limited by Binance (HTTP 429, Retry-After 1 s) after 2 attempt(s)");
        QTest::newRow("418 ban") << QStringLiteral("SOLUSDT") << 2
                                 << QStringLiteral("banned by Binance for 300 s (HTTP 418");
        QTest::newRow("truncated") << QStringLiteral("BTCUSDT") << 3 << QStringLiteral("truncated answer");
        QTest::newRow("cut body") << QStringLiteral("BTCUSDT") << 4
                                  << QStringLiteral("Binance's answer is not valid JSON");
    }

    void injectedErrorsKeepStoredBars()
    {
        QFETCH(QString, symbol);
        QFETCH(int, fault);
        QFETCH(QString, reason);
        Test::FakeMarketServer server;
        server.addBinanceCsvFolder(Test::dataPath(QStringLiteral("crypto/hourly-plus6")), 72);
        Test::TempDatabase t;
        QVERIFY(load(t, kPairs, settingsFor(server))); // 72 hours of each stored
        Store::HourlyBarRepository hourly(*t.db());
        const HourlySeries before = hourly.load(symbol).value_or(HourlySeries());

        server.addBinanceCsvFolder(Test::dataPath(QStringLiteral("crypto/hourly-plus6"))); // 6 more available
        server.clearLog();
        switch (fault) {
        case 1:
            server.addFault(Fault::httpStatus(429, symbol, -1, 1));
            break;
        case 2:
            server.addFault(Fault::httpStatus(418, symbol, -1, 300));
            break;
        case 3:
            server.addFault(Fault::of(FaultKind::Truncate, symbol));
            break;
        case 4:
            server.addFault(Fault::of(FaultKind::CutBody, symbol));
            break;
        default:
            break;
        }
        auto r = load(t, {symbol}, settingsFor(server, 1));
        QVERIFY(r);
        QCOMPARE(r->failed, 1);
        const QString why = reasonOf(*r, symbol);
        QVERIFY2(why.contains(reason), qPrintable(why));
        const HourlySeries after = hourly.load(symbol).value_or(HourlySeries());
        QCOMPARE(after.times(), before.times());
        QCOMPARE(after.close(), before.close());
        if (fault == 2) {
            QCOMPARE(server.requestCount(symbol), 1); // a ban is not retried
        }
    }

    void cliFetchWithBaseUrl()
    {
        Test::FakeMarketServer server;
        server.addBinanceCsvFolder(Test::dataPath(QStringLiteral("crypto/hourly")));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Test::CliRun run = Test::runCli({QStringLiteral("--db"),
                                               db,
                                               QStringLiteral("fetch"),
                                               QStringLiteral("--provider"),
                                               QStringLiteral("binance"),
                                               QStringLiteral("--interval"),
                                               QStringLiteral("1h"),
                                               QStringLiteral("--base-url"),
                                               server.baseUrl(),
                                               QStringLiteral("--range"),
                                               QStringLiteral("max"),
                                               QStringLiteral("--symbols"),
                                               QStringLiteral("BTCUSDT,XXXUSDT")});
        QCOMPARE(run.code, 1); // one symbol failed
        QVERIFY2(run.out.contains(QStringLiteral("1 done, 1 failed")), qPrintable(run.out + run.err));
        QVERIFY2(QString(run.out + run.err).contains(QStringLiteral("unknown symbol on Binance: XXXUSDT")),
                 qPrintable(run.out + run.err));
        auto opened = Store::Database::open(db);
        QVERIFY(opened);
        QCOMPARE(Store::HourlyBarRepository(**opened).span(QStringLiteral("BTCUSDT"))->count, qint64(72));
        const Test::CliRun bad = Test::runCli({QStringLiteral("--db"),
                                               db,
                                               QStringLiteral("fetch"),
                                               QStringLiteral("--provider"),
                                               QStringLiteral("binance"),
                                               QStringLiteral("--interval"),
                                               QStringLiteral("5m"),
                                               QStringLiteral("--symbols"),
                                               QStringLiteral("BTCUSDT")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("fetch/binance/interval")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestBinanceFetch)
#include "TestBinanceFetch.moc"
