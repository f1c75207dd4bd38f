#include <QtTest>

#include "core/market/CorporateAction.h"
#include "core/portfolio/PaperEngine.h"
#include "core/portfolio/Portfolio.h"
#include "core/store/BarRepository.h"
#include "core/store/CorporateActionRepository.h"
#include "core/store/PortfolioRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Portfolio;
using Test::must;

namespace {

const QDate kStart(2024, 1, 1);
QDate day(int i)
{
    return kStart.addDays(i);
}

/**
 * TEST.NS: 25 flat bars at 100 (so the slippage model's volatility is 0 and its cost the 1 bp half
 * spread), then day 25 O100 H112 L99 C110, day 26 O111 H121 L108 C120, day 27 O119 H119 L90 C92.
 */
void storeBars(const Store::Database& db)
{
    must(Store::SymbolRepository(db).upsert(Symbol{QStringLiteral("TEST.NS"),
                                                   QStringLiteral("Test"),
                                                   QStringLiteral("NSE"),
                                                   QStringLiteral("INR"),
                                                   {},
                                                   {},
                                                   {},
                                                   {}}));
    BarSeries s(QStringLiteral("TEST.NS"));
    for (int i = 0; i < 25; ++i) {
        s.append(Bar{day(i), 100, 101, 99, 100, 100, 1e6});
    }
    s.append(Bar{day(25), 100, 112, 99, 110, 110, 1e6});
    s.append(Bar{day(26), 111, 121, 108, 120, 120, 1e6});
    s.append(Bar{day(27), 119, 119, 90, 92, 92, 1e6});
    must(Store::BarRepository(db).replaceAll(QStringLiteral("TEST.NS"), s, QStringLiteral("test")));
    must(Store::CorporateActionRepository(db).write(
        QStringLiteral("TEST.NS"), {Dividend{day(26), 5}}, {}, QStringLiteral("test"), true));
}

Order marketBuy(const QString& id, double q)
{
    Order o;
    o.clientOrderId = id;
    o.symbol = QStringLiteral("TEST.NS");
    o.quantity = q;
    return o;
}

qint64 countEvents(const Store::Database& db, const Account& a, EventKind kind)
{
    qint64 n = 0;
    for (const JournalEvent& e : must(Store::PortfolioRepository(db).events(a.id))) {
        n += e.kind == kind ? 1 : 0;
    }
    return n;
}

/** A broker gateway answering from a script, to check the routing. */
class ScriptedGateway final : public BrokerGateway
{
public:
    static inline int cancels = 0;
    QString broker() const override { return QStringLiteral("fake"); }
    Result<BrokerSnapshot> sync() override { return BrokerSnapshot{}; }
    Result<BrokerOrder> place(const OrderRequest& r) override
    {
        if (r.quantity > 1000) {
            return fail(Error::invalidInput(QStringLiteral("Fake: insufficient funds")));
        }
        BrokerOrder o;
        o.brokerOrderId = QStringLiteral("B-") + r.clientOrderId;
        o.symbol = r.symbol;
        o.quantity = r.quantity;
        o.status = OrderStatus::Open;
        return o;
    }
    Result<BrokerOrder> modify(const QString&, const OrderRequest&) override { return BrokerOrder{}; }
    Result<void> cancel(const QString& id) override
    {
        ++cancels;
        return id.startsWith(QStringLiteral("B-")) ? Result<void>()
                                                   : fail(Error::invalidInput(QStringLiteral("unknown")));
    }
};

BrokerSnapshot snapshot(const QDateTime& at)
{
    BrokerSnapshot s;
    s.broker = QStringLiteral("kite");
    s.accountId = QStringLiteral("ZX1234");
    s.takenAt = at;
    s.funds.available = 50000;
    BrokerOrder filled;
    filled.brokerOrderId = QStringLiteral("K1");
    filled.symbol = QStringLiteral("INFY.NS");
    filled.quantity = 10;
    filled.filledQuantity = 10;
    filled.averagePrice = 1500;
    filled.status = OrderStatus::Filled;
    BrokerOrder open = filled;
    open.brokerOrderId = QStringLiteral("K2");
    open.clientOrderId = QStringLiteral("t-7");
    open.type = OrderType::Limit;
    open.price = 1400;
    open.filledQuantity = 0;
    open.averagePrice = 0;
    open.status = OrderStatus::Open;
    s.orders = {filled, open};
    s.trades = {BrokerTrade{
        QStringLiteral("T1"), QStringLiteral("K1"), QStringLiteral("INFY.NS"), Side::Buy, 10, 1500, at}};
    s.holdings = {BrokerHolding{QStringLiteral("INFY.NS"), 10, 1500, 1520}};
    return s;
}

} // namespace

