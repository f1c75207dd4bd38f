#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/broker/LiveTrading.h"
#include "core/common/Log.h"
#include "core/export/ExportSettings.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/ml/TrainSettings.h"
#include "core/store/BarRepository.h"
#include "core/store/HourlyBarRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/ExportTask.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/PicksTask.h"
#include "core/tasks/PipelineTask.h"
#include "core/tasks/Scheduler.h"
#include "core/tasks/TrainTask.h"
#include "core/tiles/SymbolAnalysis.h"
#include "ui/alerts/AlertsPanel.h"
#include "ui/backtest/BacktestWindow.h"
#include "ui/broker/BrokerLoginDialog.h"
#include "ui/broker/BrokerSyncRunner.h"
#include "ui/broker/LiveTradingSwitch.h"
#include "ui/charts/CandleChartView.h"
#include "ui/charts/ChartGrid.h"
#include "ui/charts/DrawingLayer.h"
#include "ui/common/FrozenColumnTableView.h"
#include "ui/common/TableExport.h"
#include "ui/common/UiSettings.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/CalendarSettingsPage.h"
#include "ui/dialogs/DataSourceSettingsPage.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/HelpDialogs.h"
#include "ui/dialogs/ImportTickersDialog.h"
#include "ui/dialogs/ParameterSettingsPage.h"
#include "ui/dialogs/SchedulerDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/mainwindow/ExportJob.h"
#include "ui/mainwindow/ExportMenu.h"
#include "ui/mainwindow/Jobs.h"
#include "ui/models/UniverseFilterProxyModel.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/panels/CrossSectionPanel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/ModelsPanel.h"
#include "ui/panels/OperationsPanel.h"
#include "ui/panels/PicksPanel.h"
#include "ui/panels/PredictionsPanel.h"
#include "ui/panels/ScoreboardPanel.h"
#include "ui/panels/ScreensPanel.h"
#include "ui/panels/StatusPanel.h"
#include "ui/panels/SymbolCallsPanel.h"
#include "ui/panels/SymbolDashboard.h"
#include "ui/panels/TaskProgressPanel.h"
#include "ui/panels/TopPredictionsPanel.h"
#include "ui/portfolio/BuyPicksDialog.h"
#include "ui/portfolio/OrderTicketDialog.h"
#include "ui/portfolio/PortfolioChartLayer.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/tray/TrayController.h"
#include "ui/watchlists/WatchlistActions.h"
#include "ui/watchlists/WatchlistStore.h"
#include "ui/watchlists/WatchlistSwitcher.h"
#include "ui/watchlists/WatchlistsPanel.h"

namespace Tessera::Ui {
namespace {

// UI-only state, declared next to the widget that owns it (STYLE.md §5).
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString WindowStateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString TableHeaderKey = QStringLiteral("mainWindow/universeHeader");
const QString LastSymbolKey = QStringLiteral("mainWindow/lastSymbol");
const QString LastImportDirKey = QStringLiteral("mainWindow/lastImportDir");
const QString TrayExplainedKey = QStringLiteral("mainWindow/trayExplained");

/** How often the tray's "Next run" is re-read besides the scheduler's own change signals. */
constexpr int NextRunRefreshMs = 60000;

} // namespace

MainWindow::MainWindow(Store::DatabasePtr db, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tessera — %1").arg(QFileInfo(m_db->path()).fileName()));
    // Reads only: the table snapshot and one symbol's bars at a time. Threads never expire, so each
    // keeps its own database connection (Database keys connections by thread).
    m_readPool.setMaxThreadCount(2);
    m_readPool.setExpiryTimeout(-1);

    m_jobs = new JobRunner(m_db->path(), this);
    connect(m_jobs, &JobRunner::started, this, &MainWindow::onJobStarted);
    connect(m_jobs, &JobRunner::finished, this, &MainWindow::onJobFinished);
    connect(m_jobs, &JobRunner::failed, this, &MainWindow::onJobFailed);
    connect(m_jobs, &JobRunner::idle, this, [this] { setWriteActionsEnabled(true); });

    // The scheduler is a GUI-thread object (small queries on this thread's connection, by its design).
    m_scheduler = new Tasks::Scheduler(m_db, {}, QTimeZone::systemTimeZone(), this);
    connect(m_scheduler, &Tasks::Scheduler::entryDue, this, &MainWindow::runScheduled);
    connect(m_scheduler, &Tasks::Scheduler::checkFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Scheduler: %1").arg(message), 10000);
    });
    if (auto created = m_scheduler->ensureDefaults(); !created) {
        spdlog::error("creating the default schedule failed: {}", created.error().message);
    }

    m_watchlists = new WatchlistStore(m_db, &m_readPool, this); // issue 17: before the row menu needs it
    buildUi();
    buildDocks();
    buildChartTools();
    buildTray();
    buildMenus();
    connect(m_jobs, &JobRunner::progressChanged, m_progress, &TaskProgressPanel::setProgress);
    connect(m_jobs, &JobRunner::progressChanged, m_tray, &TrayController::setProgress);
    connect(m_progress, &TaskProgressPanel::cancelRequested, m_jobs, &JobRunner::cancel);
    if (m_options.persistState) {
        restoreUiState();
    }
    connect(m_scheduler, &Tasks::Scheduler::entriesChanged, this, &MainWindow::updateNextRun);
    connect(m_scheduler, &Tasks::Scheduler::pausedChanged, this, &MainWindow::updateNextRun);
    m_nextRunTimer = new QTimer(this);
    m_nextRunTimer->setInterval(NextRunRefreshMs);
    connect(m_nextRunTimer, &QTimer::timeout, this, &MainWindow::updateNextRun);
    m_nextRunTimer->start();
    updateNextRun();

    // First the housekeeping (it holds the write lock briefly), so jobs queued later find it done.
    if (m_options.recoverInterrupted) {
        recoverInterruptedRuns();
    }
    if (m_options.startScheduler) {
        // From the event loop: the start-up catch-up may queue jobs, which should find the window built.
        QTimer::singleShot(0, this, &MainWindow::startScheduler);
    }
    // From the event loop too: Qt 6.4 runs a continuation at once when the future has already finished,
    // so a quick read could otherwise report (viewReady, firstRunRequested) before anyone is connected.
    QTimer::singleShot(0, this, &MainWindow::refresh);
}

MainWindow::~MainWindow()
{
    // No scheduled run may start while the window goes away.
    m_scheduler->stop();
    // A live order waiting for its confirmation holds a pool thread: closing the question is a "no".
    qDeleteAll(findChildren<QMessageBox*>(QStringLiteral("liveOrderConfirmation")));
    // Pending reads finish on the pool (its destructor waits); their continuations are dropped with us.
    m_readPool.clear();
}

SchedulerDialog* MainWindow::schedulerDialog() const
{
    return m_schedulerDialog;
}

Tasks::RunOptions MainWindow::runOptions(const QString& trigger) const
{
    Tasks::RunOptions options;
    options.maxWorkers = m_options.maxWorkers >= 0 ? m_options.maxWorkers : Settings::maxWorkers();
    options.trigger = trigger;
    return options;
}

void MainWindow::buildDocks()
{
    m_operations = new OperationsPanel(m_db, &m_readPool, m_jobs, this);
    connect(m_operations, &OperationsPanel::taskRequested, this, &MainWindow::startTask);
    connect(m_operations, &OperationsPanel::retryRequested, this, &MainWindow::retryFailedRun);
    connect(m_operations, &OperationsPanel::resumeRequested, this, &MainWindow::resumeRun);
    m_operations->setLaunchContextSource([this](LaunchContext& context) { fillLaunchContext(context); });
    m_log = new LogPanel(this);
    m_status = new StatusPanel(m_db, &m_readPool, this);
    m_models = new ModelsPanel(m_db, &m_readPool, this);
    connect(this, &MainWindow::jobFinished, m_models, &ModelsPanel::refreshIfVisible);
    m_crossSection = new CrossSectionPanel(m_db, &m_readPool, this);
    connect(this, &MainWindow::jobFinished, m_crossSection, &CrossSectionPanel::refreshIfVisible);
    connect(m_models, &ModelsPanel::symbolActivated, this, [this](const QString& ticker) {
        if (selectTicker(ticker)) {
            showPredictions();
        }
    });

    m_topPredictions = new TopPredictionsPanel(m_db, &m_readPool, this);
    connect(this, &MainWindow::jobFinished, m_topPredictions, &TopPredictionsPanel::refresh);
    connect(m_topPredictions, &TopPredictionsPanel::symbolActivated, this, [this](const QString& ticker) {
        // Hourly predictions: the symbol's chart on its 60-minute bars (issue 21), where the move plays out.
        m_chart->setTimeframe(Timeframe::Hourly);
        m_symbolTabs->setCurrentWidget(m_chartGrid);
        showSymbol(ticker);
    });

    auto dock = [this](QWidget* panel, const QString& title, const QString& objectName) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(objectName); // saveState() needs it
        d->setWidget(panel);
        d->setAllowedAreas(Qt::AllDockWidgetAreas);
        d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                       | QDockWidget::DockWidgetFloatable);
        return d;
    };
    m_operationsDock = dock(m_operations, tr("Operations"), QStringLiteral("operationsDock"));
    m_logDock = dock(m_log, tr("Log"), QStringLiteral("logDock"));
    m_statusDock = dock(m_status, tr("Status"), QStringLiteral("statusDock"));
    m_modelsDock = dock(m_models, tr("Models"), QStringLiteral("modelsDock"));
    m_topPredictionsDock =
        dock(m_topPredictions, tr("Top predictions"), QStringLiteral("topPredictionsDock"));
    m_crossSectionDock = dock(m_crossSection, tr("Cross-section"), QStringLiteral("crossSectionDock"));
    buildScreenDocks(dock);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
    setTabPosition(Qt::BottomDockWidgetArea, QTabWidget::North);
    arrangeDocks();
}

