#include <cmath>

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

#include "core/features/IndicatorFrame.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "ui/charts/CandleChartView.h"
#include "ui/charts/ChartPane.h"
#include "ui/charts/DateTicks.h"
#include "ui/charts/IndicatorPaneSeries.h"
#include "ui/common/MarketColors.h"
#include "ui/common/UiSettings.h"

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
    void movingAverageOverlayToggles();
    void bollingerOverlayValues();
    void overlaysRememberedAndInLegend();
    void framesOfOtherBarsAreIgnored();
    void rsiPaneHasFixedAxisAndGuides();
    void macdHistogramColouredBySign();
    void paneFollowsZoomAndPan();
    void crosshairReadsStudiesAtHoveredBar();
};

namespace {

BarSeries series(int days, QDate end = QDate(2025, 6, 30))
{
    Fetch::SyntheticOptions options;
    options.days = days;
    options.endDate = end;
    return Fetch::generateSyntheticSeries(QStringLiteral("TEST.DEMO"), options);
}

/** Bars whose closes are 1, 2, …, n (H = C + 0.5, L = C − 0.5), on business days from 2025-01-01. */
BarSeries rampSeries(int n)
{
    BarSeries bars(QStringLiteral("RAMP"));
    QDate day(2025, 1, 1);
    for (int i = 1; i <= n; ++i) {
        while (day.dayOfWeek() > 5) {
            day = day.addDays(1);
        }
        const double c = i;
        bars.append(Bar{day, c, c + 0.5, c - 0.5, c, c, 1000.0 * i});
        day = day.addDays(1);
    }
    return bars;
}

/** Studies off, so every test starts from the defaults whatever an earlier one switched on. */
void resetStudies()
{
    Ui::Settings::setChartOverlays({});
    Ui::Settings::setChartIndicatorPane(QStringLiteral("none"));
}

QString legendText(const QChartView* view)
{
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item)) {
            return text->toPlainText();
        }
    }
    return {};
}

