#include <cmath>

#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QtTest>

#include "core/features/Momentum.h"
#include "core/features/Studies.h"
#include "core/features/Trend.h"
#include "core/features/Volatility.h"
#include "core/features/Volume.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/market/Resample.h"
#include "ui/charts/CandleChartView.h"
#include "ui/charts/ChartGrid.h"
#include "ui/charts/DateTicks.h"
#include "ui/charts/IndicatorsDialog.h"
#include "ui/charts/PriceScale.h"
#include "ui/common/UiSettings.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Preset = Ui::CandleChartView::RangePreset;

class TestCandleChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noBarsShowsMessage();
    void oneBar();
    void presetsCountTradingDays();
    void dateTicksFollowTheCalendar();
    void dateTicksForFewBars();
    void dateAxisNamesTheYear();
    void everyStudyMatchesTheEngineAtTheCrosshair_data();
    void everyStudyMatchesTheEngineAtTheCrosshair();
    void parameterChangeKeepsThePane();
    void overlaysWidenThePriceRange();
    void studyListsAndTemplates();
    void studiesAreRemembered();
    void weeklyAndMonthlyTimeframes();
    void adjustedOnlyWhereTheSourceAdjusts();
    void logScaleTicks();
    void logScaleAxisLabels();
    void percentScaleStartsAtZero();
    void priceAxisTickCountAtEveryHeight();
    void paneHeightsRememberedAndReset();
    void contextMenuOffersActionsAndHook();
    void chartTypesDrawDifferently();
    void exportsPngAndSvg();
    void indicatorsDialogSearchesAddsAndEdits();
    void compareRebasesAndRelativeStrength();
    void gridLinksTimeAndCrosshair();
    void crosshairLeavesNoTrail();
};

namespace {

BarSeries series(int days, QDate end = QDate(2025, 6, 30))
{
    Fetch::SyntheticOptions options;
    options.days = days;
    options.endDate = end;
    return Fetch::generateSyntheticSeries(QStringLiteral("TEST.DEMO"), options);
}

/** The same bars without the source's adjusted closes (as a CSV without an Adj Close column gives). */
BarSeries unadjusted(const BarSeries& bars)
{
    BarSeries out(bars.ticker());
    for (qsizetype i = 0; i < bars.size(); ++i) {
        Bar b = bars.at(i);
        b.adjClose = kMissing;
        out.append(b);
    }
    return out;
}

Ui::ChartStudy study(const char* text)
{
    return Ui::ChartStudy{*Features::parseStudy(QString::fromLatin1(text)), QColor()};
}

/**
 * The engine's own value for a study, calling the engine function directly (not through
 * Features::computeStudy), so a study routed to the wrong function or parameter fails.
 */
Features::Series engineLine(const Features::StudySpec& s, const BarSeries& b, int line)
{
    using namespace Features;
    const auto& h = b.high();
    const auto& l = b.low();
    const auto& c = b.close();
    const auto& v = b.volume();
    auto n = [&s](size_t i) {
        return static_cast<int>(s.params[i]);
    };
    const Series src = priceSource(b, s.source);
    const QString k = s.key;
    auto times100 = [](Series x) {
        for (double& e : x) {
            e *= 100.0;
        }
        return x;
    };
    if (k == u"sma") {
        return sma(src, n(0));
    }
    if (k == u"ema") {
        return exponentialMovingAverage(src, n(0));
    }
    if (k == u"bb") {
        const Bollinger bb = bollinger(src, n(0), s.params[1]);
        return line == 0 ? bb.upper : line == 1 ? bb.middle : bb.lower;
    }
    if (k == u"vwap") {
        return vwap(c, v, n(0));
    }
    if (k == u"rsi") {
        return rsi(src, n(0));
    }
    if (k == u"macd") {
        const Macd m = macd(src, n(0), n(1), n(2));
        return line == 0 ? m.macd : line == 1 ? m.signal : m.histogram;
    }
    if (k == u"stoch") {
        const Stochastic st = stochastic(h, l, c, n(0), n(1), n(2));
        return line == 0 ? st.slowK : st.slowD;
    }
    if (k == u"willr") {
        return williamsR(h, l, c, n(0));
    }
    if (k == u"cci") {
        return cci(h, l, c, n(0));
    }
    if (k == u"roc") {
        return times100(roc(src, n(0)));
    }
    if (k == u"mom") {
        return momentum(src, n(0));
    }
    if (k == u"adx") {
        const Adx a = adx(h, l, trueRange(h, l, c), n(0));
        return line == 0 ? a.adx : line == 1 ? a.plusDi : a.minusDi;
    }
    if (k == u"atr") {
        return atr(trueRange(h, l, c), n(0));
    }
    if (k == u"atrp") {
        return atrPercent(atr(trueRange(h, l, c), n(0)), c);
    }
    if (k == u"bbpctb") {
        return bollinger(src, n(0), s.params[1]).pctB;
    }
    if (k == u"bbwidth") {
        return bollinger(src, n(0), s.params[1]).width;
    }
    if (k == u"vol") {
        return times100(rollingVolatility(logReturns(c), n(0)));
    }
    if (k == u"hv") {
        return times100(historicalVolatility(logReturns(c), n(0)));
    }
    if (k == u"obv") {
        return obv(c, v);
    }
    if (k == u"mfi") {
        return mfi(h, l, c, v, n(0));
    }
    if (k == u"cmf") {
        return chaikinMoneyFlow(h, l, c, v, n(0));
    }
    if (k == u"avgvol") {
        return averageVolume(v, n(0));
    }
    return {};
}

} // namespace