void MainWindow::buildScreenDocks(
    const std::function<QDockWidget*(QWidget*, const QString&, const QString&)>& dock)
{
    // Issue 20: the daily picks and the screens, read on the pool; "Compute now" runs the picks task.
    m_picks = new PicksPanel(m_db, &m_readPool, this);
    connect(this, &MainWindow::jobFinished, m_picks, &PicksPanel::refresh);
    connect(m_picks, &PicksPanel::symbolActivated, this, &MainWindow::showSymbol);
    connect(m_picks, &PicksPanel::generateRequested, this, [this] {
        startTask(TaskRequest{Tasks::kPicksTaskKind, Tasks::picksParams(), tr("Daily picks")});
    });
    m_screensPanel = new ScreensPanel(m_db, &m_readPool, this);
    connect(m_screensPanel, &ScreensPanel::symbolActivated, this, &MainWindow::showSymbol);
    connect(m_screensPanel, &ScreensPanel::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_screensPanel, &ScreensPanel::saved, m_picks, &PicksPanel::refresh);
    m_picksDock = dock(m_picks, tr("Picks"), QStringLiteral("picksDock"));
    // Issue 19: the portfolio (paper account by default), its order ticket and "buy the top picks".
    m_portfolio = new PortfolioView(m_db, &m_readPool, this);
    m_portfolioDock = dock(m_portfolio, tr("Portfolio"), QStringLiteral("portfolioDock"));
    connect(this, &MainWindow::jobFinished, m_portfolio, &PortfolioView::refresh);
    connect(
        m_portfolio, &PortfolioView::newOrderRequested, this, [this] { openOrderTicket(selectedTicker()); });
    connect(m_portfolio, &PortfolioView::symbolActivated, this, &MainWindow::showSymbol);
    connect(m_picks, &PicksPanel::buyRequested, this, [this](const QList<Screens::Pick>& picks) {
        auto* dialog = new BuyPicksDialog(m_db, &m_readPool, picks, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BuyPicksDialog::placed, m_portfolio, &PortfolioView::refresh);
        dialog->show();
    });
    m_screensDock = dock(m_screensPanel, tr("Screens"), QStringLiteral("screensDock"));
    // Issue 16: the track record of past calls, scored and read on the pool.
    m_scoreboard = new ScoreboardPanel(m_db, &m_readPool, this);
    connect(this, &MainWindow::jobFinished, m_scoreboard, &ScoreboardPanel::refreshIfVisible);
    m_scoreboardDock = dock(m_scoreboard, tr("Scoreboard"), QStringLiteral("scoreboardDock"));
}

BacktestWindow* MainWindow::showBacktests()
{
    if (!m_backtests) {
        m_backtests = new BacktestWindow(m_db, &m_readPool, this);
        m_backtests->refresh();
    }
    m_backtests->show();
    m_backtests->raise();
    m_backtests->activateWindow();
    return m_backtests;
}

OrderTicketDialog* MainWindow::openOrderTicket(const QString& ticker, int side, double price)
{
    auto* ticket = new OrderTicketDialog(m_db, &m_readPool, this);
    ticket->setAttribute(Qt::WA_DeleteOnClose);
    ticket->setSymbol(ticker);
    ticket->setSide(side == 0 ? Portfolio::Side::Buy : Portfolio::Side::Sell);
    if (price > 0) {
        ticket->setLimitPrice(price);
    }
    connect(ticket, &OrderTicketDialog::placed, m_portfolio, &PortfolioView::refresh);
    connect(ticket, &OrderTicketDialog::placed, m_portfolioLayer, &PortfolioChartLayer::refresh);
    ticket->show();
    return ticket;
}

void MainWindow::arrangeDocks()
{
    // The chart owns the window: the docks wait tabbed at the bottom, closed, until View (Alt+1…4), a
    // task launch or a run's progress asks for one. Job progress shows in the status bar meanwhile.
    for (QDockWidget* dock : {m_operationsDock, m_logDock, m_statusDock, m_modelsDock}) {
        dock->setFloating(false);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
    }
    tabifyDockWidget(m_operationsDock, m_logDock);
    tabifyDockWidget(m_operationsDock, m_statusDock);
    tabifyDockWidget(m_operationsDock, m_modelsDock);
    tabifyDockWidget(m_operationsDock, m_topPredictionsDock);
    tabifyDockWidget(m_operationsDock, m_crossSectionDock);
    tabifyDockWidget(m_operationsDock, m_picksDock);
    tabifyDockWidget(m_operationsDock, m_screensDock);
    tabifyDockWidget(m_operationsDock, m_scoreboardDock);
    tabifyDockWidget(m_operationsDock, m_portfolioDock);
    m_operationsDock->raise();
    resizeDocks({m_operationsDock}, {280}, Qt::Vertical);
    for (QDockWidget* dock : {m_operationsDock,
                              m_logDock,
                              m_statusDock,
                              m_modelsDock,
                              m_picksDock,
                              m_screensDock,
                              m_scoreboardDock,
                              m_portfolioDock}) {
        dock->hide();
    }
}

void MainWindow::applyDefaultSplitter()
{
    // The table fits its price columns without a horizontal scroll bar; the chart takes the rest.
    const int leftWidth =
        m_tableWidth + m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth() + 8;
    m_splitter->setSizes({leftWidth, std::max(200, m_splitter->width() - leftWidth)});
}

void MainWindow::resetLayout()
{
    arrangeDocks();
    applyDefaultSplitter();
    m_chart->resetLayout();
    if (m_options.persistState) {
        QSettings settings;
        settings.remove(WindowStateKey);
        settings.remove(SplitterKey);
    }
    showMaximized();
}

