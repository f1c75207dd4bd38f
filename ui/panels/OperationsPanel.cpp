#include "ui/panels/OperationsPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/store/HourlyBarRepository.h"
#include "core/store/RunRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/HourlySettings.h"
#include "ui/common/RunFormat.h"
#include "ui/common/TableExport.h"
#include "ui/models/RunHistoryModel.h"
#include "ui/panels/RunDetailsDialog.h"
#include "ui/panels/TaskProgressPanel.h"

namespace Tessera::Ui {
namespace {

constexpr int HistoryLimit = 200;
/** The load task's default provider (core/tasks/LoadTask.h: the "fetch/provider" database setting). */
const QString ProviderSettingKey = QStringLiteral("fetch/provider");

struct HistoryRead
{
    QList<Tasks::RunRecord> runs;
    QString configuredProvider;
    QStringList tickersWithHourlyBars;
    QString hourlyHorizons;
};

Result<HistoryRead> readHistory(const Store::Database& db)
{
    auto runs = Store::RunRepository(db).list(HistoryLimit);
    if (!runs) {
        return fail(runs.error());
    }
    auto provider = Store::SettingsRepository(db).value(ProviderSettingKey);
    // What the train dialog offers for hourly models (the table's snapshot counts daily bars only).
    auto hourly = Store::HourlyBarRepository(db).spans();
    if (!hourly) {
        return fail(hourly.error());
    }
    QStringList hourlyTickers = hourly->keys();
    hourlyTickers.sort();
    auto horizons = Tasks::hourlySetting(db, QStringLiteral("train/hourly/horizons"));
    return HistoryRead{
        *runs, provider ? *provider : QString(), hourlyTickers, horizons ? *horizons : QString()};
}

QTableWidgetItem* countItem(qint64 n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OperationsPanel::OperationsPanel(Store::DatabasePtr db,
                                 QThreadPool* readPool,
                                 JobRunner* jobs,
                                 QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
    , m_jobs(jobs)
{
    setObjectName(QStringLiteral("operationsPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("operationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildLeft());
    splitter->addWidget(buildHistory());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);

    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(LiveRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, &OperationsPanel::refreshHistory);

    connect(m_jobs, &JobRunner::started, this, &OperationsPanel::onJobStarted);
    connect(m_jobs, &JobRunner::progressChanged, this, &OperationsPanel::onProgress);
    connect(m_jobs, &JobRunner::finished, this, [this](const JobInfo& job, const JobOutcome& outcome) {
        QString result = outcome.runStatus ? runStatusText(*outcome.runStatus) : tr("done");
        if (outcome.runId > 0) {
            result = tr("%1 (run %2)").arg(result).arg(outcome.runId);
        }
        onJobEnded(job, result, outcome.runStatus == Tasks::RunStatus::Failed);
    });
    connect(m_jobs, &JobRunner::failed, this, [this](const JobInfo& job, const QString& message) {
        onJobEnded(job, tr("could not run: %1").arg(message), true);
    });
    updateButtons();
    refreshHistory();
}

QWidget* OperationsPanel::buildLeft()
{
    auto* left = new QWidget(this);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(6);

    // One button per task kind: two columns, so the later kinds (pipeline, train, export, ...) fit.
    auto* buttons = new QGridLayout;
    buttons->setSpacing(4);
    const QList<TaskLauncher> launchers = taskLaunchers();
    for (qsizetype i = 0; i < launchers.size(); ++i) {
        const TaskLauncher& l = launchers[i];
        auto* button = new QPushButton(l.text, left);
        button->setObjectName(taskButtonObjectName(l.kind));
        button->setToolTip(
            l.shortcut.isEmpty()
                ? l.toolTip
                : QStringLiteral("%1 (%2)").arg(l.toolTip, l.shortcut.toString(QKeySequence::NativeText)));
        button->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        connect(button, &QPushButton::clicked, this, [this, kind = l.kind] { launch(kind); });
        buttons->addWidget(button, static_cast<int>(i / 2), static_cast<int>(i % 2));
        m_runButtons << button;
    }
    layout->addLayout(buttons);

    // The note about runs a crash or kill interrupted; non-modal, dismissable.
    m_interruptedFrame = new QFrame(left);
    m_interruptedFrame->setObjectName(QStringLiteral("interruptedRunsFrame"));
    m_interruptedFrame->setFrameShape(QFrame::StyledPanel);
    m_interruptedFrame->setAutoFillBackground(true);
    QPalette notePalette = m_interruptedFrame->palette();
    notePalette.setColor(QPalette::Window, notePalette.color(QPalette::ToolTipBase));
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::ToolTipText));
    m_interruptedFrame->setPalette(notePalette);
    auto* noteLayout = new QVBoxLayout(m_interruptedFrame);
    m_interruptedLabel = new QLabel(m_interruptedFrame);
    m_interruptedLabel->setObjectName(QStringLiteral("interruptedRunsLabel"));
    m_interruptedLabel->setWordWrap(true);
    noteLayout->addWidget(m_interruptedLabel);
    auto* noteButtons = new QHBoxLayout;
    auto* resume = new QPushButton(tr("Resume"), m_interruptedFrame);
    resume->setObjectName(QStringLiteral("resumeInterruptedButton"));
    auto* dismiss = new QPushButton(tr("Dismiss"), m_interruptedFrame);
    dismiss->setObjectName(QStringLiteral("dismissInterruptedButton"));
    noteButtons->addStretch(1);
    noteButtons->addWidget(resume);
    noteButtons->addWidget(dismiss);
    noteLayout->addLayout(noteButtons);
    connect(resume, &QPushButton::clicked, this, [this] {
        // Oldest first, so the runs continue in the order they were started.
        for (auto it = m_interrupted.crbegin(); it != m_interrupted.crend(); ++it) {
            emit resumeRequested(*it);
        }
        m_interrupted.clear();
        m_interruptedFrame->hide();
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_interrupted.clear();
        m_interruptedFrame->hide();
    });
    m_interruptedFrame->hide();
    layout->addWidget(m_interruptedFrame);

    m_progressGroup = new QGroupBox(tr("Running task"), left);
    m_progressGroup->setObjectName(QStringLiteral("taskProgressGroupBox"));
    auto* progress = new QVBoxLayout(m_progressGroup);
    progress->setSpacing(4);
    m_taskLabel = new QLabel(tr("No task is running."), m_progressGroup);
    m_taskLabel->setObjectName(QStringLiteral("operationsTaskLabel"));
    m_taskLabel->setWordWrap(true);
    progress->addWidget(m_taskLabel);
    auto* barRow = new QHBoxLayout;
    m_bar = new QProgressBar(m_progressGroup);
    m_bar->setObjectName(QStringLiteral("operationsProgressBar"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), m_progressGroup);
    m_cancel->setObjectName(QStringLiteral("cancelTaskButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancel->setToolTip(
        tr("Stop after the symbols in progress; what is stored stays stored and the run can be "
           "resumed"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        m_jobs->cancel();
    });
    barRow->addWidget(m_bar, 1);
    barRow->addWidget(m_cancel);
    progress->addLayout(barRow);
    m_detail = new QLabel(m_progressGroup);
    m_detail->setObjectName(QStringLiteral("operationsProgressLabel"));
    // Wrapped, never clipped: in a narrow dock "… · elapsed 0.4 s" came out as "elapsed 0.".
    m_detail->setWordWrap(true);
    progress->addWidget(m_detail);
    m_estimate = new QLabel(m_progressGroup);
    m_estimate->setObjectName(QStringLiteral("operationsEstimateLabel"));
    m_estimate->setWordWrap(true);
    m_estimate->setForegroundRole(QPalette::PlaceholderText);
    progress->addWidget(m_estimate);

    m_steps = new QTableWidget(0, 4, m_progressGroup);
    m_steps->setObjectName(QStringLiteral("stepProgressTableWidget"));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Done"), tr("Failed"), tr("Skipped")});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->verticalHeader()->hide();
    m_steps->verticalHeader()->setDefaultSectionSize(m_steps->fontMetrics().height() + 6);
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c) {
        m_steps->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_steps->setMinimumHeight(m_steps->verticalHeader()->defaultSectionSize() * 2 + 28);
    progress->addWidget(m_steps, 1);
    m_queue = new QLabel(m_progressGroup);
    m_queue->setObjectName(QStringLiteral("operationsQueueLabel"));
    m_queue->setForegroundRole(QPalette::PlaceholderText);
    m_queue->hide();
    progress->addWidget(m_queue);
    layout->addWidget(m_progressGroup, 1);

    left->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 52);
    return left;
}

QWidget* OperationsPanel::buildHistory()
{
    auto* right = new QWidget(this);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->setSpacing(4);
    auto* heading = new QLabel(tr("Run history"), right);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    m_model = new RunHistoryModel(this);
    m_history = new QTableView(right);
    m_history->setObjectName(QStringLiteral("runHistoryView"));
    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(false);
    m_history->verticalHeader()->hide();
    installExportContextMenu(m_history, QStringLiteral("runs"));
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 6);
    m_history->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = m_history->fontMetrics();
    const QString samples[RunHistoryModel::ColumnCount] = {QStringLiteral("88888"),
                                                           QStringLiteral("Load / update data"),
                                                           QStringLiteral("8888-88-88 88:88:88"),
                                                           QStringLiteral("88 min 88 s"),
                                                           QStringLiteral("done with failures"),
                                                           QStringLiteral("88,888"),
                                                           QStringLiteral("88,888"),
                                                           QStringLiteral("88,888")};
    for (int c = 0; c < RunHistoryModel::ColumnCount; ++c) {
        m_history->setColumnWidth(c, fm.horizontalAdvance(samples[c]) + 18);
    }
    // The task title takes the spare width; the numbers keep theirs.
    m_history->horizontalHeader()->setSectionResizeMode(RunHistoryModel::KindColumn, QHeaderView::Stretch);
    connect(m_history, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        openRunDetails(index.data(RunHistoryModel::RunIdRole).toLongLong());
    });
    connect(m_history->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &OperationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OperationsPanel::updateButtons);
    layout->addWidget(m_history, 1);

