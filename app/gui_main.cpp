// tessera: the GUI. tessera [--db PATH] [--demo] [--tray] [--max-workers N] [--log-level L] [--version]
//                          [--screenshot FILE.png [--screenshot-view VIEW] [--start-load PROVIDER]]
//                          [--analysis-dir DIR] [--symbol T]
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>

#include "app/gui/SwitchBenchmark.h"
#include "core/broker/LiveGateways.h"
#include "core/common/Log.h"
#include "core/common/Paths.h"
#include "core/common/Suggest.h"
#include "core/store/Database.h"
#include "core/tasks/LoadTask.h"
#include "ui/backtest/BacktestWindow.h"
#include "ui/broker/BrokerLoginDialog.h"
#include "ui/broker/LiveOrderConfirmation.h"
#include "ui/charts/CandleChartView.h"
#include "ui/charts/ChartGrid.h"
#include "ui/charts/DrawingLayer.h"
#include "ui/common/Appearance.h"
#include "ui/common/MarketColors.h"
#include "ui/common/UiSettings.h"
#include "ui/dialogs/SchedulerDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/ModelsPanel.h"
#include "ui/panels/PicksPanel.h"
#include "ui/panels/PredictionsPanel.h"
#include "ui/panels/ScoreboardPanel.h"
#include "ui/panels/ScreensPanel.h"
#include "ui/panels/StatusPanel.h"
#include "ui/panels/SymbolDashboard.h"
#include "ui/panels/TopPredictionsPanel.h"
#include "ui/portfolio/OrderTicketDialog.h"
#include "ui/portfolio/PortfolioChartLayer.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/tray/TrayController.h"
#include "ui/watchlists/WatchlistsPanel.h"

namespace {

using namespace Tessera;

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;
constexpr int ScreenshotTimeoutMs = 60'000;
constexpr int ScreenshotSettleMs = 400; // let the last coalesced chart update and the layout land
constexpr int MidRunSettleMs = 150;     // one more progress report and repaint, not the end of the run

/** What --screenshot should show. */
struct ScreenshotPlan
{
    QString file;
    QString view;      ///< main, chart, operations, log, status, scheduler, predictions or models
    QString startLoad; ///< a provider spec: start this load and take the picture while it runs
    QString symbol;    ///< select this symbol first (any view; its dashboard with the view "dashboard")
    /** Chart options (--timeframe, --chart-type, --scale, --indicators, --range), applied to the chart first.
     */
    std::optional<Timeframe> timeframe;
    std::optional<Ui::ChartType> chartType;
    std::optional<Ui::PriceScale> scale;
    std::optional<QList<Ui::ChartStudy>> studies;
    std::optional<Ui::CandleChartView::RangePreset> range;
    int charts = 1;          ///< --charts 1|2|4
    QStringList gridSymbols; ///< --grid-symbols: the other charts' symbols
    bool savedGrid = false;  ///< --saved-grid: the grid as the last session left it
    QStringList compare;     ///< --compare A,B
    QString benchmark;       ///< --benchmark T
    QString account;         ///< --account A: the portfolio view's account (issue 19)
};

/** --range words: 1m, 3m, 6m, 1y, 5y, all. */
std::optional<Ui::CandleChartView::RangePreset> rangeFromWord(const QString& word)
{
    using P = Ui::CandleChartView::RangePreset;
    const QMap<QString, P> words = {{QStringLiteral("1m"), P::OneMonth},
                                    {QStringLiteral("3m"), P::ThreeMonths},
                                    {QStringLiteral("6m"), P::SixMonths},
                                    {QStringLiteral("1y"), P::OneYear},
                                    {QStringLiteral("5y"), P::FiveYears},
                                    {QStringLiteral("all"), P::All}};
    if (!words.contains(word.toLower())) {
        return std::nullopt;
    }
    return words.value(word.toLower());
}

QStringList screenshotViews()
{
    return {QStringLiteral("main"),
            QStringLiteral("chart"),
            QStringLiteral("operations"),
            QStringLiteral("log"),
            QStringLiteral("status"),
            QStringLiteral("scheduler"),
            QStringLiteral("predictions"),
            QStringLiteral("models"),
            QStringLiteral("dashboard"),
            QStringLiteral("alerts"),
            QStringLiteral("watchlists"),
            QStringLiteral("chart-menu"),
            QStringLiteral("top-predictions"),
            QStringLiteral("picks"),
            QStringLiteral("screens"),
            QStringLiteral("broker-login"),
            QStringLiteral("scoreboard"),
            QStringLiteral("backtest"),
            QStringLiteral("backtest-compare"),
            QStringLiteral("portfolio"),
            QStringLiteral("order-ticket"),
            QStringLiteral("live-order-confirm"),
            QStringLiteral("chart-fills")};
}

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], name, std::strlen(name)) == 0) {
            return true;
        }
    }
    return false;
}

void printError(const QString& message)
{
    std::fprintf(stderr, "tessera: %s\n", message.toLocal8Bit().constData());
}

/** "symbol RELIANCE is not in the table; did you mean RELIANCE.NS?" */
QString notInTable(const Ui::MainWindow& window, const QString& ticker)
{
    return QStringLiteral("symbol %1 is not in the table%2")
        .arg(ticker, didYouMean(closeMatches(ticker, window.tableTickers())));
}

void installTranslators(QCoreApplication& app)
{
    // English is the source language; a missing translation simply leaves it in English.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    // The English file carries the plural forms ("1 holiday", "69 holidays"); a C/POSIX locale (a
    // minimal system, a container) matches no file by name, so it gets the English one.
    const bool loaded =
        own->load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || (QLocale().language() == QLocale::C && own->load(QStringLiteral(":/i18n/tessera_en")));
    if (loaded) {
        QCoreApplication::installTranslator(own);
    }
}