void MainWindow::buildChartTools()
{
    // Issue 17: the Watchlists dock on the right (TradingView's place for it) and the chart's switcher.
    m_watchlistsPanel = new WatchlistsPanel(m_watchlists, this);
    m_watchlistsDock = new QDockWidget(tr("Watchlists"), this);
    m_watchlistsDock->setObjectName(QStringLiteral("watchlistsDock"));
    m_watchlistsDock->setWidget(m_watchlistsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_watchlistsDock);
    resizeDocks({m_watchlistsDock}, {240}, Qt::Horizontal);
    connect(m_watchlistsPanel, &WatchlistsPanel::symbolActivated, this, &MainWindow::showSymbol);
    connect(m_watchlistsPanel, &WatchlistsPanel::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_watchlistsPanel, &WatchlistsPanel::showInTableRequested, this, [this](const QString& name) {
        if (selectWatchlistFilterItem(m_universeCombo, name)) {
            applyFilters();
        }
    });
    connect(this, &MainWindow::currentSymbolChanged, m_watchlistsPanel, &WatchlistsPanel::setCurrentTicker);
    auto* switcher = new WatchlistSwitcher(m_watchlists, m_symbolTabs);
    m_symbolTabs->setCornerWidget(switcher, Qt::TopRightCorner);
    connect(switcher, &WatchlistSwitcher::symbolActivated, this, &MainWindow::showSymbol);
    connect(this, &MainWindow::currentSymbolChanged, switcher, &WatchlistSwitcher::setCurrentTicker);
    // Drawings and the chart's right-click menu on the price pane.
    m_drawings = new DrawingLayer(m_chart, m_db, &m_readPool, this);
    m_portfolioLayer = new PortfolioChartLayer(m_chart, m_db, &m_readPool, this);
    connect(m_portfolioLayer,
            &PortfolioChartLayer::orderRequested,
            this,
            [this](const QString& ticker, Portfolio::Side side, double price) {
                openOrderTicket(ticker, side == Portfolio::Side::Buy ? 0 : 1, price);
            });
    connect(this, &MainWindow::jobFinished, m_portfolioLayer, &PortfolioChartLayer::refresh);
    connect(m_portfolio, &PortfolioView::loaded, m_portfolioLayer, [this] {
        m_portfolioLayer->setAccount(m_portfolio->shown().account.name);
    });
    connect(m_drawings, &DrawingLayer::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    // Price alerts: set from the chart's menu, listed in a dock beside the watchlists, checked by every
    // load in the engine; a crossing found by a job (or by tessera-cli while the window was closed) is
    // reported once in the tray.
    m_alerts = new AlertsPanel(m_db, &m_readPool, this);
    m_alertsDock = new QDockWidget(tr("Alerts"), this);
    m_alertsDock->setObjectName(QStringLiteral("alertsDock"));
    m_alertsDock->setWidget(m_alerts);
    tabifyDockWidget(m_watchlistsDock, m_alertsDock);
    m_watchlistsDock->raise();
    connect(m_drawings, &DrawingLayer::alertRequested, m_alerts, [this](const QString& ticker, double price) {
        m_alerts->addAlert(ticker, price);
        m_alertsDock->show();
        m_alertsDock->raise();
    });
    connect(m_alerts, &AlertsPanel::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_alerts, &AlertsPanel::symbolActivated, this, &MainWindow::showSymbol);
    connect(
        m_alerts, &AlertsPanel::screenAlertsRaised, this, [this](const QList<Screens::ScreenAlert>& raised) {
            for (const Screens::ScreenAlert& a : raised) {
                m_tray->notify(
                    tr("Screen %1: %2 %3").arg(a.screen, a.ticker, a.entered ? tr("entered") : tr("left")),
                    a.describe());
            }
        });
    connect(m_alerts, &AlertsPanel::triggered, this, [this](const QList<Alerts::PriceAlert>& fired) {
        for (const Alerts::PriceAlert& alert : fired) {
            m_tray->notify(tr("Price alert: %1").arg(alert.ticker), Alerts::describeTrigger(alert));
        }
    });
    connect(this, &MainWindow::jobFinished, m_alerts, &AlertsPanel::refresh);
    // From the event loop, like refresh(): the tray that reports a crossing is built after this.
    QTimer::singleShot(0, m_alerts, &AlertsPanel::refresh);
    // A list edited or re-read changes the filter combo's entries (and the table when one is the filter).
    connect(m_watchlists, &WatchlistStore::changed, this, [this] {
        updateFilterCombos();
        applyFilters();
    });
}

void MainWindow::buildTray()
{
    const bool available =
        m_options.tray == Options::Tray::On
        || (m_options.tray == Options::Tray::Auto && TrayController::systemTrayAvailable());
    m_tray = new TrayController(available, this);
    QList<QPair<QString, QString>> kinds;
    for (const TaskLauncher& l : taskLaunchers()) {
        kinds.append({l.kind, taskKindTitle(l.kind)});
    }
    m_tray->setTaskKinds(kinds);
    connect(m_tray, &TrayController::showHideRequested, this, &MainWindow::toggleWindow);
    connect(m_tray, &TrayController::runNowRequested, this, [this](const QString& kind) {
        startTask(defaultTaskRequest(kind));
    });
    connect(m_tray, &TrayController::pauseToggled, this, [this](bool paused) {
        if (auto r = m_scheduler->setPaused(paused); !r) {
            statusBar()->showMessage(tr("Scheduler: %1").arg(r.error().message), 10000);
        }
        updateNextRun();
    });
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    // With a real tray the window may be hidden while dialogs come and go: the app quits through quit().
    m_ownsQuit = available && TrayController::systemTrayAvailable();
    if (m_ownsQuit) {
        QApplication::setQuitOnLastWindowClosed(false);
    }
}

void MainWindow::startScheduler()
{
    m_scheduler->start();
    updateNextRun();
}

void MainWindow::updateNextRun()
{
    const bool paused = m_scheduler->isPaused();
    m_tray->setPaused(paused);
    if (m_pauseAction) {
        const QSignalBlocker block(m_pauseAction);
        m_pauseAction->setChecked(paused);
    }
    auto next = m_scheduler->nextDue();
    if (next && next->has_value()) {
        m_tray->setNextRun((*next)->entry.name, (*next)->at);
    } else {
        m_tray->setNextRun({}, {});
    }
}

void MainWindow::runScheduled(const Tasks::ScheduleEntry& entry, const QDateTime& scheduledAt)
{
    spdlog::info(
        "scheduled run of '{}' ({}) for {}", entry.name, entry.kind, scheduledAt.toString(Qt::ISODate));
    const qint64 entryId = entry.id;
    QPointer<MainWindow> self(this);
    Job job;
    job.title = entry.name;
    job.body = entry.kind == Tasks::kExportTaskKind
                   ? Jobs::runExport(m_db, entry.params, runOptions(QStringLiteral("schedule")))
                   : Jobs::runTask(m_db, entry.kind, entry.params, runOptions(QStringLiteral("schedule")));
    job.origin = JobOrigin::Schedule;
    job.onStarted = [self, entryId] {
        if (self) {
            if (auto r = self->m_scheduler->recordRunStarted(entryId, 0); !r) {
                spdlog::error("scheduler: {}", r.error().message);
            }
        }
    };
    job.onFinished = [self, entryId](const Result<JobOutcome>& result) {
        if (!self) {
            return;
        }
        Result<void> recorded;
        if (result) {
            const Tasks::RunStatus status = result->runStatus.value_or(Tasks::RunStatus::Done);
            recorded = self->m_scheduler->recordRunFinished(
                entryId,
                result->runId,
                status,
                status == Tasks::RunStatus::Failed ? result->summary : QString());
        } else {
            recorded = self->m_scheduler->recordRunFinished(
                entryId, 0, Tasks::RunStatus::Failed, result.error().message);
        }
        if (!recorded) {
            spdlog::error("scheduler: {}", recorded.error().message);
        }
    };
    enqueueJob(std::move(job));
}

void MainWindow::recoverInterruptedRuns()
{
    auto resumable = std::make_shared<QList<qint64>>();
    QPointer<MainWindow> self(this);
    Job job;
    job.title = tr("Checking for interrupted runs");
    job.body = Jobs::recoverInterruptedRuns(m_db, resumable);
    job.origin = JobOrigin::Housekeeping;
    job.onFinished = [self, resumable](const Result<JobOutcome>& result) {
        if (!self) {
            return;
        }
        if (!result) {
            // Typically another process (tessera-cli) holds the write lock: its runs are really running.
            spdlog::info("interrupted runs not checked: {}", result.error().message);
            return;
        }
        if (!resumable->isEmpty()) {
            self->m_operations->showInterruptedRuns(*resumable);
            self->showOperations(); // the docks start closed: the offer to resume must be seen
            emit self->interruptedRunsFound(*resumable);
        }
    };
    enqueueJob(std::move(job));
}

void MainWindow::toggleWindow()
{
    if (isVisible() && !isMinimized()) {
        hide();
    } else {
        show();
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        raise();
        activateWindow();
    }
    m_tray->setWindowVisible(isVisible());
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::buildUi()
{
    m_model = new UniverseTableModel(this);
    m_proxy = new UniverseFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 0);
    leftLayout->setSpacing(4);

    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search symbol, name or sector (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &UniverseFilterProxyModel::setSearchText);
    leftLayout->addWidget(m_search);

    auto* filters = new QHBoxLayout;
    m_universeCombo = new QComboBox(left);
    m_universeCombo->setObjectName(QStringLiteral("universeComboBox"));
    m_universeCombo->setToolTip(tr("Show one universe"));
    m_sectorCombo = new QComboBox(left);
    m_sectorCombo->setObjectName(QStringLiteral("sectorComboBox"));
    m_sectorCombo->setToolTip(tr("Show one sector"));
    m_tagCombo = new QComboBox(left);
    m_tagCombo->setObjectName(QStringLiteral("tagComboBox"));
    m_tagCombo->setToolTip(tr("Show the symbols with a tag"));
    for (QComboBox* combo : {m_universeCombo, m_sectorCombo, m_tagCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        filters->addWidget(combo, 1);
        connect(combo, &QComboBox::activated, this, &MainWindow::applyFilters);
    }
    connect(
        m_universeCombo, &QComboBox::activated, this, &MainWindow::scheduleCryptoDefaultsOfChosenUniverse);
    m_verdictCombo = new QComboBox(left);
    m_verdictCombo->setObjectName(QStringLiteral("verdictComboBox"));
    m_verdictCombo->setToolTip(tr("Show the symbols whose stored analysis has this verdict"));
    m_verdictCombo->addItem(tr("All verdicts"), QString());
    for (const QString& direction : {QStringLiteral("UP"),
                                     QStringLiteral("DOWN"),
                                     QStringLiteral("NEUTRAL"),
                                     QStringLiteral("WITHHELD")}) {
        m_verdictCombo->addItem(direction, direction);
    }
    m_verdictCombo->addItem(tr("No analysis"), UniverseFilterProxyModel::noAnalysisFilter());
    filters->addWidget(m_verdictCombo, 1);
    connect(m_verdictCombo, &QComboBox::activated, this, &MainWindow::applyFilters);
    leftLayout->addLayout(filters);

    // The Symbol column stays in place while the other columns scroll sideways.
    m_table = new FrozenColumnTableView(left);
    m_table->setObjectName(QStringLiteral("universeTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UniverseTableModel::SymbolColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setDragEnabled(true); // rows onto a watchlist (issue 17)
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    installRowActions();
    installExportContextMenu(m_table, QStringLiteral("universe"), UniverseTableModel::SortRole);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Column widths from sample contents, so a NIFTY ticker, a price and a date fit without eliding.
    const QFontMetrics fm = m_table->fontMetrics();
    const QString samples[UniverseTableModel::ColumnCount] = {QStringLiteral("BAJAJ-AUTO.NS"),
                                                              QStringLiteral("Adversa Advertising"),
                                                              QStringLiteral("Financial Services"),
                                                              QStringLiteral("88,888.88"),
                                                              QStringLiteral("+88.88%"),
                                                              QStringLiteral("8,888"),
                                                              QStringLiteral("8888-88-88"),
                                                              QStringLiteral("WITHHELD"),
                                                              QStringLiteral("+0.88"),
                                                              QStringLiteral("Quality"),
                                                              QStringLiteral("888.88"),
                                                              QStringLiteral("888.88"),
                                                              QStringLiteral("ROE %"),
                                                              QStringLiteral("888.88 bn"),
                                                              QStringLiteral("small"),
                                                              QStringLiteral("8888-88-88 88:88"),
                                                              QStringLiteral("HTTP 404: Not Found"),
                                                              QStringLiteral("0.88 (unvalidated)"),
                                                              QStringLiteral("88,888.88"),
                                                              QStringLiteral("0.88 (unvalidated)"),
                                                              QStringLiteral("88,888")};
    static_assert(UniverseTableModel::ColumnCount == 21, "a sample text for every universe table column");
    m_tableWidth = 0;
    for (int column = 0; column < UniverseTableModel::ColumnCount; ++column) {
        const int width = fm.horizontalAdvance(samples[column]) + 18;
        m_table->setColumnWidth(column, width);
        // The first split fits the price columns; the fetch columns (Last update, Last error) are a
        // scroll away, so the chart keeps its room.
        if (column <= UniverseTableModel::LastDateColumn) {
            m_tableWidth += width;
        }
    }
    // Right-click on the header: show or hide columns (the Symbol column stays); order by dragging.
    // Both are saved with the header's state.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(),
            &QHeaderView::customContextMenuRequested,
            this,
            &MainWindow::showTableHeaderMenu);
    // A new search starts at the table's left edge, where the symbols are.
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_table->horizontalScrollBar()->setValue(0); });
    // Long tickers are never cut: the Symbol column grows to the widest one after each load.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::fitSymbolColumn);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    leftLayout->addWidget(m_table, 1);

    m_chart = new CandleChartView(this, m_options.persistState);
    m_chartGrid = new ChartGrid(m_chart, this);
    // Compared symbols and the grid's other charts are read on the pool thread the charts run this on
    // (one connection per thread).
    m_chartGrid->setBarsLoader(
        [db = m_db](const QString& ticker) { return Store::BarRepository(*db).load(ticker); });
    m_chartGrid->setHourlyLoader(
        [db = m_db](const QString& ticker) { return Store::HourlyBarRepository(*db).load(ticker); });
    if (m_options.persistState || m_options.restoreChartGrid) {
        // Issue 17: the grid comes back as it was left (count, link, the other charts' symbols, timeframes).
        m_chartGrid->setPersistent(m_options.persistState);
        m_chartGrid->restoreSettings();
    }
    m_symbolTabs = new QTabWidget(this);
    m_symbolTabs->setObjectName(QStringLiteral("symbolTabs"));
    m_symbolTabs->setDocumentMode(true);
    m_symbolTabs->addTab(m_chartGrid, tr("Chart"));
    // The pipeline's stored analyses, unless the options bring other ones (tests, --analysis-dir).
    if (!m_options.analysisLoader) {
        m_options.analysisLoader = storeAnalysisLoader(m_db);
    }
    if (!m_options.analysisSummaries) {
        m_options.analysisSummaries = storeAnalysisSummaryLoader(m_db);
    }
    m_dashboard = new SymbolDashboard(&m_readPool, this);
    m_dashboard->setLoader(m_options.analysisLoader);
    m_symbolTabs->addTab(m_dashboard, tr("Dashboard"));
    connect(this, &MainWindow::currentSymbolChanged, m_dashboard, [this](const QString& ticker) {
        const Store::SymbolRow* row = m_model->rowData(m_model->rowOf(ticker));
        const auto fundamentals = m_snapshot.fundamentals.constFind(ticker);
        m_dashboard->setFundamentals(fundamentals == m_snapshot.fundamentals.cend()
                                         ? std::optional<Fundamentals::Record>()
                                         : std::optional<Fundamentals::Record>(*fundamentals));
        m_dashboard->showSymbol(ticker, row ? row->symbol.name : QString());
    });
    m_predictions = new PredictionsPanel(m_db, &m_readPool, this);
    m_symbolTabs->addTab(m_predictions, tr("Predictions"));
    connect(this, &MainWindow::currentSymbolChanged, m_predictions, &PredictionsPanel::setTicker);
    connect(this, &MainWindow::jobFinished, m_predictions, &PredictionsPanel::refresh);
    m_symbolCalls = new SymbolCallsPanel(m_db, &m_readPool, this); // issue 16: the symbol's past calls
    m_symbolTabs->addTab(m_symbolCalls, tr("Calls"));
    connect(this, &MainWindow::currentSymbolChanged, m_symbolCalls, &SymbolCallsPanel::setTicker);
    connect(this, &MainWindow::jobFinished, m_symbolCalls, &SymbolCallsPanel::refresh);
    connect(m_symbolTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_chartPending && m_symbolTabs->currentWidget() == m_chartGrid) {
            readChartBars(m_chartTicker);
        }
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_symbolTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("symbolCountLabel"));
    m_progress = new TaskProgressPanel(this);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setText(m_db->path());
    m_databaseLabel->setToolTip(tr("Database file: %1").arg(m_db->path()));
    m_databaseLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_chart, &CandleChartView::barsShown, this, [this](const QString& ticker) {
        if (ticker == m_chartTicker) {
            emit viewReady();
        }
    });
    resize(1400, 860);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importTickers =
        file->addAction(tr("Import &tickers file…"), this, &MainWindow::importTickersFile);
    importTickers->setObjectName(QStringLiteral("importTickersAction"));
    importTickers->setStatusTip(tr("A text file with one ticker per line, stored as a universe or a tag"));
    QAction* importUniverse =
        file->addAction(tr("Import &universe CSV…"), this, &MainWindow::importUniverseCsv);
    importUniverse->setObjectName(QStringLiteral("importUniverseAction"));
    importUniverse->setStatusTip(
        tr("A CSV with Symbol, Name, Sector, Industry columns (NSE and S&P lists work)"));
    QAction* importCsv = file->addAction(tr("Import &CSV folder…"), this, &MainWindow::importCsvFolder);
    importCsv->setObjectName(QStringLiteral("importCsvFolderAction"));
    importCsv->setShortcut(QKeySequence(tr("Ctrl+I")));
    importCsv->setStatusTip(tr("Daily OHLCV files from a folder, one per symbol or long multi-symbol files"));
    QAction* demo = file->addAction(tr("Load offline &demo"), this, &MainWindow::loadOfflineDemo);
    demo->setObjectName(QStringLiteral("loadDemoAction"));
    demo->setStatusTip(tr("Synthetic daily bars for a demo market; no internet needed"));
    const QList<QAction*> exports = addExportMenu(file, this);
    QAction* exportChart = file->addAction(tr("Export c&hart…"), m_chart, [this] {
        m_symbolTabs->setCurrentWidget(m_chartGrid);
        m_chart->exportImageInteractively();
    });
    exportChart->setObjectName(QStringLiteral("exportChartAction"));
    exportChart->setStatusTip(tr("Save the chart as a PNG picture or an SVG drawing"));
    QAction* copyChart =
        file->addAction(tr("Cop&y chart"), m_chart, [this] { m_chart->copyImageToClipboard(); });
    copyChart->setObjectName(QStringLiteral("copyChartAction"));
    copyChart->setStatusTip(tr("Put a picture of the chart on the clipboard"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_writeActions = {importTickers, importUniverse, importCsv, demo};
    m_writeActions << exports;

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    QAction* find = view->addAction(tr("&Find symbol"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    const struct
    {
        QDockWidget* dock;
        const char* objectName;
        const char* shortcut;
    } docks[] = {{m_operationsDock, "viewOperationsAction", QT_TR_NOOP("Alt+1")},
                 {m_logDock, "viewLogAction", QT_TR_NOOP("Alt+2")},
                 {m_statusDock, "viewStatusAction", QT_TR_NOOP("Alt+3")},
                 {m_modelsDock, "viewModelsAction", QT_TR_NOOP("Alt+4")},
                 {m_watchlistsDock, "viewWatchlistsAction", QT_TR_NOOP("Alt+5")},
                 {m_alertsDock, "viewAlertsAction", QT_TR_NOOP("Alt+6")},
                 {m_topPredictionsDock, "viewTopPredictionsAction", QT_TR_NOOP("Alt+7")},
                 {m_crossSectionDock, "viewCrossSectionAction", QT_TR_NOOP("Alt+8")},
                 {m_picksDock, "viewPicksAction", QT_TR_NOOP("Alt+9")},
                 {m_screensDock, "viewScreensAction", QT_TR_NOOP("Alt+0")},
                 {m_scoreboardDock, "viewScoreboardAction", QT_TR_NOOP("Alt+Shift+1")}};
    for (const auto& d : docks) {
        QAction* toggle = d.dock->toggleViewAction();
        toggle->setObjectName(QString::fromLatin1(d.objectName));
        toggle->setShortcut(QKeySequence(tr(d.shortcut)));
        view->addAction(toggle);
    }
    view->addSeparator();
    QAction* indicators = view->addAction(tr("&Indicators…"), m_chart, [this] {
        m_symbolTabs->setCurrentWidget(m_chartGrid);
        m_chart->showIndicatorsDialog();
    });
    indicators->setObjectName(QStringLiteral("indicatorsAction"));
    indicators->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    QAction* resetLayoutAction = view->addAction(tr("Reset &layout"), this, &MainWindow::resetLayout);
    resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));
    resetLayoutAction->setStatusTip(
        tr("Maximise the window, close the docks and give the chart's panes their default heights"));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* newOrder =
        tools->addAction(tr("New &order…"), this, [this] { openOrderTicket(selectedTicker()); });
    newOrder->setObjectName(QStringLiteral("newOrderAction"));
    newOrder->setStatusTip(tr("Place an order in the paper account (or a connected broker account)"));
    tools->addAction(tr("&Portfolio"), this, [this] {
        m_portfolioDock->show();
        m_portfolioDock->raise();
    });
    QMenu* run = tools->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("runMenu"));
    for (const TaskLauncher& l : taskLaunchers()) {
        QAction* action = run->addAction(l.text, this, [this, kind = l.kind] {
            showOperations();
            m_operations->launch(kind);
        });
        action->setObjectName(l.kind + QStringLiteral("RunAction"));
        action->setStatusTip(l.toolTip);
        action->setShortcut(l.shortcut);
        m_writeActions << action;
    }
    m_cancelAction = tools->addAction(tr("&Cancel running task"), m_jobs, &JobRunner::cancel);
    m_cancelAction->setObjectName(QStringLiteral("cancelTaskAction"));
    m_cancelAction->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_cancelAction->setEnabled(false);
    tools->addSeparator();
    // Issue 21: Binance's exchangeInfo against the crypto universes (the CLI's universe refresh-crypto).
    QAction* checkCrypto = tools->addAction(tr("Chec&k crypto universes on Binance"), this, [this] {
        startJob(tr("Checking crypto universes on Binance"), Jobs::refreshCryptoUniverses(m_db, false));
    });
    checkCrypto->setObjectName(QStringLiteral("checkCryptoUniversesAction"));
    checkCrypto->setStatusTip(tr("Report the USDT pairs newly trading and the members no longer trading; "
                                 "changes nothing"));
    QAction* refreshCrypto = tools->addAction(tr("Re&fresh crypto universes from Binance"), this, [this] {
        startJob(tr("Refreshing crypto universes from Binance"), Jobs::refreshCryptoUniverses(m_db, true));
    });
    refreshCrypto->setObjectName(QStringLiteral("refreshCryptoUniversesAction"));
    refreshCrypto->setStatusTip(tr("Add the USDT pairs newly trading to each crypto universe and drop the "
                                   "delisted ones (their stored bars are kept)"));
    m_writeActions << refreshCrypto;
    tools->addSeparator();
    QAction* backtests = tools->addAction(tr("&Backtests…"), this, &MainWindow::showBacktests);
    backtests->setObjectName(QStringLiteral("backtestsAction"));
    backtests->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    backtests->setStatusTip(tr("Replay a screen or strategy over the stored history against the equal-weight "
                               "universe"));
    QAction* scheduler = tools->addAction(tr("Sc&heduler…"), this, &MainWindow::showScheduler);
    scheduler->setObjectName(QStringLiteral("schedulerAction"));
    scheduler->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_pauseAction = tools->addAction(tr("&Pause scheduler"));
    m_pauseAction->setObjectName(QStringLiteral("pauseSchedulerAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setChecked(m_scheduler->isPaused());
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        if (auto r = m_scheduler->setPaused(paused); !r) {
            statusBar()->showMessage(tr("Scheduler: %1").arg(r.error().message), 10000);
        }
        updateNextRun();
    });
    tools->addSeparator();
    QAction* settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    // Issue 19: broker connections (Zerodha Kite, Fyers); the live switch is read on the pool, not here.
    QMenu* brokers = menuBar()->addMenu(tr("&Brokers"));
    brokers->addAction(tr("&Connect a broker…"), this, [this] {
        const Store::DatabasePtr db = m_db;
        auto* watcher = new QFutureWatcher<bool>(this);
        connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
            auto* dialog = new BrokerLoginDialog(watcher->result(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            watcher->deleteLater();
        });
        watcher->setFuture(
            QtConcurrent::run([db] { return Broker::liveTradingEnabled(*db).value_or(false); }));
    });
    // Holdings, orders and trades of the logged-in broker accounts into the portfolio (as `broker sync`).
    QAction* syncBrokers = brokers->addAction(tr("&Sync broker accounts"), this, [this] {
        statusBar()->showMessage(tr("Syncing the broker accounts…"));
        auto* watcher = new QFutureWatcher<QStringList>(this);
        connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
            const QStringList lines = watcher->result();
            watcher->deleteLater();
            statusBar()->showMessage(
                lines.isEmpty() ? tr("No broker account is logged in: Brokers ▸ Connect a broker… first.")
                                : lines.join(QStringLiteral(" · ")),
                15000);
            if (m_portfolio) {
                m_portfolio->refresh();
            }
        });
        watcher->setFuture(syncBrokerAccounts(m_db));
    });
    syncBrokers->setObjectName(QStringLiteral("syncBrokerAccountsAction"));
    // The global live-trading switch (off by default), read again each time the menu opens.
    auto* liveTrading = new LiveTradingSwitch(m_db, &m_readPool, this);
    brokers->addSeparator();
    brokers->addAction(liveTrading->action());
    connect(brokers, &QMenu::aboutToShow, liveTrading, &LiveTradingSwitch::refresh);
    connect(liveTrading, &LiveTradingSwitch::changed, this, [this](bool on) {
        statusBar()->showMessage(on ? tr("Live trading is on: orders for a broker account go to the broker "
                                         "after their confirmation.")
                                    : tr("Live trading is off: only the paper account trades."),
                                 10000);
    });
    connect(liveTrading, &LiveTradingSwitch::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Live trading: %1").arg(message), 10000);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, [this] { showUserGuide(this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* shortcuts = help->addAction(
        tr("&Keyboard shortcuts"), this, [this] { showKeyboardShortcuts(this, menuBar()->actions()); });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    help->addSeparator();
    QAction* logFolder = help->addAction(tr("Open &log folder"), this, [] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(Log::logDirectory()));
    });
    logFolder->setObjectName(QStringLiteral("openLogFolderAction"));
    QAction* copyInfo = help->addAction(tr("&Copy system information"), this, [this] {
        QGuiApplication::clipboard()->setText(systemInformation(m_db->path()));
        statusBar()->showMessage(tr("System information copied: paste it into a bug report."), 5000);
    });
    copyInfo->setObjectName(QStringLiteral("copySystemInformationAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Tessera"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::installRowActions()
{
    // The row's menu (right-click): what a user does with the symbol under the pointer. The export
    // action follows (installExportContextMenu); a row is selected by the press before the menu opens.
    const auto add = [this](const QString& text, const char* objectName, auto onTicker) {
        auto* action = new QAction(text, m_table);
        action->setObjectName(QString::fromLatin1(objectName));
        m_table->addAction(action);
        connect(action, &QAction::triggered, this, [this, onTicker] {
            const QString ticker = selectedTicker();
            if (!ticker.isEmpty()) {
                onTicker(ticker);
            }
        });
        return action;
    };
    add(tr("Open chart"), "openChartRowAction", [this](const QString&) {
        m_symbolTabs->setCurrentWidget(m_chartGrid);
    });
    add(tr("Open dashboard"), "openDashboardRowAction", [this](const QString&) {
        m_symbolTabs->setCurrentWidget(m_dashboard);
    });
    m_writeActions << add(
        tr("Run pipeline for this symbol"), "pipelineRowAction", [this](const QString& ticker) {
            startTask(TaskRequest{QStringLiteral("pipeline"),
                                  Tasks::pipelineParams({ticker}),
                                  tr("Pipeline for %1").arg(ticker)});
        });
    m_writeActions << add(
        tr("Train models for this symbol"), "trainRowAction", [this](const QString& ticker) {
            startTask(TaskRequest{QStringLiteral("train"),
                                  Tasks::trainParams({ticker}),
                                  tr("Training models for %1").arg(ticker)});
        });
    add(tr("Copy ticker"), "copyTickerRowAction", [](const QString& ticker) {
        QGuiApplication::clipboard()->setText(ticker);
    });
    // Issue 17: Add to watchlist ▸ (existing lists, New list…).
    QMenu* watchlistMenu = makeAddToWatchlistMenu(
        m_watchlists,
        [this] { return selectedTicker().isEmpty() ? QStringList() : QStringList{selectedTicker()}; },
        this);
    watchlistMenu->menuAction()->setObjectName(QStringLiteral("addToWatchlistRowAction"));
    m_table->addAction(watchlistMenu->menuAction());
    auto* separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
}

void MainWindow::showTableHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("tableHeaderMenu"));
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        const QString name = m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction* action = menu.addAction(name);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != UniverseTableModel::SymbolColumn); // the row's name stays
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Show all columns in their first order"), this, [header] {
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
    });
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void MainWindow::fitSymbolColumn()
{
    const QFontMetrics fm = m_table->fontMetrics();
    int widest = m_table->columnWidth(UniverseTableModel::SymbolColumn);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString ticker = m_proxy->index(row, UniverseTableModel::SymbolColumn).data().toString();
        widest = std::max(widest, fm.horizontalAdvance(ticker) + 18);
    }
    m_table->setColumnWidth(UniverseTableModel::SymbolColumn, widest);
}

