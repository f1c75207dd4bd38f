#include <thread>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include "core/fetch/providers/YahooChartParser.h"
#include "core/fetch/providers/YahooProvider.h"
#include "core/store/BarRepository.h"
#include "core/store/CorporateActionRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/FakeMarketServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using Fault = Test::FakeMarketServer::Fault;
using FaultKind = Test::FakeMarketServer::FaultKind;

namespace {

QByteArray readData(const QString& relative)
{
    QFile file(Test::dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Settings for a quick run against the fake server (retries fast, rate high). */
Fetch::SettingValues fastSettings(const Test::FakeMarketServer& server,
                                  const QString& provider = QStringLiteral("yahoo"))
{
    return {{QStringLiteral("fetch/%1/baseUrl").arg(provider), server.baseUrl()},
            {QStringLiteral("fetch/%1/rate").arg(provider), QStringLiteral("100")},
            {QStringLiteral("fetch/backoffSeconds"), QStringLiteral("0.02")},
            {QStringLiteral("fetch/retries"), QStringLiteral("3")},
            {QStringLiteral("fetch/timeoutSeconds"), QStringLiteral("5")}};
}

Result<Tasks::RunResult> load(const Test::TempDatabase& t,
                              const QStringList& tickers,
                              const Fetch::SettingValues& settings,
                              const QString& provider = QStringLiteral("yahoo"))
{
    Tasks::RunOptions options;
    options.maxWorkers = 2;
    Tasks::TaskContext ctx;
    return Tasks::TaskRunner(t.db()).start(
        QStringLiteral("load"), Tasks::loadParams(provider, tickers, {}, settings), options, ctx);
}

QString reasonOf(const Tasks::RunResult& r, const QString& symbol)
{
    for (const auto& f : r.failures) {
        if (f.symbol == symbol) {
            return f.reason;
        }
    }
    return {};
}

QDate weekdayOnOrBefore(QDate d)
{
    while (d.dayOfWeek() > 5) {
        d = d.addDays(-1);
    }
    return d;
}

int weekdaysBetween(const QDate& afterThis, const QDate& upToThis)
{
    int n = 0;
    for (QDate d = afterThis.addDays(1); d <= upToThis; d = d.addDays(1)) {
        n += d.dayOfWeek() <= 5 ? 1 : 0;
    }
    return n;
}

BarSeries stored(const Test::TempDatabase& t, const QString& ticker)
{
    return Store::BarRepository(*t.db()).load(ticker).value_or(BarSeries());
}

/** A recorded answer as if it were symbol's (its meta.symbol replaced). */
QByteArray recordedAs(const QString& file, const QString& symbol)
{
    QByteArray data = readData(QStringLiteral("yahoo/%1.json").arg(file));
    const auto parsed = Fetch::parseYahooChart(data);
    if (!parsed) {
        return {};
    }
    const QByteArray from = QByteArray("\"symbol\":\"") + parsed->meta.symbol.toUtf8() + '"';
    const QByteArray to = QByteArray("\"symbol\":\"") + symbol.toUtf8() + '"';
    return data.replace(from, to);
}

/**
 * A daily answer from a hostile or broken server (as in TestYahooChartParser): 2020-01-02 and
 * 2020-01-09 valid; ±1e300 and null timestamps; close -5, high < low, high 1.7e308 and volume -1 on
 * 2020-01-03, -06, -07 and -08; dividends dated 1e300, of -1e308 and a valid 0.5; a 0:0 split.
 */
QByteArray hostileChart(const QString& symbol)
{
    return R"({"chart":{"result":[{"meta":{"currency":"USD","symbol":")" + symbol.toUtf8()
           + R"(","exchangeTimezoneName":"America/New_York","gmtoffset":-18000},)"
             R"("timestamp":[1577975400,1e300,-1e300,null,1578061800,1578321000,1578407400,1578493800,1578580200],)"
             R"("events":{"dividends":{"1e300":{"amount":0.2,"date":1e300},)"
             R"("1578061800":{"amount":-1e308,"date":1578061800},"1577975400":{"amount":0.5,"date":1577975400}},)"
             R"("splits":{"1578321000":{"date":1578321000,"numerator":0,"denominator":0,"splitRatio":"0:0"}}},)"
             R"("indicators":{"quote":[{)"
             R"("open":[100,1,1,1,100,100,100,100,100],)"
             R"("high":[101,1,1,1,101,99,1.7e308,101,101],)"
             R"("low":[99,1,1,1,99,101,99,99,99],)"
             R"("close":[100.5,1,1,1,-5,100,100,100,100.5],)"
             R"("volume":[1000,1,1,1,1000,1000,1000,-1,1000]}],)"
             R"("adjclose":[{"adjclose":[100.5,1,1,1,-5,100,100,100,100.5]}]}}],"error":null}})";
}