void TestCandleChartView::initTestCase()
{
    Test::initTestEnvironment();
    QCoreApplication::setApplicationName(QStringLiteral("test_candle_chart"));
}

void TestCandleChartView::init()
{
    // Every test starts from the defaults whatever an earlier one saved.
    QSettings().clear();
}

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
    QCOMPARE(chart.barCount(), 0);
    auto* message = chart.findChild<QLabel*>(QStringLiteral("chartMessageLabel"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("No bars stored for EMPTY")));
    // Interactions on an empty chart are harmless.
    chart.zoomAround(0, 0.5);
    chart.panBy(3);
    chart.setRangePreset(Preset::OneYear);
    chart.setTimeframe(Timeframe::Weekly);
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
    QCOMPARE(chart.barCount(), 1);
    QCOMPARE(chart.visibleCandleCount(), 1);
    QCOMPARE(chart.visibleFrom(), -0.5);
    QCOMPARE(chart.visibleTo(), 0.5);
    chart.zoomAround(0, 0.2);
    chart.panBy(-5);
    QCOMPARE(chart.visibleCandleCount(), 1);
    QVERIFY(!chart.findChild<QLabel*>(QStringLiteral("chartMessageLabel"))->isVisible());
    QTest::qWait(20); // the deferred axis update runs without trouble
    QVERIFY(chart.priceAxisLabels().size() >= 2);
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
    for (qsizetype t = 0; t < ticks.size(); ++t) {
        const Ui::DateTick& tick = ticks[t];
        QVERIFY(tick.index > previous);
        previous = tick.index;
        // Every label sits on the first trading day of a new month (quarters at this density).
        const QDate d = bars.date(tick.index);
        const QDate before = bars.date(tick.index - 1);
        QVERIFY2(d.month() != before.month(), qPrintable(d.toString(Qt::ISODate)));
        if (t == 0) {
            QVERIFY2(tick.label.contains(QString::number(d.year())),
                     qPrintable(tick.label)); // first names its year
        } else if (d.year() != bars.date(ticks[t - 1].index).year()) {
            QCOMPARE(tick.label, QString::number(d.year())); // a new year is named where it begins
        } else {
            QCOMPARE(tick.label, QLocale().toString(d, QStringLiteral("MMM")));
        }
    }
}

void TestCandleChartView::dateTicksForFewBars()
{
    const BarSeries bars = series(8);
    const QList<Ui::DateTick> ticks = Ui::dateTicks(bars.days(), 0, bars.size() - 1, 20);
    QCOMPARE(ticks.size(), 8); // every bar labelled when there is room
    QCOMPARE(ticks.first().index, 0);
    QCOMPARE(ticks.first().label, QLocale().toString(bars.date(0), QStringLiteral("d MMM yyyy")));
    QCOMPARE(ticks[1].label, QLocale().toString(bars.date(1), QStringLiteral("d MMM")));
    QVERIFY(Ui::dateTicks(bars.days(), 5, 2, 10).isEmpty());
    QVERIFY(Ui::dateTicks({}, 0, 10, 10).isEmpty());
}

void TestCandleChartView::dateAxisNamesTheYear()
{
    // The complaint: months without the year, and no label for the first month, until "All".
    Ui::CandleChartView chart;
    chart.resize(1200, 700);
    chart.show();
    const BarSeries bars = series(400); // 2024-01 .. 2025-06
    chart.setBars(bars.ticker(), QString(), bars);
    for (Preset preset : {Preset::SixMonths, Preset::OneYear, Preset::All}) {
        chart.setRangePreset(preset);
        QTRY_VERIFY(!chart.dateAxisLabels().isEmpty());
        QTest::qWait(10);
        const QStringList labels = chart.dateAxisLabels();
        QVERIFY2(labels.first().contains(QRegularExpression(QStringLiteral("\\b20\\d\\d\\b"))),
                 qPrintable(labels.join(u' ')));
    }
    chart.setRangePreset(Preset::OneYear);
    QTest::qWait(10);
    // 2025 begins inside the one-year view: it is labelled "2025".
    QVERIFY2(chart.dateAxisLabels().contains(QStringLiteral("2025")),
             qPrintable(chart.dateAxisLabels().join(u' ')));
}

void TestCandleChartView::everyStudyMatchesTheEngineAtTheCrosshair_data()
{
    QTest::addColumn<QString>("key");
    for (const Features::StudyInfo& info : Features::studyCatalog()) {
        QTest::newRow(info.key) << QString::fromLatin1(info.key);
    }
}

