#pragma once

#include <QMainWindow>
#include <QThreadPool>

#include "core/store/Database.h"
#include "ui/mainwindow/JobRunner.h"
#include "ui/models/UniverseSnapshot.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace Tessera::Ui {

class CandleChartView;
class TaskProgressPanel;
class UniverseFilterProxyModel;
class UniverseTableModel;

/**
 * The Tessera main window: the universe table (search, sort, universe/sector/tag filters) on the
 * left, the selected symbol's candlestick chart on the right, menus for imports and settings, and
 * the running job's progress in the status bar.
 *
 * Threading: every database read runs on a small private pool (table snapshot, a symbol's bars) and
 * comes back through QFuture::then(this, …); writing jobs run in JobRunner under the write lock. The
 * GUI thread never runs SQL. Results that arrive after a newer request (fast clicking) are dropped.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool loadDemoIfEmpty = false; ///< --demo: when no bars are stored, load the offline demo first
        bool offerFirstRun = true;    ///< when no symbols are stored, open the first-run dialog
        bool persistState = true;     ///< restore and save geometry, splitter and table state (QSettings)
        bool quiet = false;           ///< no summary message boxes (--screenshot)
    };

    explicit MainWindow(Store::DatabasePtr db, Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTableView* universeTable() const { return m_table; }
    UniverseTableModel* universeModel() const { return m_model; }
    UniverseFilterProxyModel* universeProxy() const { return m_proxy; }
    CandleChartView* chartView() const { return m_chart; }
    JobRunner* jobRunner() const { return m_jobs; }
    const Store::DatabasePtr& database() const { return m_db; }

    /** The ticker of the selected table row, or empty. */
    QString selectedTicker() const;
    /** Selects ticker's row if the filters show it; returns whether it did. */
    bool selectTicker(const QString& ticker);

public slots:
    /** Re-reads the universe table, filters and status from the database (View ▸ Refresh, F5). */
    void refresh();
    void loadOfflineDemo();
    void importTickersFile();
    void importUniverseCsv();
    void importCsvFolder();
    void showSettings();
    void showAbout();

signals:
    /** The database has no symbols; the first-run dialog is opening (when Options::offerFirstRun). */
    void firstRunRequested();
    /** The table holds a fresh snapshot. */
    void universeLoaded(int symbolCount);
    /** The table is filled and the selected symbol's chart is drawn, or there is nothing to draw. */
    void viewReady();
    /** Reading the database or a started job failed; the message is for the user. */
    void loadFailed(const QString& message);
    void jobFinished(const QString& title, const Tessera::Ui::JobOutcome& outcome);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void restoreUiState();
    void saveUiState();

    void applySnapshot(UniverseSnapshot snapshot);
    void updateFilterCombos();
    void applyFilters();
    void updateStatus();
    void onSelectionChanged();
    void loadBars(const QString& ticker);
    void openFirstRunDialog();

    void startJob(const QString& title, JobFunction job);
    void onJobFinished(const QString& title, const JobOutcome& outcome);
    void onJobFailed(const QString& title, const QString& message);
    void setWriteActionsEnabled(bool enabled);

    Store::DatabasePtr m_db;
    Options m_options;
    QThreadPool m_readPool;
    UniverseSnapshot m_snapshot;

    UniverseTableModel* m_model = nullptr;
    UniverseFilterProxyModel* m_proxy = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_universeCombo = nullptr;
    QComboBox* m_sectorCombo = nullptr;
    QComboBox* m_tagCombo = nullptr;
    QTableView* m_table = nullptr;
    CandleChartView* m_chart = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    TaskProgressPanel* m_progress = nullptr;
    JobRunner* m_jobs = nullptr;
    QList<QAction*> m_writeActions;

    int m_tableWidth = 0;
    bool m_splitterSized = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_snapshotLoaded = false;
    bool m_demoAttempted = false;
    bool m_firstRunOffered = false;
    bool m_reloadSelection = false;
    quint64 m_barsRequest = 0;
    QString m_chartTicker; ///< ticker whose bars were last requested
};

} // namespace Tessera::Ui