    auto* row = new QHBoxLayout;
    m_detailsButton = new QPushButton(tr("Details…"), right);
    m_detailsButton->setObjectName(QStringLiteral("runDetailsButton"));
    m_detailsButton->setToolTip(tr("Parameters, steps and the failed symbols with their reasons"));
    connect(m_detailsButton, &QPushButton::clicked, this, [this] { openRunDetails(selectedRunId()); });
    m_retryButton = new QPushButton(tr("Retry failed"), right);
    m_retryButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_retryButton->setToolTip(tr("Start a new run over only the failed symbols, from the step that failed"));
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRunId(); id > 0) {
            emit retryRequested(id);
        }
    });
    m_resumeButton = new QPushButton(tr("Resume"), right);
    m_resumeButton->setObjectName(QStringLiteral("resumeRunButton"));
    m_resumeButton->setToolTip(
        tr("Continue a cancelled or interrupted run; finished symbols are not redone"));
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRunId(); id > 0) {
            emit resumeRequested(id);
        }
    });
    auto* refresh = new QPushButton(tr("Refresh"), right);
    refresh->setObjectName(QStringLiteral("refreshHistoryButton"));
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(refresh, &QPushButton::clicked, this, &OperationsPanel::refreshHistory);
    row->addWidget(m_detailsButton);
    row->addWidget(m_retryButton);
    row->addWidget(m_resumeButton);
    row->addStretch(1);
    row->addWidget(refresh);
    layout->addLayout(row);
    return right;
}

