#include <QtTest>

#include "core/portfolio/AccountState.h"
#include "core/portfolio/Charges.h"
#include "core/portfolio/FillRules.h"
#include "core/portfolio/OrderStateMachine.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Portfolio;

namespace {

Bar bar(double o, double h, double l, double c, double v = 1e9)
{
    return Bar{QDate(2024, 1, 2), o, h, l, c, c, v};
}

Order order(OrderType type, Side side, std::optional<double> price = {}, std::optional<double> trigger = {})
{
    Order o;
    o.clientOrderId = QStringLiteral("c1");
    o.symbol = QStringLiteral("TEST.NS");
    o.type = type;
    o.side = side;
    o.quantity = 100;
    o.price = price;
    o.triggerPrice = trigger;
    o.status = OrderStatus::Open;
    return o;
}

JournalEvent fillOf(const QString& id, Side side, double q, double price, int n)
{
    Fill f;
    f.tradeId = QStringLiteral("%1-f%2").arg(id).arg(n);
    f.clientOrderId = id;
    f.symbol = QStringLiteral("TEST.NS");
    f.side = side;
    f.quantity = q;
    f.price = price;
    f.day = QDate(2024, 1, 2).addDays(n);
    return filledEvent(f);
}

JournalEvent placed(const QString& id, Side side, double q)
{
    Order o;
    o.clientOrderId = id;
    o.symbol = QStringLiteral("TEST.NS");
    o.side = side;
    o.quantity = q;
    o.placedOn = QDate(2024, 1, 1);
    return placedEvent(o);
}

} // namespace