void MainWindow::restoreUiState()
{
    const QSettings settings;
    if (!settings.contains(GeometryKey)) {
        // First run: the whole screen, so the chart gets room (the window shows maximised).
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(WindowStateKey).toByteArray());
    m_splitterSized = m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(TableHeaderKey).toByteArray());
}

void MainWindow::saveUiState()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(WindowStateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(TableHeaderKey, m_table->horizontalHeader()->saveState());
    if (!m_chartTicker.isEmpty()) {
        settings.setValue(LastSymbolKey, m_chartTicker);
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    m_tray->setWindowVisible(true);
    if (!m_splitterSized) {
        m_splitterSized = true;
        // First show without a saved layout: done here because only now does the splitter know its width.
        applyDefaultSplitter();
        m_table->setFocus(); // arrow keys walk the symbols straight away
    }
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    m_tray->setWindowVisible(false);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_options.persistState) {
        saveUiState();
    }
    if (m_tray->isAvailable() && Settings::closeToTray() && !m_quitting) {
        // Keep running in the tray so scheduled runs happen; say so the first time only.
        event->ignore();
        hide();
        m_tray->setWindowVisible(false);
        QSettings settings;
        if (!settings.value(TrayExplainedKey, false).toBool()) {
            settings.setValue(TrayExplainedKey, true);
            m_tray->notify(
                tr("Tessera is still running"),
                tr("Closing the window keeps Tessera in the system tray so scheduled runs happen. "
                   "Quit from the tray menu or with File ▸ Quit; Settings ▸ Startup changes this."));
        }
        emit hiddenToTray();
        return;
    }
    // A running job stops after its symbols in flight; JobRunner's destructor waits for that.
    m_scheduler->stop();
    m_jobs->cancel();
    QMainWindow::closeEvent(event);
    if (m_ownsQuit) {
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
}

void MainWindow::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_watchlists->reload(); // issue 17: lists may have been edited from the command line
    const QString reading = tr("Reading the database…");
    // Shown only over an empty status bar: a run's summary posted just before stays readable.
    if (statusBar()->currentMessage().isEmpty()) {
        statusBar()->showMessage(reading);
    }
    QPointer<MainWindow> self(this);
    QtConcurrent::run(&m_readPool, [db = m_db, analyses = m_options.analysisSummaries]() {
        return loadUniverseSnapshot(*db, analyses);
    }).then(this, [self, reading](Result<UniverseSnapshot> snapshot) {
        if (!self) {
            return;
        }
        self->m_refreshing = false;
        if (self->statusBar()->currentMessage() == reading) {
            self->statusBar()->clearMessage(); // never someone else's message
        }
        if (self->m_refreshAgain) {
            self->m_refreshAgain = false;
            self->refresh();
            return;
        }
        if (!snapshot) {
            spdlog::error("reading the universe failed: {}", snapshot.error().message);
            self->m_chart->showMessage(tr("Could not read the database:\n%1").arg(snapshot.error().message));
            emit self->loadFailed(snapshot.error().message);
            return;
        }
        self->applySnapshot(std::move(*snapshot));
    });
}