/** The paper engine on a stored database: fills, brackets, dividends, the journal, ingest and routing. */
class TestPaperEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void bracketFillsDividendAndRebuild()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        storeBars(db);
        const Account a = must(createSimulatedAccount(
            db, QStringLiteral("R"), AccountKind::Replay, QStringLiteral("INR"), 100000, day(24)));
        auto engine = must(PaperEngine::open(db, a));
        Order o = marketBuy(QStringLiteral("b1"), 10);
        o.target = 120;
        o.stop = 95;
        const Order placed = must(engine->place(o));
        QCOMPARE(placed.status, OrderStatus::Open);
        QCOMPARE(placed.placedOn, day(24));
        // Day 25: the market buy at the open 100 plus 1 bp slippage; the bracket exits go in.
        AdvanceSummary s = must(engine->advanceTo(day(25)));
        QCOMPARE(s.fills, 1);
        const Fill buy = engine->state().fills().at(0);
        QVERIFY(qFuzzyCompare(buy.price, 100.01));
        QCOMPARE(engine->state().orders()[QStringLiteral("b1-sl")].status, OrderStatus::Open);
        QCOMPARE(engine->state().orders()[QStringLiteral("b1-tp")].status, OrderStatus::Open);
        // Day 26: the dividend (10 × 5) before the target at 120 fills; the stop is cancelled (OCO).
        s = must(engine->advanceTo(day(27)));
        QCOMPARE(s.dividends, 1);
        const Order tp = engine->state().orders()[QStringLiteral("b1-tp")];
        QCOMPARE(tp.status, OrderStatus::Filled);
        QCOMPARE(tp.averageFillPrice, 120.0);
        QCOMPARE(engine->state().orders()[QStringLiteral("b1-sl")].status, OrderStatus::Cancelled);
        QCOMPARE(engine->state().orders()[QStringLiteral("b1-sl")].statusMessage,
                 QStringLiteral("OCO: b1-tp filled"));
        const auto schedules = defaultChargeSchedules();
        const ChargeSchedule nse = scheduleFor(schedules, QStringLiteral("TEST.NS"), Product::Delivery);
        const double buyCharges = computeCharges(nse, Side::Buy, 10, 100.01).total();
        const double sellCharges = computeCharges(nse, Side::Sell, 10, 120).total();
        QVERIFY(qFuzzyCompare(engine->state().cashBalance(),
                              100000 - 1000.1 - buyCharges + 1200 - sellCharges + 50));
        QVERIFY(qFuzzyCompare(engine->state().realisedPnl(), 10 * (120 - 100.01)));
        QCOMPARE(engine->state().clock(), day(27));

        // Rebuild == incremental: a fresh engine folds the stored journal to the same state.
        auto again = must(PaperEngine::open(db, a));
        must(again->markToMarket());
        QCOMPARE(again->state().toJson(), engine->state().toJson());
        // And advancing again changes nothing (the clock is there already).
        const qint64 before = must(Store::PortfolioRepository(db).eventCount(a.id));
        QCOMPARE(must(again->advanceTo(day(27))).fills, 0);
        QCOMPARE(must(Store::PortfolioRepository(db).eventCount(a.id)), before);
    }

    void stopExitTakesTheGap()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        storeBars(db);
        const Account a = must(createSimulatedAccount(
            db, QStringLiteral("R"), AccountKind::Replay, QStringLiteral("INR"), 100000, day(25)));
        auto engine = must(PaperEngine::open(db, a));
        Order o = marketBuy(QStringLiteral("b1"), 10);
        o.stop = 118;
        must(engine->place(o));
        must(engine->advanceTo(day(27)));
        // Bought at day 26's open (111 + slippage); day 27 opens at 119 ≥ 118, then falls to 90: the
        // sell stop fills at the trigger 118 less slippage (its bar did not gap through it); the model's
        // cost there is its half spread 0.5 · 0.1 · vol (vol of the 20 returns before: two moves of
        // ln 1.1 and ln 12/11, 18 flat: sd 0.028) — 14 bp.
        const Order sl = engine->state().orders()[QStringLiteral("b1-sl")];
        QCOMPARE(sl.status, OrderStatus::Filled);
        const double bps = slippageBps(*must(engine->bars().series(QStringLiteral("TEST.NS"))), 27, 1180);
        QVERIFY2(bps > 14 && bps < 16, qPrintable(QString::number(bps)));
        QVERIFY(qFuzzyCompare(sl.averageFillPrice, 118 * (1 - bps / 1e4)));
        QVERIFY(engine->state().orders()[QStringLiteral("b1-tp")].clientOrderId.isEmpty()); // no target given
    }

    void intradayIsSquaredOffAtTheClose()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        storeBars(db);
        const Account a = must(createSimulatedAccount(
            db, QStringLiteral("R"), AccountKind::Replay, QStringLiteral("INR"), 100000, day(24)));
        auto engine = must(PaperEngine::open(db, a));
        Order o = marketBuy(QStringLiteral("i1"), 5);
        o.product = Product::Intraday;
        must(engine->place(o));
        must(engine->advanceTo(day(25)));
        const Order sq = engine->state().orders()[QStringLiteral("sq-TEST.NS-2024-01-26")];
        QCOMPARE(sq.status, OrderStatus::Filled);
        QCOMPARE(sq.averageFillPrice, 110.0);
        QCOMPARE(engine->state().quantityOf(QStringLiteral("TEST.NS")), 0.0);
        QVERIFY(qFuzzyCompare(engine->state().realisedPnl(), 5 * (110 - 100.01)));
    }

    void placementErrorsAndIdempotence()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        storeBars(db);
        const Account paper = must(paperAccount(db));
        QCOMPARE(paper.name, QStringLiteral("Paper"));
        QCOMPARE(must(loadState(db, paper)).cashBalance(), 1000000.0);
        QCOMPARE(must(paperAccount(db)).id, paper.id); // the first deposit only once
        QCOMPARE(must(loadState(db, paper)).cashBalance(), 1000000.0);
        auto engine = must(PaperEngine::open(db, paper));
        const qint64 events = must(Store::PortfolioRepository(db).eventCount(paper.id));

        Order bad = marketBuy(QStringLiteral("x"), 1);
        bad.symbol = QStringLiteral("NOPE");
        auto unknown = engine->place(bad);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.startsWith(QStringLiteral("unknown symbol 'NOPE'")),
                 qPrintable(unknown.error().message));
        auto zero = engine->place(marketBuy(QStringLiteral("x"), 0));
        QVERIFY(!zero);
        QVERIFY(zero.error().message.contains(QStringLiteral("more than 0")));
        Order limit = marketBuy(QStringLiteral("x"), 1);
        limit.type = OrderType::Limit;
        auto noPrice = engine->place(limit);
        QVERIFY(!noPrice);
        QVERIFY(noPrice.error().message.contains(QStringLiteral("needs a price")));
        QCOMPARE(must(Store::PortfolioRepository(db).eventCount(paper.id)), events); // nothing recorded

        // Too expensive: recorded as rejected with the reason.
        const Order rich = must(engine->place(marketBuy(QStringLiteral("big"), 20000)));
        QCOMPARE(rich.status, OrderStatus::Rejected);
        QVERIFY2(rich.statusMessage.startsWith(QStringLiteral("insufficient cash: 20000 × TEST.NS needs")),
                 qPrintable(rich.statusMessage));
        // Selling what is not held.
        Order sell = marketBuy(QStringLiteral("s"), 1);
        sell.side = Side::Sell;
        QCOMPARE(must(engine->place(sell)).status, OrderStatus::Rejected);

        // The same client order id twice is one order.
        bool duplicate = true;
        must(engine->place(marketBuy(QStringLiteral("same"), 3), &duplicate));
        QVERIFY(!duplicate);
        auto other = must(PaperEngine::open(db, paper));
        const Order second = must(other->place(marketBuy(QStringLiteral("same"), 3), &duplicate));
        QVERIFY(duplicate);
        QCOMPARE(second.quantity, 3.0);
        QCOMPARE(countEvents(db, paper, EventKind::OrderPlaced), 3);
        // The order fills from the bar after the clock (the newest stored bar): nothing newer yet.
        QCOMPARE(other->state().clock(), day(27));
        must(other->cancel(QStringLiteral("same"), QStringLiteral("user")));
        QVERIFY(!other->cancel(QStringLiteral("same"), QStringLiteral("user")));
    }

    void journalIsAppendOnly()
    {
        Test::TempDatabase t;
        const Account paper = must(paperAccount(*t.db()));
        Store::Statement update(t.db()->rawHandle(), "UPDATE portfolio_events SET payload = '{}'");
        auto r = update.run();
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("append-only")));
        Store::Statement del(t.db()->rawHandle(), "DELETE FROM portfolio_events");
        QVERIFY(!del.run());
        QCOMPARE(must(Store::PortfolioRepository(*t.db()).eventCount(paper.id)), 1);
    }

    void snapshotIngestIsIdempotentAndReplacesHoldings()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        const QDateTime at(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC);
        const IngestSummary first = must(ingestSnapshot(db, snapshot(at)));
        QVERIFY(first.created);
        QCOMPARE(first.account.name, QStringLiteral("Kite ZX1234"));
        QCOMPARE(first.orders, 2);
        QCOMPARE(first.trades, 1);
        const qint64 events = must(Store::PortfolioRepository(db).eventCount(first.account.id));
        AccountState s = must(loadState(db, first.account));
        QCOMPARE(s.orders()[QStringLiteral("broker:K1")].status, OrderStatus::Filled);
        QCOMPARE(s.orders()[QStringLiteral("t-7")].status, OrderStatus::Open);
        QCOMPARE(s.positions().size(), 1);
        QCOMPARE(s.positions().first().quantity, 10.0);
        QCOMPARE(s.positions().first().lastPrice, 1520.0);
        QCOMPARE(s.cashBalance(), 50000.0);
        QCOMPARE(s.fills().size(), 1);

        // The same snapshot again: nothing new.
        const IngestSummary again = must(ingestSnapshot(db, snapshot(at)));
        QVERIFY(!again.created);
        QCOMPARE(again.orders + again.updates + again.trades, 0);
        QCOMPARE(must(Store::PortfolioRepository(db).eventCount(first.account.id)), events);

        // The next sync: the open order was cancelled, a filled order reports "open" (refused), the
        // holdings changed and the funds too.
        BrokerSnapshot next = snapshot(at.addSecs(3600));
        next.orders[1].status = OrderStatus::Cancelled;
        next.orders[1].statusMessage = QStringLiteral("cancelled at the broker");
        next.orders[0].status = OrderStatus::Open;
        next.holdings = {BrokerHolding{QStringLiteral("TCS.NS"), 3, 4000, 4100}};
        next.funds.available = 20000;
        const IngestSummary third = must(ingestSnapshot(db, next));
        QCOMPARE(third.updates, 1);
        QCOMPARE(third.skipped.size(), 1);
        QVERIFY(third.skipped.first().contains(QStringLiteral("filled → open")));
        s = must(loadState(db, first.account));
        QCOMPARE(s.orders()[QStringLiteral("t-7")].status, OrderStatus::Cancelled);
        QCOMPARE(s.orders()[QStringLiteral("t-7")].statusMessage, QStringLiteral("cancelled at the broker"));
        QCOMPARE(s.positions().size(), 1);
        QCOMPARE(s.positions().first().symbol, QStringLiteral("TCS.NS"));
        QCOMPARE(s.cashBalance(), 20000.0);
        QCOMPARE(s.fills().size(), 1);
    }

    void brokerOrdersRouteThroughTheRegisteredGateway()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        BrokerSnapshot s = snapshot(QDateTime(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC));
        s.broker = QStringLiteral("fake");
        const Account a = must(ingestSnapshot(db, s)).account;
        Order o;
        o.clientOrderId = QStringLiteral("r1");
        o.symbol = QStringLiteral("INFY.NS");
        o.quantity = 5;
        auto none = placeOrder(db, a, o);
        QVERIFY(!none); // no gateway registered for "fake" yet
        QVERIFY(none.error().message.contains(QStringLiteral("no connection to broker 'fake'")));
        GatewayRegistry::instance().registerFactory(
            QStringLiteral("fake"), [](const Account&, const GatewayContext&) {
                return Result<std::unique_ptr<BrokerGateway>>(std::make_unique<ScriptedGateway>());
            });
        const Order placed = must(placeOrder(db, a, o));
        QCOMPARE(placed.status, OrderStatus::Open);
        QCOMPARE(placed.brokerOrderId, QStringLiteral("B-r1"));
        o.clientOrderId = QStringLiteral("r2");
        o.quantity = 5000;
        // The broker's refusal is a rejected order with its reason (as a paper rejection is), not an error.
        const Order refused = must(placeOrder(db, a, o));
        QCOMPARE(refused.status, OrderStatus::Rejected);
        QCOMPARE(refused.statusMessage, QStringLiteral("Fake: insufficient funds"));
        const AccountState st = must(loadState(db, a));
        QCOMPARE(st.orders()[QStringLiteral("r2")].status, OrderStatus::Rejected);
        QCOMPARE(st.orders()[QStringLiteral("r2")].statusMessage, QStringLiteral("Fake: insufficient funds"));
        must(cancelOrder(db, a, QStringLiteral("r1")));
        QCOMPARE(ScriptedGateway::cancels, 1);
        QCOMPARE(must(loadState(db, a)).orders()[QStringLiteral("r1")].status, OrderStatus::Cancelled);
        GatewayRegistry::instance().unregisterFactory(QStringLiteral("fake"));
    }
};

QTEST_GUILESS_MAIN(TestPaperEngine)
#include "TestPaperEngine.moc"
