#pragma once

#include <functional>

#include <QDialog>

#include "core/common/Result.h"
#include "core/tasks/Schedule.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace Tessera::Ui {

/**
 * Adds or edits one schedule entry: name, task kind (from the task registry), daily / weekly on a day /
 * every N hours, the time, market days only, enabled and catch-up. OK hands the entry to `save`
 * (Scheduler::saveEntry through the scheduler editor); an error (a duplicate name, a weekly entry on a
 * weekend with market days only) is shown in the dialog, which stays open. Parameters of an edited
 * entry are kept; a new entry runs its kind with default parameters.
 */
class ScheduleEntryDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Result<void>(const Tasks::ScheduleEntry&)>;

    ScheduleEntryDialog(Tasks::ScheduleEntry entry, Saver save, QWidget* parent = nullptr);

    /** The entry as the widgets describe it. */
    Tasks::ScheduleEntry entry() const;
    void setEntry(const Tasks::ScheduleEntry& entry);

    void accept() override;

private:
    void updateState();

    Tasks::ScheduleEntry m_entry;
    Saver m_save;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_frequency = nullptr;
    QComboBox* m_weekday = nullptr;
    QSpinBox* m_hours = nullptr;
    QTimeEdit* m_time = nullptr;
    QLabel* m_timeLabel = nullptr;
    QCheckBox* m_marketDays = nullptr;
    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_catchUp = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Tessera::Ui
