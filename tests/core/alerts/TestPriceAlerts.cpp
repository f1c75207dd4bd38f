#include <QtTest>

#include "core/alerts/PriceAlert.h"
#include "core/store/AlertRepository.h"
#include "core/store/BarRepository.h"
#include "core/tasks/AlertCheck.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Alerts::Direction;
using Alerts::PriceAlert;
using Test::must;

namespace {

/** Bars from (date, open, high, low, close) rows, by hand. */
BarSeries bars(const QString& ticker, std::initializer_list<Bar> rows)
{
    BarSeries s(ticker);
    for (const Bar& b : rows) {
        s.append(b);
    }
    return s;
}

Bar bar(QDate d, double o, double h, double l, double c)
{
    return Bar{d, o, h, l, c, kMissing, 1000.0};
}

} // namespace

/** Price alerts (issue 17): the crossing rule, and a crossing raised once through the store. */
class TestPriceAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void crossingRule()
    {
        PriceAlert up;
        up.level = 110.0;
        up.direction = Direction::Above;
        up.referenceClose = 100.0;
        up.checkedThrough = QDate(2025, 1, 2);
        // Jan 2 (already checked) closes 100; Jan 3 reaches 109.9 only; Jan 6 touches 110.0 intraday and
        // closes back at 105: the touch counts.
        const BarSeries s = bars(QStringLiteral("T"),
                                 {bar(QDate(2025, 1, 2), 99, 111, 98, 100),
                                  bar(QDate(2025, 1, 3), 100, 109.9, 99, 108),
                                  bar(QDate(2025, 1, 6), 108, 110.0, 104, 105),
                                  bar(QDate(2025, 1, 7), 105, 120, 104, 118)});
        auto hit = Alerts::firstCrossing(up, s);
        QVERIFY(hit);
        QCOMPARE(hit->date, QDate(2025, 1, 6));
        QCOMPARE(hit->close, 105.0);
        // The checked bar's own high (111) is never judged again.
        up.checkedThrough = QDate(2025, 1, 7);
        QVERIFY(!Alerts::firstCrossing(up, s));

        // Below: previous close above the level, the new low at or under it; a gap down counts.
        PriceAlert down;
        down.level = 95.0;
        down.direction = Direction::Below;
        down.referenceClose = 100.0;
        down.checkedThrough = QDate(2025, 1, 2);
        const BarSeries gap =
            bars(QStringLiteral("T"),
                 {bar(QDate(2025, 1, 3), 99, 99.5, 95.01, 96), bar(QDate(2025, 1, 6), 90, 92, 89, 91)});
        hit = Alerts::firstCrossing(down, gap);
        QVERIFY(hit);
        QCOMPARE(hit->date, QDate(2025, 1, 6)); // 95.01 did not reach 95
        QCOMPARE(hit->close, 91.0);

        QCOMPARE(Alerts::directionFor(110.0, 100.0), std::optional<Direction>(Direction::Above));
        QCOMPARE(Alerts::directionFor(90.0, 100.0), std::optional<Direction>(Direction::Below));
        QVERIFY(!Alerts::directionFor(100.0, 100.0));
    }

    void crossingRaisedOnceThroughTheStore()
    {
        Test::TempDatabase t;
        const QString ticker = QStringLiteral("TCS.NS");
        Store::BarRepository barRepo(*t.db());
        must(barRepo.replaceAll(
            ticker,
            bars(ticker,
                 {bar(QDate(2025, 1, 2), 99, 101, 98, 100), bar(QDate(2025, 1, 3), 100, 103, 99, 102)}),
            QStringLiteral("test")));
        Store::AlertRepository alerts(*t.db());
        const PriceAlert up = must(alerts.add(ticker, 105.0, QStringLiteral("breakout")));
        QCOMPARE(up.direction, Direction::Above);
        QCOMPARE(up.referenceClose, 102.0);
        QCOMPARE(up.checkedThrough, QDate(2025, 1, 3));
        const PriceAlert down = must(alerts.add(ticker, 95.0));
        QCOMPARE(down.direction, Direction::Below);
        // Refused: the last close itself, a non-positive level, an unknown or bar-less symbol.
        QCOMPARE(alerts.add(ticker, 102.0).error().code, ErrorCode::InvalidInput);
        QCOMPARE(alerts.add(ticker, -1.0).error().code, ErrorCode::InvalidInput);
        QCOMPARE(alerts.add(QStringLiteral("NOPE"), 10.0).error().code, ErrorCode::NotFound);

        // Nothing new: nothing fires (the bars an alert was set on are never judged).
        QVERIFY(must(Tasks::checkPriceAlerts(*t.db())).isEmpty());

        // An update that stays below 105: checked, not fired; checkedThrough moves on.
        must(barRepo.upsert(
            ticker, bars(ticker, {bar(QDate(2025, 1, 6), 102, 104.9, 101, 104)}), QStringLiteral("test")));
        QVERIFY(must(Tasks::checkPriceAlerts(*t.db(), {ticker})).isEmpty());
        QCOMPARE(must(alerts.active())[0].checkedThrough, QDate(2025, 1, 6));

        // The next update crosses: raised once, with the bar's date and close.
        must(barRepo.upsert(
            ticker, bars(ticker, {bar(QDate(2025, 1, 7), 104, 106, 103.5, 105.5)}), QStringLiteral("test")));
        // "TCS" is the loaded name of the stored TCS.NS (a load reports what it was given).
        const QList<PriceAlert> fired = must(Tasks::checkPriceAlerts(*t.db(), {QStringLiteral("TCS")}));
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired[0].id, up.id);
        QCOMPARE(fired[0].triggeredDate, QDate(2025, 1, 7));
        QCOMPARE(fired[0].triggeredPrice, 105.5);
        QVERIFY(Tasks::priceAlertsNote(fired).contains(
            QStringLiteral("TCS.NS rose to 105.00 (close 105.50 on 2025-01-07)")));

        // Checked again, and after more bars above the level: never again.
        QVERIFY(must(Tasks::checkPriceAlerts(*t.db())).isEmpty());
        must(barRepo.upsert(
            ticker, bars(ticker, {bar(QDate(2025, 1, 8), 105, 110, 104, 109)}), QStringLiteral("test")));
        QVERIFY(must(Tasks::checkPriceAlerts(*t.db())).isEmpty());
        const QList<PriceAlert> all = must(alerts.all());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, down.id); // active first
        QVERIFY(!all[0].isTriggered());
        QCOMPARE(all[1].triggeredDate, QDate(2025, 1, 7));
        QCOMPARE(all[1].note, QStringLiteral("breakout"));

        // Notified once: unnotified() lists it until it is marked.
        QCOMPARE(must(alerts.unnotified()).size(), 1);
        must(alerts.markNotified({up.id}));
        QVERIFY(must(alerts.unnotified()).isEmpty());
        QVERIFY(must(alerts.remove(down.id)));
        QVERIFY(!must(alerts.remove(down.id)));
    }
};

QTEST_GUILESS_MAIN(TestPriceAlerts)
#include "TestPriceAlerts.moc"