void MainWindow::applySnapshot(UniverseSnapshot snapshot)
{
    const QString previous = selectedTicker().isEmpty() ? m_chartTicker : selectedTicker();
    m_snapshot = std::move(snapshot);
    m_snapshotLoaded = true;
    m_model->setAnalyses(m_snapshot.analyses);
    m_model->setFundamentals(m_snapshot.fundamentals);
    m_model->setXsScores(m_snapshot.xsScores);
    m_model->setHoldings(m_snapshot.held);
    m_model->setRows(m_snapshot.rows);
    QStringList tickers;
    for (const auto& row : std::as_const(m_snapshot.rows)) {
        tickers << row.symbol.ticker;
    }
    m_chartGrid->setSymbolList(tickers); // the charts' symbol boxes and Compare menus complete these
    updateFilterCombos();
    applyFilters();
    updateStatus();
    emit universeLoaded(static_cast<int>(m_snapshot.rows.size()));

    if (m_options.loadDemoIfEmpty && m_snapshot.totalBars == 0 && !m_demoAttempted) {
        m_demoAttempted = true;
        loadOfflineDemo();
        return;
    }
    if (m_snapshot.rows.isEmpty()) {
        m_chartTicker.clear();
        m_chart->showMessage(tr("The database is empty.\nUse File ▸ Load offline demo or File ▸ Import CSV "
                                "folder… to get started."));
        if (m_options.offerFirstRun && !m_firstRunOffered) {
            m_firstRunOffered = true;
            emit firstRunRequested();
            openFirstRunDialog();
        }
        emit viewReady();
        return;
    }

    // Keep the symbol the user was looking at; on start, the one from the last session; else the first row.
    QString wanted = previous;
    if (wanted.isEmpty() && m_options.persistState) {
        wanted = QSettings().value(LastSymbolKey).toString();
    }
    m_reloadSelection = true;
    if (wanted.isEmpty() || !selectTicker(wanted)) {
        // The first row that has bars (a freshly imported list has none), else the first row.
        int row = 0;
        for (int i = 0; i < m_proxy->rowCount(); ++i) {
            if (m_proxy->index(i, UniverseTableModel::BarsColumn)
                    .data(UniverseTableModel::SortRole)
                    .isValid()) {
                row = i;
                break;
            }
        }
        if (m_proxy->rowCount() > 0) {
            m_table->selectRow(row);
        }
    }
    m_reloadSelection = false;
    if (m_proxy->rowCount() == 0) {
        emit viewReady(); // filters hide everything: nothing to draw
    }
}

