#pragma once

#include <functional>

#include <QMainWindow>
#include <QPointer>
#include <QThreadPool>

#include "core/store/Database.h"
#include "core/tasks/TaskRunner.h"
#include "ui/charts/tiles/AnalysisLoader.h"
#include "ui/mainwindow/JobRunner.h"
#include "ui/models/UniverseSnapshot.h"
#include "ui/tasks/TaskLaunchers.h"

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace Tessera::Store {
struct ScheduleEntry;
} // namespace Tessera::Store

namespace Tessera::Tasks {
class Scheduler;
using Store::ScheduleEntry;
} // namespace Tessera::Tasks

namespace Tessera::Ui {

class AlertsPanel;
class CandleChartView;
class DrawingLayer;
class ChartGrid;
class LogPanel;
class ModelsPanel;
class TopPredictionsPanel;
class PicksPanel;
class ScoreboardPanel;
class SymbolCallsPanel;
class ScreensPanel;
class BacktestWindow;
class PortfolioView;
class PortfolioChartLayer;
class OrderTicketDialog;
class CrossSectionPanel;
class OperationsPanel;
class PredictionsPanel;
class SchedulerDialog;
class StatusPanel;
class SymbolDashboard;
class TaskProgressPanel;
class TrayController;
class UniverseFilterProxyModel;
class UniverseTableModel;
class WatchlistStore;
class WatchlistsPanel;

/**
 * The Tessera main window: the universe table (search, sort, universe/sector/tag filters) on the
 * left, the selected symbol's candlestick chart on the right, and docks for the operations view
 * (task buttons, live progress, run history), the engine's log and the system status. Menus for
 * imports, task runs, the scheduler and settings; the running job's progress also in the status bar.
 *
 * It owns the JobRunner (one writing job at a time, queued), the core Scheduler (its due entries
 * become queued jobs with trigger "schedule") and the tray controller. At start-up it marks runs a
 * dead process left running as interrupted (a housekeeping job under the write lock) and offers to
 * resume them in the operations view.
 *
 * Threading: every database read runs on a small private pool (table snapshot, a symbol's bars, run
 * history, status) and comes back through QFuture::then(this, …); writing jobs run in JobRunner under
 * the write lock. The Scheduler is a GUI-thread object by design (a few rows per query); apart from
 * it the GUI thread runs no SQL. Results that arrive after a newer request are dropped.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool loadDemoIfEmpty = false;  ///< --demo: when no bars are stored, load the offline demo first
        bool offerFirstRun = true;     ///< when no symbols are stored, open the first-run dialog
        bool persistState = true;      ///< restore and save geometry, splitter and table state (QSettings)
        bool restoreChartGrid = false; ///< without persistState: show the saved chart grid, save nothing
        bool quiet = false;            ///< no summary message boxes (--screenshot)
        bool startScheduler = true;    ///< start the scheduler's clock (tests and screenshots turn it off)
        bool recoverInterrupted =
            true; ///< mark runs a dead process left running as interrupted; offer resume
        /** Whether closing keeps Tessera in the tray: Auto = when the desktop has a tray; On = always
         * (tests). */
        enum class Tray
        {
            Auto,
            Off,
            On,
        } tray = Tray::Auto;
        int maxWorkers = -1; ///< worker threads of task runs; -1 = the Tasks setting (0 there = one per core)
        /** Stored analyses for the dashboard and the verdict columns; empty = the store's (see buildUi). */
        AnalysisLoader analysisLoader;
        AnalysisSummaryLoader analysisSummaries;
    };

    explicit MainWindow(Store::DatabasePtr db, Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTableView* universeTable() const { return m_table; }
    UniverseTableModel* universeModel() const { return m_model; }
    UniverseFilterProxyModel* universeProxy() const { return m_proxy; }
    CandleChartView* chartView() const { return m_chart; }
    /** The Chart tab: the main chart and up to three more (View ▸ Charts). */
    ChartGrid* chartGrid() const { return m_chartGrid; }
    SymbolDashboard* dashboard() const { return m_dashboard; }
    /** The right-hand tabs about the selected symbol (chart first; panels add theirs). */
    QTabWidget* symbolTabs() const { return m_symbolTabs; }
    /** The pool every database read of the window and its panels runs on. */
    QThreadPool* readPool() { return &m_readPool; }
    JobRunner* jobRunner() const { return m_jobs; }
    OperationsPanel* operationsPanel() const { return m_operations; }
    LogPanel* logPanel() const { return m_log; }
    StatusPanel* statusPanel() const { return m_status; }
    /** The "Predictions" tab of the selected symbol. */
    PredictionsPanel* predictionsPanel() const { return m_predictions; }
    ModelsPanel* modelsPanel() const { return m_models; }
    TopPredictionsPanel* topPredictionsPanel() const { return m_topPredictions; }
    Tasks::Scheduler* scheduler() const { return m_scheduler; }
    TrayController* trayController() const { return m_tray; }
    /** The scheduler editor while it is open. */
    SchedulerDialog* schedulerDialog() const;
    QDockWidget* operationsDock() const { return m_operationsDock; }
    QDockWidget* logDock() const { return m_logDock; }
    QDockWidget* statusDock() const { return m_statusDock; }
    QDockWidget* modelsDock() const { return m_modelsDock; }
    // Issue 17 (chart drawings, alerts, watchlists).
    WatchlistStore* watchlistStore() const { return m_watchlists; }
    WatchlistsPanel* watchlistsPanel() const { return m_watchlistsPanel; }
    QDockWidget* watchlistsDock() const { return m_watchlistsDock; }
    DrawingLayer* drawingLayer() const { return m_drawings; }
    AlertsPanel* alertsPanel() const { return m_alerts; }
    QDockWidget* alertsDock() const { return m_alertsDock; }
    QDockWidget* topPredictionsDock() const { return m_topPredictionsDock; }
    QDockWidget* crossSectionDock() const { return m_crossSectionDock; }
    PicksPanel* picksPanel() const { return m_picks; }
    QDockWidget* picksDock() const { return m_picksDock; }
    ScreensPanel* screensPanel() const { return m_screensPanel; }
    PortfolioView* portfolioView() const { return m_portfolio; }
    QDockWidget* portfolioDock() const { return m_portfolioDock; }
    PortfolioChartLayer* portfolioLayer() const { return m_portfolioLayer; }
    /** Opens the order ticket (issue 19) for ticker (empty: blank), side 0 buy / 1 sell, limit price (0:
     * market). */
    OrderTicketDialog* openOrderTicket(const QString& ticker = {}, int side = 0, double price = 0);
    QDockWidget* screensDock() const { return m_screensDock; }
    ScoreboardPanel* scoreboardPanel() const { return m_scoreboard; }
    QDockWidget* scoreboardDock() const { return m_scoreboardDock; }
    SymbolCallsPanel* symbolCallsPanel() const { return m_symbolCalls; }
    /** Issue 16: the Backtests window (Tools ▸ Backtests…), created on first use, shown and raised. */
    BacktestWindow* showBacktests();
    CrossSectionPanel* crossSectionPanel() const { return m_crossSection; }
    /** The options task runs get now (worker count from the options or the Tasks setting). */
    Tasks::RunOptions runOptions(const QString& trigger = QStringLiteral("manual")) const;
    const Store::DatabasePtr& database() const { return m_db; }

    /** The ticker of the selected table row, or empty. */
    QString selectedTicker() const;
    /** Selects ticker's row if the filters show it; returns whether it did. */
    bool selectTicker(const QString& ticker);
    /** Every ticker in the universe table (for "did you mean" answers to a mistyped symbol). */
    QStringList tableTickers() const;
    /** Shows ticker's chart: selects its row when the filters show it, else charts it without a row. */
    void showSymbol(const QString& ticker);

public slots:
    /** Re-reads the universe table, filters and status from the database (View ▸ Refresh, F5). */
    void refresh();
    /** Imports a bundled list (names, sectors), then loads its daily bars from Yahoo Finance: two queued
     * jobs. */
    void importListAndLoadFromYahoo(const QString& bundledId, const QString& title);
    void loadOfflineDemo();
    void importTickersFile();
    void importUniverseCsv();
    void importCsvFolder();
    void showSettings();
    void showAbout();

    /** Queues a task run the user asked for (operations view, Tools ▸ Run, tray). */
    void startTask(const Tessera::Ui::TaskRequest& request);
    void resumeRun(qint64 runId);
    void retryFailedRun(qint64 runId);
    /** Tools ▸ Scheduler…: opens (or raises) the non-modal scheduler editor. */
    void showScheduler();
    /** Shows and raises a dock. */
    void showOperations();
    void showLog();
    void showStatusView();
    void showModels();
    /** View ▸ Reset layout: docks tabbed and closed, default table width and chart pane heights, maximised.
     */
    void resetLayout();
    /** Shows the selected symbol's predictions tab. */
    void showPredictions();
    /** Really quits (File ▸ Quit, the tray's Quit), also when closing would only hide to the tray. */
    void quit();

signals:
    /** The database has no symbols; the first-run dialog is opening (when Options::offerFirstRun). */
    void firstRunRequested();
    /** The selected symbol changed (or was re-read after a job); panels load their data for it. */
    void currentSymbolChanged(const QString& ticker);
    /** The table holds a fresh snapshot. */
    void universeLoaded(int symbolCount);
    /** The table is filled and the selected symbol's chart is drawn, or there is nothing to draw. */
    void viewReady();
    /** Reading the database or a started job failed; the message is for the user. */
    void loadFailed(const QString& message);
    void jobFinished(const QString& title, const Tessera::Ui::JobOutcome& outcome);
    /** The start-up check found interrupted runs with work left (newest first). */
    void interruptedRunsFound(const QList<qint64>& runIds);
    /** Closing hid the window in the tray instead of closing it. */
    void hiddenToTray();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    /** The universe table's row menu: open chart/dashboard, run pipeline/train for the symbol, copy. */
    void installRowActions();
    /** The universe table header's menu: which columns show (saved with the header state). */
    void showTableHeaderMenu(const QPoint& pos);
    /** Widens the Symbol column to the widest ticker shown, so none is cut. */
    void fitSymbolColumn();
    void buildUi();
    void buildDocks();
    /** The default dock layout: tabbed at the bottom, closed. */
    void arrangeDocks();
    void buildScreenDocks(const std::function<QDockWidget*(QWidget*, const QString&, const QString&)>& dock);
    void applyDefaultSplitter();
    /** What the train dialog offers: universes, tags, symbols with bars, the table's selection. */
    void fillLaunchContext(LaunchContext& context) const;
    void buildMenus();
    void buildTray();
    void startScheduler();
    void updateNextRun();
    void runScheduled(const Tasks::ScheduleEntry& entry, const QDateTime& scheduledAt);
    void recoverInterruptedRuns();
    void toggleWindow();
    void restoreUiState();
    void saveUiState();

    void applySnapshot(UniverseSnapshot snapshot);
    void updateFilterCombos();
    void applyFilters();
    /**
     * The user chose a universe in the filter: a crypto one gets seed 001's schedule entries
     * (Tasks::cryptoDefaultSchedule) unless it had them before; the status bar says what was added.
     */
    void scheduleCryptoDefaultsOfChosenUniverse();
    void updateStatus();
    void onSelectionChanged();
    void loadBars(const QString& ticker);
    /** Reads ticker's bars and studies on the read pool into the chart (loadBars, or the Chart tab shown). */
    void readChartBars(const QString& ticker);
    void openFirstRunDialog();

    /** Queues a job (it starts at once when the runner is free). */
    void startJob(const QString& title, JobFunction job, JobOrigin origin = JobOrigin::User);
    void enqueueJob(Job job);
    void onJobStarted(const JobInfo& job);
    void onJobFinished(const JobInfo& job, const JobOutcome& outcome);
    void onJobFailed(const JobInfo& job, const QString& message);
    void setWriteActionsEnabled(bool enabled);

    Store::DatabasePtr m_db;
    Options m_options;
    QThreadPool m_readPool;
    UniverseSnapshot m_snapshot;

    UniverseTableModel* m_model = nullptr;
    UniverseFilterProxyModel* m_proxy = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_universeCombo = nullptr;
    QComboBox* m_sectorCombo = nullptr;
    QComboBox* m_tagCombo = nullptr;
    QComboBox* m_verdictCombo = nullptr;
    QTableView* m_table = nullptr;
    CandleChartView* m_chart = nullptr;
    ChartGrid* m_chartGrid = nullptr;
    SymbolDashboard* m_dashboard = nullptr;
    QTabWidget* m_symbolTabs = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    TaskProgressPanel* m_progress = nullptr;
    JobRunner* m_jobs = nullptr;
    QList<QAction*> m_writeActions;
    OperationsPanel* m_operations = nullptr;
    LogPanel* m_log = nullptr;
    StatusPanel* m_status = nullptr;
    PredictionsPanel* m_predictions = nullptr;
    ModelsPanel* m_models = nullptr;
    TopPredictionsPanel* m_topPredictions = nullptr;
    CrossSectionPanel* m_crossSection = nullptr;
    QDockWidget* m_operationsDock = nullptr;
    QDockWidget* m_logDock = nullptr;
    QDockWidget* m_statusDock = nullptr;
    QDockWidget* m_modelsDock = nullptr;
    // Issue 17 (chart drawings, alerts, watchlists).
    void buildChartTools();
    WatchlistStore* m_watchlists = nullptr;
    WatchlistsPanel* m_watchlistsPanel = nullptr;
    QDockWidget* m_watchlistsDock = nullptr;
    DrawingLayer* m_drawings = nullptr;
    AlertsPanel* m_alerts = nullptr;
    QDockWidget* m_alertsDock = nullptr;
    QDockWidget* m_topPredictionsDock = nullptr;
    QDockWidget* m_crossSectionDock = nullptr;
    PicksPanel* m_picks = nullptr; ///< issue 20: daily picks
    QDockWidget* m_picksDock = nullptr;
    PortfolioView* m_portfolio = nullptr; ///< issue 19: accounts, orders, trades, equity
    QDockWidget* m_portfolioDock = nullptr;
    PortfolioChartLayer* m_portfolioLayer = nullptr; ///< fills and the entry line on the chart
    ScreensPanel* m_screensPanel = nullptr;          ///< issue 20: screens
    QDockWidget* m_screensDock = nullptr;
    ScoreboardPanel* m_scoreboard = nullptr; ///< issue 16: track record
    QDockWidget* m_scoreboardDock = nullptr;
    SymbolCallsPanel* m_symbolCalls = nullptr;
    QPointer<BacktestWindow> m_backtests; ///< issue 16: backtests
    Tasks::Scheduler* m_scheduler = nullptr;
    TrayController* m_tray = nullptr;
    QPointer<SchedulerDialog> m_schedulerDialog;
    QAction* m_pauseAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QTimer* m_nextRunTimer = nullptr;
    bool m_quitting = false;
    bool m_ownsQuit = false; ///< a real tray exists: the app quits through quit(), not on the last window

    int m_tableWidth = 0;
    bool m_splitterSized = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_snapshotLoaded = false;
    bool m_demoAttempted = false;
    bool m_firstRunOffered = false;
    bool m_reloadSelection = false;
    quint64 m_barsRequest = 0;
    QString m_chartTicker;       ///< ticker whose bars were last requested
    bool m_chartPending = false; ///< m_chartTicker's bars wait for the Chart tab to be shown
};

} // namespace Tessera::Ui