void TestCandleChartView::everyStudyMatchesTheEngineAtTheCrosshair()
{
    // Acceptance 1: every engine indicator plottable with a changed parameter, the value at the crosshair
    // equal to the engine's.
    QFETCH(QString, key);
    const Features::StudyInfo* info = Features::studyInfo(key);
    QVERIFY(info);
    Features::StudySpec spec = *Features::defaultStudy(key);
    for (size_t p = 0; p < spec.params.size(); ++p) {
        spec.params[p] =
            info->params[p].integer ? spec.params[p] + 3 : spec.params[p] * 1.25; // not the default
    }
    if (info->hasSource) {
        spec.source = Features::PriceSource::Hlc3;
    }
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(1000, 800);
    chart.show();
    const BarSeries bars = series(600);
    chart.setBars(bars.ticker(), QString(), bars);
    QSignalSpy computed(&chart, &Ui::CandleChartView::studiesComputed);
    chart.setStudies({Ui::ChartStudy{spec, QColor()}});
    QCOMPARE(chart.studies().size(), 1);
    QCOMPARE(chart.studyPane(0) == nullptr, info->placement == Features::StudyPlacement::Overlay);
    QTRY_VERIFY(chart.studiesReady()); // computed off the GUI thread
    QVERIFY(computed.count() >= 1);

    const qsizetype row = bars.size() - 7;
    chart.setHoverIndex(static_cast<int>(row));
    QCOMPARE(chart.hoverIndex(), static_cast<int>(row));
    const BarSeries shown = bars.adjusted();
    for (int line = 0; line < static_cast<int>(info->lines.size()); ++line) {
        const double expected = engineLine(spec, shown, line)[static_cast<size_t>(row)];
        QVERIFY2(std::isfinite(expected), qPrintable(key));
        QCOMPARE(chart.studyValue(0, line, row), expected);
    }
    // The legend at the crosshair prints the engine's value of the first line.
    const double first = engineLine(spec, shown, 0)[static_cast<size_t>(row)];
    const QString legend = chart.studyLegendText(0);
    QVERIFY2(legend.contains(Features::studyTitle(spec)), qPrintable(legend));
    const bool compact = qstrcmp(info->unit, "shares") == 0;
    if (!compact) {
        const int decimals = std::abs(first) < 1.0 && qstrcmp(info->unit, "price") != 0 ? 4 : 2;
        const QString a = QLocale().toString(first, 'f', 2);
        const QString b = QLocale().toString(first, 'f', decimals);
        QVERIFY2(legend.contains(a) || legend.contains(b), qPrintable(legend + u" / " + a));
    }
}

void TestCandleChartView::parameterChangeKeepsThePane()
{
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(1000, 800);
    chart.show();
    const BarSeries bars = series(300);
    chart.setBars(bars.ticker(), QString(), bars);
    chart.setStudies({study("sma:20"), study("rsi:14"), study("macd")});
    QTRY_VERIFY(chart.studiesReady());
    QChartView* rsiPane = chart.studyPane(1);
    QVERIFY(rsiPane);
    QVERIFY(rsiPane != chart.studyPane(2)); // several panes at once
    chart.updateStudy(1, study("rsi:5"));
    QCOMPARE(chart.studyPane(1), rsiPane); // same pane, same place
    QTRY_VERIFY(chart.studiesReady());
    const qsizetype row = bars.size() - 1;
    QCOMPARE(chart.studyValue(1, 0, row), Features::rsi(bars.adjusted().close(), 5)[size_t(row)]);
    chart.removeStudy(0);
    QCOMPARE(chart.studies().size(), 2);
    QCOMPARE(chart.studyPane(0), rsiPane);
}

void TestCandleChartView::overlaysWidenThePriceRange()
{
    // A slow moving average far from the visible prices must not be cut off: the axis includes it.
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(900, 600);
    chart.show();
    BarSeries bars(QStringLiteral("JUMP"));
    QDate day(2025, 1, 6);
    for (int i = 0; i < 60; ++i) {
        const double c = i < 50 ? 10.0 : 100.0; // a jump from 10 to 100
        bars.append(Bar{day, c, c, c, c, kMissing, 1.0});
        day = day.addDays(day.dayOfWeek() == 5 ? 3 : 1);
    }
    chart.setBars(bars.ticker(), QString(), bars);
    chart.setVisibleRange(54.5, 59.5);
    chart.setStudies({study("sma:40")});
    QTRY_VERIFY(chart.studiesReady());
    QTest::qWait(10);
    // SMA 40 at the last bar: (30 × 10 + 10 × 100) / 40 = 32.5, far under the visible 100s.
    QCOMPARE(chart.studyValue(0, 0, 59), 32.5);
    const QStringList labels = chart.priceAxisLabels();
    QVERIFY2(labels.first().toDouble() < 40.0, qPrintable(labels.join(u' ')));
}

