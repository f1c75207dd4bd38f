#include "ui/panels/RunDetailsDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/store/RunRepository.h"
#include "ui/common/RunFormat.h"
#include "ui/tasks/TaskLaunchers.h"

namespace Tessera::Ui {
namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem* number(qint64 n)
{
    return cell(QLocale().toString(n), Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

Result<RunDetails> loadRunDetails(const Store::Database& db, qint64 runId)
{
    Store::RunRepository runs(db);
    auto run = runs.get(runId);
    if (!run) {
        return fail(run.error());
    }
    if (!run->has_value()) {
        return fail(Error::notFound(QStringLiteral("there is no run %1").arg(runId)));
    }
    auto steps = runs.steps(runId);
    if (!steps) {
        return fail(steps.error());
    }
    auto problems = runs.outcomes(runId, true);
    if (!problems) {
        return fail(problems.error());
    }
    return RunDetails{**run, *steps, *problems};
}

RunDetailsDialog::RunDetailsDialog(Store::DatabasePtr db, QThreadPool* pool, qint64 runId, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_pool(pool)
    , m_runId(runId)
{
    setObjectName(QStringLiteral("runDetailsDialog"));
    setWindowTitle(tr("Run %1").arg(runId));
    auto* layout = new QVBoxLayout(this);

    m_heading = new QLabel(tr("Reading run %1…").arg(runId), this);
    m_heading->setObjectName(QStringLiteral("runHeadingLabel"));
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("runInfoLabel"));
    m_info->setTextFormat(Qt::RichText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    layout->addWidget(new QLabel(tr("Parameters:"), this));
    m_params = new QPlainTextEdit(this);
    m_params->setObjectName(QStringLiteral("runParametersTextEdit"));
    m_params->setReadOnly(true);
    m_params->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_params->setMaximumHeight(m_params->fontMetrics().height() * 5 + 12);
    layout->addWidget(m_params);

    layout->addWidget(new QLabel(tr("Steps:"), this));
    m_steps = makeTable(QStringLiteral("runStepsTableWidget"),
                        {tr("Step"),
                         tr("Done"),
                         tr("Failed"),
                         tr("Skipped"),
                         tr("Pending"),
                         tr("Time"),
                         tr("Started"),
                         tr("Finished")},
                        this);
    m_steps->setMaximumHeight(m_steps->verticalHeader()->defaultSectionSize() * 4 + 30);
    layout->addWidget(m_steps);

    m_problemsLabel = new QLabel(tr("Failed symbols:"), this);
    layout->addWidget(m_problemsLabel);
    m_problems = makeTable(QStringLiteral("runFailuresTableWidget"),
                           {tr("Symbol"), tr("Step"), tr("Status"), tr("Reason")},
                           this);
    layout->addWidget(m_problems, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("Retry failed"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("detailsRetryFailedButton"));
    m_retry->setToolTip(tr("Start a new run over only the failed symbols, from the step that failed"));
    m_resume = buttons->addButton(tr("Resume"), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(QStringLiteral("detailsResumeButton"));
    m_resume->setToolTip(tr("Continue this run: symbols already done are not redone"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        emit retryRequested(m_runId);
        close();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        emit resumeRequested(m_runId);
        close();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButtons();
    resize(820, 600);
    reload();
}

void RunDetailsDialog::reload()
{
    QPointer<RunDetailsDialog> self(this);
    QtConcurrent::run(m_pool, [db = m_db, id = m_runId] {
        return loadRunDetails(*db, id);
    }).then(this, [self](Result<RunDetails> details) {
        if (!self) {
            return;
        }
        if (details) {
            self->showDetails(*details);
        } else {
            self->showError(details.error().message);
        }
    });
}

void RunDetailsDialog::setActionsAllowed(bool allowed)
{
    m_actionsAllowed = allowed;
    updateButtons();
}

void RunDetailsDialog::showDetails(const RunDetails& details)
{
    m_details = details;
    const Tasks::RunRecord& r = details.run;
    const QLocale locale;
    const QColor statusColor = runStatusColor(r.status, palette());
    m_heading->setText(
        tr("<b>Run %1 · %2</b> — <span style=\"color:%3\"><b>%4</b></span>")
            .arg(r.id)
            .arg(taskKindTitle(r.kind).toHtmlEscaped(), statusColor.name(), runStatusText(r.status)));

    QStringList rows;
    auto row = [&rows](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            rows << QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
                        .arg(label, value.toHtmlEscaped());
        }
    };
    row(tr("Symbols:"),
        tr("%1 in total · %2 done · %3 failed · %4 left")
            .arg(locale.toString(r.total),
                 locale.toString(r.done),
                 locale.toString(r.failed),
                 locale.toString(r.pending)));
    row(tr("Started:"), formatDateTime(r.startedAt));
    row(tr("Finished:"),
        r.status == Tasks::RunStatus::Running ? tr("still running") : formatDateTime(r.finishedAt));
    row(tr("Duration:"), formatDuration(r.seconds()));
    row(tr("Estimated at start:"),
        r.estimatedSeconds >= 0 ? formatDuration(r.estimatedSeconds) : tr("no estimate (no earlier run)"));
    row(tr("Started by:"),
        r.parentRunId > 0 ? tr("%1 (of run %2)").arg(r.trigger).arg(r.parentRunId) : r.trigger);
    row(tr("Process:"), r.pid > 0 ? QStringLiteral("%1 @ %2").arg(r.pid).arg(r.host) : QString());
    row(tr("Message:"), r.message);
    m_info->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));

    m_params->setPlainText(
        r.params.isEmpty()
            ? tr("(defaults)")
            : QString::fromUtf8(QJsonDocument(r.params).toJson(QJsonDocument::Indented)).trimmed());

    m_steps->setRowCount(static_cast<int>(details.steps.size()));
    for (int i = 0; i < details.steps.size(); ++i) {
        const Tasks::StepRecord& s = details.steps[i];
        m_steps->setItem(i, 0, cell(s.name));
        m_steps->setItem(i, 1, number(s.done));
        QTableWidgetItem* failed = number(s.failed);
        if (s.failed > 0) {
            failed->setForeground(runStatusColor(Tasks::RunStatus::Failed, palette()));
        }
        m_steps->setItem(i, 2, failed);
        m_steps->setItem(i, 3, number(s.skipped));
        m_steps->setItem(i, 4, number(s.pending));
        m_steps->setItem(i, 5, cell(formatDuration(s.seconds), Qt::AlignRight | Qt::AlignVCenter));
        m_steps->setItem(i, 6, cell(formatDateTime(s.startedAt)));
        m_steps->setItem(i, 7, cell(formatDateTime(s.finishedAt)));
    }
    m_steps->resizeColumnsToContents();

    m_problems->setRowCount(static_cast<int>(details.problems.size()));
    int failedCount = 0;
    for (int i = 0; i < details.problems.size(); ++i) {
        const Tasks::SymbolOutcomeRecord& o = details.problems[i];
        failedCount += o.status == Tasks::OutcomeStatus::Failed ? 1 : 0;
        m_problems->setItem(i, 0, cell(o.symbol));
        m_problems->setItem(i, 1, cell(o.step));
        QTableWidgetItem* status = cell(outcomeStatusText(o.status));
        if (o.status == Tasks::OutcomeStatus::Failed) {
            status->setForeground(runStatusColor(Tasks::RunStatus::Failed, palette()));
        }
        m_problems->setItem(i, 2, status);
        QTableWidgetItem* reason = cell(o.reason);
        reason->setToolTip(o.reason);
        m_problems->setItem(i, 3, reason);
    }
    m_problems->resizeColumnsToContents();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problemsLabel->setText(details.problems.isEmpty()
                                 ? tr("No symbol failed.")
                                 : tr("Failed symbols (%1):").arg(locale.toString(failedCount)));
    m_loaded = true;
    updateButtons();
    emit loaded();
}

void RunDetailsDialog::showError(const QString& message)
{
    m_heading->setText(tr("<b>Run %1</b>").arg(m_runId));
    m_info->setText(tr("Could not read the run: %1").arg(message.toHtmlEscaped()));
    m_loaded = true;
    updateButtons();
    emit loaded();
}

void RunDetailsDialog::updateButtons()
{
    const Tasks::RunRecord& r = m_details.run;
    const bool known = m_loaded && r.id == m_runId;
    m_retry->setEnabled(m_actionsAllowed && known && r.failed > 0 && r.status != Tasks::RunStatus::Running);
    m_resume->setEnabled(m_actionsAllowed && known && Tasks::isResumable(r.status) && r.pending > 0);
}

} // namespace Tessera::Ui
