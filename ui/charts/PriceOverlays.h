#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QList>
#include <QString>

#include "ui/charts/IndicatorPaneSeries.h"

class QPainter;

namespace Tessera::Ui {

struct PlotMap;

/**
 * The studies drawn over the candles (moving averages, Bollinger bands, VWAP), in price units: their
 * values, painting (only the visible bars), the y range they need and their legend line. Several of the
 * same kind may be on at once (SMA 20 and SMA 50). GUI thread only.
 */
class PriceOverlays
{
public:
    PriceOverlays() = default;

    /** Replaces the overlay studies; ones whose spec is unchanged keep their values. */
    void setStudies(const QList<ChartStudy>& studies);
    QList<ChartStudy> studies() const;
    int count() const { return static_cast<int>(m_layers.size()); }
    bool isEmpty() const { return m_layers.empty(); }
    IndicatorPaneSeries& layer(int i) { return *m_layers[static_cast<size_t>(i)]; }
    const IndicatorPaneSeries& layer(int i) const { return *m_layers[static_cast<size_t>(i)]; }

    void clearValues();

    void paint(QPainter* painter, const PlotMap& map, bool dark) const;
    /** Widens [lo, hi] to the overlays' values on bars first..last, so no line is cut off. */
    void extendRange(qsizetype first, qsizetype last, double& lo, double& hi) const;
    /** The legend line at row: each overlay's title and values in its colour. */
    QString legendHtml(qsizetype row, bool dark, const std::function<QString(double)>& formatPrice) const;

private:
    std::vector<std::unique_ptr<IndicatorPaneSeries>> m_layers;
};

} // namespace Tessera::Ui
