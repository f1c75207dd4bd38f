#include <QtTest>

#include "core/alerts/PriceAlert.h"
#include "core/store/AlertRepository.h"
#include "core/store/BarRepository.h"
#include "core/store/HourlyBarRepository.h"
#include "core/tasks/AlertCheck.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/TaskRunner.h"

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

qint64 utc(QDate d, int hour)
{
    return QDateTime(d, QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

/** The load task over the hourly CSV files of folder (what `fetch --provider csv:DIR` runs). */
Tasks::RunResult loadHourly(const Store::DatabasePtr& db, const QString& folder)
{
    Tasks::TaskContext ctx;
    Tasks::RunOptions options;
    options.maxWorkers = 2;
    return must(Tasks::TaskRunner(db).start(
        QStringLiteral("load"), Tasks::loadParams(QStringLiteral("csv:") + folder), options, ctx));
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

    void hourlyCrossingRule()
    {
        const QDate d(2023, 7, 3);
        HourlySeries s(QStringLiteral("BTCUSDT"));
        // 22:00 and 23:00 on Jul 3, then 00:00 and 01:00 on Jul 4 (01:00 reaches 110 and closes at 109).
        s.append(HourlyBar{utc(d, 22), 100, 112, 99, 101, 5});
        s.append(HourlyBar{utc(d, 23), 101, 104, 100, 103, 5});
        s.append(HourlyBar{utc(d.addDays(1), 0), 103, 109.5, 102, 108, 5});
        s.append(HourlyBar{utc(d.addDays(1), 1), 108, 110, 107, 109, 5});
        PriceAlert up;
        up.level = 110.0;
        up.direction = Direction::Above;
        up.referenceClose = 101.0;
        up.checkedThrough = d;
        up.checkedThroughHour = utc(d, 22);
        // 22:00's high (112) was judged when the alert was set; 23:00 is new but stays under 110.
        auto hit = Alerts::firstCrossing(up, s);
        QVERIFY(hit);
        QCOMPARE(hit->hour, utc(d.addDays(1), 1));
        QCOMPARE(hit->date, d.addDays(1));
        QCOMPARE(hit->close, 109.0);
        // Checked on daily bars only (no hour): the whole checked day counts as judged, also its 22:00.
        up.checkedThroughHour = 0;
        hit = Alerts::firstCrossing(up, s);
        QVERIFY(hit);
        QCOMPARE(hit->hour, utc(d.addDays(1), 1));
        // The previous close of the first new hour is the bar before it: 23:00 closed at 103 < 110.
        up.checkedThroughHour = utc(d.addDays(1), 1);
        QVERIFY(!Alerts::firstCrossing(up, s));

        // The stored text of an hour sorts between its day and the next (AlertRepository::markChecked).
        QCOMPARE(dayOrHourText(d, utc(d, 13)), QStringLiteral("2023-07-03T13:00:00Z"));
        QVERIFY(dayOrHourText(d, 0) < dayOrHourText(d, utc(d, 0)));
        QVERIFY(dayOrHourText(d, utc(d, 23)) < dayOrHourText(d.addDays(1), 0));
        QDate parsed;
        qint64 hour = -1;
        readDayOrHourText(QStringLiteral("2023-07-03T13:00:00Z"), &parsed, &hour);
        QCOMPARE(parsed, d);
        QCOMPARE(hour, utc(d, 13));
        readDayOrHourText(QStringLiteral("2023-07-03"), &parsed, &hour);
        QCOMPARE(parsed, d);
        QCOMPARE(hour, 0);
    }

    void hourlyFetchRaisesOnceAtTheCrossingHour()
    {
        // Issue 17, "for 60-minute bars on each fetch": the hourly load of the fixture pairs (72 hours to
        // 2023-07-03 23:00 UTC), alerts set on the last hour, then the load that brings six more hours.
        Test::TempDatabase t;
        const Tasks::RunResult first = loadHourly(t.db(), Test::dataPath(QStringLiteral("crypto/hourly")));
        QCOMPARE(first.done, 3);
        Store::AlertRepository alerts(*t.db());
        const QString btc = QStringLiteral("BTCUSDT");
        const PriceAlert up = must(alerts.add(btc, 31300.0));
        QCOMPARE(up.direction, Direction::Above);
        QCOMPARE(up.referenceClose, 31156.20); // the 23:00 close
        QCOMPARE(up.checkedThroughHour, utc(QDate(2023, 7, 3), 23));
        QCOMPARE(must(alerts.active())[0].checkedThroughHour, up.checkedThroughHour); // stored so
        const PriceAlert down = must(alerts.add(btc, 31000.0));
        QCOMPARE(down.direction, Direction::Below);
        const PriceAlert eth = must(alerts.add(QStringLiteral("ETHUSDT"), 2000.0));
        QVERIFY(must(Tasks::checkPriceAlerts(*t.db())).isEmpty()); // nothing new yet

        // Six new hours: 01:00 reaches 31,350.69 (close 31,288.80); 04:00's low touches 31,000.00 (close
        // 31,058.00). The day's bar derived from them closes at 30,972.70: a daily check would report that
        // close on 2023-07-04 instead of the hour.
        const Tasks::RunResult second =
            loadHourly(t.db(), Test::dataPath(QStringLiteral("crypto/hourly-plus6")));
        QCOMPARE(second.done, 3);
        const QString notes = second.notes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("2 price alerts triggered")), qPrintable(notes));
        QVERIFY2(notes.contains(
                     QStringLiteral("BTCUSDT rose to 31300.00 (close 31288.80 on 2023-07-04 01:00 UTC)")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(
                     QStringLiteral("BTCUSDT fell to 31000.00 (close 31058.00 on 2023-07-04 04:00 UTC)")),
                 qPrintable(notes));
        QCOMPARE(must(Store::BarRepository(*t.db()).load(btc)).close().back(), 30972.70);

        const QList<PriceAlert> all = must(alerts.all());
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].id, eth.id); // still active, judged through the last new hour
        QCOMPARE(all[0].checkedThroughHour, utc(QDate(2023, 7, 4), 5));
        QCOMPARE(all[0].checkedThroughText(), QStringLiteral("2023-07-04 05:00 UTC"));
        for (const PriceAlert& a : all.mid(1)) {
            QVERIFY(a.isTriggered());
            QCOMPARE(a.triggeredDate, QDate(2023, 7, 4));
            QCOMPARE(a.triggeredHour, utc(QDate(2023, 7, 4), a.id == up.id ? 1 : 4));
            QCOMPARE(a.triggeredPrice, a.id == up.id ? 31288.80 : 31058.00);
        }
        // The tray and the Alerts list take them from here; a reload of the same hours raises nothing.
        QCOMPARE(must(alerts.unnotified()).size(), 2);
        const Tasks::RunResult third =
            loadHourly(t.db(), Test::dataPath(QStringLiteral("crypto/hourly-plus6")));
        QVERIFY(!third.notes.join(u'\n').contains(QStringLiteral("price alert")));
        QVERIFY(must(Tasks::checkPriceAlerts(*t.db())).isEmpty());
        QCOMPARE(must(alerts.active()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPriceAlerts)
#include "TestPriceAlerts.moc"