void TestCandleChartView::studyListsAndTemplates()
{
    QString error;
    const auto list = Ui::parseStudyList(u"rsi:14, macd:12:26:9,sma:50:hl2@#112233", &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(1).spec.params, (std::vector<double>{12, 26, 9}));
    QCOMPARE(list->at(2).spec.source, Features::PriceSource::Hl2);
    QCOMPARE(list->at(2).color, QColor(0x11, 0x22, 0x33));
    QCOMPARE(Ui::studyListText(*list), QStringLiteral("rsi:14,macd:12:26:9,sma:50:hl2@#112233"));
    QVERIFY(!Ui::parseStudyList(u"rsi:14,bogus", &error));
    QVERIFY(error.contains(QStringLiteral("bogus")));
    QVERIFY(!Ui::parseStudyList(u"rsi@notacolour", &error));
    QVERIFY(Ui::parseStudyList(u"")->isEmpty());

    Ui::Settings::setChartTemplate(QStringLiteral("Swing"), QStringLiteral("ema:21,rsi:9"));
    Ui::Settings::setChartTemplate(QStringLiteral("a/b"), QStringLiteral("atr"));
    const auto templates = Ui::Settings::chartTemplates();
    QCOMPARE(templates.value(QStringLiteral("Swing")), QStringLiteral("ema:21,rsi:9"));
    QCOMPARE(templates.value(QStringLiteral("a-b")), QStringLiteral("atr"));
    Ui::Settings::removeChartTemplate(QStringLiteral("Swing"));
    QVERIFY(!Ui::Settings::chartTemplates().contains(QStringLiteral("Swing")));
    // A new chart starts with the default template until the user changes its studies.
    Ui::Settings::setChartDefaultTemplate(QStringLiteral("sma:50,cci:30"));
    Ui::CandleChartView chart;
    QCOMPARE(Ui::studyListText(chart.studies()), QStringLiteral("sma:50,cci:30"));
}

void TestCandleChartView::studiesAreRemembered()
{
    {
        // The fixed studies of before issue 17 carry over.
        QSettings().setValue(QStringLiteral("chart/overlays"), QStringList{QStringLiteral("ma20")});
        QSettings().setValue(QStringLiteral("chart/indicatorPane"), QStringLiteral("macd"));
        Ui::CandleChartView chart;
        QCOMPARE(Ui::studyListText(chart.studies()), QStringLiteral("sma:20,macd:12:26:9"));
        chart.setStudies({study("ema:9"), study("mfi:10")});
        chart.setTimeframe(Timeframe::Monthly);
        chart.setChartType(Ui::ChartType::Line);
        chart.setPriceScale(Ui::PriceScale::Log);
    }
    Ui::CandleChartView again;
    QCOMPARE(Ui::studyListText(again.studies()), QStringLiteral("ema:9,mfi:10"));
    QCOMPARE(again.timeframe(), Timeframe::Monthly);
    QCOMPARE(again.chartType(), Ui::ChartType::Line);
    QCOMPARE(again.priceScale(), Ui::PriceScale::Log);
    // A chart that does not persist (a second chart, a screenshot) leaves the settings alone.
    Ui::CandleChartView extra(nullptr, false);
    QVERIFY(extra.studies().isEmpty());
    extra.setStudies({study("atr")});
    QCOMPARE(Ui::Settings::chartStudies(), QStringLiteral("ema:9,mfi:10"));
}

void TestCandleChartView::weeklyAndMonthlyTimeframes()
{
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(900, 600);
    chart.show();
    const BarSeries bars = series(300);
    chart.setBars(bars.ticker(), QStringLiteral("Test"), bars);
    QSignalSpy options(&chart, &Ui::CandleChartView::optionsChanged);
    chart.setTimeframe(Timeframe::Weekly);
    QCOMPARE(options.count(), 1);
    const BarSeries weekly = resample(bars.adjusted(), Timeframe::Weekly);
    QCOMPARE(chart.barCount(), weekly.size());
    QCOMPARE(chart.bars().days(), weekly.days());
    QCOMPARE(chart.bars().close(), weekly.close());
    auto* title = chart.findChild<QLabel*>(QStringLiteral("chartTitleLabel"));
    QVERIFY(title->text().contains(QStringLiteral("Weekly")));
    // Every weekly bar is dated on a weekday (its week's last trading day).
    for (qsizetype i = 0; i < chart.barCount(); ++i) {
        QVERIFY(chart.barDate(static_cast<int>(i)).dayOfWeek() <= 5);
    }
    chart.setStudies({study("rsi:3")});
    QTRY_VERIFY(chart.studiesReady());
    const qsizetype last = chart.barCount() - 1;
    QCOMPARE(chart.studyValue(0, 0, last), Features::rsi(weekly.close(), 3)[size_t(last)]);
    chart.setTimeframe(Timeframe::Monthly);
    QCOMPARE(chart.barCount(), resample(bars.adjusted(), Timeframe::Monthly).size());
    QVERIFY(!chart.studiesReady() || chart.studyValue(0, 0, 0) != chart.studyValue(0, 0, 0)); // recomputing
    QTRY_VERIFY(chart.studiesReady());
}

void TestCandleChartView::adjustedOnlyWhereTheSourceAdjusts()
{
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(900, 600);
    auto* title = chart.findChild<QLabel*>(QStringLiteral("chartTitleLabel"));
    const BarSeries bars = series(60);
    chart.setBars(bars.ticker(), QString(), bars);
    QVERIFY(chart.isAdjusted());
    QVERIFY(title->text().contains(QStringLiteral("adjusted")));
    chart.setBars(QStringLiteral("RAW"), QString(), unadjusted(bars));
    QVERIFY(!chart.isAdjusted());
    QVERIFY2(!title->text().contains(QStringLiteral("adjusted")), qPrintable(title->text()));
    QVERIFY(title->toolTip().contains(QStringLiteral("no adjusted closes")));
}

