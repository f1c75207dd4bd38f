#include <QtTest>

#include "core/broker/BrokerConnections.h"
#include "core/broker/FyersClient.h"
#include "core/broker/KiteClient.h"
#include "core/broker/LiveTrading.h"
#include "core/broker/RedirectListener.h"
#include "core/store/SettingsRepository.h"

#include "tests/support/FakeBrokerLogin.h"
#include "tests/support/FakeFyersServer.h"
#include "tests/support/FakeKiteServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Broker;
using Portfolio::OrderStatus;
using Portfolio::OrderType;

namespace {

const QString kKiteSecret = QStringLiteral("kite-secret-XYZ789");
const QString kFyersSecret = QStringLiteral("fyers-secret-QRS456");

ClientOptions optionsFor(const QString& baseUrl)
{
    ClientOptions o;
    o.baseUrl = QUrl(baseUrl);
    o.maxRetries = 1; // a 429 is retried once, then reported
    return o;
}

/** Logs client in through a listener on a free port; `registered` is told the redirect URL first. */
Session login(BrokerClient& client, const std::function<void(const QUrl&)>& registered = {})
{
    return Test::loginThroughBrowser(client, registered);
}

Portfolio::OrderRequest order(const QString& symbol,
                              double quantity,
                              OrderType type = OrderType::Market,
                              std::optional<double> price = std::nullopt)
{
    Portfolio::OrderRequest r;
    r.clientOrderId = QStringLiteral("c0ffee-%1-%2").arg(symbol.section(u'.', 0, 0)).arg(quantity);
    r.symbol = symbol;
    r.quantity = quantity;
    r.type = type;
    r.price = price;
    return r;
}

} // namespace

