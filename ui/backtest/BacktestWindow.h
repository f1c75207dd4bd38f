#pragma once

#include <memory>

#include <QList>
#include <QPointer>
#include <QWidget>

#include "core/backtest/Backtest.h"
#include "core/store/BacktestRepository.h"
#include "core/store/Database.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QThreadPool;
class QTimer;

namespace Tessera::Tasks {
class TaskContext;
}

namespace Tessera::Ui {

class BacktestChartView;

/**
 * The Backtests window (issue 16; Tools ▸ Backtests…): set up a run (screen or expression, period,
 * rebalance, top, hold, notional, stop/target, walk-forward ML scores), run it on the pool with progress
 * (verdicts computed as of the rebalance days, model fits, rebalances) and cancel, and see
 * the equity curve against the equal-weight benchmark, the drawdown, the metrics, the trades and the
 * notes; stored runs are listed, shown again, removed, and two are compared on one chart. The equity
 * and trades tables export to CSV from their context menu. Every store access runs on the pool.
 */
class BacktestWindow : public QWidget
{
    Q_OBJECT

public:
    BacktestWindow(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent = nullptr);
    ~BacktestWindow() override;

    /** Reloads the screens, the stored period and the stored runs (emits listLoaded). */
    void refresh();
    /** Runs the form's backtest (emits runFinished when done, stored or failed). */
    void run();
    void cancel();
    /** Shows a stored run (emits shown). */
    void showStored(qint64 id);
    /** Shows two stored runs on one chart, side by side in the metrics (emits shown). */
    void compare(qint64 first, qint64 second);
    void selectScreen(const QString& name);
    /** The stored runs' ids as listed, newest first. */
    QList<qint64> storedIds() const;
    const Backtest::BacktestResult& current() const { return m_current; }

signals:
    void listLoaded();
    void runFinished(bool ok);
    void shown();

private:
    void buildForm(QWidget* panel);
    void showResult(const Backtest::BacktestResult& result);
    void showComparison(const Backtest::BacktestResult& a,
                        const QString& nameA,
                        const Backtest::BacktestResult& b,
                        const QString& nameB);
    void fillMetrics(const QList<QPair<QString, Backtest::Metrics>>& columns, bool withBenchmark);
    void fillTrades(const QList<Backtest::Trade>& trades);
    void fillEquity(const Backtest::BacktestResult& result);
    void showRuns(const QList<Store::BacktestSummary>& runs);
    void showProgress();
    void setRunning(bool running);
    QList<qint64> selectedIds() const;
    void emitLater(void (BacktestWindow::*signal)());
    void finishLater(bool ok);

    Store::DatabasePtr m_db;
    QThreadPool* m_pool;
    std::shared_ptr<Tasks::TaskContext> m_context; ///< the running backtest's, null when idle
    Backtest::BacktestResult m_current;
    QList<Store::BacktestSummary> m_runs;
    quint64 m_request = 0;

    QComboBox* m_screen = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_rebalance = nullptr;
    QSpinBox* m_top = nullptr;
    QSpinBox* m_hold = nullptr;
    QDoubleSpinBox* m_notional = nullptr;
    QDoubleSpinBox* m_stop = nullptr;
    QDoubleSpinBox* m_target = nullptr;
    QCheckBox* m_stale = nullptr;
    QCheckBox* m_xsWalkForward = nullptr;
    QSpinBox* m_xsRetrainDays = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_runsTable = nullptr;
    QPushButton* m_showButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    BacktestChartView* m_equity = nullptr;
    BacktestChartView* m_drawdown = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_metrics = nullptr;
    QTableWidget* m_trades = nullptr;
    QTableWidget* m_curve = nullptr;
    QLabel* m_notes = nullptr;
    QTimer* m_progressTimer = nullptr;
};

} // namespace Tessera::Ui
