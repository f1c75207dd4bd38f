#pragma once

#include <QDialog>
#include <QList>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/tasks/RunTypes.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QThreadPool;

namespace Tessera::Ui {

/** Everything the run details show, read in one go on a worker. */
struct RunDetails
{
    Tasks::RunRecord run;
    QList<Tasks::StepRecord> steps;
    QList<Tasks::SymbolOutcomeRecord> problems; ///< failed symbols and the steps skipped after them
};

/** Reads a run's details (RunRepository get, steps, outcomes(onlyProblems)); call on a worker thread. */
[[nodiscard]] Result<RunDetails> loadRunDetails(const Store::Database& db, qint64 runId);

/**
 * Run details (the operations view's double-click): parameters, the steps with their counts and
 * timings, and every failed symbol with its reason. Reads on the given pool and fills itself when the
 * data arrives (loaded()); Retry failed and Resume ask the operations view to start those runs.
 * Non-modal: open it with show()/open(), it deletes itself on close when WA_DeleteOnClose is set.
 */
class RunDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    RunDetailsDialog(Store::DatabasePtr db, QThreadPool* pool, qint64 runId, QWidget* parent = nullptr);

    qint64 runId() const { return m_runId; }
    bool isLoaded() const { return m_loaded; }
    /** Re-reads the run (its counts change while it runs). */
    void reload();
    /** Enables Retry failed / Resume only while no job runs (the runner does one job at a time). */
    void setActionsAllowed(bool allowed);

signals:
    void loaded();
    void retryRequested(qint64 runId);
    void resumeRequested(qint64 runId);

private:
    void showDetails(const RunDetails& details);
    void showError(const QString& message);
    void updateButtons();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    qint64 m_runId = 0;
    bool m_loaded = false;
    bool m_actionsAllowed = true;
    RunDetails m_details;

    QLabel* m_heading = nullptr;
    QLabel* m_info = nullptr;
    QPlainTextEdit* m_params = nullptr;
    QTableWidget* m_steps = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QTableWidget* m_problems = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_resume = nullptr;
};

} // namespace Tessera::Ui
