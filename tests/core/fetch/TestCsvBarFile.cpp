#include <algorithm>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QtTest>

#include "core/fetch/providers/CsvBarFile.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Fetch;

namespace {

QString fixture(const QString& relative)
{
    return Test::dataPath(QStringLiteral("csv/") + relative);
}

QByteArray readFixture(const QString& relative)
{
    QFile file(fixture(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** NaN-aware equality for golden values: "missing" must stay missing. */
bool sameValue(double actual, double expected)
{
    return isMissing(expected) ? isMissing(actual) : qFuzzyCompare(actual, expected);
}

/** Expected ticker, row count and date range of one file (or one symbol of a long file) of ../shared/data. */
struct SharedExpectation
{
    const char* path; ///< relative to shared/data
    const char* ticker;
    qsizetype rows;
    const char* first;
    const char* last;
};

// Row counts and ranges copied from shared/data/README.md (data rows = lines minus the header).
const SharedExpectation kSharedFiles[] = {
    {"ohlcv/daily/nse_index/niftyindex.csv", "NIFTYINDEX", 2719, "2012-01-02", "2022-12-30"},
    {"ohlcv/daily/us_misc/GOOG_backtesting.py.csv", "GOOG", 2148, "2004-08-19", "2013-03-01"},
    {"ohlcv/daily/us_misc/finance-charts-apple.csv", "AAPL", 506, "2015-02-17", "2017-02-16"},
    {"ohlcv/daily/us_misc/dash-stock-ticker-demo.csv", "AAPL", 753, "2015-01-02", "2017-12-29"},
    {"ohlcv/daily/us_misc/dash-stock-ticker-demo.csv", "COKE", 754, "2015-01-02", "2017-12-29"},
    {"ohlcv/daily/us_misc/dash-stock-ticker-demo.csv", "GOOGL", 754, "2015-01-02", "2017-12-29"},
    {"ohlcv/daily/us_misc/dash-stock-ticker-demo.csv", "TSLA", 754, "2015-01-02", "2017-12-29"},
    {"ohlcv/daily/us_misc/dash-stock-ticker-demo.csv", "YHOO", 619, "2015-01-02", "2017-06-16"},
    {"ohlcv/daily/us_yahoo_csv/SP500_NOV2019_Hist.csv", "SP500", 20, "2019-11-01", "2019-11-29"},
    {"ohlcv/daily/us_yahoo_csv/nvda-1999-2014.txt", "NVDA", 4012, "1999-01-22", "2014-12-31"},
    {"ohlcv/daily/us_yahoo_csv/orcl-1995-2014.txt", "ORCL", 5036, "1995-01-03", "2014-12-31"},
    {"ohlcv/daily/us_yahoo_csv/spy.csv", "SPY", 5114, "1999-12-31", "2020-04-29"},
    {"ohlcv/daily/us_yahoo_csv/yahoofinance-AAPL-20040819-20180120.csv",
     "AAPL",
     3379,
     "2004-08-19",
     "2018-01-19"},
    {"ohlcv/daily/us_yahoo_csv/yahoofinance-GOOG-20040819-20180120.csv",
     "GOOG",
     3379,
     "2004-08-19",
     "2018-01-19"},
    {"ohlcv/daily/us_yahoo_csv/yahoofinance-INTC-19950101-20040412.csv",
     "INTC",
     2335,
     "1995-01-03",
     "2004-04-08"},
    {"ohlcv/daily/us_yahoo_csv/yahoofinance-SPY-20080101-20180101.csv",
     "SPY",
     2519,
     "2007-12-31",
     "2017-12-29"},
    {"ohlcv/daily/us_yahoo_csv/yahoofinance-SPY-20200901-20210113.csv",
     "SPY",
     92,
     "2020-09-01",
     "2021-01-12"},
    {"ohlcv/daily/us_yahoo_csv/yhoo-1996-2015.txt", "YHOO", 4965, "1996-04-12", "2015-12-31"},
    {"ohlcv/daily/yfinance_history/CALM-1d-no-bad-divs.csv", "CALM", 662, "2022-01-03", "2024-08-21"},
    {"ohlcv/daily/yfinance_history/EWG-1d-no-bad-divs.csv", "EWG", 662, "2022-01-03", "2024-08-21"},
    {"ohlcv/daily/yfinance_history/HSBK-IL-1d-no-bad-divs.csv", "HSBK.IL", 665, "2022-01-04", "2024-08-22"},
    {"ohlcv/daily/yfinance_history/IBE-MC-1d-no-bad-divs.csv", "IBE.MC", 677, "2022-01-03", "2024-08-22"},
    {"ohlcv/daily/yfinance_history/KMR-L-1d-no-bad-divs.csv", "KMR.L", 665, "2022-01-04", "2024-08-22"},
    {"ohlcv/daily/yfinance_history/TISG-MI-1d-no-bad-divs.csv", "TISG.MI", 583, "2022-05-12", "2024-08-22"},
    {"ohlcv/daily/yfinance_history/data_quality_cases/4063-T-1d-bad-stock-split-fixed.csv",
     "4063.T",
     22,
     "2023-03-15",
     "2023-04-14"},
    {"ohlcv/daily/yfinance_history/data_quality_cases/4063-T-1d-bad-stock-split.csv",
     "4063.T",
     22,
     "2023-03-15",
     "2023-04-14"},
    {"ohlcv/daily/yfinance_history/data_quality_cases/AET-L-1d-100x-error-fixed.csv",
     "AET.L",
     23,
     "2022-05-03",
     "2022-06-06"},
    {"ohlcv/daily/yfinance_history/data_quality_cases/AET-L-1d-100x-error.csv",
     "AET.L",
     23,
     "2022-05-03",
     "2022-06-06"},
    {"stooq/aapl_us_d.csv", "AAPL", 10432, "1984-09-07", "2026-02-03"},
    {"stooq/eurusd_d.csv", "EURUSD", 12353, "1971-01-04", "2019-04-29"},
    {"stooq/msft_us_d.csv", "MSFT", 10052, "1986-03-13", "2026-02-06"},
    {"stooq/ndx_d.csv", "NDX", 9154, "1985-10-01", "2022-01-24"},
    {"stooq/spx_d.csv", "SPX", 32881, "1900-05-01", "2022-01-24"},
};

} // namespace

class TestCsvBarFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void tickerFromFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("ticker");
        const auto row = [](const char* file, const char* ticker) {
            QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(ticker);
        };
        row("ADANIENT_2020-10-01_to_2025-09-30.csv", "ADANIENT");
        row("M&M_2020-10-01_to_2025-09-30.csv", "M&M");
        row("BAJAJ-AUTO_2020-10-01_to_2025-09-30.csv", "BAJAJ-AUTO");
        row("niftyindex.csv", "NIFTYINDEX");
        row("nvda-1999-2014.txt", "NVDA");
        row("orcl-1995-2014.txt", "ORCL");
        row("yhoo-1996-2015.txt", "YHOO");
        row("spy.csv", "SPY");
        row("yahoofinance-AAPL-20040819-20180120.csv", "AAPL");
        row("yahoofinance-GOOG-20040819-20180120.csv", "GOOG");
        row("yahoofinance-INTC-19950101-20040412.csv", "INTC");
        row("yahoofinance-SPY-20200901-20210113.csv", "SPY");
        row("GOOG_backtesting.py.csv", "GOOG");
        row("SP500_NOV2019_Hist.csv", "SP500");
        row("CALM-1d-no-bad-divs.csv", "CALM");
        row("EWG-1d-no-bad-divs.csv", "EWG");
        row("HSBK-IL-1d-no-bad-divs.csv", "HSBK.IL");
        row("IBE-MC-1d-no-bad-divs.csv", "IBE.MC");
        row("KMR-L-1d-no-bad-divs.csv", "KMR.L");
        row("TISG-MI-1d-no-bad-divs.csv", "TISG.MI");
        row("4063-T-1d-bad-stock-split.csv", "4063.T");
        row("4063-T-1d-bad-stock-split-fixed.csv", "4063.T");
        row("AET-L-1d-100x-error.csv", "AET.L");
        row("EA-15m-no-bad-divs.csv", "EA");
        row("aapl_us_d.csv", "AAPL");
        row("msft_us_d.csv", "MSFT");
        row("eurusd_d.csv", "EURUSD");
        row("ndx_d.csv", "NDX");
        row("spx_d.csv", "SPX");
        row("/some/folder/M&M_2020-10-01_to_2025-09-30.csv", "M&M");
        row("no-extension", "NO-EXTENSION");
        row("BRK-B-1wk-prices.csv", "BRK.B");
    }

    void tickerFromFileName()
    {
        QFETCH(QString, file);
        QFETCH(QString, ticker);
        QCOMPARE(Fetch::tickerFromFileName(file), ticker);
    }

    /** The committed copies keep the quirks the parser must cope with (git must not normalize them). */
    void fixturesKeepTheirQuirks()
    {
        QVERIFY(readFixture(QStringLiteral("real/SP500_NOV2019_Hist.csv")).contains("\r\n"));
        QVERIFY(readFixture(QStringLiteral("real/niftyindex.csv")).contains("\r\n"));
        QVERIFY(!readFixture(QStringLiteral("real/yahoofinance-SPY-20200901-20210113.csv")).endsWith('\n'));
        QVERIFY(!readFixture(QStringLiteral("real/niftyindex.csv")).endsWith('\n'));
    }

    void realFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<qsizetype>("rows");
        QTest::addColumn<qsizetype>("nullRows");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<double>("firstOpen");
        QTest::addColumn<double>("firstClose");
        QTest::addColumn<double>("firstAdjClose");
        QTest::addColumn<double>("firstVolume");
        QTest::addColumn<double>("lastClose");

        // Values read by eye from the first and last data lines of each file (descending files: the
        // last line is the first bar).
        QTest::newRow("Yahoo M/D/YYYY, CRLF, no Adj Close")
            << QStringLiteral("SP500_NOV2019_Hist.csv") << QStringLiteral("SP500") << qsizetype(20)
            << qsizetype(0) << QDate(2019, 11, 1) << QDate(2019, 11, 29) << 3050.72 << 3066.91 << kMissing
            << 510301237.0 << 3140.98;
        QTest::newRow("Yahoo, no final newline")
            << QStringLiteral("yahoofinance-SPY-20200901-20210113.csv") << QStringLiteral("SPY")
            << qsizetype(92) << qsizetype(0) << QDate(2020, 9, 1) << QDate(2021, 1, 12) << 350.209991
            << 352.600006 << 349.703522 << 54999300.0 << 378.769989;
        QTest::newRow("Upstox timestamp +05:30")
            << QStringLiteral("JIOFIN_2020-10-01_to_2025-09-30.csv") << QStringLiteral("JIOFIN")
            << qsizetype(526) << qsizetype(0) << QDate(2023, 8, 21) << QDate(2025, 9, 30) << 262.0 << 248.9
            << kMissing << 74715306.0 << 293.2;
        QTest::newRow("yfinance Date, descending")
            << QStringLiteral("4063-T-1d-bad-stock-split.csv") << QStringLiteral("4063.T") << qsizetype(22)
            << qsizetype(0) << QDate(2023, 3, 15) << QDate(2023, 4, 14) << 20170.0 << 20205.0 << 19940.7890625
            << 1224400.0 << 4129.0;
        QTest::newRow("yfinance Datetime -05:00")
            << QStringLiteral("CALM-1d-no-bad-divs.csv") << QStringLiteral("CALM") << qsizetype(662)
            << qsizetype(0) << QDate(2022, 1, 3) << QDate(2024, 8, 21) << 37.029998779296875
            << 37.70000076293945 << 32.6307373046875 << 707800.0 << 71.88999938964844;
        QTest::newRow("quantmod AAPL.Open, CRLF")
            << QStringLiteral("finance-charts-apple.csv") << QStringLiteral("AAPL") << qsizetype(506)
            << qsizetype(0) << QDate(2015, 2, 17) << QDate(2017, 2, 16) << 127.489998 << 127.830002
            << 122.905254 << 63152400.0 << 135.350006;
        QTest::newRow("empty first header cell")
            << QStringLiteral("GOOG_backtesting.py.csv") << QStringLiteral("GOOG") << qsizetype(2148)
            << qsizetype(0) << QDate(2004, 8, 19) << QDate(2013, 3, 1) << 100.0 << 100.34 << kMissing
            << 22351900.0 << 806.19;
        QTest::newRow("DD/MM/YYYY, CRLF, no final newline")
            << QStringLiteral("niftyindex.csv") << QStringLiteral("NIFTYINDEX") << qsizetype(2719)
            << qsizetype(0) << QDate(2012, 1, 2) << QDate(2022, 12, 30) << 4640.20 << 4636.75 << kMissing
            << 108461000.0 << 18105.30;
        QTest::newRow("Yahoo v7 body with null rows")
            << QStringLiteral("historical-EURGBP-nulls.csv") << QStringLiteral("HISTORICAL-EURGBP-NULLS")
            << qsizetype(25) << qsizetype(20) << QDate(2019, 9, 6) << QDate(2019, 10, 10) << 0.895210
            << 0.895200 << 0.895200 << 0.0 << 0.899470;
    }