RunDetailsDialog* OperationsPanel::detailsDialog() const
{
    return m_details;
}

qint64 OperationsPanel::selectedRunId() const
{
    const QModelIndexList rows = m_history->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RunHistoryModel::RunIdRole).toLongLong();
}

bool OperationsPanel::selectRun(qint64 runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0) {
        return false;
    }
    m_history->selectRow(row);
    m_history->scrollTo(m_model->index(row, 0));
    return true;
}

void OperationsPanel::refreshHistory()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    QPointer<OperationsPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db] {
        return readHistory(*db);
    }).then(this, [self](Result<HistoryRead> read) {
        if (!self) {
            return;
        }
        self->m_refreshing = false;
        if (self->m_refreshAgain) {
            self->m_refreshAgain = false;
            self->refreshHistory();
            return;
        }
        if (!read) {
            spdlog::error("reading the run history failed: {}", read.error().message);
            return;
        }
        self->m_launchContext.configuredProvider = read->configuredProvider;
        self->m_launchContext.tickersWithHourlyBars = read->tickersWithHourlyBars;
        self->m_launchContext.hourlyHorizons = read->hourlyHorizons;
        // What the records include at least; progress after this is added live (onProgress).
        self->m_readBaseline = self->m_lastProgress;
        const qint64 selected = self->selectedRunId();
        const bool reset = self->m_model->rowCount() != read->runs.size();
        self->m_model->setRuns(std::move(read->runs));
        if (reset && selected > 0) {
            self->selectRun(selected);
        }
        self->updateButtons();
        emit self->historyRefreshed();
    });
}