void MainWindow::updateFilterCombos()
{
    const QSignalBlocker blockUniverse(m_universeCombo);
    const QSignalBlocker blockSector(m_sectorCombo);
    const QSignalBlocker blockTag(m_tagCombo);
    const QString universe = m_universeCombo->currentData().toString();
    const QString watchlist = watchlistOfFilterItem(m_universeCombo, m_universeCombo->currentIndex());
    const QString sector = m_sectorCombo->currentData().toString();
    const QString tag = m_tagCombo->currentData().toString();

    m_universeCombo->clear();
    m_universeCombo->addItem(tr("All symbols"), QString());
    for (const Store::UniverseInfo& info : std::as_const(m_snapshot.universes)) {
        m_universeCombo->addItem(tr("%1 (%2)").arg(info.name).arg(info.memberCount), info.name);
    }
    m_universeCombo->setCurrentIndex(std::max(0, m_universeCombo->findData(universe)));
    addWatchlistFilterItems(m_universeCombo, *m_watchlists); // issue 17
    if (!watchlist.isEmpty() && !selectWatchlistFilterItem(m_universeCombo, watchlist)) {
        m_universeCombo->setCurrentIndex(0); // the list was deleted
    }

    QStringList sectors;
    for (const Store::SymbolRow& row : std::as_const(m_snapshot.rows)) {
        if (!row.symbol.sector.isEmpty() && !sectors.contains(row.symbol.sector)) {
            sectors << row.symbol.sector;
        }
    }
    sectors.sort(Qt::CaseInsensitive);
    m_sectorCombo->clear();
    m_sectorCombo->addItem(tr("All sectors"), QString());
    for (const QString& s : std::as_const(sectors)) {
        m_sectorCombo->addItem(s, s);
    }
    m_sectorCombo->setCurrentIndex(std::max(0, m_sectorCombo->findData(sector)));
    m_sectorCombo->setEnabled(!sectors.isEmpty());

    m_tagCombo->clear();
    m_tagCombo->addItem(tr("All tags"), QString());
    for (const QString& t : std::as_const(m_snapshot.tags)) {
        m_tagCombo->addItem(t, t);
    }
    m_tagCombo->setCurrentIndex(std::max(0, m_tagCombo->findData(tag)));
    m_tagCombo->setEnabled(!m_snapshot.tags.isEmpty());
}