    void realFixture()
    {
        QFETCH(QString, file);
        QFETCH(QString, ticker);
        QFETCH(qsizetype, rows);
        QFETCH(qsizetype, nullRows);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(double, firstOpen);
        QFETCH(double, firstClose);
        QFETCH(double, firstAdjClose);
        QFETCH(double, firstVolume);
        QFETCH(double, lastClose);

        const auto parsed = parseBarsCsvFile(fixture(QStringLiteral("real/") + file));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->file, file);
        QCOMPARE(parsed->symbolFromColumn, false);
        QCOMPARE(parsed->symbols.size(), 1);
        const CsvSymbolBars& bars = parsed->symbols.front();
        QCOMPARE(bars.ticker, ticker);
        QCOMPARE(bars.series.ticker(), ticker);
        QCOMPARE(bars.rows, rows);
        QCOMPARE(bars.nullRows, nullRows);
        QCOMPARE(bars.duplicateDates, qsizetype(0));
        QCOMPARE(bars.series.size(), rows - nullRows);
        QCOMPARE(bars.series.firstDate(), first);
        QCOMPARE(bars.series.lastDate(), last);
        QVERIFY(std::is_sorted(bars.series.days().begin(), bars.series.days().end()));
        const Bar head = bars.series.at(0);
        QVERIFY(sameValue(head.open, firstOpen));
        QVERIFY(sameValue(head.close, firstClose));
        QVERIFY2(sameValue(head.adjClose, firstAdjClose), qPrintable(QString::number(head.adjClose)));
        QVERIFY(sameValue(head.volume, firstVolume));
        QVERIFY(sameValue(bars.series.close().back(), lastClose));
        QCOMPARE(parsed->warnings.isEmpty(), nullRows == 0);
    }

    void nullRowsAreReported()
    {
        const auto parsed = parseBarsCsvFile(fixture(QStringLiteral("real/historical-EURGBP-nulls.csv")));
        QVERIFY(parsed);
        QCOMPARE(parsed->warnings,
                 QStringList{QStringLiteral("historical-EURGBP-nulls.csv:5: skipped 20 row(s) of "
                                            "HISTORICAL-EURGBP-NULLS whose prices are all empty or null")});
    }

    void malformedFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* file, const char* message) {
            QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(message);
        };
        row("bad-number.csv", "bad-number.csv:7: 'abc' is not a number in column High");
        row("bad-date.csv", "bad-date.csv:3: '2021-13-05' is not a valid date");
        row("impossible-day.csv", "impossible-day.csv:5: '2/30/2020' is not a valid date");
        row("short-line.csv", "short-line.csv:4: 4 fields but the header has 6");
        row("long-line.csv", "long-line.csv:3: 8 fields but the header has 7");
        row("high-below-low.csv", "high-below-low.csv:4: High 9 is below Low 10");
        row("negative-price.csv", "negative-price.csv:3: '-1.5' is negative in column Low");
        row("empty.csv", "empty.csv: empty file");
        row("header-only.csv", "header-only.csv: no data rows after the header");
        row("no-close.csv", "no-close.csv:1: the header has no Close column");
        row("no-date.csv",
            "no-date.csv:1: the header has no date column (Date, Datetime, Timestamp or an unnamed first "
            "column)");
        row("broken-long.csv", "broken-long.csv:3: 'oops' is not a number in column Close");
    }

    void malformedFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const auto parsed = parseBarsCsvFile(fixture(QStringLiteral("malformed/") + file));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().message, message);
    }

    void malformedData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("CRLF and blank lines keep physical line numbers")
            << QByteArray("\r\nDate,Close\r\n2020-01-02,1\r\n\r\n2020-01-03,x\r\n")
            << QStringLiteral("t.csv:5: 'x' is not a number in column Close");
        QTest::newRow("close missing while other prices exist")
            << QByteArray("Date,Open,Close\n2020-01-02,1,null\n")
            << QStringLiteral("t.csv:2: no value in column Close");
        QTest::newRow("missing last field that is not Volume")
            << QByteArray("Date,Open,High,Low,Close\n2020-01-02,1,2,0.5\n")
            << QStringLiteral("t.csv:2: 4 fields but the header has 5");
        QTest::newRow("two fields short even with Volume last")
            << QByteArray("Date,Open,High,Low,Close,Volume\n2020-01-02,1,2,0.5\n")
            << QStringLiteral("t.csv:2: 4 fields but the header has 6");
        QTest::newRow("quantmod columns of two symbols")
            << QByteArray("Date,AAPL.Close,MSFT.Close\n2020-01-02,1,2\n")
            << QStringLiteral(
                   "t.csv:1: the columns name several symbols (AAPL, MSFT); use one file per symbol or a "
                   "Symbol column");
        QTest::newRow("time glued to the date")
            << QByteArray("Date,Close\n2020-01-02x,1\n")
            << QStringLiteral("t.csv:2: '2020-01-02x' is not a valid date");
        QTest::newRow("D/M/Y file with a M/D/Y row")
            << QByteArray("Date,Close\n13/01/2020,1\n01/14/2020,2\n")
            << QStringLiteral("t.csv:3: '01/14/2020' is not a valid date");
        QTest::newRow("infinite price") << QByteArray("Date,Close\n2020-01-02,inf\n")
                                        << QStringLiteral("t.csv:2: 'inf' is not a number in column Close");
        QTest::newRow("empty symbol cell") << QByteArray("Ticker,Date,Close\n,2020-01-02,1\n")
                                           << QStringLiteral("t.csv:2: empty symbol in column Ticker");
        QTest::newRow("quoted comma is one field")
            << QByteArray("Date,Close,Volume\n2020-01-02,2,\"1,000\"\n")
            << QStringLiteral("t.csv:2: '1,000' is not a number in column Volume");
        QTest::newRow("only blank lines") << QByteArray("\n \r\n\n") << QStringLiteral("t.csv: empty file");
    }

    void malformedData()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const auto parsed = parseBarsCsvData(data, QStringLiteral("/tmp/t.csv"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().message, message);
    }

    void errorsKeepPercentSignsOfFileNames_data()
    {
        // Found by tests/fuzz/FuzzStooqCsv: a chained .arg() read a "%2" in the file name as the line number.
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qint64>("maxLineBytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("fuzzer's name")
            << QStringLiteral("2/3/201,512,1.5,10,,11.5,12.2,12.11,-0%2,1500")
            << QByteArray("Date,Open,High,Low,Close,Volume\n2021-01-04,x,1,1,1,1\n") << kMaxBarCsvLineBytes
            << QStringLiteral("201,512,1.5,10,,11.5,12.2,12.11,-0%2,1500:2: 'x' is not a "
                              "number in column Open");
        QTest::newRow("URL-encoded name")
            << QStringLiteral("S%26P500.csv") << QByteArray("Date,Close\n2020-01-02,-1\n")
            << kMaxBarCsvLineBytes << QStringLiteral("S%26P500.csv:2: '-1' is negative in column Close");
        QTest::newRow("line cap") << QStringLiteral("S%1%2.csv") << QByteArray("Date,Close\n2020-01-02,1\n")
                                  << qint64(4) << QStringLiteral("S%1%2.csv:1: line longer than 4 bytes");
    }

    void errorsKeepPercentSignsOfFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(qint64, maxLineBytes);
        QFETCH(QString, message);
        const auto parsed = parseBarsCsvData(data, name, maxLineBytes);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, message);
    }

    void missingFileIsAnIoError()
    {
        const QString path = fixture(QStringLiteral("does-not-exist.csv"));
        const auto parsed = parseBarsCsvFile(path);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Io);
        QVERIFY(parsed.error().message.startsWith(QStringLiteral("cannot read ") + path));
    }

    void oversizedFileIsRefusedBeforeReading()
    {
        // A sparse file past the default cap (256 MB): refused from its size alone, without reading
        // it (the old reader held 7.4 GB for a 1 GB file before it gave up).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("HUGE.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(300) << 20));
        }
        auto parsed = parseBarsCsvFile(path);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().message,
                 path + QStringLiteral(": 300 MB is too large: bar CSV files are read up to 256 MB"));
        // The cap is a parameter: a small file over a small cap.
        const QString small = dir.filePath(QStringLiteral("AAPL.csv"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("real/SP500_NOV2019_Hist.csv")), small));
        const qint64 size = QFileInfo(small).size();
        QVERIFY(parseBarsCsvFile(small, {size, kMaxBarCsvLineBytes, QStringLiteral("bar CSV files")}));
        auto capped =
            parseBarsCsvFile(small, {size - 1, kMaxBarCsvLineBytes, QStringLiteral("bar CSV files")});
        QVERIFY(!capped);
        QVERIFY2(capped.error().message.startsWith(small + QStringLiteral(": ")),
                 qPrintable(capped.error().message));
        // A device that never ends stops at the cap instead of filling the memory.
        auto endless = parseBarsCsvFile(QStringLiteral("/dev/zero"),
                                        {1 << 16, 1 << 10, QStringLiteral("bar CSV files")});
        QVERIFY(!endless);
        QVERIFY2(endless.error().message.contains(QStringLiteral("more than 64 KB")),
                 qPrintable(endless.error().message));
    }

    void longLineIsRefusedWithItsNumber()
    {
        // Line 3 is one byte over the default 1 MB line cap (its CR is not counted).
        const QByteArray data = "Date,Close\r\n2024-01-02,10\r\n2024-01-03," + QByteArray((1 << 20) - 10, '1')
                                + "\r\n2024-01-04,11\r\n";
        auto parsed = parseBarsCsvData(data, QStringLiteral("/tmp/X.csv"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().message, QStringLiteral("X.csv:3: line longer than 1 MB"));
        // Through the file reader with a small cap; a line at the cap is fine.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("X.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Date,Close\n2024-01-02,10\n2024-01-03,10." + QByteArray(1000, '0')
                           + "\n")); // 1014 bytes
        f.close();
        QVERIFY(parseBarsCsvFile(path, {1 << 20, 1014, QStringLiteral("bar CSV files")}));
        auto refused = parseBarsCsvFile(path, {1 << 20, 1013, QStringLiteral("bar CSV files")});
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("X.csv:3: line longer than 1013 bytes"));
    }

    void layouts_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("open");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("close");
        QTest::addColumn<double>("adjClose");
        QTest::addColumn<double>("volume");
        const QDate d(2020, 1, 2);
        QTest::newRow("column order Date,Open,Close,High,Low")
            << QByteArray("Date,Open,Close,High,Low\n2020-01-02,1,2,3,0.5\n") << d << 1.0 << 3.0 << 0.5 << 2.0
            << kMissing << kMissing;
        QTest::newRow("adj_close, lower case")
            << QByteArray("date,open,high,low,close,adj_close,volume\n2020-01-02,1,3,0.5,2,1.9,10\n") << d
            << 1.0 << 3.0 << 0.5 << 2.0 << 1.9 << 10.0;
        QTest::newRow("AdjClose beside AdjOpen, float volume")
            << QByteArray("Date,Close,AdjOpen,AdjClose,Volume\n2020-01-02,2,0.9,1.8,25643711.0\n") << d
            << kMissing << kMissing << kMissing << 2.0 << 1.8 << 25643711.0;
        QTest::newRow("Adjusted Close, spaces in header")
            << QByteArray(" Date , Close , Adjusted Close \n2020-01-02, 2 , 1.7 \n") << d << kMissing
            << kMissing << kMissing << 2.0 << 1.7 << kMissing;
        QTest::newRow("Stooq row without Volume")
            << QByteArray("Date,Open,High,Low,Close,Volume\n2020-01-02,1,3,0.5,2\n") << d << 1.0 << 3.0 << 0.5
            << 2.0 << kMissing << kMissing;
        QTest::newRow("quoted fields")
            << QByteArray("\"Date\",\"Close\",\"Volume\"\n\"2020-01-02\", \"2\" ,\"1000\"\n") << d << kMissing
            << kMissing << kMissing << 2.0 << kMissing << 1000.0;
        QTest::newRow("ISO T time with Z") << QByteArray("Datetime,Close\n2020-01-02T23:00:00Z,2\n") << d
                                           << kMissing << kMissing << kMissing << 2.0 << kMissing << kMissing;
        QTest::newRow("YYYY/MM/DD") << QByteArray("Date,Close\n2020/01/02,2\n") << d << kMissing << kMissing
                                    << kMissing << 2.0 << kMissing << kMissing;
        QTest::newRow("UTF-8 BOM, '+' sign, exponent")
            << QByteArray("\xEF\xBB\xBF"
                          "Date,Close,Volume\n2020-01-02,+2,1e3\n")
            << d << kMissing << kMissing << kMissing << 2.0 << kMissing << 1000.0;
        QTest::newRow("empty open and NaN volume")
            << QByteArray("Date,Open,Close,Volume\n2020-01-02,,2,NaN\n") << d << kMissing << kMissing
            << kMissing << 2.0 << kMissing << kMissing;
    }

    void layouts()
    {
        QFETCH(QByteArray, data);
        QFETCH(QDate, date);
        QFETCH(double, open);
        QFETCH(double, high);
        QFETCH(double, low);
        QFETCH(double, close);
        QFETCH(double, adjClose);
        QFETCH(double, volume);
        const auto parsed = parseBarsCsvData(data, QStringLiteral("x.csv"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->symbols.size(), 1);
        QCOMPARE(parsed->symbols.front().ticker, QStringLiteral("X"));
        const Bar bar = parsed->symbols.front().series.at(0);
        QCOMPARE(bar.date, date);
        QVERIFY(sameValue(bar.open, open));
        QVERIFY(sameValue(bar.high, high));
        QVERIFY(sameValue(bar.low, low));
        QVERIFY(sameValue(bar.close, close));
        QVERIFY(sameValue(bar.adjClose, adjClose));
        QVERIFY(sameValue(bar.volume, volume));
    }

    void slashDateOrder_data()
    {
        QTest::addColumn<QByteArray>("dates");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("day > 12 in first place: D/M/Y")
            << QByteArray("13/01/2020\n14/02/2020\n") << QDate(2020, 1, 13) << QDate(2020, 2, 14);
        QTest::newRow("day > 12 in second place: M/D/Y")
            << QByteArray("01/13/2020\n02/14/2020\n") << QDate(2020, 1, 13) << QDate(2020, 2, 14);
        QTest::newRow("only D/M/Y is monotonic")
            << QByteArray("05/01/2020\n06/01/2020\n07/01/2020\n01/02/2020\n") << QDate(2020, 1, 5)
            << QDate(2020, 2, 1);
        QTest::newRow("only M/D/Y is monotonic")
            << QByteArray("01/05/2020\n01/06/2020\n01/07/2020\n02/01/2020\n") << QDate(2020, 1, 5)
            << QDate(2020, 2, 1);
        QTest::newRow("descending D/M/Y")
            << QByteArray("01/02/2020\n07/01/2020\n06/01/2020\n") << QDate(2020, 1, 6) << QDate(2020, 2, 1);
        QTest::newRow("both monotonic: M/D/Y")
            << QByteArray("01/02/2020\n") << QDate(2020, 1, 2) << QDate(2020, 1, 2);
        QTest::newRow("dots and dashes")
            << QByteArray("31.12.2019\n02.01.2020\n") << QDate(2019, 12, 31) << QDate(2020, 1, 2);
        // Issue 18: a lone 02.01.2024 was 1 Feb. Dotted dates are the European D.M.Y when nothing decides.
        QTest::newRow("one dotted date: D.M.Y")
            << QByteArray("02.01.2024\n") << QDate(2024, 1, 2) << QDate(2024, 1, 2);
        QTest::newRow("dotted, both orders monotonic: D.M.Y")
            << QByteArray("01.02.2024\n01.03.2024\n") << QDate(2024, 2, 1) << QDate(2024, 3, 1);
        QTest::newRow("dashed, both orders monotonic: D-M-Y")
            << QByteArray("01-02-2024\n01-03-2024\n") << QDate(2024, 2, 1) << QDate(2024, 3, 1);
        QTest::newRow("a later row decides for the whole file")
            << QByteArray("02.01.2024\n03.01.2024\n01.13.2024\n") << QDate(2024, 1, 13) << QDate(2024, 3, 1);
    }

    void slashDateOrder()
    {
        QFETCH(QByteArray, dates);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QByteArray data("Date,Close\n");
        for (const QByteArray& date : dates.split('\n')) {
            if (!date.isEmpty()) {
                data += date + ",1\n";
            }
        }
        const auto parsed = parseBarsCsvData(data, QStringLiteral("x.csv"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->symbols.front().series.firstDate(), first);
        QCOMPARE(parsed->symbols.front().series.lastDate(), last);
    }

    void ambiguousDateOrderIsReported_data()
    {
        QTest::addColumn<QByteArray>("dates");
        QTest::addColumn<QString>("note");
        QTest::newRow("slashes: M/D/Y assumed, said")
            << QByteArray("01/02/2020\n01/03/2020\n")
            << QStringLiteral(
                   "x.csv:2: the day/month order is ambiguous (no day above 12); read as "
                   "month/day/year, so 01/02/2020 is 2020-01-02. If that is wrong, write the dates as "
                   "YYYY-MM-DD");
        QTest::newRow("dashes: D-M-Y assumed, said")
            << QByteArray("01-02-2020 09:15\n")
            << QStringLiteral(
                   "x.csv:2: the day/month order is ambiguous (no day above 12); read as "
                   "day-month-year, so 01-02-2020 is 2020-02-01. If that is wrong, write the dates as "
                   "YYYY-MM-DD");
        QTest::newRow("dots: D.M.Y, the convention") << QByteArray("01.02.2020\n") << QString();
        QTest::newRow("a day above 12 decides") << QByteArray("01/02/2020\n13/02/2020\n") << QString();
        QTest::newRow("only one reading is monotonic")
            << QByteArray("05/01/2020\n06/01/2020\n07/01/2020\n01/02/2020\n") << QString();
        QTest::newRow("ISO") << QByteArray("2020-01-02\n") << QString();
    }

    void ambiguousDateOrderIsReported()
    {
        QFETCH(QByteArray, dates);
        QFETCH(QString, note);
        QByteArray data("Date,Close\n");
        for (const QByteArray& date : dates.split('\n')) {
            if (!date.isEmpty()) {
                data += date + ",1\n";
            }
        }
        const auto parsed = parseBarsCsvData(data, QStringLiteral("/data/x.csv"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->dateOrderNote, note);
        QCOMPARE(parsed->warnings.contains(note), !note.isEmpty());
    }

    void delimitersFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("semicolons, decimal commas")
            << QByteArray("Date;Open;High;Low;Close;Volume\n02.01.2024;10,5;11;9,25;10,75;1000\n"
                          "03.01.2024;10,75;12;10;11,5;2000\n");
        QTest::newRow("semicolons, decimal points")
            << QByteArray("Date;Open;High;Low;Close;Volume\n2024-01-02;10.5;11;9.25;10.75;1000\n"
                          "2024-01-03;10.75;12;10;11.5;2000\n");
        QTest::newRow("tabs") << QByteArray(
            "Date\tOpen\tHigh\tLow\tClose\tVolume\n2024-01-02\t10.5\t11\t9.25\t10.75\t"
            "1000\n2024-01-03\t10.75\t12\t10\t11.5\t2000\n");
        QTest::newRow("tabs, an empty field")
            << QByteArray("Date\tOpen\tHigh\tLow\tClose\tVolume\n2024-01-02\t10.5\t11\t9.25\t10.75\t\n"
                          "2024-01-03\t10.75\t12\t10\t11.5\t2000\n");
        QTest::newRow("quoted semicolon header, CRLF") << QByteArray(
            "\"Date\";\"Open\";\"High\";\"Low\";\"Close\";\"Volume\"\r\n\"2024-01-02\";\"10,5\";11;9,25;"
            "10,75;1000\r\n2024-01-03;10,75;12;10;11,5;2000\r\n");
    }

    void delimitersFromTheHeader()
    {
        QFETCH(QByteArray, data);
        const auto parsed = parseBarsCsvData(data, QStringLiteral("RELIANCE.csv"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        const BarSeries& series = parsed->symbols.front().series;
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.firstDate(), QDate(2024, 1, 2));
        QCOMPARE(series.at(0).open, 10.5);
        QCOMPARE(series.at(0).low, 9.25);
        QCOMPARE(series.at(1).close, 11.5);
        QCOMPARE(series.at(1).volume, 2000.0);
    }

    void semicolonFileErrorsKeepTheirLine()
    {
        // A thousands separator with a decimal comma is not read as a number: refused like any bad value.
        const auto parsed =
            parseBarsCsvData("Date;Close\n2024-01-02;1.234,5\n", QStringLiteral("/tmp/eu.csv"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message,
                 QStringLiteral("eu.csv:2: '1.234,5' is not a number in column Close"));
        // In a comma file a decimal comma stays what it was: another field.
        const auto comma = parseBarsCsvData("Date,Close\n2024-01-02,1,5\n", QStringLiteral("/tmp/c.csv"));
        QVERIFY(!comma);
        QCOMPARE(comma.error().message, QStringLiteral("c.csv:2: 3 fields but the header has 2"));
    }

    void utf16WithByteOrderMarkLoads_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QByteArray>("bom");
        QTest::newRow("UTF-16LE") << true << QByteArray("\xFF\xFE", 2);
        QTest::newRow("UTF-16BE") << false << QByteArray("\xFE\xFF", 2);
    }

    void utf16WithByteOrderMarkLoads()
    {
        QFETCH(bool, littleEndian);
        QFETCH(QByteArray, bom);
        QStringEncoder encode(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QByteArray data =
            bom
            + QByteArray(encode(
                QStringLiteral("Ticker\tDate\tClose\r\nABC\t02.01.2024\t1,5\r\nXYZ\t02.01.2024\t2\r\n")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        const auto parsed = parseBarsCsvFile(path);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->symbols.size(), 2);
        QCOMPARE(parsed->symbols[0].ticker, QStringLiteral("ABC"));
        QCOMPARE(parsed->symbols[0].series.firstDate(), QDate(2024, 1, 2));
        QCOMPARE(parsed->symbols[0].series.at(0).close, 1.5);
        const CsvFileTickers sniffed = sniffCsvTickers(path);
        QVERIFY(sniffed.symbolColumn);
        QVERIFY(!sniffed.notPriceData);
    }

    void unreadableEncodingsAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("UTF-32LE") << QByteArray(
            "\xFF\xFE\x00\x00"
            "D\x00\x00\x00",
            8) << QStringLiteral("u.csv: UTF-32 text is not supported; save the file as UTF-8");
        QTest::newRow("UTF-16 without a byte-order mark")
            << QByteArray("D\x00"
                          "a\x00"
                          "t\x00"
                          "e\x00"
                          ",\x00"
                          "C\x00",
                          12)
            << QStringLiteral("u.csv: not a text file (NUL bytes): save it as UTF-8, or as UTF-16 with a "
                              "byte-order mark");
    }

    void unreadableEncodingsAreRefusedByName()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const auto parsed = parseBarsCsvData(data, QStringLiteral("/somewhere/u.csv"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, message);
    }

    void duplicateDatesKeepTheLaterRow()
    {
        const QByteArray data(
            "Date,Close\n2020-01-03,3\n2020-01-02,2\n2020-01-03,30\n2020-01-02,20\n2020-01-06,6\n");
        const auto parsed = parseBarsCsvData(data, QStringLiteral("dup.csv"));
        QVERIFY(parsed);
        const CsvSymbolBars& bars = parsed->symbols.front();
        QCOMPARE(bars.rows, qsizetype(5));
        QCOMPARE(bars.duplicateDates, qsizetype(2));
        QCOMPARE(bars.series.size(), qsizetype(3));
        QCOMPARE(bars.series.close(), (std::vector<double>{20, 30, 6}));
        QCOMPARE(parsed->warnings,
                 QStringList{QStringLiteral(
                     "dup.csv:5: 2 repeated date(s) for DUP, first 2020-01-02; the later row was kept")});
    }

    void symbolColumnSplitsFile()
    {
        const auto parsed = parseBarsCsvFile(fixture(QStringLiteral("handmade/long-format.csv")));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY(parsed->symbolFromColumn);
        QCOMPARE(parsed->symbols.size(), 2);
        const CsvSymbolBars& aaa = parsed->symbols[0];
        const CsvSymbolBars& bbb = parsed->symbols[1];
        QCOMPARE(aaa.ticker, QStringLiteral("AAA"));
        QCOMPARE(aaa.rows, qsizetype(3));
        QCOMPARE(aaa.duplicateDates, qsizetype(1));
        QCOMPARE(aaa.series.close(), (std::vector<double>{10, 10.6}));
        QCOMPARE(aaa.series.volume(), (std::vector<double>{900, 1100}));
        // "bbb" and "BBB" are the same symbol.
        QCOMPARE(bbb.ticker, QStringLiteral("BBB"));
        QCOMPARE(bbb.rows, qsizetype(2));
        QCOMPARE(bbb.series.firstDate(), QDate(2021, 1, 4));
        QCOMPARE(bbb.series.close(), (std::vector<double>{19.5, 20.5}));
        QCOMPARE(
            parsed->warnings,
            QStringList{QStringLiteral(
                "long-format.csv:6: 1 repeated date(s) for AAA, first 2021-01-05; the later row was kept")});
    }

    void symbolColumnNames_data()
    {
        QTest::addColumn<QString>("column");
        for (const char* name : {"Symbol", "TICKER", "name", "Stock", "code"}) {
            QTest::newRow(name) << QString::fromUtf8(name);
        }
    }

    void symbolColumnNames()
    {
        QFETCH(QString, column);
        const QByteArray data = "Date," + column.toUtf8() + ",Close\n2020-01-02,abc,1\n2020-01-02,XYZ,2\n";
        const auto parsed = parseBarsCsvData(data, QStringLiteral("file.csv"));
        QVERIFY(parsed);
        QVERIFY(parsed->symbolFromColumn);
        QCOMPARE(parsed->symbols.size(), 2);
        QCOMPARE(parsed->symbols[0].ticker, QStringLiteral("ABC"));
        QCOMPARE(parsed->symbols[1].ticker, QStringLiteral("XYZ"));
    }

    void sniffTickers()
    {
        const CsvFileTickers quantmod =
            sniffCsvTickers(fixture(QStringLiteral("real/finance-charts-apple.csv")));
        QVERIFY(!quantmod.symbolColumn);
        QCOMPARE(quantmod.ticker, QStringLiteral("AAPL"));
        const CsvFileTickers longFile = sniffCsvTickers(fixture(QStringLiteral("handmade/long-format.csv")));
        QVERIFY(longFile.symbolColumn);
        const CsvFileTickers plain = sniffCsvTickers(fixture(QStringLiteral("real/niftyindex.csv")));
        QVERIFY(!plain.symbolColumn);
        QCOMPARE(plain.ticker, QStringLiteral("NIFTYINDEX"));
        QTemporaryDir dir;
        const QString semicolons = dir.filePath(QStringLiteral("TCS.csv"));
        QFile f(semicolons);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Symbol;Date;Close\nTCS;02.01.2024;3500,5\n");
        f.close();
        const CsvFileTickers european = sniffCsvTickers(semicolons);
        QVERIFY(!european.notPriceData);
        QVERIFY(european.symbolColumn);
        const CsvFileTickers empty = sniffCsvTickers(fixture(QStringLiteral("malformed/empty.csv")));
        QVERIFY(!empty.symbolColumn);
        QCOMPARE(empty.ticker, QStringLiteral("EMPTY"));
    }

    /** Acceptance: every daily file of the shared data set parses with the README's ticker and row count. */
    void sharedDailyFiles()
    {
        const QString shared = Test::sharedDir();
        if (shared.isEmpty()) {
            QSKIP("../shared/data is not beside the checkout; the shared-data acceptance test needs it");
        }
        const QDir data(shared + QStringLiteral("/data"));
        QStringList files;
        for (const QString& folder : {QStringLiteral("ohlcv/daily"), QStringLiteral("stooq")}) {
            QDirIterator it(data.filePath(folder), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                files.append(data.relativeFilePath(it.next()));
            }
        }
        files.sort();

        int nseFiles = 0;
        int checkedSymbols = 0;
        for (const QString& file : files) {
            const auto parsed = parseBarsCsvFile(data.filePath(file));
            QVERIFY2(parsed,
                     qPrintable(file + QStringLiteral(": ") + (parsed ? QString() : parsed.error().message)));
            for (const CsvSymbolBars& bars : parsed->symbols) {
                QCOMPARE(bars.nullRows, qsizetype(0));
                QCOMPARE(bars.duplicateDates, qsizetype(0));
                QCOMPARE(bars.series.size(), bars.rows);
            }
            if (file.startsWith(QStringLiteral("ohlcv/daily/nse_nifty50_upstox/"))) {
                // README: every NIFTY 50 file is SYMBOL_2020-10-01_to_2025-09-30.csv with 1241 rows from
                // 2020-10-01, except ETERNAL (1041 from 2021-07-23) and JIOFIN (526 from 2023-08-21).
                ++nseFiles;
                const QString ticker =
                    QFileInfo(file).fileName().section(QStringLiteral("_2020-10-01"), 0, 0);
                const CsvSymbolBars& bars = parsed->symbols.front();
                QCOMPARE(parsed->symbols.size(), 1);
                QCOMPARE(bars.ticker, ticker);
                const qsizetype rows = ticker == u"ETERNAL" ? 1041 : ticker == u"JIOFIN" ? 526 : 1241;
                const QDate first = ticker == u"ETERNAL"  ? QDate(2021, 7, 23)
                                    : ticker == u"JIOFIN" ? QDate(2023, 8, 21)
                                                          : QDate(2020, 10, 1);
                QCOMPARE(bars.rows, rows);
                QCOMPARE(bars.series.firstDate(), first);
                QCOMPARE(bars.series.lastDate(), QDate(2025, 9, 30));
                continue;
            }
            int expected = 0;
            for (const SharedExpectation& e : kSharedFiles) {
                if (file != QLatin1String(e.path)) {
                    continue;
                }
                ++expected;
                const QString ticker = QString::fromUtf8(e.ticker);
                const auto it =
                    std::find_if(parsed->symbols.cbegin(),
                                 parsed->symbols.cend(),
                                 [&ticker](const CsvSymbolBars& s) { return s.ticker == ticker; });
                QVERIFY2(it != parsed->symbols.cend(), qPrintable(file + QStringLiteral(" lacks ") + ticker));
                QCOMPARE(it->rows, e.rows);
                QCOMPARE(it->series.firstDate(), QDate::fromString(QLatin1String(e.first), Qt::ISODate));
                QCOMPARE(it->series.lastDate(), QDate::fromString(QLatin1String(e.last), Qt::ISODate));
                ++checkedSymbols;
            }
            QVERIFY2(expected > 0, qPrintable(file + QStringLiteral(" is not in the expectations table")));
            QCOMPARE(parsed->symbols.size(), expected);
        }
        QCOMPARE(nseFiles, 50);
        QCOMPARE(checkedSymbols, int(std::size(kSharedFiles)));

        // stooq/spx_d.csv: the 14,661 rows up to 1949 have no Volume field at all.
        const auto spx = parseBarsCsvFile(data.filePath(QStringLiteral("stooq/spx_d.csv")));
        QVERIFY(spx);
        const auto& volume = spx->symbols.front().series.volume();
        QCOMPARE(std::count_if(volume.begin(), volume.end(), [](double v) { return isMissing(v); }), 14661);
    }
};

QTEST_GUILESS_MAIN(TestCsvBarFile)
#include "TestCsvBarFile.moc"
