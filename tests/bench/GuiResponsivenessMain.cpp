// tessera-bench-gui: W5's GUI half (issue 4, acceptance 5; tests/bench/run-benchmarks.sh w5gui). Runs the
// real MainWindow (offscreen) over a fresh database holding N symbols, starts "Load / update data" from
// Yahoo against a fake market server (tessera-fake-market, started by the script), and meanwhile lets a
// QTimer on the GUI thread tick every few milliseconds. How late the ticks come is how long the event
// loop was blocked: the stall of a tick is its gap minus the interval. Prints one line with the fetch
// time, the largest stall and the 99th percentile. A benchmark, not a test: nothing is asserted.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include "core/fetch/FetchSettings.h"
#include "core/store/Database.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/LoadTask.h"
#include "ui/mainwindow/MainWindow.h"

namespace {

using namespace Tessera;

/** Stores W0001 … Wn as bare symbols, the universe a nightly network update walks. */
Result<void> seedSymbols(const Store::Database& db, int count)
{
    Store::Transaction tx(db);
    Store::SymbolRepository symbols(db);
    for (int i = 1; i <= count; ++i) {
        if (auto id = symbols.ensure(QStringLiteral("W%1").arg(i, 4, 10, QChar(u'0'))); !id) {
            return fail(id.error());
        }
    }
    return tx.commit();
}

/** The q-quantile (0..1) of values by the nearest-rank method; 0 for none. */
double quantile(std::vector<double> values, double q)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(q * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TesseraBench"));
    QApplication::setApplicationName(QStringLiteral("tessera-bench-gui"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Event-loop latency of the main window during a network fetch (W5 GUI)."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("base-url"), QStringLiteral("The fake market server."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("symbols"),
                      QStringLiteral("Symbols to fetch."),
                      QStringLiteral("N"),
                      QStringLiteral("2000")});
    parser.addOption({QStringLiteral("rate"),
                      QStringLiteral("Requests per second."),
                      QStringLiteral("R"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("max-concurrent"),
                      QStringLiteral("Requests in flight."),
                      QStringLiteral("N"),
                      QStringLiteral("8")});
    parser.addOption({QStringLiteral("max-workers"),
                      QStringLiteral("Task worker threads."),
                      QStringLiteral("N"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("interval-ms"),
                      QStringLiteral("Probe timer interval."),
                      QStringLiteral("MS"),
                      QStringLiteral("10")});
    parser.process(app);
    const QString baseUrl = parser.value(QStringLiteral("base-url"));
    if (baseUrl.isEmpty()) {
        std::fprintf(stderr, "tessera-bench-gui: --base-url is required (start tessera-fake-market first)\n");
        return 2;
    }
    const int symbols = parser.value(QStringLiteral("symbols")).toInt();
    const int interval = std::max(1, parser.value(QStringLiteral("interval-ms")).toInt());

    QTemporaryDir dir;
    auto db = Store::Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        std::fprintf(stderr, "tessera-bench-gui: %s\n", qPrintable(db.error().message));
        return 2;
    }
    if (auto seeded = seedSymbols(**db, symbols); !seeded) {
        std::fprintf(stderr, "tessera-bench-gui: %s\n", qPrintable(seeded.error().message));
        return 2;
    }

    Ui::MainWindow::Options options;
    options.offerFirstRun = false;
    options.persistState = false;
    options.quiet = true;
    options.startScheduler = false;
    options.recoverInterrupted = false;
    options.tray = Ui::MainWindow::Options::Tray::Off;
    options.maxWorkers = parser.value(QStringLiteral("max-workers")).toInt();
    Ui::MainWindow window(*db, options);
    window.resize(1400, 900);
    window.show();

    // The probe: ticks on the GUI thread; a late tick means the event loop was busy that long.
    std::vector<double> stalls;
    double maxStall = 0;
    double maxStallAt = 0;     // seconds after the start when the longest stall ended
    double maxFetchStall = -1; // the longest stall while the load ran (before the refresh it triggers)
    QElapsedTimer clock;
    qint64 lastTickNs = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(interval);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTickNs >= 0) {
            const double stall = std::max(0.0, static_cast<double>(now - lastTickNs) / 1e6 - interval);
            if (stall > maxStall) {
                maxStall = stall;
                maxStallAt = static_cast<double>(now) / 1e9;
            }
            stalls.push_back(stall);
        }
        lastTickNs = now;
    });

    QElapsedTimer fetchClock;
    Ui::JobOutcome outcome;
    double seconds = 0;    // start of the load to its end
    bool finished = false; // the load ended; waiting for the table refresh it triggers
    bool reported = false;
    const auto report = [&] {
        if (reported) {
            return;
        }
        reported = true;
        probe.stop();
        std::printf(
            "W5 GUI responsiveness: %d symbols in %.1f s, event-loop max stall %.0f ms, p99 %.1f ms "
            "[max at %.1f s, while fetching %.0f ms; %ld stalls over 50 ms; %zu probes every %d ms; %s]\n",
            symbols,
            seconds,
            maxStall,
            quantile(stalls, 0.99),
            maxStallAt,
            maxFetchStall,
            static_cast<long>(std::count_if(stalls.begin(), stalls.end(), [](double s) { return s > 50; })),
            stalls.size(),
            interval,
            qPrintable(outcome.summary.simplified()));
        std::fflush(stdout);
        app.exit(outcome.failed == 0 && !outcome.cancelled ? 0 : 1);
    };
    QObject::connect(
        &window, &Ui::MainWindow::jobFinished, &app, [&](const QString&, const Ui::JobOutcome& o) {
            if (o.runId == 0) {
                return; // a housekeeping job, not the load
            }
            outcome = o;
            seconds = static_cast<double>(fetchClock.elapsed()) / 1000.0;
            maxFetchStall = maxStall;
            finished = true;
            // Keep probing through the refresh of the table the finished load triggers (2,000 rows).
            QTimer::singleShot(3000, &app, report);
        });
    QObject::connect(&window, &Ui::MainWindow::universeLoaded, &app, [&](int) {
        if (finished) {
            QTimer::singleShot(200, &app, report);
            finished = false;
        }
    });
    QObject::connect(&window, &Ui::MainWindow::loadFailed, &app, [&](const QString& message) {
        std::fprintf(stderr, "tessera-bench-gui: %s\n", qPrintable(message));
        app.exit(1);
    });
    QObject::connect(
        &window,
        &Ui::MainWindow::viewReady,
        &app,
        [&] {
            const Fetch::SettingValues settings{
                {QStringLiteral("fetch/yahoo/baseUrl"), baseUrl},
                {QStringLiteral("fetch/yahoo/rate"), parser.value(QStringLiteral("rate"))},
                {QStringLiteral("fetch/maxConcurrent"), parser.value(QStringLiteral("max-concurrent"))},
            };
            clock.start();
            fetchClock.start();
            probe.start();
            window.startTask(Ui::TaskRequest{QStringLiteral("load"),
                                             Tasks::loadParams(QStringLiteral("yahoo"), {}, {}, settings),
                                             QStringLiteral("W5 GUI benchmark")});
        },
        Qt::SingleShotConnection);
    return app.exec();
}
