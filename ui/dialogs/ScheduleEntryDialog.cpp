#include "ui/dialogs/ScheduleEntryDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "core/tasks/TaskKind.h"
#include "ui/dialogs/SchedulerDialog.h"
#include "ui/tasks/TaskLaunchers.h"

namespace Tessera::Ui {

ScheduleEntryDialog::ScheduleEntryDialog(Tasks::ScheduleEntry entry, Saver save, QWidget* parent)
    : QDialog(parent)
    , m_entry(std::move(entry))
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("scheduleEntryDialog"));
    setWindowTitle(m_entry.id == 0 ? tr("Add schedule entry") : tr("Edit schedule entry"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("scheduleNameLineEdit"));
    m_name->setPlaceholderText(tr("Nightly data update"));
    form->addRow(tr("&Name:"), m_name);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("scheduleKindComboBox"));
    for (const Tasks::TaskKind* k : Tasks::TaskRegistry::all()) {
        m_kind->addItem(taskKindTitle(k->id), k->id);
    }
    form->addRow(tr("&Task:"), m_kind);

    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("scheduleFrequencyComboBox"));
    m_frequency->addItem(tr("Every day"), static_cast<int>(Tasks::Frequency::Daily));
    m_frequency->addItem(tr("Every week"), static_cast<int>(Tasks::Frequency::Weekly));
    m_frequency->addItem(tr("Every N hours"), static_cast<int>(Tasks::Frequency::EveryNHours));
    form->addRow(tr("&Repeat:"), m_frequency);

    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("scheduleWeekdayComboBox"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        m_weekday->addItem(QLocale().dayName(day), day);
    }
    form->addRow(tr("On &day:"), m_weekday);

    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("scheduleHoursSpinBox"));
    m_hours->setRange(1, 168);
    m_hours->setSuffix(tr(" h"));
    form->addRow(tr("&Every:"), m_hours);

    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("scheduleTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeLabel = new QLabel(tr("&At:"), this);
    m_timeLabel->setBuddy(m_time);
    form->addRow(m_timeLabel, m_time);

    m_marketDays = new QCheckBox(tr("Only on &market days (not weekends or exchange holidays)"), this);
    m_marketDays->setObjectName(QStringLiteral("scheduleMarketDaysCheckBox"));
    form->addRow(QString(), m_marketDays);
    m_catchUp =
        new QCheckBox(tr("&Catch up once when a run was missed (computer asleep or Tessera closed)"), this);
    m_catchUp->setObjectName(QStringLiteral("scheduleCatchUpCheckBox"));
    form->addRow(QString(), m_catchUp);
    m_enabled = new QCheckBox(tr("E&nabled"), this);
    m_enabled->setObjectName(QStringLiteral("scheduleEnabledCheckBox"));
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("schedulePreviewLabel"));
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_preview);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("scheduleErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("scheduleOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setEntry(m_entry);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &ScheduleEntryDialog::updateState);
    for (QComboBox* combo : {m_kind, m_weekday}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ScheduleEntryDialog::updateState);
    }
    connect(m_hours, &QSpinBox::valueChanged, this, &ScheduleEntryDialog::updateState);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleEntryDialog::updateState);
    connect(m_marketDays, &QCheckBox::toggled, this, &ScheduleEntryDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &ScheduleEntryDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

void ScheduleEntryDialog::setEntry(const Tasks::ScheduleEntry& e)
{
    m_name->setText(e.name);
    int kind = m_kind->findData(e.kind);
    if (kind < 0 && !e.kind.isEmpty()) {
        // A kind this build does not know (the database came from a newer one): keep it selectable.
        m_kind->addItem(e.kind, e.kind);
        kind = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(std::max(0, kind));
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(static_cast<int>(e.frequency))));
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(e.weekday)));
    m_hours->setValue(e.everyHours);
    m_time->setTime(e.time.isValid() ? e.time : QTime(21, 0));
    m_marketDays->setChecked(e.marketDaysOnly);
    m_enabled->setChecked(e.enabled);
    m_catchUp->setChecked(e.catchUp);
    updateState();
}

Tasks::ScheduleEntry ScheduleEntryDialog::entry() const
{
    Tasks::ScheduleEntry e = m_entry;
    e.name = m_name->text().trimmed();
    const QString kind = m_kind->currentData().toString();
    if (kind != m_entry.kind) {
        e.params = {}; // parameters belong to a kind: another kind starts from its defaults
    }
    e.kind = kind;
    e.frequency = static_cast<Tasks::Frequency>(m_frequency->currentData().toInt());
    e.weekday = m_weekday->currentData().toInt();
    e.everyHours = m_hours->value();
    e.time = m_time->time();
    e.marketDaysOnly = m_marketDays->isChecked();
    e.enabled = m_enabled->isChecked();
    e.catchUp = m_catchUp->isChecked();
    return e;
}

void ScheduleEntryDialog::updateState()
{
    const auto frequency = static_cast<Tasks::Frequency>(m_frequency->currentData().toInt());
    const bool weekly = frequency == Tasks::Frequency::Weekly;
    const bool hourly = frequency == Tasks::Frequency::EveryNHours;
    m_weekday->setEnabled(weekly);
    m_hours->setEnabled(hourly);
    m_timeLabel->setText(hourly ? tr("&From:") : tr("&At:"));
    m_preview->setText(tr("Runs: %1").arg(SchedulerDialog::describe(entry())));
    m_error->hide();
}

void ScheduleEntryDialog::accept()
{
    const Tasks::ScheduleEntry e = entry();
    Result<void> valid = e.validate();
    if (valid && m_save) {
        valid = m_save(e);
    }
    if (!valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Tessera::Ui
