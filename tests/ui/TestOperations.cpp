#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/common/Log.h"
#include "core/store/RunRepository.h"
#include "core/tasks/LoadTask.h"
#include "ui/dialogs/LoadTaskDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/RunHistoryModel.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/OperationsPanel.h"
#include "ui/panels/RunDetailsDialog.h"
#include "ui/panels/TaskProgressPanel.h"
#include "ui/tasks/TaskLaunchers.h"

#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;

namespace {

const QString JiofinCsv = QStringLiteral("csv/real/JIOFIN_2020-10-01_to_2025-09-30.csv");

Ui::MainWindow::Options testOptions()
{
    return Test::quietWindowOptions();
}

/** count copies of the JIOFIN file as S0001.csv ... in dir (one symbol each). */
bool writeCopies(const QString& dir, int count)
{
    const QString source = Test::dataPath(JiofinCsv);
    for (int i = 1; i <= count; ++i) {
        if (!QFile::copy(source,
                         QDir(dir).filePath(QStringLiteral("S%1.csv").arg(i, 4, 10, QLatin1Char('0'))))) {
            return false;
        }
    }
    return true;
}

/** Status text shown in the history row of run id ("" when the run is not listed). */
QString historyStatus(Ui::OperationsPanel* panel, qint64 id)
{
    const int row = panel->historyModel()->rowOf(id);
    if (row < 0) {
        return {};
    }
    return panel->historyModel()
        ->index(row, Ui::RunHistoryModel::StatusColumn)
        .data(Ui::RunHistoryModel::StatusRole)
        .toString();
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadButtonShowsProgressAndHistory();
    void cancelStopsLongLoad();
    void runDetailsListFailuresAndRetry();
    void interruptedRunsOfferResume();
    void logPanelShowsEngineLines();
    void launchersCoverEveryKind();
};

void TestOperations::initTestCase()
{
    Test::initTestEnvironment();
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_operations"));
    QSettings().clear();
    Log::Options log;
    log.level = QStringLiteral("info");
    Log::setup(log);
}

void TestOperations::loadButtonShowsProgressAndHistory()
{
    // Acceptance 5: click the load button, choose the offline demo, see progress and the finished run.
    Test::TempDatabase temp;
    Ui::MainWindow window(temp.db(), testOptions());
    window.show();
    auto* panel = window.findChild<Ui::OperationsPanel*>(QStringLiteral("operationsPanel"));
    QVERIFY(panel);
    // The docks start closed so the chart owns the window (issue 17); View ▸ Operations opens them.
    QVERIFY(!window.operationsDock()->isVisible());
    window.findChild<QAction*>(QStringLiteral("viewOperationsAction"))->trigger();
    QVERIFY(window.operationsDock()->isVisible());
    QSignalSpy progress(panel, &Ui::OperationsPanel::progressShown);
    QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);

    auto* button = panel->findChild<QPushButton*>(Ui::taskButtonObjectName(QStringLiteral("load")));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled()); // after the start-up check for interrupted runs
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = window.findChild<Ui::LoadTaskDialog*>(QStringLiteral("loadTaskDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // A fresh database has no configured provider: that choice is disabled and the demo is preselected.
    QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("configuredProviderRadioButton"))->isEnabled());
    dialog->findChild<QRadioButton*>(QStringLiteral("syntheticRadioButton"))->click();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startLoadButton")), Qt::LeftButton);

    // Progress arrives (throttled) and the widgets show it while the window stays responsive.
    // The first report of the recorded run (planning may report before the run exists).
    auto firstOfRun = [&progress]() -> std::optional<Tasks::TaskProgress> {
        for (const QList<QVariant>& args : std::as_const(progress)) {
            const auto p = args.first().value<Tasks::TaskProgress>();
            if (p.runId > 0) {
                return p;
            }
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(firstOfRun().has_value(), 30000);
    const Tasks::TaskProgress first = *firstOfRun();
    QVERIFY(first.runId > 0);
    QCOMPARE(first.steps.size(), 1);
    QCOMPARE(first.steps.first().name, QStringLiteral("bars"));
    auto* steps = panel->findChild<QTableWidget*>(QStringLiteral("stepProgressTableWidget"));
    QVERIFY(steps);
    QCOMPARE(steps->rowCount(), 1);
    QCOMPARE(steps->item(0, 0)->text(), QStringLiteral("bars"));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
    QCOMPARE(outcome.runId, first.runId);
    QVERIFY(outcome.runStatus == Tasks::RunStatus::Done);

    // The finished run is in the history with status done and every symbol counted.
    auto* history = window.findChild<QTableView*>(QStringLiteral("runHistoryView"));
    QVERIFY(history);
    QTRY_COMPARE(historyStatus(panel, outcome.runId), QStringLiteral("done"));
    const int row = panel->historyModel()->rowOf(outcome.runId);
    QCOMPARE(history->model()->index(row, Ui::RunHistoryModel::StatusColumn).data().toString(),
             QStringLiteral("done"));
    QVERIFY(history->model()->index(row, Ui::RunHistoryModel::DoneColumn).data().toString().toInt() > 0);
    QCOMPARE(history->model()->index(row, Ui::RunHistoryModel::FailedColumn).data().toString(),
             QStringLiteral("0"));
    auto* bar = panel->findChild<QProgressBar*>(QStringLiteral("operationsProgressBar"));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("cancelTaskButton"))->isEnabled());
    // The universe table shows the loaded symbols.
    QTRY_VERIFY(window.universeModel()->rowCount() > 0);
}

