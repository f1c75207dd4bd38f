#include <QtTest>

#include "core/broker/BrokerConnections.h"
#include "core/broker/FyersClient.h"
#include "core/broker/KiteClient.h"
#include "core/broker/LiveGateways.h"
#include "core/broker/LiveTrading.h"
#include "core/portfolio/Portfolio.h"
#include "core/store/SettingsRepository.h"

#include "tests/support/FakeBrokerLogin.h"
#include "tests/support/FakeFyersServer.h"
#include "tests/support/FakeKiteServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Portfolio;
using Test::must;

namespace {

const QString kSecret = QStringLiteral("live-orders-secret-77");

/**
 * One broker account connected as a user would have it: logged in through the fake's browser flow, the
 * key and session in a secret store, the portfolio's gateways registered for it, and its account created
 * in the portfolio by a first sync. Uniform over Kite and Fyers, so each test runs against both.
 */
class Connected
{
public:
    Connected(const QString& broker, const Store::Database& db)
        : m_broker(broker)
        , m_secrets(std::make_shared<Broker::MemorySecretStore>())
    {
        Broker::ClientOptions options;
        std::unique_ptr<Broker::BrokerClient> client;
        if (broker == u"kite") {
            m_kite = std::make_unique<Test::FakeKiteServer>(kSecret);
            options.baseUrl = QUrl(m_kite->baseUrl());
            m_credentials = {QString::fromLatin1(Test::FakeKiteServer::kApiKey), kSecret};
            client = std::make_unique<Broker::KiteClient>(m_credentials, clientOptions(options));
        } else {
            m_fyers = std::make_unique<Test::FakeFyersServer>(kSecret);
            options.baseUrl = QUrl(m_fyers->baseUrl());
            m_credentials = {QString::fromLatin1(Test::FakeFyersServer::kAppId), kSecret};
            client = std::make_unique<Broker::FyersClient>(m_credentials, clientOptions(options));
        }
        const Broker::Session session = Test::loginThroughBrowser(*client, [this](const QUrl& url) {
            if (m_kite) {
                m_kite->setRedirectUrl(url);
            }
        });
        m_options = clientOptions(options);
        must(Broker::BrokerConnections(*m_secrets, m_options).saveCredentials(broker, m_credentials));
        must(Broker::BrokerConnections(*m_secrets, m_options).saveSession(broker, session));
        auto secrets = m_secrets;
        Broker::registerLiveGateways(m_options, [secrets] { return secrets; });
        account = must(ingestSnapshot(db, must(client->sync()))).account;
    }
    ~Connected() { Broker::unregisterLiveGateways(); }

    Account account;

