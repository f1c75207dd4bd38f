#include <QDir>
#include <QFile>
#include <QtTest>

#include "core/fetch/BarValidation.h"
#include "core/fetch/providers/YahooChartParser.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Fetch;

namespace {

QByteArray body(const QString& name)
{
    QFile file(Test::dataPath(QStringLiteral("yahoo/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A minimal chart answer around the given rows (for hand-made cases). */
QByteArray chart(const QByteArray& meta, const QByteArray& timestamps, const QByteArray& closes)
{
    return R"({"chart":{"result":[{"meta":)" + meta + R"(,"timestamp":[)" + timestamps
           + R"(],"indicators":{"quote":[{"open":[)" + closes + R"(],"high":[)" + closes + R"(],"low":[)"
           + closes + R"(],"close":[)" + closes + R"(],"volume":[)" + closes
           + R"(]}],"adjclose":[{"adjclose":[)" + closes + R"(]}]}}],"error":null}})";
}

/**
 * A daily AAPL answer as a hostile or broken server might send it (New York, 09:30 timestamps):
 *   2020-01-02 valid; ±1e300, null and text timestamps; 2020-01-03 close -5; 2020-01-06 high < low;
 *   2020-01-07 high 1.7e308; 2020-01-08 volume -1; 2020-01-09 valid;
 * a dividend dated 1e300, one of -1e308 and one valid; a 0:0 split.
 */
QByteArray hostileChart(const QByteArray& symbol = "AAPL")
{
    return R"({"chart":{"result":[{"meta":{"currency":"USD","symbol":")" + symbol
           + R"(","exchangeTimezoneName":"America/New_York","gmtoffset":1e300},)"
             R"("timestamp":[1577975400,1e300,-1e300,null,"1578061800",1578061800,1578321000,1578407400,)"
             R"(1578493800,1578580200],)"
             R"("events":{"dividends":{"1e300":{"amount":0.2,"date":1e300},)"
             R"("1578061800":{"amount":-1e308,"date":1578061800},"1577975400":{"amount":0.5,"date":1577975400}},)"
             R"("splits":{"1578321000":{"date":1578321000,"numerator":0,"denominator":0,"splitRatio":"0:0"}}},)"
             R"("indicators":{"quote":[{)"
             R"("open":[100,1,1,1,1,100,100,100,100,100],)"
             R"("high":[101,1,1,1,1,101,99,1.7e308,101,101],)"
             R"("low":[99,1,1,1,1,99,101,99,99,99],)"
             R"("close":[100.5,1,1,1,1,-5,100,100,100,100.5],)"
             R"("volume":[1000,1,1,1,1,1000,1000,1000,-1,1000]}],)"
             R"("adjclose":[{"adjclose":[100.5,1,1,1,1,-5,100,100,100,100.5]}]}}],"error":null}})";
}

} // namespace

/**
 * The Yahoo chart v8 parser against every recorded chart body in tests/data/yahoo (copies of
 * ../shared/data/yahoo/bodies, see the README there): counts, exchange-local first/last dates, no
 * nulls, dividends and splits, errors; plus hand-made duplicate, late and zone-fallback cases.
 * Expected values were computed independently with Python's json and zoneinfo.
 */
class TestYahooChartParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void everyRecordedDailyBodyParses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("bars");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("nullRows");
        QTest::addColumn<int>("dividends");
        QTest::addColumn<QDate>("firstDividend");
        QTest::addColumn<double>("firstAmount");
        QTest::addColumn<int>("splits");
        QTest::addColumn<QDate>("splitDate");
        QTest::addColumn<double>("splitRatio");
        QTest::addColumn<QString>("currency");
        const auto row = [](const char* file,
                            int bars,
                            QDate first,
                            QDate last,
                            int nulls,
                            int divs,
                            QDate div,
                            double amount,
                            int splits,
                            QDate split,
                            double ratio,
                            const char* currency) {
            QTest::newRow(file) << QString::fromLatin1(file) << bars << first << last << nulls << divs << div
                                << amount << splits << split << ratio << QString::fromLatin1(currency);
        };
        const QDate none;
        row("chart-AAPL-2020-01-01-to-2020-01-03.json",
            1,
            {2020, 1, 2},
            {2020, 1, 2},
            0,
            0,
            none,
            0,
            0,
            none,
            0,
            "USD");
        row("chart-AAPL-2020-08-31-to-2020-11-07.json",
            49,
            {2020, 8, 31},
            {2020, 11, 6},
            0,
            1,
            {2020, 11, 6},
            0.205,
            1,
            {2020, 8, 31},
            4,
            "USD");
        row("chart-WSU.DE-2023-08-04-to-2023-08-09.json",
            2,
            {2023, 8, 4},
            {2023, 8, 8},
            1,
            0,
            none,
            0,
            0,
            none,
            0,
            "EUR");
        row("historical-via-chart-0P0000XTS7-2024-09-12-to-2024-09-16.json",
            1,
            {2024, 9, 12},
            {2024, 9, 12},
            1,
            0,
            none,
            0,
            0,
            none,
            0,
            "USD");
        row("historical-via-chart-MSFT-dividends-2021-02-01-to-2022-01-31.json",
            252,
            {2021, 2, 1},
            {2022, 1, 28},
            0,
            4,
            {2021, 2, 17},
            0.56,
            0,
            none,
            0,
            "USD");
        row("historical-via-chart-NVDA-split-2021-02-01-to-2022-01-31.json",
            252,
            {2021, 2, 1},
            {2022, 1, 28},
            0,
            0,
            none,
            0,
            1,
            {2021, 7, 20},
            4,
            "USD");
        row("historical-via-chart-dividends-TSLA-no-dividends.json",
            3303,
            {2010, 6, 29},
            {2023, 8, 11},
            0,
            0,
            none,
            0,
            0,
            none,
            0,
            "USD");
        row("historicalv8-0P000071W8.TO-2020-01-01-to-2021-01-04.json",
            252,
            {2020, 1, 2},
            {2020, 12, 31},
            0,
            0,
            none,
            0,
            0,
            none,
            0,
            "CAD");
        row("historicalv8-AAPL-2020-01-01-to-2021-01-04.json",
            253,
            {2020, 1, 2},
            {2020, 12, 31},
            0,
            4,
            {2020, 2, 7},
            0.1925,
            1,
            {2020, 8, 31},
            4,
            "USD");
        row("historicalv8-AMZN-2020-01-01-to-2021-01-04.json",
            253,
            {2020, 1, 2},
            {2020, 12, 31},
            0,
            0,
            none,
            0,
            0,
            none,
            0,
            "USD");
        row("historicalv8-BTC-USD-2020-01-01-to-2021-01-04.json",
            366,
            {2020, 1, 1},
            {2021, 1, 4},
            4,
            0,
            none,
            0,
            0,
            none,
            0,
            "USD");
        row("historicalv8-EURUSD=X-2020-01-01-to-2021-01-04.json",
            264,
            {2020, 1, 1},
            {2021, 1, 4},
            0,
            0,
            none,
            0,
            0,
            none,
            0,
            "USD");
        row("historicalv8-GOOG-2020-01-01-to-2021-01-04.json",
            253,
            {2020, 1, 2},
            {2020, 12, 31},
            0,
            0,
            none,
            0,
            0,
            none,
            0,
            "USD");
        row("historicalv8-OCDO.L-2020-01-01-to-2021-01-04.json",
            254,
            {2020, 1, 2},
            {2020, 12, 31},
            0,
            0,
            none,
            0,
            0,
            none,
            0,
            "GBp");
        row("historicalv8-ORSTED.CO-2020-01-01-to-2021-01-04.json",
            250,
            {2020, 1, 2},
            {2020, 12, 30},
            0,
            1,
            {2020, 3, 3},
            10.5,
            0,
            none,
            0,
            "DKK");
        row("historicalv8-QQQ-2020-01-01-to-2021-01-04.json",
            253,
            {2020, 1, 2},
            {2020, 12, 31},
            0,
            3,
            {2020, 3, 23},
            0.363,
            0,
            none,
            0,
            "USD");
        row("historicalv8-WSKT.JK-2020-01-01-to-2021-01-04.json",
            242,
            {2020, 1, 2},
            {2020, 12, 30},
            0,
            1,
            {2020, 6, 16},
            3.4557,
            0,
            none,
            0,
            "IDR");
    }

    void everyRecordedDailyBodyParses()
    {
        QFETCH(QString, file);
        QFETCH(int, bars);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, nullRows);
        QFETCH(int, dividends);
        QFETCH(QDate, firstDividend);
        QFETCH(double, firstAmount);
        QFETCH(int, splits);
        QFETCH(QDate, splitDate);
        QFETCH(double, splitRatio);
        QFETCH(QString, currency);
        const QByteArray data = body(file);
        QVERIFY2(!data.isEmpty(), qPrintable(file));
        const auto parsed = parseYahooChart(data);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->nullRows, nullRows);
        QCOMPARE(parsed->meta.currency, currency);
        qsizetype duplicates = -1;
        const BarSeries series = yahooDailyBars(*parsed, QStringLiteral("X"), &duplicates);
        QCOMPARE(duplicates, 0);
        QCOMPARE(series.size(), bars);
        QCOMPARE(series.firstDate(), first);
        QCOMPARE(series.lastDate(), last);
        for (qsizetype i = 0; i < series.size(); ++i) {
            const Bar b = series.at(i);
            QVERIFY2(!isMissing(b.open) && !isMissing(b.high) && !isMissing(b.low) && !isMissing(b.close)
                         && !isMissing(b.adjClose) && !isMissing(b.volume),
                     qPrintable(b.date.toString(Qt::ISODate)));
        }
        QCOMPARE(parsed->dividends.size(), dividends);
        if (dividends > 0) {
            QCOMPARE(parsed->dividends.first().date, firstDividend);
            QCOMPARE(parsed->dividends.first().amount, firstAmount);
        }
        QCOMPARE(parsed->splits.size(), splits);
        if (splits > 0) {
            QCOMPARE(parsed->splits.first().date, splitDate);
            QCOMPARE(parsed->splits.first().numerator / parsed->splits.first().denominator, splitRatio);
        }
    }

    void intradayBodiesKeepTheirTimes()
    {
        const auto tsla =
            parseYahooChart(body(QStringLiteral("chart-TSLA-2021-11-22-to-2021-11-23-interval-30m.json")));
        QVERIFY(tsla);
        QCOMPARE(tsla->meta.dataGranularity, QStringLiteral("30m"));
        QCOMPARE(tsla->rows.size(), 30);
        QCOMPARE(tsla->rows.first().local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2021-11-22 04:00"));
        QCOMPARE(tsla->rows.last().local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2021-11-22 18:30"));
        QVERIFY(isMissing(tsla->rows.first().adjClose)); // intraday answers carry no adjclose

        const auto aapl = parseYahooChart(body(
            QStringLiteral("chart-AAPL-2024-10-02-to-2024-10-03-includePrePost-false-interval-1m.json")));
        QVERIFY(aapl);
        QCOMPARE(aapl->rows.size(), 390); // 391 minutes, one all-null (2024-10-02 11:15)
        QCOMPARE(aapl->nullRows, 1);
        QCOMPARE(aapl->rows.first().local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2024-10-02 09:30"));
        QCOMPARE(aapl->rows.last().local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2024-10-03 16:00"));
        for (const YahooChartRow& r : aapl->rows) {
            QVERIFY(r.local.time() != QTime(11, 15) || r.local.date() != QDate(2024, 10, 2));
        }
    }

    void exchangeZoneBeatsTheRecordedOffset()
    {
        // Recorded in February (EST, gmtoffset -18000), the 2020-08-31 bar opened at 09:30 EDT: the
        // zone name gives 09:30, the offset alone would say 08:30.
        const auto parsed = parseYahooChart(body(QStringLiteral("chart-AAPL-2020-08-31-to-2020-11-07.json")));
        QVERIFY(parsed);
        QCOMPARE(parsed->meta.gmtOffsetSeconds, -18000);
        QCOMPARE(parsed->rows.first().local.time(), QTime(9, 30));
        QCOMPARE(parsed->rows.last().local.time(), QTime(9, 30)); // 2020-11-06, after the switch to EST

        // Unknown zone: the recorded offset is the fallback (09:00 IST = 03:30 UTC).
        const auto fallback = parseYahooChart(
            chart(R"({"exchangeTimezoneName":"Nowhere/Invalid","gmtoffset":19800})", "1577935800", "100"));
        QVERIFY(fallback);
        QCOMPARE(fallback->rows.first().local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2020-01-02 09:00"));
    }

    void aDuplicatedLastDayKeepsTheLaterBar()
    {
        // 2020-01-02 09:30, 2020-01-03 09:30, and 2020-01-03 15:30 (a live session's second bar).
        const auto parsed =
            parseYahooChart(chart(R"({"exchangeTimezoneName":"America/New_York","gmtoffset":-18000})",
                                  "1577975400,1578061800,1578083400",
                                  "1,2,3.5"));
        QVERIFY(parsed);
        qsizetype duplicates = 0;
        const BarSeries series = yahooDailyBars(*parsed, QStringLiteral("X"), &duplicates);
        QCOMPARE(duplicates, 1);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.lastDate(), QDate(2020, 1, 3));
        QCOMPARE(series.at(1).close, 3.5);
    }

    void barsAtOrAfterPeriod2AreDropped()
    {
        // The EURUSD recording's last bar starts exactly at its request's period2 (2021-01-04 00:00 UTC).
        const auto parsed = parseYahooChart(
            body(QStringLiteral("historicalv8-EURUSD=X-2020-01-01-to-2021-01-04.json")), 1609718400);
        QVERIFY(parsed);
        QCOMPARE(parsed->lateRows, 1);
        const BarSeries series = yahooDailyBars(*parsed, QStringLiteral("EURUSD=X"));
        QCOMPARE(series.size(), 263);
        QCOMPARE(series.lastDate(), QDate(2021, 1, 1));
    }

    void emptyResultsAreEmptyNotErrors()
    {
        for (const char* file : {"chart-TSLA-2021-11-23-to-2021-11-23-interval-1h.json",
                                 "chart-^VXAPL-2020-01-01-to-2020-01-03.json"}) {
            const auto parsed = parseYahooChart(body(QString::fromLatin1(file)));
            QVERIFY2(parsed, file);
            QVERIFY(parsed->rows.isEmpty());
            QVERIFY(!parsed->meta.currency.isEmpty());
        }
    }

    void errorBodiesYieldTheirReasons_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");
        QTest::newRow("400 before listing")
            << "chart-BEKE-2020-01-01-to-2020-01-03.json"
            << "Bad Request"
            << "Data doesn't exist for startDate = 1577836800, endDate = 1578009600";
        QTest::newRow("404 delisted (2024)") << "historical-via-chart-SI-2020-01-01-to-2020-01-03.json"
                                             << "Not Found"
                                             << "No data found, symbol may be delisted";
        QTest::newRow("404 delisted (2021)") << "historicalv8-MDLY-2020-01-01-to-2021-01-04.json"
                                             << "Not Found"
                                             << "No data found, symbol may be delisted";
    }

    void errorBodiesYieldTheirReasons()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, description);
        const QByteArray data = body(file);
        const auto error = yahooChartError(data);
        QVERIFY(error);
        QCOMPARE(error->code, code);
        QCOMPARE(error->description, description);
        const auto parsed = parseYahooChart(data);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(description), qPrintable(parsed.error().message));
        QVERIFY(!yahooChartError(body(QStringLiteral("chart-AAPL-2020-01-01-to-2020-01-03.json"))));
    }

    void hostileTimestampsAreDroppedWithoutGuessing()
    {
        // ±1e300 used to be converted to qint64 (undefined behaviour, stored as ")0.'-04-27") and a null
        // timestamp read as 0 (stored as 1969-12-31); a timestamp sent as text is no number either.
        const auto parsed = parseYahooChart(hostileChart());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->badTimestamps, 4);
        QCOMPARE(parsed->rows.size(), 6);
        QCOMPARE(parsed->meta.gmtOffsetSeconds, 0); // 1e300 is no UTC offset
        for (const YahooChartRow& r : parsed->rows) {
            QVERIFY2(r.local.date() >= QDate(2020, 1, 2) && r.local.date() <= QDate(2020, 1, 9),
                     qPrintable(r.local.toString(Qt::ISODate)));
        }
        QCOMPARE(parsed->badEvents, 1); // the dividend dated 1e300
        QCOMPARE(parsed->dividends.size(), 2);
        QCOMPARE(parsed->splits.size(), 1);

        // Only what cannot be dated is the parser's to drop: values are the gate's.
        const auto allOut =
            parseYahooChart(chart(R"({"symbol":"X"})", "null,1e300,-1e300,1e19,-1e19", "1,1,1,1,1"));
        QVERIFY(allOut);
        QCOMPARE(allOut->rows.size(), 0);
        QCOMPARE(allOut->badTimestamps, 5);
    }

    void hostileValuesStopAtTheGate()
    {
        const auto parsed = parseYahooChart(hostileChart());
        QVERIFY(parsed);
        FetchedBars fetched;
        fetched.ticker = QStringLiteral("AAPL");
        fetched.sourceSymbol = parsed->meta.symbol;
        fetched.series = yahooDailyBars(*parsed, QStringLiteral("AAPL"));
        fetched.dividends = parsed->dividends;
        fetched.splits = parsed->splits;
        FetchUnit unit;
        unit.ticker = QStringLiteral("AAPL");
        const auto valid = BarValidation::validate(fetched, unit, QDate(2024, 6, 14));
        QVERIFY2(valid, valid ? "" : qPrintable(valid.error().message));
        QCOMPARE(valid->series.size(), 2);
        QCOMPARE(valid->series.firstDate(), QDate(2020, 1, 2));
        QCOMPARE(valid->series.lastDate(), QDate(2020, 1, 9));
        QCOMPARE(valid->dividends.size(), 1);
        QCOMPARE(valid->dividends.first().amount, 0.5);
        QCOMPARE(valid->splits.size(), 0);
        const QStringList expected = {
            QStringLiteral("AAPL 2020-01-03: close -5 is not a positive price"),
            QStringLiteral("AAPL 2020-01-06: low 101 is above high 99"),
            QStringLiteral("AAPL 2020-01-07: high 1.7e+308 is not a plausible price (above 1e+15)"),
            QStringLiteral("AAPL 2020-01-08: volume -1 is negative"),
            QStringLiteral("AAPL 2020-01-06: split 0:0 is not a positive ratio"),
            QStringLiteral("AAPL: 1 more invalid row(s) dropped"), // the -1e308 dividend
            QStringLiteral("AAPL: kept 2 of 6 bar(s); 4 failed validation"),
        };
        QCOMPARE(valid->warnings, expected);

        // The same answer under another symbol is refused whole.
        const auto other = parseYahooChart(hostileChart("MSFT"));
        QVERIFY(other);
        fetched.sourceSymbol = other->meta.symbol;
        const auto refused = BarValidation::validate(fetched, unit, QDate(2024, 6, 14));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("answer is for MSFT, not AAPL; stored history kept"));
    }

    void brokenBodiesAreClearErrors()
    {
        const QByteArray whole = body(QStringLiteral("historicalv8-AAPL-2020-01-01-to-2021-01-04.json"));
        const auto truncated = parseYahooChart(whole.left(whole.size() / 2));
        QVERIFY(!truncated);
        QVERIFY2(truncated.error().message.startsWith(QStringLiteral("truncated answer from Yahoo")),
                 qPrintable(truncated.error().message));
        const auto invalid = parseYahooChart(R"({"chart":{"result":[{"meta":{"currency":"USD",,"x":1}}]}})");
        QVERIFY(!invalid);
        QVERIFY2(invalid.error().message.startsWith(QStringLiteral("invalid JSON from Yahoo")),
                 qPrintable(invalid.error().message));
        QVERIFY(!parseYahooChart("<html><body>Will be right back</body></html>"));
        const auto noResult = parseYahooChart(R"({"chart":{"result":[],"error":null}})");
        QVERIFY(!noResult);
        QVERIFY(noResult.error().message.contains(QStringLiteral("no chart.result")));
        const auto empty = parseYahooChart(QByteArray());
        QVERIFY(!empty);
        QCOMPARE(empty.error().message, QStringLiteral("empty answer from Yahoo"));
    }
};

QTEST_GUILESS_MAIN(TestYahooChartParser)
#include "TestYahooChartParser.moc"
