#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "core/fetch/providers/BinanceExchangeInfo.h"
#include "core/store/HourlyBarRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/universe/CryptoRefresh.h"

#include "tests/support/FakeMarketServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using Fault = Test::FakeMarketServer::Fault;
using FaultKind = Test::FakeMarketServer::FaultKind;

namespace {

const QString kUniverse = QStringLiteral("My crypto");

Symbol pair(const QString& ticker)
{
    Symbol s;
    s.ticker = ticker;
    return s;
}

/** Three pairs with klines, NEWUSDT newly listed, MATICUSDT halted, OLDUSDT and ETHBTC beside them. */
void scriptExchange(Test::FakeMarketServer& server)
{
    server.addBinanceCsvFolder(Test::dataPath(QStringLiteral("crypto/hourly"))); // BTC, ETH, SOL USDT
    server.setBinancePairStatus(QStringLiteral("NEWUSDT"), QStringLiteral("TRADING"));
    server.setBinancePairStatus(QStringLiteral("MATICUSDT"), QStringLiteral("BREAK"));
    server.setBinancePairStatus(QStringLiteral("OLDUSDT"), QStringLiteral("BREAK"));
    server.setBinancePairStatus(QStringLiteral("ETHBTC"), QStringLiteral("TRADING"));
}

/**
 * A database with the universe BTCUSDT, ETHUSDT, SOLUSDT, MATICUSDT (halted), LUNAUSDT (gone) and
 * BTC-USD (Yahoo's spelling, not a USDT pair), MATICUSDT with three stored hours, and quick retries.
 */
void seed(const Test::TempDatabase& t)
{
    Universe u;
    u.name = kUniverse;
    u.source = QStringLiteral("test");
    for (const char* ticker : {"BTCUSDT", "ETHUSDT", "SOLUSDT", "MATICUSDT", "LUNAUSDT", "BTC-USD"}) {
        u.members << pair(QString::fromLatin1(ticker));
    }
    QVERIFY(Store::UniverseRepository(*t.db()).import(u));
    HourlySeries matic(QStringLiteral("MATICUSDT"));
    const qint64 t0 = QDateTime(QDate(2023, 7, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        matic.append(HourlyBar{t0 + i * 3600LL, 1, 1.1, 0.9, 1.05, 100});
    }
    QVERIFY(Store::HourlyBarRepository(*t.db()).replaceAll(
        QStringLiteral("MATICUSDT"), matic, QStringLiteral("t")));
    Store::SettingsRepository settings(*t.db());
    QVERIFY(settings.setValue(QStringLiteral("fetch/retries"), QStringLiteral("1")));
    QVERIFY(settings.setValue(QStringLiteral("fetch/backoffSeconds"), QStringLiteral("0.02")));
    QVERIFY(settings.setValue(QStringLiteral("fetch/timeoutSeconds"), QStringLiteral("5")));
}

QStringList members(const Test::TempDatabase& t)
{
    return Store::UniverseRepository(*t.db()).members(kUniverse).value_or(QStringList());
}

QStringList tickers(const QList<Symbol>& symbols)
{
    QStringList out;
    for (const Symbol& s : symbols) {
        out << s.ticker;
    }
    return out;
}

} // namespace

/**
 * The exchange-info refresh of a crypto universe (issue 21): Binance's exchangeInfo parsed, compared with
 * the members (added, delisted, kept, ignored), applied without losing stored bars, every injected error
 * a clear reason with the universe unchanged, and `universe refresh-crypto` against the fake server.
 */
class TestExchangeInfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void parsesTheDocumentedLayout()
    {
        auto pairs = Fetch::parseExchangeInfo(
            R"({"timezone":"UTC","serverTime":1,"rateLimits":[],"exchangeFilters":[],"symbols":[)"
            R"({"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT","isSpotTradingAllowed":true},)"
            R"({"symbol":"LUNAUSDT","status":"BREAK","baseAsset":"LUNA","quoteAsset":"USDT"},)"
            R"({"symbol":"XUSDT","status":"TRADING","baseAsset":"X","quoteAsset":"USDT","isSpotTradingAllowed":false}]})");
        QVERIFY2(pairs, qPrintable(pairs ? QString() : pairs.error().message));
        QCOMPARE(pairs->size(), 3);
        QCOMPARE(pairs->at(0).symbol, QStringLiteral("BTCUSDT"));
        QCOMPARE(pairs->at(0).baseAsset, QStringLiteral("BTC"));
        QCOMPARE(pairs->at(0).quoteAsset, QStringLiteral("USDT"));
        QVERIFY(pairs->at(0).trading());
        QCOMPARE(pairs->at(1).status, QStringLiteral("BREAK"));
        QVERIFY(!pairs->at(1).trading());
        QVERIFY(!pairs->at(2).trading()); // TRADING but not on the spot market

