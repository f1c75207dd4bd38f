#include <QAbstractButton>
#include <QAction>
#include <QCandlestickSeries>
#include <QChart>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>
#include <QtTest>

#include "core/fetch/providers/SyntheticProvider.h"
#include "core/store/BarRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/TaskRunner.h"
#include "ui/charts/CandleChartView.h"
#include "ui/charts/ChartGrid.h"
#include "ui/common/UiSettings.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/UniverseFilterProxyModel.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/panels/SymbolDashboard.h"

#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;
using Preset = Ui::CandleChartView::RangePreset;

namespace {

constexpr int DemoDays = 300;

/** Bars dated strictly after the last date minus months (months 0 = all): what a range preset must show. */
int barsWithin(const BarSeries& bars, int months)
{
    if (months == 0) {
        return static_cast<int>(bars.size());
    }
    const QDate cutoff = bars.lastDate().addMonths(-months);
    int n = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        n += bars.date(i) > cutoff ? 1 : 0;
    }
    return n;
}

Ui::MainWindow::Options testOptions()
{
    return Test::quietWindowOptions(-1);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsUniverseAndChart();
    void rangePresetsAndZoom();
    void searchFiltersTable();
    void sortsNumbersWithMissingLast();
    void emptyDatabaseOffersFirstRun();
    void demoOptionLoadsDemoWhenEmpty();
    void firstRunLayoutRestoreAndReset();

private:
    void loadSmallDemo(const Store::DatabasePtr& db);
    QString selectFirstSymbol(Ui::MainWindow& window);

    std::unique_ptr<Test::TempDatabase> m_demo; ///< shared by the tests that only read it
};

void TestMainWindow::initTestCase()
{
    Test::initTestEnvironment();
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    m_demo = std::make_unique<Test::TempDatabase>();
    loadSmallDemo(m_demo->db());
}

void TestMainWindow::loadSmallDemo(const Store::DatabasePtr& db)
{
    Fetch::SyntheticOptions options;
    options.seed = 7;
    options.days = DemoDays;
    options.endDate = QDate(2025, 6, 30);
    // A load kind over a synthetic provider with fixed dates, so counts are independent of today.
    Tasks::TaskKind kind;
    kind.id = QStringLiteral("test-demo");
    kind.build =
        [options](const Store::DatabasePtr& database, const QJsonObject& params, const QStringList& only) {
            return Tasks::makeLoadPlan(
                database, std::make_shared<Fetch::SyntheticProvider>(options), params, only);
        };
    Tasks::TaskRegistry::add(kind);
    Tasks::TaskContext ctx;
    auto result = Tasks::TaskRunner(db).start(
        kind.id, Tasks::loadParams({}, {}, Fetch::demoUniverseName()), Tasks::RunOptions{}, ctx);
    QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->failed, 0);
    QCOMPARE(result->done, static_cast<int>(Fetch::demoSymbols().size()));
}

QString TestMainWindow::selectFirstSymbol(Ui::MainWindow& window)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("universeTableView"));
    if (!table) {
        return {};
    }
    table->sortByColumn(Ui::UniverseTableModel::SymbolColumn, Qt::AscendingOrder);
    table->selectRow(0);
    return table->model()->index(0, 0).data(Ui::UniverseTableModel::TickerRole).toString();
}

