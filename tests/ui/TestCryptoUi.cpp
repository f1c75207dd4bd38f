#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QtTest>

#include "core/common/Log.h"
#include "core/store/HourlyBarRepository.h"
#include "core/store/HourlyPredictionRepository.h"
#include "core/store/ScheduleRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/Scheduler.h"
#include "ui/dialogs/LoadTaskDialog.h"
#include "ui/dialogs/SchedulerDialog.h"
#include "ui/dialogs/TrainDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/RunHistoryModel.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/panels/OperationsPanel.h"
#include "ui/tasks/TaskLaunchers.h"

#include "tests/support/FakeMarketServer.h"
#include "tests/support/Shots.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;

namespace {

const QString kUniverse = QStringLiteral("Test crypto");
const QStringList kPairs{QStringLiteral("AAAUSDT"), QStringLiteral("BBBUSDT"), QStringLiteral("CCCUSDT")};
constexpr int kHours = 1300;

/** The crypto universe (no bars yet) and the Binance settings pointing at the fake server. */
void seed(const Test::TempDatabase& t, const Test::FakeMarketServer& server)
{
    Universe u;
    u.name = kUniverse;
    u.source = QStringLiteral("test");
    for (const QString& p : kPairs) {
        Symbol s;
        s.ticker = p;
        u.members << s;
    }
    QVERIFY(Store::UniverseRepository(*t.db()).import(u));
    Store::SettingsRepository settings(*t.db());
    QVERIFY(settings.setValue(QStringLiteral("fetch/binance/baseUrl"), server.baseUrl()));
    QVERIFY(settings.setValue(QStringLiteral("fetch/binance/rate"), QStringLiteral("100")));
    QVERIFY(settings.setValue(QStringLiteral("fetch/historyRange"), QStringLiteral("max")));
    QVERIFY(settings.setValue(QStringLiteral("fetch/timeoutSeconds"), QStringLiteral("10")));
    QVERIFY(settings.setValue(QStringLiteral("train/hourly/horizons"), QStringLiteral("1,12")));
}

/** The first progress report of a recorded run, if any arrived. */
std::optional<Tasks::TaskProgress> firstOfRun(const QSignalSpy& progress)
{
    for (const QList<QVariant>& args : progress) {
        const auto p = args.first().value<Tasks::TaskProgress>();
        if (p.runId > 0) {
            return p;
        }
    }
    return std::nullopt;
}

} // namespace

/**
 * Issue 21 from the GUI: a Binance hourly load (Load / update data ▸ Binance, 1h, a crypto universe) and
 * hourly training (Train hourly models…, horizons in hours) through the task engine against the fake
 * Binance server, with progress, cancel, and the Scheduler's "Add crypto defaults".
 */
class TestCryptoUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        Test::applyShotTheme();
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_crypto_ui"));
        QSettings().clear();
    }

    void binanceHourlyLoadThenHourlyTraining()
    {
        Test::FakeMarketServer server;
        for (const QString& p : kPairs) {
            server.addBinanceKlines(p, Test::hourlyWalk(p, kHours));
        }
        Test::TempDatabase temp;
        seed(temp, server);
        Ui::MainWindow window(temp.db(), Test::quietWindowOptions(2));
        window.show();
        window.showOperations();
        auto* panel = window.operationsPanel();
        QSignalSpy progress(panel, &Ui::OperationsPanel::progressShown);
        QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
        QTRY_COMPARE(window.universeModel()->rowCount(), 3); // the universe is in the window's snapshot

        auto* load = panel->findChild<QPushButton*>(Ui::taskButtonObjectName(QStringLiteral("load")));
        QTRY_VERIFY(load->isEnabled());
        QTest::mouseClick(load, Qt::LeftButton);
        auto* dialog = window.findChild<Ui::LoadTaskDialog*>(QStringLiteral("loadTaskDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QRadioButton*>(QStringLiteral("binanceRadioButton"))->click();
        QCOMPARE(dialog->source(), Ui::LoadTaskDialog::Source::Binance);
        auto* pairs = dialog->findChild<QComboBox*>(QStringLiteral("binancePairsComboBox"));
        QVERIFY(pairs->isEnabled());
        QCOMPARE(pairs->count(), 1); // the one crypto universe; no pair has bars yet
        QCOMPARE(pairs->currentText(), QStringLiteral("Test crypto (3 pair(s))"));
        QCOMPARE(dialog->binanceInterval(), QStringLiteral("1h"));
        QCOMPARE(dialog->binancePairs(), kPairs);
        Test::saveShot(dialog, QStringLiteral("crypto-load-dialog"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startLoadButton")), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(firstOfRun(progress).has_value(), 30000);
        const Tasks::TaskProgress first = *firstOfRun(progress);
        QCOMPARE(first.total, qint64(3));
        QCOMPARE(first.steps.size(), 1);
        QCOMPARE(first.steps.first().name, QStringLiteral("bars"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
        QVERIFY(outcome.runStatus == Tasks::RunStatus::Done);
        QCOMPARE(outcome.failed, 0);
        Store::HourlyBarRepository hourly(*temp.db());
        for (const QString& p : kPairs) {
            QCOMPARE(hourly.span(p)->count, qint64(kHours));
        }
        QTRY_COMPARE(panel->historyModel()->rowOf(outcome.runId) >= 0,
                     true); // the history (and context) refreshed
        // The run's row can come from a read made while it ran, before its bars were stored: a read begun
        // now gives the train dialog's context the pairs with hourly bars (on a busy machine the race shows).
        QSignalSpy refreshed(panel, &Ui::OperationsPanel::historyRefreshed);
        panel->refreshHistory();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000);

        // Train hourly models… opens the train dialog on hourly bars.
        auto* train =
            panel->findChild<QPushButton*>(Ui::taskButtonObjectName(QStringLiteral("train-hourly")));
        QVERIFY(train);
        QCOMPARE(train->text(), QStringLiteral("Train hourly models…"));
        QTRY_VERIFY(train->isEnabled());
        QTest::mouseClick(train, Qt::LeftButton);
        auto* trainDialog = window.findChild<Ui::TrainDialog*>(QStringLiteral("trainDialog"));
        QVERIFY(trainDialog && trainDialog->isVisible());
        QCOMPARE(trainDialog->resolution(), QStringLiteral("hourly"));
        auto* horizons = trainDialog->findChild<QLineEdit*>(QStringLiteral("trainHorizonsLineEdit"));
        QCOMPARE(horizons->text(), QStringLiteral("1,12")); // the stored train/hourly/horizons
        QTRY_COMPARE(trainDialog->findChild<QRadioButton*>(QStringLiteral("trainAllRadioButton"))->text(),
                     QStringLiteral("Every symbol with hourly bars (3)"));
        trainDialog->setSelection(Ui::TrainDialog::Selection::Universe);
        QCOMPARE(trainDialog->tickers(), kPairs);
        horizons->setText(QStringLiteral("6, 1"));
        trainDialog->findChild<QCheckBox*>(QStringLiteral("trainRfCheckBox"))->setChecked(false);
        trainDialog->findChild<QCheckBox*>(QStringLiteral("trainGbmCheckBox"))->setChecked(false);
        const Ui::TaskRequest request = trainDialog->request();
        QCOMPARE(request.kind, QStringLiteral("train-hourly"));
        QCOMPARE(request.params.value(QStringLiteral("horizons")).toString(), QStringLiteral("1,6"));
        QCOMPARE(request.params.value(QStringLiteral("algos")).toString(), QStringLiteral("linear"));
        Test::saveShot(trainDialog, QStringLiteral("crypto-train-dialog"));
        // Back to daily bars: the horizons follow, in trading days.
        trainDialog->setResolution(QStringLiteral("daily"));
        QCOMPARE(trainDialog->request().kind, QStringLiteral("train"));
        trainDialog->setResolution(QStringLiteral("hourly"));
        QCOMPARE(horizons->text(), QStringLiteral("6, 1")); // what the user typed stays
        progress.clear();
        QTest::mouseClick(trainDialog->findChild<QPushButton*>(QStringLiteral("startTrainButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(firstOfRun(progress).has_value(), 30000);
        QCOMPARE(firstOfRun(progress)->steps.first().name, QStringLiteral("train"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        outcome = finished.last().at(1).value<Ui::JobOutcome>();
        QVERIFY2(outcome.runStatus == Tasks::RunStatus::Done, qPrintable(outcome.summary + outcome.details));
        Store::HourlyPredictionRepository cache(*temp.db());
        for (const QString& p : kPairs) {
            auto rows = cache.forSymbol(p);
            QVERIFY(rows);
            // ridge and the consensus, for 1 h and 6 h
            QCOMPARE(rows->size(), 4);
            QCOMPARE(rows->first().asOf, hourly.span(p)->lastTime + 3600);
        }
    }

    void cancelStopsAHourlyLoad()
    {
        Test::FakeMarketServer server;
        for (const QString& p : kPairs) {
            server.addBinanceKlines(p, Test::hourlyWalk(p, kHours));
        }
        server.setLatencyMs(3000); // every answer takes three seconds: time to cancel
        Test::TempDatabase temp;
        seed(temp, server);
        Ui::MainWindow window(temp.db(), Test::quietWindowOptions(2));
        window.show();
        auto* panel = window.operationsPanel();
        QSignalSpy progress(panel, &Ui::OperationsPanel::progressShown);
        QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
        QTRY_VERIFY(!window.jobRunner()->isBusy());
        window.startTask(Ui::TaskRequest{QStringLiteral("load"),
                                         Tasks::loadParams(QStringLiteral("binance"), kPairs),
                                         QStringLiteral("Load hourly bars from Binance")});
        QTRY_VERIFY_WITH_TIMEOUT(firstOfRun(progress).has_value(), 30000);
        auto* cancel = panel->findChild<QPushButton*>(QStringLiteral("cancelTaskButton"));
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const auto outcome = finished.first().at(1).value<Ui::JobOutcome>();
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.runStatus == Tasks::RunStatus::Cancelled);
        QCOMPARE(Store::HourlyBarRepository(*temp.db()).totalCount().value_or(-1), qint64(0));
    }

    void choosingACryptoUniverseSchedulesIt()
    {
        Test::FakeMarketServer server;
        Test::TempDatabase temp;
        seed(temp, server);
        Ui::MainWindow window(temp.db(), Test::quietWindowOptions());
        window.show();
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("universeComboBox"));
        QTRY_VERIFY(combo->findData(kUniverse) >= 0);
        QVERIFY(!Store::ScheduleRepository(*temp.db())
                     .find(QStringLiteral("Crypto update (Test crypto)"))
                     ->has_value());
        const int index = combo->findData(kUniverse);
        combo->setCurrentIndex(index);
        emit combo->activated(index); // as a user's choice
        auto update =
            Store::ScheduleRepository(*temp.db()).find(QStringLiteral("Crypto update (Test crypto)"));
        QVERIFY(update && update->has_value());
        QCOMPARE((*update)->timeZone, QStringLiteral("UTC"));
        QVERIFY(Store::ScheduleRepository(*temp.db())
                    .find(QStringLiteral("Crypto full retrain (Test crypto)"))
                    ->has_value());
        // "All symbols" is no universe: nothing more.
        emit combo->activated(0);
        QCOMPARE(Store::ScheduleRepository(*temp.db()).list()->size(),
                 qsizetype(2) + Tasks::defaultSchedule().size());
    }

    void toolsMenuRefreshesCryptoUniverses()
    {
        // Binance lists AAA and BBB trading, CCC halted and NEWUSDT newly listed.
        Test::FakeMarketServer server;
        for (const QString& p : kPairs) {
            server.addBinanceKlines(p, Test::hourlyWalk(p, 24));
        }
        server.setBinancePairStatus(QStringLiteral("CCCUSDT"), QStringLiteral("BREAK"));
        server.setBinancePairStatus(QStringLiteral("NEWUSDT"), QStringLiteral("TRADING"));
        Test::TempDatabase temp;
        seed(temp, server);
        Ui::MainWindow window(temp.db(), Test::quietWindowOptions());
        window.show();
        QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
        QTRY_VERIFY(!window.jobRunner()->isBusy());
        window.findChild<QAction*>(QStringLiteral("checkCryptoUniversesAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        auto outcome = finished.last().at(1).value<Ui::JobOutcome>();
        QVERIFY2(outcome.summary.startsWith(
                     QStringLiteral("Test crypto: 1 new pair(s) trading, 1 member(s) delisted.")),
                 qPrintable(outcome.summary));
        QVERIFY2(outcome.details.contains(QStringLiteral("CCCUSDT (status BREAK)")),
                 qPrintable(outcome.details));
        QCOMPARE(Store::UniverseRepository(*temp.db()).members(kUniverse).value_or(QStringList()), kPairs);

        window.findChild<QAction*>(QStringLiteral("refreshCryptoUniversesAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        outcome = finished.last().at(1).value<Ui::JobOutcome>();
        QCOMPARE(outcome.summary,
                 QStringLiteral("Test crypto: 1 pair(s) added, 1 delisted pair(s) removed."));
        QCOMPARE(
            Store::UniverseRepository(*temp.db()).members(kUniverse).value_or(QStringList()),
            (QStringList{QStringLiteral("AAAUSDT"), QStringLiteral("BBBUSDT"), QStringLiteral("NEWUSDT")}));
    }

    void schedulerAddsCryptoDefaults()
    {
        Test::FakeMarketServer server;
        Test::TempDatabase temp;
        seed(temp, server);
        Tasks::Scheduler scheduler(temp.db());
        Ui::SchedulerDialog dialog(&scheduler);
        dialog.show();
        QSignalSpy added(&dialog, &Ui::SchedulerDialog::cryptoDefaultsAdded);
        dialog.findChild<QPushButton*>(QStringLiteral("addCryptoDefaultsButton"))->click();
        QTRY_COMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toStringList(),
                 (QStringList{QStringLiteral("Crypto update (Test crypto)"),
                              QStringLiteral("Crypto full retrain (Test crypto)")}));
        QVERIFY(dialog.selectEntry(QStringLiteral("Crypto update (Test crypto)")));
        QCOMPARE(Ui::SchedulerDialog::describe(*dialog.selectedEntry()),
                 QStringLiteral("Every 6 h from 00:00 UTC"));
        Test::saveShot(&dialog, QStringLiteral("crypto-scheduler"));
        // A second click adds nothing.
        dialog.findChild<QPushButton*>(QStringLiteral("addCryptoDefaultsButton"))->click();
        QTRY_COMPARE(added.count(), 2);
        QVERIFY(added.last().first().toStringList().isEmpty());
    }
};

QTEST_MAIN(TestCryptoUi)
#include "TestCryptoUi.moc"
