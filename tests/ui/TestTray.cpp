#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "ui/common/Autostart.h"
#include "ui/common/UiSettings.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/mainwindow/JobRunner.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/tray/TrayController.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using State = Ui::TrayController::State;

namespace {

Ui::MainWindow::Options testOptions(Ui::MainWindow::Options::Tray tray)
{
    Ui::MainWindow::Options options;
    options.persistState = false;
    options.quiet = true;
    options.offerFirstRun = false;
    options.startScheduler = false;
    options.tray = tray;
    return options;
}

} // namespace

class TestTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_tray"));
        QSettings().clear();
    }

    void menuHasItsActions()
    {
        Ui::TrayController tray(false);
        tray.setTaskKinds({{QStringLiteral("load"), QStringLiteral("Load / update data")}});
        for (const char* name : {"showHideTrayAction",
                                 "runNowTrayAction",
                                 "pauseSchedulerTrayAction",
                                 "nextRunTrayAction",
                                 "quitTrayAction"}) {
            QVERIFY2(tray.action(QString::fromLatin1(name)), name);
        }
        QVERIFY(tray.action(QStringLiteral("pauseSchedulerTrayAction"))->isCheckable());
        QVERIFY(!tray.action(QStringLiteral("nextRunTrayAction"))->isEnabled()); // information only
        QAction* load = tray.action(QStringLiteral("loadTrayAction"));
        QVERIFY(load);
        QCOMPARE(load->text(), QStringLiteral("Load / update data"));

        QSignalSpy run(&tray, &Ui::TrayController::runNowRequested);
        QSignalSpy pause(&tray, &Ui::TrayController::pauseToggled);
        QSignalSpy showHide(&tray, &Ui::TrayController::showHideRequested);
        QSignalSpy quit(&tray, &Ui::TrayController::quitRequested);
        load->trigger();
        tray.action(QStringLiteral("pauseSchedulerTrayAction"))->trigger();
        tray.action(QStringLiteral("showHideTrayAction"))->trigger();
        tray.action(QStringLiteral("quitTrayAction"))->trigger();
        QCOMPARE(run.count(), 1);
        QCOMPARE(run.first().first().toString(), QStringLiteral("load"));
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.first().first().toBool(), true);
        QCOMPARE(showHide.count(), 1);
        QCOMPARE(quit.count(), 1);

        tray.setWindowVisible(false);
        QCOMPARE(tray.action(QStringLiteral("showHideTrayAction"))->text(), QStringLiteral("Show window"));
        tray.setWindowVisible(true);
        QCOMPARE(tray.action(QStringLiteral("showHideTrayAction"))->text(), QStringLiteral("Hide window"));

        const QDateTime at(QDate::currentDate(), QTime(21, 0));
        tray.setNextRun(QStringLiteral("Data update"), at);
        QCOMPARE(tray.action(QStringLiteral("nextRunTrayAction"))->text(),
                 QStringLiteral("Next run: Data update at 21:00"));
        QVERIFY(tray.toolTip().contains(QStringLiteral("Next run: Data update at 21:00")));
        tray.setPaused(true);
        QVERIFY(tray.action(QStringLiteral("pauseSchedulerTrayAction"))->isChecked());
        QVERIFY(tray.toolTip().contains(QStringLiteral("Scheduler paused")));
        tray.setNextRun({}, {});
        QCOMPARE(tray.action(QStringLiteral("nextRunTrayAction"))->text(),
                 QStringLiteral("No run scheduled"));

        tray.setRunEnabled(false);
        QVERIFY(!tray.action(QStringLiteral("runNowTrayAction"))->isEnabled());
        tray.setRunEnabled(true);
        QVERIFY(tray.action(QStringLiteral("runNowTrayAction"))->isEnabled());
    }

    void statusFollowsRuns()
    {
        Ui::TrayController tray(false);
        QSignalSpy notified(&tray, &Ui::TrayController::notified);
        QSignalSpy changed(&tray, &Ui::TrayController::stateChanged);
        QCOMPARE(tray.state(), State::Idle);
        QVERIFY(tray.toolTip().contains(QStringLiteral("Idle")));
        const QImage idle = tray.icon().pixmap(64).toImage();

        tray.runStarted(QStringLiteral("Load / update data"));
        QCOMPARE(tray.state(), State::Running);
        QVERIFY(tray.toolTip().contains(QStringLiteral("Running: Load / update data")));
        Tasks::TaskProgress p;
        p.total = 200;
        p.done = 99;
        p.failed = 1;
        tray.setProgress(p);
        QVERIFY(tray.toolTip().contains(QStringLiteral("(50%)")));
        QVERIFY(tray.icon().pixmap(64).toImage() != idle); // the badge shows

        Ui::JobOutcome ok;
        ok.summary = QStringLiteral("200 done, 0 failed in 3.0 s (run 4).");
        ok.runId = 4;
        ok.runStatus = Tasks::RunStatus::Done;
        tray.runFinished(QStringLiteral("Load / update data"), ok);
        QCOMPARE(tray.state(), State::Idle);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(tray.lastNotification().first, QStringLiteral("Load / update data finished"));
        QCOMPARE(tray.lastNotification().second, ok.summary);

        tray.runStarted(QStringLiteral("Load / update data"));
        Ui::JobOutcome partial = ok;
        partial.failed = 3;
        partial.runStatus = Tasks::RunStatus::DoneWithFailures;
        tray.runFinished(QStringLiteral("Load / update data"), partial);
        QCOMPARE(tray.state(), State::Error);
        QCOMPARE(tray.lastNotification().first, QStringLiteral("Load / update data finished with failures"));

        tray.runStarted(QStringLiteral("Scheduled"));
        tray.runFailed(QStringLiteral("Scheduled"), QStringLiteral("the database is locked by tessera-cli"));
        QCOMPARE(tray.state(), State::Error);
        QVERIFY(tray.toolTip().contains(QStringLiteral("the database is locked by tessera-cli")));
        QCOMPARE(tray.lastNotification().first, QStringLiteral("Scheduled failed"));
        QCOMPARE(notified.count(), 3);
        QVERIFY(changed.count() >= 5);

        // A successful run afterwards clears the error.
        tray.runStarted(QStringLiteral("Load / update data"));
        tray.runFinished(QStringLiteral("Load / update data"), ok);
        QCOMPARE(tray.state(), State::Idle);
    }

    void windowFollowsJobsInTray()
    {
        // The window drives the tray: running while a job runs, idle after, Run now ▸ starts a run.
        Test::TempDatabase temp;
        Ui::MainWindow window(temp.db(), testOptions(Ui::MainWindow::Options::Tray::Off));
        window.show();
        auto* tray = window.trayController();
        QVERIFY(tray);
        QTRY_VERIFY(!window.jobRunner()->isBusy());
        QSignalSpy states(tray, &Ui::TrayController::stateChanged);
        QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
        QAction* load = tray->action(QStringLiteral("loadTrayAction"));
        QVERIFY(load);
        load->trigger(); // the configured provider: none in a fresh database, so the run cannot start
        QTRY_COMPARE(tray->state(), State::Error);
        QCOMPARE(states.first().first().value<State>(), State::Running);
        QCOMPARE(finished.count(), 0);
    }

    void noTrayClosesNormally()
    {
        // Offscreen (like Xvfb) has no system tray: closing the window closes it, and Settings says why.
        QVERIFY(!Ui::TrayController::systemTrayAvailable());
        Test::TempDatabase temp;
        Ui::MainWindow window(temp.db(), testOptions(Ui::MainWindow::Options::Tray::Auto));
        QVERIFY(!window.trayController()->isAvailable());
        QVERIFY(!window.trayController()->menu()->parent()); // a menu exists, just no icon
        QSignalSpy hidden(&window, &Ui::MainWindow::hiddenToTray);
        window.show();
        QVERIFY(window.isVisible());
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden.count(), 0);
        QVERIFY(QApplication::quitOnLastWindowClosed());

        Ui::StartupSettingsPage page(window.trayController()->isAvailable());
        page.load();
        auto* note = page.findChild<QLabel*>(QStringLiteral("trayStatusLabel"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("No system tray was found")));
        QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("closeToTrayCheckBox"))->isEnabled());
    }

    void closeKeepsRunningInTray()
    {
        // Where a tray exists closing hides the window, explained once; Quit really closes.
        QSettings().remove(QStringLiteral("mainWindow/trayExplained"));
        Test::TempDatabase temp;
        Ui::MainWindow window(temp.db(), testOptions(Ui::MainWindow::Options::Tray::On));
        QVERIFY(window.trayController()->isAvailable());
        QSignalSpy hidden(&window, &Ui::MainWindow::hiddenToTray);
        QSignalSpy notified(window.trayController(), &Ui::TrayController::notified);
        window.show();
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden.count(), 1);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(window.trayController()->lastNotification().first,
                 QStringLiteral("Tessera is still running"));
        QCOMPARE(window.trayController()->action(QStringLiteral("showHideTrayAction"))->text(),
                 QStringLiteral("Show window"));

        // Show from the tray, close again: hidden again, not explained twice.
        window.trayController()->action(QStringLiteral("showHideTrayAction"))->trigger();
        QVERIFY(window.isVisible());
        QVERIFY(!window.close());
        QCOMPARE(hidden.count(), 2);
        QCOMPARE(notified.count(), 1);

        // The setting turns it off; quit() closes whatever the setting.
        window.show();
        Ui::Settings::setCloseToTray(false);
        QVERIFY(window.close());
        Ui::Settings::setCloseToTray(true);
        window.show();
        window.trayController()->action(QStringLiteral("quitTrayAction"))->trigger();
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden.count(), 2);

        Ui::StartupSettingsPage page(true);
        page.load();
        QVERIFY(page.findChild<QCheckBox*>(QStringLiteral("closeToTrayCheckBox"))->isChecked());
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("trayStatusLabel"))
                     ->text()
                     .contains(QStringLiteral("No system tray")));
    }

    void startAtLoginWritesXdgAutostart()
    {
        // Test mode: GenericConfigLocation is ~/.qttest/config, never the real one.
        const QString path = Ui::Autostart::entryPath();
        QVERIFY(path.contains(QStringLiteral("qttest")));
        QVERIFY(path.endsWith(QStringLiteral("/autostart/io.github.tessera.Tessera.desktop")));
        QFile::remove(path);
        QVERIFY(!Ui::Autostart::isEnabled());

        Ui::StartupSettingsPage page(false);
        page.load();
        auto* atLogin = page.findChild<QCheckBox*>(QStringLiteral("startAtLoginCheckBox"));
        QVERIFY(atLogin);
        QVERIFY(!atLogin->isChecked());
        atLogin->setChecked(true);
        page.apply();
        QVERIFY(QFile::exists(path));
        QVERIFY(Ui::Autostart::isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]")));
        QVERIFY(text.contains(QStringLiteral("Type=Application")));
        QVERIFY(text.contains(QStringLiteral("Name=Tessera")));
        // The test binary is not the tessera in PATH: the entry names it by its full path.
        QVERIFY(text.contains(QStringLiteral("Exec=%1 --tray").arg(QCoreApplication::applicationFilePath())));
        file.close();

        page.load();
        QVERIFY(atLogin->isChecked());
        atLogin->setChecked(false);
        page.apply();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!Ui::Autostart::isEnabled());

        // Exec quoting for paths with spaces, and the plain name for the installed binary's entry.
        QVERIFY(Ui::Autostart::entryText(QStringLiteral("/opt/My Apps/tessera"))
                    .contains(QStringLiteral("Exec=\"/opt/My Apps/tessera\" --tray")));
        QVERIFY(Ui::Autostart::entryText(QString()).contains(QStringLiteral("Exec=tessera --tray")));
    }
};

QTEST_MAIN(TestTray)
#include "TestTray.moc"