/**
 * The GUI's options, built the same way for the early --help/--version answer (under a
 * QCoreApplication, before any display is touched) and for the real start (under the QApplication).
 */
struct GuiCommandLine
{
    QCommandLineParser parser;
    QCommandLineOption helpOption{QStringLiteral("help")};
    QCommandLineOption versionOption{QStringLiteral("version"),
                                     QCoreApplication::translate("main", "Print the version and exit.")};
    QCommandLineOption dbOption{
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Database file (default: settings, then %1).")
            .arg(Paths::defaultDatabasePath()),
        QStringLiteral("PATH")};
    QCommandLineOption demoOption{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Load the offline demo market when no bars are stored.")};
    QCommandLineOption screenshotOption{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window once its data is shown, then exit."),
        QStringLiteral("FILE.png")};
    QCommandLineOption screenshotViewOption{
        QStringLiteral("screenshot-view"),
        QCoreApplication::translate("main", "With --screenshot: what to show: %1 (default main).")
            .arg(screenshotViews().join(QStringLiteral(", "))),
        QStringLiteral("VIEW")};
    QCommandLineOption startLoadOption{
        QStringLiteral("start-load"),
        QCoreApplication::translate("main",
                                    "With --screenshot: start a load over PROVIDER (csv:DIR, synthetic) and "
                                    "take the picture while it runs."),
        QStringLiteral("PROVIDER")};
    QCommandLineOption analysisDirOption{
        QStringLiteral("analysis-dir"),
        QCoreApplication::translate(
            "main",
            "Show the analyses in DIR (the JSON files of pipeline --json-out) instead "
            "of the stored ones."),
        QStringLiteral("DIR")};
    QCommandLineOption symbolOption{
        QStringLiteral("symbol"),
        QCoreApplication::translate("main", "With --screenshot: select this symbol first."),
        QStringLiteral("T")};
    QCommandLineOption accountOption{
        QStringLiteral("account"),
        QCoreApplication::translate("main",
                                    "With --screenshot: the portfolio view's account (default Paper)."),
        QStringLiteral("A")};
    QCommandLineOption timeframeOption{
        QStringLiteral("timeframe"),
        QCoreApplication::translate(
            "main", "With --screenshot: chart bars: daily, weekly, monthly or 60m (stored hourly bars)."),
        QStringLiteral("TF")};
    QCommandLineOption chartTypeOption{
        QStringLiteral("chart-type"),
        QCoreApplication::translate("main",
                                    "With --screenshot: candles, bars (OHLC), line, area or heikin-ashi."),
        QStringLiteral("TYPE")};
    QCommandLineOption scaleOption{
        QStringLiteral("scale"),
        QCoreApplication::translate("main", "With --screenshot: price scale: linear, log or percent."),
        QStringLiteral("SCALE")};
    QCommandLineOption indicatorsOption{
        QStringLiteral("indicators"),
        QCoreApplication::translate("main",
                                    "With --screenshot: the chart's indicators, e.g. \"sma:50,bb:20:2,rsi:14,"
                                    "macd:12:26:9\" (keys and parameters: README); \"\" for none."),
        QStringLiteral("LIST")};
    QCommandLineOption compareOption{
        QStringLiteral("compare"),
        QCoreApplication::translate("main", "With --screenshot: overlay these symbols on the chart (A,B)."),
        QStringLiteral("LIST")};
    QCommandLineOption benchmarkOption{
        QStringLiteral("benchmark"),
        QCoreApplication::translate("main", "With --screenshot: add a relative-strength pane against T."),
        QStringLiteral("T")};
    QCommandLineOption chartsOption{
        QStringLiteral("charts"),
        QCoreApplication::translate("main",
                                    "With --screenshot: 1, 2 or 4 charts; --grid-symbols names the others."),
        QStringLiteral("N")};
    QCommandLineOption gridSymbolsOption{
        QStringLiteral("grid-symbols"),
        QCoreApplication::translate("main",
                                    "With --screenshot and --charts: the other charts' symbols (A,B,C)."),
        QStringLiteral("LIST")};
    QCommandLineOption savedGridOption{
        QStringLiteral("saved-grid"),
        QCoreApplication::translate(
            "main",
            "With --screenshot: show the chart grid as the last session left it (charts, link, the other "
            "charts' symbols and timeframes); nothing is saved.")};
    QCommandLineOption rangeOption{
        QStringLiteral("range"),
        QCoreApplication::translate("main", "With --screenshot: visible range: 1m, 3m, 6m, 1y, 5y or all."),
        QStringLiteral("R")};
    // W6 (BENCHMARKS.md): time symbol switches on the dashboard; hidden, for tests/bench/run-benchmarks.sh.
    QCommandLineOption benchSwitchOption{
        QStringLiteral("bench-switch"), QStringLiteral("bench"), QStringLiteral("N")};
    QCommandLineOption trayOption{
        QStringLiteral("tray"),
        QCoreApplication::translate(
            "main", "Start in the system tray without showing the window (when there is a tray).")};
    QCommandLineOption maxWorkersOption{
        QStringLiteral("max-workers"),
        QCoreApplication::translate("main",
                                    "Worker threads of task runs in this session (default: settings)."),
        QStringLiteral("N")};
    QCommandLineOption logLevelOption{
        QStringLiteral("log-level"),
        QCoreApplication::translate("main",
                                    "trace, debug, info, warn, error or off (default: settings, then info)."),
        QStringLiteral("L")};
    QCommandLineOption themeOption{
        QStringLiteral("theme"),
        QCoreApplication::translate("main",
                                    "Colours for this session: system, light or dark (default: Settings ▸ "
                                    "Appearance)."),
        QStringLiteral("T")};
    QCommandLineOption chartColorsOption{
        QStringLiteral("chart-colors"),
        QCoreApplication::translate(
            "main",
            "Rising/falling colours for this session: green-up, red-up or blue-orange "
            "(default: Settings ▸ Appearance)."),
        QStringLiteral("S")};

    GuiCommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Tessera market-analysis workstation"));
        helpOption = parser.addHelpOption();
        benchSwitchOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({versionOption,     dbOption,         demoOption,           trayOption,
                           maxWorkersOption,  screenshotOption, screenshotViewOption, startLoadOption,
                           analysisDirOption, symbolOption,     timeframeOption,      chartTypeOption,
                           scaleOption,       indicatorsOption, rangeOption,          compareOption,
                           benchmarkOption,   chartsOption,     gridSymbolsOption,    benchSwitchOption,
                           logLevelOption,    themeOption,      chartColorsOption,    savedGridOption,
                           accountOption});
    }
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
}

