#include <QAbstractButton>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QtTest>

#include "core/features/Momentum.h"
#include "core/features/Studies.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/store/BarRepository.h"
#include "core/store/DrawingRepository.h"
#include "core/store/HourlyBarRepository.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/TaskRunner.h"
#include "ui/charts/CandleChartView.h"
#include "ui/charts/ChartGrid.h"
#include "ui/charts/DateTicks.h"
#include "ui/charts/DrawingLayer.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/panels/TopPredictionsPanel.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

const QString Btc = QStringLiteral("BTCUSDT");
const QString Tcs = QStringLiteral("TCS.NS");

qint64 utc(int day, int hour)
{
    return QDateTime(QDate(2023, 7, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

Ui::MainWindow::Options testOptions()
{
    Ui::MainWindow::Options options;
    options.persistState = false;
    options.quiet = true;
    options.offerFirstRun = false;
    options.startScheduler = false;
    options.tray = Ui::MainWindow::Options::Tray::Off;
    return options;
}

/** Waits until chart shows ticker with its studies and axes in place. */
void waitForChart(Ui::CandleChartView* chart, const QString& ticker)
{
    QTRY_COMPARE(chart->currentTicker(), ticker);
    QTRY_VERIFY(chart->barCount() > 0 && chart->studiesReady());
    QTest::qWait(50); // the coalesced range update
}

bool hourlyChoiceEnabled(Ui::CandleChartView* chart)
{
    auto* combo = chart->findChild<QComboBox*>(QStringLiteral("timeframeComboBox"));
    const int i = combo->findData(timeframeKey(Timeframe::Hourly));
    return combo->model()->flags(combo->model()->index(i, 0)).testFlag(Qt::ItemIsEnabled);
}

} // namespace

/**
 * The 60-minute timeframe (issues 17 and 21): the hour ticks, a chart of the stored hourly bars read by
 * the main window with the legend's values equal to the stored bar at the crosshair, daily bars for a
 * symbol without hours, drawings that keep their hours apart from the daily ones, and the Top
 * predictions view opening the hourly chart.
 */
class TestHourlyChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void hourTicksNameHoursDaysAndYears();
    void chartShowsTheStoredHours();
    void symbolWithoutHoursShowsDays();
    void drawingsKeepTheirHours();
    void topPredictionsOpensTheHourlyChart();

private:
    std::unique_ptr<Test::TempDatabase> m_db;
};

void TestHourlyChart::initTestCase()
{
    Test::initTestEnvironment();
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_hourly_chart"));
    m_db = std::make_unique<Test::TempDatabase>();
    // The fixture pairs as `fetch --provider csv:DIR` loads them: 72 hours each from 2023-07-01 00:00 UTC,
    // with the daily bars derived from them; and an NSE symbol with daily bars only.
    Tasks::TaskContext ctx;
    const Tasks::RunResult load =
        must(Tasks::TaskRunner(m_db->db())
                 .start(QStringLiteral("load"),
                        Tasks::loadParams(QStringLiteral("csv:")
                                          + Test::dataPath(QStringLiteral("crypto/hourly"))),
                        Tasks::RunOptions{},
                        ctx));
    QCOMPARE(load.done, 3);
    Fetch::SyntheticOptions options;
    options.days = 120;
    options.endDate = QDate(2023, 7, 3);
    must(Store::BarRepository(*m_db->db())
             .replaceAll(Tcs, Fetch::generateSyntheticSeries(Tcs, options), QStringLiteral("test")));
}

void TestHourlyChart::hourTicksNameHoursDaysAndYears()
{
    // 30 Dec 2023 20:00 to 1 Jan 2024 04:00 UTC, one bar an hour (33 bars), in UTC.
    std::vector<qint64> times;
    const qint64 start = QDateTime(QDate(2023, 12, 30), QTime(20, 0), Qt::UTC).toSecsSinceEpoch();
    for (int h = 0; h < 33; ++h) {
        times.push_back(start + h * 3600);
    }
    // Room for 6 labels: every 6 hours (1 h would be 32, 2 h 16, 3 h 11 labels).
    QList<Ui::DateTick> ticks = Ui::hourTicks(times, 0, 32, 6);
    QStringList labels;
    QList<qsizetype> at;
    for (const Ui::DateTick& t : ticks) {
        labels << t.label;
        at << t.index;
    }
    // The first names its day and year; a new day its date; the new year its year.
    QCOMPARE(labels,
             (QStringList{QStringLiteral("31 Dec 2023"),
                          QStringLiteral("06:00"),
                          QStringLiteral("12:00"),
                          QStringLiteral("18:00"),
                          QStringLiteral("2024")}));
    QCOMPARE(at, (QList<qsizetype>{4, 10, 16, 22, 28}));
    // Two labels' room: days (midnights), from the daily steps.
    ticks = Ui::hourTicks(times, 0, 32, 2);
    QCOMPARE(ticks.size(), 2);
    QCOMPARE(ticks[0].index, 4);
    QCOMPARE(ticks[1].label, QStringLiteral("2024"));
    // A view starting inside a day: its first label says the day, year and hour.
    ticks = Ui::hourTicks(times, 1, 8, 10);
    QCOMPARE(ticks.first().index, 1);
    QCOMPARE(ticks.first().label, QStringLiteral("30 Dec 2023 21:00"));
    // Local seconds: 03:45 UTC is 09:15 in India (UTC+05:30), labelled as such.
    const qint64 ist = 19800;
    const std::vector<qint64> nse{utc(3, 3) + 2700 + ist, utc(3, 4) + 2700 + ist, utc(3, 5) + 2700 + ist};
    ticks = Ui::hourTicks(nse, 0, 2, 10);
    QCOMPARE(ticks.size(), 2);
    QCOMPARE(ticks[0].label, QStringLiteral("3 Jul 2023 10:15"));
    QCOMPARE(ticks[1].label, QStringLiteral("11:15"));
    QCOMPARE(Ui::localDate(utc(3, 20) + ist), QDate(2023, 7, 4));
    QVERIFY(Ui::hourTicks({}, 0, 3, 5).isEmpty());
    // December 2023 hour by hour in a narrow chart (3 labels): four Mondays are too many and no month
    // begins in view, so every second Monday is labelled.
    std::vector<qint64> december;
    for (int h = 0; h < 31 * 24; ++h) {
        december.push_back(QDateTime(QDate(2023, 12, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + h * 3600);
    }
    ticks = Ui::hourTicks(december, 1, 30 * 24 - 1, 3);
    QCOMPARE(ticks.size(), 2);
    QCOMPARE(ticks[0].label, QStringLiteral("4 Dec 2023"));
    QCOMPARE(ticks[1].label, QStringLiteral("18 Dec"));
}

void TestHourlyChart::chartShowsTheStoredHours()
{
    Ui::MainWindow window(m_db->db(), testOptions());
    QSignalSpy ready(&window, &Ui::MainWindow::viewReady);
    window.resize(1500, 950);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000);
    Ui::CandleChartView* chart = window.chartView();
    chart->setTimeframe(Timeframe::Hourly);
    chart->setStudies({Ui::ChartStudy{*Features::parseStudy(QStringLiteral("rsi:14")), QColor()}});
    window.showSymbol(Btc);
    waitForChart(chart, Btc);

    const HourlySeries stored = must(Store::HourlyBarRepository(*m_db->db()).load(Btc));
    QCOMPARE(stored.size(), 72);
    QCOMPARE(chart->shownTimeframe(), Timeframe::Hourly);
    QVERIFY(chart->isIntraday());
    QCOMPARE(chart->barCount(), 72);
    QCOMPARE(chart->barTimes(), stored.times());
    QVERIFY(hourlyChoiceEnabled(chart));
    const QString title = chart->findChild<QLabel*>(QStringLiteral("chartTitleLabel"))->text();
    QVERIFY2(title.contains(QStringLiteral("60 min, UTC")), qPrintable(title));
    QCOMPARE(chart->hourlyBarCount(), 72);

    // Every stored hour drawn as a candle; three days of hours fit 6-hourly labels with dates at midnight.
    chart->setRangePreset(Ui::CandleChartView::RangePreset::All);
    QTRY_COMPARE(chart->visibleCandleCount(), 72);
    QTest::qWait(50);
    const QStringList dates = chart->dateAxisLabels();
    QVERIFY2(dates.contains(QStringLiteral("2 Jul")) && dates.contains(QStringLiteral("3 Jul"))
                 && dates.contains(QStringLiteral("12:00")),
             qPrintable(dates.join(u'|')));
    QVERIFY2(dates.first().contains(QStringLiteral("2023")), qPrintable(dates.first()));

    // The legend at the crosshair is the stored bar of that hour.
    const int row = 37; // 2023-07-02 13:00 UTC
    QCOMPARE(stored.times()[row], utc(2, 13));
    chart->setHoverIndex(row);
    const QString legend = chart->legendText();
    QVERIFY2(legend.startsWith(QStringLiteral("Sun 2 Jul 2023 13:00")), qPrintable(legend));
    const QLocale locale;
    for (const auto& [caption, value] : {std::pair{"O", stored.open()[row]},
                                         std::pair{"H", stored.high()[row]},
                                         std::pair{"L", stored.low()[row]},
                                         std::pair{"C", stored.close()[row]}}) {
        const QString expected = QString::fromLatin1(caption) + u' ' + locale.toString(value, 'f', 2);
        QVERIFY2(legend.contains(expected), qPrintable(legend + QStringLiteral(" / ") + expected));
    }
    QCOMPARE(chart->barLabel(row), QStringLiteral("Sun 2 Jul 2023 13:00"));

    // Indicators on the hourly series: RSI 14 over the hours, as the engine computes it.
    const Features::Series rsi = Features::rsi(stored.close(), 14);
    QCOMPARE(chart->studyValue(0, 0, row), rsi[row]);

    // Every chart type draws the hours; comparisons say they need daily bars.
    for (Ui::ChartType type : {Ui::ChartType::OhlcBars,
                               Ui::ChartType::Line,
                               Ui::ChartType::Area,
                               Ui::ChartType::HeikinAshi,
                               Ui::ChartType::Candles}) {
        chart->setChartType(type);
        QCOMPARE(chart->barCount(), 72);
    }
    auto* compare = chart->findChild<QAbstractButton*>(QStringLiteral("compareButton"));
    QVERIFY(!compare->isEnabled());
    QVERIFY(compare->toolTip().contains(QStringLiteral("daily bars")));

    // Daily again: the derived days, at the daily chart's own range.
    chart->setTimeframe(Timeframe::Daily);
    QTRY_COMPARE(chart->barCount(), 3);
    QVERIFY(!chart->isIntraday());
    QVERIFY(compare->isEnabled());
}

void TestHourlyChart::symbolWithoutHoursShowsDays()
{
    Ui::MainWindow window(m_db->db(), testOptions());
    QSignalSpy ready(&window, &Ui::MainWindow::viewReady);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000);
    Ui::CandleChartView* chart = window.chartView();
    chart->setTimeframe(Timeframe::Hourly);
    window.showSymbol(Tcs);
    waitForChart(chart, Tcs);
    // Chosen 60 min, but TCS.NS has no hours: its days, the 60-minute choice disabled and saying why.
    QCOMPARE(chart->timeframe(), Timeframe::Hourly);
    QCOMPARE(chart->shownTimeframe(), Timeframe::Daily);
    QCOMPARE(chart->barCount(), 120);
    QVERIFY(!hourlyChoiceEnabled(chart));
    auto* combo = chart->findChild<QComboBox*>(QStringLiteral("timeframeComboBox"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("daily"));
    QVERIFY(combo->itemData(combo->findData(QStringLiteral("60m")), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("No 60-minute bars stored for TCS.NS")));
    const QString title = chart->findChild<QLabel*>(QStringLiteral("chartTitleLabel"))->text();
    QVERIFY2(title.contains(QStringLiteral("no 60-minute bars stored")), qPrintable(title));
    // The choice is kept: the next symbol with hours shows them.
    window.showSymbol(Btc);
    waitForChart(chart, Btc);
    QTRY_VERIFY(chart->isIntraday());
    QCOMPARE(chart->barCount(), 72);
}

void TestHourlyChart::drawingsKeepTheirHours()
{
    // A daily trend line of BTCUSDT stored before: the 60-minute chart neither shows nor changes it.
    Charting::Drawing daily;
    daily.ticker = Btc;
    daily.kind = Charting::DrawingKind::TrendLine;
    daily.a = {QDate(2023, 7, 1), 30500.0};
    daily.b = {QDate(2023, 7, 3), 31000.0};
    daily.id = must(Store::DrawingRepository(*m_db->db()).save(daily));

    Ui::MainWindow window(m_db->db(), testOptions());
    QSignalSpy ready(&window, &Ui::MainWindow::viewReady);
    window.resize(1500, 950);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000);
    Ui::CandleChartView* chart = window.chartView();
    Ui::DrawingLayer* layer = window.drawingLayer();
    chart->setTimeframe(Timeframe::Hourly);
    window.showSymbol(Btc);
    waitForChart(chart, Btc);
    QTRY_COMPARE(layer->ticker(), Btc);
    QTRY_VERIFY(layer->isIdle());
    QCOMPARE(layer->drawings().size(), 1);
    chart->setRangePreset(Ui::CandleChartView::RangePreset::All);
    QTest::qWait(100);

    // A horizontal level clicked at hour 50 keeps that hour; the daily line is not under the pointer.
    layer->setMagnet(false);
    layer->setTool(Charting::DrawingKind::HorizontalLine);
    QWidget* viewport = layer->view()->viewport();
    const double price = chart->bars().close()[50];
    QTest::mouseClick(viewport, Qt::LeftButton, {}, layer->viewportPos(50.0, price).toPoint());
    QTRY_VERIFY(layer->isIdle());
    QList<Charting::Drawing> stored = must(Store::DrawingRepository(*m_db->db()).forSymbol(Btc));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0], daily);
    QCOMPARE(stored[1].a.time, chart->barTimes()[50]);
    QCOMPARE(stored[1].a.date, QDate(2023, 7, 3));
    QVERIFY(stored[1].isHourly());
    // Back on the chart in the same place after a reload.
    const QPointF at = layer->viewportPos(stored[1].a);
    QVERIFY(std::abs(at.x() - layer->viewportPos(50.0, price).x()) < 1.0);

    // "Delete all" on the 60-minute chart deletes its own drawings only.
    layer->deleteAll();
    QTRY_VERIFY(layer->isIdle());
    stored = must(Store::DrawingRepository(*m_db->db()).forSymbol(Btc));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0], daily);
    must(Store::DrawingRepository(*m_db->db()).remove(daily.id));
}

void TestHourlyChart::topPredictionsOpensTheHourlyChart()
{
    Ui::MainWindow window(m_db->db(), testOptions());
    QSignalSpy ready(&window, &Ui::MainWindow::viewReady);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000);
    Ui::CandleChartView* chart = window.chartView();
    chart->setTimeframe(Timeframe::Daily);
    window.showSymbol(Tcs);
    waitForChart(chart, Tcs);
    window.symbolTabs()->setCurrentIndex(1); // the dashboard
    // Double-clicking a row of the Top predictions view opens that symbol's 60-minute chart.
    emit window.topPredictionsPanel()->symbolActivated(Btc);
    waitForChart(chart, Btc);
    QCOMPARE(window.symbolTabs()->currentWidget(), window.chartGrid());
    QCOMPARE(chart->timeframe(), Timeframe::Hourly);
    QTRY_VERIFY(chart->isIntraday());
    QCOMPARE(chart->barCount(), 72);
}

QTEST_MAIN(TestHourlyChart)
#include "TestHourlyChart.moc"
