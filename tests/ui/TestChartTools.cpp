#include <memory>

#include <QChartView>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QtTest>

#include "core/fetch/providers/SyntheticProvider.h"
#include "core/store/AlertRepository.h"
#include "core/store/BarRepository.h"
#include "core/store/DrawingRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/WatchlistRepository.h"
#include "core/tasks/AlertCheck.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/TaskRunner.h"
#include "ui/alerts/AlertsPanel.h"
#include "ui/charts/CandleChartView.h"
#include "ui/charts/DrawingLayer.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/UniverseFilterProxyModel.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/tray/TrayController.h"
#include "ui/watchlists/WatchlistStore.h"
#include "ui/watchlists/WatchlistSwitcher.h"
#include "ui/watchlists/WatchlistsPanel.h"

#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;
using Test::must;

namespace {

Ui::MainWindow::Options testOptions()
{
    return Test::quietWindowOptions(-1);
}

/** The proxy's tickers in row order. */
QStringList shownTickers(const QAbstractItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        out << model->index(row, 0).data(Ui::UniverseTableModel::TickerRole).toString();
    }
    return out;
}

/**
 * Waits until the price pane has settled (studies computed off the GUI thread, axis ranges and layout
 * applied): positions taken before that can map to other prices once the last update lands.
 */
void waitForSettledChart(Ui::CandleChartView* chart, Ui::DrawingLayer* layer)
{
    QTRY_VERIFY(chart->studiesReady());
    QPoint last(-1, -1);
    QTRY_VERIFY([&] {
        const BarSeries& bars = chart->bars();
        const QPoint now =
            bars.isEmpty() ? QPoint()
                           : layer->viewportPos(bars.size() / 2.0, bars.close()[bars.size() / 2]).toPoint();
        const bool same = now == last;
        last = now;
        return same;
    }());
}

} // namespace

