#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QLabel>
#include <QStackedWidget>
#include <QtTest>

#include "core/fetch/providers/SyntheticProvider.h"
#include "ui/charts/CandleChartView.h"
#include "ui/charts/DateTicks.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Preset = Ui::CandleChartView::RangePreset;

class TestCandleChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }
    void noBarsShowsMessage();
    void oneBar();
    void candlesAndVolumeAgree();
    void presetsCountTradingDays();
    void dateTicksFollowTheCalendar();
    void dateTicksForFewBars();
};

namespace {

BarSeries series(int days, QDate end = QDate(2025, 6, 30))
{
    Fetch::SyntheticOptions options;
    options.days = days;
    options.endDate = end;
    return Fetch::generateSyntheticSeries(QStringLiteral("TEST.DEMO"), options);
}

} // namespace

void TestCandleChartView::noBarsShowsMessage()
{
    Ui::CandleChartView chart;
    chart.resize(800, 500);
    chart.show();
    QSignalSpy shown(&chart, &Ui::CandleChartView::barsShown);
    chart.setBars(QStringLiteral("EMPTY"), QString(), BarSeries(QStringLiteral("EMPTY")));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(chart.currentTicker(), QStringLiteral("EMPTY"));
    QCOMPARE(chart.visibleCandleCount(), 0);
    QCOMPARE(chart.candleSeries()->count(), 0);
    auto* message = chart.findChild<QLabel*>(QStringLiteral("chartMessageLabel"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("No bars stored for EMPTY")));
    // Interactions on an empty chart are harmless.
    chart.zoomAround(0, 0.5);
    chart.panBy(3);
    chart.setRangePreset(Preset::OneYear);
    QCOMPARE(chart.visibleCandleCount(), 0);
}

void TestCandleChartView::oneBar()
{
    Ui::CandleChartView chart;
    chart.resize(800, 500);
    chart.show();
    BarSeries one(QStringLiteral("ONE"));
    one.append(Bar{QDate(2025, 1, 2), 10.0, 11.0, 9.5, 10.5, 10.5, 1234.0});
    chart.setBars(QStringLiteral("ONE"), QStringLiteral("One Bar Ltd"), one);
    QCOMPARE(chart.candleSeries()->count(), 1);
    QCOMPARE(chart.visibleCandleCount(), 1);
    QCOMPARE(chart.visibleFrom(), -0.5);
    QCOMPARE(chart.visibleTo(), 0.5);
    chart.zoomAround(0, 0.2);
    chart.panBy(-5);
    QCOMPARE(chart.visibleCandleCount(), 1);
    QVERIFY(!chart.findChild<QLabel*>(QStringLiteral("chartMessageLabel"))->isVisible());
    QTest::qWait(20); // the deferred axis update runs without trouble
}

void TestCandleChartView::candlesAndVolumeAgree()
{
    Ui::CandleChartView chart;
    chart.resize(900, 600);
    const BarSeries bars = series(120);
    chart.setBars(bars.ticker(), QString(), bars);
    const QList<QCandlestickSet*> candles = chart.candleSeries()->sets();
    const QList<QCandlestickSet*> volumes = chart.volumeSeries()->sets();
    QCOMPARE(candles.size(), bars.size());
    QCOMPARE(volumes.size(), bars.size());
    double scale = 0.0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const QCandlestickSet* c = candles[i];
        const QCandlestickSet* v = volumes[i];
        // x is the bar index (no weekend gaps), the same in both panes.
        QCOMPARE(c->timestamp(), double(i));
        QCOMPARE(v->timestamp(), double(i));
        QCOMPARE(c->close(), bars.close()[size_t(i)]);
        QCOMPARE(c->high(), bars.high()[size_t(i)]);
        // The volume bar runs from 0 and points the same way as its price candle (same colour).
        QCOMPARE(std::min(v->open(), v->close()), 0.0);
        QCOMPARE(c->open() < c->close(), v->open() < v->close());
        const double volume = std::max(v->open(), v->close());
        if (bars.volume()[size_t(i)] > 0) {
            const double s = bars.volume()[size_t(i)] / volume;
            if (scale == 0.0) {
                scale = s;
            }
            QVERIFY(std::abs(s / scale - 1.0) < 1e-9); // one unit for the whole series
        }
    }
}

void TestCandleChartView::presetsCountTradingDays()
{
    Ui::CandleChartView chart;
    chart.resize(900, 600);
    const BarSeries bars = series(400);
    chart.setBars(bars.ticker(), QString(), bars);
    QCOMPARE(chart.rangePreset(), Preset::SixMonths);
    // 2025-06-30 minus six months is 2024-12-30: the first bar shown is the first after it.
    int expected = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        expected += bars.date(i) > QDate(2024, 12, 30) ? 1 : 0;
    }
    QCOMPARE(chart.visibleCandleCount(), expected);
    QCOMPARE(Ui::CandleChartView::presetBarCount(bars, Preset::SixMonths), expected);
    QCOMPARE(Ui::CandleChartView::presetBarCount(bars, Preset::All), 400);
    chart.setRangePreset(Preset::All);
    QCOMPARE(chart.visibleCandleCount(), 400);
    // A new symbol keeps the chosen preset.
    const BarSeries other = series(300);
    chart.setBars(QStringLiteral("OTHER"), QString(), other);
    QCOMPARE(chart.rangePreset(), Preset::All);
    QCOMPARE(chart.visibleCandleCount(), 300);
}

void TestCandleChartView::dateTicksFollowTheCalendar()
{
    const BarSeries bars = series(500); // about two years of business days
    const auto& days = bars.days();
    const QList<Ui::DateTick> ticks = Ui::dateTicks(days, 0, bars.size() - 1, 10);
    QVERIFY(!ticks.isEmpty());
    QVERIFY(ticks.size() <= 10);
    qsizetype previous = -1;
    for (const Ui::DateTick& tick : ticks) {
        QVERIFY(tick.index > previous);
        previous = tick.index;
        // Every label sits on the first trading day of a new month (quarters at this density).
        const QDate d = bars.date(tick.index);
        const QDate before = bars.date(tick.index - 1);
        QVERIFY2(d.month() != before.month(), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY(!tick.label.isEmpty());
        if (d.month() == 1) {
            QCOMPARE(tick.label, QString::number(d.year()));
        }
    }
}

void TestCandleChartView::dateTicksForFewBars()
{
    const BarSeries bars = series(8);
    const QList<Ui::DateTick> ticks = Ui::dateTicks(bars.days(), 0, bars.size() - 1, 20);
    QCOMPARE(ticks.size(), 8); // every bar labelled when there is room
    QCOMPARE(ticks.first().index, 0);
    QCOMPARE(ticks.first().label, QLocale().toString(bars.date(0), QStringLiteral("d MMM")));
    QVERIFY(Ui::dateTicks(bars.days(), 5, 2, 10).isEmpty());
    QVERIFY(Ui::dateTicks({}, 0, 10, 10).isEmpty());
}

QTEST_MAIN(TestCandleChartView)
#include "TestCandleChartView.moc"