void MainWindow::applyFilters()
{
    const QString universe = m_universeCombo->currentData().toString();
    const QString watchlist = watchlistOfFilterItem(m_universeCombo, m_universeCombo->currentIndex());
    if (!watchlist.isEmpty()) { // issue 17
        const QStringList members = m_watchlists->members(watchlist);
        m_proxy->setMemberFilter(QSet<QString>(members.cbegin(), members.cend()));
    } else if (universe.isEmpty()) {
        m_proxy->setMemberFilter(std::nullopt);
    } else {
        m_proxy->setMemberFilter(m_snapshot.members.value(universe));
    }
    m_proxy->setSectorFilter(m_sectorCombo->currentData().toString());
    m_proxy->setTagFilter(m_tagCombo->currentData().toString());
    m_proxy->setVerdictFilter(m_verdictCombo->currentData().toString());
}

void MainWindow::scheduleCryptoDefaultsOfChosenUniverse()
{
    const QString universe = m_universeCombo->currentData().toString();
    if (universe.isEmpty()) {
        return;
    }
    const QSet<QString> members = m_snapshot.members.value(universe);
    if (!Tasks::isCryptoUniverse(QStringList(members.cbegin(), members.cend()))) {
        return;
    }
    // A handful of schedule rows through the window's scheduler (its queries are small, GUI thread).
    auto created = m_scheduler->ensureDefaults(Tasks::cryptoDefaultSchedule(universe));
    if (!created) {
        spdlog::error("scheduling the crypto entries of {} failed: {}", universe, created.error().message);
        return;
    }
    if (!created->isEmpty()) {
        statusBar()->showMessage(tr("Scheduled for %1: %2 (Tools ▸ Scheduler).")
                                     .arg(universe, created->join(QStringLiteral(", "))),
                                 8000);
    }
}

void MainWindow::updateStatus()
{
    if (!m_snapshotLoaded) {
        return;
    }
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = total == 1 ? tr("1 symbol") : tr("%1 symbols").arg(locale.toString(total));
    if (shown != total) {
        text += tr(" · %1 shown").arg(locale.toString(shown));
    }
    text += tr(" · %1 bars").arg(locale.toString(m_snapshot.totalBars));
    m_countLabel->setText(text);
}

QString MainWindow::selectedTicker() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(UniverseTableModel::TickerRole).toString();
}

bool MainWindow::selectTicker(const QString& ticker)
{
    const int sourceRow = m_model->rowOf(ticker);
    if (sourceRow < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        return false;
    }
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

QStringList MainWindow::tableTickers() const
{
    QStringList out;
    out.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        out << m_model->tickerAt(row);
    }
    return out;
}

void MainWindow::showSymbol(const QString& ticker)
{
    if (ticker.isEmpty() || ticker == m_chartTicker) {
        return;
    }
    if (!selectTicker(ticker)) {
        loadBars(ticker);
    }
}

void MainWindow::onSelectionChanged()
{
    const QString ticker = selectedTicker();
    if (ticker.isEmpty() || (ticker == m_chartTicker && !m_reloadSelection)) {
        return;
    }
    loadBars(ticker);
}

void MainWindow::loadBars(const QString& ticker)
{
    m_chartTicker = ticker;
    emit currentSymbolChanged(ticker);
    // A hidden chart is not worth a bar read and an indicator computation on every switch (a user
    // going through the dashboards): it is read when its tab is shown.
    if (m_symbolTabs->currentWidget() != m_chartGrid) {
        ++m_barsRequest; // a read still in flight is for a symbol no longer selected
        m_chartPending = true;
        return;
    }
    readChartBars(ticker);
}

void MainWindow::readChartBars(const QString& ticker)
{
    m_chartPending = false;
    const quint64 request = ++m_barsRequest;
    const Store::SymbolRow* row = m_model->rowData(m_model->rowOf(ticker));
    const QString name = row ? row->symbol.name : QString();
    QPointer<MainWindow> self(this);
    // The stored bars only: the chart adjusts, resamples and computes its studies itself, the studies on
    // the global pool (CandleChartView). The hourly bars come along (none for most symbols: one indexed
    // look-up), so the 60-minute timeframe is offered exactly when there are some.
    QtConcurrent::run(&m_readPool, [db = m_db, ticker]() -> Result<std::pair<BarSeries, HourlySeries>> {
        auto daily = Store::BarRepository(*db).load(ticker);
        if (!daily) {
            return fail(daily.error());
        }
        auto hourly = Store::HourlyBarRepository(*db).load(ticker);
        if (!hourly) {
            return fail(hourly.error());
        }
        return std::make_pair(std::move(*daily), std::move(*hourly));
    }).then(this, [self, request, ticker, name](Result<std::pair<BarSeries, HourlySeries>> bars) {
        if (!self || request != self->m_barsRequest) {
            return; // a newer selection superseded this one
        }
        if (!bars) {
            spdlog::error("loading bars of {} failed: {}", ticker, bars.error().message);
            self->m_chart->showMessage(
                tr("Could not load the bars of %1:\n%2").arg(ticker, bars.error().message), ticker);
            emit self->loadFailed(bars.error().message);
            return;
        }
        self->m_chart->setBars(ticker, name, bars->first, bars->second);
    });
}

