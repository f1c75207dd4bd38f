#include "ui/dialogs/SchedulerDialog.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/store/HolidayRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/RunTypes.h"
#include "core/tasks/Scheduler.h"
#include "ui/common/RunFormat.h"
#include "ui/dialogs/ScheduleEntryDialog.h"
#include "ui/tasks/TaskLaunchers.h"

namespace Tessera::Ui {

SchedulerDialog::SchedulerDialog(Tasks::Scheduler* scheduler, QWidget* parent)
    : QDialog(parent)
    , m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("schedulerDialog"));
    setWindowTitle(tr("Scheduler"));
    auto* layout = new QVBoxLayout(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("schedulerStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("scheduleTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("On"), tr("Name"), tr("Task"), tr("When"), tr("Last run"), tr("Next run")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    // Widths from sample contents, so the default schedule's names and times fit without eliding (the
    // longest name: the bundled crypto universe's weekly retrain).
    const QString samples[ColumnCount] = {QString(),
                                          QStringLiteral("Crypto full retrain (Top crypto (USDT))"),
                                          QStringLiteral("Load / update data"),
                                          QStringLiteral("Every 6 h from 00:00 · market days"),
                                          QStringLiteral("yesterday 21:00 · done with failures"),
                                          QStringLiteral("tomorrow 21:00 (paused)")};
    int widths[ColumnCount];
    for (int c = 0; c < ColumnCount; ++c) {
        widths[c] = fm.horizontalAdvance(samples[c]) + 20;
    }
    widths[EnabledColumn] = m_table->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 24;
    for (int c = 0; c < ColumnCount; ++c) {
        m_table->setColumnWidth(c, widths[c]);
    }
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SchedulerDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column != EnabledColumn) {
            editEntry();
        }
    });
    // The check box of the first column enables or disables the entry at once.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != EnabledColumn || item->row() >= m_entries.size()) {
            return;
        }
        Tasks::ScheduleEntry e = m_entries[item->row()];
        e.enabled = item->checkState() == Qt::Checked;
        if (auto saved = m_scheduler->saveEntry(e); !saved) {
            showError(saved.error().message);
        }
        // Not now: reload() replaces the items, and this one is still inside its own change signal.
        QTimer::singleShot(0, this, &SchedulerDialog::reload);
    });
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addScheduleButton"));
    connect(add, &QPushButton::clicked, this, &SchedulerDialog::addEntry);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editScheduleButton"));
    connect(m_edit, &QPushButton::clicked, this, &SchedulerDialog::editEntry);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeScheduleButton"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_remove, &QPushButton::clicked, this, &SchedulerDialog::removeEntry);
    m_pause = new QPushButton(tr("&Pause scheduler"), this);
    m_pause->setObjectName(QStringLiteral("pauseSchedulerButton"));
    m_pause->setCheckable(true);
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    connect(m_pause, &QPushButton::clicked, this, &SchedulerDialog::setPaused);
    m_crypto = new QPushButton(tr("Add &crypto defaults"), this);
    m_crypto->setObjectName(QStringLiteral("addCryptoDefaultsButton"));
    m_crypto->setToolTip(tr("For each crypto universe: fetch new hourly bars from Binance and update the "
                            "hourly models every 6 h from 00:00 UTC, and retrain them in full every Sunday "
                            "at 03:00 UTC (seed 001)"));
    connect(m_crypto, &QPushButton::clicked, this, &SchedulerDialog::addCryptoDefaults);
    row->addWidget(add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addWidget(m_crypto);
    row->addStretch(1);
    row->addWidget(m_pause);
    layout->addLayout(row);

    // The market calendar: market-days entries skip its holidays, and the pipeline's quality grades do
    // not count them as missing days. Holidays can be inferred from the stored bars in one click.
    auto* calendarRow = new QHBoxLayout;
    m_calendar = new QLabel(this);
    m_calendar->setObjectName(QStringLiteral("marketCalendarLabel"));
    m_calendar->setWordWrap(true);
    m_infer = new QPushButton(tr("&Infer holidays from stored bars"), this);
    m_infer->setObjectName(QStringLiteral("inferHolidaysButton"));
    m_infer->setToolTip(tr("Adds to the calendar every weekday on which none of the stored symbols has a bar "
                           "while at least %1 of them were listed: the exchange was closed.")
                            .arg(Store::kDefaultClosedDayMinSymbols));
    connect(m_infer, &QPushButton::clicked, this, &SchedulerDialog::inferHolidays);
    calendarRow->addWidget(m_calendar, 1);
    calendarRow->addWidget(m_infer);
    layout->addLayout(calendarRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Queued: the scheduler reports from inside edits made through this dialog (item signals, dialogs).
    connect(
        m_scheduler, &Tasks::Scheduler::entriesChanged, this, &SchedulerDialog::reload, Qt::QueuedConnection);
    connect(
        m_scheduler, &Tasks::Scheduler::pausedChanged, this, &SchedulerDialog::reload, Qt::QueuedConnection);
    reload();
    int width = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        width += widths[c];
    }
    resize(width + 2 * m_table->frameWidth() + layout->contentsMargins().left()
               + layout->contentsMargins().right() + 24,
           440);
}

