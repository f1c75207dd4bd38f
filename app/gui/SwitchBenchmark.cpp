#include "app/gui/SwitchBenchmark.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>

#include "ui/mainwindow/MainWindow.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/panels/SymbolDashboard.h"

#include <time.h>

namespace Tessera::App {
namespace {

/** Peak resident set (VmHWM) of this process in MB, or -1 where /proc is unavailable. */
long peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
        }
    }
    return -1;
}

/** CPU time of the calling thread in ms: unlike wall time, not inflated by other processes. */
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/** The 1-minute load average, so a reader can tell a busy machine's figures apart. */
QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').first() : QByteArray("?");
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    // Nearest-rank percentile: the smallest value with at least p of the samples at or below it.
    const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

struct State
{
    QStringList tickers;
    int next = 0;
    std::vector<double> ms;
    std::vector<double> cpuMs; ///< the GUI thread's CPU time per switch
    QElapsedTimer timer;
    double cpuStart = 0;
};

} // namespace

void armSwitchBenchmark(Ui::MainWindow* window, int count)
{
    auto state = std::make_shared<State>();
    QPointer<Ui::MainWindow> guard(window);
    auto step = std::make_shared<std::function<void()>>();
    *step = [guard, state, step] {
        if (!guard) {
            return;
        }
        if (state->next >= state->tickers.size()) {
            const double median = percentile(state->ms, 0.5);
            std::printf(
                "W6 switch symbol (%lld symbols with stored analyses, 9 tiles + verdict card drawn): "
                "median %.1f ms, p95 %.1f ms, max %.1f ms; GUI-thread CPU median %.1f ms, p95 %.1f ms "
                "(peak %ld MB, load %s)\n",
                static_cast<long long>(state->ms.size()),
                median,
                percentile(state->ms, 0.95),
                *std::max_element(state->ms.begin(), state->ms.end()),
                percentile(state->cpuMs, 0.5),
                percentile(state->cpuMs, 0.95),
                peakRssMb(),
                loadAverage().constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
            return;
        }
        const QString ticker = state->tickers[state->next++];
        state->timer.start();
        state->cpuStart = threadCpuMs();
        if (!guard->selectTicker(ticker)) {
            std::fprintf(stderr, "bench: %s is not in the table\n", qPrintable(ticker));
            QTimer::singleShot(0, guard.data(), *step);
        }
    };
    QObject::connect(window->dashboard(),
                     &Ui::SymbolDashboard::analysisShown,
                     window,
                     [guard, state, step](const QString& ticker) {
                         if (!guard || state->next == 0 || ticker != state->tickers[state->next - 1]) {
                             return;
                         }
                         guard->repaint(); // synchronous: the switch counts until the tiles are painted
                         state->ms.push_back(static_cast<double>(state->timer.nsecsElapsed()) / 1e6);
                         state->cpuMs.push_back(threadCpuMs() - state->cpuStart);
                         QTimer::singleShot(0, guard.data(), *step);
                     });
    QObject::connect(
        window,
        &Ui::MainWindow::viewReady,
        window,
        [guard, state, step, count] {
            if (!guard) {
                return;
            }
            guard->symbolTabs()->setCurrentWidget(guard->dashboard());
            const Ui::UniverseTableModel* model = guard->universeModel();
            for (int row = 0; row < model->rowCount() && state->tickers.size() < count; ++row) {
                const QModelIndex index = model->index(row, Ui::UniverseTableModel::VerdictColumn);
                if (!index.data(Ui::UniverseTableModel::VerdictRole).toString().isEmpty()) {
                    state->tickers << index.data(Ui::UniverseTableModel::TickerRole).toString();
                }
            }
            QObject::connect(guard->dashboard(),
                             &Ui::SymbolDashboard::messageShown,
                             guard.data(),
                             [state](const QString& ticker, const QString& message) {
                                 if (state->tickers.contains(ticker)) {
                                     std::fprintf(
                                         stderr, "bench: %s: %s\n", qPrintable(ticker), qPrintable(message));
                                     QCoreApplication::exit(1);
                                 }
                             });
            // The selected row is already shown: start elsewhere so every step is a real switch.
            state->tickers.removeAll(guard->selectedTicker());
            if (state->tickers.isEmpty()) {
                std::fprintf(stderr, "bench: no symbol has a stored analysis (see --analysis-dir)\n");
                QCoreApplication::exit(1);
                return;
            }
            QTimer::singleShot(200, guard.data(), *step); // let the first dashboard land
        },
        Qt::SingleShotConnection);
}

} // namespace Tessera::App