void TestOperations::cancelStopsLongLoad()
{
    // Acceptance 3 (GUI): Cancel stops a long load within a second or two; the run ends "cancelled".
    QTemporaryDir folder;
    QVERIFY(writeCopies(folder.path(), 1500));
    Test::TempDatabase temp;
    Ui::MainWindow window(temp.db(), testOptions());
    window.show();
    auto* panel = window.operationsPanel();
    QSignalSpy progress(panel, &Ui::OperationsPanel::progressShown);
    QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
    QTRY_VERIFY(!window.jobRunner()->isBusy());

    panel->findChild<QPushButton*>(Ui::taskButtonObjectName(QStringLiteral("load")))->click();
    auto* dialog = window.findChild<Ui::LoadTaskDialog*>(QStringLiteral("loadTaskDialog"));
    QVERIFY(dialog);
    dialog->setSource(Ui::LoadTaskDialog::Source::CsvFolder);
    dialog->setCsvFolder(folder.path());
    dialog->accept();

    // Wait until symbols are being stored, then cancel from the operations view.
    auto stored = [&] {
        return !progress.isEmpty() && progress.last().first().value<Tasks::TaskProgress>().done >= 20;
    };
    QTRY_VERIFY_WITH_TIMEOUT(stored(), 60000);
    const auto before = progress.last().first().value<Tasks::TaskProgress>();
    QVERIFY2(before.done < 1500, "the load finished before it could be cancelled");
    auto* cancel = panel->findChild<QPushButton*>(QStringLiteral("cancelTaskButton"));
    QVERIFY(cancel->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QStringLiteral("cancel took %1 ms").arg(clock.elapsed())));
    const auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.runStatus == Tasks::RunStatus::Cancelled);

    QTRY_COMPARE(historyStatus(panel, outcome.runId), QStringLiteral("cancelled"));
    const Tasks::RunRecord* run = panel->historyModel()->run(outcome.runId);
    QVERIFY(run);
    QVERIFY(run->pending > 0);
    QCOMPARE(run->done + run->pending, 1500);

    // Resume is offered for the cancelled run (work left); Retry failed is not (nothing failed).
    QVERIFY(panel->selectRun(outcome.runId));
    QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("resumeRunButton"))->isEnabled());
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("retryFailedButton"))->isEnabled());
}

