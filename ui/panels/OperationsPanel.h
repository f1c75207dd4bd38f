#pragma once

#include <functional>

#include <QList>
#include <QPointer>
#include <QWidget>

#include "core/store/Database.h"
#include "core/tasks/TaskContext.h"
#include "ui/mainwindow/JobRunner.h"
#include "ui/tasks/TaskLaunchers.h"

class QFrame;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QThreadPool;
class QTimer;

namespace Tessera::Ui {

class RunDetailsDialog;
class RunHistoryModel;

/**
 * The operations view: a button per task kind (from taskLaunchers()), the running task's live
 * progress (its steps with done/failed/skipped counts, overall counts, rate, ETA and the estimate
 * made at start, Cancel), and the run history with details, "Retry failed" and "Resume".
 *
 * It starts nothing itself: buttons emit taskRequested / retryRequested / resumeRequested and the
 * main window queues the job in JobRunner; progress comes from the runner's signals. The history is
 * read with RunRepository::list on the shared read pool — after every job, and every few seconds
 * while one runs — so the GUI thread never waits on the database.
 */
class OperationsPanel : public QWidget
{
    Q_OBJECT

public:
    OperationsPanel(Store::DatabasePtr db, QThreadPool* readPool, JobRunner* jobs, QWidget* parent = nullptr);

    RunHistoryModel* historyModel() const { return m_model; }
    QTableView* historyView() const { return m_history; }
    /** The selected run in the history, or 0. */
    qint64 selectedRunId() const;
    bool selectRun(qint64 runId);
    /** What parameter choosers know (the configured provider), as of the last history refresh. */
    LaunchContext launchContext() const { return m_launchContext; }
    /**
     * Adds what only the window knows (universes, tags, the table's selection) to the context a
     * parameter chooser gets; called on the GUI thread each time a chooser opens.
     */
    void setLaunchContextSource(std::function<void(LaunchContext&)> source)
    {
        m_contextSource = std::move(source);
    }
    /** The details dialog opened last, while it is open. */
    RunDetailsDialog* detailsDialog() const;

    /** How often the history is re-read while a job runs. */
    static constexpr int LiveRefreshMs = 2000;

public slots:
    /** Re-reads the run history (and the configured provider) on the read pool. */
    void refreshHistory();
    /** Opens the parameter chooser of kind (or starts it at once when it has none). */
    void launch(const QString& kind);
    void openRunDetails(qint64 runId);
    /** Shows the note about runs a crash or kill left interrupted, offering to resume them. */
    void showInterruptedRuns(const QList<qint64>& runIds);
    /** Allows or forbids starting runs (the runner does one job at a time; the window decides). */
    void setActionsAllowed(bool allowed);

signals:
    void taskRequested(const Tessera::Ui::TaskRequest& request);
    void retryRequested(qint64 runId);
    void resumeRequested(qint64 runId);
    /** The history table holds a fresh read. */
    void historyRefreshed();
    /** The progress widgets show a new progress report. */
    void progressShown(const Tessera::Tasks::TaskProgress& progress);

private:
    QWidget* buildLeft();
    QWidget* buildHistory();
    void onJobStarted(const JobInfo& job);
    void onProgress(const Tasks::TaskProgress& progress);
    void onJobEnded(const JobInfo& job, const QString& result, bool failed);
    void updateButtons();
    void updateQueueLabel();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    JobRunner* m_jobs = nullptr;
    LaunchContext m_launchContext;
    std::function<void(LaunchContext&)> m_contextSource;
    bool m_actionsAllowed = true;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_showingJob = false;
    qint64 m_currentRunId = 0;
    Tasks::TaskProgress m_lastProgress; ///< of the job shown
    Tasks::TaskProgress m_readBaseline; ///< m_lastProgress when the history was last read
    QList<qint64> m_interrupted;

    QList<QPushButton*> m_runButtons;
    QFrame* m_interruptedFrame = nullptr;
    QLabel* m_interruptedLabel = nullptr;
    QGroupBox* m_progressGroup = nullptr;
    QLabel* m_taskLabel = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_estimate = nullptr;
    QLabel* m_queue = nullptr;
    QTableWidget* m_steps = nullptr;
    QPushButton* m_cancel = nullptr;

    RunHistoryModel* m_model = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_detailsButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QTimer* m_liveTimer = nullptr;
    QPointer<RunDetailsDialog> m_details;
};

} // namespace Tessera::Ui
