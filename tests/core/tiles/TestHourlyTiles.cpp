#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "core/market/HourlySeries.h"
#include "core/market/Market.h"
#include "core/market/MarketCalendars.h"
#include "core/market/MarketSession.h"
#include "core/market/TradingCalendar.h"
#include "core/tiles/ActivityHeatmap.h"
#include "core/tiles/DataQuality.h"
#include "core/tiles/SymbolAnalysis.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

qint64 at(int y, int m, int d, int h, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, minute), Qt::UTC).toSecsSinceEpoch();
}

/** n consecutive hours from t0 with volume v(i) and a gently moving price. */
HourlySeries hours(const QString& ticker, qint64 t0, int n, const std::function<double(int)>& v)
{
    HourlySeries s(ticker);
    for (int i = 0; i < n; ++i) {
        const double p = 100 + 0.01 * i;
        s.append(HourlyBar{t0 + i * 3600LL, p, p + 0.5, p - 0.5, p + 0.1, v(i)});
    }
    return s;
}

} // namespace

/** Markets that never close (issue 21): the 24/7 calendar, missing hours, the hour × weekday heatmap. */
class TestHourlyTiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void cryptoCalendarHasNoClosedDays()
    {
        for (const QString& t :
             {QStringLiteral("BTCUSDT"), QStringLiteral("ETH-USD"), QStringLiteral("SOLUSDT")}) {
            QCOMPARE(marketOfTicker(t).id, QStringLiteral("CRYPTO"));
            QVERIFY(marketOfTicker(t).tradesEveryDay);
        }
        const TradingCalendar crypto = MarketCalendars().forTicker(QStringLiteral("BTCUSDT"));
        QVERIFY(crypto.tradesEveryDay());
        // Every day of 2024 is a trading day, Saturdays, Sundays, Christmas and New Year included.
        int trading = 0;
        for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
            trading += crypto.isTradingDay(d) ? 1 : 0;
            QVERIFY(!crypto.isClosedWeekday(d));
        }
        QCOMPARE(trading, 366);
        QCOMPARE(crypto.nextTradingDay(QDate(2024, 12, 28)), QDate(2024, 12, 28)); // a Saturday
        // A stock market still closes on weekends.
        QVERIFY(
            !MarketCalendars().forTicker(QStringLiteral("RELIANCE.NS")).isTradingDay(QDate(2024, 12, 28)));
        QVERIFY(sessionOf(marketOfTicker(QStringLiteral("BTCUSDT"))).isAroundTheClock());
        QVERIFY(!sessionOf(marketOfTicker(QStringLiteral("RELIANCE.NS"))).isAroundTheClock());
    }

    void missingHoursCountAgainstQuality()
    {
        // 200 hours with 3 missing (1.5 %): grade at best B, three hours counted.
        HourlySeries s(QStringLiteral("BTCUSDT"));
        const HourlySeries full =
            hours(QStringLiteral("BTCUSDT"), at(2024, 3, 1, 0), 200, [](int) { return 1.0; });
        for (qsizetype i = 0; i < full.size(); ++i) {
            if (i != 50 && i != 51 && i != 120) {
                s.append(full.at(i));
            }
        }
        Tiles::DataQuality q;
        q.grade = QStringLiteral("A");
        Tiles::addHourlyCoverage(q, s, true);
        QCOMPARE(q.hourlyBars, qint64(197));
        QCOMPARE(q.missingHours, qint64(3));
        QCOMPARE(q.grade, QStringLiteral("B"));
        QVERIFY2(q.reasons.join(u';').contains(QStringLiteral("3 missing hours of 200 (1.5%")),
                 qPrintable(q.reasons.join(u';')));

        // One missing hour of 200 (0.5 %) is counted but keeps A.
        Tiles::DataQuality one;
        one.grade = QStringLiteral("A");
        Tiles::addHourlyCoverage(one, full.slice(0, 100), true);
        QCOMPARE(one.missingHours, qint64(0));
        HourlySeries gap = full.slice(0, 100);
        gap.append(full.at(101));
        Tiles::addHourlyCoverage(one, gap, true);
        QCOMPARE(one.missingHours, qint64(1));
        QCOMPARE(one.grade, QStringLiteral("A"));

        // 10 missing of 100 (10 %): at best C. A session market's hours are not counted.
        Tiles::DataQuality bad;
        bad.grade = QStringLiteral("A");
        Tiles::addHourlyCoverage(bad, full.slice(0, 90).slice(0, 45), true);
        HourlySeries holes = full.slice(0, 45);
        for (qsizetype i = 55; i < 100; ++i) {
            holes.append(full.at(i));
        }
        Tiles::addHourlyCoverage(bad, holes, true);
        QCOMPARE(bad.missingHours, qint64(10));
        QCOMPARE(bad.grade, QStringLiteral("C"));
        Tiles::DataQuality session;
        session.grade = QStringLiteral("A");
        Tiles::addHourlyCoverage(session, holes, false);
        QCOMPARE(session.missingHours, qint64(-1));
        QCOMPARE(session.grade, QStringLiteral("A"));
    }

    void hourByWeekdayHandChecked()
    {
        // Monday 2024-03-04 00:00 UTC onwards, two weeks of hours; volume = hour of day + 100 × weekday,
        // except Tuesday 13:00 of the second week, which is 1000.
        const qint64 monday = at(2024, 3, 4, 0);
        HourlySeries s = hours(QStringLiteral("BTCUSDT"), monday, 14 * 24, [](int i) {
            const int hour = i % 24;
            const int weekday = (i / 24) % 7 + 1; // 1 = Monday
            return i == (7 + 1) * 24 + 13 ? 1000.0 : hour + 100.0 * weekday;
        });
        const Tiles::HourlyHeatmap h = Tiles::hourlyHeatmap(s, monday, MarketSession{});
        QCOMPARE(h.weekdays.size(), size_t(7));
        QCOMPARE(h.hours.size(), size_t(24));
        QCOMPARE(h.zone, QStringLiteral("UTC"));
        QCOMPARE(h.meanVolume[0][0], 100.0);                 // Monday 00:00: (100 + 100) / 2
        QCOMPARE(h.meanVolume[0][23], 123.0);                // Monday 23:00
        QCOMPARE(h.meanVolume[6][5], 705.0);                 // Sunday 05:00
        QCOMPARE(h.meanVolume[1][13], (213.0 + 1000.0) / 2); // Tuesday 13:00: 606.5
        QCOMPARE(h.meanVolume[1][12], 212.0);
        // From the second Monday on, only one week counts.
        const Tiles::HourlyHeatmap second = Tiles::hourlyHeatmap(s, monday + 7 * 86400, MarketSession{});
        QCOMPARE(second.meanVolume[1][13], 1000.0);
        // A window with no Sunday bars: NaN there.
        const Tiles::HourlyHeatmap partial =
            Tiles::hourlyHeatmap(s.slice(0, 6 * 24), monday, MarketSession{});
        QVERIFY(std::isnan(partial.meanVolume[6][0]));
    }

    void sessionHoursOnlyForNse()
    {
        // NSE bars at 09:15, 10:15, …, 15:15 IST = 03:45 … 09:45 UTC on Monday 2024-03-04, plus a
        // 16:15 IST bar (outside the session) and a Saturday bar: both left out.
        HourlySeries s(QStringLiteral("RELIANCE.NS"));
        for (int k = 0; k < 8; ++k) {
            s.append(HourlyBar{at(2024, 3, 4, 3, 45) + k * 3600LL, 10, 11, 9, 10, 10.0 * (k + 1)});
        }
        s.append(HourlyBar{at(2024, 3, 9, 4, 45), 10, 11, 9, 10, 999});
        const MarketSession nse = sessionOf(marketOfTicker(QStringLiteral("RELIANCE.NS")));
        const Tiles::HourlyHeatmap h = Tiles::hourlyHeatmap(s, 0, nse);
        QCOMPARE(h.zone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(h.weekdays, (std::vector<int>{1, 2, 3, 4, 5}));
        QCOMPARE(h.hours, (std::vector<int>{9, 10, 11, 12, 13, 14, 15}));
        QCOMPARE(h.meanVolume[0][0], 10.0); // 09:15 IST
        QCOMPARE(h.meanVolume[0][6], 70.0); // 15:15 IST; the 16:15 bar (80) is after the close
        QVERIFY(std::isnan(h.meanVolume[1][0]));
    }

    void analysisWritesTheHourlyLayout()
    {
        // 30 days of hours → derived daily bars; the analysis then shows hour × weekday.
        const HourlySeries s =
            hours(QStringLiteral("BTCUSDT"), at(2024, 3, 1, 0), 30 * 24, [](int i) { return 1.0 + i % 24; });
        const BarSeries daily = s.toDaily(0);
        QCOMPARE(daily.size(), 30);
        Tiles::AnalysisSettings settings;
        settings.tileBars = 14;
        auto a = Tiles::analyseSymbol(QStringLiteral("BTCUSDT"), daily, settings, s);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        const QJsonObject hm = a->main.value(QStringLiteral("tiles"))
                                   .toObject()
                                   .value(QStringLiteral("activity_heatmap"))
                                   .toObject();
        QCOMPARE(hm.value(QStringLiteral("layout")).toString(), QStringLiteral("weekday x hour"));
        QCOMPARE(hm.value(QStringLiteral("hours")).toArray().size(), 24);
        QCOMPARE(hm.value(QStringLiteral("weekdays")).toArray().size(), 7);
        QCOMPARE(hm.value(QStringLiteral("mean_volume")).toArray().at(0).toArray().at(5).toDouble(), 6.0);
        const QJsonObject quality = a->main.value(QStringLiteral("data_quality")).toObject();
        QCOMPARE(quality.value(QStringLiteral("missing_hours")).toInt(), 0);
        QCOMPARE(quality.value(QStringLiteral("hourly_bars")).toInt(), 720);
        // Without hourly bars: the daily layout, and no hourly keys.
        auto d = Tiles::analyseSymbol(QStringLiteral("BTCUSDT"), daily, settings);
        QVERIFY(d);
        QCOMPARE(d->main.value(QStringLiteral("tiles"))
                     .toObject()
                     .value(QStringLiteral("activity_heatmap"))
                     .toObject()
                     .value(QStringLiteral("layout"))
                     .toString(),
                 QStringLiteral("weekday x month"));
        QVERIFY(!d->main.value(QStringLiteral("data_quality"))
                     .toObject()
                     .contains(QStringLiteral("missing_hours")));
    }
};

QTEST_GUILESS_MAIN(TestHourlyTiles)
#include "TestHourlyTiles.moc"