void TestOperations::runDetailsListFailuresAndRetry()
{
    QTemporaryDir folder;
    QVERIFY(writeCopies(folder.path(), 2));
    QVERIFY(QFile::copy(Test::dataPath(QStringLiteral("csv/malformed/bad-number.csv")),
                        QDir(folder.path()).filePath(QStringLiteral("BADNUM.csv"))));
    Test::TempDatabase temp;
    Ui::MainWindow window(temp.db(), testOptions());
    window.show();
    auto* panel = window.operationsPanel();
    QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
    QTRY_VERIFY(!window.jobRunner()->isBusy());
    window.startTask(Ui::TaskRequest{QStringLiteral("load"),
                                     Tasks::loadParams(QStringLiteral("csv:") + folder.path()),
                                     QStringLiteral("Load")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
    QVERIFY(outcome.runStatus == Tasks::RunStatus::DoneWithFailures);
    QCOMPARE(outcome.failed, 1);

    QTRY_COMPARE(historyStatus(panel, outcome.runId), QStringLiteral("done-with-failures"));
    QVERIFY(panel->selectRun(outcome.runId));
    auto* retry = panel->findChild<QPushButton*>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isEnabled());
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("resumeRunButton"))->isEnabled());

    // Double-click opens the details: parameters, the step with its counts, the failed symbol and why.
    auto* history = panel->historyView();
    const QModelIndex cell = history->model()->index(panel->historyModel()->rowOf(outcome.runId), 0);
    const QPoint centre = history->visualRect(cell).center();
    // A press before the double-click, as a real one has (the view only accepts a double-click on the
    // index it saw pressed).
    QTest::mouseClick(history->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(history->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    auto* details = window.findChild<Ui::RunDetailsDialog*>(QStringLiteral("runDetailsDialog"));
    QVERIFY(details);
    QTRY_VERIFY(details->isLoaded());
    QCOMPARE(details->runId(), outcome.runId);
    auto* failures = details->findChild<QTableWidget*>(QStringLiteral("runFailuresTableWidget"));
    QVERIFY(failures);
    QCOMPARE(failures->rowCount(), 1);
    QCOMPARE(failures->item(0, 0)->text(), QStringLiteral("BADNUM"));
    QCOMPARE(failures->item(0, 1)->text(), QStringLiteral("bars"));
    QCOMPARE(failures->item(0, 2)->text(), QStringLiteral("failed"));
    auto problems = Store::RunRepository(*temp.db()).outcomes(outcome.runId, true);
    QVERIFY(problems && problems->size() == 1);
    QVERIFY(!problems->first().reason.isEmpty());
    QCOMPARE(failures->item(0, 3)->text(), problems->first().reason);
    auto* steps = details->findChild<QTableWidget*>(QStringLiteral("runStepsTableWidget"));
    QCOMPARE(steps->rowCount(), 1);
    QCOMPARE(steps->item(0, 1)->text(), QStringLiteral("2")); // done
    QCOMPARE(steps->item(0, 2)->text(), QStringLiteral("1")); // failed
    QVERIFY(details->findChild<QPlainTextEdit*>(QStringLiteral("runParametersTextEdit"))
                ->toPlainText()
                .contains(folder.path()));

    // Retry failed from the details: a new run over the one failed symbol, parent = the first run.
    auto* detailsRetry = details->findChild<QPushButton*>(QStringLiteral("detailsRetryFailedButton"));
    QVERIFY(detailsRetry->isEnabled());
    QVERIFY(!details->findChild<QPushButton*>(QStringLiteral("detailsResumeButton"))->isEnabled());
    detailsRetry->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    const auto retried = finished.last().at(1).value<Ui::JobOutcome>();
    QVERIFY(retried.runId > outcome.runId);
    auto record = Store::RunRepository(*temp.db()).get(retried.runId);
    QVERIFY(record && record->has_value());
    QCOMPARE((*record)->parentRunId, outcome.runId);
    QCOMPARE((*record)->trigger, QStringLiteral("retry"));
    QCOMPARE((*record)->total, 1);
    QTRY_VERIFY(panel->historyModel()->rowOf(retried.runId) >= 0);
}

void TestOperations::interruptedRunsOfferResume()
{
    // A run left "running" (as after a kill) is marked interrupted at start-up and offered for resume.
    QTemporaryDir folder;
    QVERIFY(writeCopies(folder.path(), 3));
    Test::TempDatabase temp;
    Store::RunRepository::NewRun run;
    run.kind = QStringLiteral("load");
    run.params = Tasks::loadParams(QStringLiteral("csv:") + folder.path());
    run.trigger = QStringLiteral("manual");
    run.steps = {QStringLiteral("bars")};
    run.symbols = {QStringLiteral("S0001"), QStringLiteral("S0002"), QStringLiteral("S0003")};
    auto runId = Store::RunRepository(*temp.db()).create(run);
    QVERIFY(runId.has_value());

    Ui::MainWindow::Options options = testOptions();
    options.recoverInterrupted = true;
    Ui::MainWindow window(temp.db(), options);
    QSignalSpy found(&window, &Ui::MainWindow::interruptedRunsFound);
    QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
    window.show();
    QTRY_COMPARE(found.count(), 1);
    QCOMPARE(found.first().first().value<QList<qint64>>(), QList<qint64>{*runId});
    auto* note = window.findChild<QWidget*>(QStringLiteral("interruptedRunsFrame"));
    QVERIFY(note && note->isVisible());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("interruptedRunsLabel"))
                ->text()
                .contains(QString::number(*runId)));
    QTRY_COMPARE(historyStatus(window.operationsPanel(), *runId), QStringLiteral("interrupted"));

    window.findChild<QPushButton*>(QStringLiteral("resumeInterruptedButton"))->click();
    QVERIFY(!note->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
    QCOMPARE(outcome.runId, *runId); // the same run continues
    QTRY_COMPARE(historyStatus(window.operationsPanel(), *runId), QStringLiteral("done"));
}

