#pragma once

#include <optional>

#include <QWidget>

#include "core/store/CrossSectionRepository.h"
#include "core/store/Database.h"

class QComboBox;
class QLabel;
class QThreadPool;

namespace Tessera::Ui {

class DecileChartView;
class RankIcChartView;

/**
 * The cross-sectional model view (issue 15): the newest stored cross-sectional model, its headline
 * out-of-sample figures (daily rank IC with its Newey–West t, ICIR, decile spread before and after
 * costs, beside the naive baseline; "unvalidated" when it failed the gate), the daily rank-IC series
 * (line chart) and the mean outcome per predicted decile (bar chart), for the price or the risk model.
 *
 * CrossSectionRepository::list() runs on the window's read pool (never SQL on the GUI thread) when the
 * view is shown after a change, on refresh() and after jobs; the charts are fed on the GUI thread.
 */
class CrossSectionPanel : public QWidget
{
    Q_OBJECT

public:
    CrossSectionPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    QString summaryText() const;
    RankIcChartView* icChart() const { return m_icChart; }
    DecileChartView* decileChart() const { return m_decileChart; }
    /** "price" or "risk". */
    void setTarget(const QString& target);

public slots:
    void refresh();
    /** Refreshes now when visible, else when next shown. */
    void refreshIfVisible();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateView();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    bool m_dirty = true;
    bool m_refreshing = false;
    std::optional<Store::XsModelRow> m_model;
    QComboBox* m_targetCombo = nullptr;
    QWidget* m_charts = nullptr; ///< both charts, hidden while no model is stored
    QLabel* m_summary = nullptr;
    RankIcChartView* m_icChart = nullptr;
    DecileChartView* m_decileChart = nullptr;
};

} // namespace Tessera::Ui