ScheduleEntryDialog* SchedulerDialog::entryDialog() const
{
    return m_entryDialog;
}

QString SchedulerDialog::describe(const Tasks::ScheduleEntry& e)
{
    const QString at = e.time.toString(QStringLiteral("HH:mm"));
    QString text;
    switch (e.frequency) {
    case Tasks::Frequency::Daily:
        text = tr("Every day at %1").arg(at);
        break;
    case Tasks::Frequency::Weekly:
        text = tr("Every week on %1 at %2").arg(QLocale().dayName(std::clamp(e.weekday, 1, 7)), at);
        break;
    case Tasks::Frequency::EveryNHours:
        text = tr("Every %n h from %1", nullptr, e.everyHours).arg(at);
        break;
    }
    if (!e.timeZone.isEmpty()) {
        text += u' ' + e.timeZone;
    }
    if (e.marketDaysOnly) {
        text += tr(" · market days");
    }
    return text;
}

void SchedulerDialog::reload()
{
    auto list = m_scheduler->entries();
    if (!list) {
        showError(list.error().message);
        return;
    }
    const Tasks::ScheduleEntry* selected = selectedEntry();
    const QString selectedName = selected ? selected->name : QString();
    m_entries = *list;
    m_filling = true;
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    const QDateTime now = m_scheduler->now();
    const bool paused = m_scheduler->isPaused();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Tasks::ScheduleEntry& e = m_entries[i];
        auto* enabled = new QTableWidgetItem;
        enabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        enabled->setCheckState(e.enabled ? Qt::Checked : Qt::Unchecked);
        enabled->setToolTip(tr("Enabled"));
        m_table->setItem(i, EnabledColumn, enabled);
        auto* name = new QTableWidgetItem(e.name);
        name->setToolTip(e.name); // long names (a crypto universe's entries) are cut by the column
        m_table->setItem(i, NameColumn, name);
        m_table->setItem(i, TaskColumn, new QTableWidgetItem(taskKindTitle(e.kind)));
        auto* when = new QTableWidgetItem(describe(e));
        when->setToolTip(e.catchUp ? tr("A missed run is caught up once") : tr("A missed run is skipped"));
        m_table->setItem(i, WhenColumn, when);

        QString last = tr("never");
        auto* lastItem = new QTableWidgetItem;
        if (e.lastRunAt.isValid()) {
            last = formatWhen(e.lastRunAt.toTimeZone(m_scheduler->zone()), now);
            if (!e.lastStatus.isEmpty()) {
                last += QStringLiteral(" · ") + runStatusText(e.lastStatus);
                lastItem->setForeground(runStatusColor(Tasks::runStatusFromString(e.lastStatus), palette()));
            }
        }
        QStringList tip;
        if (e.lastRunId > 0) {
            tip << tr("Run %1").arg(e.lastRunId);
        }
        if (!e.lastMessage.isEmpty()) {
            tip << e.lastMessage;
        }
        lastItem->setText(last);
        lastItem->setToolTip(tip.join(u'\n'));
        m_table->setItem(i, LastRunColumn, lastItem);

        QString next;
        if (!e.enabled) {
            next = tr("disabled");
        } else if (e.nextRunAt.isValid()) {
            next = formatWhen(e.nextRunAt.toTimeZone(m_scheduler->zone()), now);
            if (paused) {
                next = tr("%1 (paused)").arg(next);
            }
        }
        auto* nextItem = new QTableWidgetItem(next);
        if (!e.enabled || paused) {
            nextItem->setForeground(palette().color(QPalette::PlaceholderText));
        }
        nextItem->setToolTip(formatDateTime(e.nextRunAt));
        m_table->setItem(i, NextRunColumn, nextItem);
    }
    m_filling = false;
    if (!selectedName.isEmpty()) {
        selectEntry(selectedName);
    } else {
        m_table->setCurrentItem(nullptr); // no focus frame on a cell nobody chose
    }

    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    m_pause->setText(paused ? tr("&Resume scheduler") : tr("&Pause scheduler"));
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    QString status;
    if (paused) {
        status =
            tr("<b>The scheduler is paused.</b> Nothing runs on its own until it is resumed; the runs that "
               "pass meanwhile are skipped, not caught up.");
    } else if (auto next = m_scheduler->nextDue(); next && next->has_value()) {
        status = tr("Next run: <b>%1</b> %2.")
                     .arg((*next)->entry.name.toHtmlEscaped(), formatWhen((*next)->at, now));
    } else {
        status = tr("No entry is enabled.");
    }
    status += u' '
              + tr("Times are this computer's local time (%1) unless an entry names its zone (UTC).")
                    .arg(QString::fromUtf8(m_scheduler->zone().id()));
    m_status->setText(status);
    if (auto calendar = m_scheduler->calendar()) {
        const QList<Holiday> days = calendar->holidays();
        QString text = tr("Market days and the pipeline's quality grades follow calendar “%1”: %n holiday(s)",
                          nullptr,
                          static_cast<int>(days.size()))
                           .arg(calendar->name());
        if (!days.isEmpty()) {
            text += u' '
                    + tr("(%1 to %2)")
                          .arg(QLocale().toString(days.first().date, QLocale::ShortFormat),
                               QLocale().toString(days.last().date, QLocale::ShortFormat));
        }
        text += u'.';
        if (!m_calendarNote.isEmpty()) {
            text += u' ' + m_calendarNote;
        }
        m_calendar->setText(text);
    } else {
        m_calendar->setText(calendar.error().message);
    }
    updateButtons();
    emit reloaded();
}