/**
 * `tessera --help` and `tessera --version` need no display (packaging smoke tests, an ssh session): when
 * the arguments ask for either, they are answered under a QCoreApplication, which loads no platform
 * plugin, before the QApplication exists. Returns the exit code, or nothing to start the GUI.
 */
std::optional<int> answerWithoutDisplay(int argc, char** argv)
{
    bool asks = false;
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        for (const char* name : {"-h", "-?", "--help", "--help-all", "--version"}) {
            asks = asks || std::strcmp(argv[i], name) == 0;
        }
    }
    if (!asks) {
        return std::nullopt;
    }
    QCoreApplication core(argc, argv);
    setApplicationNames();
    installTranslators(core);
    GuiCommandLine commandLine;
    // Errors are left to the real start: Qt's own options (-platform, -style) are known only to QApplication.
    (void)commandLine.parser.parse(QCoreApplication::arguments());
    if (commandLine.parser.isSet(commandLine.versionOption)) {
        std::printf("tessera %s\n", TESSERA_VERSION);
        return ExitOk;
    }
    if (commandLine.parser.isSet(commandLine.helpOption)
        || commandLine.parser.isSet(QStringLiteral("help-all"))) {
        std::fprintf(stdout, "%s", commandLine.parser.helpText().toLocal8Bit().constData());
        return ExitOk;
    }
    return std::nullopt;
}

/**
 * Saves a picture once the window shows its data, then quits (exit 0; 1 on failure). With a view it
 * raises that dock (or opens the scheduler editor and pictures the dialog); with startLoad it starts
 * that load and takes the picture while it runs, a fifth of the way in.
 */
