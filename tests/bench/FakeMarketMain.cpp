// tessera-fake-market: the tests' fake market server as a program, for the W5 benchmark
// (tests/bench/run-benchmarks.sh w5). Serves synthetic Yahoo chart answers for any symbol with a fixed
// latency until SIGINT/SIGTERM, then prints what its request log shows.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "tests/support/FakeMarketServer.h"

namespace {

std::atomic<bool> s_stop{false};

void onSignal(int)
{
    s_stop = true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fake Yahoo/Stooq server on 127.0.0.1 for benchmarks."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("latency-ms"),
                      QStringLiteral("Delay before every answer."),
                      QStringLiteral("MS"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("today"),
                      QStringLiteral("Last day of the synthetic series (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.process(app);

    Tessera::Test::FakeMarketServer server;
    server.setSyntheticYahoo(true);
    server.setLatencyMs(parser.value(QStringLiteral("latency-ms")).toInt());
    if (parser.isSet(QStringLiteral("today"))) {
        server.setToday(QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate));
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::printf("listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    while (!s_stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::printf("requests %d, peak in flight %d, peak started in one second %d\n",
                server.requestCount(),
                server.peakConcurrency(),
                server.peakStartsWithin(1'000'000));
    return 0;
}