QCategoryAxis* verticalAxis(QChart* chart)
{
    const QList<QAbstractAxis*> axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis*>(axes.first());
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

void TestCandleChartView::movingAverageOverlayToggles()
{
    resetStudies();
    Ui::CandleChartView chart;
    chart.resize(900, 600);
    const BarSeries bars = rampSeries(10);
    chart.setBars(bars.ticker(), QString(), bars, Features::computeIndicators(bars));
    QLineSeries* ma5 = chart.overlaySeries(Ui::PriceOverlay::Ma5).value(0);
    QVERIFY(ma5);
    QVERIFY(!ma5->isVisible());
    QCOMPARE(ma5->count(), 0);

    auto* button = chart.findChild<QToolButton*>(QStringLiteral("overlayMa5Button"));
    QVERIFY(button);
    button->click();
    QVERIFY(chart.isOverlayVisible(Ui::PriceOverlay::Ma5));
    QVERIFY(ma5->isVisible());
    // MA 5 of 1..10: the first full window ends at bar 4 (mean of 1..5 = 3), the last at bar 9 (6..10 = 8).
    // Bars 0..3 have no value and get no point (not a point at 0).
    QCOMPARE(ma5->count(), 6);
    QCOMPARE(ma5->at(0), QPointF(4.0, 3.0));
    QCOMPARE(ma5->at(2), QPointF(6.0, 5.0));
    QCOMPARE(ma5->at(5), QPointF(9.0, 8.0));
    // MA 20 and 50 need more bars than there are: switched on, they draw nothing at all.
    chart.setOverlayVisible(Ui::PriceOverlay::Ma20, true);
    QCOMPARE(chart.overlaySeries(Ui::PriceOverlay::Ma20).value(0)->count(), 0);

    button->click();
    QVERIFY(!chart.isOverlayVisible(Ui::PriceOverlay::Ma5));
    QVERIFY(!ma5->isVisible());
    QCOMPARE(ma5->count(), 0);
    QCOMPARE(Ui::Settings::chartOverlays(), QStringList{QStringLiteral("ma20")});
}

void TestCandleChartView::bollingerOverlayValues()
{
    resetStudies();
    Ui::CandleChartView chart;
    chart.resize(900, 600);
    const BarSeries bars = rampSeries(25);
    chart.setBars(bars.ticker(), QString(), bars, Features::computeIndicators(bars));
    chart.findChild<QToolButton*>(QStringLiteral("overlayBollingerButton"))->click();
    const QList<QLineSeries*> lines = chart.overlaySeries(Ui::PriceOverlay::Bollinger);
    QCOMPARE(lines.size(), 3);
    // Bars 0..19 hold 1..20: mean 10.5, population sd sqrt((20² − 1)/12) = sqrt(33.25); bands ± 2 sd.
    // Every window of 20 consecutive integers has the same sd; the last (6..25) has mean 15.5.
    const double sd = std::sqrt(33.25);
    const double expected[3][2] = {
        {10.5 + 2 * sd, 15.5 + 2 * sd}, {10.5, 15.5}, {10.5 - 2 * sd, 15.5 - 2 * sd}};
    for (int k = 0; k < 3; ++k) {
        QLineSeries* line = lines[k];
        QVERIFY(line->isVisible());
        QCOMPARE(line->count(), 6); // bars 19..24
        QCOMPARE(line->at(0).x(), 19.0);
        QVERIFY(std::abs(line->at(0).y() - expected[k][0]) < 1e-9);
        QCOMPARE(line->at(5).x(), 24.0);
        QVERIFY(std::abs(line->at(5).y() - expected[k][1]) < 1e-9);
    }
    chart.setOverlayVisible(Ui::PriceOverlay::Bollinger, false);
    for (QLineSeries* line : lines) {
        QCOMPARE(line->count(), 0);
    }
}

void TestCandleChartView::overlaysRememberedAndInLegend()
{
    resetStudies();
    const BarSeries bars = rampSeries(10);
    const Features::IndicatorFrame frame = Features::computeIndicators(bars);
    {
        Ui::CandleChartView chart;
        chart.setBars(bars.ticker(), QString(), bars, frame);
        chart.setOverlayVisible(Ui::PriceOverlay::Ma5, true);
    }
    Ui::CandleChartView chart;
    chart.resize(900, 600);
    chart.show();
    QVERIFY(chart.isOverlayVisible(Ui::PriceOverlay::Ma5));
    QVERIFY(chart.findChild<QToolButton*>(QStringLiteral("overlayMa5Button"))->isChecked());
    chart.setBars(bars.ticker(), QString(), bars, frame);
    QCOMPARE(chart.overlaySeries(Ui::PriceOverlay::Ma5).value(0)->count(), 6);
    // Without hover the legend shows the last bar: close 10, MA 5 = 8.
    const QString legend = legendText(chart.findChild<QChartView*>(QStringLiteral("priceChartView")));
    QVERIFY2(legend.contains(QStringLiteral("MA 5 8.00")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("C 10.00")), qPrintable(legend));
}

void TestCandleChartView::framesOfOtherBarsAreIgnored()
{
    resetStudies();
    Ui::Settings::setChartOverlays({QStringLiteral("ma5")});
    Ui::Settings::setChartIndicatorPane(QStringLiteral("rsi"));
    Ui::CandleChartView chart;
    chart.resize(900, 600);
    const BarSeries bars = rampSeries(30);
    // A frame of 20 rows for 30 bars would put every value at the wrong date: the chart draws none.
    chart.setBars(bars.ticker(), QString(), bars, Features::computeIndicators(rampSeries(20)));
    QCOMPARE(chart.candleSeries()->count(), 30);
    QCOMPARE(chart.overlaySeries(Ui::PriceOverlay::Ma5).value(0)->count(), 0);
    QVERIFY(chart.indicatorSeries().lines().isEmpty());
    // Bars without a frame (an older caller) behave the same.
    chart.setBars(bars.ticker(), QString(), bars);
    QCOMPARE(chart.overlaySeries(Ui::PriceOverlay::Ma5).value(0)->count(), 0);
    resetStudies();
}

void TestCandleChartView::rsiPaneHasFixedAxisAndGuides()
{
    resetStudies();
    Ui::CandleChartView chart;
    chart.resize(900, 700);
    chart.show();
    const BarSeries bars = series(120);
    const Features::IndicatorFrame frame = Features::computeIndicators(bars);
    chart.setBars(bars.ticker(), QString(), bars, frame);
    auto* pane = chart.findChild<QChartView*>(QStringLiteral("indicatorChartView"));
    QVERIFY(pane);
    QVERIFY(!pane->isVisible());

    auto* combo = chart.findChild<QComboBox*>(QStringLiteral("indicatorPaneComboBox"));
    QVERIFY(combo);
    combo->setCurrentIndex(static_cast<int>(Ui::IndicatorPane::Rsi));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(Ui::indicatorPaneKey(chart.indicatorPane()), QStringLiteral("rsi"));
    QCOMPARE(Ui::Settings::chartIndicatorPane(), QStringLiteral("rsi"));
    QVERIFY(pane->isVisible());

    // RSI 14 (Wilder) needs 14 changes: the first value is at bar 14, every value in [0, 100].
    const QList<QLineSeries*> lines = chart.indicatorSeries().lines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0]->count(), 120 - 14);
    QCOMPARE(lines[0]->at(0).x(), 14.0);
    QCOMPARE(lines[0]->at(0).y(), frame.value(Features::Column::Rsi14, 14));
    for (const QPointF& p : lines[0]->points()) {
        QVERIFY(p.y() >= 0.0 && p.y() <= 100.0);
    }
    // Guides at 30 and 70 across every bar; the axis is 0–100 whatever the visible values are.
    const QList<QLineSeries*> guides = chart.indicatorSeries().guides();
    QCOMPARE(guides.size(), 2);
    QCOMPARE(guides[0]->points(), (QList<QPointF>{{-0.5, 30.0}, {119.5, 30.0}}));
    QCOMPARE(guides[1]->points(), (QList<QPointF>{{-0.5, 70.0}, {119.5, 70.0}}));
    QCategoryAxis* y = verticalAxis(chart.indicatorChart());
    QVERIFY(y);
    QTRY_COMPARE(y->max(), 100.0);
    QCOMPARE(y->min(), 0.0);
    QCOMPARE(y->categoriesLabels(), (QStringList{QStringLiteral("30"), QStringLiteral("70")}));
    chart.setRangePreset(Ui::CandleChartView::RangePreset::OneMonth);
    QTest::qWait(20);
    QCOMPARE(y->min(), 0.0);
    QCOMPARE(y->max(), 100.0);
    const QString legend = legendText(pane);
    QVERIFY2(legend.startsWith(QStringLiteral("RSI 14")), qPrintable(legend));

    chart.setIndicatorPane(Ui::IndicatorPane::None);
    QVERIFY(!pane->isVisible());
    QVERIFY(chart.indicatorSeries().lines().isEmpty());
    QVERIFY(chart.indicatorSeries().guides().isEmpty());
    QCOMPARE(Ui::Settings::chartIndicatorPane(), QStringLiteral("none"));
}