        auto notJson = Fetch::parseExchangeInfo(R"({"symbols":[{"symbol":"BTCUSDT",)");
        QVERIFY(!notJson);
        QVERIFY2(notJson.error().message.startsWith(
                     QStringLiteral("Binance's exchangeInfo answer is not valid JSON")),
                 qPrintable(notJson.error().message));
        auto noList = Fetch::parseExchangeInfo(R"({"code":-1000,"msg":"An unknown error occurred"})");
        QVERIFY(!noList);
        QVERIFY(noList.error().message.contains(QStringLiteral("no \"symbols\" list")));
        auto noQuote = Fetch::parseExchangeInfo(
            R"({"symbols":[{"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT"},)"
            R"({"symbol":"ETHUSDT","status":"TRADING","baseAsset":"ETH"}]})");
        QVERIFY(!noQuote);
        QCOMPARE(
            noQuote.error().message,
            QStringLiteral("Binance's exchangeInfo entry 2 has no quoteAsset; the universe is unchanged"));
    }

    void comparesMembersHandChecked()
    {
        const QList<Fetch::ExchangePair> pairs{{QStringLiteral("BTCUSDT"),
                                                QStringLiteral("TRADING"),
                                                QStringLiteral("BTC"),
                                                QStringLiteral("USDT")},
                                               {QStringLiteral("MATICUSDT"),
                                                QStringLiteral("BREAK"),
                                                QStringLiteral("MATIC"),
                                                QStringLiteral("USDT")},
                                               {QStringLiteral("POLUSDT"),
                                                QStringLiteral("TRADING"),
                                                QStringLiteral("POL"),
                                                QStringLiteral("USDT")},
                                               {QStringLiteral("ETHBTC"),
                                                QStringLiteral("TRADING"),
                                                QStringLiteral("ETH"),
                                                QStringLiteral("BTC")},
                                               {QStringLiteral("OLDUSDT"),
                                                QStringLiteral("HALT"),
                                                QStringLiteral("OLD"),
                                                QStringLiteral("USDT")}};
        const auto r = Universes::compareWithExchange({QStringLiteral("BTC-USDT"),
                                                       QStringLiteral("MATICUSDT"),
                                                       QStringLiteral("LUNAUSDT"),
                                                       QStringLiteral("ETH-USD"),
                                                       QStringLiteral("RELIANCE.NS")},
                                                      pairs,
                                                      QStringLiteral("usdt"));
        QCOMPARE(r.quote, QStringLiteral("USDT"));
        QCOMPARE(r.tradingPairs, 2); // BTCUSDT and POLUSDT
        QCOMPARE(r.kept, QStringList{QStringLiteral("BTC-USDT")});
        QCOMPARE(tickers(r.added), QStringList{QStringLiteral("POLUSDT")});
        QCOMPARE(r.added.front().name, QStringLiteral("POL"));
        QCOMPARE(r.added.front().currency, QStringLiteral("USDT"));
        QCOMPARE(r.added.front().exchange, QStringLiteral("Binance"));
        QCOMPARE(r.delisted.size(), 2);
        QCOMPARE(r.delisted.at(0).ticker, QStringLiteral("LUNAUSDT"));
        QCOMPARE(r.delisted.at(0).reason, QStringLiteral("not listed by the exchange"));
        QCOMPARE(r.delisted.at(1).ticker, QStringLiteral("MATICUSDT"));
        QCOMPARE(r.delisted.at(1).reason, QStringLiteral("status BREAK"));
        QCOMPARE(r.ignored, (QStringList{QStringLiteral("ETH-USD"), QStringLiteral("RELIANCE.NS")}));
    }

