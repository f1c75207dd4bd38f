#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

class QAbstractAxis;

namespace Tessera::Ui {

/**
 * Activity heatmap: mean volume per weekday (rows, Monday on top) and month or hour (columns), from
 * light (quiet) to dark (busy). Cells without a bar stay blank; columns without any bar in the
 * tile's window are left out, so 60 daily bars show their three or four months, not twelve.
 */
class ActivityHeatmapTile : public TileView
{
    Q_OBJECT

public:
    explicit ActivityHeatmapTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("activity_heatmap"); }
    void setAnalysis(const AnalysisView& view) override;

    /** Drawn cells (non-empty ones) and the column labels shown. */
    int cellCount() const { return m_cells; }
    QStringList shownColumns() const { return m_columnLabels; }
    QString describeCell(int row, int column) const;

private:
    /** The colour scale: a bar from lo (bottom) to hi (top) right of the cells, labelled on a right axis. */
    void addColorScale(QAbstractAxis* x, double lo, double hi, int columns);

    HeatmapData m_data;
    QList<int> m_columns; ///< source columns shown, left to right
    QStringList m_columnLabels;
    int m_cells = 0;
};

} // namespace Tessera::Ui