/** An answer whose rows are all dated but all invalid (close -5, -6, -7). */
QByteArray allInvalidChart(const QString& symbol)
{
    return R"({"chart":{"result":[{"meta":{"currency":"USD","symbol":")" + symbol.toUtf8()
           + R"(","exchangeTimezoneName":"America/New_York"},"timestamp":[1577975400,1578061800,1578321000],)"
             R"("indicators":{"quote":[{"open":[1,1,1],"high":[1,1,1],"low":[1,1,1],"close":[-5,-6,-7],)"
             R"("volume":[1,1,1]}]}}],"error":null}})";
}

/** An answer whose timestamps are all null. */
QByteArray nullTimestampsChart(const QString& symbol)
{
    return R"({"chart":{"result":[{"meta":{"currency":"USD","symbol":")" + symbol.toUtf8()
           + R"(","exchangeTimezoneName":"America/New_York"},"timestamp":[null,null,null],)"
             R"("indicators":{"quote":[{"open":[1,1,1],"high":[1,1,1],"low":[1,1,1],"close":[1,1,1],)"
             R"("volume":[1,1,1]}]}}],"error":null}})";
}

} // namespace

/**
 * Network fetch end to end: the load task with the Yahoo and Stooq providers against the fake market
 * server (acceptance 1, 2 and 4 of the issue), pipelining, cancellation and the CLI.
 */
class TestFetchNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void everyRecordedYahooBodyLoadsOrGivesItsReason()
    {
        struct Expect
        {
            const char* file;
            int bars;
            QDate first;
            QDate last;
            int dividends;
            int splits;
            const char* currency;
        };
        const QList<Expect> good = {
            {"chart-AAPL-2020-01-01-to-2020-01-03", 1, {2020, 1, 2}, {2020, 1, 2}, 0, 0, "USD"},
            {"chart-AAPL-2020-08-31-to-2020-11-07", 49, {2020, 8, 31}, {2020, 11, 6}, 1, 1, "USD"},
            {"chart-WSU.DE-2023-08-04-to-2023-08-09", 2, {2023, 8, 4}, {2023, 8, 8}, 0, 0, "EUR"},
            {"historical-via-chart-0P0000XTS7-2024-09-12-to-2024-09-16",
             1,
             {2024, 9, 12},
             {2024, 9, 12},
             0,
             0,
             "USD"},
            {"historical-via-chart-MSFT-dividends-2021-02-01-to-2022-01-31",
             252,
             {2021, 2, 1},
             {2022, 1, 28},
             4,
             0,
             "USD"},
            {"historical-via-chart-NVDA-split-2021-02-01-to-2022-01-31",
             252,
             {2021, 2, 1},
             {2022, 1, 28},
             0,
             1,
             "USD"},
            {"historical-via-chart-dividends-TSLA-no-dividends",
             3303,
             {2010, 6, 29},
             {2023, 8, 11},
             0,
             0,
             "USD"},
            {"historicalv8-0P000071W8.TO-2020-01-01-to-2021-01-04",
             252,
             {2020, 1, 2},
             {2020, 12, 31},
             0,
             0,
             "CAD"},
            {"historicalv8-AAPL-2020-01-01-to-2021-01-04", 253, {2020, 1, 2}, {2020, 12, 31}, 4, 1, "USD"},
            {"historicalv8-AMZN-2020-01-01-to-2021-01-04", 253, {2020, 1, 2}, {2020, 12, 31}, 0, 0, "USD"},
            {"historicalv8-BTC-USD-2020-01-01-to-2021-01-04", 366, {2020, 1, 1}, {2021, 1, 4}, 0, 0, "USD"},
            // 264 days, of which 13 close above their high (Yahoo's FX closes, by up to 0.15 %): the
            // validation gate drops them with a warning each.
            {"historicalv8-EURUSD=X-2020-01-01-to-2021-01-04", 251, {2020, 1, 1}, {2021, 1, 4}, 0, 0, "USD"},
            {"historicalv8-GOOG-2020-01-01-to-2021-01-04", 253, {2020, 1, 2}, {2020, 12, 31}, 0, 0, "USD"},
            {"historicalv8-OCDO.L-2020-01-01-to-2021-01-04", 254, {2020, 1, 2}, {2020, 12, 31}, 0, 0, "GBp"},
            {"historicalv8-ORSTED.CO-2020-01-01-to-2021-01-04",
             250,
             {2020, 1, 2},
             {2020, 12, 30},
             1,
             0,
             "DKK"},
            {"historicalv8-QQQ-2020-01-01-to-2021-01-04", 253, {2020, 1, 2}, {2020, 12, 31}, 3, 0, "USD"},
            {"historicalv8-WSKT.JK-2020-01-01-to-2021-01-04", 242, {2020, 1, 2}, {2020, 12, 30}, 1, 0, "IDR"},
        };
        const QList<QPair<QPair<const char*, int>, QString>> bad = {
            {{"chart-BEKE-2020-01-01-to-2020-01-03", 400},
             QStringLiteral(
                 "Yahoo refused the request (HTTP 400): Data doesn't exist for startDate = 1577836800, "
                 "endDate = 1578009600")},
            {{"historical-via-chart-SI-2020-01-01-to-2020-01-03", 404},
             QStringLiteral("unknown or delisted symbol (Yahoo: No data found, symbol may be delisted)")},
            {{"historicalv8-MDLY-2020-01-01-to-2021-01-04", 404},
             QStringLiteral("unknown or delisted symbol (Yahoo: No data found, symbol may be delisted)")},
            {{"chart-TSLA-2021-11-23-to-2021-11-23-interval-1h", 200},
             QStringLiteral(
                 "Yahoo returned no bars for chart-TSLA-2021-11-23-to-2021-11-23-interval-1h in the "
                 "requested range")},
            {{"chart-^VXAPL-2020-01-01-to-2020-01-03", 200},
             QStringLiteral(
                 "Yahoo returned no bars for chart-^VXAPL-2020-01-01-to-2020-01-03 in the requested range")},
        };
        // Every body of tests/data/yahoo is either loaded or refused here (the two intraday recordings
        // are not daily answers: TestYahooChartParser covers them).
        QCOMPARE(QDir(Test::dataPath(QStringLiteral("yahoo"))).entryList({QStringLiteral("*.json")}).size(),
                 good.size() + bad.size() + 2);

        // Each good recording is served under the symbol it answers for (the validation gate refuses
        // an answer for another ticker), one load per recording since some symbols repeat.
        Test::FakeMarketServer server;
        Fetch::SettingValues settings = fastSettings(server);
        settings.insert(QStringLiteral("fetch/historyRange"), QStringLiteral("max"));
        for (const Expect& e : good) {
            const QString name = QString::fromLatin1(e.file);
            const QByteArray data = readData(QStringLiteral("yahoo/%1.json").arg(name));
            const auto parsed = Fetch::parseYahooChart(data);
            QVERIFY2(parsed, qPrintable(name));
            const QString symbol = parsed->meta.symbol;
            server.addYahooBody(symbol, data);
            Test::TempDatabase t;
            const auto result = load(t, {symbol}, settings);
            QVERIFY2(result, result ? "" : qPrintable(result.error().message));
            QVERIFY2(result->done == 1, qPrintable(name + u' ' + reasonOf(*result, symbol)));
            const BarSeries s = stored(t, symbol);
            QCOMPARE(s.size(), e.bars);
            QCOMPARE(s.firstDate(), e.first);
            QCOMPARE(s.lastDate(), e.last);
            for (qsizetype i = 0; i < s.size(); ++i) {
                QVERIFY(!isMissing(s.close()[static_cast<size_t>(i)]));
            }
            Store::CorporateActionRepository actions(*t.db());
            QCOMPARE(actions.dividends(symbol)->size(), e.dividends);
            QCOMPARE(actions.splits(symbol)->size(), e.splits);
            Store::SymbolRepository symbols(*t.db());
            QCOMPARE((*symbols.find(symbol))->currency, QString::fromLatin1(e.currency));
            if (name == u"historicalv8-AAPL-2020-01-01-to-2021-01-04") {
                const auto aaplSplits = actions.splits(symbol);
                QCOMPARE(aaplSplits->first().date, QDate(2020, 8, 31));
                QCOMPARE(aaplSplits->first().numerator, 4.0);
                QCOMPARE((*symbols.find(symbol))->exchange, QStringLiteral("NMS"));
            }
        }

        QStringList tickers;
        for (const auto& [body, reason] : bad) {
            const QString name = QString::fromLatin1(body.first);
            server.addYahooBody(name, readData(QStringLiteral("yahoo/%1.json").arg(name)), body.second);
            tickers << name;
        }
        // A recording served under another ticker is refused whole.
        server.addYahooBody(
            QStringLiteral("GOOGL"),
            readData(QStringLiteral("yahoo/historicalv8-GOOG-2020-01-01-to-2021-01-04.json")));
        tickers << QStringLiteral("GOOGL");
        Test::TempDatabase t;
        const auto result = load(t, tickers, settings);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->done, 0);
        QCOMPARE(result->failed, bad.size() + 1);
        for (const auto& [body, reason] : bad) {
            QCOMPARE(reasonOf(*result, QString::fromLatin1(body.first)), reason);
        }
        QCOMPARE(reasonOf(*result, QStringLiteral("GOOGL")),
                 QStringLiteral("answer is for GOOG, not GOOGL; stored history kept"));
        QCOMPARE(*Store::BarRepository(*t.db()).totalCount(), 0);
    }

    void faultsAreReasonsAndNeverTouchStoredBars()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        const QDate today = weekdayOnOrBefore(QDate::currentDate().addDays(-30));
        server.setToday(today);
        const QStringList tickers = {QStringLiteral("GOOD"),
                                     QStringLiteral("OK429"),
                                     QStringLiteral("P429"),
                                     QStringLiteral("E500"),
                                     QStringLiteral("BADJSON"),
                                     QStringLiteral("HALF"),
                                     QStringLiteral("CUT"),
                                     QStringLiteral("HTML"),
                                     QStringLiteral("RST")};
        Test::TempDatabase t;
        const auto first = load(t, tickers, fastSettings(server));
        QVERIFY(first);
        QCOMPARE(first->done, tickers.size());
        QMap<QString, BarSeries> before;
        for (const QString& s : tickers) {
            before.insert(s, stored(t, s));
            QVERIFY(before[s].size() > 400);
        }

        const QDate later = today.addDays(7);
        server.setToday(later);
        server.addFault(Fault::httpStatus(429, QStringLiteral("OK429"), 3, 0));
        server.addFault(Fault::httpStatus(429, QStringLiteral("P429"), -1, 0));
        server.addFault(Fault::httpStatus(500, QStringLiteral("E500")));
        server.addFault(Fault::of(FaultKind::InvalidJson, QStringLiteral("BADJSON")));
        server.addFault(Fault::of(FaultKind::CutBody, QStringLiteral("HALF")));
        server.addFault(Fault::of(FaultKind::Truncate, QStringLiteral("CUT")));
        server.addFault(Fault::of(FaultKind::Html, QStringLiteral("HTML")));
        server.addFault(Fault::of(FaultKind::Reset, QStringLiteral("RST")));
        server.clearLog();
        const auto second = load(t, tickers, fastSettings(server));
        QVERIFY(second);
        QCOMPARE(second->done, 2);
        QCOMPARE(second->failed, tickers.size() - 2);
        // 429 three times, then the answer: stored after the backoff.
        QCOMPARE(server.requestCount(QStringLiteral("OK429")), 4);
        QCOMPARE(stored(t, QStringLiteral("OK429")).size(), before[QStringLiteral("OK429")].size() + 5);
        QCOMPARE(stored(t, QStringLiteral("GOOD")).size(), before[QStringLiteral("GOOD")].size() + 5);

        QCOMPARE(reasonOf(*second, QStringLiteral("P429")), Fetch::YahooProvider::rateLimitedReason());
        QCOMPARE(reasonOf(*second, QStringLiteral("E500")),
                 QStringLiteral("Yahoo server error (HTTP 500) after 4 attempt(s)"));
        QVERIFY(reasonOf(*second, QStringLiteral("BADJSON"))
                    .startsWith(QStringLiteral("invalid JSON from Yahoo at byte")));
        QVERIFY(reasonOf(*second, QStringLiteral("HALF"))
                    .startsWith(QStringLiteral("truncated answer from Yahoo")));
        QVERIFY(reasonOf(*second, QStringLiteral("CUT"))
                    .startsWith(QStringLiteral("truncated answer from 127.0.0.1")));
        QVERIFY(
            reasonOf(*second, QStringLiteral("HTML")).startsWith(QStringLiteral("Yahoo sent an HTML page")));
        QVERIFY(!reasonOf(*second, QStringLiteral("RST")).isEmpty());

        auto rows = Store::SymbolRepository(*t.db()).rows();
        QVERIFY(rows);
        for (const Store::SymbolRow& row : *rows) {
            const QString s = row.symbol.ticker;
            if (s == u"GOOD" || s == u"OK429") {
                QVERIFY(row.lastError.isEmpty());
                continue;
            }
            // Failed: same bars as before, value for value, and the reason is the symbol's last error.
            const BarSeries now = stored(t, s);
            QCOMPARE(now.size(), before[s].size());
            QCOMPARE(now.close(), before[s].close());
            QCOMPARE(now.lastDate(), today);
            QCOMPARE(row.lastError, reasonOf(*second, s));
        }
    }

    void hostileAnswersNeverReachTheStore()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.setToday(weekdayOnOrBefore(QDate::currentDate().addDays(-30)));
        const QStringList storedBefore = {
            QStringLiteral("WRONG"), QStringLiteral("ALLBAD"), QStringLiteral("NULLTS")};
        Test::TempDatabase t;
        const auto first = load(t, storedBefore, fastSettings(server));
        QVERIFY(first);
        QCOMPARE(first->done, 3);
        QMap<QString, BarSeries> before;
        for (const QString& s : storedBefore) {
            before.insert(s, stored(t, s));
            QVERIFY(before[s].size() > 400);
        }

        server.addYahooBody(QStringLiteral("HOSTILE"), hostileChart(QStringLiteral("HOSTILE")));
        server.addYahooBody(QStringLiteral("WRONG"), hostileChart(QStringLiteral("MSFT")));
        server.addYahooBody(QStringLiteral("ALLBAD"), allInvalidChart(QStringLiteral("ALLBAD")));
        server.addYahooBody(QStringLiteral("NULLTS"), nullTimestampsChart(QStringLiteral("NULLTS")));
        Fetch::SettingValues settings = fastSettings(server);
        settings.insert(QStringLiteral("fetch/historyRange"), QStringLiteral("max"));
        const auto second = load(t, QStringList{QStringLiteral("HOSTILE")} + storedBefore, settings);
        QVERIFY(second);
        QCOMPARE(second->done, 1);
        QCOMPARE(second->failed, 3);

        // The new symbol keeps its two valid days and its valid dividend, nothing else: no 1969-12-31
        // from a null timestamp, no year-garbage from ±1e300, no negative or overflowing values.
        const BarSeries hostile = stored(t, QStringLiteral("HOSTILE"));
        QCOMPARE(hostile.size(), 2);
        QCOMPARE(hostile.firstDate(), QDate(2020, 1, 2));
        QCOMPARE(hostile.lastDate(), QDate(2020, 1, 9));
        QCOMPARE(hostile.close(), (std::vector<double>{100.5, 100.5}));
        Store::CorporateActionRepository actions(*t.db());
        QCOMPARE(actions.dividends(QStringLiteral("HOSTILE"))->size(), 1);
        QCOMPARE(actions.dividends(QStringLiteral("HOSTILE"))->first().amount, 0.5);
        QCOMPARE(actions.splits(QStringLiteral("HOSTILE"))->size(), 0);

        QCOMPARE(reasonOf(*second, QStringLiteral("WRONG")),
                 QStringLiteral("answer is for MSFT, not WRONG; stored history kept"));
        QCOMPARE(reasonOf(*second, QStringLiteral("ALLBAD")),
                 QStringLiteral(
                     "ALLBAD: no valid bars; stored history kept (2020-01-02: close -5 is not a positive "
                     "price; 2020-01-03: close -6 is not a positive price; 2020-01-06: close -7 is not a "
                     "positive price)"));
        QCOMPARE(reasonOf(*second, QStringLiteral("NULLTS")),
                 QStringLiteral(
                     "NULLTS: no valid bars; stored history kept (3 timestamp(s) null or out of range)"));
        for (const QString& s : storedBefore) {
            const BarSeries now = stored(t, s);
            QCOMPARE(now.size(), before[s].size());
            QCOMPARE(now.close(), before[s].close());
        }
    }

    void httpLimitsEndRequestsWithTheirReasons()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.setToday(weekdayOnOrBefore(QDate::currentDate().addDays(-30)));
        server.addYahooBody(
            QStringLiteral("DRIP"),
            recordedAs(QStringLiteral("chart-AAPL-2020-01-01-to-2020-01-03"), QStringLiteral("DRIP")));
        const QStringList tickers = {QStringLiteral("GOOD"),
                                     QStringLiteral("DRIP"),
                                     QStringLiteral("HUGE"),
                                     QStringLiteral("STREAM"),
                                     QStringLiteral("LOOP")};
        Fetch::SettingValues settings = fastSettings(server);
        settings.insert(QStringLiteral("fetch/deadlineSeconds"), QStringLiteral("1"));
        settings.insert(QStringLiteral("fetch/maxResponseMB"), QStringLiteral("0.25"));
        settings.insert(QStringLiteral("fetch/retries"), QStringLiteral("1"));
        Test::TempDatabase t;
        const auto first = load(t, tickers, settings);
        QVERIFY(first);
        QCOMPARE(first->done, tickers.size());
        QMap<QString, BarSeries> before;
        for (const QString& s : tickers) {
            before.insert(s, stored(t, s));
        }

        // One byte every 4 ms (the 1185-byte answer would take ~5 s), a declared gigabyte, 64 MB
        // streamed without a length, and a redirect back to the same URL.
        server.addFault(Fault::slowDrip(1, 4, QStringLiteral("DRIP")));
        server.addFault(Fault::hugeBody(1LL << 30, true, QStringLiteral("HUGE")));
        server.addFault(Fault::hugeBody(64LL << 20, false, QStringLiteral("STREAM")));
        server.addFault(Fault::redirect({}, QStringLiteral("LOOP")));
        server.clearLog();
        const auto second = load(t, tickers, settings);
        QVERIFY(second);
        QCOMPARE(second->done, 1);
        QCOMPARE(second->failed, 4);
        const QString host = QStringLiteral("127.0.0.1:%1").arg(server.port());
        QCOMPARE(reasonOf(*second, QStringLiteral("DRIP")),
                 QStringLiteral("no complete answer from %1 within 1 s (2 attempt(s))").arg(host));
        QCOMPARE(reasonOf(*second, QStringLiteral("HUGE")),
                 QStringLiteral("answer larger than 256 KB from %1").arg(host));
        QCOMPARE(reasonOf(*second, QStringLiteral("STREAM")),
                 QStringLiteral("answer larger than 256 KB from %1").arg(host));
        QCOMPARE(reasonOf(*second, QStringLiteral("LOOP")),
                 QStringLiteral("too many redirects from %1 (more than 5)").arg(host));
        // The deadline is retried like a timeout; the cap and the loop are not retried at all (their
        // reasons carry no attempt count: they end on the first attempt).
        QCOMPARE(server.requestCount(QStringLiteral("DRIP")), 2);
        QCOMPARE(server.requestCount(QStringLiteral("HUGE")), 1);
        QCOMPARE(server.requestCount(QStringLiteral("STREAM")), 1);
        QVERIFY(server.requestCount(QStringLiteral("LOOP")) >= 6); // Qt may send a hop twice

        auto rows = Store::SymbolRepository(*t.db()).rows();
        QVERIFY(rows);
        for (const Store::SymbolRow& row : *rows) {
            const QString s = row.symbol.ticker;
            QCOMPARE(stored(t, s).close(), before[s].close());
            QCOMPARE(row.lastError, s == u"GOOD" ? QString() : reasonOf(*second, s));
        }
    }

    void updatesAreIncrementalAndASplitRefetchesTheHistory()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        const QDate t0 = weekdayOnOrBefore(QDate::currentDate().addDays(-60));
        server.setToday(t0);
        const QStringList tickers = {QStringLiteral("AAA"), QStringLiteral("BBB"), QStringLiteral("CCC")};
        Test::TempDatabase t;
        QVERIFY(load(t, tickers, fastSettings(server)));
        const BarSeries bBefore = stored(t, QStringLiteral("BBB"));
        const int initial = static_cast<int>(bBefore.size());
        QCOMPARE(bBefore.lastDate(), t0);
        QVERIFY(bBefore.firstDate() <= QDate::currentDate().addYears(-2).addDays(5)); // the 2y default range

        // A week later: one request per symbol, from the last stored day minus the 5-day overlap.
        const QDate t1 = t0.addDays(7);
        server.setToday(t1);
        server.clearLog();
        auto second = load(t, tickers, fastSettings(server));
        QVERIFY(second);
        QCOMPARE(second->done, 3);
        QCOMPARE(server.requestCount(), 3);
        const qint64 period1 = t0.addDays(-5).startOfDay(Qt::UTC).toSecsSinceEpoch();
        for (const auto& e : server.log()) {
            QVERIFY2(e.path.contains(QStringLiteral("period1=%1&").arg(period1)), qPrintable(e.path));
        }
        for (const QString& s : tickers) {
            QCOMPARE(stored(t, s).size(), initial + weekdaysBetween(t0, t1));
            QCOMPARE(stored(t, s).lastDate(), t1);
        }

        // BBB splits 4:1 after the last stored day: the overlap now disagrees (prices a quarter of what
        // is stored), so BBB alone is fetched again in full and its history replaced.
        const QDate split = t1.addDays(3);
        server.addSyntheticSplit(QStringLiteral("BBB"), split, 4.0);
        const QDate t2 = t1.addDays(7);
        server.setToday(t2);
        server.clearLog();
        auto third = load(t, tickers, fastSettings(server));
        QVERIFY(third);
        QCOMPARE(third->done, 3);
        QCOMPARE(server.requestCount(QStringLiteral("AAA")), 1);
        QCOMPARE(server.requestCount(QStringLiteral("BBB")), 2);
        const BarSeries bAfter = stored(t, QStringLiteral("BBB"));
        QCOMPARE(bAfter.firstDate(),
                 bBefore.firstDate()); // the re-fetch reached back to the first stored bar
        QCOMPARE(bAfter.size(), initial + weekdaysBetween(t0, t2));
        for (qsizetype i = 0; i < bBefore.size(); i += 50) {
            QCOMPARE(bAfter.date(i), bBefore.date(i));
            QVERIFY(std::abs(bAfter.close()[static_cast<size_t>(i)] * 4.0
                             - bBefore.close()[static_cast<size_t>(i)])
                    < 1e-3);
        }
        const auto splits = Store::CorporateActionRepository(*t.db()).splits(QStringLiteral("BBB"));
        QCOMPARE(splits->size(), 1);
        QCOMPARE(splits->first().date, split);
        QCOMPARE(splits->first().numerator, 4.0);
        QCOMPARE(stored(t, QStringLiteral("AAA")).size(), initial + weekdaysBetween(t0, t2));
    }

    void stooqServesCsvAndExplainsItsFailures()
    {
        Test::FakeMarketServer server;
        server.addStooqCsv(QStringLiteral("aapl.us"), readData(QStringLiteral("stooq/aapl_us_d.csv")));
        server.addStooqCsv(QStringLiteral("eurusd"), readData(QStringLiteral("stooq/eurusd_d.csv")));
        server.addFault(Fault::replacedBody("Exceeded the daily hits limit", QStringLiteral("limit.us")));
        server.addFault(Fault::of(FaultKind::Html, QStringLiteral("html.us")));
        Test::TempDatabase t;
        Fetch::SettingValues settings = fastSettings(server, QStringLiteral("stooq"));
        settings.insert(QStringLiteral("fetch/historyRange"), QStringLiteral("max"));
        const QStringList tickers = {QStringLiteral("AAPL"),
                                     QStringLiteral("EURUSD=X"),
                                     QStringLiteral("ZZZZ"),
                                     QStringLiteral("LIMIT"),
                                     QStringLiteral("HTML"),
                                     QStringLiteral("RELIANCE.NS")};
        const auto result = load(t, tickers, settings, QStringLiteral("stooq"));
        QVERIFY(result);
        QCOMPARE(result->done, 2);
        const BarSeries aapl = stored(t, QStringLiteral("AAPL"));
        QCOMPARE(aapl.size(), 10432);
        QCOMPARE(aapl.firstDate(), QDate(1984, 9, 7));
        QCOMPARE(aapl.lastDate(), QDate(2026, 2, 3));
        const BarSeries eur = stored(t, QStringLiteral("EURUSD=X"));
        QCOMPARE(eur.size(), 12353);
        QVERIFY(isMissing(eur.volume().front())); // no Volume column at all
        QCOMPARE(reasonOf(*result, QStringLiteral("ZZZZ")),
                 QStringLiteral("no data at Stooq for zzzz.us (unknown symbol or nothing in the range)"));
        QCOMPARE(reasonOf(*result, QStringLiteral("LIMIT")),
                 QStringLiteral("Stooq: exceeded the daily hits limit — try again tomorrow"));
        QCOMPARE(reasonOf(*result, QStringLiteral("HTML")),
                 QStringLiteral("Stooq sent an HTML page instead of CSV for html.us (\"Service temporarily "
                                "unavailable\")"));
        QVERIFY(reasonOf(*result, QStringLiteral("RELIANCE.NS"))
                    .startsWith(QStringLiteral("Stooq has no daily data")));
        QCOMPARE(server.requestCount(), 5); // nothing was asked for RELIANCE.NS

        // An update asks from the last stored day minus the overlap and changes nothing here.
        server.clearLog();
        const auto update = load(t, {QStringLiteral("AAPL")}, settings, QStringLiteral("stooq"));
        QVERIFY(update);
        QCOMPARE(update->done, 1);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY2(server.log().first().path.contains(QStringLiteral("d1=20260129")),
                 qPrintable(server.log().first().path));
        QCOMPARE(stored(t, QStringLiteral("AAPL")).size(), 10432);
    }

    void twoWorkersKeepEightRequestsInFlight()
    {
        // The provider prefetches in plan order, so the window fills although only two pool workers
        // consume: fetching and storing overlap.
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.setLatencyMs(400);
        QStringList tickers;
        for (int i = 0; i < 32; ++i) {
            tickers << QStringLiteral("P%1").arg(i, 2, 10, QChar(u'0'));
        }
        Test::TempDatabase t;
        QElapsedTimer clock;
        clock.start();
        const auto result = load(t, tickers, fastSettings(server));
        QVERIFY(result);
        QCOMPARE(result->done, 32);
        qInfo("32 symbols, 400 ms latency, 2 workers: %lld ms, peak %d in flight",
              static_cast<long long>(clock.elapsed()),
              server.peakConcurrency());
        QCOMPARE(server.peakConcurrency(), 8);
        QVERIFY(clock.elapsed() < 4000); // 32 / (8 / 0.4 s) = 1.6 s; two workers alone would need 6.4 s
    }

    void limitsHoldAsTheServerSeesThem()
    {
        // Acceptance 3 through the whole load: 8 concurrent and 20 requests/s, with answers slow
        // enough (400 ms) that both limits bind. The server's log never shows more than 8 in flight or
        // more than 20 started within any second.
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.setLatencyMs(400);
        QStringList tickers;
        for (int i = 0; i < 60; ++i) {
            tickers << QStringLiteral("L%1").arg(i, 2, 10, QChar(u'0'));
        }
        Fetch::SettingValues settings = fastSettings(server);
        settings.insert(QStringLiteral("fetch/yahoo/rate"), QStringLiteral("20"));
        settings.insert(QStringLiteral("fetch/maxConcurrent"), QStringLiteral("8"));
        Test::TempDatabase t;
        const auto result = load(t, tickers, settings);
        QVERIFY(result);
        QCOMPARE(result->done, 60);
        qInfo("server log: peak %d in flight, peak %d started within one second",
              server.peakConcurrency(),
              server.peakStartsWithin(1'000'000));
        QVERIFY(server.peakConcurrency() <= 8);
        QVERIFY(server.peakStartsWithin(1'000'000) <= 20);
        QVERIFY(server.peakConcurrency() >= 6);
        QVERIFY(server.peakStartsWithin(1'000'000) >= 16);
    }

    void cancelReturnsPromptlyWhileRequestsAreInFlight()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.setLatencyMs(10'000);
        QStringList tickers;
        for (int i = 0; i < 30; ++i) {
            tickers << QStringLiteral("C%1").arg(i);
        }
        Test::TempDatabase t;
        Tasks::RunOptions options;
        options.maxWorkers = 2;
        Tasks::TaskContext ctx;
        QElapsedTimer cancelledAt;
        std::thread canceller([&ctx, &cancelledAt] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancelledAt.start();
            ctx.cancel();
        });
        const auto result = Tasks::TaskRunner(t.db()).start(
            QStringLiteral("load"),
            Tasks::loadParams(QStringLiteral("yahoo"), tickers, {}, fastSettings(server)),
            options,
            ctx);
        const qint64 afterCancel = cancelledAt.elapsed();
        canceller.join();
        QVERIFY(result);
        qInfo("the run returned %lld ms after the cancel", static_cast<long long>(afterCancel));
        QVERIFY2(afterCancel < 1000, qPrintable(QString::number(afterCancel)));
        QCOMPARE(Tasks::toString(result->status), Tasks::toString(Tasks::RunStatus::Cancelled));
        QCOMPARE(result->done, 0);
        QVERIFY(result->pending >= 28);
        QCOMPARE(*Store::BarRepository(*t.db()).totalCount(), 0);
    }

    void cliFetchesOverTheNetwork()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const auto cli = [](const QStringList& args, QString* out = nullptr, QString* err = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"),
                       QDir::tempPath() + QStringLiteral("/tessera-test-xdg"));
            p.setProcessEnvironment(env);
            p.start(Test::cliPath(), args);
            if (!p.waitForFinished(60000)) {
                p.kill();
                return -1;
            }
            if (out) {
                *out = QString::fromUtf8(p.readAllStandardOutput());
            }
            if (err) {
                *err = QString::fromUtf8(p.readAllStandardError());
            }
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QString out;
        QString err;
        QCOMPARE(cli({QStringLiteral("--db"),
                      db,
                      QStringLiteral("fetch"),
                      QStringLiteral("--provider"),
                      QStringLiteral("yahoo"),
                      QStringLiteral("--base-url"),
                      server.baseUrl(),
                      QStringLiteral("--rate"),
                      QStringLiteral("20"),
                      QStringLiteral("--range"),
                      QStringLiteral("1y"),
                      QStringLiteral("--symbols"),
                      QStringLiteral("AAA,BBB")},
                     &out,
                     &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("2 done, 0 failed")), qPrintable(out + err));
        QCOMPARE(server.requestCount(), 2);
        // The provider is remembered; with no selection a network provider updates every stored symbol.
        QCOMPARE(cli({QStringLiteral("--db"),
                      db,
                      QStringLiteral("fetch"),
                      QStringLiteral("--base-url"),
                      server.baseUrl()},
                     &out,
                     &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("2 done, 0 failed")), qPrintable(out + err));
        QCOMPARE(server.requestCount(), 4);

        QCOMPARE(cli({QStringLiteral("--db"),
                      db,
                      QStringLiteral("fetch"),
                      QStringLiteral("--rate"),
                      QStringLiteral("0")},
                     &out,
                     &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral(
                     "--rate: fetch/yahoo/rate: '0' is not valid (allowed: 0.1 to 100 requests/s)")),
                 qPrintable(err));
        QCOMPARE(cli({QStringLiteral("--db"),
                      db,
                      QStringLiteral("fetch"),
                      QStringLiteral("--provider"),
                      QStringLiteral("synthetic"),
                      QStringLiteral("--timeout"),
                      QStringLiteral("5")},
                     &out,
                     &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--timeout applies to the network providers")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestFetchNetwork)
#include "TestFetchNetwork.moc"