void TestMainWindow::showsUniverseAndChart()
{
    Ui::MainWindow window(m_demo->db(), testOptions());
    QSignalSpy ready(&window, &Ui::MainWindow::viewReady);
    window.show();
    const int symbols = static_cast<int>(Fetch::demoSymbols().size());

    auto* table = window.findChild<QTableView*>(QStringLiteral("universeTableView"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), symbols);
    QTRY_VERIFY(ready.count() >= 1); // the first row is selected and drawn without any click

    const QString ticker = selectFirstSymbol(window);
    QVERIFY(!ticker.isEmpty());
    QCOMPARE(ticker, window.universeModel()->rows().first().symbol.ticker); // rows() are ordered by ticker

    auto* chart = window.findChild<Ui::CandleChartView*>(QStringLiteral("candleChartView"));
    QVERIFY(chart);
    QTRY_COMPARE(chart->currentTicker(), ticker);
    QTRY_COMPARE(chart->barCount(), DemoDays);
    QCOMPARE(chart->bars().size(), DemoDays);
    QCOMPARE(chart->bars().volume().size(), size_t(DemoDays));
    QVERIFY(chart->visibleCandleCount() > 0);

    auto bars = Store::BarRepository(*m_demo->db()).load(ticker);
    QVERIFY(bars.has_value());
    QCOMPARE(chart->rangePreset(), Preset::SixMonths);
    QCOMPARE(chart->visibleCandleCount(), barsWithin(*bars, 6));

    // Selecting another row shows that symbol.
    const QString second = table->model()->index(1, 0).data(Ui::UniverseTableModel::TickerRole).toString();
    table->selectRow(1);
    QTRY_COMPARE(chart->currentTicker(), second);
    QCOMPARE(window.selectedTicker(), second);

    // With another tab in front the hidden chart is not reloaded on every switch; showing it loads the
    // symbol selected meanwhile.
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("symbolTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1); // Dashboard
    const QString third = table->model()->index(2, 0).data(Ui::UniverseTableModel::TickerRole).toString();
    QSignalSpy shown(chart, &Ui::CandleChartView::barsShown);
    table->selectRow(2);
    QCOMPARE(window.selectedTicker(), third);
    QTest::qWait(200);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(chart->currentTicker(), second);
    tabs->setCurrentIndex(0); // the Chart tab (the chart grid)
    QTRY_COMPARE(chart->currentTicker(), third);
    QCOMPARE(chart->barCount(), DemoDays);

    // Status bar names the database.
    auto* dbLabel = window.findChild<QLabel*>(QStringLiteral("databasePathLabel"));
    QVERIFY(dbLabel);
    QCOMPARE(dbLabel->text(), m_demo->db()->path());
}

void TestMainWindow::rangePresetsAndZoom()
{
    Ui::MainWindow window(m_demo->db(), testOptions());
    window.show();
    QTRY_VERIFY(window.universeModel()->rowCount() > 0);
    const QString ticker = selectFirstSymbol(window);
    auto* chart = window.chartView();
    QTRY_COMPARE(chart->currentTicker(), ticker);
    QTRY_COMPARE(chart->barCount(), DemoDays);
    auto bars = Store::BarRepository(*m_demo->db()).load(ticker);
    QVERIFY(bars.has_value());

    auto click = [&](const char* name) {
        auto* button = chart->findChild<QToolButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(button->isChecked());
    };
    click("range1YButton");
    QCOMPARE(chart->rangePreset(), Preset::OneYear);
    QCOMPARE(chart->visibleCandleCount(), barsWithin(*bars, 12));
    click("range1MButton");
    QCOMPARE(chart->visibleCandleCount(), barsWithin(*bars, 1));
    click("range3MButton");
    QCOMPARE(chart->visibleCandleCount(), barsWithin(*bars, 3));
    click("rangeAllButton");
    QCOMPARE(chart->visibleCandleCount(), DemoDays);
    QCOMPARE(chart->visibleFrom(), -0.5);
    QCOMPARE(chart->visibleTo(), DemoDays - 0.5);

    // Zooming in around the last bar keeps it in view and halves the span; the preset becomes custom.
    chart->zoomAround(chart->visibleTo(), 0.5);
    QCOMPARE(chart->rangePreset(), Preset::Custom);
    QCOMPARE(chart->visibleTo(), DemoDays - 0.5);
    QCOMPARE(chart->visibleCandleCount(), DemoDays / 2);
    for (const char* name :
         {"range1MButton", "range3MButton", "range6MButton", "range1YButton", "rangeAllButton"}) {
        QVERIFY(!chart->findChild<QToolButton*>(QString::fromLatin1(name))->isChecked());
    }
    // Panning left moves the window, never past the first bar.
    chart->panBy(-10);
    QCOMPARE(chart->visibleTo(), DemoDays - 10.5);
    chart->panBy(-100000);
    QCOMPARE(chart->visibleFrom(), -0.5);
    QCOMPARE(chart->visibleCandleCount(), DemoDays / 2);

    // The mouse wheel zooms in the price pane.
    auto* pane = chart->findChild<QWidget*>(QStringLiteral("priceChartView"));
    QVERIFY(pane);
    auto* viewport = qobject_cast<QAbstractScrollArea*>(pane)->viewport();
    const QPointF centre(viewport->width() / 2.0, viewport->height() / 2.0);
    const int before = chart->visibleCandleCount();
    QWheelEvent wheel(centre,
                      viewport->mapToGlobal(centre),
                      QPoint(),
                      QPoint(0, 240),
                      Qt::NoButton,
                      Qt::NoModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(chart->visibleCandleCount() < before);

    // Moving the mouse over the plot puts the crosshair on a bar; leaving removes it.
    QMouseEvent move(
        QEvent::MouseMove, centre, viewport->mapToGlobal(centre), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(chart->hoverIndex() >= 0);
    QVERIFY(chart->hoverIndex() >= std::ceil(chart->visibleFrom()));
    QVERIFY(chart->hoverIndex() <= std::floor(chart->visibleTo()));

    // Double-click returns to the last preset chosen (All).
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QCOMPARE(chart->rangePreset(), Preset::All);
    QCOMPARE(chart->visibleCandleCount(), DemoDays);

    // The price axis fits the visible bars: every visible low/high is inside it.
    click("range3MButton");
    QTRY_VERIFY(!chart->priceChart()->axes(Qt::Vertical).isEmpty());
    auto* yAxis = qobject_cast<QValueAxis*>(chart->priceChart()->axes(Qt::Vertical).constFirst());
    QVERIFY(yAxis);
    const BarSeries adjusted = bars->adjusted();
    double lo = 1e300;
    double hi = -1e300;
    for (qsizetype i = adjusted.size() - barsWithin(*bars, 3); i < adjusted.size(); ++i) {
        lo = std::min(lo, adjusted.low()[static_cast<size_t>(i)]);
        hi = std::max(hi, adjusted.high()[static_cast<size_t>(i)]);
    }
    const auto fitsVisibleBars = [&] {
        return yAxis->min() <= lo && yAxis->max() >= hi && yAxis->min() > lo - (hi - lo) * 0.2
               && yAxis->max() < hi + (hi - lo) * 0.2;
    };
    QTRY_VERIFY(fitsVisibleBars());
}

void TestMainWindow::searchFiltersTable()
{
    Ui::MainWindow window(m_demo->db(), testOptions());
    window.show();
    const QList<Symbol> demo = Fetch::demoSymbols();
    QTRY_COMPARE(window.universeModel()->rowCount(), static_cast<int>(demo.size()));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QAbstractItemModel* proxy = window.universeTable()->model();

    auto expectedFor = [&](const QString& text) {
        int n = 0;
        for (const Symbol& s : demo) {
            n += (s.ticker.contains(text, Qt::CaseInsensitive) || s.name.contains(text, Qt::CaseInsensitive)
                  || s.sector.contains(text, Qt::CaseInsensitive))
                     ? 1
                     : 0;
        }
        return n;
    };

    // By a ticker, by part of a name (lower case), by a sector, and by nothing that exists.
    const QStringList queries = {demo.first().ticker,
                                 demo.at(3).name.left(5).toLower(),
                                 demo.at(5).sector,
                                 QStringLiteral("no-such-symbol-xyz")};
    for (const QString& query : queries) {
        search->clear();
        QTest::keyClicks(search, query);
        const int expected = expectedFor(query);
        QCOMPARE(proxy->rowCount(), expected);
        if (query.startsWith(QStringLiteral("no-such"))) {
            QCOMPARE(expected, 0);
        } else {
            QVERIFY(expected >= 1);
        }
    }
    search->clear();
    QCOMPARE(proxy->rowCount(), static_cast<int>(demo.size()));

    // A search starts at the left edge (where the symbols are), wherever the table was scrolled.
    QTableView* table = window.universeTable();
    table->resize(300, table->height()); // narrower than its columns: a horizontal scroll exists
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QTest::keyClicks(search, demo.first().ticker.left(2));
    QCOMPARE(table->horizontalScrollBar()->value(), 0);

    // No ticker is cut: the Symbol column is as wide as the widest one.
    int widest = 0;
    for (const Symbol& s : demo) {
        widest = std::max(widest, table->fontMetrics().horizontalAdvance(s.ticker));
    }
    QVERIFY(table->columnWidth(Ui::UniverseTableModel::SymbolColumn) > widest);

    // The header's menu hides a column; the Symbol column cannot be hidden.
    QHeaderView* header = table->horizontalHeader();
    QVERIFY(header->contextMenuPolicy() == Qt::CustomContextMenu);

    // The row menu acts on the selected symbol.
    search->clear();
    const QString ticker = selectFirstSymbol(window);
    QStringList names;
    for (QAction* a : table->actions()) {
        names << a->objectName();
    }
    for (const char* name : {"openChartRowAction",
                             "openDashboardRowAction",
                             "pipelineRowAction",
                             "trainRowAction",
                             "copyTickerRowAction",
                             "exportRowsAction"}) {
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    }
    table->findChild<QAction*>(QStringLiteral("openDashboardRowAction"))->trigger();
    QCOMPARE(window.symbolTabs()->currentWidget(), static_cast<QWidget*>(window.dashboard()));
    table->findChild<QAction*>(QStringLiteral("copyTickerRowAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), ticker);
}

void TestMainWindow::sortsNumbersWithMissingLast()
{
    Ui::UniverseTableModel model;
    Ui::UniverseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QList<Store::SymbolRow> rows;
    auto row = [](const char* ticker, double close, qint64 barCount) {
        Store::SymbolRow r;
        r.symbol.ticker = QString::fromLatin1(ticker);
        r.lastClose = close;
        r.barCount = barCount;
        return r;
    };
    rows << row("B", 100.0, 10) << row("A", kMissing, 0) << row("C", 9.5, 3) << row("D", 1000.0, 5);
    model.setRows(rows);

    auto order = [&] {
        QStringList tickers;
        for (int i = 0; i < proxy.rowCount(); ++i) {
            tickers << proxy.index(i, 0).data(Ui::UniverseTableModel::TickerRole).toString();
        }
        return tickers.join(u',');
    };
    // Numeric, not text order ("1000" < "9.5" as text); the missing close is last both ways.
    proxy.sort(Ui::UniverseTableModel::LastCloseColumn, Qt::AscendingOrder);
    QCOMPARE(order(), QStringLiteral("C,B,D,A"));
    proxy.sort(Ui::UniverseTableModel::LastCloseColumn, Qt::DescendingOrder);
    QCOMPARE(order(), QStringLiteral("D,B,C,A"));
    proxy.sort(Ui::UniverseTableModel::BarsColumn, Qt::DescendingOrder);
    QCOMPARE(order(), QStringLiteral("B,D,C,A"));
    proxy.sort(Ui::UniverseTableModel::SymbolColumn, Qt::AscendingOrder);
    QCOMPARE(order(), QStringLiteral("A,B,C,D"));
    // Missing values display as empty cells, not 0 or NaN.
    QCOMPARE(proxy.index(0, Ui::UniverseTableModel::LastCloseColumn).data().toString(), QString());
}

void TestMainWindow::emptyDatabaseOffersFirstRun()
{
    Test::TempDatabase empty;
    Ui::MainWindow::Options options = testOptions();
    options.offerFirstRun = true;
    options.quiet = false; // as a user runs it: a run that went well must not pop up a box
    Ui::MainWindow window(empty.db(), options);
    QSignalSpy firstRun(&window, &Ui::MainWindow::firstRunRequested);
    QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
    window.show();

    QTRY_COMPARE(firstRun.count(), 1);
    auto* dialog = window.findChild<Ui::FirstRunDialog*>(QStringLiteral("firstRunDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible()); // opened with open(): the event loop (and this test) keeps running
    QCOMPARE(dialog->choice(), Ui::FirstRunDialog::Choice::Demo);
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("nifty500RadioButton")));
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("sp500RadioButton")));

    // Accepting the default loads the offline demo in the background; the window stays usable.
    dialog->accept();
    QVERIFY(window.jobRunner()->isRunning() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
    QCOMPARE(outcome.failed, 0);
    // Said in the status bar (and the tray), not in a box to click away.
    QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("jobSummaryMessageBox")));
    QVERIFY2(window.statusBar()->currentMessage().contains(outcome.summary.section(u'\n', 0, 0)),
             qPrintable(window.statusBar()->currentMessage() + QStringLiteral(" / ") + outcome.summary));
    QTRY_COMPARE(window.universeModel()->rowCount(), static_cast<int>(Fetch::demoSymbols().size()));
    QTRY_VERIFY(window.chartView()->barCount() > 0);
    QCOMPARE(firstRun.count(), 1); // offered once only
}

void TestMainWindow::demoOptionLoadsDemoWhenEmpty()
{
    Test::TempDatabase empty;
    Ui::MainWindow::Options options = testOptions();
    options.loadDemoIfEmpty = true;
    options.offerFirstRun = true; // --demo wins over the first-run dialog
    Ui::MainWindow window(empty.db(), options);
    QSignalSpy firstRun(&window, &Ui::MainWindow::firstRunRequested);
    QSignalSpy ready(&window, &Ui::MainWindow::viewReady);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000);
    QCOMPARE(window.universeModel()->rowCount(), static_cast<int>(Fetch::demoSymbols().size()));
    QVERIFY(window.chartView()->visibleCandleCount() > 0);
    QCOMPARE(firstRun.count(), 0);
}

void TestMainWindow::firstRunLayoutRestoreAndReset()
{
    // Issue 17: the chart owns the window on first run; the layout is remembered (also the chart grid);
    // View ▸ Reset layout.
    QSettings().clear();
    const QStringList tickers = Test::must(Store::SymbolRepository(*m_demo->db()).tickersWithBars());
    QVERIFY(tickers.size() >= 4);
    Ui::MainWindow::Options options = testOptions();
    options.persistState = true;
    {
        Ui::MainWindow window(m_demo->db(), options);
        QVERIFY(window.windowState().testFlag(Qt::WindowMaximized)); // no saved geometry: maximised
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QDockWidget* dock :
             {window.operationsDock(), window.logDock(), window.statusDock(), window.modelsDock()}) {
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName())); // tabbed and closed
            QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        }
        window.showOperations();
        window.showLog();
        QVERIFY(window.logDock()->isVisible());
        QVERIFY(window.tabifiedDockWidgets(window.operationsDock()).contains(window.logDock())); // tabbed
        window.operationsDock()->hide();
        // The grid: four charts, unlinked, the other charts' own symbols and timeframes.
        Ui::ChartGrid* grid = window.chartGrid();
        QCOMPARE(grid->chartCount(), 1);
        grid->setChartCount(4);
        grid->setLinked(false);
        grid->setSymbol(1, tickers[1]);
        grid->setSymbol(2, tickers[2]);
        grid->chart(2)->setTimeframe(Timeframe::Weekly);
        grid->setSymbol(3, tickers[3]);
        grid->chart(3)->setTimeframe(Timeframe::Monthly);
        QTRY_COMPARE(grid->chart(3)->currentTicker(), tickers[3]);
        window.close(); // saves the layout
    }
    {
        Ui::MainWindow window(m_demo->db(), options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.logDock()->isVisible()); // restored
        Ui::ChartGrid* grid = window.chartGrid();
        QCOMPARE(grid->chartCount(), 4);
        QVERIFY(!grid->isLinked());
        QVERIFY(!window.findChild<QAbstractButton*>(QStringLiteral("linkChartsCheckBox"))->isChecked());
        QVERIFY(window.findChild<QAbstractButton*>(QStringLiteral("chartCount4Button"))->isChecked());
        const Timeframe timeframes[] = {
            Timeframe::Daily, Timeframe::Daily, Timeframe::Weekly, Timeframe::Monthly};
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(grid->symbol(i), tickers[i]);
            QTRY_COMPARE(grid->chart(i)->currentTicker(), tickers[i]); // its bars read again
            QCOMPARE(grid->chart(i)->timeframe(), timeframes[i]);
            QTRY_VERIFY(grid->chart(i)->barCount() > 0);
        }
        // A weekly chart shows weekly bars: fewer than the daily ones.
        QVERIFY(grid->chart(2)->barCount() < grid->chart(1)->barCount());
        grid->setChartCount(1); // remembered too: the next start shows one chart
        QCOMPARE(Ui::Settings::chartGrid().count, 1);
        QCOMPARE(Ui::Settings::chartGrid().symbols.size(), 3); // the others wait for 2 or 4 again
        window.logDock()->setFloating(true);
        Ui::Settings::setChartPaneHeights({{QStringLiteral("volume"), 400}});
        window.findChild<QAction*>(QStringLiteral("resetLayoutAction"))->trigger();
        QVERIFY(!window.logDock()->isVisible());
        QVERIFY(!window.logDock()->isFloating());
        QCOMPARE(window.dockWidgetArea(window.logDock()), Qt::BottomDockWidgetArea);
        QVERIFY(window.windowState().testFlag(Qt::WindowMaximized));
        QVERIFY(Ui::Settings::chartPaneHeights().isEmpty());
        window.close();
    }
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