class TestBrokers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void symbolRules()
    {
        QCOMPARE(tickerFromKite(QStringLiteral("NSE"), QStringLiteral("RELIANCE")),
                 QStringLiteral("RELIANCE.NS"));
        QCOMPARE(tickerFromKite(QStringLiteral("BSE"), QStringLiteral("INFY")), QStringLiteral("INFY.BO"));
        QCOMPARE(tickerFromKite(QStringLiteral("NSE"), QStringLiteral("BAJAJ-AUTO")),
                 QStringLiteral("BAJAJ-AUTO.NS"));
        QCOMPARE(tickerFromKite(QStringLiteral("NSE"), QStringLiteral("SUZLON-BE")),
                 QStringLiteral("SUZLON.NS"));
        QCOMPARE(tickerFromKite(QStringLiteral("NFO"), QStringLiteral("NIFTY24JANFUT")),
                 QStringLiteral("NFO:NIFTY24JANFUT"));
        QCOMPARE(tickerFromFyers(QStringLiteral("NSE:RELIANCE-EQ")), QStringLiteral("RELIANCE.NS"));
        QCOMPARE(tickerFromFyers(QStringLiteral("NSE:BAJAJ-AUTO-EQ")), QStringLiteral("BAJAJ-AUTO.NS"));
        QCOMPARE(tickerFromFyers(QStringLiteral("BSE:RELIANCE-A")), QStringLiteral("RELIANCE.BO"));
        QCOMPARE(tickerFromFyers(QStringLiteral("NSE:NIFTY50-INDEX")), QStringLiteral("NSE:NIFTY50-INDEX"));
        auto bad = parseKiteInstruments("a,b,c\n1,2,3\n", QStringLiteral("x.csv"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("x.csv")), qPrintable(bad.error().message));
        auto badFyers = parseFyersSymbolMaster("1,2,3\n", QStringLiteral("NSE_CM.csv"));
        QVERIFY(!badFyers);
        QVERIFY(badFyers.error().message.contains(QStringLiteral("NSE_CM.csv line 1")));
    }

    void kiteLoginAndSync()
    {
        Test::FakeKiteServer fake(kKiteSecret);
        KiteClient client({QString::fromLatin1(Test::FakeKiteServer::kApiKey), kKiteSecret},
                          optionsFor(fake.baseUrl()));
        const Session s = login(client, [&](const QUrl& url) { fake.setRedirectUrl(url); });
        QCOMPARE(s.accountId, QStringLiteral("AB1234"));
        QCOMPARE(s.accountName, QStringLiteral("Asha Rao"));
        QCOMPARE(s.accessToken, fake.accessToken());

        auto snap = client.sync();
        QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().message));
        QCOMPARE(snap->broker, QStringLiteral("kite"));
        QCOMPARE(snap->accountId, QStringLiteral("AB1234"));
        QCOMPARE(snap->funds.available, 150000.5);
        QCOMPARE(snap->funds.used, 49999.5);
        QCOMPARE(snap->funds.total, 200000.0);
        QCOMPARE(snap->holdings.size(), 2);
        QCOMPARE(snap->holdings[0].symbol, QStringLiteral("RELIANCE.NS"));
        QCOMPARE(snap->holdings[0].quantity, 12.0); // 10 settled + 2 T1
        QCOMPARE(snap->holdings[0].averagePrice, 2400.0);
        QCOMPARE(snap->holdings[1].lastPrice, 1450.0);
        QCOMPARE(snap->positions.size(), 1);
        QCOMPARE(snap->positions[0].symbol, QStringLiteral("TCS.NS"));
        QCOMPARE(snap->positions[0].quantity, -3.0);
        QCOMPARE(snap->positions[0].product, Portfolio::Product::Intraday);
        QCOMPARE(snap->positions[0].realisedPnl, 120.0);
        QCOMPARE(snap->orders.size(), 1);
        QCOMPARE(snap->orders[0].status, OrderStatus::Filled);
        QCOMPARE(snap->orders[0].clientOrderId, QStringLiteral("seed1"));
        QCOMPARE(snap->orders[0].averagePrice, 2490.0);
        // 09:15 IST is 03:45 UTC.
        QCOMPARE(snap->orders[0].placedAt, QDateTime(QDate(2024, 1, 15), QTime(3, 45), Qt::UTC));
        QCOMPARE(snap->trades.size(), 1);
        QCOMPARE(snap->trades[0].brokerOrderId, QStringLiteral("100001"));
        QCOMPARE(snap->trades[0].price, 2490.0);
        QVERIFY(fake.log().contains(QStringLiteral("GET /instruments/NSE")));
        // Equities only: the NIFTY 50 index row (segment INDICES) and the future are left out.
        auto map = Test::must(client.instruments());
        QCOMPARE(map->size(), 5);
        QCOMPARE(map->toBroker(QStringLiteral("SUZLON.NS")).value_or(QString()),
                 QStringLiteral("NSE:SUZLON-BE"));
        QVERIFY(!map->toTicker(QStringLiteral("NSE:NIFTY 50")));
    }

    void kiteOrders()
    {
        Test::FakeKiteServer fake(kKiteSecret);
        KiteClient client({QString::fromLatin1(Test::FakeKiteServer::kApiKey), kKiteSecret},
                          optionsFor(fake.baseUrl()));
        login(client, [&](const QUrl& url) { fake.setRedirectUrl(url); });

        auto filled = client.place(order(QStringLiteral("INFY.NS"), 3));
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message));
        QCOMPARE(filled->status, OrderStatus::Filled);
        QCOMPARE(filled->averagePrice, 1450.0);
        QCOMPARE(filled->symbol, QStringLiteral("INFY.NS"));
        QCOMPARE(filled->clientOrderId, QStringLiteral("c0ffeeINFY3")); // alphanumeric tag
        QCOMPARE(fake.orders().last().toObject().value(QStringLiteral("product")).toString(),
                 QStringLiteral("CNC"));

        auto open = client.place(order(QStringLiteral("BAJAJ-AUTO.NS"), 1, OrderType::Limit, 8800));
        QVERIFY2(open, qPrintable(open ? QString() : open.error().message));
        QCOMPARE(open->status, OrderStatus::Open);
        QCOMPARE(open->price.value_or(0), 8800.0);

        auto changed = client.modify(open->brokerOrderId,
                                     order(QStringLiteral("BAJAJ-AUTO.NS"), 2, OrderType::Limit, 8850));
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
        QCOMPARE(changed->quantity, 2.0);
        QCOMPARE(changed->price.value_or(0), 8850.0);

        QVERIFY(client.cancel(open->brokerOrderId));
        QCOMPARE(fake.orders().last().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("CANCELLED"));
        auto again = client.cancel(open->brokerOrderId);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("Kite rejected the cancellation of order")),
                 qPrintable(again.error().message));

        fake.setRejectSymbol(QStringLiteral("TCS"));
        auto rejected = client.place(order(QStringLiteral("TCS.NS"), 1));
        QVERIFY(rejected);
        QCOMPARE(rejected->status, OrderStatus::Rejected);
        QVERIFY(rejected->statusMessage.contains(QStringLiteral("circuit limit")));

        auto unknown = client.place(order(QStringLiteral("AAPL"), 1));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(
                     QStringLiteral("AAPL is not an equity in Kite's instrument list")),
                 qPrintable(unknown.error().message));
        auto fractional = client.place(order(QStringLiteral("INFY.NS"), 1.5));
        QVERIFY(!fractional);
        QVERIFY(fractional.error().message.contains(QStringLiteral("whole number of shares")));
    }

    void kiteErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("margin") << 400 << "MarginException"
                                << "Insufficient funds. Required margin is 4500.00"
                                << "insufficient funds";
        QTest::newRow("holding") << 400 << "HoldingException"
                                 << "Insufficient holdings"
                                 << "not enough shares held";
        QTest::newRow("closed")
            << 400 << "InputException"
            << "Markets are closed right now. Use GTT for placing long standing orders instead."
            << "the market is closed";
        QTest::newRow("input") << 400 << "InputException"
                               << "Invalid `quantity`."
                               << "Kite refused the order";
        QTest::newRow("rejected") << 400 << "OrderException"
                                  << "Order rejected by RMS"
                                  << "Kite rejected the order";
        QTest::newRow("token") << 403 << "TokenException"
                               << "Token is invalid or has expired."
                               << "log in again";
        QTest::newRow("permission") << 403 << "PermissionException"
                                    << "Not allowed"
                                    << "Kite denied the order";
        QTest::newRow("rate") << 429 << "NetworkException"
                              << "Too many requests"
                              << "rate limit";
        QTest::newRow("network") << 503 << "NetworkException"
                                 << "Request failed (kitetrade-oms)"
                                 << "nothing was placed";
    }

    void kiteErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        Test::FakeKiteServer fake(kKiteSecret);
        KiteClient client({QString::fromLatin1(Test::FakeKiteServer::kApiKey), kKiteSecret},
                          optionsFor(fake.baseUrl()));
        login(client, [&](const QUrl& url) { fake.setRedirectUrl(url); });
        QVERIFY(client.instruments());
        const qsizetype before = fake.orders().size();
        fake.addError("POST", QStringLiteral("/orders/regular"), status, type, message, 2);
        auto placed = client.place(order(QStringLiteral("RELIANCE.NS"), 1));
        QVERIFY(!placed);
        QVERIFY2(placed.error().message.contains(expected), qPrintable(placed.error().message));
        QCOMPARE(fake.orders().size(), before); // nothing half-placed
    }

    void kiteExpiredToken()
    {
        Test::FakeKiteServer fake(kKiteSecret);
        KiteClient client({QString::fromLatin1(Test::FakeKiteServer::kApiKey), kKiteSecret},
                          optionsFor(fake.baseUrl()));
        login(client, [&](const QUrl& url) { fake.setRedirectUrl(url); });
        fake.expireTokens();
        auto snap = client.sync();
        QVERIFY(!snap);
        QVERIFY2(snap.error().message.contains(
                     QStringLiteral("Kite session expired or was revoked: log in again")),
                 qPrintable(snap.error().message));
    }

    void kiteWrongSecretAndState()
    {
        Test::FakeKiteServer fake(kKiteSecret);
        KiteClient client({QString::fromLatin1(Test::FakeKiteServer::kApiKey), QStringLiteral("wrong")},
                          optionsFor(fake.baseUrl()));
        // A redirect with another state is turned away, the right one still taken.
        const QString state = RedirectListener::newState();
        RedirectListener listener(QStringLiteral("/kite"), state, QStringLiteral("Kite"));
        QVERIFY(listener.listen(0));
        fake.setRedirectUrl(listener.redirectUrl());
        Result<QUrlQuery> query = fail(Error::internal(QStringLiteral("none")));
        const QString stranger = Test::playBrowser(
            client.loginUrl(QStringLiteral("forged"), listener.redirectUrl()), listener, query, 1.5);
        QVERIFY(!query); // timed out: the forged state was refused
        QVERIFY2(query.error().message.contains(QStringLiteral("no login answer from the browser")),
                 qPrintable(query.error().message));
        QVERIFY(stranger.contains(QStringLiteral("another login attempt")));
        const QString page =
            Test::playBrowser(client.loginUrl(state, listener.redirectUrl()), listener, query);
        QVERIFY(query);
        auto session = client.createSession(Test::must(client.loginCode(*query)));
        QVERIFY(!session);
        QVERIFY2(session.error().message.contains(QStringLiteral("Invalid `checksum`")),
                 qPrintable(session.error().message));
    }

    void fyersLoginAndSync()
    {
        Test::FakeFyersServer fake(kFyersSecret);
        FyersClient client({QString::fromLatin1(Test::FakeFyersServer::kAppId), kFyersSecret},
                           optionsFor(fake.baseUrl()));
        const Session s = login(client);
        QCOMPARE(s.accountId, QStringLiteral("XY01234"));
        QCOMPARE(s.accountName, QStringLiteral("Ravi Kumar"));
        auto snap = client.sync();
        QVERIFY2(snap, qPrintable(snap ? QString() : snap.error().message));
        QCOMPARE(snap->funds.total, 250000.0);
        QCOMPARE(snap->funds.used, 50000.0);
        QCOMPARE(snap->funds.available, 200000.0);
        QCOMPARE(snap->holdings.size(), 1);
        QCOMPARE(snap->holdings[0].symbol, QStringLiteral("SBIN.NS"));
        QCOMPARE(snap->holdings[0].averagePrice, 600.0);
        QCOMPARE(snap->holdings[0].lastPrice, 620.0);
        QCOMPARE(snap->positions.size(), 1);
        QCOMPARE(snap->positions[0].symbol, QStringLiteral("INFY.NS"));
        QCOMPARE(snap->positions[0].quantity, 4.0);
        QCOMPARE(snap->positions[0].realisedPnl, 80.0);
        QCOMPARE(snap->orders.size(), 1);
        QCOMPARE(snap->orders[0].status, OrderStatus::Filled);
        QCOMPARE(snap->orders[0].placedAt, QDateTime(QDate(2024, 1, 15), QTime(3, 50), Qt::UTC));
        QCOMPARE(snap->trades.size(), 1);
        QCOMPARE(snap->trades[0].tradeId, QStringLiteral("5001"));
        QCOMPARE(snap->trades[0].quantity, 20.0);
    }

    void fyersOrders()
    {
        Test::FakeFyersServer fake(kFyersSecret);
        FyersClient client({QString::fromLatin1(Test::FakeFyersServer::kAppId), kFyersSecret},
                           optionsFor(fake.baseUrl()));
        login(client);
        auto filled = client.place(order(QStringLiteral("RELIANCE.NS"), 2));
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message));
        QCOMPARE(filled->status, OrderStatus::Filled);
        QCOMPARE(filled->averagePrice, 2500.0);
        QCOMPARE(fake.orders().last().toObject().value(QStringLiteral("symbol")).toString(),
                 QStringLiteral("NSE:RELIANCE-EQ"));

        auto open = client.place(order(QStringLiteral("BAJAJ-AUTO.NS"), 1, OrderType::Limit, 8800));
        QVERIFY2(open, qPrintable(open ? QString() : open.error().message));
        QCOMPARE(open->status, OrderStatus::Open);
        auto changed = client.modify(open->brokerOrderId,
                                     order(QStringLiteral("BAJAJ-AUTO.NS"), 3, OrderType::Limit, 8700));
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
        QCOMPARE(changed->quantity, 3.0);
        QCOMPARE(changed->price.value_or(0), 8700.0);
        QVERIFY(client.cancel(open->brokerOrderId));
        QCOMPARE(fake.orders().last().toObject().value(QStringLiteral("status")).toInt(), 1);
        auto again = client.cancel(open->brokerOrderId);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("is not pending")));

        fake.setRejectSymbol(QStringLiteral("NSE:SBIN-EQ"));
        auto rejected = client.place(order(QStringLiteral("SBIN.NS"), 1));
        QVERIFY(rejected);
        QCOMPARE(rejected->status, OrderStatus::Rejected);
        QVERIFY(rejected->statusMessage.contains(QStringLiteral("ban period")));
    }

    void fyersErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("margin") << 400 << -99 << "RMS:Margin Exceeds, Required:4500.00"
                                << "insufficient funds";
        QTest::newRow("closed") << 400 << -99 << "Market is closed for the segment"
                                << "the market is closed";
        QTest::newRow("rejected") << 400 << -99 << "Order rejected by exchange"
                                  << "Fyers rejected the order";
        QTest::newRow("input") << 400 << -50 << "Invalid input"
                               << "Fyers refused the order";
        QTest::newRow("token") << 401 << -16 << "Could not authenticate the user"
                               << "log in again";
        QTest::newRow("expired") << 401 << -17 << "Token is invalid or expired"
                                 << "log in again";
        QTest::newRow("rate") << 429 << -429 << "request limit reached"
                              << "rate limit";
        QTest::newRow("server") << 500 << -1 << "Internal error"
                                << "nothing was placed";
    }

    void fyersErrors()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        Test::FakeFyersServer fake(kFyersSecret);
        FyersClient client({QString::fromLatin1(Test::FakeFyersServer::kAppId), kFyersSecret},
                           optionsFor(fake.baseUrl()));
        login(client);
        QVERIFY(client.instruments());
        const qsizetype before = fake.orders().size();
        fake.addError("POST", QStringLiteral("/api/v3/orders/sync"), status, code, message, 2);
        auto placed = client.place(order(QStringLiteral("SBIN.NS"), 1));
        QVERIFY(!placed);
        QVERIFY2(placed.error().message.contains(expected), qPrintable(placed.error().message));
        QCOMPARE(fake.orders().size(), before);
    }

    void fyersExpiredToken()
    {
        Test::FakeFyersServer fake(kFyersSecret);
        FyersClient client({QString::fromLatin1(Test::FakeFyersServer::kAppId), kFyersSecret},
                           optionsFor(fake.baseUrl()));
        login(client);
        fake.expireTokens();
        auto snap = client.sync();
        QVERIFY(!snap);
        QVERIFY2(snap.error().message.contains(
                     QStringLiteral("Fyers session expired or was revoked: log in again")),
                 qPrintable(snap.error().message));
    }

    void connectionsAndExpiry()
    {
        MemorySecretStore secrets;
        Test::FakeKiteServer fake(kKiteSecret);
        BrokerConnections connections(secrets, optionsFor(fake.baseUrl()));
        auto none = connections.loggedInClient(QStringLiteral("kite"));
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("no API key stored for Kite")),
                 qPrintable(none.error().message));
        QVERIFY(!connections.credentials(QStringLiteral("zerodha")));
        QVERIFY(connections.saveCredentials(
            QStringLiteral("kite"), {QString::fromLatin1(Test::FakeKiteServer::kApiKey), kKiteSecret}));
        auto notIn = connections.loggedInClient(QStringLiteral("kite"));
        QVERIFY(!notIn);
        QVERIFY(notIn.error().message.contains(QStringLiteral("not logged in to Kite")));

        Session old{QStringLiteral("tok"),
                    QStringLiteral("AB1234"),
                    QStringLiteral("Asha"),
                    QDateTime::currentDateTimeUtc().addDays(-2)};
        QVERIFY(connections.saveSession(QStringLiteral("kite"), old));
        auto expired = connections.loggedInClient(QStringLiteral("kite"));
        QVERIFY(!expired);
        QVERIFY2(expired.error().message.contains(QStringLiteral("expired"))
                     && expired.error().message.contains(QStringLiteral("log in again")),
                 qPrintable(expired.error().message));
        auto st = Test::must(connections.status(QStringLiteral("kite")));
        QVERIFY(st.expired);
        QVERIFY(st.session->accessToken.isEmpty()); // status never carries the token

        // 05:59 IST logins expire at 06:00 the same day; 06:01 ones at 06:00 the next.
        const QDateTime early(QDate(2024, 1, 15), QTime(0, 29), Qt::UTC); // 05:59 IST
        QCOMPARE(BrokerConnections::sessionExpiry(QStringLiteral("kite"), early),
                 QDateTime(QDate(2024, 1, 15), QTime(0, 30), Qt::UTC));
        const QDateTime late(QDate(2024, 1, 15), QTime(0, 31), Qt::UTC);
        QCOMPARE(BrokerConnections::sessionExpiry(QStringLiteral("kite"), late),
                 QDateTime(QDate(2024, 1, 16), QTime(0, 30), Qt::UTC));

        QVERIFY(connections.logout(QStringLiteral("kite"), true));
        QVERIFY(!Test::must(connections.status(QStringLiteral("kite"))).hasCredentials);
    }

    void liveGate()
    {
        Test::TempDatabase db;
        Test::FakeKiteServer fake(kKiteSecret);
        KiteClient client({QString::fromLatin1(Test::FakeKiteServer::kApiKey), kKiteSecret},
                          optionsFor(fake.baseUrl()));
        login(client, [&](const QUrl& url) { fake.setRedirectUrl(url); });
        int asked = 0;
        bool answer = false;
        LiveOrderGateway gate(
            client,
            QStringLiteral("AB1234"),
            [&] { return liveTradingEnabled(*db.db()); },
            [&](const QString& broker, const QString& account, const QString& description) {
                ++asked;
                return answer && broker == u"kite" && account == u"AB1234"
                       && description.contains(QStringLiteral("INFY.NS"));
            });
        const qsizetype before = fake.orders().size();
        auto off = gate.place(order(QStringLiteral("INFY.NS"), 1));
        QVERIFY(!off);
        QVERIFY2(off.error().message.contains(QStringLiteral("settings set broker/liveTrading on")),
                 qPrintable(off.error().message));
        QCOMPARE(asked, 0);
        QVERIFY(Store::SettingsRepository(*db.db()).setValue(kLiveTradingSetting, QStringLiteral("on")));
        auto unconfirmed = gate.place(order(QStringLiteral("INFY.NS"), 1));
        QVERIFY(!unconfirmed);
        QCOMPARE(unconfirmed.error().code, ErrorCode::Cancelled);
        QCOMPARE(fake.orders().size(), before);
        answer = true;
        auto placed = gate.place(order(QStringLiteral("INFY.NS"), 1));
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QCOMPARE(fake.orders().size(), before + 1);
        QCOMPARE(asked, 2);
    }
};

QTEST_GUILESS_MAIN(TestBrokers)
#include "TestBrokers.moc"
