#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/RunRepository.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/Scheduler.h"
#include "ui/dialogs/ScheduleEntryDialog.h"
#include "ui/dialogs/SchedulerDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/tray/TrayController.h"

#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;

namespace {

/** Monday 2026-03-02 12:00 local: the fixed "now" of the editor tests. */
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(12, 0));
}

QString cellText(QTableWidget* table, int row, int column)
{
    QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowOf(QTableWidget* table, const QString& name)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (cellText(table, r, Ui::SchedulerDialog::NameColumn) == name) {
            return r;
        }
    }
    return -1;
}

Ui::MainWindow::Options testOptions()
{
    return Test::quietWindowOptions();
}

bool writeCopies(const QString& dir, int count)
{
    const QString source = Test::dataPath(QStringLiteral("csv/real/JIOFIN_2020-10-01_to_2025-09-30.csv"));
    for (int i = 1; i <= count; ++i) {
        if (!QFile::copy(source,
                         QDir(dir).filePath(QStringLiteral("S%1.csv").arg(i, 4, 10, QLatin1Char('0'))))) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestSchedulerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_scheduler_dialog"));
        QSettings().clear();
    }

    void describesEntries()
    {
        Tasks::ScheduleEntry e;
        e.frequency = Tasks::Frequency::Daily;
        e.time = QTime(21, 0);
        e.marketDaysOnly = true;
        QCOMPARE(Ui::SchedulerDialog::describe(e), QStringLiteral("Every day at 21:00 · market days"));
        e.frequency = Tasks::Frequency::Weekly;
        e.weekday = Qt::Sunday;
        e.time = QTime(3, 0);
        e.marketDaysOnly = false;
        QCOMPARE(Ui::SchedulerDialog::describe(e), QStringLiteral("Every week on Sunday at 03:00"));
        e.frequency = Tasks::Frequency::EveryNHours;
        e.everyHours = 6;
        e.time = QTime(0, 0);
        QCOMPARE(Ui::SchedulerDialog::describe(e), QStringLiteral("Every 6 h from 00:00"));
    }

    void infersHolidaysFromStoredBarsOffTheGuiThread()
    {
        Test::TempDatabase temp;
        // Five symbols trading every weekday of January 2024 except Friday the 26th.
        for (int i = 0; i < 5; ++i) {
            BarSeries s(QStringLiteral("S%1").arg(i));
            for (QDate d(2024, 1, 1); d <= QDate(2024, 1, 31); d = d.addDays(1)) {
                if (d.dayOfWeek() <= 5 && d != QDate(2024, 1, 26)) {
                    s.append(Bar{d, 10, 11, 9, 10, 10, 1000});
                }
            }
            QVERIFY(Store::BarRepository(*temp.db()).replaceAll(s.ticker(), s, QStringLiteral("test")));
        }
        Tasks::Scheduler scheduler(temp.db(), [] { return fixedNow(); });
        Ui::SchedulerDialog dialog(&scheduler);
        dialog.show();
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("marketCalendarLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("calendar “default”: 0 holiday")),
                 qPrintable(label->text()));

        QSignalSpy inferred(&dialog, &Ui::SchedulerDialog::holidaysInferred);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("inferHolidaysButton")),
                          Qt::LeftButton);
        QVERIFY(inferred.wait(10000));
        QVERIFY2(label->text().contains(QStringLiteral("1 holiday")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("1 closed weekday")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("found in the bars of 5 symbols")),
                 qPrintable(label->text()));
        auto calendar = scheduler.calendar();
        QVERIFY(calendar);
        QVERIFY(calendar->isHoliday(QDate(2024, 1, 26)));
    }

    void editorAddsEditsAndRemoves()
    {
        Test::TempDatabase temp;
        Tasks::Scheduler scheduler(temp.db(), [] { return fixedNow(); });
        auto defaults = scheduler.ensureDefaults();
        QVERIFY(defaults.has_value());
        QVERIFY(defaults->contains(QStringLiteral("Data update")));
        const int defaultCount = static_cast<int>(defaults->size());

        Ui::SchedulerDialog dialog(&scheduler);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("scheduleTableWidget"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), defaultCount);
        const int data = rowOf(table, QStringLiteral("Data update"));
        QVERIFY(data >= 0);
        QCOMPARE(cellText(table, data, Ui::SchedulerDialog::TaskColumn),
                 QStringLiteral("Load / update data"));
        QCOMPARE(cellText(table, data, Ui::SchedulerDialog::WhenColumn),
                 QStringLiteral("Every day at 21:00 · market days"));
        QCOMPARE(cellText(table, data, Ui::SchedulerDialog::LastRunColumn), QStringLiteral("never"));
        QCOMPARE(cellText(table, data, Ui::SchedulerDialog::NextRunColumn), QStringLiteral("today 21:00"));
        QCOMPARE(table->item(data, Ui::SchedulerDialog::EnabledColumn)->checkState(), Qt::Checked);

        // Add: a weekly entry on Sunday 03:00.
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addScheduleButton")),
                          Qt::LeftButton);
        auto* entry = dialog.findChild<Ui::ScheduleEntryDialog*>(QStringLiteral("scheduleEntryDialog"));
        QVERIFY(entry);
        QVERIFY(entry->isVisible());
        auto* name = entry->findChild<QLineEdit*>(QStringLiteral("scheduleNameLineEdit"));
        auto* kind = entry->findChild<QComboBox*>(QStringLiteral("scheduleKindComboBox"));
        auto* frequency = entry->findChild<QComboBox*>(QStringLiteral("scheduleFrequencyComboBox"));
        auto* weekday = entry->findChild<QComboBox*>(QStringLiteral("scheduleWeekdayComboBox"));
        auto* time = entry->findChild<QTimeEdit*>(QStringLiteral("scheduleTimeEdit"));
        auto* marketDays = entry->findChild<QCheckBox*>(QStringLiteral("scheduleMarketDaysCheckBox"));
        QVERIFY(name && kind && frequency && weekday && time && marketDays);
        QVERIFY(kind->findData(QStringLiteral("load")) >= 0);
        QTest::keyClicks(name, QStringLiteral("Weekend refresh"));
        frequency->setCurrentIndex(frequency->findData(static_cast<int>(Tasks::Frequency::Weekly)));
        QVERIFY(weekday->isEnabled());
        weekday->setCurrentIndex(weekday->findData(static_cast<int>(Qt::Sunday)));
        time->setTime(QTime(3, 0));

        // Market days only on a Sunday never runs: refused in the dialog, which stays open.
        marketDays->setChecked(true);
        entry->accept();
        QVERIFY(entry->isVisible());
        auto* error = entry->findChild<QLabel*>(QStringLiteral("scheduleErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("never happens")));
        marketDays->setChecked(false);
        QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("scheduleOkButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog.entryDialog());
        QCOMPARE(table->rowCount(), defaultCount + 1);
        int row = rowOf(table, QStringLiteral("Weekend refresh"));
        QVERIFY(row >= 0);
        QCOMPARE(cellText(table, row, Ui::SchedulerDialog::WhenColumn),
                 QStringLiteral("Every week on Sunday at 03:00"));
        QCOMPARE(cellText(table, row, Ui::SchedulerDialog::NextRunColumn), QStringLiteral("Sun 03:00"));
        auto stored = scheduler.entry(QStringLiteral("Weekend refresh"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->nextRunAt, QDateTime(QDate(2026, 3, 8), QTime(3, 0)));

        // A second entry with the same name is refused with the store's message.
        dialog.addEntry();
        entry = dialog.entryDialog();
        QVERIFY(entry);
        entry->findChild<QLineEdit*>(QStringLiteral("scheduleNameLineEdit"))
            ->setText(QStringLiteral("Weekend refresh"));
        entry->accept();
        QVERIFY(entry->isVisible());
        QVERIFY(entry->findChild<QLabel*>(QStringLiteral("scheduleErrorLabel"))->isVisible());
        entry->reject();
        QTRY_VERIFY(!dialog.entryDialog());
        QCOMPARE(table->rowCount(), defaultCount + 1);

        // Edit: every 6 hours from 00:00.
        QVERIFY(dialog.selectEntry(QStringLiteral("Weekend refresh")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("editScheduleButton")),
                          Qt::LeftButton);
        entry = dialog.entryDialog();
        QVERIFY(entry);
        QCOMPARE(entry->entry().name, QStringLiteral("Weekend refresh"));
        QCOMPARE(entry->entry().weekday, static_cast<int>(Qt::Sunday));
        frequency = entry->findChild<QComboBox*>(QStringLiteral("scheduleFrequencyComboBox"));
        frequency->setCurrentIndex(frequency->findData(static_cast<int>(Tasks::Frequency::EveryNHours)));
        entry->findChild<QSpinBox*>(QStringLiteral("scheduleHoursSpinBox"))->setValue(6);
        entry->findChild<QTimeEdit*>(QStringLiteral("scheduleTimeEdit"))->setTime(QTime(0, 0));
        entry->accept();
        QTRY_VERIFY(!dialog.entryDialog());
        row = rowOf(table, QStringLiteral("Weekend refresh"));
        QCOMPARE(cellText(table, row, Ui::SchedulerDialog::WhenColumn),
                 QStringLiteral("Every 6 h from 00:00"));
        QCOMPARE(cellText(table, row, Ui::SchedulerDialog::NextRunColumn), QStringLiteral("today 18:00"));

        // The check box disables the entry at once.
        table->item(row, Ui::SchedulerDialog::EnabledColumn)->setCheckState(Qt::Unchecked);
        stored = scheduler.entry(QStringLiteral("Weekend refresh"));
        QVERIFY(stored && stored->has_value());
        QVERIFY(!(*stored)->enabled);
        QTRY_COMPARE(cellText(table,
                              rowOf(table, QStringLiteral("Weekend refresh")),
                              Ui::SchedulerDialog::NextRunColumn),
                     QStringLiteral("disabled"));

        // Remove asks first (a non-modal box); No keeps the entry, Yes removes it.
        QVERIFY(dialog.selectEntry(QStringLiteral("Weekend refresh")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("removeScheduleButton")),
                          Qt::LeftButton);
        auto* box = dialog.findChild<QMessageBox*>(QStringLiteral("removeScheduleMessageBox"));
        QVERIFY(box);
        box->button(QMessageBox::No)->click();
        QCOMPARE(table->rowCount(), defaultCount + 1);
        QTRY_VERIFY(!dialog.findChild<QMessageBox*>(QStringLiteral("removeScheduleMessageBox")));
        dialog.removeEntry();
        box = dialog.findChild<QMessageBox*>(QStringLiteral("removeScheduleMessageBox"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(table->rowCount(), defaultCount);
        QCOMPARE(rowOf(table, QStringLiteral("Weekend refresh")), -1);
        auto gone = scheduler.entry(QStringLiteral("Weekend refresh"));
        QVERIFY(gone && !gone->has_value());

        // Pause and resume the scheduler.
        auto* pause = dialog.findChild<QPushButton*>(QStringLiteral("pauseSchedulerButton"));
        QVERIFY(pause);
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(scheduler.isPaused());
        QVERIFY(pause->isChecked());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("schedulerStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("paused")));
        QCOMPARE(
            cellText(table, rowOf(table, QStringLiteral("Data update")), Ui::SchedulerDialog::NextRunColumn),
            QStringLiteral("today 21:00 (paused)"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!scheduler.isPaused());
    }

    void dueEntryRunsThroughTheJobRunner()
    {
        // A due entry becomes a run with trigger "schedule"; while a job runs it waits in the queue.
        QTemporaryDir big;
        QVERIFY(writeCopies(big.path(), 150));
        QTemporaryDir small;
        QVERIFY(writeCopies(small.path(), 3));
        Test::TempDatabase temp;
        Ui::MainWindow window(temp.db(), testOptions());
        QSignalSpy finished(&window, &Ui::MainWindow::jobFinished);
        window.show();
        QTRY_VERIFY(!window.jobRunner()->isBusy());

        Tasks::ScheduleEntry e;
        e.name = QStringLiteral("Nightly CSV");
        e.kind = QStringLiteral("load");
        e.params = Tasks::loadParams(QStringLiteral("csv:") + small.path());
        e.time = QTime(21, 0);
        auto saved = window.scheduler()->saveEntry(e);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().message));

        window.startTask(Ui::TaskRequest{QStringLiteral("load"),
                                         Tasks::loadParams(QStringLiteral("csv:") + big.path()),
                                         QStringLiteral("Big load")});
        QVERIFY(window.jobRunner()->isRunning());
        emit window.scheduler()->entryDue(*saved, QDateTime::currentDateTime());
        QCOMPARE(window.jobRunner()->queuedCount(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Big load"));
        QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("Nightly CSV"));
        const auto outcome = finished.at(1).at(1).value<Ui::JobOutcome>();
        auto run = Store::RunRepository(*temp.db()).get(outcome.runId);
        QVERIFY(run && run->has_value());
        QCOMPARE((*run)->trigger, QStringLiteral("schedule"));
        QCOMPARE((*run)->total, 3);
        QVERIFY((*run)->status == Tasks::RunStatus::Done);

        // The entry remembers its last run; the tray said so.
        auto stored = window.scheduler()->entry(QStringLiteral("Nightly CSV"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->lastRunId, outcome.runId);
        QCOMPARE((*stored)->lastStatus, QStringLiteral("done"));
        QVERIFY((*stored)->lastRunAt.isValid());
        QCOMPARE(window.trayController()->lastNotification().first, QStringLiteral("Nightly CSV finished"));

        // Tools ▸ Scheduler… shows it with its last run.
        window.showScheduler();
        auto* dialog = window.schedulerDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("scheduleTableWidget"));
        const int row = rowOf(table, QStringLiteral("Nightly CSV"));
        QVERIFY(row >= 0);
        QVERIFY(cellText(table, row, Ui::SchedulerDialog::LastRunColumn).endsWith(QStringLiteral("· done")));
    }
};

QTEST_MAIN(TestSchedulerDialog)
#include "TestSchedulerDialog.moc"