void armScreenshot(QApplication& app, Ui::MainWindow* window, const ScreenshotPlan& plan)
{
    auto done = std::make_shared<bool>(false);
    auto finish = [done](int code) {
        if (!*done) {
            *done = true;
            QCoreApplication::exit(code);
        }
    };
    QPointer<Ui::MainWindow> guard(window);
    const QString file = plan.file;
    // Grabs `widget` (the window, or a dialog of it) and ends the program.
    auto shoot = [guard, file, finish](QWidget* widget) {
        if (!guard || !widget) {
            return;
        }
        const QPixmap picture = widget->grab();
        if (picture.isNull() || !picture.save(file, "PNG")) {
            printError(QStringLiteral("cannot write the screenshot %1").arg(file));
            finish(ExitFailed);
            return;
        }
        std::fprintf(stdout, "%s\n", QDir::toNativeSeparators(file).toLocal8Bit().constData());
        finish(ExitOk);
    };
    auto shootLater = [guard, shoot](int ms, std::function<QWidget*()> target) {
        QTimer::singleShot(ms, guard.data(), [guard, shoot, target] {
            if (guard) {
                shoot(target());
            }
        });
    };
    QObject::connect(window, &Ui::MainWindow::loadFailed, &app, [finish](const QString& message) {
        printError(QStringLiteral("loading failed: %1").arg(message));
        finish(ExitFailed);
    });
    // The chart options first, so the symbol's chart is drawn with them.
    Ui::CandleChartView* chart = window->chartView();
    if (plan.timeframe) {
        chart->setTimeframe(*plan.timeframe);
    }
    if (plan.chartType) {
        chart->setChartType(*plan.chartType);
    }
    if (plan.scale) {
        chart->setPriceScale(*plan.scale);
    }
    if (plan.studies) {
        chart->setStudies(*plan.studies);
    }
    if (plan.range) {
        chart->setRangePreset(*plan.range);
    }
    for (const QString& ticker : plan.compare) {
        chart->addCompareSymbol(ticker.trimmed());
    }
    if (!plan.benchmark.isEmpty()) {
        chart->setBenchmark(plan.benchmark);
    }
    if (plan.charts > 1) {
        window->chartGrid()->setChartCount(plan.charts);
        for (int i = 1; i < plan.charts && i <= plan.gridSymbols.size(); ++i) {
            window->chartGrid()->setSymbol(i, plan.gridSymbols[i - 1].trimmed());
        }
    }
    QObject::connect(
        window,
        &Ui::MainWindow::viewReady,
        &app,
        [guard, plan, done, shoot, shootLater, finish] {
            if (*done || !guard) {
                return;
            }
            // Views other than the symbol's own (main, chart, dashboard: handled below) show the symbol
            // given with --symbol selected, then are pictured as they are.
            const bool symbolView =
                plan.view == QStringLiteral("main") || plan.view == QStringLiteral("chart")
                || plan.view == QStringLiteral("chart-menu") || plan.view == QStringLiteral("dashboard");
            if (!symbolView && !plan.symbol.isEmpty() && guard->selectedTicker() != plan.symbol
                && !guard->selectTicker(plan.symbol)) {
                printError(notInTable(*guard, plan.symbol));
                QCoreApplication::exit(ExitFailed);
                return;
            }
            if (plan.view == QStringLiteral("operations")) {
                guard->showOperations();
            } else if (plan.view == QStringLiteral("log")) {
                guard->showLog();
            } else if (plan.view == QStringLiteral("status")) {
                guard->showStatusView(); // its own refresh may still be running: refresh() below then waits
            } else if (plan.view == QStringLiteral("alerts")) {
                guard->alertsDock()->show();
                guard->alertsDock()->raise();
                // Wide enough for every column (symbol, alert, date, values), as a user would drag it.
                guard->resizeDocks({guard->alertsDock()}, {guard->width() * 2 / 5}, Qt::Horizontal);
            } else if (plan.view == QStringLiteral("watchlists")) {
                // The Watchlists dock with its current list as the universe table's filter.
                guard->watchlistsDock()->show();
                guard->watchlistsDock()->raise();
                if (auto* filter = guard->watchlistsPanel()->findChild<QAbstractButton*>(
                        QStringLiteral("showWatchlistInTableButton"))) {
                    filter->click();
                }
            } else if (plan.view == QStringLiteral("chart-menu")) {
                // The chart with its right-click menu open (issue 17), docks closed as for "chart".
                for (QDockWidget* dock : guard->findChildren<QDockWidget*>()) {
                    dock->hide();
                }
                if (!plan.symbol.isEmpty() && guard->selectedTicker() != plan.symbol) {
                    guard->showSymbol(plan.symbol);
                }
                QTimer::singleShot(ScreenshotSettleMs, guard.data(), [guard, file = plan.file, finish] {
                    if (!guard) {
                        return;
                    }
                    const QPixmap picture = guard->drawingLayer()->grabWithContextMenu(guard->chartView());
                    if (!picture.save(file, "PNG")) {
                        printError(QStringLiteral("cannot write the screenshot %1").arg(file));
                        finish(ExitFailed);
                        return;
                    }
                    std::fprintf(stdout, "%s\n", QDir::toNativeSeparators(file).toLocal8Bit().constData());
                    finish(ExitOk);
                });
                return;
            } else if (plan.view == QStringLiteral("chart")) {
                // The chart alone, the docks closed so that it gets the window's whole height.
                for (QDockWidget* dock : guard->findChildren<QDockWidget*>()) {
                    dock->hide();
                }
                if (!plan.symbol.isEmpty() && guard->selectedTicker() != plan.symbol
                    && !guard->selectTicker(plan.symbol)) {
                    printError(notInTable(*guard, plan.symbol));
                    QCoreApplication::exit(ExitFailed);
                    return;
                }
                if (plan.charts > 1 || (plan.savedGrid && guard->chartGrid()->chartCount() > 1)) {
                    // The grid: its other charts read their bars on the pool; give them time to land.
                    shootLater(ScreenshotSettleMs * 4,
                               [guard]() -> QWidget* { return guard ? guard->chartGrid() : nullptr; });
                    return;
                }
                shootLater(ScreenshotSettleMs,
                           [guard]() -> QWidget* { return guard ? guard->chartView() : nullptr; });
                return;
            } else if (plan.view == QStringLiteral("dashboard")
                       || (plan.view == QStringLiteral("main") && !plan.symbol.isEmpty())) {
                // Select the symbol (or keep the selected one) and shoot once its analysis is drawn.
                Ui::SymbolDashboard* dashboard = guard->dashboard();
                if (plan.view == QStringLiteral("dashboard")) {
                    guard->symbolTabs()->setCurrentWidget(dashboard);
                    guard->resize(std::max(guard->width(), 1900), std::max(guard->height(), 1300));
                    // The picture is about the dashboard: the docks would take half its height.
                    for (QDockWidget* dock : guard->findChildren<QDockWidget*>()) {
                        dock->hide();
                    }
                }
                const QString ticker = plan.symbol.isEmpty() ? guard->selectedTicker() : plan.symbol;
                auto shootWhenShown = [shootLater, guard, ticker](const QString& shown) {
                    if (shown == ticker) {
                        shootLater(ScreenshotSettleMs, [guard]() -> QWidget* { return guard.data(); });
                    }
                };
                QObject::connect(
                    dashboard, &Ui::SymbolDashboard::analysisShown, guard.data(), shootWhenShown);
                QObject::connect(dashboard, &Ui::SymbolDashboard::messageShown, guard.data(), shootWhenShown);
                if (guard->selectedTicker() == ticker) {
                    dashboard->reload(); // already selected: read it again so the signal comes
                } else if (!guard->selectTicker(ticker)) {
                    printError(notInTable(*guard, ticker));
                    QCoreApplication::exit(ExitFailed);
                }
                return;
            } else if (plan.view == QStringLiteral("order-ticket")
                       || plan.view == QStringLiteral("live-order-confirm")) {
                // Issue 19: the ticket for the symbol (on --account, e.g. a broker's), reviewed (its cost
                // and charges shown); live-order-confirm: the confirmation a live order of it asks, shown
                // without placing anything.
                guard->resize(std::max(guard->width(), 1600), std::max(guard->height(), 1000));
                Ui::OrderTicketDialog* ticket =
                    guard->openOrderTicket(plan.symbol.isEmpty() ? guard->selectedTicker() : plan.symbol);
                if (!plan.account.isEmpty()) {
                    ticket->setAccount(plan.account);
                }
                const bool confirmation = plan.view == QStringLiteral("live-order-confirm");
                QObject::connect(
                    ticket,
                    &Ui::OrderTicketDialog::reviewed,
                    guard.data(),
                    [shootLater, confirmation, ticket = QPointer<Ui::OrderTicketDialog>(ticket)] {
                        if (!confirmation || !ticket) {
                            shootLater(ScreenshotSettleMs, [ticket]() -> QWidget* { return ticket.data(); });
                            return;
                        }
                        QMessageBox* box =
                            Ui::createLiveOrderConfirmation(ticket->liveOrderDetails(), ticket);
                        box->show();
                        shootLater(ScreenshotSettleMs,
                                   [box = QPointer<QMessageBox>(box)]() -> QWidget* { return box.data(); });
                    },
                    Qt::SingleShotConnection);
                // The accounts are read first, so a review on --account waits for them.
                auto reviewSoon = [ticket] {
                    QTimer::singleShot(ScreenshotSettleMs, ticket, [ticket] { ticket->review(); });
                };
                if (ticket->hasAccounts()) {
                    reviewSoon();
                } else {
                    QObject::connect(ticket,
                                     &Ui::OrderTicketDialog::accountsLoaded,
                                     ticket,
                                     reviewSoon,
                                     Qt::SingleShotConnection);
                }
                return;
            } else if (plan.view == QStringLiteral("chart-fills")) {
                // Issue 19: the chart with the paper account's fills and the entry line, docks closed.
                for (QDockWidget* dock : guard->findChildren<QDockWidget*>()) {
                    dock->hide();
                }
                QObject::connect(
                    guard->portfolioLayer(),
                    &Ui::PortfolioChartLayer::loaded,
                    guard.data(),
                    [shootLater, guard] {
                        shootLater(ScreenshotSettleMs,
                                   [guard]() -> QWidget* { return guard ? guard->chartView() : nullptr; });
                    },
                    Qt::SingleShotConnection);
                if (!plan.symbol.isEmpty() && guard->selectedTicker() != plan.symbol) {
                    guard->showSymbol(plan.symbol);
                }
                guard->portfolioLayer()->setAccount(plan.account);
                guard->portfolioLayer()->refresh();
                return;
            } else if (plan.view == QStringLiteral("portfolio")) {
                QObject::connect(
                    guard->portfolioView(),
                    &Ui::PortfolioView::loaded,
                    guard.data(),
                    [shootLater, guard] {
                        shootLater(ScreenshotSettleMs, [guard]() -> QWidget* { return guard.data(); });
                    },
                    Qt::SingleShotConnection);
                guard->portfolioDock()->show();
                guard->portfolioDock()->raise();
                guard->resizeDocks({guard->portfolioDock()}, {guard->height() * 3 / 5}, Qt::Vertical);
                guard->portfolioView()->showAccount(plan.account);
                return;
            } else if (plan.view == QStringLiteral("scheduler")) {
                guard->showScheduler();
                shootLater(ScreenshotSettleMs,
                           [guard]() -> QWidget* { return guard ? guard->schedulerDialog() : nullptr; });
                return;
            }
            auto whole = [guard]() -> QWidget* {
                return guard.data();
            };
            if (!plan.startLoad.isEmpty()) {
                auto taken = std::make_shared<bool>(false);
                QObject::connect(guard->jobRunner(),
                                 &Ui::JobRunner::progressChanged,
                                 guard.data(),
                                 [taken, shootLater, whole](const Tasks::TaskProgress& p) {
                                     if (!*taken && p.total > 0
                                         && p.finished() >= std::max<qint64>(1, p.total / 5)) {
                                         *taken = true;
                                         shootLater(MidRunSettleMs, whole);
                                     }
                                 });
                QObject::connect(guard.data(),
                                 &Ui::MainWindow::jobFinished,
                                 guard.data(),
                                 [taken, shootLater, whole](const QString&, const Ui::JobOutcome&) {
                                     if (!*taken) {
                                         *taken = true;
                                         printError(QStringLiteral("the load ended before the screenshot; "
                                                                   "showing its end instead"));
                                         shootLater(ScreenshotSettleMs, whole);
                                     }
                                 });
                guard->startTask(
                    Ui::TaskRequest{QStringLiteral("load"),
                                    Tasks::loadParams(plan.startLoad),
                                    QApplication::translate("main", "Load %1").arg(plan.startLoad)});
                return;
            }
            if (plan.view == QStringLiteral("predictions") || plan.view == QStringLiteral("models")) {
                // Both read on the pool once shown: connect first (a quick read may report at once).
                if (plan.view == QStringLiteral("predictions")) {
                    QObject::connect(
                        guard->predictionsPanel(),
                        &Ui::PredictionsPanel::loaded,
                        guard.data(),
                        [shootLater, whole] { shootLater(ScreenshotSettleMs, whole); },
                        Qt::SingleShotConnection);
                    guard->showPredictions();
                } else {
                    QObject::connect(
                        guard->modelsPanel(),
                        &Ui::ModelsPanel::refreshed,
                        guard.data(),
                        [shootLater, whole] { shootLater(ScreenshotSettleMs, whole); },
                        Qt::SingleShotConnection);
                    guard->showModels();
                    // Room for the table and the histogram in the picture.
                    guard->resizeDocks({guard->modelsDock()}, {guard->height() / 2}, Qt::Vertical);
                    // Its first read may have run when the window first showed: read again, picture that.
                    guard->modelsPanel()->refresh();
                }
                return;
            }
            if (plan.view == QStringLiteral("top-predictions")) {
                // Read on the pool once shown: connect first, then raise its dock and read again.
                QObject::connect(
                    guard->topPredictionsPanel(),
                    &Ui::TopPredictionsPanel::loaded,
                    guard.data(),
                    [shootLater, whole] { shootLater(ScreenshotSettleMs, whole); },
                    Qt::SingleShotConnection);
                guard->topPredictionsDock()->show();
                guard->topPredictionsDock()->raise();
                guard->resizeDocks({guard->topPredictionsDock()}, {guard->height() / 2}, Qt::Vertical);
                guard->topPredictionsPanel()->refresh();
                return;
            }
            if (plan.view == QStringLiteral("picks")) {
                // Issue 20: the stored picks, read on the pool once shown.
                QObject::connect(
                    guard->picksPanel(),
                    &Ui::PicksPanel::loaded,
                    guard.data(),
                    [shootLater, whole] { shootLater(ScreenshotSettleMs, whole); },
                    Qt::SingleShotConnection);
                guard->picksDock()->show();
                guard->picksDock()->raise();
                guard->resizeDocks({guard->picksDock()}, {guard->height() * 3 / 5}, Qt::Vertical);
                guard->picksPanel()->refresh();
                return;
            }
            if (plan.view == QStringLiteral("broker-login")) {
                // Issue 19: Brokers ▸ Connect, with the keychain status read.
                auto* dialog = new Ui::BrokerLoginDialog(false, guard);
                dialog->show();
                shootLater(ScreenshotSettleMs * 4, [dialog]() -> QWidget* { return dialog; });
                return;
            }
            if (plan.view == QStringLiteral("screens")) {
                // Issue 20: the momentum strategy's screen, run on the stored data, with its results.
                QObject::connect(
                    guard->screensPanel(),
                    &Ui::ScreensPanel::listLoaded,
                    guard.data(),
                    [guard] {
                        guard->screensPanel()->selectScreen(QStringLiteral("momentum"));
                        guard->screensPanel()->runScreen();
                    },
                    Qt::SingleShotConnection);
                QObject::connect(
                    guard->screensPanel(),
                    &Ui::ScreensPanel::ran,
                    guard.data(),
                    [shootLater, whole] { shootLater(ScreenshotSettleMs, whole); },
                    Qt::SingleShotConnection);
                guard->screensDock()->show();
                guard->screensDock()->raise();
                guard->resizeDocks({guard->screensDock()}, {guard->height() * 2 / 3}, Qt::Vertical);
                guard->screensPanel()->refresh();
                return;
            }
            if (plan.view == QStringLiteral("scoreboard")) {
                // Issue 16: the track record, scored and read on the pool once shown.
                QObject::connect(
                    guard->scoreboardPanel(),
                    &Ui::ScoreboardPanel::loaded,
                    guard.data(),
                    [shootLater, whole] { shootLater(ScreenshotSettleMs, whole); },
                    Qt::SingleShotConnection);
                guard->scoreboardDock()->show();
                guard->scoreboardDock()->raise();
                guard->resizeDocks({guard->scoreboardDock()}, {guard->height() * 3 / 4}, Qt::Vertical);
                guard->scoreboardPanel()->refresh();
                return;
            }
            if (plan.view == QStringLiteral("backtest") || plan.view == QStringLiteral("backtest-compare")) {
                // Issue 16: the Backtests window, pictured on its own: "backtest" runs the momentum strategy
                // over the stored history with the form's defaults; "backtest-compare" shows the two
                // newest stored runs on one chart.
                Ui::BacktestWindow* backtests = guard->showBacktests();
                QPointer<Ui::BacktestWindow> bt(backtests);
                auto picture = [bt]() -> QWidget* {
                    return bt.data();
                };
                const bool compare = plan.view == QStringLiteral("backtest-compare");
                QObject::connect(
                    backtests,
                    &Ui::BacktestWindow::listLoaded,
                    backtests,
                    [bt, compare, finish] {
                        if (!compare) {
                            bt->selectScreen(QStringLiteral("momentum"));
                            bt->run();
                            return;
                        }
                        const QList<qint64> ids = bt->storedIds();
                        if (ids.size() < 2) {
                            printError(QStringLiteral("backtest-compare needs two stored backtests "
                                                      "(tessera-cli backtest --screen …)"));
                            finish(ExitFailed);
                            return;
                        }
                        bt->compare(ids[1], ids[0]);
                    },
                    Qt::SingleShotConnection);
                QObject::connect(
                    backtests,
                    &Ui::BacktestWindow::runFinished,
                    backtests,
                    [shootLater, picture] { shootLater(ScreenshotSettleMs, picture); },
                    Qt::SingleShotConnection);
                QObject::connect(
                    backtests,
                    &Ui::BacktestWindow::shown,
                    backtests,
                    [shootLater, picture] { shootLater(ScreenshotSettleMs, picture); },
                    Qt::SingleShotConnection);
                return;
            }
            if (plan.view == QStringLiteral("status")) {
                // Its snapshot is collected on a worker when the view shows; picture it once it is in.
                QObject::connect(
                    guard->statusPanel(),
                    &Ui::StatusPanel::refreshed,
                    guard.data(),
                    [shootLater, whole] { shootLater(ScreenshotSettleMs, whole); },
                    Qt::SingleShotConnection);
                guard->statusPanel()->refresh();
                return;
            }
            shootLater(ScreenshotSettleMs, whole);
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(ScreenshotTimeoutMs, &app, [finish] {
        printError(
            QStringLiteral("the window did not show its data within %1 s").arg(ScreenshotTimeoutMs / 1000));
        finish(ExitFailed);
    });
}

} // namespace

int main(int argc, char** argv)
{
    // Answered before any display is needed (packaging smoke tests run without one).
    if (const std::optional<int> answered = answerWithoutDisplay(argc, argv)) {
        return *answered;
    }
    // A screenshot needs no screen: fall back to the offscreen platform when there is no display.
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));
    installTranslators(app);

    GuiCommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption& helpOption = commandLine.helpOption;
    const QCommandLineOption& dbOption = commandLine.dbOption;
    const QCommandLineOption& demoOption = commandLine.demoOption;
    const QCommandLineOption& screenshotOption = commandLine.screenshotOption;
    const QCommandLineOption& screenshotViewOption = commandLine.screenshotViewOption;
    const QCommandLineOption& startLoadOption = commandLine.startLoadOption;
    const QCommandLineOption& analysisDirOption = commandLine.analysisDirOption;
    const QCommandLineOption& symbolOption = commandLine.symbolOption;
    const QCommandLineOption& timeframeOption = commandLine.timeframeOption;
    const QCommandLineOption& chartTypeOption = commandLine.chartTypeOption;
    const QCommandLineOption& scaleOption = commandLine.scaleOption;
    const QCommandLineOption& indicatorsOption = commandLine.indicatorsOption;
    const QCommandLineOption& rangeOption = commandLine.rangeOption;
    const QCommandLineOption& compareOption = commandLine.compareOption;
    const QCommandLineOption& chartsOption = commandLine.chartsOption;
    const QCommandLineOption& gridSymbolsOption = commandLine.gridSymbolsOption;
    const QCommandLineOption& savedGridOption = commandLine.savedGridOption;
    const QCommandLineOption& benchmarkOption = commandLine.benchmarkOption;
    const QCommandLineOption& benchSwitchOption = commandLine.benchSwitchOption;
    const QCommandLineOption& trayOption = commandLine.trayOption;
    const QCommandLineOption& maxWorkersOption = commandLine.maxWorkersOption;
    const QCommandLineOption& logLevelOption = commandLine.logLevelOption;
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        std::fprintf(stdout, "%s", parser.helpText().toLocal8Bit().constData());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            QStringLiteral("unexpected argument %1 (see --help)").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    QString logLevel =
        parser.isSet(logLevelOption) ? parser.value(logLevelOption).toLower() : Ui::Settings::logLevel();
    if (!Ui::Settings::logLevels().contains(logLevel)) {
        printError(QStringLiteral("unknown log level %1 (use one of %2)")
                       .arg(logLevel, Ui::Settings::logLevels().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    Ui::Theme theme = Ui::storedTheme();
    if (parser.isSet(commandLine.themeOption)
        && !Ui::themeFromName(parser.value(commandLine.themeOption), &theme)) {
        printError(
            QStringLiteral("unknown theme %1 (use one of %2)")
                .arg(parser.value(commandLine.themeOption), Ui::themeNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    Ui::applyTheme(theme); // before any window: the first call also remembers the desktop's own look
    Ui::MarketColors::Scheme chartColors = Ui::MarketColors::storedScheme();
    if (parser.isSet(commandLine.chartColorsOption)
        && !Ui::MarketColors::schemeFromName(parser.value(commandLine.chartColorsOption), &chartColors)) {
        printError(QStringLiteral("unknown chart colours %1 (use one of %2)")
                       .arg(parser.value(commandLine.chartColorsOption),
                            Ui::MarketColors::schemeNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    Ui::MarketColors::applyScheme(chartColors);
    Log::Options logOptions;
    logOptions.directory = Paths::defaultLogDir();
    logOptions.level = logLevel;
    Log::setup(logOptions);
    Ui::LogPanel::captureEarlyLines(); // the log panel shows start-up lines too

    const bool screenshot = parser.isSet(screenshotOption);
    ScreenshotPlan plan;
    if (screenshot) {
        plan.file = QFileInfo(parser.value(screenshotOption)).absoluteFilePath();
        plan.view = parser.isSet(screenshotViewOption) ? parser.value(screenshotViewOption).toLower()
                                                       : QStringLiteral("main");
        plan.startLoad = parser.value(startLoadOption);
        plan.symbol = parser.value(symbolOption);
        plan.account = parser.value(commandLine.accountOption);
        if (!screenshotViews().contains(plan.view)) {
            printError(QStringLiteral("unknown view %1 (use one of %2)")
                           .arg(plan.view, screenshotViews().join(QStringLiteral(", "))));
            return ExitUsage;
        }
        if (parser.isSet(timeframeOption)
            && !(plan.timeframe = timeframeFromKey(parser.value(timeframeOption)))) {
            printError(QStringLiteral("--timeframe takes daily, weekly, monthly or 60m (also 1h, hourly)"));
            return ExitUsage;
        }
        if (parser.isSet(chartTypeOption)
            && !(plan.chartType = Ui::chartTypeFromKey(parser.value(chartTypeOption)))) {
            printError(QStringLiteral("--chart-type takes candles, bars, line, area or heikin-ashi"));
            return ExitUsage;
        }
        if (parser.isSet(scaleOption) && !(plan.scale = Ui::priceScaleFromKey(parser.value(scaleOption)))) {
            printError(QStringLiteral("--scale takes linear, log or percent"));
            return ExitUsage;
        }
        if (parser.isSet(rangeOption) && !(plan.range = rangeFromWord(parser.value(rangeOption)))) {
            printError(QStringLiteral("--range takes 1m, 3m, 6m, 1y, 5y or all"));
            return ExitUsage;
        }
        plan.compare = parser.value(compareOption).split(u',', Qt::SkipEmptyParts);
        if (parser.isSet(chartsOption)) {
            plan.charts = parser.value(chartsOption).toInt();
            if (plan.charts != 1 && plan.charts != 2 && plan.charts != 4) {
                printError(QStringLiteral("--charts takes 1, 2 or 4"));
                return ExitUsage;
            }
        }
        plan.gridSymbols = parser.value(gridSymbolsOption).split(u',', Qt::SkipEmptyParts);
        plan.savedGrid = parser.isSet(savedGridOption);
        if (plan.savedGrid && parser.isSet(chartsOption)) {
            printError(QStringLiteral("--saved-grid shows the saved grid: leave out --charts"));
            return ExitUsage;
        }
        plan.benchmark = parser.value(benchmarkOption);
        if (parser.isSet(indicatorsOption)) {
            QString error;
            plan.studies = Ui::parseStudyList(parser.value(indicatorsOption), &error);
            if (!plan.studies) {
                printError(QStringLiteral("--indicators: %1").arg(error));
                return ExitUsage;
            }
        }
    } else if (parser.isSet(screenshotViewOption) || parser.isSet(startLoadOption)
               || parser.isSet(symbolOption) || parser.isSet(timeframeOption) || parser.isSet(chartTypeOption)
               || parser.isSet(scaleOption) || parser.isSet(indicatorsOption) || parser.isSet(rangeOption)
               || parser.isSet(compareOption) || parser.isSet(benchmarkOption) || parser.isSet(chartsOption)
               || parser.isSet(gridSymbolsOption) || parser.isSet(savedGridOption)) {
        printError(QStringLiteral("--screenshot-view, --start-load, --symbol and the chart options go with "
                                  "--screenshot"));
        return ExitUsage;
    }
    int maxWorkers = -1;
    if (parser.isSet(maxWorkersOption)) {
        bool ok = false;
        maxWorkers = parser.value(maxWorkersOption).toInt(&ok);
        if (!ok || maxWorkers < 1 || maxWorkers > 256) {
            printError(QStringLiteral("--max-workers needs a number from 1 to 256"));
            return ExitUsage;
        }
    }
    QString databasePath = parser.value(dbOption);
    if (databasePath.isEmpty()) {
        databasePath = Ui::Settings::databasePath();
    }
    if (databasePath.isEmpty()) {
        databasePath = Paths::defaultDatabasePath();
    }
    databasePath = QFileInfo(databasePath).absoluteFilePath();
    spdlog::info("tessera {} starting, database {}", TESSERA_VERSION, databasePath);

    Ui::MainWindow::Options options;
    options.loadDemoIfEmpty = parser.isSet(demoOption);
    options.maxWorkers = maxWorkers;
    if (screenshot) {
        options.offerFirstRun = false;
        options.persistState = false;
        options.restoreChartGrid = plan.savedGrid;
        options.quiet = true;
        options.startScheduler = false; // the picture shows what was asked, not a run that happened to be due
        options.tray = Ui::MainWindow::Options::Tray::Off;
    }
    if (parser.isSet(analysisDirOption)) {
        const QString dir = QFileInfo(parser.value(analysisDirOption)).absoluteFilePath();
        if (!QFileInfo(dir).isDir()) {
            printError(QStringLiteral("--analysis-dir %1 is not a folder").arg(dir));
            return ExitUsage;
        }
        options.analysisLoader = Ui::jsonDirectoryLoader(dir);
        options.analysisSummaries = Ui::jsonDirectorySummaryLoader(dir);
    }
    int benchSwitches = 0;
    if (parser.isSet(benchSwitchOption)) {
        bool ok = false;
        benchSwitches = parser.value(benchSwitchOption).toInt(&ok);
        if (!ok || benchSwitches < 1 || screenshot) {
            printError(QStringLiteral("--bench-switch needs a positive number and no --screenshot"));
            return ExitUsage;
        }
        options.offerFirstRun = false;
        options.persistState = false;
        options.quiet = true;
        options.startScheduler = false;
        options.tray = Ui::MainWindow::Options::Tray::Off;
    }
    const bool startInTray = parser.isSet(trayOption) && !screenshot && benchSwitches == 0;

    // Opening runs the schema migrations: do it off the GUI thread, on a thread that stays alive so the
    // connection it made stays valid (Database keeps one connection per thread).
    QThreadPool openPool;
    openPool.setMaxThreadCount(1);
    openPool.setExpiryTimeout(-1);
    // Issue 19: orders for a broker account go to that broker (each still gated by the live-trading switch
    // and its own confirmation); keys and sessions come from the system keychain.
    Broker::ClientOptions brokerOptions;
    brokerOptions.instrumentCacheDir = QDir(Paths::appDataDir()).filePath(QStringLiteral("brokers"));
    Broker::registerLiveGateways(brokerOptions, Broker::systemSecretStoreProvider());

    std::unique_ptr<Ui::MainWindow> window;
    QtConcurrent::run(&openPool, [databasePath] {
        return Store::Database::open(databasePath);
    }).then(&app, [&](Result<Store::DatabasePtr> db) {
        if (!db) {
            spdlog::error("cannot open the database: {}", db.error().message);
            if (screenshot) {
                printError(db.error().message);
            } else {
                QMessageBox::critical(
                    nullptr,
                    QApplication::translate("main", "Tessera"),
                    QApplication::translate("main", "Cannot open the database:\n%1").arg(db.error().message));
            }
            QCoreApplication::exit(ExitUsage);
            return;
        }
        window = std::make_unique<Ui::MainWindow>(*db, options);
        if (screenshot) {
            armScreenshot(app, window.get(), plan);
        }
        if (benchSwitches > 0) {
            window->resize(1900, 1300);
            App::armSwitchBenchmark(window.get(), benchSwitches);
        }
        if (startInTray && window->trayController()->isAvailable()) {
            spdlog::info("started in the system tray");
        } else if (screenshot && QGuiApplication::primaryScreen()
                   && QGuiApplication::primaryScreen()->availableGeometry().width() >= 1400) {
            // A screenshot shows the first-run layout: maximised (Xvfb has no window manager to do it).
            window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
            window->showMaximized();
        } else {
            window->show();
        }
    });

    const int code = QApplication::exec();
    window.reset();
    spdlog::info("tessera exiting with code {}", code);
    return code;
}
