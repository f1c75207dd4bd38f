#include "ui/charts/tiles/ActivityHeatmapTile.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLocale>

#include "ui/charts/tiles/ChartShapes.h"

namespace Tessera::Ui {
namespace {

/** Sequential blue scale: t = 0 light, t = 1 dark (readable on light and dark backgrounds). */
QColor scaleColor(double t)
{
    const QColor light(0xde, 0xeb, 0xf7);
    const QColor dark(0x08, 0x30, 0x6b);
    t = std::clamp(t, 0.0, 1.0);
    auto mix = [t](int a, int b) {
        return static_cast<int>(std::lround(a + (b - a) * t));
    };
    return QColor(
        mix(light.red(), dark.red()), mix(light.green(), dark.green()), mix(light.blue(), dark.blue()));
}

} // namespace

ActivityHeatmapTile::ActivityHeatmapTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("activityHeatmapTileView"));
    chart()->legend()->hide();
}

void ActivityHeatmapTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_data = view.heatmap;
    m_columns.clear();
    m_columnLabels.clear();
    m_cells = 0;

    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (int c = 0; c < m_data.columnLabels.size(); ++c) {
        bool any = false;
        for (const QList<double>& row : std::as_const(m_data.values)) {
            const double v = row.value(c, NAN);
            if (std::isfinite(v)) {
                any = true;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        if (any) {
            m_columns.append(c);
            m_columnLabels.append(m_data.columnLabels[c]);
        }
    }
    setTitle(std::isfinite(lo)
                 ? tr("Activity · mean volume %1 – %2").arg(compactNumber(lo), compactNumber(hi))
                 : tr("Activity · no bars"));

    const int rows = static_cast<int>(m_data.rowLabels.size());
    const int columns = static_cast<int>(m_columns.size());
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    // Room on the right for the colour scale when there is one.
    const bool scale = std::isfinite(lo) && hi > lo && columns > 0;
    x->setRange(0, std::max(columns, 1) + (scale ? 0.55 : 0.0));
    // Hour × weekday has up to 24 columns: one label per block of six hours ("06:00" over 06–11), as
    // 24 labels do not fit a tile; months keep one label each.
    const int step = columns > 12 ? 6 : 1;
    for (int k = 0; k < columns; k += step) {
        x->append(m_columnLabels[k], std::min(k + step, columns));
    }
    styleAxis(x);
    x->setGridLineVisible(false);
    chart()->addAxis(x, Qt::AlignBottom);
    // Monday on top: row r is drawn from rows-r-1 to rows-r.
    auto* y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setRange(0, std::max(rows, 1));
    for (int r = rows - 1; r >= 0; --r) {
        y->append(m_data.rowLabels[r], rows - r);
    }
    styleAxis(y);
    y->setGridLineVisible(false);
    chart()->addAxis(y, Qt::AlignLeft);

    const double span = hi > lo ? hi - lo : 1.0;
    for (int r = 0; r < rows; ++r) {
        for (int k = 0; k < columns; ++k) {
            const double v = m_data.values[r].value(m_columns[k], NAN);
            if (!std::isfinite(v)) {
                continue; // no bar on this weekday in this month: blank, not zero
            }
            const double top = rows - r;
            QAreaSeries* cell =
                rectangleSeries(k + 0.03, k + 0.97, top - 0.97, top - 0.03, scaleColor((v - lo) / span));
            addSeries(cell, x, y);
            const int column = m_columns[k];
            connect(cell, &QAreaSeries::hovered, this, [this, r, column](const QPointF&, bool state) {
                showToolTip(state ? describeCell(r, column) : QString());
            });
            ++m_cells;
        }
    }
    if (scale) {
        addColorScale(x, lo, hi, columns);
    }
}

void ActivityHeatmapTile::addColorScale(QAbstractAxis* x, double lo, double hi, int columns)
{
    // A vertical bar of the scale's colours from the lowest mean volume (bottom) to the highest (top),
    // on a right axis labelled with those volumes: which blue means how much.
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double span = hi - lo;
    axis->setMin(lo - span * 1e-6);
    axis->setMax(hi);
    axis->setStartValue(lo - span * 1e-6);
    axis->append(compactNumber(lo), lo);
    axis->append(compactNumber((lo + hi) / 2), (lo + hi) / 2);
    axis->append(compactNumber(hi), hi);
    styleAxis(axis);
    axis->setGridLineVisible(false);
    chart()->addAxis(axis, Qt::AlignRight);
    constexpr int kSteps = 16;
    for (int i = 0; i < kSteps; ++i) {
        const double v0 = lo + span * i / kSteps;
        const double v1 = lo + span * (i + 1) / kSteps;
        QAreaSeries* step =
            rectangleSeries(columns + 0.2, columns + 0.45, v0, v1, scaleColor((i + 0.5) / kSteps));
        addSeries(step, x, axis);
    }
}

QString ActivityHeatmapTile::describeCell(int row, int column) const
{
    if (row < 0 || row >= m_data.values.size() || column < 0 || column >= m_data.columnLabels.size()) {
        return {};
    }
    return tr("%1, %2\nMean volume %3")
        .arg(m_data.rowLabels.value(row),
             m_data.columnLabels[column],
             compactNumber(m_data.values[row].value(column)));
}

} // namespace Tessera::Ui