    QString accountId() const
    {
        return m_kite ? QString::fromLatin1(Test::FakeKiteServer::kAccount)
                      : QString::fromLatin1(Test::FakeFyersServer::kAccount);
    }
    /** The price the fake fills a market order of INFY at. */
    static double infyPrice() { return 1450; }
    qsizetype brokerOrders() const { return m_kite ? m_kite->orders().size() : m_fyers->orders().size(); }
    /** The fake's order book entry carrying tag (Kite "tag", Fyers "orderTag"). */
    QJsonObject brokerOrder(const QString& tag) const
    {
        const QJsonArray book = m_kite ? m_kite->orders() : m_fyers->orders();
        for (const QJsonValue& v : book) {
            const QJsonObject o = v.toObject();
            if (o.value(m_kite ? QStringLiteral("tag") : QStringLiteral("orderTag")).toString() == tag) {
                return o;
            }
        }
        return {};
    }
    QString brokerStatus(const QString& tag) const
    {
        const QJsonObject o = brokerOrder(tag);
        return m_kite ? o.value(QStringLiteral("status")).toString()
                      : QString::number(o.value(QStringLiteral("status")).toInt());
    }
    QString cancelledStatus() const { return m_kite ? QStringLiteral("CANCELLED") : QStringLiteral("1"); }
    /** The broker's risk system rejects INFY orders (an accepted order that ends rejected). */
    void rejectInfy()
    {
        if (m_kite) {
            m_kite->setRejectSymbol(QStringLiteral("INFY"));
        } else {
            m_fyers->setRejectSymbol(QStringLiteral("NSE:INFY-EQ"));
        }
    }
    /** The next placement is refused for margin, as each broker documents it. */
    void refuseForFunds()
    {
        if (m_kite) {
            m_kite->addError("POST",
                             QStringLiteral("/orders/regular"),
                             400,
                             QStringLiteral("MarginException"),
                             QStringLiteral("Insufficient funds. Required margin is 2900.00"));
        } else {
            m_fyers->addError("POST",
                              QStringLiteral("/api/v3/orders/sync"),
                              400,
                              -99,
                              QStringLiteral("RMS:Margin Exceeds, Required:2900.00"));
        }
    }
    /** The next placement reaches the broker, but its answer is lost on the way back (504). */
    void loseNextPlacementAnswer()
    {
        if (m_kite) {
            m_kite->loseAnswers("POST", QStringLiteral("/orders/regular"));
        } else {
            m_fyers->loseAnswers("POST", QStringLiteral("/api/v3/orders/sync"));
        }
    }
    /** The next placement fails with a server error before the broker acts on it. */
    void failNextPlacement()
    {
        if (m_kite) {
            m_kite->addError("POST",
                             QStringLiteral("/orders/regular"),
                             503,
                             QStringLiteral("NetworkException"),
                             QStringLiteral("Request failed (kitetrade-oms)"));
        } else {
            m_fyers->addError(
                "POST", QStringLiteral("/api/v3/orders/sync"), 500, -1, QStringLiteral("Internal error"));
        }
    }
    /** The order book cannot be read (server errors) until mendOrderBook(). */
    void breakOrderBook()
    {
        if (m_kite) {
            m_kite->addError("GET",
                             QStringLiteral("/orders"),
                             503,
                             QStringLiteral("NetworkException"),
                             QStringLiteral("Order book unavailable"),
                             100);
        } else {
            m_fyers->addError("GET",
                              QStringLiteral("/api/v3/orders"),
                              503,
                              -1,
                              QStringLiteral("Order book unavailable"),
                              100);
        }
    }
    void mendOrderBook()
    {
        if (m_kite) {
            m_kite->clearErrors();
        } else {
            m_fyers->clearErrors();
        }
    }
    /** A fresh sync of the account (what `broker sync` records). */
    IngestSummary sync(const Store::Database& db) const
    {
        auto client = must(Broker::BrokerConnections(*m_secrets, m_options).loggedInClient(m_broker));
        return must(ingestSnapshot(db, must(client->sync())));
    }

private:
    static Broker::ClientOptions clientOptions(Broker::ClientOptions o)
    {
        o.maxRetries = 1;
        o.requestsPerSecond = 50;
        return o;
    }
    QString m_broker;
    Broker::ClientOptions m_options;
    Broker::Credentials m_credentials;
    std::shared_ptr<Broker::MemorySecretStore> m_secrets;
    std::unique_ptr<Test::FakeKiteServer> m_kite;
    std::unique_ptr<Test::FakeFyersServer> m_fyers;
};

Order infy(double quantity, const QString& id, OrderType type = OrderType::Market)
{
    Order o;
    o.clientOrderId = id;
    o.symbol = QStringLiteral("INFY.NS");
    o.quantity = quantity;
    o.type = type;
    if (type == OrderType::Limit) {
        o.price = 1300; // below the fake's last price: stays open
    }
    o.note = QStringLiteral("test");
    return o;
}

void liveTrading(const Store::Database& db, bool on)
{
    must(Store::SettingsRepository(db).setValue(Broker::kLiveTradingSetting,
                                                on ? QStringLiteral("on") : QStringLiteral("off")));
}

/** A confirmer that says yes and counts the questions (with what they named). */
struct Asker
{
    int asked = 0;
    QString broker;
    QString account;
    QString description;
    bool answer = true;

    OrderConfirmer confirmer()
    {
        return [this](const QString& b, const QString& a, const QString& d) {
            ++asked;
            broker = b;
            account = a;
            description = d;
            return answer;
        };
    }
};

} // namespace

