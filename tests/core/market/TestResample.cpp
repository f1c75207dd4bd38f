#include <QtTest>

#include "core/market/Resample.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

class TestResample : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void weekWithHolidayEndsOnThursday()
    {
        // Two NSE weeks of April 2025; Friday 18 April (Good Friday) was a holiday. Bar d of the first week
        // (Mon 14 … Thu 17) has O = 100 + d, H = 110 + d, L = 90 - d, C = 101 + d, V = 1000 · (d + 1).
        BarSeries daily(QStringLiteral("X"));
        for (int d = 0; d < 4; ++d) {
            daily.append(Bar{QDate(2025, 4, 14).addDays(d),
                             100.0 + d,
                             110.0 + d,
                             90.0 - d,
                             101.0 + d,
                             kMissing,
                             1000.0 * (d + 1)});
        }
        // Second week Mon 21 … Fri 25: a flat 50 with one spike high on Wednesday and low on Tuesday.
        for (int d = 0; d < 5; ++d) {
            const double high = d == 2 ? 70.0 : 51.0;
            const double low = d == 1 ? 40.0 : 49.0;
            daily.append(Bar{QDate(2025, 4, 21).addDays(d), 50.0, high, low, 50.0 + d, 60.0 + d, 10.0});
        }
        const BarSeries weekly = resample(daily, Timeframe::Weekly);
        QCOMPARE(weekly.size(), 2);
        QCOMPARE(weekly.date(0), QDate(2025, 4, 17)); // the week's last trading day, a Thursday
        QCOMPARE(weekly.open()[0], 100.0);            // Monday's open
        QCOMPARE(weekly.high()[0], 113.0);            // Thursday's 110 + 3
        QCOMPARE(weekly.low()[0], 87.0);              // Thursday's 90 - 3
        QCOMPARE(weekly.close()[0], 104.0);           // Thursday's close
        QVERIFY(isMissing(weekly.adjClose()[0]));
        QCOMPARE(weekly.volume()[0], 10000.0);        // 1000 + 2000 + 3000 + 4000
        QCOMPARE(weekly.date(1), QDate(2025, 4, 25)); // a full week ends on Friday
        QCOMPARE(weekly.high()[1], 70.0);
        QCOMPARE(weekly.low()[1], 40.0);
        QCOMPARE(weekly.close()[1], 54.0);
        QCOMPARE(weekly.adjClose()[1], 64.0);
        QCOMPARE(weekly.volume()[1], 50.0);
    }

    void monthsAndYearBoundary()
    {
        // ISO week 1 of 2026 starts on Monday 29 Dec 2025: the weekly bar spans the new year, the monthly
        // bars do not.
        BarSeries daily(QStringLiteral("X"));
        const QDate days[] = {
            QDate(2025, 12, 29), QDate(2025, 12, 30), QDate(2025, 12, 31), QDate(2026, 1, 2)};
        double c = 10.0;
        for (const QDate& d : days) {
            daily.append(Bar{d, c, c + 1, c - 1, c, kMissing, 1.0});
            c += 1.0;
        }
        const BarSeries weekly = resample(daily, Timeframe::Weekly);
        QCOMPARE(weekly.size(), 1);
        QCOMPARE(weekly.date(0), QDate(2026, 1, 2));
        QCOMPARE(weekly.open()[0], 10.0);
        QCOMPARE(weekly.close()[0], 13.0);
        const BarSeries monthly = resample(daily, Timeframe::Monthly);
        QCOMPARE(monthly.size(), 2);
        QCOMPARE(monthly.date(0), QDate(2025, 12, 31));
        QCOMPARE(monthly.close()[0], 12.0);
        QCOMPARE(monthly.high()[0], 13.0);
        QCOMPARE(monthly.volume()[0], 3.0);
        QCOMPARE(monthly.date(1), QDate(2026, 1, 2));
        QCOMPARE(monthly.open()[1], 13.0);
        QCOMPARE(resample(daily, Timeframe::Daily).size(), 4);
    }

    void missingValuesAreSkipped()
    {
        BarSeries daily(QStringLiteral("X"));
        daily.append(Bar{QDate(2025, 3, 3), kMissing, 12.0, 8.0, 10.0, kMissing, kMissing});
        daily.append(Bar{QDate(2025, 3, 4), 11.0, 13.0, 9.0, kMissing, kMissing, 5.0});
        const BarSeries weekly = resample(daily, Timeframe::Weekly);
        QCOMPARE(weekly.size(), 1);
        QCOMPARE(weekly.open()[0], 11.0);  // the first open that exists
        QCOMPARE(weekly.close()[0], 10.0); // the last close that exists
        QCOMPARE(weekly.volume()[0], 5.0);
        QCOMPARE(weekly.date(0), QDate(2025, 3, 4));
    }

    void heikinAshiHandChecked()
    {
        BarSeries bars(QStringLiteral("X"));
        bars.append(Bar{QDate(2025, 1, 6), 10.0, 14.0, 8.0, 12.0, kMissing, 1.0});
        bars.append(Bar{QDate(2025, 1, 7), 12.0, 16.0, 11.0, 15.0, kMissing, 2.0});
        const BarSeries ha = heikinAshi(bars);
        QCOMPARE(ha.close()[0], 11.0); // (10 + 14 + 8 + 12) / 4
        QCOMPARE(ha.open()[0], 11.0);  // (10 + 12) / 2
        QCOMPARE(ha.high()[0], 14.0);
        QCOMPARE(ha.low()[0], 8.0);
        QCOMPARE(ha.close()[1], 13.5); // (12 + 16 + 11 + 15) / 4
        QCOMPARE(ha.open()[1], 11.0);  // (11 + 11) / 2
        QCOMPARE(ha.high()[1], 16.0);
        QCOMPARE(ha.low()[1], 11.0);
        QCOMPARE(ha.volume()[1], 2.0);
    }

    void adjustedClosesDetected()
    {
        BarSeries bars(QStringLiteral("X"));
        bars.append(Bar{QDate(2025, 1, 6), 1, 1, 1, 1, kMissing, 1});
        QVERIFY(!hasAdjustedCloses(bars));
        bars.append(Bar{QDate(2025, 1, 7), 1, 1, 1, 1, 0.9, 1});
        QVERIFY(hasAdjustedCloses(bars));
    }

    void timeframeKeys()
    {
        QCOMPARE(timeframeFromKey(u"Weekly"), Timeframe::Weekly);
        QCOMPARE(timeframeKey(Timeframe::Monthly), QStringLiteral("monthly"));
        QCOMPARE(timeframeKey(Timeframe::Hourly), QStringLiteral("60m"));
        QCOMPARE(timeframeFromKey(u"60M"), Timeframe::Hourly);
        QCOMPARE(timeframeFromKey(u"1h"), Timeframe::Hourly);
        QCOMPARE(timeframeFromKey(u"hourly"), Timeframe::Hourly);
        QVERIFY(!timeframeFromKey(u"15m"));
    }
};

QTEST_GUILESS_MAIN(TestResample)
#include "TestResample.moc"
