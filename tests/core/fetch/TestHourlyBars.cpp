#include <ctime>

#include <QtTest>

#include "core/fetch/BarValidation.h"
#include "core/fetch/providers/CsvFolderProvider.h"
#include "core/fetch/providers/HourlyCsvFile.h"
#include "core/market/HourlySeries.h"
#include "core/market/Market.h"
#include "core/store/BarRepository.h"
#include "core/store/HourlyBarRepository.h"
#include "core/universe/UniverseFile.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

/** Epoch seconds of a UTC date and hour. */
qint64 at(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC).toSecsSinceEpoch();
}

HourlySeries loadFixture(const QString& relative)
{
    auto parsed = Fetch::parseHourlyCsvFile(Test::dataPath(relative));
    if (!parsed || parsed->symbols.size() != 1) {
        return {};
    }
    return parsed->symbols.front();
}

} // namespace

/** Hourly bars (issue 21): times, the CSV layouts, the validation gate, storage and derived days. */
class TestHourlyBars : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void timeLayouts_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<qint64>("expected");
        const qint64 t = at(2023, 7, 1, 13); // 1688216400
        QTest::newRow("naive = UTC") << QByteArray("2023-07-01 13:00:00") << t;
        QTest::newRow("no seconds") << QByteArray("2023-07-01 13:00") << t;
        QTest::newRow("T and Z") << QByteArray("2023-07-01T13:00:00Z") << t;
        QTest::newRow("IST offset") << QByteArray("2023-07-01 18:30:00+05:30") << t;
        QTest::newRow("offset no colon") << QByteArray("2023-07-01T09:00:00-0400") << t;
        QTest::newRow("fraction") << QByteArray("2023-07-01 13:00:00.000") << t;
        QTest::newRow("epoch s") << QByteArray("1688216400") << t;
        QTest::newRow("epoch ms") << QByteArray("1688216400000") << t;
        QTest::newRow("epoch float") << QByteArray("1688216400.0") << t;
    }

    void timeLayouts()
    {
        QFETCH(QByteArray, cell);
        QFETCH(qint64, expected);
        qint64 got = 0;
        QVERIFY(Fetch::parseHourlyTime(cell, got));
        QCOMPARE(got, expected);
        QCOMPARE(expected, qint64(1688216400));
    }

    void naiveTimesAreUtcWhateverTheLocalZone()
    {
        // The machine's zone must not matter: with Berlin's clock, 2023-03-26 02:00 does not exist
        // locally (CET springs to CEST), yet a naive 02:00 in a file is 02:00 UTC, one hour after 01:00.
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        tzset();
        const auto restore = qScopeGuard([&oldTz] {
            if (oldTz.isEmpty()) {
                qunsetenv("TZ");
            } else {
                qputenv("TZ", oldTz);
            }
            tzset();
        });
        QVERIFY(QDateTime(QDate(2023, 3, 26), QTime(12, 0)).offsetFromUtc() == 7200); // the zone took

        auto naive = Fetch::parseHourlyCsvData("date,open,high,low,close,volume,ticker\n"
                                               "2023-03-26 00:00:00,10,11,9,10.5,1,BTCUSDT\n"
                                               "2023-03-26 01:00:00,10.5,12,10,11,2,BTCUSDT\n"
                                               "2023-03-26 02:00:00,11,11.5,10,10.25,3,BTCUSDT\n"
                                               "2023-03-26 03:00:00,10.25,10.5,9.5,10,4,BTCUSDT\n",
                                               QStringLiteral("BTCUSDT_1h.csv"));
        QVERIFY2(naive, qPrintable(naive ? QString() : naive.error().message));
        QCOMPARE(naive->symbols.front().times(),
                 (std::vector<qint64>{
                     at(2023, 3, 26, 0), at(2023, 3, 26, 1), at(2023, 3, 26, 2), at(2023, 3, 26, 3)}));
        QCOMPARE(at(2023, 3, 26, 2), qint64(1679796000)); // hand-checked: 19442 days × 86400 + 2 h

        // Explicit offsets are honoured, also mixed with naive rows in one file: 04:00 naive (UTC),
        // 06:00+01:00 = 05:00 UTC, 00:00-06:00 = 06:00 UTC, 08:30+01:30 = 07:00 UTC.
        auto mixed = Fetch::parseHourlyCsvData("Datetime,Open,High,Low,Close,Volume\n"
                                               "2023-03-26 04:00:00,1,2,0.5,1.5,10\n"
                                               "2023-03-26T06:00:00+01:00,1.5,2,1,1.75,20\n"
                                               "2023-03-26 00:00:00-06:00,1.75,3,1.5,2.5,30\n"
                                               "2023-03-26T08:30:00+0130,2.5,2.75,2,2.25,40\n",
                                               QStringLiteral("ETHUSDT.csv"));
        QVERIFY2(mixed, qPrintable(mixed ? QString() : mixed.error().message));
        const HourlySeries& m = mixed->symbols.front();
        QCOMPARE(m.times(),
                 (std::vector<qint64>{
                     at(2023, 3, 26, 4), at(2023, 3, 26, 5), at(2023, 3, 26, 6), at(2023, 3, 26, 7)}));
        QCOMPARE(m.close()[1], 1.75);
        QCOMPARE(m.volume()[3], 40.0);

        // A naive row and an offset row naming the same instant are one hour given twice: one bar, the
        // later row's, with a warning.
        auto twice = Fetch::parseHourlyCsvData("Datetime,Open,High,Low,Close,Volume\n"
                                               "2023-03-26 04:00:00,1,2,0.5,1.5,10\n"
                                               "2023-03-26T09:30:00+05:30,1,2,0.5,1.6,10\n"
                                               "2023-03-26 05:00:00,1,2,0.5,1.7,10\n",
                                               QStringLiteral("XRPUSDT.csv"));
        QVERIFY2(twice, qPrintable(twice ? QString() : twice.error().message));
        QCOMPARE(twice->symbols.front().times(),
                 (std::vector<qint64>{at(2023, 3, 26, 4), at(2023, 3, 26, 5)}));
        QCOMPARE(twice->symbols.front().close()[0], 1.6);
        QCOMPARE(twice->warnings,
                 QStringList{
                     QStringLiteral("XRPUSDT.csv: 1 repeated hour(s) for XRPUSDT; the later row was kept")});
    }

    void badTimesAreRefused()
    {
        qint64 t = 0;
        QVERIFY(!Fetch::parseHourlyTime("2023-13-01 00:00", t));
        QVERIFY(!Fetch::parseHourlyTime("01/07/2023 10:00", t));
        QVERIFY(!Fetch::parseHourlyTime("2023-07-01 25:00", t));
        QVERIFY(!Fetch::parseHourlyTime("yesterday", t));
    }

    void sharedLayoutFixture()
    {
        auto parsed =
            Fetch::parseHourlyCsvFile(Test::dataPath(QStringLiteral("crypto/hourly/BTCUSDT_1h.csv")));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY(parsed->symbolFromColumn);
        QCOMPARE(parsed->symbols.size(), 1);
        const HourlySeries& s = parsed->symbols.front();
        QCOMPARE(s.ticker(), QStringLiteral("BTCUSDT"));
        QCOMPARE(s.size(), 72);
        QCOMPARE(s.firstTime(), at(2023, 7, 1, 0));
        QCOMPARE(s.lastTime(), at(2023, 7, 3, 23));
        // First line: 2023-07-01 00:00:00,30471.99,30534.74,30420.00,30469.83,1244.96393,BTCUSDT
        QCOMPARE(s.open()[0], 30471.99);
        QCOMPARE(s.high()[0], 30534.74);
        QCOMPARE(s.low()[0], 30420.0);
        QCOMPARE(s.close()[0], 30469.83);
        QCOMPARE(s.volume()[0], 1244.96393);
        QVERIFY(Fetch::isIntradayCsv(Test::dataPath(QStringLiteral("crypto/hourly/BTCUSDT_1h.csv"))));
        QVERIFY(!Fetch::isIntradayCsv(
            Test::dataPath(QStringLiteral("csv/real/JIOFIN_2020-10-01_to_2025-09-30.csv"))));
    }

    void commonLayouts()
    {
        // Binance kline export: open time in ms, no ticker column (file name gives it).
        auto ms = Fetch::parseHourlyCsvData("open_time,open,high,low,close,volume\r\n"
                                            "1688216400000,10,11,9,10.5,100\r\n"
                                            "1688220000000,10.5,12,10,11,200",
                                            QStringLiteral("ETHUSDT-1h-2023-07.csv"));
        QVERIFY2(ms, qPrintable(ms ? QString() : ms.error().message));
        QCOMPARE(ms->symbols.front().ticker(), QStringLiteral("ETHUSDT"));
        QCOMPARE(ms->symbols.front().times(), (std::vector<qint64>{1688216400, 1688220000}));
        // yfinance intraday: Datetime with an offset, and an all-null row skipped.
        auto yf = Fetch::parseHourlyCsvData("Datetime,Open,High,Low,Close,Volume\n"
                                            "2023-07-03 09:30:00-04:00,1,2,0.5,1.5,10\n"
                                            "2023-07-03 10:30:00-04:00,,,,,\n"
                                            "2023-07-03 11:30:00-04:00,1.5,2,1,1.2,5\n",
                                            QStringLiteral("AAPL-1h.csv"));
        QVERIFY(yf);
        QCOMPARE(yf->symbols.front().size(), 2);
        QCOMPARE(yf->symbols.front().firstTime(),
                 QDateTime(QDate(2023, 7, 3), QTime(13, 30), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(yf->warnings.size(), 1);
        // Epoch seconds, semicolons.
        auto sec = Fetch::parseHourlyCsvData("timestamp;open;high;low;close;volume\n1688216400;1;2;1;2;3\n",
                                             QStringLiteral("XRPUSDT.csv"));
        QVERIFY(sec);
        QCOMPARE(sec->symbols.front().firstTime(), qint64(1688216400));
    }

    void subHourBarsAndBadLinesAreRefused()
    {
        auto quarter = Fetch::parseHourlyCsvData("Datetime,Open,High,Low,Close,Volume\n"
                                                 "2023-07-03 09:30:00,1,2,0.5,1.5,10\n"
                                                 "2023-07-03 09:45:00,1,2,0.5,1.5,10\n",
                                                 QStringLiteral("EA-15m.csv"));
        QVERIFY(!quarter);
        QVERIFY2(quarter.error().message.contains(QStringLiteral("15 minutes apart")),
                 qPrintable(quarter.error().message));
        auto bad =
            Fetch::parseHourlyCsvData("date,open,high,low,close,volume\n2023-07-01 00:00:00,1,2,1,x,3\n",
                                      QStringLiteral("BTCUSDT.csv"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.startsWith(QStringLiteral("BTCUSDT.csv:2: 'x' is not a number")),
                 qPrintable(bad.error().message));
    }

    void validationGateDropsBadHours()
    {
        Fetch::FetchUnit unit;
        unit.ticker = QStringLiteral("BTCUSDT");
        Fetch::FetchedBars bars;
        bars.ticker = unit.ticker;
        bars.interval = Fetch::BarInterval::Hour;
        const qint64 t0 = at(2023, 7, 1, 0);
        bars.hourly.append(HourlyBar{t0, 10, 11, 9, 10, 1});
        bars.hourly.append(HourlyBar{t0 + 3600, 10, 4, 5, 4.5, 1}); // low above high
        bars.hourly.append(HourlyBar{t0 + 5400, 10, 11, 9, 10, 1}); // 01:30: not on the hour
        bars.hourly.append(HourlyBar{t0 + 7200, 10, 11, 9, -1, 1}); // negative close
        const qint64 now = at(2026, 1, 1, 0);
        auto valid = Fetch::BarValidation::validateHourly(bars, unit, now);
        QVERIFY(valid);
        QCOMPARE(valid->hourly.size(), 1);
        const QString warnings = valid->warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("BTCUSDT 2023-07-01 01:00: low 5 is above high 4")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("not on the hour")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("kept 1 of 4 hourly bar(s); 3 failed validation")),
                 qPrintable(warnings));

        // Nothing valid in a replacing delivery: refused, so stored bars stay.
        Fetch::FetchedBars allBad = bars;
        allBad.hourly = bars.hourly.slice(1, 4);
        auto refused = Fetch::BarValidation::validateHourly(allBad, unit, now);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.startsWith(
            QStringLiteral("BTCUSDT: no valid hourly bars; stored history kept")));

        // An hour after now + 1 h is not trading data.
        Fetch::FetchedBars future = bars;
        future.hourly = HourlySeries(QStringLiteral("BTCUSDT"));
        future.hourly.append(HourlyBar{now + 2 * 3600, 10, 11, 9, 10, 1});
        QVERIFY(!Fetch::BarValidation::validateHourly(future, unit, now));

        // Another symbol's answer is refused whole.
        Fetch::FetchedBars other = bars;
        other.ticker = QStringLiteral("ETHUSDT");
        QVERIFY(!Fetch::BarValidation::validateHourly(other, unit, now));
    }

    void dailyFromHourlyHandChecked()
    {
        // Four hours around UTC midnight; prices chosen so every field is distinguishable.
        HourlySeries s(QStringLiteral("X"));
        const qint64 t = at(2024, 3, 1, 22);
        s.append(HourlyBar{t, 10, 12, 9, 11, 1});           // 03-01 22:00
        s.append(HourlyBar{t + 3600, 11, 15, 10, 14, 2});   // 03-01 23:00
        s.append(HourlyBar{t + 7200, 14, 14.5, 8, 9, 4});   // 03-02 00:00
        s.append(HourlyBar{t + 10800, 9, 10, 8.5, 9.5, 8}); // 03-02 01:00
        const BarSeries utc = s.toDaily(0);
        QCOMPARE(utc.size(), 2);
        QCOMPARE(utc.at(0).date, QDate(2024, 3, 1));
        QCOMPARE(utc.at(0).open, 10.0);
        QCOMPARE(utc.at(0).high, 15.0);
        QCOMPARE(utc.at(0).low, 9.0);
        QCOMPARE(utc.at(0).close, 14.0);
        QCOMPARE(utc.at(0).volume, 3.0);
        QCOMPARE(utc.at(1).date, QDate(2024, 3, 2));
        QCOMPARE(utc.at(1).open, 14.0);
        QCOMPARE(utc.at(1).low, 8.0);
        QCOMPARE(utc.at(1).close, 9.5);
        QCOMPARE(utc.at(1).volume, 12.0);
        QVERIFY(isMissing(utc.at(1).adjClose));
        // Day boundary at 02:00 UTC: all four hours fall in the day that began 03-01 02:00.
        const BarSeries shifted = s.toDaily(2);
        QCOMPARE(shifted.size(), 1);
        QCOMPARE(shifted.at(0).date, QDate(2024, 3, 1));
        QCOMPARE(shifted.at(0).high, 15.0);
        QCOMPARE(shifted.at(0).low, 8.0);
        QCOMPARE(shifted.at(0).close, 9.5);
        QCOMPARE(shifted.at(0).volume, 15.0);

        // Real data: BTCUSDT on 2023-07-01 equals Binance's own daily candle (tests/data/crypto/README.md).
        const HourlySeries btc = loadFixture(QStringLiteral("crypto/hourly/BTCUSDT_1h.csv"));
        const BarSeries days = btc.toDaily(0);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).open, 30471.99);
        QCOMPARE(days.at(0).high, 30661.6);
        QCOMPARE(days.at(0).low, 30320.57);
        QCOMPARE(days.at(0).close, 30585.9);
    }

    void storeIsIncremental()
    {
        Test::TempDatabase tmp;
        Store::HourlyBarRepository repo(*tmp.db());
        const HourlySeries first = loadFixture(QStringLiteral("crypto/hourly/ETHUSDT_1h.csv"));
        const HourlySeries grown = loadFixture(QStringLiteral("crypto/hourly-plus6/ETHUSDT_1h.csv"));
        QCOMPARE(first.size(), 72);
        QCOMPARE(grown.size(), 78);
        auto w1 = repo.replaceAll(QStringLiteral("ETHUSDT"), first, QStringLiteral("csv"));
        QVERIFY(w1);
        QCOMPARE(w1->written, 72);
        QCOMPARE(w1->total, 72);
        // The same file again writes nothing; six more hours write exactly those six.
        auto same = repo.replaceAll(QStringLiteral("ETHUSDT"), first, QStringLiteral("csv"));
        QVERIFY(same);
        QCOMPARE(same->written, 0);
        auto w2 = repo.replaceAll(QStringLiteral("ETHUSDT"), grown, QStringLiteral("csv"));
        QVERIFY(w2);
        QCOMPARE(w2->written, 6);
        QCOMPARE(w2->removed, 0);
        QCOMPARE(w2->total, 78);
        auto span = repo.span(QStringLiteral("ETHUSDT"));
        QVERIFY(span);
        QCOMPARE(span->count, 78);
        QCOMPARE(span->firstTime, at(2023, 7, 1, 0));
        QCOMPARE(span->lastTime, at(2023, 7, 4, 5));
        auto back = repo.load(QStringLiteral("ETHUSDT"));
        QVERIFY(back);
        QCOMPARE(back->times(), grown.times());
        QCOMPARE(back->close(), grown.close());
        // An upsert of two hours (one new, one revised) keeps the rest.
        HourlySeries update(QStringLiteral("ETHUSDT"));
        update.append(HourlyBar{at(2023, 7, 4, 5), 1, 2, 1, 1.5, 3});
        update.append(HourlyBar{at(2023, 7, 4, 6), 1.5, 2, 1, 1.8, 3});
        auto w3 = repo.upsert(QStringLiteral("ETHUSDT"), update, QStringLiteral("binance"));
        QVERIFY(w3);
        QCOMPARE(w3->written, 2);
        QCOMPARE(w3->total, 79);
        auto window = repo.load(QStringLiteral("ETHUSDT"), at(2023, 7, 4, 5), at(2023, 7, 4, 6));
        QVERIFY(window);
        QCOMPARE(window->size(), 2);
        QCOMPARE(window->close()[0], 1.5);
    }

    void folderProviderDeliversHours()
    {
        Fetch::CsvFolderProvider provider(Test::dataPath(QStringLiteral("crypto/hourly")));
        auto units = provider.plan({});
        QVERIFY(units);
        QCOMPARE(units->size(), 3);
        for (const Fetch::FetchUnit& u : *units) {
            QCOMPARE(u.interval, Fetch::BarInterval::Hour);
        }
        auto fetched = provider.fetch(units->front());
        QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
        QCOMPARE(fetched->interval, Fetch::BarInterval::Hour);
        QCOMPARE(fetched->ticker, QStringLiteral("BTCUSDT"));
        QCOMPARE(fetched->hourly.size(), 72);
        QVERIFY(fetched->series.isEmpty());
    }

    void bundledCryptoUniverse()
    {
        auto u = Universes::readBundledUniverse(QStringLiteral("Top crypto (USDT)"));
        QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
        QCOMPARE(u->name, QStringLiteral("Top crypto (USDT)"));
        QCOMPARE(u->members.size(), 100);
        const QStringList shared{
            QStringLiteral("BTCUSDT"),  QStringLiteral("ETHUSDT"),  QStringLiteral("BNBUSDT"),
            QStringLiteral("SOLUSDT"),  QStringLiteral("XRPUSDT"),  QStringLiteral("ADAUSDT"),
            QStringLiteral("DOGEUSDT"), QStringLiteral("DOTUSDT"),  QStringLiteral("LTCUSDT"),
            QStringLiteral("LINKUSDT"), QStringLiteral("AVAXUSDT"), QStringLiteral("MATICUSDT"),
            QStringLiteral("TRXUSDT"),  QStringLiteral("ATOMUSDT"), QStringLiteral("XLMUSDT"),
            QStringLiteral("ETCUSDT"),  QStringLiteral("BCHUSDT"),  QStringLiteral("UNIUSDT"),
            QStringLiteral("FILUSDT"),  QStringLiteral("NEARUSDT")};
        QSet<QString> seen;
        for (int i = 0; i < u->members.size(); ++i) {
            const QString t = u->members.at(i).ticker;
            if (i < 20) {
                QCOMPARE(t, shared.at(i));
            }
            QVERIFY2(marketOfTicker(t).tradesEveryDay, qPrintable(t)); // every pair is a 24/7 CRYPTO market
            QVERIFY(!seen.contains(t));
            seen.insert(t);
        }
    }
};

QTEST_GUILESS_MAIN(TestHourlyBars)
#include "TestHourlyBars.moc"