/**
 * `order place --account "Kite AB1234"` below the command line: Portfolio::placeOrder routed through the
 * registered broker gateways (Broker::registerLiveGateways) to the fake Kite and Fyers servers, recorded
 * in the journal of a real SQLite file. The live gate (switch and confirmation) refuses with nothing sent
 * and nothing recorded; the brokers' refusals become rejected orders with their reasons; a lost answer is
 * found by its tag and never placed twice.
 */
class TestLiveOrders : public QObject
{
    Q_OBJECT

    static void brokers_data()
    {
        QTest::addColumn<QString>("broker");
        QTest::newRow("kite") << QStringLiteral("kite");
        QTest::newRow("fyers") << QStringLiteral("fyers");
    }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void refusedUnlessSwitchedOnAndConfirmed_data() { brokers_data(); }
    void refusedUnlessSwitchedOnAndConfirmed()
    {
        QFETCH(QString, broker);
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        Connected c(broker, db);
        const qsizetype sent = c.brokerOrders();
        const qsizetype recorded = must(loadState(db, c.account)).orders().size();
        Asker asker;

        // Off by default: refused before anyone is asked, with how to turn it on.
        auto off = placeOrder(db, c.account, infy(2, QStringLiteral("off1")), nullptr, asker.confirmer());
        QVERIFY(!off);
        QVERIFY2(off.error().message.contains(QStringLiteral("settings set broker/liveTrading on")),
                 qPrintable(off.error().message));
        QCOMPARE(asker.asked, 0);

        // On, but the confirmation names another account (as a wrong --confirm-live does).
        liveTrading(db, true);
        const OrderConfirmer wrongAccount = [](const QString& b, const QString& a, const QString&) {
            return Broker::liveConfirmationText(b, a) == u"kite:ZZ9999";
        };
        auto wrong = placeOrder(db, c.account, infy(2, QStringLiteral("wrong1")), nullptr, wrongAccount);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Cancelled);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("not confirmed for %1 account %2")
                                                    .arg(Broker::brokerDisplayName(broker), c.accountId())),
                 qPrintable(wrong.error().message));

        // No confirmer at all (a caller that cannot ask): refused too.
        QVERIFY(!placeOrder(db, c.account, infy(2, QStringLiteral("none1"))));

        // A portfolio account whose broker id is not the logged-in one: refused before anything else.
        Account other = c.account;
        other.brokerAccount = QStringLiteral("ZZ9999");
        auto stranger = placeOrder(db, other, infy(2, QStringLiteral("other1")), nullptr, asker.confirmer());
        QVERIFY(!stranger);
        QVERIFY2(stranger.error().message.contains(QStringLiteral("not as ZZ9999")),
                 qPrintable(stranger.error().message));
        QCOMPARE(asker.asked, 0);

        // Nothing reached the broker, nothing was recorded.
        QCOMPARE(c.brokerOrders(), sent);
        QCOMPARE(must(loadState(db, c.account)).orders().size(), recorded);
    }

    void confirmedOrderIsPlacedAndJournalledOnce_data() { brokers_data(); }
    void confirmedOrderIsPlacedAndJournalledOnce()
    {
        QFETCH(QString, broker);
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        Connected c(broker, db);
        liveTrading(db, true);
        const qsizetype sent = c.brokerOrders();
        Asker asker;
        bool duplicate = true;
        const Order placed =
            must(placeOrder(db, c.account, infy(2, QStringLiteral("live1")), &duplicate, asker.confirmer()));
        QVERIFY(!duplicate);
        QCOMPARE(asker.asked, 1);
        QCOMPARE(asker.broker, broker);
        QCOMPARE(asker.account, c.accountId());
        QCOMPARE(asker.description, QStringLiteral("buy 2 INFY.NS market (delivery)"));
        QCOMPARE(c.brokerOrders(), sent + 1);
        QVERIFY(!c.brokerOrder(QStringLiteral("live1")).isEmpty()); // the client id went as the tag
        QCOMPARE(placed.status, OrderStatus::Filled);
        QVERIFY(!placed.brokerOrderId.isEmpty());

        // The journal in the file holds it as the broker reported it.
        const AccountState st = must(loadState(db, c.account));
        const Order kept = st.orders().value(QStringLiteral("live1"));
        QCOMPARE(kept.status, OrderStatus::Filled);
        QCOMPARE(kept.brokerOrderId, placed.brokerOrderId);
        QCOMPARE(kept.filledQuantity, 2.0);
        QCOMPARE(kept.averageFillPrice, Connected::infyPrice());

        // The same client id again: nothing sent, nobody asked.
        const Order again =
            must(placeOrder(db, c.account, infy(2, QStringLiteral("live1")), &duplicate, asker.confirmer()));
        QVERIFY(duplicate);
        QCOMPARE(again.brokerOrderId, placed.brokerOrderId);
        QCOMPARE(asker.asked, 1);
        QCOMPARE(c.brokerOrders(), sent + 1);

        // A sync afterwards recognises the order by its tag and id: no second order in the journal.
        const IngestSummary synced = c.sync(db);
        QCOMPARE(synced.orders, 0);
        QCOMPARE(synced.updates, 0);
        QCOMPARE(must(loadState(db, c.account)).orders().size(), st.orders().size());
    }

    void brokerRefusalsAreRejectedOrders_data() { brokers_data(); }
    void brokerRefusalsAreRejectedOrders()
    {
        QFETCH(QString, broker);
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        Connected c(broker, db);
        liveTrading(db, true);
        Asker asker;
        const qsizetype sent = c.brokerOrders();

        c.refuseForFunds();
        const Order funds =
            must(placeOrder(db, c.account, infy(2, QStringLiteral("funds1")), nullptr, asker.confirmer()));
        QCOMPARE(funds.status, OrderStatus::Rejected);
        QVERIFY2(funds.statusMessage.contains(QStringLiteral("insufficient funds")),
                 qPrintable(funds.statusMessage));
        QCOMPARE(c.brokerOrders(), sent);

        c.rejectInfy();
        const Order rms =
            must(placeOrder(db, c.account, infy(2, QStringLiteral("rms1")), nullptr, asker.confirmer()));
        QCOMPARE(rms.status, OrderStatus::Rejected);
        QVERIFY2(rms.statusMessage.contains(QStringLiteral("RMS")), qPrintable(rms.statusMessage));
        QCOMPARE(c.brokerOrders(), sent + 1); // accepted by the API, rejected by the broker's risk checks

        const AccountState st = must(loadState(db, c.account));
        QCOMPARE(st.orders().value(QStringLiteral("funds1")).status, OrderStatus::Rejected);
        QCOMPARE(st.orders().value(QStringLiteral("funds1")).statusMessage, funds.statusMessage);
        QCOMPARE(st.orders().value(QStringLiteral("rms1")).status, OrderStatus::Rejected);
        QVERIFY(!st.orders().value(QStringLiteral("rms1")).brokerOrderId.isEmpty());

        // A symbol the broker does not list is refused before it is recorded (nothing to reject).
        Order unknown = infy(1, QStringLiteral("aapl1"));
        unknown.symbol = QStringLiteral("AAPL");
        auto refused = placeOrder(db, c.account, unknown, nullptr, asker.confirmer());
        QVERIFY2(!refused,
                 qPrintable(refused ? statusText(refused->status) + refused->statusMessage : QString()));
        QVERIFY2(refused.error().message.contains(QStringLiteral("AAPL is not an equity")),
                 qPrintable(refused.error().message));
        QVERIFY(!must(loadState(db, c.account)).orders().contains(QStringLiteral("aapl1")));
    }

    void lostAnswerIsNeverPlacedTwice_data() { brokers_data(); }
    void lostAnswerIsNeverPlacedTwice()
    {
        QFETCH(QString, broker);
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        Connected c(broker, db);
        liveTrading(db, true);
        Asker asker;
        const qsizetype sent = c.brokerOrders();

        // The answer is lost, the order book shows the order by its tag: recorded as the broker has it.
        c.loseNextPlacementAnswer();
        const Order found =
            must(placeOrder(db, c.account, infy(2, QStringLiteral("lost1")), nullptr, asker.confirmer()));
        QCOMPARE(c.brokerOrders(), sent + 1);
        QCOMPARE(found.status, OrderStatus::Filled);
        QVERIFY(!found.brokerOrderId.isEmpty());
        bool duplicate = false;
        must(placeOrder(db, c.account, infy(2, QStringLiteral("lost1")), &duplicate, asker.confirmer()));
        QVERIFY(duplicate);
        QCOMPARE(c.brokerOrders(), sent + 1);

        // Lost, and the book cannot be read either: the order stays new, the error says what to do.
        c.loseNextPlacementAnswer();
        c.breakOrderBook();
        auto unknown =
            placeOrder(db, c.account, infy(3, QStringLiteral("lost2")), nullptr, asker.confirmer());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::Io);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("stays 'new'"))
                     && unknown.error().message.contains(QStringLiteral("broker sync %1").arg(broker)),
                 qPrintable(unknown.error().message));
        QCOMPARE(c.brokerOrders(), sent + 2); // it did reach the broker
        QCOMPARE(must(loadState(db, c.account)).orders().value(QStringLiteral("lost2")).status,
                 OrderStatus::New);
        // Trying again with the same id sends nothing.
        must(placeOrder(db, c.account, infy(3, QStringLiteral("lost2")), &duplicate, asker.confirmer()));
        QVERIFY(duplicate);
        QCOMPARE(c.brokerOrders(), sent + 2);

        // The next sync finds it by its tag: the same order, now filled, not a second one.
        c.mendOrderBook();
        const qsizetype recorded = must(loadState(db, c.account)).orders().size();
        const IngestSummary synced = c.sync(db);
        QCOMPARE(synced.orders, 0);
        const AccountState st = must(loadState(db, c.account));
        QCOMPARE(st.orders().size(), recorded);
        QCOMPARE(st.orders().value(QStringLiteral("lost2")).status, OrderStatus::Filled);
        QVERIFY(!st.orders().value(QStringLiteral("lost2")).brokerOrderId.isEmpty());
    }

    void cancelReachesTheBrokerUngated_data() { brokers_data(); }
    void cancelReachesTheBrokerUngated()
    {
        QFETCH(QString, broker);
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        Connected c(broker, db);
        liveTrading(db, true);
        Asker asker;
        const Order open = must(placeOrder(
            db, c.account, infy(1, QStringLiteral("lim1"), OrderType::Limit), nullptr, asker.confirmer()));
        QCOMPARE(open.status, OrderStatus::Open);

        // Switched off: taking risk off still works, and needs no confirmation.
        liveTrading(db, false);
        must(cancelOrder(db, c.account, QStringLiteral("lim1")));
        QCOMPARE(c.brokerStatus(QStringLiteral("lim1")), c.cancelledStatus());
        QCOMPARE(must(loadState(db, c.account)).orders().value(QStringLiteral("lim1")).status,
                 OrderStatus::Cancelled);
        QCOMPARE(asker.asked, 1);

        // An order whose placement got no answer: the cancel first looks it up in the broker's book.
        liveTrading(db, true);
        c.loseNextPlacementAnswer();
        c.breakOrderBook();
        QVERIFY(!placeOrder(
            db, c.account, infy(1, QStringLiteral("lim2"), OrderType::Limit), nullptr, asker.confirmer()));
        c.mendOrderBook();
        must(cancelOrder(db, c.account, QStringLiteral("lim2")));
        QCOMPARE(c.brokerStatus(QStringLiteral("lim2")), c.cancelledStatus());
        QCOMPARE(must(loadState(db, c.account)).orders().value(QStringLiteral("lim2")).status,
                 OrderStatus::Cancelled);

        // One that never got there (a server error before the broker acted, the book unreadable too).
        const qsizetype sent = c.brokerOrders();
        c.failNextPlacement();
        c.breakOrderBook();
        QVERIFY(!placeOrder(
            db, c.account, infy(1, QStringLiteral("lim3"), OrderType::Limit), nullptr, asker.confirmer()));
        QCOMPARE(c.brokerOrders(), sent);
        c.mendOrderBook();
        must(cancelOrder(db, c.account, QStringLiteral("lim3")));
        const Order never = must(loadState(db, c.account)).orders().value(QStringLiteral("lim3"));
        QCOMPARE(never.status, OrderStatus::Cancelled);
        QVERIFY2(never.statusMessage.contains(QStringLiteral("never reached")),
                 qPrintable(never.statusMessage));
    }
};

QTEST_GUILESS_MAIN(TestLiveOrders)
#include "TestLiveOrders.moc"