void TestCandleChartView::logScaleTicks()
{
    using namespace Ui::PriceTicks;
    // 80 .. 2,000 with room for 6: {1..9} × 10^k gives 13, {1, 2, 5} gives 5.
    QCOMPARE(log(80, 2000, 6), (QList<double>{100, 200, 500, 1000, 2000}));
    QCOMPARE(log(80, 2000, 14),
             (QList<double>{80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 2000}));
    // Six decades with room for 4: every second decade.
    QCOMPARE(log(1, 1e6, 4), (QList<double>{1, 100, 1e4, 1e6}));
    QCOMPARE(log(1, 1e6, 7), (QList<double>{1, 10, 100, 1e3, 1e4, 1e5, 1e6}));
    // 100 .. 120 is too short for powers of ten: nice linear steps instead.
    QCOMPARE(log(100, 120, 5), (QList<double>{100, 105, 110, 115, 120}));
    QVERIFY(log(0, 10, 5).isEmpty());
}

void TestCandleChartView::logScaleAxisLabels()
{
    // A symbol that grew from 10 to 1,000: on a log scale the labels are powers of ten and their
    // 2 and 5 multiples, equally spaced per decade.
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(900, 800);
    chart.show();
    BarSeries bars(QStringLiteral("GROW"));
    QDate day(2020, 1, 6);
    for (int i = 0; i <= 400; ++i) {
        const double c = 10.0 * std::pow(100.0, i / 400.0);
        bars.append(Bar{day, c, c * 1.01, c * 0.99, c, kMissing, 1000.0});
        day = day.addDays(day.dayOfWeek() == 5 ? 3 : 1);
    }
    chart.setBars(bars.ticker(), QString(), bars);
    chart.setRangePreset(Preset::All);
    chart.setPriceScale(Ui::PriceScale::Log);
    QTest::qWait(20);
    const QStringList labels = chart.priceAxisLabels();
    QVERIFY2(labels.contains(QStringLiteral("10")) && labels.contains(QStringLiteral("100")),
             qPrintable(labels.join(u' ')));
    for (const QString& label : labels) {
        const double v = label.toDouble();
        const double mantissa = v / std::pow(10.0, std::floor(std::log10(v)));
        QVERIFY2(std::abs(mantissa - std::round(mantissa)) < 1e-9, qPrintable(label));
    }
    // The crosshair reads prices back through the log scale: the middle of the plot is the geometric mean.
    const QPointF top = chart.positionOf(QPointF(200, 100.0));
    QCOMPARE(chart.valueAt(top).y(), 100.0);
    const double y10 = chart.positionOf(QPointF(0, 10.0)).y();
    const double y100 = chart.positionOf(QPointF(0, 100.0)).y();
    const double y1000 = chart.positionOf(QPointF(0, 1000.0)).y();
    QVERIFY(std::abs((y10 - y100) - (y100 - y1000)) < 1e-6); // equal heights per decade
}

void TestCandleChartView::percentScaleStartsAtZero()
{
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(900, 700);
    chart.show();
    BarSeries bars(QStringLiteral("PCT"));
    QDate day(2025, 1, 6);
    for (int i = 0; i < 40; ++i) {
        const double c = 100.0 + i; // 100 .. 139: +39 %
        bars.append(Bar{day, c, c, c, c, kMissing, 1.0});
        day = day.addDays(day.dayOfWeek() == 5 ? 3 : 1);
    }
    chart.setBars(bars.ticker(), QString(), bars);
    chart.setRangePreset(Preset::All);
    chart.setPriceScale(Ui::PriceScale::Percent);
    QTest::qWait(20);
    const QStringList labels = chart.priceAxisLabels();
    QVERIFY2(labels.contains(QStringLiteral("0%")), qPrintable(labels.join(u' ')));
    for (const QString& label : labels) {
        QVERIFY(label.endsWith(u'%'));
    }
    QVERIFY(labels.last().startsWith(u'+'));
}

void TestCandleChartView::priceAxisTickCountAtEveryHeight()
{
    // The issue: 2–3 price labels in a shrunken pane. Every height gets 2 to 14, about one per 45 px.
    for (double height = 40; height <= 1200; height += 20) {
        const int max = Ui::PriceTicks::maxTicks(height);
        QVERIFY(max >= 2 && max <= 14);
        for (const auto& [lo, hi] :
             {std::pair(987.0, 1612.0), std::pair(0.011, 0.0132), std::pair(1.0, 1.004)}) {
            const QList<double> ticks = Ui::PriceTicks::linear(lo, hi, max);
            QVERIFY2(
                ticks.size() >= 2 && ticks.size() <= std::max(max, 2),
                qPrintable(
                    QStringLiteral("%1 px %2..%3: %4 ticks").arg(height).arg(lo).arg(hi).arg(ticks.size())));
        }
    }
    QCOMPARE(Ui::PriceTicks::linear(987, 1612, 7), (QList<double>{1000, 1100, 1200, 1300, 1400, 1500, 1600}));
    // A real chart with four panes in 700 px still labels its price pane at sensible steps.
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(900, 700);
    chart.show();
    const BarSeries bars = series(300);
    chart.setBars(bars.ticker(), QString(), bars);
    chart.setStudies({study("rsi"), study("macd")});
    QTRY_VERIFY(chart.studiesReady());
    QTest::qWait(20);
    const int priceHeight = chart.paneHeights().first();
    const int labels = static_cast<int>(chart.priceAxisLabels().size());
    QVERIFY2(labels >= std::max(2, priceHeight / 90) && labels <= 14,
             qPrintable(QStringLiteral("%1 labels in %2 px").arg(labels).arg(priceHeight)));
}

