#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

#include "core/tasks/Schedule.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace Tessera::Tasks {
class Scheduler;
}

namespace Tessera::Ui {

class ScheduleEntryDialog;

/**
 * Tools ▸ Scheduler…: the schedule entries in a table (enabled, name, task, when, last run with its
 * status, next run), Add / Edit / Remove through ScheduleEntryDialog, and Pause / Resume of the whole
 * scheduler. It edits through the window's Tasks::Scheduler (a GUI-thread object whose queries are a
 * handful of rows) and follows its entriesChanged / pausedChanged signals, so runs that start or
 * finish while it is open show up at once. Non-modal.
 */
class SchedulerDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        EnabledColumn,
        NameColumn,
        TaskColumn,
        WhenColumn,
        LastRunColumn,
        NextRunColumn,
        ColumnCount
    };

    explicit SchedulerDialog(Tasks::Scheduler* scheduler, QWidget* parent = nullptr);

    /** "Every day at 21:00 · market days", "Every week on Sunday at 03:00", "Every 6 h from 00:00". */
    static QString describe(const Tasks::ScheduleEntry& entry);

    const QList<Tasks::ScheduleEntry>& entries() const { return m_entries; }
    /** The entry in the selected row, or nullptr. */
    const Tasks::ScheduleEntry* selectedEntry() const;
    bool selectEntry(const QString& name);
    /** The add/edit dialog open now, if any. */
    ScheduleEntryDialog* entryDialog() const;

public slots:
    void reload();
    void addEntry();
    void editEntry();
    /** Asks (non-modal message box "removeScheduleMessageBox") and removes the selected entry. */
    void removeEntry();
    void setPaused(bool paused);
    /**
     * Adds the weekdays on which no stored symbol traded (at least kDefaultClosedDayMinSymbols listed)
     * to the market calendar, off the GUI thread; the calendar label reports how many.
     */
    void inferHolidays();
    /**
     * Seed 001's entries (Tasks::cryptoDefaultSchedule) for every stored crypto universe that has not had
     * them yet: the universes are read off the GUI thread, the entries created through the scheduler; the
     * status line says what was added.
     */
    void addCryptoDefaults();

signals:
    /** The table was filled again. */
    void reloaded();
    /** inferHolidays() finished (the label says how). */
    void holidaysInferred();
    /** addCryptoDefaults() finished; created = the entries it added (may be empty). */
    void cryptoDefaultsAdded(const QStringList& created);

private:
    void openEntryDialog(const Tasks::ScheduleEntry& entry);
    void updateButtons();
    void showError(const QString& message);

    Tasks::Scheduler* m_scheduler = nullptr;
    QPushButton* m_crypto = nullptr;
    QList<Tasks::ScheduleEntry> m_entries;
    bool m_filling = false;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_pause = nullptr;
    QLabel* m_calendar = nullptr;
    QPushButton* m_infer = nullptr;
    QString m_calendarNote; ///< the last inference's outcome, shown after the calendar's summary
    QPointer<ScheduleEntryDialog> m_entryDialog;
};

} // namespace Tessera::Ui
