#include "ui/models/RunHistoryModel.h"

#include <algorithm>

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include "ui/common/RunFormat.h"
#include "ui/tasks/TaskLaunchers.h"

namespace Tessera::Ui {

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunHistoryModel::setRuns(QList<Tasks::RunRecord> runs)
{
    m_liveDone = 0;
    m_liveFailed = 0;
    bool sameRows = runs.size() == m_runs.size();
    for (qsizetype i = 0; sameRows && i < runs.size(); ++i) {
        sameRows = runs[i].id == m_runs[i].id;
    }
    if (sameRows) {
        m_runs = std::move(runs);
        if (!m_runs.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

void RunHistoryModel::setLiveCounts(qint64 runId, int doneSinceRead, int failedSinceRead)
{
    const int row = rowOf(runId);
    if (row < 0 || m_runs[row].status != Tasks::RunStatus::Running) {
        return;
    }
    Tasks::RunRecord& r = m_runs[row];
    // The counts as read plus what finished since; what was read is restored first by keeping the
    // deltas (a later call replaces the earlier deltas rather than adding to them).
    const int done = r.done - m_liveDone + doneSinceRead;
    const int failed = r.failed - m_liveFailed + failedSinceRead;
    r.pending = std::max(0, r.pending + (m_liveDone + m_liveFailed) - (doneSinceRead + failedSinceRead));
    r.done = done;
    r.failed = failed;
    m_liveDone = doneSinceRead;
    m_liveFailed = failedSinceRead;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Tasks::RunRecord* RunHistoryModel::run(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_runs[row];
}

int RunHistoryModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size()) {
        return {};
    }
    const Tasks::RunRecord& r = m_runs[index.row()];
    const QLocale locale;
    switch (role) {
    case RunIdRole:
        return r.id;
    case StatusRole:
        return Tasks::toString(r.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case KindColumn:
            return taskKindTitle(r.kind);
        case StartedColumn:
            return formatDateTime(r.startedAt);
        case DurationColumn:
            return formatDuration(r.seconds());
        case StatusColumn:
            return runStatusText(r.status);
        case DoneColumn:
            return locale.toString(r.done);
        case FailedColumn:
            return locale.toString(r.failed);
        case LeftColumn:
            return locale.toString(r.pending);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            return runStatusColor(r.status, QApplication::palette());
        }
        if (index.column() == FailedColumn && r.failed > 0) {
            return runStatusColor(Tasks::RunStatus::Failed, QApplication::palette());
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case DoneColumn:
        case FailedColumn:
        case LeftColumn:
        case DurationColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("Run %1 · %2 · started by %3").arg(r.id).arg(taskKindTitle(r.kind), r.trigger);
        if (r.parentRunId > 0) {
            lines << tr("Retry of run %1").arg(r.parentRunId);
        }
        if (r.estimatedSeconds >= 0) {
            lines << tr("Estimated at start: %1").arg(formatDuration(r.estimatedSeconds));
        }
        if (!r.message.isEmpty()) {
            lines << r.message;
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("Run");
    case KindColumn:
        return tr("Task");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    case DoneColumn:
        return tr("Done");
    case FailedColumn:
        return tr("Failed");
    case LeftColumn:
        return tr("Left");
    default:
        return {};
    }
}

} // namespace Tessera::Ui