void MainWindow::openFirstRunDialog()
{
    auto* dialog = new FirstRunDialog(static_cast<int>(Fetch::demoSymbols().size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FirstRunDialog> guard(dialog);
    connect(dialog, &QDialog::accepted, this, [this, guard] {
        if (!guard) {
            return;
        }
        switch (guard->choice()) {
        case FirstRunDialog::Choice::Demo:
            loadOfflineDemo();
            break;
        case FirstRunDialog::Choice::Nifty50:
            importListAndLoadFromYahoo(QStringLiteral("nifty50"), tr("NIFTY 50"));
            break;
        case FirstRunDialog::Choice::Nifty500:
            importListAndLoadFromYahoo(QStringLiteral("nifty500"), tr("NIFTY 500"));
            break;
        case FirstRunDialog::Choice::Sp500:
            importListAndLoadFromYahoo(QStringLiteral("sp500"), tr("S&P 500"));
            break;
        case FirstRunDialog::Choice::CsvFolder:
            // Let the dialog close first; the folder picker opens from the event loop.
            QTimer::singleShot(0, this, &MainWindow::importCsvFolder);
            break;
        case FirstRunDialog::Choice::Skip:
            break;
        }
    });
    dialog->open();
}

void MainWindow::importListAndLoadFromYahoo(const QString& bundledId, const QString& title)
{
    // Two queued jobs: the list (names and sectors), then the daily bars of every stored symbol — on a
    // first run exactly the list's — from Yahoo Finance.
    startJob(tr("Importing the %1 list").arg(title), Jobs::importBundledUniverse(m_db, bundledId));
    startTask(TaskRequest{QStringLiteral("load"),
                          Tasks::loadParams(QStringLiteral("yahoo")),
                          tr("Loading %1 daily bars from Yahoo Finance").arg(title)});
}

void MainWindow::loadOfflineDemo()
{
    startJob(tr("Loading the offline demo"), Jobs::loadDemo(m_db, runOptions()));
}

void MainWindow::importTickersFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import tickers file"),
                                                      settings.value(LastImportDirKey).toString(),
                                                      tr("Ticker lists (*.txt *.csv *.lst);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(LastImportDirKey, QFileInfo(path).absolutePath());
    auto* dialog = new ImportTickersDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ImportTickersDialog> guard(dialog);
    connect(dialog, &QDialog::accepted, this, [this, guard, path] {
        if (!guard) {
            return;
        }
        const QString name = guard->name();
        if (guard->asTag()) {
            startJob(tr("Tagging symbols \"%1\"").arg(name),
                     Jobs::importTickersFile(m_db, path, QString(), name));
        } else {
            startJob(tr("Importing universe \"%1\"").arg(name),
                     Jobs::importTickersFile(m_db, path, name, QString()));
        }
    });
    dialog->open();
}

void MainWindow::importUniverseCsv()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import universe CSV"),
                                                      settings.value(LastImportDirKey).toString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(LastImportDirKey, QFileInfo(path).absolutePath());
    startJob(tr("Importing universe %1").arg(QFileInfo(path).fileName()),
             Jobs::importUniverseFile(m_db, path));
}

void MainWindow::importCsvFolder()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import CSV folder"), settings.value(LastImportDirKey).toString());
    if (folder.isEmpty()) {
        return;
    }
    settings.setValue(LastImportDirKey, folder);
    startJob(tr("Importing %1").arg(QFileInfo(folder).fileName()),
             Jobs::importCsvFolder(m_db, folder, runOptions()));
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_db->path(), this);
    auto* dataSource = new DataSourceSettingsPage(m_db, &m_readPool);
    // "Load / update data" offers the configured provider first: let it see the new one.
    connect(dataSource, &DataSourceSettingsPage::saved, m_operations, &OperationsPanel::refreshHistory);
    dialog->addPage(dataSource);
    dialog->addPage(new TasksSettingsPage);
    dialog->addPage(new AppearanceSettingsPage);
    auto* calendars = new CalendarSettingsPage(m_db, &m_readPool);
    dialog->addPage(calendars);
    // The declared tables of the engine's other tasks, one page each (stored in the database).
    auto tablePage = [this](const QString& title,
                            const QString& objectName,
                            const QList<Config::Parameter>& table,
                            const QString& note,
                            const QIcon& icon) {
        ParameterSettingsPage::Spec spec;
        spec.title = title;
        spec.objectName = objectName;
        spec.parameters = table;
        spec.note = note;
        spec.icon = icon;
        return new ParameterSettingsPage(m_db, &m_readPool, spec);
    };
    dialog->addPage(
        tablePage(tr("Pipeline"),
                  QStringLiteral("pipelineSettingsPage"),
                  Tiles::pipelineParameters() + Tasks::pipelineOutputParameters(),
                  tr("Tiles, slippage sizes and the verdict's formula, weights and thresholds: a "
                     "change makes the next pipeline run recompute every symbol. The JSON folder only "
                     "says where the documents go."),
                  style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    dialog->addPage(
        tablePage(tr("Models"),
                  QStringLiteral("modelSettingsPage"),
                  Ml::trainParameters(),
                  tr("Walk-forward validation, model parameters and the production-ready gate used "
                     "by the next training run."),
                  style()->standardIcon(QStyle::SP_ComputerIcon)));
    dialog->addPage(
        tablePage(tr("Exports"),
                  QStringLiteral("exportSettingsPage"),
                  Export::exportParameters(),
                  tr("Where the CSV exports are written, and how long the daily files are kept there."),
                  style()->standardIcon(QStyle::SP_DialogSaveButton)));
    dialog->addPage(new StartupSettingsPage(m_tray->isAvailable()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    showAboutDialog(this, m_db->path());
}

void MainWindow::startTask(const TaskRequest& request)
{
    Tasks::RunOptions options = runOptions();
    // A run that names its concurrency (train's maxConcurrent) gets that many workers, as on the CLI.
    if (const int workers = request.params.value(QStringLiteral("maxConcurrent")).toInt(); workers > 0) {
        options.maxWorkers = workers;
    }
    // Exports get their own job: its summary names the files written.
    startJob(request.title.isEmpty() ? taskKindTitle(request.kind) : request.title,
             request.kind == Tasks::kExportTaskKind
                 ? Jobs::runExport(m_db, request.params, options)
                 : Jobs::runTask(m_db, request.kind, request.params, options));
}

void MainWindow::resumeRun(qint64 runId)
{
    startJob(tr("Resuming run %1").arg(runId), Jobs::resumeRun(m_db, runId, runOptions()));
}

void MainWindow::retryFailedRun(qint64 runId)
{
    startJob(tr("Retrying the failed symbols of run %1").arg(runId),
             Jobs::retryFailed(m_db, runId, runOptions()));
}

void MainWindow::showScheduler()
{
    if (!m_schedulerDialog) {
        m_schedulerDialog = new SchedulerDialog(m_scheduler, this);
        m_schedulerDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_schedulerDialog->show();
    m_schedulerDialog->raise();
    m_schedulerDialog->activateWindow();
}

void MainWindow::showOperations()
{
    m_operationsDock->show();
    m_operationsDock->raise();
}

void MainWindow::showLog()
{
    m_logDock->show();
    m_logDock->raise();
}

void MainWindow::showStatusView()
{
    m_statusDock->show();
    m_statusDock->raise();
}

void MainWindow::showModels()
{
    m_modelsDock->show();
    m_modelsDock->raise();
}

void MainWindow::showPredictions()
{
    m_symbolTabs->setCurrentWidget(m_predictions);
}

void MainWindow::fillLaunchContext(LaunchContext& context) const
{
    for (const Store::UniverseInfo& info : m_snapshot.universes) {
        QStringList members = m_snapshot.members.value(info.name).values();
        members.sort();
        context.universes.insert(info.name, members);
    }
    for (const Store::SymbolRow& row : m_snapshot.rows) {
        if (row.barCount > 0) {
            context.tickersWithBars << row.symbol.ticker;
        }
        for (const QString& tag : row.symbol.tags) {
            context.tags[tag] << row.symbol.ticker;
        }
    }
    context.currentUniverse = m_universeCombo->currentData().toString();
    if (const QString ticker = selectedTicker(); !ticker.isEmpty()) {
        context.selectedTickers << ticker;
    }
}

void MainWindow::startJob(const QString& title, JobFunction job, JobOrigin origin)
{
    enqueueJob(Job{title, std::move(job), origin, {}, {}});
}

void MainWindow::enqueueJob(Job job)
{
    if (m_jobs->isBusy() && job.origin != JobOrigin::Housekeeping) {
        statusBar()->showMessage(
            tr("\"%1\" starts when \"%2\" has finished.").arg(job.title, m_jobs->title()), 5000);
    }
    m_jobs->enqueue(std::move(job));
}

void MainWindow::onJobStarted(const JobInfo& job)
{
    setWriteActionsEnabled(false);
    if (job.origin == JobOrigin::Housekeeping) {
        return;
    }
    m_progress->begin(job.title);
    m_cancelAction->setEnabled(true);
    m_tray->runStarted(job.title);
}

void MainWindow::onJobFinished(const JobInfo& job, const JobOutcome& outcome)
{
    if (job.origin == JobOrigin::Housekeeping) {
        return;
    }
    const QString& title = job.title;
    m_progress->end();
    m_cancelAction->setEnabled(false);
    spdlog::info("{}: {}", title, outcome.summary);
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, outcome.summary.section(u'\n', 0, 0)),
                             10000);
    if (outcome.dataChanged) {
        refresh();
    }
    m_tray->runFinished(title, outcome);
    m_status->refreshIfVisible();
    // A run that went well is said in the status bar and the tray's notification (its summary stays in
    // the Operations history and the log): no box to click away. One that needs attention — failed
    // symbols, a storage fault — gets a box, non-modal, so the window stays usable under it.
    const bool needsAttention =
        outcome.stoppedByStorage || outcome.failed > 0 || outcome.runStatus == Tasks::RunStatus::Failed;
    if (!m_options.quiet && job.origin == JobOrigin::User && !outcome.cancelled && needsAttention
        && isVisible()) {
        auto* box = new QMessageBox(outcome.stoppedByStorage ? QMessageBox::Critical
                                    : outcome.failed > 0     ? QMessageBox::Warning
                                                             : QMessageBox::Information,
                                    title,
                                    outcome.summary,
                                    QMessageBox::Ok,
                                    this);
        box->setObjectName(QStringLiteral("jobSummaryMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (outcome.failed > 0) {
            box->setInformativeText(tr("Failed symbols and their reasons are under Show Details and in the "
                                       "run's details in the operations view."));
        }
        if (!outcome.details.isEmpty()) {
            box->setDetailedText(outcome.details);
        }
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
    emit jobFinished(title, outcome);
}

void MainWindow::onJobFailed(const JobInfo& job, const QString& message)
{
    if (job.origin == JobOrigin::Housekeeping) {
        return;
    }
    const QString& title = job.title;
    m_progress->end();
    m_cancelAction->setEnabled(false);
    spdlog::error("{} failed: {}", title, message);
    statusBar()->showMessage(tr("%1 failed: %2").arg(title, message), 10000);
    m_tray->runFailed(title, message);
    if (!m_options.quiet && job.origin == JobOrigin::User && isVisible()) {
        auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("jobErrorMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
    emit loadFailed(message);
}

void MainWindow::setWriteActionsEnabled(bool enabled)
{
    for (QAction* action : std::as_const(m_writeActions)) {
        action->setEnabled(enabled);
    }
    m_operations->setActionsAllowed(enabled);
    m_tray->setRunEnabled(enabled);
}

} // namespace Tessera::Ui
