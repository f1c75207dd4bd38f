#include <QtTest>

#include "core/market/BarSeries.h"
#include "core/market/ClosedDays.h"
#include "core/store/BarRepository.h"
#include "core/store/HolidayRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

/** Weekday bars from `from` to `to` except on the days in `skip`. */
BarSeries weekdayBars(const QString& ticker, QDate from, QDate to, const QList<QDate>& skip)
{
    BarSeries s(ticker);
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5 && !skip.contains(d)) {
            s.append(Bar{d, 10, 11, 9, 10.5, 10.5, 1000});
        }
    }
    return s;
}

} // namespace

class TestClosedDays : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void closedOnlyWhereEnoughSymbolsAreListedAndNoneTraded()
    {
        // Five symbols listed 2024-01-01 (Mon) .. 2024-01-12 (Fri), a sixth only until 01-05.
        std::vector<BarSpan> spans(5, BarSpan{jd(2024, 1, 1), jd(2024, 1, 12)});
        spans.push_back({jd(2024, 1, 1), jd(2024, 1, 5)});
        QHash<qint64, int> traded;
        for (qint64 d = jd(2024, 1, 1); d <= jd(2024, 1, 12); ++d) {
            traded.insert(d, d <= jd(2024, 1, 5) ? 6 : 5);
        }
        traded.insert(jd(2024, 1, 3), 0); // Wed: nobody traded -> closed
        traded.insert(jd(2024, 1, 4), 1); // Thu: one symbol traded -> a data gap of the others
        traded.insert(jd(2024, 1, 6), 0); // Sat, Sun: weekends are never holidays
        traded.insert(jd(2024, 1, 7), 0);
        traded.insert(jd(2024, 1, 10), 0); // Wed: silent, but only five symbols were listed

        QCOMPARE(inferClosedWeekdays(spans, traded, 5),
                 (QList<QDate>{QDate(2024, 1, 3), QDate(2024, 1, 10)}));
        QCOMPARE(inferClosedWeekdays(spans, traded, 6), (QList<QDate>{QDate(2024, 1, 3)}));
        QVERIFY(inferClosedWeekdays(spans, traded, 7).isEmpty());
        // A day missing from the counts altogether is a day nobody traded.
        traded.remove(jd(2024, 1, 11));
        QCOMPARE(inferClosedWeekdays(spans, traded, 5),
                 (QList<QDate>{QDate(2024, 1, 3), QDate(2024, 1, 10), QDate(2024, 1, 11)}));
    }

    void weekdayCountsAndTheGapFreeShortcut()
    {
        const qint64 monday = QDate(2024, 6, 3).toJulianDay();
        QCOMPARE(weekdayCount(monday, monday), qint64(1));
        QCOMPARE(weekdayCount(monday, monday + 4), qint64(5));     // Mon..Fri
        QCOMPARE(weekdayCount(monday, monday + 6), qint64(5));     // + the weekend
        QCOMPARE(weekdayCount(monday + 5, monday + 6), qint64(0)); // Sat, Sun
        QCOMPARE(weekdayCount(monday, monday + 13), qint64(10));
        QCOMPARE(weekdayCount(monday + 4, monday + 7), qint64(2)); // Fri..Mon
        QCOMPARE(weekdayCount(monday + 1, monday), qint64(0));
        // Every weekday traded: nothing can be closed; one missing weekday (or unknown counts): look.
        QVERIFY(!anyWeekdayMissing({{monday, monday + 13, 10}, {monday, monday + 4, 5}}));
        QVERIFY(anyWeekdayMissing({{monday, monday + 13, 10}, {monday, monday + 4, 4}}));
        QVERIFY(anyWeekdayMissing({{monday, monday + 13, -1}}));
        QVERIFY(anyWeekdayMissing({{monday, monday + 6, 7}})); // weekend bars: counts say nothing
    }

    void emptyInputInfersNothing()
    {
        QVERIFY(inferClosedWeekdays({}, {}, 1).isEmpty());
        QVERIFY(inferClosedWeekdays({BarSpan{jd(2024, 1, 1), jd(2024, 1, 5)}}, {}, 0).isEmpty());
    }

    void storedBarsIntoTheMarketCalendar()
    {
        Test::TempDatabase tmp;
        Store::BarRepository bars(*tmp.db());
        const QDate from(2024, 1, 1), to(2024, 1, 31);
        const QDate holiday(2024, 1, 26); // a Friday every symbol skips
        for (int i = 0; i < 6; ++i) {
            QList<QDate> skip{holiday};
            if (i == 0) {
                skip << QDate(2024, 1, 15); // one symbol's own gap: not a holiday
            }
            QVERIFY(bars.replaceAll(QStringLiteral("S%1").arg(i),
                                    weekdayBars(QStringLiteral("S%1").arg(i), from, to, skip),
                                    QStringLiteral("test")));
        }
        Store::HolidayRepository repo(*tmp.db());
        auto inferred = repo.inferClosedDays({}, 5);
        QVERIFY(inferred);
        QCOMPARE(inferred->symbols, 6);
        QCOMPARE(inferred->days, QList<QDate>{holiday});

        // A selection of two symbols cannot tell a holiday from a gap: refused, nothing imported.
        auto few = repo.importClosedDays(
            QStringLiteral("default"), {QStringLiteral("S0"), QStringLiteral("S1")}, 5, false);
        QVERIFY(!few);
        QVERIFY2(few.error().message.contains(QStringLiteral("only 2 symbol(s)")),
                 qPrintable(few.error().message));
        QVERIFY(repo.holidays(QStringLiteral("default"))->isEmpty());

        auto imported = repo.importClosedDays(QStringLiteral("default"), {}, 5, false);
        QVERIFY(imported);
        auto market = repo.marketCalendar();
        QVERIFY(market);
        QVERIFY(market->isHoliday(holiday));
        QCOMPARE(market->holidayName(holiday), QStringLiteral("closed (no bar for any of 6 symbols)"));
        QVERIFY(!market->isHoliday(QDate(2024, 1, 15)));
    }
};

QTEST_GUILESS_MAIN(TestClosedDays)
#include "TestClosedDays.moc"