void OperationsPanel::launch(const QString& kind)
{
    const TaskLauncher launcher = taskLauncher(kind);
    auto start = [self = QPointer<OperationsPanel>(this)](TaskRequest request) {
        if (self) {
            emit self->taskRequested(request);
        }
    };
    if (launcher.choose) {
        LaunchContext context = m_launchContext;
        if (m_contextSource) {
            m_contextSource(context);
        }
        launcher.choose(this, context, start);
    } else {
        start(defaultTaskRequest(kind));
    }
}

void OperationsPanel::openRunDetails(qint64 runId)
{
    if (runId <= 0) {
        return;
    }
    auto* dialog = new RunDetailsDialog(m_db, m_pool, runId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setActionsAllowed(m_actionsAllowed);
    connect(dialog, &RunDetailsDialog::retryRequested, this, &OperationsPanel::retryRequested);
    connect(dialog, &RunDetailsDialog::resumeRequested, this, &OperationsPanel::resumeRequested);
    m_details = dialog;
    dialog->show();
}

void OperationsPanel::showInterruptedRuns(const QList<qint64>& runIds)
{
    m_interrupted = runIds;
    if (runIds.isEmpty()) {
        m_interruptedFrame->hide();
        return;
    }
    QStringList ids;
    for (qint64 id : runIds) {
        ids << QString::number(id);
    }
    m_interruptedLabel->setText(
        tr("%n run(s) stopped when Tessera or the computer last quit unexpectedly (run %1). Resume continues "
           "where they stopped; nothing finished is redone.",
           nullptr,
           static_cast<int>(runIds.size()))
            .arg(ids.join(QStringLiteral(", "))));
    m_interruptedFrame->show();
    refreshHistory();
}

void OperationsPanel::setActionsAllowed(bool allowed)
{
    m_actionsAllowed = allowed;
    if (m_details) {
        m_details->setActionsAllowed(allowed);
    }
    updateButtons();
}

void OperationsPanel::updateButtons()
{
    for (QPushButton* b : std::as_const(m_runButtons)) {
        b->setEnabled(m_actionsAllowed);
    }
    const Tasks::RunRecord* run = m_model->run(selectedRunId());
    m_detailsButton->setEnabled(run != nullptr);
    m_retryButton->setEnabled(m_actionsAllowed && run && run->failed > 0
                              && run->status != Tasks::RunStatus::Running);
    m_resumeButton->setEnabled(m_actionsAllowed && run && Tasks::isResumable(run->status)
                               && run->pending > 0);
    m_interruptedFrame->findChild<QPushButton*>(QStringLiteral("resumeInterruptedButton"))
        ->setEnabled(m_actionsAllowed);
}

void OperationsPanel::updateQueueLabel()
{
    const int queued = m_jobs->queuedCount();
    m_queue->setText(tr("%n more job(s) waiting.", nullptr, queued));
    m_queue->setVisible(queued > 0);
}

void OperationsPanel::onJobStarted(const JobInfo& job)
{
    updateQueueLabel();
    if (job.origin == JobOrigin::Housekeeping) {
        return;
    }
    m_showingJob = true;
    m_currentRunId = 0;
    m_lastProgress = {};
    m_readBaseline = {};
    m_progressGroup->setTitle(tr("Running task"));
    m_taskLabel->setText(job.origin == JobOrigin::Schedule
                             ? tr("<b>%1</b> (scheduled)").arg(job.title.toHtmlEscaped())
                             : QStringLiteral("<b>%1</b>").arg(job.title.toHtmlEscaped()));
    m_bar->setRange(0, 0); // busy until the first report says how many symbols there are
    m_detail->setText(tr("Planning…"));
    m_estimate->clear();
    m_steps->setRowCount(0);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(true);
    m_liveTimer->start();
}

void OperationsPanel::onProgress(const Tasks::TaskProgress& p)
{
    if (!m_showingJob) {
        return;
    }
    if (p.total > 0) {
        m_bar->setRange(0, static_cast<int>(p.total));
        m_bar->setValue(static_cast<int>(std::min(p.finished(), p.total)));
        m_bar->setFormat(QStringLiteral("%p%"));
    } else if (p.runId > 0) {
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
    }
    QString text = TaskProgressPanel::describe(p);
    if (!p.step.isEmpty() && p.steps.size() > 1) {
        text = tr("Step %1 · %2").arg(p.step, text);
    }
    if (p.cancelRequested) {
        text = tr("Cancelling after the symbols in progress… %1").arg(text);
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
    }
    m_detail->setText(text);
    QStringList estimate;
    if (p.runId > 0) {
        estimate << tr("Run %1").arg(p.runId);
    }
    estimate << (p.estimatedSeconds >= 0
                     ? tr("estimated at start: %1").arg(formatDuration(p.estimatedSeconds))
                     : tr("no estimate yet (first run of its kind)"));
    estimate << tr("elapsed %1").arg(formatDuration(p.elapsedSeconds));
    m_estimate->setText(estimate.join(QStringLiteral(" · ")));

    if (m_steps->rowCount() != p.steps.size()) {
        m_steps->setRowCount(static_cast<int>(p.steps.size()));
    }
    for (int i = 0; i < p.steps.size(); ++i) {
        const Tasks::StepProgress& s = p.steps[i];
        auto* name = new QTableWidgetItem(s.name);
        if (s.name == p.step && p.finished() < p.total) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        }
        m_steps->setItem(i, 0, name);
        m_steps->setItem(i, 1, countItem(s.done));
        QTableWidgetItem* failed = countItem(s.failed);
        if (s.failed > 0) {
            failed->setForeground(runStatusColor(Tasks::RunStatus::Failed, palette()));
        }
        m_steps->setItem(i, 2, failed);
        m_steps->setItem(i, 3, countItem(s.skipped));
    }
    m_lastProgress = p;
    if (p.runId > 0 && p.runId == m_readBaseline.runId) {
        m_model->setLiveCounts(p.runId,
                               static_cast<int>(p.done - m_readBaseline.done),
                               static_cast<int>(p.failed - m_readBaseline.failed));
    }
    if (p.runId > 0 && p.runId != m_currentRunId) {
        // A new run record exists: show it in the history at once rather than at the next tick.
        m_currentRunId = p.runId;
        refreshHistory();
    }
    emit progressShown(p);
}

void OperationsPanel::onJobEnded(const JobInfo& job, const QString& result, bool failed)
{
    updateQueueLabel();
    if (job.origin == JobOrigin::Housekeeping) {
        return;
    }
    m_showingJob = false;
    m_liveTimer->stop();
    m_progressGroup->setTitle(tr("Last task"));
    m_taskLabel->setText(QStringLiteral("<b>%1</b> — <span style=\"color:%2\">%3</span>")
                             .arg(job.title.toHtmlEscaped(),
                                  (failed ? runStatusColor(Tasks::RunStatus::Failed, palette())
                                          : palette().color(QPalette::WindowText))
                                      .name(),
                                  result.toHtmlEscaped()));
    if (m_bar->maximum() == 0) {
        m_bar->setRange(0, 1);
        m_bar->setValue(failed ? 0 : 1);
    }
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    refreshHistory();
    if (m_details) {
        m_details->reload();
    }
}

} // namespace Tessera::Ui