/** The order state machine, the fill rules on hand-made bars, the charge schedules and P&L arithmetic. */
class TestOrderModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void stateMachineAllowsOnlyTheDocumentedSteps()
    {
        using S = OrderStatus;
        const QList<S> all{S::New, S::Open, S::PartiallyFilled, S::Filled, S::Cancelled, S::Rejected};
        const QSet<QPair<int, int>> legal{
            {0, 1}, {0, 5}, {0, 4}, {1, 2}, {1, 3}, {1, 4}, {1, 5}, {2, 2}, {2, 3}, {2, 4}};
        for (int a = 0; a < all.size(); ++a) {
            for (int b = 0; b < all.size(); ++b) {
                QCOMPARE(canTransition(all[a], all[b]), legal.contains({a, b}));
            }
        }
        const auto refused = checkTransition(QStringLiteral("c-9"), S::Filled, S::Open);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("order c-9: filled → open is not allowed"));
    }

    void journalRefusesIllegalEvents()
    {
        AccountState s;
        QVERIFY(s.apply(placed(QStringLiteral("a"), Side::Buy, 10)));
        // A fill before the order was accepted: new → filled is not a step.
        QVERIFY(!s.apply(fillOf(QStringLiteral("a"), Side::Buy, 10, 5, 1)));
        QVERIFY(s.apply(acceptedEvent(QStringLiteral("a"), {})));
        QVERIFY(s.apply(cancelledEvent(QStringLiteral("a"), {}, QStringLiteral("user"))));
        QVERIFY(!s.apply(fillOf(QStringLiteral("a"), Side::Buy, 10, 5, 1)));
        QVERIFY(!s.apply(acceptedEvent(QStringLiteral("a"), {})));
        // Overfill and an unknown order.
        QVERIFY(s.apply(placed(QStringLiteral("b"), Side::Buy, 10)));
        QVERIFY(s.apply(acceptedEvent(QStringLiteral("b"), {})));
        QVERIFY(!s.apply(fillOf(QStringLiteral("b"), Side::Buy, 11, 5, 1)));
        QVERIFY(!s.apply(fillOf(QStringLiteral("zz"), Side::Buy, 1, 5, 1)));
        QVERIFY(!s.apply(placed(QStringLiteral("b"), Side::Buy, 10)));
    }

    void marketOrdersFillAtTheOpenOrTheClose()
    {
        const Order o = order(OrderType::Market, Side::Buy);
        BarOutcome out = simulateBar(o, bar(100, 104, 98, 103), {});
        QCOMPARE(out.price, 100.0);
        QCOMPARE(out.quantity, 100.0);
        QVERIFY(out.slips);
        FillSettings atClose;
        atClose.marketAtClose = true;
        QCOMPARE(simulateBar(o, bar(100, 104, 98, 103), atClose).price, 103.0);
    }

    void limitOrdersFillAtTheLimitOrTheBetterGapOpen()
    {
        const Order buy = order(OrderType::Limit, Side::Buy, 95.0);
        QCOMPARE(simulateBar(buy, bar(100, 102, 94, 96), {}).price, 95.0);
        QCOMPARE(simulateBar(buy, bar(93, 97, 92, 96), {}).price, 93.0); // gap down: the open
        QCOMPARE(simulateBar(buy, bar(100, 102, 96, 97), {}).quantity, 0.0);
        QVERIFY(!simulateBar(buy, bar(100, 102, 94, 96), {}).slips);
        const Order sell = order(OrderType::Limit, Side::Sell, 105.0);
        QCOMPARE(simulateBar(sell, bar(100, 106, 99, 101), {}).price, 105.0);
        QCOMPARE(simulateBar(sell, bar(107, 109, 104, 108), {}).price, 107.0); // gap up: the open
        QCOMPARE(simulateBar(sell, bar(100, 104.9, 99, 101), {}).quantity, 0.0);
    }

    void stopOrdersFillAtTheTriggerOrTheWorseGapOpen()
    {
        const Order buyStop = order(OrderType::StopLossMarket, Side::Buy, {}, 105.0);
        BarOutcome out = simulateBar(buyStop, bar(100, 106, 99, 104), {});
        QVERIFY(out.triggers);
        QCOMPARE(out.price, 105.0);
        QCOMPARE(simulateBar(buyStop, bar(108, 110, 107, 109), {}).price, 108.0);
        QCOMPARE(simulateBar(buyStop, bar(100, 104, 99, 103), {}).quantity, 0.0);
        const Order sellStop = order(OrderType::StopLossMarket, Side::Sell, {}, 95.0);
        QCOMPARE(simulateBar(sellStop, bar(100, 101, 94, 96), {}).price, 95.0);
        QCOMPARE(simulateBar(sellStop, bar(90, 92, 88, 91), {}).price, 90.0); // gap down through the stop
        QVERIFY(simulateBar(sellStop, bar(90, 92, 88, 91), {}).slips);
    }

    void stopLimitWaitsWhenTheGapPassesItsLimit()
    {
        Order o = order(OrderType::StopLoss, Side::Buy, 106.0, 105.0);
        BarOutcome within = simulateBar(o, bar(100, 107, 99, 106), {});
        QVERIFY(within.triggers);
        QCOMPARE(within.price, 105.0);
        QVERIFY(!within.slips);
        BarOutcome gapped = simulateBar(o, bar(108, 110, 107, 109), {});
        QVERIFY(gapped.triggers);
        QCOMPARE(gapped.quantity, 0.0);
        o.triggered = true; // the next bar: a limit at 106
        QCOMPARE(simulateBar(o, bar(105, 107, 104, 106), {}).price, 105.0);
        QCOMPARE(simulateBar(o, bar(108, 109, 107, 108), {}).quantity, 0.0);
    }

    void volumeCapsAFillPerBar()
    {
        Order o = order(OrderType::Market, Side::Buy);
        o.quantity = 250;
        FillSettings s;
        s.maxParticipation = 0.1;
        QCOMPARE(simulateBar(o, bar(10, 11, 9, 10, 1005), s).quantity, 100.0); // floor(100.5): whole shares
        o.filledQuantity = 200;
        QCOMPARE(simulateBar(o, bar(10, 11, 9, 10, 1005), s).quantity, 50.0);
    }

    void chargesMatchTheScheduleByHand()
    {
        const QList<ChargeSchedule> all = defaultChargeSchedules();
        const ChargeSchedule delivery = scheduleFor(all, QStringLiteral("RELIANCE.NS"), Product::Delivery);
        QCOMPARE(delivery.id, QStringLiteral("nse_delivery"));
        // Buy 100 × 1000 = 100,000: STT 100, exchange 2.97, SEBI 0.10, GST 18 % × 3.07 = 0.5526, stamp 15.
        ChargeBreakdown c = computeCharges(delivery, Side::Buy, 100, 1000);
        QCOMPARE(c.brokerage, 0.0);
        QVERIFY(qFuzzyCompare(c.stt, 100.0));
        QVERIFY(qFuzzyCompare(c.exchange, 2.97));
        QVERIFY(qFuzzyCompare(c.sebi, 0.10));
        QVERIFY(qFuzzyCompare(c.gst, 0.5526));
        QVERIFY(qFuzzyCompare(c.stamp, 15.0));
        QVERIFY(qFuzzyCompare(c.total(), 118.6226));
        // Sell 100 × 1100 = 110,000: STT 110, exchange 3.267, SEBI 0.11, GST 0.60786, no stamp.
        QVERIFY(qFuzzyCompare(computeCharges(delivery, Side::Sell, 100, 1100).total(), 113.98486));
        // Intraday buy 100 × 1000: brokerage min(0.03 % = 30, 20) = 20, exchange 2.97, SEBI 0.10,
        // GST 18 % × 23.07 = 4.1526, stamp 0.003 % = 3, no STT on a buy.
        const ChargeSchedule intraday = scheduleFor(all, QStringLiteral("TCS.NS"), Product::Intraday);
        QVERIFY(qFuzzyCompare(computeCharges(intraday, Side::Buy, 100, 1000).total(), 30.2226));
        // Intraday sell 10 × 500 = 5,000: brokerage 1.5, STT 1.25, exchange 0.1485, SEBI 0.005,
        // GST 18 % × 1.6535 = 0.29763.
        QVERIFY(qFuzzyCompare(computeCharges(intraday, Side::Sell, 10, 500).total(), 3.20113));
        // US: a buy is free; a sell of 1,000 × 50 pays SEC 1.39 and TAF 0.166; the TAF caps at 8.30.
        const ChargeSchedule us = scheduleFor(all, QStringLiteral("AAPL"), Product::Delivery);
        QCOMPARE(computeCharges(us, Side::Buy, 1000, 50).total(), 0.0);
        QVERIFY(qFuzzyCompare(computeCharges(us, Side::Sell, 1000, 50).total(), 1.556));
        QVERIFY(qFuzzyCompare(computeCharges(us, Side::Sell, 100000, 1).total(), 2.78 + 8.30));
    }

    void chargeOverridesAreValidated()
    {
        auto edited = chargeSchedules(QStringLiteral(R"({"nse_delivery": {"stt_buy_pct": 0.2}})"));
        QVERIFY(edited);
        QCOMPARE(scheduleFor(*edited, QStringLiteral("X.NS"), Product::Delivery).sttBuyPct, 0.2);
        QVERIFY(!chargeSchedules(QStringLiteral(R"({"nse": {}})")));
        auto bad = chargeSchedules(QStringLiteral(R"({"us": {"sec_fee": 1}})"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("us.sec_fee")));
        QVERIFY(!chargeSchedules(QStringLiteral(R"({"us": {"taf_max": -1}})")));
    }

    void averagePriceAndPnlThroughPartialFills()
    {
        AccountState s;
        QVERIFY(s.apply(depositEvent({}, 10000, QStringLiteral("start"))));
        QVERIFY(s.apply(placed(QStringLiteral("b1"), Side::Buy, 100)));
        QVERIFY(s.apply(acceptedEvent(QStringLiteral("b1"), {})));
        QVERIFY(s.apply(fillOf(QStringLiteral("b1"), Side::Buy, 60, 10, 1)));
        QCOMPARE(s.orders()[QStringLiteral("b1")].status, OrderStatus::PartiallyFilled);
        QVERIFY(s.apply(fillOf(QStringLiteral("b1"), Side::Buy, 40, 11, 2)));
        QCOMPARE(s.orders()[QStringLiteral("b1")].status, OrderStatus::Filled);
        QVERIFY(qFuzzyCompare(s.orders()[QStringLiteral("b1")].averageFillPrice, 10.4));
        const QString key = AccountState::positionKey(QStringLiteral("TEST.NS"), Product::Delivery);
        QVERIFY(qFuzzyCompare(s.positions()[key].averagePrice, 10.4)); // (60·10 + 40·11) / 100
        // Sell 50 at 12: realises 50 × (12 − 10.4) = 80; the average stays.
        QVERIFY(s.apply(placed(QStringLiteral("s1"), Side::Sell, 50)));
        QVERIFY(s.apply(acceptedEvent(QStringLiteral("s1"), {})));
        QVERIFY(s.apply(fillOf(QStringLiteral("s1"), Side::Sell, 50, 12, 3)));
        QVERIFY(qFuzzyCompare(s.realisedPnl(), 80.0));
        QVERIFY(qFuzzyCompare(s.positions()[key].averagePrice, 10.4));
        // Buy 50 at 13: average (50·10.4 + 50·13) / 100 = 11.7.
        QVERIFY(s.apply(placed(QStringLiteral("b2"), Side::Buy, 50)));
        QVERIFY(s.apply(acceptedEvent(QStringLiteral("b2"), {})));
        QVERIFY(s.apply(fillOf(QStringLiteral("b2"), Side::Buy, 50, 13, 4)));
        QVERIFY(qFuzzyCompare(s.positions()[key].averagePrice, 11.7));
        // Sell 150 at 12: closes 100 (+30), then 50 short at 12.
        QVERIFY(s.apply(placed(QStringLiteral("s2"), Side::Sell, 150)));
        QVERIFY(s.apply(acceptedEvent(QStringLiteral("s2"), {})));
        QVERIFY(s.apply(fillOf(QStringLiteral("s2"), Side::Sell, 150, 12, 5)));
        QVERIFY(qFuzzyCompare(s.realisedPnl(), 110.0));
        QCOMPARE(s.positions()[key].quantity, -50.0);
        QCOMPARE(s.positions()[key].averagePrice, 12.0);
        s.mark(QStringLiteral("TEST.NS"), 11);
        QVERIFY(qFuzzyCompare(s.unrealisedPnl(), 50.0));
        // Cash: 10000 − 600 − 440 + 600 − 650 + 1800 = 10710; equity = cash − 50 × 11 = 10160 = start + 160.
        QVERIFY(qFuzzyCompare(s.cashBalance(), 10710.0));
        QVERIFY(qFuzzyCompare(s.equity(), 10160.0));
    }
};

QTEST_GUILESS_MAIN(TestOrderModel)
#include "TestOrderModel.moc"
