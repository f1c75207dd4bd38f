#include <QTemporaryDir>
#include <QtTest>

#include "core/market/TradingCalendar.h"
#include "core/tasks/Schedule.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Tasks::Frequency;
using Tasks::ScheduleEntry;

namespace {

const QTimeZone NewYork(QByteArrayLiteral("America/New_York"));

/** A wall-clock time in New York that exists exactly once. */
QDateTime ny(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), NewYork);
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

ScheduleEntry daily(int h, int min = 0, bool marketDays = false)
{
    ScheduleEntry e;
    e.name = QStringLiteral("t");
    e.kind = QStringLiteral("load");
    e.frequency = Frequency::Daily;
    e.time = QTime(h, min);
    e.marketDaysOnly = marketDays;
    return e;
}

ScheduleEntry weekly(int weekday, int h, bool marketDays = false)
{
    ScheduleEntry e = daily(h, 0, marketDays);
    e.frequency = Frequency::Weekly;
    e.weekday = weekday;
    return e;
}

ScheduleEntry everyHours(int n, int fromH = 0, int fromMin = 0, bool marketDays = false)
{
    ScheduleEntry e = daily(fromH, fromMin, marketDays);
    e.frequency = Frequency::EveryNHours;
    e.everyHours = n;
    return e;
}

TradingCalendar nyse()
{
    auto holidays =
        TradingCalendar::readHolidayFile(Test::dataPath(QStringLiteral("holidays/nyse_2026.txt")));
    if (!holidays) {
        qFatal("%s", qPrintable(holidays.error().message));
    }
    return TradingCalendar(QStringLiteral("NYSE"), *holidays);
}

QDateTime next(const ScheduleEntry& e, const QDateTime& after, const TradingCalendar& cal = {})
{
    return Tasks::nextRunAfter(e, after, cal, NewYork);
}

} // namespace

class TestNextRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QVERIFY2(NewYork.isValid(), "the system has no tz data for America/New_York");
    }

    void dailyIsStrictlyAfter()
    {
        const ScheduleEntry e = daily(21);
        QCOMPARE(next(e, ny(2026, 3, 2, 10)), ny(2026, 3, 2, 21));
        QCOMPARE(next(e, ny(2026, 3, 2, 21)), ny(2026, 3, 3, 21));
        QCOMPARE(next(e, ny(2026, 3, 2, 21).addSecs(-1)), ny(2026, 3, 2, 21));
        // Saturday and Sunday count when market days are not asked for.
        QCOMPARE(next(e, ny(2026, 3, 6, 22)), ny(2026, 3, 7, 21));
        // The result is in the zone, whatever zone `after` was given in.
        QCOMPARE(next(e, ny(2026, 3, 2, 10).toUTC()).timeZone(), NewYork);
    }

    void dailyMarketDaysSkipsWeekendsAndHolidays()
    {
        const ScheduleEntry e = daily(21, 0, true);
        // Friday evening → Monday.
        QCOMPARE(next(e, ny(2026, 3, 6, 21)), ny(2026, 3, 9, 21));
        // Thursday before Good Friday (2026-04-03) → Monday 2026-04-06 with the NYSE calendar.
        QCOMPARE(next(e, ny(2026, 4, 2, 21), nyse()), ny(2026, 4, 6, 21));
        // Without holidays Good Friday is an ordinary Friday.
        QCOMPARE(next(e, ny(2026, 4, 2, 21)), ny(2026, 4, 3, 21));
        // Friday before MLK day (Monday 2026-01-19) → Tuesday.
        QCOMPARE(next(e, ny(2026, 1, 16, 21, 30), nyse()), ny(2026, 1, 20, 21));
        // Independence Day observed on Friday 2026-07-03: Thursday → Monday 2026-07-06.
        QCOMPARE(next(e, ny(2026, 7, 2, 22), nyse()), ny(2026, 7, 6, 21));
    }

    void weekly()
    {
        const ScheduleEntry sunday = ::weekly(Qt::Sunday, 3);
        QCOMPARE(next(sunday, ny(2026, 1, 7, 12)), ny(2026, 1, 11, 3));
        QCOMPARE(next(sunday, ny(2026, 1, 11, 3)), ny(2026, 1, 18, 3));
        QCOMPARE(next(sunday, ny(2026, 1, 11, 2, 59)), ny(2026, 1, 11, 3));
        // A market-days weekly entry skips the week whose day is a holiday (MLK Monday 2026-01-19).
        const ScheduleEntry monday = ::weekly(Qt::Monday, 21, true);
        QCOMPARE(next(monday, ny(2026, 1, 13, 12), nyse()), ny(2026, 1, 26, 21));
        QCOMPARE(next(monday, ny(2026, 1, 13, 12)), ny(2026, 1, 19, 21));
        // Saturday on market days only never happens: no next run (and validate() refuses it).
        const ScheduleEntry saturday = ::weekly(Qt::Saturday, 10, true);
        QVERIFY(!next(saturday, ny(2026, 1, 1, 0)).isValid());
        QVERIFY(!saturday.validate());
    }

    void everyNHoursAnchoredSlots()
    {
        const ScheduleEntry six = everyHours(6);
        QCOMPARE(next(six, ny(2026, 1, 5, 7)), ny(2026, 1, 5, 12));
        QCOMPARE(next(six, ny(2026, 1, 5, 12)), ny(2026, 1, 5, 18));
        QCOMPARE(next(six, ny(2026, 1, 5, 18)), ny(2026, 1, 6, 0));
        QCOMPARE(next(six, ny(2026, 1, 5, 23, 59)), ny(2026, 1, 6, 0));

        const ScheduleEntry sixFromHalfPast = everyHours(6, 1, 30);
        QCOMPARE(next(sixFromHalfPast, ny(2026, 1, 5, 0)), ny(2026, 1, 5, 1, 30));
        QCOMPARE(next(sixFromHalfPast, ny(2026, 1, 5, 1, 30)), ny(2026, 1, 5, 7, 30));
        QCOMPARE(next(sixFromHalfPast, ny(2026, 1, 5, 20)), ny(2026, 1, 6, 1, 30));

        // N not dividing 24: one continuous grid, so the spacing stays N wall-clock hours across
        // midnight (the 168 h run crosses the March DST change: 167 real hours, 168 on the wall clock).
        const auto wallClock = [](const QDateTime& t) {
            return QDateTime(t.date(), t.time(), Qt::UTC);
        };
        for (int n : {5, 7, 36, 168}) {
            const ScheduleEntry e = everyHours(n);
            QDateTime previous = next(e, ny(2026, 1, 5, 0));
            for (int i = 0; i < 12; ++i) {
                const QDateTime following = next(e, previous);
                QCOMPARE(wallClock(previous).secsTo(wallClock(following)), qint64(n) * 3600);
                previous = following;
            }
        }
        // 168 h from 00:00 is weekly on the grid's weekday: Monday (the grid starts on Monday 2001-01-01).
        QCOMPARE(next(everyHours(168), ny(2026, 1, 6, 0)).date().dayOfWeek(), int(Qt::Monday));
    }

    void everyNHoursMarketDays()
    {
        const ScheduleEntry e = everyHours(6, 0, 0, true);
        // Friday 19:00 → the Saturday and Sunday slots are skipped → Monday 00:00.
        QCOMPARE(next(e, ny(2026, 1, 9, 19)), ny(2026, 1, 12, 0));
        // Friday before MLK day → Tuesday 00:00 with holidays.
        QCOMPARE(next(e, ny(2026, 1, 16, 18), nyse()), ny(2026, 1, 20, 0));
        // Within a trading day it is the plain slot.
        QCOMPARE(next(e, ny(2026, 1, 20, 0), nyse()), ny(2026, 1, 20, 6));
    }

    void springForwardDaily()
    {
        // 2026-03-08, New York: at 02:00 EST (07:00 UTC) clocks jump to 03:00 EDT; 02:30 does not exist.
        const ScheduleEntry e = daily(2, 30);
        const QDateTime onChangeDay = next(e, ny(2026, 3, 7, 12));
        QCOMPARE(onChangeDay.toUTC(), utc(2026, 3, 8, 7));
        QCOMPARE(onChangeDay.date(), QDate(2026, 3, 8));
        QCOMPARE(onChangeDay.time(), QTime(3, 0));
        // Back to 02:30 the day after (EDT, 06:30 UTC), and exactly once on the change day.
        QCOMPARE(next(e, onChangeDay).toUTC(), utc(2026, 3, 9, 6, 30));
        // The day before is an ordinary 02:30 EST (07:30 UTC).
        QCOMPARE(next(e, ny(2026, 3, 6, 12)).toUTC(), utc(2026, 3, 7, 7, 30));
        // A time after the gap keeps its wall-clock time: 21:00 EST then 21:00 EDT.
        const ScheduleEntry evening = daily(21);
        QCOMPARE(next(evening, ny(2026, 3, 7, 12)).toUTC(), utc(2026, 3, 8, 2));
        QCOMPARE(next(evening, ny(2026, 3, 8, 12)).toUTC(), utc(2026, 3, 9, 1));
        // The gap's start (02:00) resolves to the same instant as 03:00.
        QCOMPARE(Tasks::resolveLocalTime(QDate(2026, 3, 8), QTime(2, 0), NewYork).toUTC(),
                 utc(2026, 3, 8, 7));
        QCOMPARE(Tasks::resolveLocalTime(QDate(2026, 3, 8), QTime(3, 0), NewYork).toUTC(),
                 utc(2026, 3, 8, 7));
    }

    void fallBackDaily()
    {
        // 2026-11-01, New York: at 02:00 EDT (06:00 UTC) clocks go back to 01:00 EST; 01:30 happens twice.
        const ScheduleEntry e = daily(1, 30);
        const QDateTime first = next(e, ny(2026, 10, 31, 12));
        QCOMPARE(first.toUTC(), utc(2026, 11, 1, 5, 30)); // 01:30 EDT, the first occurrence
        // Not again at the second 01:30 (EST, 06:30 UTC): next is the following night.
        QCOMPARE(next(e, first).toUTC(), utc(2026, 11, 2, 6, 30));
        // Asked from inside the repeated hour (01:10 EST = 06:10 UTC), it is also the next night.
        QCOMPARE(next(e, utc(2026, 11, 1, 6, 10)).toUTC(), utc(2026, 11, 2, 6, 30));
    }

    void everyNHoursAcrossDst()
    {
        // Spring forward: hourly slots 01:00 EST, then the 02:00 slot runs at the end of the gap (03:00
        // EDT) and merges with the 03:00 slot, then 04:00 EDT.
        const ScheduleEntry hourly = everyHours(1);
        QDateTime t = next(hourly, ny(2026, 3, 8, 0, 30));
        QCOMPARE(t.toUTC(), utc(2026, 3, 8, 6));
        t = next(hourly, t);
        QCOMPARE(t.toUTC(), utc(2026, 3, 8, 7));
        t = next(hourly, t);
        QCOMPARE(t.toUTC(), utc(2026, 3, 8, 8));
        // Every 6 h keeps wall-clock slots: 00:00 EST → 06:00 EDT is 5 real hours.
        const ScheduleEntry six = everyHours(6);
        const QDateTime midnight = next(six, ny(2026, 3, 7, 23));
        QCOMPARE(midnight.toUTC(), utc(2026, 3, 8, 5));
        QCOMPARE(next(six, midnight).toUTC(), utc(2026, 3, 8, 10));

        // Fall back: 00:00 EDT, 01:00 EDT (first), the second 01:00 is skipped, 02:00 EST.
        t = next(hourly, ny(2026, 10, 31, 23, 30));
        QCOMPARE(t.toUTC(), utc(2026, 11, 1, 4));
        t = next(hourly, t);
        QCOMPARE(t.toUTC(), utc(2026, 11, 1, 5));
        t = next(hourly, t);
        QCOMPARE(t.toUTC(), utc(2026, 11, 1, 7));
        // From inside the repeated hour the next slot is 02:00 EST.
        QCOMPARE(next(hourly, utc(2026, 11, 1, 6, 30)).toUTC(), utc(2026, 11, 1, 7));
    }

    void everySixHoursUtcAcrossMidnightAndDst()
    {
        // Seed 001's crypto update: every 6 h from 00:00 on the UTC clock, seen by a New York scheduler.
        ScheduleEntry six = everyHours(6);
        six.timeZone = QStringLiteral("UTC");
        // Across UTC midnight: 18:00 → 00:00 next day → 06:00.
        QDateTime t = next(six, utc(2026, 1, 5, 17, 59));
        QCOMPARE(t.toUTC(), utc(2026, 1, 5, 18));
        QCOMPARE(t.timeZone(), NewYork); // expressed in the scheduler's zone: 13:00 EST
        QCOMPARE(t.time(), QTime(13, 0));
        t = next(six, t);
        QCOMPARE(t.toUTC(), utc(2026, 1, 6, 0));
        QCOMPARE(next(six, t).toUTC(), utc(2026, 1, 6, 6));
        // Exactly at a slot: the next one, not the same.
        QCOMPARE(next(six, utc(2026, 1, 6, 12)).toUTC(), utc(2026, 1, 6, 18));
        // Local midnight in New York (05:00 UTC) is nothing special: the 06:00 UTC slot follows.
        QCOMPARE(next(six, ny(2026, 1, 6, 0)).toUTC(), utc(2026, 1, 6, 6));

        // Across New York's spring forward (2026-03-08 07:00 UTC) and fall back (2026-11-01 06:00 UTC) the
        // runs stay exactly 6 real hours apart, where the local-clock entry gets 5 and 7.
        for (const QDateTime& start : {utc(2026, 3, 7, 12, 1), utc(2026, 10, 31, 12, 1)}) {
            QDateTime run = next(six, start);
            QCOMPARE(run.toUTC().time(), QTime(18, 0));
            for (int i = 0; i < 8; ++i) {
                const QDateTime following = next(six, run);
                QCOMPARE(run.secsTo(following), qint64(6 * 3600));
                QCOMPARE(following.toUTC().time().hour() % 6, 0);
                run = following;
            }
        }
        const ScheduleEntry localSix = everyHours(6);
        const QDateTime localMidnight = next(localSix, ny(2026, 3, 7, 23));
        QCOMPARE(localMidnight.secsTo(next(localSix, localMidnight)), qint64(5 * 3600));

        // Weekly in UTC (the full retrain, Sunday 03:00 UTC): the Sunday of the UTC date, even when New York
        // still reads Saturday 22:00 (EST) or 23:00 (EDT).
        ScheduleEntry sunday = ::weekly(Qt::Sunday, 3);
        sunday.timeZone = QStringLiteral("UTC");
        const QDateTime retrain = next(sunday, utc(2026, 3, 1, 3, 0));
        QCOMPARE(retrain.toUTC(), utc(2026, 3, 8, 3));
        QCOMPARE(retrain.date(), QDate(2026, 3, 7));
        QCOMPARE(next(sunday, retrain).toUTC(), utc(2026, 3, 15, 3));

        // A 24/7 market: no day is closed, so "market days" changes nothing (CRYPTO's calendar).
        ScheduleEntry marketDays = six;
        marketDays.marketDaysOnly = true;
        const TradingCalendar crypto(QStringLiteral("CRYPTO"), {});
        QVERIFY(crypto.tradesEveryDay());
        QCOMPARE(Tasks::nextRunAfter(marketDays, utc(2026, 1, 10, 23), crypto, NewYork).toUTC(),
                 utc(2026, 1, 11, 0)); // a Sunday
        QCOMPARE(six.describe(), QStringLiteral("every 6 h from 00:00 UTC"));
        ScheduleEntry bad = six;
        bad.timeZone = QStringLiteral("Mars/Olympus");
        QVERIFY(!bad.validate());
        QVERIFY(!Tasks::nextRunAfter(bad, utc(2026, 1, 1, 0), {}, NewYork).isValid());
    }

    void positiveOffsetZones()
    {
        // Kolkata (UTC+05:30, no DST): 21:00 IST is 15:30 UTC.
        const QTimeZone kolkata(QByteArrayLiteral("Asia/Kolkata"));
        QVERIFY(kolkata.isValid());
        QCOMPARE(Tasks::nextRunAfter(daily(21), utc(2026, 3, 2, 0), {}, kolkata).toUTC(),
                 utc(2026, 3, 2, 15, 30));
        // London springs forward on 2026-03-29 at 01:00 GMT: 01:30 does not exist → 02:00 BST (01:00 UTC).
        const QTimeZone london(QByteArrayLiteral("Europe/London"));
        QVERIFY(london.isValid());
        const QDateTime t = Tasks::nextRunAfter(daily(1, 30), utc(2026, 3, 28, 12), {}, london);
        QCOMPARE(t.toUTC(), utc(2026, 3, 29, 1));
        QCOMPARE(t.time(), QTime(2, 0));
    }

    void calendarFile()
    {
        const TradingCalendar cal = nyse();
        QCOMPARE(cal.holidays().size(), 10);
        QCOMPARE(cal.holidayName(QDate(2026, 7, 3)), QStringLiteral("Independence Day (observed)"));
        QCOMPARE(cal.holidayName(QDate(2026, 11, 26)), QStringLiteral("Thanksgiving Day"));
        for (const Holiday& h : cal.holidays()) {
            QVERIFY2(!TradingCalendar::isWeekend(h.date), qPrintable(h.date.toString(Qt::ISODate)));
            QVERIFY(!cal.isTradingDay(h.date));
        }
        QVERIFY(cal.isTradingDay(QDate(2026, 4, 2)));
        QVERIFY(!cal.isTradingDay(QDate(2026, 4, 4))); // Saturday
        QCOMPARE(cal.nextTradingDay(QDate(2026, 4, 3)), QDate(2026, 4, 6));
    }

    void calendarErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad month") << QStringLiteral("# header\n2026-01-01\n2026-13-01,Nope\n")
                                   << QStringLiteral(
                                          "h.txt:3: '2026-13-01' is not a date (expected YYYY-MM-DD)");
        QTest::newRow("slashes") << QStringLiteral("2026/01/01\n")
                                 << QStringLiteral("h.txt:1: '2026/01/01' is not a date");
        QTest::newRow("words") << QStringLiteral("\n\nChristmas, 2026-12-25\n") << QStringLiteral("h.txt:3:");
        QTest::newRow("duplicate") << QStringLiteral("2026-12-25,Christmas\n# again\n2026-12-25\n")
                                   << QStringLiteral("h.txt:3: 2026-12-25 is already listed on line 1");
    }

    void calendarErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        auto parsed = TradingCalendar::readHolidayFile(path);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(path + expected.mid(5)), qPrintable(parsed.error().message));
    }

    void calendarErrorsKeepPercentSignsOfFileNames()
    {
        // Chained .arg() calls read a "%2" in the source as the line number (tests/fuzz, issue 14).
        const QString source = QStringLiteral("NSE%202026%2.txt");
        auto bad = TradingCalendar::parseHolidays(QStringLiteral("2026-13-01\n"), source);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message,
                 QStringLiteral("NSE%202026%2.txt:1: '2026-13-01' is not a date (expected YYYY-MM-DD)"));
        auto twice = TradingCalendar::parseHolidays(QStringLiteral("2026-01-26\n2026-01-26\n"), source);
        QVERIFY(!twice);
        QCOMPARE(twice.error().message,
                 QStringLiteral("NSE%202026%2.txt:2: 2026-01-26 is already listed on line 1"));
    }

    void calendarParsesCommentsAndBom()
    {
        auto parsed = TradingCalendar::parseHolidays(
            QStringLiteral("\uFEFF2026-01-26 , Republic Day # national\n  # only a comment\n\n2026-03-03\n"
                           "2026-10-20,\"Diwali, Laxmi Pujan\"\n"),
            QStringLiteral("x"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0).name, QStringLiteral("Republic Day"));
        QVERIFY(parsed->at(1).name.isEmpty());
        QCOMPARE(parsed->at(2).name, QStringLiteral("Diwali, Laxmi Pujan"));
        auto missing = TradingCalendar::readHolidayFile(QStringLiteral("/nonexistent/h.txt"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.startsWith(QStringLiteral("/nonexistent/h.txt: cannot read")));
    }

    void timesOfDay_data()
    {
        // What `schedule set --daily/--weekly/--from` accepts (app/cli/ScheduleCommand.cpp).
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("time");
        QTest::newRow("HH:MM") << QStringLiteral("21:00") << QTime(21, 0);
        QTest::newRow("H:MM") << QStringLiteral("9:30") << QTime(9, 30);
        QTest::newRow("spaces") << QStringLiteral(" 09:05 ") << QTime(9, 5);
        QTest::newRow("midnight") << QStringLiteral("00:00") << QTime(0, 0);
        QTest::newRow("last minute") << QStringLiteral("23:59") << QTime(23, 59);
        QTest::newRow("24:00") << QStringLiteral("24:00") << QTime();
        QTest::newRow("minute 60") << QStringLiteral("12:60") << QTime();
        QTest::newRow("one-digit minute") << QStringLiteral("9:5") << QTime();
        QTest::newRow("seconds") << QStringLiteral("21:00:00") << QTime();
        QTest::newRow("three-digit hour") << QStringLiteral("021:00") << QTime();
        QTest::newRow("sign") << QStringLiteral("+9:30") << QTime();
        QTest::newRow("empty") << QString() << QTime();
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0662\u0661:\u0663\u0660") << QTime();
        QTest::newRow("fullwidth digits") << QStringLiteral("\uff12\uff11:\uff13\uff10") << QTime();
    }

    void timesOfDay()
    {
        QFETCH(QString, text);
        QFETCH(QTime, time);
        QCOMPARE(Tasks::timeOfDayFromString(text), time);
    }

    void describeAndValidate()
    {
        QCOMPARE(daily(21, 0, true).describe(), QStringLiteral("daily 21:00, market days"));
        QCOMPARE(::weekly(Qt::Sunday, 3).describe(), QStringLiteral("weekly Sun 03:00"));
        QCOMPARE(everyHours(6).describe(), QStringLiteral("every 6 h from 00:00"));
        QCOMPARE(Tasks::weekdayFromString(QStringLiteral("Sunday")), std::optional<int>(7));
        QCOMPARE(Tasks::weekdayFromString(QStringLiteral("tue")), std::optional<int>(2));
        QCOMPARE(Tasks::weekdayFromString(QStringLiteral("3")), std::optional<int>(3));
        QVERIFY(!Tasks::weekdayFromString(QStringLiteral("t")));
        QVERIFY(!Tasks::weekdayFromString(QStringLiteral("8")));
        QVERIFY(daily(21).validate());
        QVERIFY(!everyHours(0).validate());
        QVERIFY(!everyHours(169).validate());
        QVERIFY(everyHours(168).validate());
        ScheduleEntry unnamed = daily(1);
        unnamed.name.clear();
        QVERIFY(!unnamed.validate());
    }
};

QTEST_GUILESS_MAIN(TestNextRun)
#include "TestNextRun.moc"
