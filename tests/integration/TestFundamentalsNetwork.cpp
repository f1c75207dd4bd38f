// Yahoo quoteSummary through the real HTTP client and the local fake server: the cookie + crumb
// handshake, its failure modes (no crumb, 401 every time, a changed cookie), an unknown symbol, and the
// recorded AAPL answer parsed into hand-checked values with their units.
#include <QTemporaryDir>
#include <QtTest>

#include "core/fundamentals/FundamentalsDerivation.h"
#include "core/fundamentals/YahooFundamentalsClient.h"
#include "core/fundamentals/YahooQuoteSummary.h"

#include "tests/support/FakeMarketServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using Fundamentals::Field;

namespace {

Fundamentals::YahooFundamentalsOptions optionsFor(const Test::FakeMarketServer& server)
{
    Fundamentals::YahooFundamentalsOptions o;
    o.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    o.cookieUrl.clear(); // the test server sets the cookie at "/"
    o.http.useSystemProxy = false;
    o.http.requestsPerSecond = 100;
    o.http.retry.maxRetries = 0;
    return o;
}

QString recordings()
{
    return Test::dataPath(QStringLiteral("fundamentals/yahoo"));
}

} // namespace

class TestFundamentalsNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void handshakeThenValuesInTheirUnits()
    {
        Test::FakeMarketServer server;
        QVERIFY(server.yahooSession().addSummaryFromRecordings(recordings(), QStringLiteral("AAPL")));
        Fundamentals::YahooFundamentalsClient client(optionsFor(server));
        const QDate today(2025, 2, 24);
        auto aapl = client.fetch(QStringLiteral("AAPL"), today);
        QVERIFY2(aapl, aapl ? "" : qPrintable(aapl.error().message));
        QCOMPARE(client.handshakes(), 1);
        QCOMPARE(aapl->asOf, today);
        QCOMPARE(aapl->source, QStringLiteral("yahoo"));
        QCOMPARE(aapl->value(Field::Price), 245.55);
        QCOMPARE(aapl->value(Field::Roe), 136.52);           // returnOnEquity 1.3652
        QCOMPARE(aapl->value(Field::Roa), 0.22518998 * 100); // percent
        QCOMPARE(aapl->value(Field::DebtToEquity), 1.45);    // Yahoo's 145 (percent) as a ratio
        QCOMPARE(aapl->value(Field::PeRatio), 38.91442);     // summaryDetail.trailingPE
        QCOMPARE(aapl->value(Field::PbRatio), 55.328976);
        QCOMPARE(aapl->value(Field::Eps), 6.31);
        QCOMPARE(aapl->value(Field::BookValue), 4.438);
        QCOMPARE(aapl->value(Field::Beta), 1.2);
        QCOMPARE(aapl->value(Field::MarketCap), 3688676720640.0);
        QCOMPARE(aapl->value(Field::Volume), 53197431.0);
        QCOMPARE(aapl->value(Field::DividendYield), 0.41); // 0.0041
        QCOMPARE(aapl->value(Field::OperatingMargin), 34.459);
        QCOMPARE(aapl->value(Field::ProfitMargin), 24.295);
        QCOMPARE(aapl->value(Field::NetMargin), 24.295);
        QCOMPARE(aapl->value(Field::RevenueGrowth), 4.0);
        QCOMPARE(aapl->value(Field::EarningsGrowth), 10.1);
        QCOMPARE(aapl->value(Field::CurrentRatio), 0.923);
        QCOMPARE(aapl->value(Field::QuickRatio), 0.783);
        QCOMPARE(aapl->sector, QStringLiteral("Technology"));
        QCOMPARE(aapl->industry, QStringLiteral("Consumer Electronics"));
        QVERIFY(!aapl->has(Field::PegRatio));     // not in the answer ...
        QVERIFY(!aapl->has(Field::AvgVolume30d)); // Yahoo has 10-day and 3-month averages, not 30 days
        Fundamentals::Record derived = *aapl;
        Fundamentals::deriveValues(derived);
        QCOMPARE(derived.value(Field::PegRatio), 38.91442 / 10.1); // ... so derived from P/E and growth

        // The session is kept: a second symbol needs no new handshake.
        QVERIFY(server.yahooSession().addSummaryFromRecordings(recordings(), QStringLiteral("OCDO.L")));
        QVERIFY(client.fetch(QStringLiteral("OCDO.L"), today));
        QCOMPARE(client.handshakes(), 1);
        QCOMPARE(server.yahooSession().crumbRequests(), 1);

        // Yahoo starts a new session: the old crumb gets 401, one new handshake, and the answer.
        server.yahooSession().rotateCookie();
        auto again = client.fetch(QStringLiteral("AAPL"), today);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(client.handshakes(), 2);

        // An unknown symbol: Yahoo's own words, with the ticker.
        auto unknown = client.fetch(QStringLiteral("ZZZZ"), today);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, QStringLiteral("ZZZZ: Yahoo: Quote not found for symbol: ZZZZ"));
    }

    void cliFetchStoresWhatArrivedAndListsTheRest()
    {
        Test::FakeMarketServer server;
        QVERIFY(server.yahooSession().addSummaryFromRecordings(recordings(), QStringLiteral("AAPL")));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const QString list = dir.filePath(QStringLiteral("watch.txt"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("AAPL\nZZZZ\n");
        f.close();
        QCOMPARE(Test::runCli(
                     {QStringLiteral("--db"), db, QStringLiteral("universe"), QStringLiteral("import"), list})
                     .code,
                 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const Test::CliRun run = Test::runCli({QStringLiteral("--db"),
                                               db,
                                               QStringLiteral("fundamentals"),
                                               QStringLiteral("fetch"),
                                               QStringLiteral("--base-url"),
                                               base});
        QCOMPARE(run.code, 1); // one symbol failed, listed with Yahoo's reason, retryable
        QVERIFY2(run.out.contains(QStringLiteral("1 done, 1 failed")), qPrintable(run.out));
        QVERIFY2(run.out.contains(
                     QStringLiteral("ZZZZ (fundamentals): ZZZZ: Yahoo: Quote not found for symbol: ZZZZ")),
                 qPrintable(run.out));
        const Test::CliRun shown = Test::runCli({QStringLiteral("--db"),
                                                 db,
                                                 QStringLiteral("fundamentals"),
                                                 QStringLiteral("show"),
                                                 QStringLiteral("AAPL")});
        QVERIFY2(shown.out.contains(QStringLiteral("Debt/equity          1.45")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("PEG                  3.85 (derived)")),
                 qPrintable(shown.out));
    }

    void sessionFailuresSayWhatHappened()
    {
        Test::FakeMarketServer server;
        QVERIFY(server.yahooSession().addSummaryFromRecordings(recordings(), QStringLiteral("AAPL")));
        {
            server.yahooSession().setCrumbMode(Test::FakeYahooSession::CrumbMode::Missing);
            Fundamentals::YahooFundamentalsClient client(optionsFor(server));
            auto r = client.fetch(QStringLiteral("AAPL"), QDate(2025, 2, 24));
            QVERIFY(!r);
            QVERIFY2(r.error().message.startsWith(
                         QStringLiteral("AAPL: Yahoo gave no crumb (HTTP 200, empty answer)")),
                     qPrintable(r.error().message));
        }
        {
            server.yahooSession().setCrumbMode(Test::FakeYahooSession::CrumbMode::AlwaysUnauthorized);
            Fundamentals::YahooFundamentalsClient client(optionsFor(server));
            auto r = client.fetch(QStringLiteral("AAPL"), QDate(2025, 2, 24));
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QStringLiteral("refused the session twice (HTTP 401")),
                     qPrintable(r.error().message));
            QCOMPARE(client.handshakes(), 2); // one retry with a fresh session, no more
        }
        // Not quoteSummary JSON.
        auto broken = Fundamentals::parseQuoteSummary("<html>consent</html>", QStringLiteral("AAPL"), {});
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.startsWith(
                     QStringLiteral("AAPL: Yahoo's quoteSummary answer is not JSON")),
                 qPrintable(broken.error().message));
    }
};

QTEST_GUILESS_MAIN(TestFundamentalsNetwork)
#include "TestFundamentalsNetwork.moc"
