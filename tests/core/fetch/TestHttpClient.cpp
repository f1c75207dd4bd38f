#include <thread>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QtTest>

#include "core/fetch/http/HttpClient.h"

#include "tests/support/FakeMarketServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Fetch;
using Fault = Test::FakeMarketServer::Fault;
using FaultKind = Test::FakeMarketServer::FaultKind;

namespace {

HttpClientOptions fastOptions()
{
    HttpClientOptions o;
    o.maxConcurrent = 8;
    o.requestsPerSecond = 100;
    o.timeoutSeconds = 5;
    o.retry.maxRetries = 3;
    o.retry.baseDelaySeconds = 0.02;
    o.useSystemProxy = false;
    return o;
}

QUrl chartUrl(const Test::FakeMarketServer& server, const QString& symbol)
{
    return QUrl(server.baseUrl() + QStringLiteral("/v8/finance/chart/") + symbol
                + QStringLiteral("?period1=1577836800&period2=1609718400&interval=1d"));
}

} // namespace

/**
 * HttpClient against the fake market server: the concurrency window and the rate limit as the server
 * sees them, retries with backoff and Retry-After, timeouts, cut and reset connections, cancellation.
 */
class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void windowReachesButNeverExceedsMaxConcurrent()
    {
        // Slow answers make the window the limit: eight in flight (more than Qt's six connections per
        // host, so the second connection set is in use) and never nine.
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.setLatencyMs(400);
        HttpClientOptions o = fastOptions();
        o.requestsPerSecond = 50;
        HttpClient client(o);
        QList<PendingRequestPtr> requests;
        for (int i = 0; i < 32; ++i) {
            requests << client.get(chartUrl(server, QStringLiteral("S%1").arg(i)));
        }
        for (const auto& r : requests) {
            const auto response = r->wait();
            QVERIFY2(response, response ? "" : qPrintable(response.error().message));
            QCOMPARE(response->status, 200);
        }
        QCOMPARE(server.requestCount(), 32);
        QCOMPARE(server.peakConcurrency(), 8);
        QCOMPARE(client.stats().peakInFlight, 8);
    }

    void rateLimitHoldsAsTheServerCountsIt()
    {
        // Acceptance 3: 8 concurrent, 20 requests/s: never more than 8 in flight or 20 started in any
        // second, measured on the server's clock.
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.setLatencyMs(100);
        HttpClientOptions o = fastOptions();
        o.requestsPerSecond = 20;
        HttpClient client(o);
        QElapsedTimer clock;
        clock.start();
        QList<PendingRequestPtr> requests;
        for (int i = 0; i < 60; ++i) {
            requests << client.get(chartUrl(server, QStringLiteral("R%1").arg(i)));
        }
        for (const auto& r : requests) {
            QVERIFY(r->wait());
        }
        qInfo("60 requests at 20/s took %lld ms; peak %d in flight, %d started in one second",
              static_cast<long long>(clock.elapsed()),
              server.peakConcurrency(),
              server.peakStartsWithin(1'000'000));
        QVERIFY(server.peakConcurrency() <= 8);
        QVERIFY(server.peakStartsWithin(1'000'000) <= 20);
        QVERIFY(server.peakStartsWithin(1'000'000) >= 18); // and the rate is actually used
        QVERIFY(clock.elapsed() >= 2900);
    }

    void retriesAfter429HonouringRetryAfter()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.addFault(Fault::httpStatus(429, QStringLiteral("A"), 3, 0));
        server.addFault(Fault::httpStatus(429, QStringLiteral("B"), 1, 1));
        HttpClient client(fastOptions());
        const auto a = client.get(chartUrl(server, QStringLiteral("A")))->wait();
        QVERIFY(a);
        QCOMPARE(a->status, 200);
        QCOMPARE(a->attempts, 4);
        QCOMPARE(server.requestCount(QStringLiteral("A")), 4);

        const auto b = client.get(chartUrl(server, QStringLiteral("B")))->wait();
        QVERIFY(b);
        QCOMPARE(b->status, 200);
        const auto log = server.log();
        QList<qint64> starts;
        for (const auto& e : log) {
            if (e.symbol == u"B") {
                starts << e.startUs;
            }
        }
        QCOMPARE(starts.size(), 2);
        QVERIFY2(starts[1] - starts[0] >= 1'000'000, "the retry came before Retry-After: 1 had passed");
        QCOMPARE(client.stats().retries, 4);
    }

    void givesUpWithTheLastAnswerAfterTheRetries()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.addFault(Fault::httpStatus(429, QStringLiteral("P"), -1, 0));
        server.addFault(Fault::httpStatus(503, QStringLiteral("Q")));
        server.addFault(Fault::httpStatus(404, QStringLiteral("N")));
        HttpClient client(fastOptions());
        const auto p = client.get(chartUrl(server, QStringLiteral("P")))->wait();
        QVERIFY(p);
        QCOMPARE(p->status, 429);
        QCOMPARE(p->attempts, 4);
        const auto q = client.get(chartUrl(server, QStringLiteral("Q")))->wait();
        QVERIFY(q);
        QCOMPARE(q->status, 503);
        QCOMPARE(server.requestCount(QStringLiteral("Q")), 4);
        const auto n = client.get(chartUrl(server, QStringLiteral("N")))->wait();
        QVERIFY(n);
        QCOMPARE(n->status, 404); // not retried: an answer for the provider to read
        QCOMPARE(n->attempts, 1);
    }

    void aServerThatAsksToWaitTooLongIsNotRetried()
    {
        Test::FakeMarketServer server;
        server.addFault(Fault::httpStatus(429, {}, -1, 3600));
        HttpClient client(fastOptions());
        QElapsedTimer clock;
        clock.start();
        const auto r = client.get(chartUrl(server, QStringLiteral("Z")))->wait();
        QVERIFY(r);
        QCOMPARE(r->status, 429);
        QVERIFY(clock.elapsed() < 2000);
    }

    void timeoutsAndBrokenConnectionsAreRetriedThenReported()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.addFault(Fault::delay(3000, QStringLiteral("SLOW")));
        server.addFault(Fault::of(FaultKind::Truncate, QStringLiteral("CUT")));
        server.addFault(Fault::of(FaultKind::Reset, QStringLiteral("RST")));
        server.addFault(Fault::of(FaultKind::Truncate, QStringLiteral("ONCE"), 1));
        HttpClientOptions o = fastOptions();
        o.timeoutSeconds = 0.3;
        o.retry.maxRetries = 1;
        HttpClient client(o);
        QElapsedTimer clock;
        clock.start();
        const auto slow = client.get(chartUrl(server, QStringLiteral("SLOW")));
        const auto cut = client.get(chartUrl(server, QStringLiteral("CUT")));
        const auto reset = client.get(chartUrl(server, QStringLiteral("RST")));
        const auto once = client.get(chartUrl(server, QStringLiteral("ONCE")));

        const auto s = slow->wait();
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Io);
        QVERIFY2(s.error().message.contains(QStringLiteral("no data from 127.0.0.1")),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("2 attempt(s)")), qPrintable(s.error().message));
        QVERIFY(clock.elapsed() < 2500); // two 0.3 s timeouts, not the 3 s delay

        const auto c = cut->wait();
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(QStringLiteral("truncated answer")),
                 qPrintable(c.error().message));
        const auto r = reset->wait();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        const auto ok = once->wait();
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->status, 200);
        QCOMPARE(ok->attempts, 2);
    }

    void aSlowDripThatKeepsComingIsNotATimeout()
    {
        Test::FakeMarketServer server;
        server.setSyntheticYahoo(true);
        server.addFault(Fault::slowDrip(1024, 40));
        HttpClientOptions o = fastOptions();
        o.timeoutSeconds = 0.5;
        HttpClient client(o);
        QElapsedTimer clock;
        clock.start();
        const auto r = client.get(chartUrl(server, QStringLiteral("DRIP")))->wait();
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->status, 200);
        QVERIFY(r->body.endsWith("}}"));
        // Longer in total than the timeout, but data never stopped for that long.
        QVERIFY2(clock.elapsed() > 500,
                 qPrintable(QStringLiteral("%1 ms, %2 bytes").arg(clock.elapsed()).arg(r->body.size())));
    }

    void refusedConnectionsAreIoErrors()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        HttpClientOptions o = fastOptions();
        o.retry.maxRetries = 1;
        HttpClient client(o);
        const auto r =
            client.get(QUrl(QStringLiteral("http://127.0.0.1:%1/v8/finance/chart/X").arg(port)))->wait();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY2(r.error().message.contains(QStringLiteral("refused")), qPrintable(r.error().message));
    }

    void waitsWakeOnCancelAndDestructionIsPrompt()
    {
        Test::FakeMarketServer server;
        server.setLatencyMs(10'000);
        QElapsedTimer clock;
        clock.start();
        {
            HttpClient client(fastOptions());
            std::atomic<bool> cancelled{false};
            const auto r = client.get(chartUrl(server, QStringLiteral("HANG")));
            std::thread canceller([&cancelled] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                cancelled = true;
            });
            const auto waited = r->wait([&cancelled] { return cancelled.load(); });
            canceller.join();
            QVERIFY(!waited);
            QCOMPARE(waited.error().code, ErrorCode::Cancelled);
            QVERIFY2(clock.elapsed() < 400, qPrintable(QString::number(clock.elapsed())));
            // The request is still in flight; destroying the client aborts it and stops the thread.
        }
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

        HttpClient client(fastOptions());
        const auto queued = client.get(chartUrl(server, QStringLiteral("HANG2")));
        client.cancelAll();
        const auto r = queued->wait();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(client.get(chartUrl(server, QStringLiteral("LATE")))->wait().error().code,
                 ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