/** Issue 17's chart tools in the main window: watchlists (filter, switching, drag data), drawings, alerts. */
class TestChartTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_chart_tools"));
        m_demo = std::make_unique<Test::TempDatabase>();
        Fetch::SyntheticOptions options;
        options.seed = 7;
        options.days = 120;
        options.endDate = QDate(2025, 6, 30);
        Tasks::TaskKind kind;
        kind.id = QStringLiteral("test-chart-tools");
        kind.build = [options](const Store::DatabasePtr& database,
                               const QJsonObject& params,
                               const QStringList& only) {
            return Tasks::makeLoadPlan(
                database, std::make_shared<Fetch::SyntheticProvider>(options), params, only);
        };
        Tasks::TaskRegistry::add(kind);
        Tasks::TaskContext ctx;
        auto result =
            Tasks::TaskRunner(m_demo->db())
                .start(
                    kind.id, Tasks::loadParams({}, {}, Fetch::demoUniverseName()), Tasks::RunOptions{}, ctx);
        QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().message));
        QVERIFY(result->done > 10);
    }

    void watchlistFiltersTableAndSwitchesChart()
    {
        auto tickers = must(Store::SymbolRepository(*m_demo->db()).tickersWithBars());
        QVERIFY(tickers.size() > 10);
        // Not in ticker order: the list keeps the user's order.
        const QStringList picks{tickers[7], tickers[2]};
        must(Store::WatchlistRepository(*m_demo->db()).add(QStringLiteral("Picks"), picks, true));

        Ui::MainWindow window(m_demo->db(), testOptions());
        window.show();
        auto* table = window.findChild<QTableView*>(QStringLiteral("universeTableView"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), static_cast<int>(tickers.size()));
        Ui::WatchlistStore* store = window.watchlistStore();
        QTRY_VERIFY(store->isLoaded());
        QCOMPARE(store->currentList(), QStringLiteral("Picks"));

        // The panel lists the members in order; "Filter" makes the list the table's filter.
        auto* members = window.findChild<QListWidget*>(QStringLiteral("watchlistMembersListWidget"));
        QVERIFY(members);
        QTRY_COMPARE(members->count(), 2);
        QCOMPARE(members->item(0)->text(), picks[0]);
        auto* filter = window.findChild<QToolButton*>(QStringLiteral("showWatchlistInTableButton"));
        QVERIFY(filter);
        filter->click();
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("universeComboBox"));
        QVERIFY(combo->currentText().contains(QStringLiteral("Picks")));
        QStringList sorted = picks;
        sorted.sort();
        QCOMPARE(shownTickers(table->model()), sorted);

        // An edit shows at once in the filtered table (the store re-reads, the filter follows).
        store->add(QStringLiteral("Picks"), {tickers[4]});
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QVERIFY(shownTickers(table->model()).contains(tickers[4]));
        QTRY_COMPARE(members->count(), 3);

        // Arrow keys in the list switch the chart.
        members->setFocus();
        members->setCurrentRow(0);
        QTRY_COMPARE(window.chartView()->currentTicker(), picks[0]);
        QTest::keyClick(members, Qt::Key_Down);
        QTRY_COMPARE(window.chartView()->currentTicker(), picks[1]);
        // The chart's switcher follows, and its next button walks on (to the third member).
        auto* switcher = window.findChild<Ui::WatchlistSwitcher*>(QStringLiteral("watchlistSwitcher"));
        QVERIFY(switcher);
        QCOMPARE(switcher->symbolCombo()->currentText(), picks[1]);
        window.findChild<QToolButton*>(QStringLiteral("nextSymbolButton"))->click();
        QTRY_COMPARE(window.chartView()->currentTicker(), tickers[4]);
        QTRY_COMPARE(members->currentItem()->text(), tickers[4]);

        // Dragging a table row carries its ticker in the form a watchlist takes.
        const QModelIndex first = table->model()->index(0, 0);
        std::unique_ptr<QMimeData> mime(table->model()->mimeData({first}));
        QCOMPARE(Ui::WatchlistStore::tickersFrom(mime.get()),
                 QStringList{first.data(Ui::UniverseTableModel::TickerRole).toString()});
        QVERIFY(table->model()->flags(first).testFlag(Qt::ItemIsDragEnabled));

        // The row menu's Add to watchlist ▸ lists the lists; a list holding the symbol is checked and
        // disabled, another one takes it.
        {
            store->create(QStringLiteral("Other"));
            QTRY_COMPARE(store->lists().size(), 2);
            store->setCurrentList(QStringLiteral("Picks"));
            QVERIFY(window.selectTicker(tickers[4]));
            QAction* rowAction = nullptr;
            for (QAction* a : table->actions()) {
                rowAction = a->objectName() == QStringLiteral("addToWatchlistRowAction") ? a : rowAction;
            }
            QVERIFY(rowAction && rowAction->menu());
            emit rowAction->menu()->aboutToShow();
            QAction* onPicks = rowAction->menu()->findChild<QAction*>(QStringLiteral("addToWatchlist_Picks"));
            QAction* other = rowAction->menu()->findChild<QAction*>(QStringLiteral("addToWatchlist_Other"));
            QVERIFY(onPicks && other);
            QVERIFY(onPicks->isChecked() && !onPicks->isEnabled());
            QVERIFY(other->isEnabled());
            other->trigger();
            QTRY_COMPARE(store->members(QStringLiteral("Other")), QStringList{tickers[4]});
        }

        // Dropping a row's ticker on the list adds it at the end.
        {
            auto drop = std::make_unique<QMimeData>();
            drop->setData(Ui::WatchlistStore::tickersMimeType(), tickers[9].toUtf8());
            const QPoint at = members->viewport()->rect().center();
            QDragEnterEvent enter(at, Qt::CopyAction, drop.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(members->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent dropped(QPointF(at), Qt::CopyAction, drop.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(members->viewport(), &dropped);
            QTRY_COMPARE(members->count(), 4);
            QCOMPARE(members->item(3)->text(), tickers[9]);
            QCOMPARE(store->members(QStringLiteral("Picks")).constLast(), tickers[9]);
        }

        // Deleting the list drops the filter back to all symbols.
        store->deleteList(QStringLiteral("Picks"));
        QTRY_COMPARE(table->model()->rowCount(), static_cast<int>(tickers.size()));
        QCOMPARE(combo->currentIndex(), 0);
        // The panel moves on to the remaining list.
        QTRY_COMPARE(store->currentList(), QStringLiteral("Other"));
        QTRY_COMPARE(members->count(), 1);
    }

    void drawingsRoundTripMoveAndDelete()
    {
        auto tickers = must(Store::SymbolRepository(*m_demo->db()).tickersWithBars());
        const QString first = tickers[0];
        const QString second = tickers[1];
        Ui::MainWindow window(m_demo->db(), testOptions());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::CandleChartView* chart = window.chartView();
        Ui::DrawingLayer* layer = window.drawingLayer();
        QVERIFY(layer);
        window.showSymbol(first);
        QTRY_COMPARE(chart->currentTicker(), first);
        QTRY_COMPARE(layer->ticker(), first);
        QTRY_VERIFY(layer->isIdle());
        chart->setRangePreset(Ui::CandleChartView::RangePreset::All);
        waitForSettledChart(chart, layer);
        QCOMPARE(layer->drawings().size(), 0);
        QWidget* viewport = layer->view()->viewport();
        const BarSeries& bars = chart->bars();
        const auto n = bars.size();

        // A trend line from the close of bar 20 to the close of bar 80: press, drag, release. With the
        // magnet on, a point a little off the close snaps to it.
        layer->setMagnet(true);
        layer->setTool(Charting::DrawingKind::TrendLine);
        const double c20 = bars.close()[20];
        const double c80 = bars.close()[80];
        const QPoint from = layer->viewportPos(20.2, c20).toPoint();
        const QPoint to = layer->viewportPos(79.8, c80).toPoint();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QCOMPARE(layer->drawings().size(), 1);
        QVERIFY(!layer->tool());
        const Charting::Drawing drawn = layer->drawings().constFirst();
        QCOMPARE(drawn.kind, Charting::DrawingKind::TrendLine);
        QCOMPARE(drawn.a.date, bars.date(20));
        QCOMPARE(drawn.b.date, bars.date(80));
        QCOMPARE(drawn.a.price, c20);
        QCOMPARE(drawn.b.price, c80);
        // A horizontal level with one click, the magnet off: the price under the pointer.
        layer->setMagnet(false);
        layer->setTool(Charting::DrawingKind::HorizontalLine);
        const double level = (bars.high()[50] + bars.low()[50]) / 2.0;
        QTest::mouseClick(viewport, Qt::LeftButton, {}, layer->viewportPos(50.0, level).toPoint());
        QCOMPARE(layer->drawings().size(), 2);
        const double storedLevel = layer->drawings()[1].a.price;
        QVERIFY(std::abs(storedLevel - level) < (bars.high()[50] - bars.low()[50])); // within a pixel's price
        QTRY_VERIFY(layer->isIdle());
        QList<Charting::Drawing> stored = must(Store::DrawingRepository(*m_demo->db()).forSymbol(first));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].a, drawn.a);
        QCOMPARE(stored[0].b, drawn.b);
        const qint64 rowId = stored[0].id;

        // Another symbol shows none; coming back shows the same drawings at the same coordinates.
        window.showSymbol(second);
        QTRY_COMPARE(layer->ticker(), second);
        QTRY_VERIFY(layer->isIdle());
        QCOMPARE(layer->drawings().size(), 0);
        window.showSymbol(first);
        QTRY_COMPARE(layer->ticker(), first);
        QTRY_COMPARE(layer->drawings().size(), 2);
        QCOMPARE(layer->drawings()[0].a, drawn.a);
        QCOMPARE(layer->drawings()[0].b, drawn.b);
        QCOMPARE(layer->drawings()[1].a.price, storedLevel);
        chart->setRangePreset(Ui::CandleChartView::RangePreset::All);
        waitForSettledChart(chart, layer);

        // Move: drag the trend line's middle 10 bars to the right; both points move by 10 bars.
        const QPoint middle = layer->viewportPos(50.0, (c20 + c80) / 2.0).toPoint();
        const QPoint moved = layer->viewportPos(60.0, (c20 + c80) / 2.0).toPoint();
        QTest::mousePress(viewport, Qt::LeftButton, {}, middle);
        QCOMPARE(layer->selectedIndex(), 0);
        QTest::mouseMove(viewport, moved);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, moved);
        QCOMPARE(layer->drawings()[0].a.date, bars.date(30));
        QCOMPARE(layer->drawings()[0].b.date, bars.date(90));
        QTRY_VERIFY(layer->isIdle());
        stored = must(Store::DrawingRepository(*m_demo->db()).forSymbol(first));
        QCOMPARE(stored[0].a.date, bars.date(30));
        QCOMPARE(stored[0].b.date, bars.date(90));
        QCOMPARE(stored[0].id, rowId); // the same row, updated

        // Delete: the selected drawing goes with the Delete key, from the screen and the database.
        QTest::keyClick(layer->view(), Qt::Key_Delete);
        QCOMPARE(layer->drawings().size(), 1);
        QCOMPARE(layer->drawings()[0].kind, Charting::DrawingKind::HorizontalLine);
        QTRY_VERIFY(layer->isIdle());
        stored = must(Store::DrawingRepository(*m_demo->db()).forSymbol(first));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].kind, Charting::DrawingKind::HorizontalLine);

        // The right-click menu: alert here, the drawing under the pointer, Draw ▸, copy price, reset zoom.
        QMenu menu;
        layer->buildContextMenu(&menu, layer->viewportPos(10.0, storedLevel));
        QStringList names;
        for (QAction* a : menu.findChildren<QAction*>()) {
            names << a->objectName();
        }
        for (const char* expected : {"alertHereAction",
                                     "alertAtLevelAction",
                                     "deleteDrawingAction",
                                     "trendToolAction",
                                     "fibToolAction",
                                     "magnetAction",
                                     "copyPriceAction",
                                     "resetZoomAction",
                                     "saveChartImageAction"}) {
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
        }
        // What a right-click shows: one menu, the chart's own with the drawing entries first; copy price and
        // reset zoom once.
        QChartView* pane = window.chartView()->pricePane();
        const QPoint at = layer->viewportPos(10.0, storedLevel).toPoint();
        std::unique_ptr<QMenu> merged(window.chartView()->createContextMenu(pane, at));
        layer->mergeIntoChartMenu(merged.get(), at);
        QStringList top;
        for (QAction* a : merged->actions()) {
            top << (a->menu() ? a->menu()->objectName() : a->objectName());
        }
        QCOMPARE(top.first(), QStringLiteral("alertHereAction"));
        QVERIFY2(top.contains(QStringLiteral("drawMenu")) && top.contains(QStringLiteral("indicatorsAction")),
                 qPrintable(top.join(u',')));
        QCOMPARE(top.count(QStringLiteral("copyPriceAction")), 1);
        QCOMPARE(top.count(QStringLiteral("resetZoomAction")), 1);
        QVERIFY(n > 90);
    }

    void everyDrawingKindIsPlacedAndStored()
    {
        auto tickers = must(Store::SymbolRepository(*m_demo->db()).tickersWithBars());
        const QString ticker = tickers[5];
        Ui::MainWindow window(m_demo->db(), testOptions());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::DrawingLayer* layer = window.drawingLayer();
        window.showSymbol(ticker);
        QTRY_COMPARE(layer->ticker(), ticker);
        QTRY_VERIFY(layer->isIdle());
        window.chartView()->setRangePreset(Ui::CandleChartView::RangePreset::All);
        waitForSettledChart(window.chartView(), layer);
        const BarSeries& bars = window.chartView()->bars();
        QWidget* viewport = layer->view()->viewport();
        layer->setMagnet(true);

        // Two clicks for the two-point kinds (click, move, click); each point snaps to the nearest of
        // the bar's open/high/low/close: just above the high is the high, just below the low the low.
        using Kind = Charting::DrawingKind;
        const double span = bars.high()[40] - bars.low()[40];
        for (Kind kind : {Kind::Ray, Kind::Rectangle, Kind::Fibonacci}) {
            layer->setTool(kind);
            const QPoint a = layer->viewportPos(40.0, bars.high()[40] + span * 0.05).toPoint();
            const QPoint b = layer->viewportPos(70.0, bars.low()[70] - span * 0.05).toPoint();
            QTest::mouseClick(viewport, Qt::LeftButton, {}, a);
            QTest::mouseMove(viewport, b);
            QTest::mouseClick(viewport, Qt::LeftButton, {}, b);
            const Charting::Drawing d = layer->drawings().constLast();
            QCOMPARE(d.kind, kind);
            QCOMPARE(d.a, (Charting::ChartPoint{bars.date(40), bars.high()[40]}));
            QCOMPARE(d.b, (Charting::ChartPoint{bars.date(70), bars.low()[70]}));
        }
        // Escape drops a drawing whose second point is not placed yet.
        layer->setTool(Kind::TrendLine);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, layer->viewportPos(10.0, bars.close()[10]).toPoint());
        QCOMPARE(layer->drawings().size(), 4);
        QTest::keyClick(layer->view(), Qt::Key_Escape);
        QCOMPARE(layer->drawings().size(), 3);
        // One click: a vertical line at the bar; a text note, whose text is asked for.
        layer->setTool(Kind::VerticalLine);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, layer->viewportPos(55.0, bars.close()[55]).toPoint());
        QCOMPARE(layer->drawings().constLast().a.date, bars.date(55));
        layer->setTool(Kind::Text);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, layer->viewportPos(60.0, bars.close()[60]).toPoint());
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QInputDialog*>(QStringLiteral("drawingTextDialog"))));
        dialog->setTextValue(QStringLiteral("earnings"));
        dialog->accept();
        QTRY_COMPARE(layer->drawings().constLast().text, QStringLiteral("earnings"));
        QTRY_VERIFY(layer->isIdle());

        const QList<Charting::Drawing> stored =
            must(Store::DrawingRepository(*m_demo->db()).forSymbol(ticker));
        QCOMPARE(stored.size(), 5);
        const QList<Charting::Drawing> shown = layer->drawings();
        for (int i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].kind, shown[i].kind);
            QCOMPARE(stored[i].a, shown[i].a);
            QCOMPARE(stored[i].b, shown[i].b);
            QCOMPARE(stored[i].text, shown[i].text);
        }
    }

    void drawingsFollowTheSymbolShownWhenTheChartSwitchesInsideItsSignal()
    {
        // A slot connected before the layer's switches the chart again while barsShown(A) is being
        // emitted (what --screenshot-view --symbol does): the layer sees B's signal first, then A's, and
        // must keep B's drawings — the symbol the chart shows.
        Test::TempDatabase t;
        BarSeries a(QStringLiteral("AAA"));
        BarSeries b(QStringLiteral("BBB"));
        for (int i = 0; i < 30; ++i) {
            const QDate d = QDate(2025, 1, 1).addDays(i);
            a.append(Bar{d, 10, 11, 9, 10, kMissing, 100});
            b.append(Bar{d, 20, 21, 19, 20, kMissing, 100});
        }
        must(Store::BarRepository(*t.db()).replaceAll(QStringLiteral("AAA"), a, QStringLiteral("test")));
        must(Store::BarRepository(*t.db()).replaceAll(QStringLiteral("BBB"), b, QStringLiteral("test")));
        Charting::Drawing level;
        level.ticker = QStringLiteral("BBB");
        level.kind = Charting::DrawingKind::HorizontalLine;
        level.a = {QDate(2025, 1, 10), 20.5};
        must(Store::DrawingRepository(*t.db()).save(level));

        QThreadPool pool;
        Ui::CandleChartView chart;
        bool switched = false;
        connect(&chart, &Ui::CandleChartView::barsShown, &chart, [&](const QString& ticker) {
            if (ticker == QStringLiteral("AAA") && !switched) {
                switched = true;
                chart.setBars(QStringLiteral("BBB"), {}, b);
            }
        });
        Ui::DrawingLayer layer(&chart, t.db(), &pool);
        chart.setBars(QStringLiteral("AAA"), {}, a);
        QVERIFY(switched);
        QCOMPARE(chart.currentTicker(), QStringLiteral("BBB"));
        QCOMPARE(layer.ticker(), QStringLiteral("BBB"));
        QTRY_COMPARE(layer.drawings().size(), 1);
        QCOMPARE(layer.drawings()[0].a.price, 20.5);
    }

    void alertCrossingListedAndNotifiedOnce()
    {
        // A symbol of its own with hand-built bars: closes 100, 102.
        Test::TempDatabase t;
        const QString ticker = QStringLiteral("ALRT.NS");
        BarSeries bars(ticker);
        bars.append(Bar{QDate(2025, 1, 2), 99, 101, 98, 100, kMissing, 1000});
        bars.append(Bar{QDate(2025, 1, 3), 100, 103, 99, 102, kMissing, 1000});
        must(Store::BarRepository(*t.db()).replaceAll(ticker, bars, QStringLiteral("test")));

        Ui::MainWindow window(t.db(), testOptions());
        window.show();
        QTRY_COMPARE(window.chartView()->currentTicker(), ticker);
        Ui::AlertsPanel* panel = window.alertsPanel();
        QVERIFY(panel);
        QSignalSpy notified(window.trayController(), &Ui::TrayController::notified);

        // "Alert at this price" from the chart's menu sets one above the last close (102).
        emit window.drawingLayer()->alertRequested(ticker, 105.0);
        QTRY_COMPARE(panel->alerts().size(), 1);
        QCOMPARE(panel->alerts()[0].direction, Alerts::Direction::Above);
        QTRY_COMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 1)->text(), QStringLiteral("≥ 105.00"));
        QCOMPARE(panel->table()->item(0, 2)->text(), QStringLiteral("active"));

        // A data update crosses it: the load's end checks the alerts (here called as the load's finish
        // does), the finished job makes the panel re-read, list it as triggered and notify once.
        Bar cross{QDate(2025, 1, 6), 102, 106, 101, 105.5, kMissing, 1000};
        BarSeries update(ticker);
        update.append(cross);
        must(Store::BarRepository(*t.db()).upsert(ticker, update, QStringLiteral("test")));
        QCOMPARE(must(Tasks::checkPriceAlerts(*t.db(), {ticker})).size(), 1);
        QSignalSpy loaded(panel, &Ui::AlertsPanel::loaded);
        emit window.jobFinished(QStringLiteral("Load"), Ui::JobOutcome{});
        QTRY_COMPARE(notified.count(), 1);
        QVERIFY(notified[0][0].toString().contains(ticker));
        QCOMPARE(notified[0][1].toString(),
                 QStringLiteral("ALRT.NS rose to 105.00 (close 105.50 on 2025-01-06)"));
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(panel->table()->item(0, 2)->text(), QStringLiteral("hit 2025-01-06 · close 105.50"));

        // The next job: the list is read again, no second notification.
        const auto reads = loaded.count();
        emit window.jobFinished(QStringLiteral("Load"), Ui::JobOutcome{});
        QTRY_VERIFY(loaded.count() > reads);
        QCOMPARE(notified.count(), 1);
    }

private:
    std::unique_ptr<Test::TempDatabase> m_demo;
};

QTEST_MAIN(TestChartTools)
#include "TestChartTools.moc"