void TestCandleChartView::paneHeightsRememberedAndReset()
{
    const BarSeries bars = series(200);
    {
        Ui::CandleChartView chart;
        chart.resize(900, 900);
        chart.setStudies({study("rsi")});
        chart.show();
        chart.setBars(bars.ticker(), QString(), bars);
        QTRY_VERIFY(chart.paneHeights().size() == 3 && chart.paneHeights()[0] > 0);
        QTest::qWait(20);
        const QList<int> heights = chart.paneHeights();
        const int total = heights[0] + heights[1] + heights[2];
        // Volume small by default, the price pane the largest.
        QVERIFY2(heights[1] < total * 0.16, qPrintable(QString::number(heights[1])));
        QVERIFY(heights[0] > heights[2] && heights[2] > heights[1]);
        // The user drags the volume pane taller: remembered by pane.
        auto* splitter = chart.findChild<QSplitter*>(QStringLiteral("chartPaneSplitter"));
        splitter->setSizes({total - 300 - 150, 300, 150});
        emit splitter->splitterMoved(0, 1);
        QCOMPARE(Ui::Settings::chartPaneHeights().value(QStringLiteral("volume")).toInt(), 300);
    }
    {
        Ui::CandleChartView chart;
        chart.resize(900, 900);
        chart.show();
        chart.setBars(bars.ticker(), QString(), bars);
        QTRY_VERIFY(chart.paneHeights().size() == 3 && chart.paneHeights()[1] > 0);
        QTest::qWait(20);
        const QList<int> heights = chart.paneHeights();
        QVERIFY2(std::abs(heights[1] - 300) <= 3, qPrintable(QString::number(heights[1])));
        chart.resetLayout();
        QVERIFY(Ui::Settings::chartPaneHeights().isEmpty());
        const QList<int> reset = chart.paneHeights();
        QVERIFY2(reset[1] < (reset[0] + reset[1] + reset[2]) * 0.16, qPrintable(QString::number(reset[1])));
    }
}

void TestCandleChartView::contextMenuOffersActionsAndHook()
{
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(900, 700);
    chart.show();
    const BarSeries bars = series(120);
    chart.setBars(bars.ticker(), QString(), bars);
    chart.setStudies({study("rsi")});
    QTest::qWait(20);
    QPointF offered;
    QObject::connect(
        &chart, &Ui::CandleChartView::contextMenuRequested, &chart, [&](QPointF value, QMenu* menu) {
            offered = value;
            menu->addAction(QStringLiteral("Alert at this price"))
                ->setObjectName(QStringLiteral("extraAction"));
        });
    const QPoint pos(300, 200);
    std::unique_ptr<QMenu> menu(chart.createContextMenu(chart.pricePane(), pos));
    QStringList names;
    for (QAction* a : menu->actions()) {
        names << a->objectName();
    }
    for (const char* name : {"copyPriceAction",
                             "resetZoomAction",
                             "indicatorsAction",
                             "saveImageAction",
                             "copyImageAction",
                             "extraAction"}) {
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    }
    QCOMPARE(offered, chart.valueAt(pos));
    QVERIFY(offered.y() > 0);
    QCOMPARE(chart.barDate(qRound(offered.x())), bars.date(qRound(offered.x())));
    // In a study pane the menu removes that study.
    std::unique_ptr<QMenu> paneMenu(chart.createContextMenu(chart.studyPane(0), QPoint(300, 40)));
    QAction* remove = paneMenu->findChild<QAction*>(QStringLiteral("removeStudyAction"));
    QVERIFY(remove);
    remove->trigger();
    QVERIFY(chart.studies().isEmpty());
}

void TestCandleChartView::chartTypesDrawDifferently()
{
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(700, 500);
    chart.show();
    const BarSeries bars = series(80);
    chart.setBars(bars.ticker(), QString(), bars);
    QList<QImage> images;
    for (Ui::ChartType type : {Ui::ChartType::Candles,
                               Ui::ChartType::OhlcBars,
                               Ui::ChartType::Line,
                               Ui::ChartType::Area,
                               Ui::ChartType::HeikinAshi}) {
        chart.setChartType(type);
        QTest::qWait(10);
        const QImage image = chart.renderImage();
        QVERIFY(!image.isNull());
        for (const QImage& other : std::as_const(images)) {
            QVERIFY2(image != other, qPrintable(Ui::chartTypeKey(type)));
        }
        images << image;
    }
    // Heikin-Ashi changes only the drawing: the bars (and the legend) stay the real ones.
    QCOMPARE(chart.bars().close(), bars.adjusted().close());
}