    void refreshThroughFakeServerThenApply()
    {
        Test::FakeMarketServer server;
        scriptExchange(server);
        Test::TempDatabase t;
        seed(t);
        auto report = Universes::checkCryptoUniverse(
            *t.db(), QStringLiteral("my crypto"), QStringLiteral("USDT"), server.baseUrl());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(server.log().front().path.startsWith(QStringLiteral("/api/v3/exchangeInfo?")));
        QCOMPARE(report->tradingPairs, 4); // BTC, ETH, SOL, NEW
        QCOMPARE(tickers(report->added), QStringList{QStringLiteral("NEWUSDT")});
        QCOMPARE(report->delisted.size(), 2);
        QCOMPARE(report->delisted.at(0).ticker, QStringLiteral("LUNAUSDT"));
        QCOMPARE(report->delisted.at(1).ticker, QStringLiteral("MATICUSDT"));
        QCOMPARE(report->delisted.at(1).reason, QStringLiteral("status BREAK"));
        QCOMPARE(
            report->kept,
            (QStringList{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")}));
        QCOMPARE(report->ignored, QStringList{QStringLiteral("BTC-USD")});
        QCOMPARE(members(t).size(), 6); // checking changes nothing

        auto diff = Universes::applyCryptoRefresh(*t.db(), kUniverse, *report);
        QVERIFY2(diff, qPrintable(diff ? QString() : diff.error().message));
        QCOMPARE(diff->added, QStringList{QStringLiteral("NEWUSDT")});
        QCOMPARE(diff->removed, (QStringList{QStringLiteral("LUNAUSDT"), QStringLiteral("MATICUSDT")}));
        QCOMPARE(diff->unchanged, 4);
        QCOMPARE(members(t),
                 (QStringList{QStringLiteral("BTC-USD"),
                              QStringLiteral("BTCUSDT"),
                              QStringLiteral("ETHUSDT"),
                              QStringLiteral("NEWUSDT"),
                              QStringLiteral("SOLUSDT")}));
        // The delisted pair left the universe, not the database: its hours are all still there.
        QCOMPARE(Store::HourlyBarRepository(*t.db()).span(QStringLiteral("MATICUSDT"))->count, qint64(3));

        // A second refresh finds nothing to do.
        auto again =
            Universes::checkCryptoUniverse(*t.db(), kUniverse, QStringLiteral("USDT"), server.baseUrl());
        QVERIFY(again);
        QVERIFY(again->added.isEmpty());
        QVERIFY(again->delisted.isEmpty());
    }

    void injectedErrorsLeaveTheUniverse_data()
    {
        QTest::addColumn<int>("fault"); // 0 429, 1 418, 2 malformed entry, 3 invalid JSON, 4 truncated
        QTest::addColumn<QString>("reason");
        QTest::newRow("429") << 0
                             << QStringLiteral(
                                    "rate limited by Binance (HTTP 429, Retry-After 1 s) after 2 attempt(s)");
        QTest::newRow("418") << 1 << QStringLiteral("banned by Binance for 600 s (HTTP 418");
        QTest::newRow("malformed") << 2
                                   << QStringLiteral(
                                          "Binance's exchangeInfo entry 1 has no status; the universe is "
                                          "unchanged");
        QTest::newRow("invalid JSON")
            << 3 << QStringLiteral("Binance's exchangeInfo answer is not valid JSON");
        QTest::newRow("truncated") << 4 << QStringLiteral("truncated answer");
    }

    void injectedErrorsLeaveTheUniverse()
    {
        QFETCH(int, fault);
        QFETCH(QString, reason);
        Test::FakeMarketServer server;
        scriptExchange(server);
        switch (fault) {
        case 0:
            server.addFault(Fault::httpStatus(429, {}, -1, 1));
            break;
        case 1:
            server.addFault(Fault::httpStatus(418, {}, -1, 600));
            break;
        case 2:
            server.addFault(Fault::replacedBody(R"({"symbols":[{"symbol":"BTCUSDT"}]})"));
            break;
        case 3:
            server.addFault(Fault::of(FaultKind::InvalidJson));
            break;
        default:
            server.addFault(Fault::of(FaultKind::Truncate));
            break;
        }
        Test::TempDatabase t;
        seed(t);
        const QStringList before = members(t);
        auto report =
            Universes::checkCryptoUniverse(*t.db(), kUniverse, QStringLiteral("USDT"), server.baseUrl());
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(reason), qPrintable(report.error().message));
        QCOMPARE(members(t), before);
        if (fault == 1) {
            QCOMPARE(server.requestCount(), 1); // a ban is not retried
        }
        if (fault == 0) {
            QCOMPARE(server.requestCount(), 2); // one retry (fetch/retries = 1)
        }
    }

    void cliReportsThenApplies()
    {
        Test::FakeMarketServer server;
        scriptExchange(server);
        Test::TempDatabase t;
        seed(t);
        const QString db = t.path();
        const Test::CliRun dry = Test::runCli({QStringLiteral("--db"),
                                               db,
                                               QStringLiteral("universe"),
                                               QStringLiteral("refresh-crypto"),
                                               QStringLiteral("MY CRYPTO"),
                                               QStringLiteral("--base-url"),
                                               server.baseUrl()});
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(QStringLiteral(
                     "My crypto: 5 member pair(s) compared with Binance's 4 USDT pairs trading")),
                 qPrintable(dry.out + dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral(
                     "Delisted: 2: LUNAUSDT (not listed by the exchange), MATICUSDT (status BREAK)")),
                 qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("Added: 1: NEWUSDT")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("run again with --apply")), qPrintable(dry.out));
        QCOMPARE(members(t).size(), 6);

        const Test::CliRun applied = Test::runCli({QStringLiteral("--db"),
                                                   db,
                                                   QStringLiteral("--json"),
                                                   QStringLiteral("universe"),
                                                   QStringLiteral("refresh-crypto"),
                                                   kUniverse,
                                                   QStringLiteral("--base-url"),
                                                   server.baseUrl(),
                                                   QStringLiteral("--apply")});
        QCOMPARE(applied.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(applied.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("added")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("delisted"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("status BREAK"));
        QVERIFY(members(t).contains(QStringLiteral("NEWUSDT")));
        QVERIFY(!members(t).contains(QStringLiteral("MATICUSDT")));

        server.addFault(Fault::httpStatus(418, {}, -1, 60));
        const Test::CliRun banned = Test::runCli({QStringLiteral("--db"),
                                                  db,
                                                  QStringLiteral("universe"),
                                                  QStringLiteral("refresh-crypto"),
                                                  kUniverse,
                                                  QStringLiteral("--base-url"),
                                                  server.baseUrl(),
                                                  QStringLiteral("--apply")});
        QCOMPARE(banned.code, 1);
        QVERIFY2(
            banned.err.contains(QStringLiteral("My crypto: exchange-info refresh failed: banned by Binance")),
            qPrintable(banned.err));
        const Test::CliRun missing = Test::runCli({QStringLiteral("--db"),
                                                   db,
                                                   QStringLiteral("universe"),
                                                   QStringLiteral("refresh-crypto"),
                                                   QStringLiteral("Nope")});
        QCOMPARE(missing.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestExchangeInfo)
#include "TestExchangeInfo.moc"