void TestOperations::logPanelShowsEngineLines()
{
    Ui::LogPanel panel;
    QSignalSpy appended(&panel, &Ui::LogPanel::linesAppended);
    spdlog::info("operations test line {}", 42);
    spdlog::warn("operations test warning");
    spdlog::debug("operations test debug line"); // below the logger level: never forwarded
    QTRY_VERIFY(panel.text().contains(QStringLiteral("operations test line 42")));
    QVERIFY(panel.text().contains(QStringLiteral("operations test warning")));
    QVERIFY(!panel.text().contains(QStringLiteral("debug line")));
    QVERIFY(appended.count() >= 1);
    // Lines are appended in batches: both lines came in one timer tick.
    QCOMPARE(appended.first().first().toInt(), 2);

    // Lines from another thread arrive too (the forwarder runs on the logging thread).
    QThread* worker = QThread::create([] { spdlog::error("operations test from a worker"); });
    worker->start();
    worker->wait();
    delete worker;
    QTRY_VERIFY(panel.text().contains(QStringLiteral("operations test from a worker")));

    // The level filter hides quieter lines and shows them again.
    auto* combo = panel.findChild<QComboBox*>(QStringLiteral("logLevelFilterComboBox"));
    QVERIFY(combo);
    panel.setMinimumLevel(static_cast<int>(spdlog::level::warn));
    QVERIFY(!panel.text().contains(QStringLiteral("operations test line 42")));
    QVERIFY(panel.text().contains(QStringLiteral("operations test warning")));
    panel.setMinimumLevel(static_cast<int>(spdlog::level::trace));
    QVERIFY(panel.text().contains(QStringLiteral("operations test line 42")));

    // Capped at MaxLines.
    for (int i = 0; i < Ui::LogPanel::MaxLines + 100; ++i) {
        spdlog::info("flood {}", i);
    }
    QTRY_VERIFY(panel.text().contains(QStringLiteral("flood %1").arg(Ui::LogPanel::MaxLines + 99)));
    QCOMPARE(panel.lineCount(), Ui::LogPanel::MaxLines);

    panel.findChild<QPushButton*>(QStringLiteral("clearLogButton"))->click();
    QCOMPARE(panel.lineCount(), 0);
    QVERIFY(panel.text().isEmpty());
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("openLogFolderButton")));
}

void TestOperations::launchersCoverEveryKind()
{
    // A kind registered without a launcher entry still gets a button, menu item and tray entry.
    Tasks::TaskKind kind;
    kind.id = QStringLiteral("probe");
    kind.title = QStringLiteral("Probe task");
    kind.build =
        [](const Store::DatabasePtr&, const QJsonObject&, const QStringList&) -> Result<Tasks::TaskPlan> {
        return Tasks::TaskPlan{};
    };
    Tasks::TaskRegistry::add(kind);
    Test::TempDatabase temp;
    Ui::MainWindow window(temp.db(), testOptions());
    QVERIFY(window.findChild<QPushButton*>(Ui::taskButtonObjectName(QStringLiteral("load"))));
    auto* probe = window.findChild<QPushButton*>(Ui::taskButtonObjectName(QStringLiteral("probe")));
    QVERIFY(probe);
    QCOMPARE(probe->text(), QStringLiteral("Probe task"));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("probeRunAction")));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("loadRunAction")));
}

QTEST_MAIN(TestOperations)
#include "TestOperations.moc"
