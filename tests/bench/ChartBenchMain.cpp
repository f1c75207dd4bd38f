// w6chart (../shared/BENCHMARKS.md): the candle chart with 20 years of daily bars and three panes (price,
// volume, RSI) in a 1600×1000 window, offscreen. Prints one line with the p50/p95 of
//   switch: a symbol's bars read from SQLite, set, studies computed on the pool, every pane repainted;
//   frame:  one pan or zoom step (axes relabelled, every pane repainted);
//   param:  an RSI period change, recomputed on the pool and repainted;
//   crosshair: the mouse moved one step across the price pane (crosshair, tags and legends follow).
// tessera-bench-chart [--db PATH] [--symbols N] [--days D] [--charts K] [--frames F]: with --db the
// synthetic bars are written there and kept (screenshots use it); --charts K times K charts side by side
// (the 4-chart goal); --frames F pan/zoom frames instead of 60 (a long run for a profiler).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QMouseEvent>
#include <QTemporaryDir>

#include "core/fetch/providers/SyntheticProvider.h"
#include "core/store/BarRepository.h"
#include "core/store/Database.h"
#include "ui/charts/CandleChartView.h"

#include <time.h>

using namespace Tessera;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').first() : QByteArray("?");
}

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

/** Waits (event loop) until every chart holds its studies' values. */
void waitForStudies(const std::vector<Ui::CandleChartView*>& charts)
{
    for (Ui::CandleChartView* chart : charts) {
        while (!chart->studiesReady()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
    }
}

void repaint(const std::vector<Ui::CandleChartView*>& charts)
{
    QCoreApplication::processEvents(); // the coalesced range update, and the panes' scene repaints
    for (Ui::CandleChartView* chart : charts) {
        chart->repaint(); // synchronous: whatever is left paints now
    }
}

/** CPU time of the calling (GUI) thread in ms: unlike wall time, not inflated by other processes. */
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("PATH"));
    const QCommandLineOption symbolsOption(
        QStringLiteral("symbols"), QStringLiteral("symbols"), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("bars"), QStringLiteral("D"), QStringLiteral("5200"));
    const QCommandLineOption chartsOption(
        QStringLiteral("charts"), QStringLiteral("charts"), QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("pan/zoom frames"),
                                          QStringLiteral("F"),
                                          QStringLiteral("60"));
    parser.addOptions({dbOption, symbolsOption, daysOption, chartsOption, framesOption});
    parser.process(app);
    QTemporaryDir dir;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("chart.sqlite"));
    auto db = Store::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "w6chart: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const int symbols = parser.value(symbolsOption).toInt();
    const int days = parser.value(daysOption).toInt();
    QStringList tickers;
    for (int i = 0; i < symbols; ++i) {
        const QString t = QStringLiteral("LONG%1.DEMO").arg(i);
        Fetch::SyntheticOptions o;
        o.days = days;
        o.endDate = QDate(2025, 12, 31);
        o.seed = 1;
        if (auto written = Store::BarRepository(**db).replaceAll(
                t, Fetch::generateSyntheticSeries(t, o), QStringLiteral("synthetic"));
            !written) {
            std::fprintf(stderr, "w6chart: %s\n", qPrintable(written.error().message));
            return 1;
        }
        tickers << t;
    }

    const int count = std::max(1, parser.value(chartsOption).toInt());
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    std::vector<Ui::CandleChartView*> charts;
    for (int i = 0; i < count; ++i) {
        auto* chart = new Ui::CandleChartView(&window, false);
        chart->setStudies({Ui::ChartStudy{*Features::defaultStudy(u"rsi"), QColor()}});
        layout->addWidget(chart);
        charts.push_back(chart);
    }
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();

    std::vector<double> switches;
    std::vector<double> frames;
    std::vector<double> params;
    std::vector<double> frameCpu;
    for (int round = 0; round < 3; ++round) {
        for (const QString& t : std::as_const(tickers)) {
            QElapsedTimer timer;
            timer.start();
            for (Ui::CandleChartView* chart : charts) {
                const auto bars = Store::BarRepository(**db).load(t);
                chart->setBars(t, t, *bars);
            }
            waitForStudies(charts);
            repaint(charts);
            switches.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    for (Ui::CandleChartView* chart : charts) {
        chart->setRangePreset(Ui::CandleChartView::RangePreset::All);
    }
    repaint(charts);
    // Zoom in from All to a few months and back, panning between: every frame a real redraw.
    const int frameCount = std::max(6, parser.value(framesOption).toInt());
    for (int i = 0; i < frameCount; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        for (Ui::CandleChartView* chart : charts) {
            const double centre = (chart->visibleFrom() + chart->visibleTo()) / 2.0;
            if (i % 3 == 2) {
                chart->panBy(-(chart->visibleTo() - chart->visibleFrom()) * 0.05);
            } else {
                chart->zoomAround(centre, i % 60 < 30 ? 0.85 : 1.0 / 0.85);
            }
        }
        repaint(charts);
        frames.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        frameCpu.push_back(threadCpuMs() - cpu);
    }
    // The mouse across the price pane of the All view, a few bars per step (what hovering does).
    std::vector<double> hovers;
    std::vector<double> hoverCpu;
    for (Ui::CandleChartView* chart : charts) {
        chart->setRangePreset(Ui::CandleChartView::RangePreset::All);
    }
    repaint(charts);
    for (int i = 0; i < 120; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        for (Ui::CandleChartView* chart : charts) {
            QWidget* viewport = chart->pricePane()->viewport();
            const QPointF at(viewport->width() * (0.1 + 0.8 * (i % 60) / 60.0), viewport->height() * 0.5);
            QMouseEvent move(
                QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        repaint(charts);
        hovers.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        hoverCpu.push_back(threadCpuMs() - cpu);
    }
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        for (Ui::CandleChartView* chart : charts) {
            auto spec = *Features::defaultStudy(u"rsi");
            spec.params[0] = 5 + i;
            chart->updateStudy(0, Ui::ChartStudy{spec, QColor()});
        }
        waitForStudies(charts);
        repaint(charts);
        params.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "w6chart %d bars x %d chart(s), 3 panes, %dx%d: switch p50 %.1f ms p95 %.1f ms; pan/zoom frame "
        "p50 %.1f ms p95 %.1f ms (GUI-thread CPU p95 %.1f ms); parameter change p50 %.1f ms p95 %.1f ms; "
        "crosshair p50 %.1f ms p95 %.1f ms (CPU p95 %.1f ms) (peak %ld MB, load %s) [targets 50 / 16 / 50 "
        "ms]\n",
        charts.front()->barCount(),
        count,
        window.width(),
        window.height(),
        percentile(switches, 0.5),
        percentile(switches, 0.95),
        percentile(frames, 0.5),
        percentile(frames, 0.95),
        percentile(frameCpu, 0.95),
        percentile(params, 0.5),
        percentile(params, 0.95),
        percentile(hovers, 0.5),
        percentile(hovers, 0.95),
        percentile(hoverCpu, 0.95),
        peakRssMb(),
        loadAverage().constData());
    return 0;
}