void TestCandleChartView::exportsPngAndSvg()
{
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(700, 500);
    chart.show();
    const BarSeries bars = series(80);
    chart.setBars(bars.ticker(), QString(), bars);
    QTest::qWait(10);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(chart.exportImage(dir.filePath(QStringLiteral("c.png")), &error), qPrintable(error));
    QImage png(dir.filePath(QStringLiteral("c.png")));
    QCOMPARE(png.size(), chart.size());
    QVERIFY2(chart.exportImage(dir.filePath(QStringLiteral("c.svg")), &error), qPrintable(error));
    QFile svg(dir.filePath(QStringLiteral("c.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("TEST.DEMO"));
    QVERIFY(!chart.exportImage(dir.filePath(QStringLiteral("c.gif")), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
}

void TestCandleChartView::indicatorsDialogSearchesAddsAndEdits()
{
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(900, 700);
    chart.show();
    const BarSeries bars = series(200);
    chart.setBars(bars.ticker(), QString(), bars);
    chart.showIndicatorsDialog();
    auto* dialog = chart.findChild<Ui::IndicatorsDialog*>();
    QVERIFY(dialog);
    auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("indicatorSearchLineEdit"));
    auto* catalog = dialog->findChild<QListWidget*>(QStringLiteral("indicatorCatalogList"));
    QCOMPARE(catalog->count(), static_cast<int>(Features::studyCatalog().size()));
    search->setText(QStringLiteral("williams"));
    int visible = 0;
    for (int i = 0; i < catalog->count(); ++i) {
        visible += catalog->item(i)->isHidden() ? 0 : 1;
    }
    QCOMPARE(visible, 1);
    dialog->addStudy(QStringLiteral("willr"));
    QCOMPARE(Ui::studyListText(chart.studies()), QStringLiteral("willr:14"));
    auto* period = dialog->findChild<QSpinBox*>(QStringLiteral("periodSpinBox"));
    QVERIFY(period);
    period->setValue(21);
    QCOMPARE(Ui::studyListText(chart.studies()), QStringLiteral("willr:21"));
    QTRY_VERIFY(chart.studiesReady());
    const BarSeries shown = bars.adjusted();
    QCOMPARE(chart.studyValue(0, 0, shown.size() - 1),
             Features::williamsR(shown.high(), shown.low(), shown.close(), 21)[size_t(shown.size() - 1)]);
    dialog->findChild<QPushButton*>(QStringLiteral("removeIndicatorButton"))->click();
    QVERIFY(chart.studies().isEmpty());
}

void TestCandleChartView::compareRebasesAndRelativeStrength()
{
    // The shown symbol closes at 100 + i, the compared one at 200 - i and has no bar on day 30 (its
    // market was closed): that day carries its previous close.
    BarSeries main(QStringLiteral("MAIN"));
    BarSeries other(QStringLiteral("OTHER"));
    QDate day(2025, 1, 6);
    for (int i = 0; i < 60; ++i) {
        const double c = 100.0 + i;
        main.append(Bar{day, c, c, c, c, kMissing, 1.0});
        if (i != 30) {
            const double o = 200.0 - i;
            other.append(Bar{day, o, o, o, o, kMissing, 1.0});
        }
        day = day.addDays(day.dayOfWeek() == 5 ? 3 : 1);
    }
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(1000, 800);
    chart.show();
    QStringList asked;
    chart.setBarsLoader([other](const QString&) -> Result<BarSeries> { return other; });
    chart.setBars(main.ticker(), QString(), main);
    chart.setRangePreset(Preset::All);
    chart.addCompareSymbol(QStringLiteral("OTHER"));
    QCOMPARE(chart.compareSymbols(), QStringList{QStringLiteral("OTHER")});
    QCOMPARE(chart.priceScale(), Ui::PriceScale::Percent); // both read as changes from 0 %
    QTRY_VERIFY(chart.compareReady());
    QCOMPARE(chart.compareChange(0, 0), 0.0);
    QCOMPARE(chart.compareChange(0, 10), (190.0 / 200.0 - 1.0) * 100.0);
    QCOMPARE(chart.compareChange(0, 30), (171.0 / 200.0 - 1.0) * 100.0); // day 29's close carried
    // Rebased at the first visible bar: after a pan, bar 10 is 0 %.
    chart.setVisibleRange(9.5, 59.5);
    QCOMPARE(chart.compareChange(0, 10), 0.0);
    QCOMPARE(chart.compareChange(0, 20), (180.0 / 190.0 - 1.0) * 100.0);

    chart.setBenchmark(QStringLiteral("OTHER"));
    QVERIFY(chart.findChild<QChartView*>(QStringLiteral("relativeStrengthChartView")));
    QTRY_VERIFY(chart.compareReady());
    QCOMPARE(chart.relativeStrength(10), 100.0);
    QCOMPARE(chart.relativeStrength(20), 100.0 * (120.0 / 110.0) / (180.0 / 190.0));
    // Studies added later keep the relative-strength pane at the bottom.
    chart.setStudies({study("rsi")});
    QCOMPARE(chart.studyPane(0) != nullptr, true);
    QTest::qWait(20);
    QCOMPARE(chart.paneHeights().size(), 4);
    chart.setBenchmark(QString());
    QVERIFY(!chart.findChild<QChartView*>(QStringLiteral("relativeStrengthChartView")));
    QVERIFY(std::isnan(chart.relativeStrength(20)));
    chart.removeCompareSymbol(QStringLiteral("OTHER"));
    QVERIFY(chart.compareSymbols().isEmpty());
    QVERIFY(std::isnan(chart.compareChange(0, 20)));

    // A compared series that ended long ago is not carried forward (no flat line after its last bar).
    BarSeries ended(QStringLiteral("ENDED"));
    for (qsizetype i = 0; i < 20; ++i) {
        ended.append(other.at(i));
    }
    chart.setBarsLoader([ended](const QString&) -> Result<BarSeries> { return ended; });
    chart.setRangePreset(Preset::All);
    chart.addCompareSymbol(QStringLiteral("ENDED"));
    QTRY_VERIFY(chart.compareReady());
    QVERIFY(std::isfinite(chart.compareChange(0, 19)));
    QVERIFY(std::isfinite(chart.compareChange(0, 22))); // a few days: carried like a holiday
    QVERIFY(std::isnan(chart.compareChange(0, 40)));
}

void TestCandleChartView::gridLinksTimeAndCrosshair()
{
    // Four charts; the second symbol misses bar 55 of the first (its market was closed that day).
    const BarSeries a = series(200);
    BarSeries b(QStringLiteral("OTHER"));
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i != 55) {
            b.append(a.at(i));
        }
    }
    auto* main = new Ui::CandleChartView(nullptr, false);
    Ui::ChartGrid grid(main);
    grid.setBarsLoader([b](const QString&) -> Result<BarSeries> { return b; });
    grid.resize(1400, 900);
    grid.show();
    main->setBars(a.ticker(), QString(), a);
    grid.setChartCount(4);
    QCOMPARE(grid.chartCount(), 4);
    for (int i = 1; i < 4; ++i) {
        QVERIFY(grid.chart(i) && grid.chart(i)->isVisible());
    }
    grid.setSymbol(1, QStringLiteral("OTHER"));
    QTRY_COMPARE(grid.chart(1)->currentTicker(), QStringLiteral("OTHER"));
    QCOMPARE(grid.chart(1)->barCount(), 199);
    QVERIFY(main->studies() == grid.chart(1)->studies());

    // Linked: the other chart shows the same dates, and its crosshair sits on the same day.
    main->setVisibleRange(49.5, 99.5);
    Ui::CandleChartView* other = grid.chart(1);
    QCOMPARE(other->barDate(static_cast<int>(std::ceil(other->visibleFrom()))), main->barDate(50));
    QCOMPARE(other->barDate(static_cast<int>(std::floor(other->visibleTo()))), main->barDate(99));
    main->setHoverIndex(60);
    QCOMPARE(other->hoverIndex(), 59);
    QCOMPARE(other->barDate(other->hoverIndex()), main->barDate(60));
    other->setHoverIndex(-1);
    QCOMPARE(main->hoverIndex(), -1);

    // Unlinked: each chart keeps its own range.
    grid.setLinked(false);
    const double from = other->visibleFrom();
    main->setVisibleRange(9.5, 39.5);
    QCOMPARE(other->visibleFrom(), from);
    grid.setChartCount(2);
    QVERIFY(!grid.chart(3)->isVisible());
}

void TestCandleChartView::crosshairLeavesNoTrail()
{
    // The plot is kept in a pixmap between frames and a moving crosshair repaints only the strips it
    // uncovers (PlotItem::setCached): what is on screen after the mouse has crossed the chart and left
    // must be the picture a whole repaint gives.
    Ui::CandleChartView chart(nullptr, false);
    chart.resize(1000, 700);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const BarSeries bars = series(3000);
    chart.setBars(bars.ticker(), QString(), bars);
    chart.setStudies({study("sma:20"), study("rsi")});
    chart.setRangePreset(Preset::All);
    QTRY_VERIFY(chart.studiesReady());
    QTest::qWait(200); // the legends' deferred layout too
    QWidget* viewport = chart.pricePane()->viewport();
    for (int i = 0; i < 60; ++i) {
        const QPointF at(viewport->width() * (0.05 + 0.9 * i / 60.0),
                         viewport->height() * (0.2 + 0.09 * (i % 7)));
        QMouseEvent move(
            QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::qWait(2);
    }
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(chart.pricePane(), &leave);
    QTest::qWait(100);
    const QImage onScreen =
        chart.screen()->grabWindow(chart.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    const QImage whole = chart.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(onScreen.size(), whole.size());
    // Up to 2 per channel is the rounding of translucent volume columns blended in the pixmap first.
    int differing = 0;
    for (int y = 0; y < whole.height(); ++y) {
        for (int x = 0; x < whole.width(); ++x) {
            const QRgb a = onScreen.pixel(x, y);
            const QRgb b = whole.pixel(x, y);
            differing += std::abs(qRed(a) - qRed(b)) > 2 || std::abs(qGreen(a) - qGreen(b)) > 2
                                 || std::abs(qBlue(a) - qBlue(b)) > 2
                             ? 1
                             : 0;
        }
    }
    QCOMPARE(differing, 0);
}

QTEST_MAIN(TestCandleChartView)
#include "TestCandleChartView.moc"