void TestCandleChartView::macdHistogramColouredBySign()
{
    resetStudies();
    Ui::CandleChartView chart;
    chart.resize(900, 700);
    const BarSeries bars = series(200);
    const Features::IndicatorFrame frame = Features::computeIndicators(bars);
    chart.setIndicatorPane(Ui::IndicatorPane::Macd);
    chart.setBars(bars.ticker(), QString(), bars, frame);
    QCOMPARE(chart.indicatorSeries().lines().size(), 2);  // MACD and signal
    QCOMPARE(chart.indicatorSeries().guides().size(), 1); // the zero line
    QCandlestickSeries* histogram = chart.indicatorSeries().histogram();
    QVERIFY(histogram);
    // MACD 12/26 starts at bar 25, its signal (EMA 9 seeded with an SMA) at bar 33: so does the histogram.
    const Features::Series& hist = frame[Features::Column::MacdHist];
    QVERIFY(std::isnan(hist[32]));
    QCOMPARE(histogram->count(), 200 - 33);
    int positive = 0;
    int negative = 0;
    for (QCandlestickSet* set : histogram->sets()) {
        const double h = hist[size_t(set->timestamp())];
        QCOMPARE(set->close(), h);
        QCOMPARE(set->open(), 0.0);
        const QColor expected = h > 0.0 ? Ui::MarketColors::up() : Ui::MarketColors::down();
        QCOMPARE(set->brush().color().rgb(), expected.rgb());
        (h > 0.0 ? positive : negative) += 1;
    }
    QVERIFY(positive > 0 && negative > 0); // the synthetic series has both
    QCOMPARE(chart.indicatorSeries().lines()[0]->at(0).x(), 25.0);
    QCOMPARE(chart.indicatorSeries().lines()[1]->at(0).x(), 33.0);
    resetStudies();
}

