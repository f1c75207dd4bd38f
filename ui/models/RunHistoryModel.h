#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/tasks/RunTypes.h"

namespace Tessera::Ui {

/**
 * The run history of the operations view: one row per recorded task run, newest first, as
 * RunRepository::list() returns them (read on a worker; the model never touches SQL). setRuns()
 * updates rows in place when the same runs come back (the refresh every few seconds during a run),
 * so the selection and scroll position survive; otherwise it resets.
 */
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        KindColumn,
        StartedColumn,
        DurationColumn,
        StatusColumn,
        DoneColumn,
        FailedColumn,
        LeftColumn,
        ColumnCount
    };

    enum Role
    {
        RunIdRole = Qt::UserRole + 1, ///< qint64 run id, whatever the column
        StatusRole,                   ///< the stored status string ("done-with-failures")
    };

    explicit RunHistoryModel(QObject* parent = nullptr);

    void setRuns(QList<Tasks::RunRecord> runs);
    /**
     * Live counts of a running run between two reads: symbols done and failed since the last
     * setRuns(). Keeps the row in step with the progress bar without re-reading the database.
     */
    void setLiveCounts(qint64 runId, int doneSinceRead, int failedSinceRead);
    const QList<Tasks::RunRecord>& runs() const { return m_runs; }
    /** The run with id, or nullptr. */
    const Tasks::RunRecord* run(qint64 id) const;
    /** Row of run id, or -1. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Tasks::RunRecord> m_runs;
    int m_liveDone = 0; ///< deltas applied by setLiveCounts since the last setRuns
    int m_liveFailed = 0;
};

} // namespace Tessera::Ui
