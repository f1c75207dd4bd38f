#include <limits>

#include <QtTest>

#include "core/fetch/FetchSettings.h"
#include "core/fetch/http/RateLimiter.h"
#include "core/fetch/http/RetryPolicy.h"
#include "core/fetch/providers/StooqProvider.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Fetch;

namespace {

constexpr qint64 kSecond = 1'000'000'000;

} // namespace

/**
 * The pure parts of the network fetch: rate limiter, retry policy, settings table, Stooq symbols and
 * answers.
 */
class TestFetchPolicies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void rateLimiterSpacesStartsEvenly()
    {
        RateLimiter limiter(20.0);
        QCOMPARE(limiter.delayNs(0), qint64(0)); // a fresh bucket holds one token
        limiter.take(0);
        // The next token comes after 1/20 s, stretched by the headroom.
        const qint64 gap = limiter.delayNs(0);
        QVERIFY(gap > kSecond / 20);
        QVERIFY(gap < kSecond / 20 * 103 / 100);
        QVERIFY(limiter.delayNs(gap / 2) > 0);
        QCOMPARE(limiter.delayNs(gap), qint64(0));
    }

    void rateLimiterNeverLetsRatePlusOneStartsIntoASecond()
    {
        // Starts as early as allowed, and starts each a little late (as timers fire): any 21 consecutive
        // starts at 20/s span more than a second, with room left for network jitter.
        for (const qint64 lateness : {qint64(0), qint64(700'000), qint64(1'900'000), qint64(5'000'000)}) {
            RateLimiter paced(20.0);
            qint64 now = 0;
            QList<qint64> starts;
            for (int i = 0; i < 200; ++i) {
                now += paced.delayNs(now);
                if (i % 3 == 1) {
                    now += lateness;
                }
                paced.take(now);
                starts << now;
            }
            qint64 narrowest = std::numeric_limits<qint64>::max();
            for (qsizetype i = 20; i < starts.size(); ++i) {
                narrowest = std::min(narrowest, starts[i] - starts[i - 20]);
            }
            QVERIFY2(narrowest >= kSecond + 15'000'000, qPrintable(QString::number(narrowest)));
        }
    }

    void rateLimiterMakesUpForSmallLatenessOnly()
    {
        RateLimiter limiter(20.0);
        limiter.take(0);
        const qint64 gap = limiter.delayNs(0);
        // 1 ms late: the next start may come 1 ms sooner, so the average rate holds.
        limiter.take(gap + 1'000'000);
        QVERIFY(std::abs(limiter.delayNs(gap + 1'000'000) - (gap - 1'000'000)) <= 1000);
        // A whole second late: only 2 ms are made up, never a burst.
        limiter.take(2 * kSecond);
        QVERIFY(limiter.delayNs(2 * kSecond) >= gap - 2'000'001);
    }

    void retryDelaysGrowWithJitterAndHonourRetryAfter()
    {
        RetryPolicy p;
        p.baseDelaySeconds = 1.0;
        p.maxDelaySeconds = 8.0;
        QCOMPARE(p.delaySeconds(1, -1, 0.0), 0.5); // half fixed ...
        QCOMPARE(p.delaySeconds(1, -1, 1.0), 1.0); // ... half random
        QCOMPARE(p.delaySeconds(3, -1, 1.0), 4.0);
        QCOMPARE(p.delaySeconds(10, -1, 1.0), 8.0);   // capped
        QCOMPARE(p.delaySeconds(1, 30.0, 0.5), 30.0); // the server's Retry-After is a floor
        QVERIFY(RetryPolicy::isRetryableStatus(429));
        QVERIFY(RetryPolicy::isRetryableStatus(500));
        QVERIFY(RetryPolicy::isRetryableStatus(503));
        QVERIFY(!RetryPolicy::isRetryableStatus(404));
        QVERIFY(!RetryPolicy::isRetryableStatus(400));
        QVERIFY(!RetryPolicy::isRetryableStatus(200));
    }

    void retryAfterParsesSecondsAndDates()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("120", now), 120.0);
        QCOMPARE(parseRetryAfter(" 0 ", now), 0.0);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60.0);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0.0);
        QCOMPARE(parseRetryAfter("", now), -1.0);
        QCOMPARE(parseRetryAfter("soon", now), -1.0);
        QCOMPARE(parseRetryAfter("-5", now), -1.0);
    }

    void settingsResolveDefaultsStoredAndOverrides()
    {
        auto yahoo = resolveNetworkOptions(QStringLiteral("yahoo"), {}, {});
        QVERIFY2(yahoo, yahoo ? "" : qPrintable(yahoo.error().message));
        QCOMPARE(yahoo->baseUrl, QStringLiteral("https://query1.finance.yahoo.com"));
        QCOMPARE(yahoo->requestsPerSecond, 2.0);
        QCOMPARE(yahoo->maxConcurrent, 8);
        QCOMPARE(yahoo->timeoutSeconds, 20.0);
        QCOMPARE(yahoo->retries, 4);
        QCOMPARE(yahoo->historyRange, QStringLiteral("2y"));
        QCOMPARE(yahoo->overlapDays, 5);
        auto stooq = resolveNetworkOptions(QStringLiteral("stooq"), {}, {});
        QCOMPARE(stooq->baseUrl, QStringLiteral("https://stooq.com"));
        QCOMPARE(stooq->requestsPerSecond, 1.0);

        const SettingValues stored = {{QStringLiteral("fetch/yahoo/rate"), QStringLiteral("5")},
                                      {QStringLiteral("fetch/maxConcurrent"), QStringLiteral("4")}};
        const SettingValues overrides = {
            {QStringLiteral("fetch/yahoo/rate"), QStringLiteral("20")},
            {QStringLiteral("fetch/yahoo/baseUrl"), QStringLiteral("http://127.0.0.1:8080/")},
            {QStringLiteral("fetch/historyRange"), QStringLiteral("MAX")}};
        auto resolved = resolveNetworkOptions(QStringLiteral("yahoo"), stored, overrides);
        QVERIFY(resolved);
        QCOMPARE(resolved->requestsPerSecond, 20.0); // the run's override wins over the database
        QCOMPARE(resolved->maxConcurrent, 4);
        QCOMPARE(resolved->baseUrl, QStringLiteral("http://127.0.0.1:8080")); // no trailing slash
        QCOMPARE(resolved->historyRange, QStringLiteral("max"));

        for (const auto& [key, value] : {std::pair{"fetch/yahoo/rate", "0"},
                                         std::pair{"fetch/maxConcurrent", "33"},
                                         std::pair{"fetch/timeoutSeconds", "fast"},
                                         std::pair{"fetch/yahoo/baseUrl", "ftp://example.com"},
                                         std::pair{"fetch/historyRange", "2 years"}}) {
            const auto bad = resolveNetworkOptions(
                QStringLiteral("yahoo"), {}, {{QString::fromLatin1(key), QString::fromLatin1(value)}});
            QVERIFY2(!bad, key);
            QVERIFY2(bad.error().message.startsWith(QString::fromLatin1(key)),
                     qPrintable(bad.error().message));
        }
        QVERIFY(!resolveNetworkOptions(QStringLiteral("csv"), {}, {}));
    }

    void httpLimitsAreDeclaredSettings()
    {
        // Declared in the table, so `settings list|set` and the Data source page show and check them.
        const Config::Parameter* deadline =
            Config::findParameter(fetchParameters(), QStringLiteral("fetch/deadlineSeconds"));
        const Config::Parameter* cap =
            Config::findParameter(fetchParameters(), QStringLiteral("fetch/maxResponseMB"));
        QVERIFY(deadline && cap);
        QCOMPARE(deadline->defaultValue, QStringLiteral("60"));
        QCOMPARE(cap->defaultValue, QStringLiteral("20"));

        auto defaults = resolveNetworkOptions(QStringLiteral("stooq"), {}, {});
        QVERIFY(defaults);
        QCOMPARE(defaults->deadlineSeconds, 60.0);
        QCOMPARE(defaults->maxResponseBytes, 20LL * 1024 * 1024);

        auto small =
            resolveNetworkOptions(QStringLiteral("yahoo"),
                                  {},
                                  {{QStringLiteral("fetch/deadlineSeconds"), QStringLiteral("1")},
                                   {QStringLiteral("fetch/maxResponseMB"), QStringLiteral("0.004")}});
        QVERIFY2(small, small ? "" : qPrintable(small.error().message));
        QCOMPARE(small->deadlineSeconds, 1.0);
        QCOMPARE(small->maxResponseBytes, qint64(4194)); // 0.004 × 1024 × 1024, rounded
        for (const auto& [key, value] : {std::pair{"fetch/deadlineSeconds", "0"},
                                         std::pair{"fetch/maxResponseMB", "0"},
                                         std::pair{"fetch/maxResponseMB", "huge"}}) {
            QVERIFY2(!resolveNetworkOptions(QStringLiteral("yahoo"),
                                            {},
                                            {{QString::fromLatin1(key), QString::fromLatin1(value)}}),
                     key);
        }
    }

    void cliOptionsMapToSettingsOfTheProvider()
    {
        QCOMPARE(settingForOption(QStringLiteral("rate"), QStringLiteral("yahoo")),
                 QStringLiteral("fetch/yahoo/rate"));
        QCOMPARE(settingForOption(QStringLiteral("rate"), QStringLiteral("stooq")),
                 QStringLiteral("fetch/stooq/rate"));
        QCOMPARE(settingForOption(QStringLiteral("base-url"), QStringLiteral("stooq")),
                 QStringLiteral("fetch/stooq/baseUrl"));
        QCOMPARE(settingForOption(QStringLiteral("max-concurrent"), QStringLiteral("yahoo")),
                 QStringLiteral("fetch/maxConcurrent"));
        QCOMPARE(settingForOption(QStringLiteral("rate"), QStringLiteral("csv:/tmp")), QString());
        // Every declared default is valid for its own declaration.
        for (const Config::Parameter& p : fetchParameters()) {
            QVERIFY2(Config::validate(p, p.defaultValue), qPrintable(p.key));
        }
    }

    void historyRangesEndToday()
    {
        const QDate today(2024, 3, 31);
        QCOMPARE(historyStart(QStringLiteral("2y"), today), QDate(2022, 3, 31));
        QCOMPARE(historyStart(QStringLiteral("6mo"), today), QDate(2023, 9, 30));
        QCOMPARE(historyStart(QStringLiteral("2wk"), today), QDate(2024, 3, 17));
        QCOMPARE(historyStart(QStringLiteral("10d"), today), QDate(2024, 3, 21));
        QVERIFY(!historyStart(QStringLiteral("max"), today).isValid());
    }

    void stooqSymbolsFollowTheDocumentedMapping_data()
    {
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<QString>("stooq");
        QTest::newRow("US") << "AAPL"
                            << "aapl.us";
        QTest::newRow("US class") << "BRK-B"
                                  << "brk-b.us";
        QTest::newRow("London") << "VOD.L"
                                << "vod.uk";
        QTest::newRow("Xetra") << "SAP.DE"
                               << "sap.de";
        QTest::newRow("Frankfurt") << "SAP.F"
                                   << "sap.de";
        QTest::newRow("Tokyo") << "7203.T"
                               << "7203.jp";
        QTest::newRow("Hong Kong") << "0700.HK"
                                   << "0700.hk";
        QTest::newRow("S&P 500") << "^GSPC"
                                 << "^spx";
        QTest::newRow("Nasdaq 100") << "^NDX"
                                    << "^ndx";
        QTest::newRow("other index") << "^FTSE"
                                     << "^ftse";
        QTest::newRow("FX") << "EURUSD=X"
                            << "eurusd";
        QTest::newRow("native") << "aapl.us"
                                << "aapl.us";
        QTest::newRow("unknown suffix") << "ABC.XY"
                                        << "abc.xy";
    }

    void stooqSymbolsFollowTheDocumentedMapping()
    {
        QFETCH(QString, ticker);
        QFETCH(QString, stooq);
        const auto mapped = stooqSymbol(ticker);
        QVERIFY(mapped);
        QCOMPARE(*mapped, stooq);
    }

    void stooqRefusesIndianListings()
    {
        for (const QString& t : {QStringLiteral("RELIANCE.NS"), QStringLiteral("TCS.BO")}) {
            const auto mapped = stooqSymbol(t);
            QVERIFY(!mapped);
            QVERIFY(mapped.error().message.contains(QStringLiteral("use --provider yahoo")));
        }
    }

    void stooqAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("bars");      // -1: an error
        QTest::addColumn<int>("code");      // ErrorCode of the error
        QTest::addColumn<QString>("error"); // start of its message
        const int none = -1;
        const int ok = 0;
        QTest::newRow("bars") << QByteArray(
            "Date,Open,High,Low,Close,Volume\r\n2024-01-02,1,2,0.5,1.5,100\r\n"
            "2024-01-03,1.5,2,1,1.8,200\r\n")
                              << 2 << ok << QString();
        QTest::newRow("old rows without volume")
            << QByteArray("Date,Open,High,Low,Close,Volume\n1984-09-07,1,1,1,1\n") << 1 << ok << QString();
        QTest::newRow("no data") << QByteArray("No data\n") << none << int(ErrorCode::NotFound)
                                 << QStringLiteral("no data at Stooq for aapl.us");
        QTest::newRow("header only") << QByteArray("Date,Open,High,Low,Close,Volume\n") << none
                                     << int(ErrorCode::InvalidInput)
                                     << QStringLiteral("aapl.us.csv: no data rows");
        QTest::newRow("only null rows")
            << QByteArray("Date,Open,High,Low,Close\n2024-01-02,null,null,null,null\n") << none
            << int(ErrorCode::NotFound) << QStringLiteral("Stooq returned no bars for aapl.us");
        QTest::newRow("hits limit") << QByteArray("Exceeded the daily hits limit") << none
                                    << int(ErrorCode::Io)
                                    << QStringLiteral("Stooq: exceeded the daily hits limit");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><title> Stooq  </title></html>") << none
                              << int(ErrorCode::Io)
                              << QStringLiteral(
                                     "Stooq sent an HTML page instead of CSV for aapl.us (\"Stooq\")");
        QTest::newRow("bad number") << QByteArray("Date,Open,High,Low,Close\n2024-01-02,1,2,1,x\n") << none
                                    << int(ErrorCode::InvalidInput) << QStringLiteral("aapl.us.csv:2: 'x'");
    }

    void stooqAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, bars);
        QFETCH(int, code);
        QFETCH(QString, error);
        const auto parsed = parseStooqCsv(body, QStringLiteral("aapl.us"));
        if (bars < 0) {
            QVERIFY(!parsed);
            QCOMPARE(int(parsed.error().code), code);
            QVERIFY2(parsed.error().message.startsWith(error), qPrintable(parsed.error().message));
            return;
        }
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->series.size(), bars);
    }
};

QTEST_GUILESS_MAIN(TestFetchPolicies)
#include "TestFetchPolicies.moc"