void TestCandleChartView::paneFollowsZoomAndPan()
{
    resetStudies();
    Ui::CandleChartView chart;
    chart.resize(900, 700);
    chart.show();
    const BarSeries bars = series(300);
    chart.setIndicatorPane(Ui::IndicatorPane::Stochastic);
    chart.setBars(bars.ticker(), QString(), bars, Features::computeIndicators(bars));
    auto xRangesMatch = [&chart] {
        for (QChart* c : {chart.priceChart(), chart.volumeChart(), chart.indicatorChart()}) {
            for (QAbstractAxis* axis : c->axes(Qt::Horizontal)) {
                auto* x = qobject_cast<QValueAxis*>(axis);
                if (!x || x->min() != chart.visibleFrom() || x->max() != chart.visibleTo()) {
                    return false;
                }
            }
        }
        return true;
    };
    QTRY_VERIFY(xRangesMatch());
    chart.zoomAround(250.0, 0.5);
    QCOMPARE(chart.rangePreset(), Ui::CandleChartView::RangePreset::Custom);
    QTRY_VERIFY(xRangesMatch());
    chart.panBy(-40);
    QTRY_VERIFY(xRangesMatch());
    QVERIFY(chart.visibleTo() < 299.5);
    // Dates are labelled under the bottom pane only.
    auto* indicatorDates =
        qobject_cast<QCategoryAxis*>(chart.indicatorChart()->axes(Qt::Horizontal).value(1));
    auto* volumeDates = qobject_cast<QCategoryAxis*>(chart.volumeChart()->axes(Qt::Horizontal).value(1));
    QVERIFY(indicatorDates && volumeDates);
    QVERIFY(indicatorDates->labelsVisible());
    QVERIFY(!volumeDates->labelsVisible());
    QVERIFY(!indicatorDates->categoriesLabels().isEmpty());
    // Stochastic: 0–100 with guides at 20 and 80.
    QCategoryAxis* y = verticalAxis(chart.indicatorChart());
    QCOMPARE(y->categoriesLabels(), (QStringList{QStringLiteral("20"), QStringLiteral("80")}));
    resetStudies();
}

void TestCandleChartView::crosshairReadsStudiesAtHoveredBar()
{
    resetStudies();
    Ui::Settings::setChartOverlays({QStringLiteral("ma5")});
    Ui::Settings::setChartIndicatorPane(QStringLiteral("rsi"));
    Ui::CandleChartView chart;
    chart.resize(900, 700);
    chart.show();
    const BarSeries bars = rampSeries(30);
    chart.setBars(bars.ticker(), QString(), bars, Features::computeIndicators(bars));
    chart.setRangePreset(Ui::CandleChartView::RangePreset::All);
    auto* price =
        static_cast<Ui::detail::ChartPane*>(chart.findChild<QChartView*>(QStringLiteral("priceChartView")));
    auto* pane = static_cast<Ui::detail::ChartPane*>(
        chart.findChild<QChartView*>(QStringLiteral("indicatorChartView")));
    QTRY_COMPARE(chart.visibleTo(), 29.5);
    auto hover = [](Ui::detail::ChartPane* target, int bar) {
        const QPointF pos(target->xOf(bar), target->plotRect().center().y());
        QMouseEvent move(QEvent::MouseMove,
                         pos,
                         target->viewport()->mapToGlobal(pos),
                         Qt::NoButton,
                         Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &move);
    };
    // Bar 6 closes at 7; its MA 5 is the mean of 3..7 = 5; RSI 14 has no value yet (a dash, not 0).
    hover(price, 6);
    QCOMPARE(chart.hoverIndex(), 6);
    QString legend = legendText(price);
    QVERIFY2(legend.contains(QStringLiteral("C 7.00")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("MA 5 5.00")), qPrintable(legend));
    QVERIFY2(legendText(pane).contains(QStringLiteral("—")), qPrintable(legendText(pane)));
    // Bar 20, hovered in the indicator pane: every change of a rising ramp is a gain, so RSI is 100.
    hover(pane, 20);
    QCOMPARE(chart.hoverIndex(), 20);
    QVERIFY2(legendText(pane).contains(QStringLiteral("100.00")), qPrintable(legendText(pane)));
    QVERIFY(legendText(price).contains(QStringLiteral("MA 5 19.00")));
    resetStudies();
}

QTEST_MAIN(TestCandleChartView)
#include "TestCandleChartView.moc"