void SchedulerDialog::inferHolidays()
{
    struct Outcome
    {
        Result<Store::InferredClosedDays> inferred = fail(Error::internal(QString()));
    };
    m_infer->setEnabled(false);
    m_calendarNote = tr("Inferring holidays from the stored bars…");
    m_calendar->setText(m_calendarNote);
    const Store::DatabasePtr db = m_scheduler->database();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_infer->setEnabled(true);
        if (!outcome.inferred) {
            m_calendarNote = tr("Could not infer holidays: %1").arg(outcome.inferred.error().message);
        } else {
            m_calendarNote = tr("%n closed weekday(s) found in the bars of %1 symbols.",
                                nullptr,
                                static_cast<int>(outcome.inferred->days.size()))
                                 .arg(outcome.inferred->symbols);
            if (auto r = m_scheduler->refreshNextRuns(); !r) {
                showError(r.error().message);
            }
        }
        reload();
        emit holidaysInferred();
    });
    // A scan of every stored bar: off the GUI thread. The write joins the file's writer queue.
    watcher->setFuture(QtConcurrent::run([db] {
        Store::HolidayRepository repo(*db);
        auto name = repo.marketCalendarName();
        if (!name) {
            return Outcome{fail(name.error())};
        }
        return Outcome{repo.importClosedDays(*name, {}, Store::kDefaultClosedDayMinSymbols, false)};
    }));
}

