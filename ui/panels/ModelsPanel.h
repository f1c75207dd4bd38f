#pragma once

#include <QWidget>

#include "core/store/Database.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QThreadPool;
class QTimer;

namespace Tessera::Ui {

class MetricHistogramView;
class ModelsFilterProxyModel;
class ModelsTableModel;

/**
 * The Models view (SPEC §6): every symbol × model (newest version) with its out-of-sample metrics
 * beside the baselines, the production-ready flag, trained-at and rows; filters by algorithm, horizon,
 * ready only and symbol text; sortable; a summary line (trained and ready counts); and a histogram of
 * a chosen metric's distribution per algorithm over the rows the filters show.
 *
 * ModelRepository::latestAll() runs on the window's read pool when the view is shown after a change,
 * on Refresh and after train jobs (refreshIfVisible); the table and chart are fed on the GUI thread.
 */
class ModelsPanel : public QWidget
{
    Q_OBJECT

public:
    /** What the histogram shows. */
    enum class ChartMetric
    {
        Ic,       ///< out-of-sample IC
        HitEdge,  ///< hit rate − the training-mean baseline's, percentage points
        R2,       ///< out-of-sample R²
        MseSkill, ///< 1 − MSE / MSE of the better baseline, percent
    };

    ModelsPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    ModelsTableModel* model() const { return m_model; }
    ModelsFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* tableView() const { return m_table; }
    MetricHistogramView* histogram() const { return m_chart; }
    QString summaryText() const;

public slots:
    /** Re-reads every symbol's newest models on the read pool. */
    void refresh();
    /** Refreshes now when visible, else when next shown (after a job: no work for a hidden view). */
    void refreshIfVisible();
    void setChartMetric(Tessera::Ui::ModelsPanel::ChartMetric metric);

signals:
    /** A fresh read is in the table. */
    void refreshed();
    /** The user double-clicked a model: show that symbol. */
    void symbolActivated(const QString& ticker);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateHorizonCombo();
    void updateSummary();
    void updateChart();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    bool m_dirty = true;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_loadedOnce = false;
    double m_chancePassShare = 0; ///< the stored gate's chance pass rate (multiple-testing line)
    ChartMetric m_metric = ChartMetric::Ic;

    ModelsTableModel* m_model = nullptr;
    ModelsFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_algorithmCombo = nullptr;
    QComboBox* m_horizonCombo = nullptr;
    QCheckBox* m_readyOnly = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_metricCombo = nullptr;
    MetricHistogramView* m_chart = nullptr;
    QTimer* m_chartTimer = nullptr;
};

} // namespace Tessera::Ui