void SchedulerDialog::addCryptoDefaults()
{
    m_crypto->setEnabled(false);
    const Store::DatabasePtr db = m_scheduler->database();
    auto* watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this, [this, watcher] {
        const Result<QStringList> universes = watcher->result();
        watcher->deleteLater();
        m_crypto->setEnabled(true);
        if (!universes) {
            showError(universes.error().message);
            return;
        }
        QStringList created;
        for (const QString& universe : *universes) {
            auto added = m_scheduler->ensureDefaults(Tasks::cryptoDefaultSchedule(universe));
            if (!added) {
                showError(added.error().message);
                return;
            }
            created << *added;
        }
        if (universes->isEmpty()) {
            m_calendarNote = tr("No crypto universe yet: import Top crypto (USDT) (File ▸ Import universe), "
                                "then add its crypto entries.");
        } else if (created.isEmpty()) {
            m_calendarNote = tr("Every crypto universe has had its entries (a removed one is not added "
                                "again; use Add… to make one).");
        } else {
            m_calendarNote = tr("Added: %1.").arg(created.join(QStringLiteral(", ")));
        }
        reload();
        emit cryptoDefaultsAdded(created);
    });
    // Reads every universe's members: off the GUI thread.
    watcher->setFuture(QtConcurrent::run([db] { return Tasks::cryptoUniverses(*db); }));
}

const Tasks::ScheduleEntry* SchedulerDialog::selectedEntry() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty()) {
        return nullptr;
    }
    const int row = items.first()->row();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

bool SchedulerDialog::selectEntry(const QString& name)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name == name) {
            m_table->selectRow(i);
            return true;
        }
    }
    return false;
}

void SchedulerDialog::updateButtons()
{
    const bool any = selectedEntry() != nullptr;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

void SchedulerDialog::addEntry()
{
    Tasks::ScheduleEntry e;
    e.kind = QStringLiteral("load");
    e.time = QTime(21, 0);
    openEntryDialog(e);
}

void SchedulerDialog::editEntry()
{
    if (const Tasks::ScheduleEntry* e = selectedEntry()) {
        openEntryDialog(*e);
    }
}

void SchedulerDialog::openEntryDialog(const Tasks::ScheduleEntry& entry)
{
    QPointer<SchedulerDialog> self(this);
    auto save = [self](const Tasks::ScheduleEntry& e) -> Result<void> {
        if (!self) {
            return fail(Error::internal(QStringLiteral("the scheduler editor was closed")));
        }
        auto saved = self->m_scheduler->saveEntry(e);
        if (!saved) {
            return fail(saved.error());
        }
        self->reload();
        self->selectEntry(saved->name);
        return {};
    };
    auto* dialog = new ScheduleEntryDialog(entry, save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_entryDialog = dialog;
    dialog->open();
}

void SchedulerDialog::removeEntry()
{
    const Tasks::ScheduleEntry* e = selectedEntry();
    if (!e) {
        return;
    }
    const qint64 id = e->id;
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Remove schedule entry"),
                                tr("Remove \"%1\" (%2)?").arg(e->name, describe(*e)),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(QStringLiteral("removeScheduleMessageBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SchedulerDialog> self(this);
    connect(box, &QMessageBox::finished, this, [self, box, id](int) {
        if (self && box->clickedButton() == box->button(QMessageBox::Yes)) {
            if (auto removed = self->m_scheduler->removeEntry(id); !removed) {
                self->showError(removed.error().message);
            }
            self->reload();
        }
    });
    box->open();
}

void SchedulerDialog::setPaused(bool paused)
{
    if (auto r = m_scheduler->setPaused(paused); !r) {
        showError(r.error().message);
    }
    reload();
}

void SchedulerDialog::showError(const QString& message)
{
    spdlog::error("scheduler editor: {}", message);
    m_status->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(runStatusColor(Tasks::RunStatus::Failed, palette()).name(), message.toHtmlEscaped()));
}

} // namespace Tessera::Ui
