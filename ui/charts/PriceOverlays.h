#pragma once

#include <array>
#include <functional>

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/features/IndicatorFrame.h"
#include "ui/charts/ChartStudies.h"

class QAbstractAxis;
class QAreaSeries;
class QChart;
class QLineSeries;

namespace Tessera::Ui {

/**
 * The moving-average (SMA 5/20/50) and Bollinger 20/2 overlays of the price pane, as Qt Charts line
 * series on the candles' index x axis. Only the overlays that are on hold points (one per bar with a
 * value: the leading bars of a window that is not yet full have none, so nothing is drawn at 0); the
 * others are hidden and empty. Bollinger is a dashed upper and lower line with a light fill between
 * them (an area series without outline, so its closing edges are not drawn) and a dotted middle line.
 *
 * The values come precomputed in an IndicatorFrame (computed off the GUI thread by the caller).
 * GUI thread only; the series belong to the chart.
 */
class PriceOverlays
{
    Q_DECLARE_TR_FUNCTIONS(PriceOverlays)

public:
    /** Adds the band fill to chart; call before the candles are added, so the fill stays under them. */
    explicit PriceOverlays(QChart* chart);

    /** Adds the lines (over the candles) and attaches every series to the candles' axes. */
    void attach(QAbstractAxis* x, QAbstractAxis* y);

    /** Takes the overlay columns of frame (row i = bar i; an empty frame clears every overlay). */
    void setFrame(const Features::IndicatorFrame& frame);

    void setEnabled(PriceOverlay overlay, bool on);
    bool isEnabled(PriceOverlay overlay) const { return m_enabled[static_cast<size_t>(overlay)]; }
    bool anyEnabled() const;

    /** The line series of an overlay: one for a moving average; upper, middle, lower for Bollinger. */
    QList<QLineSeries*> series(PriceOverlay overlay) const;
    QAreaSeries* band() const { return m_band; }

    /** Widens [lo, hi] to the values of the enabled overlays on bars first..last, so no line is cut off. */
    void extendRange(qsizetype first, qsizetype last, double& lo, double& hi) const;

    /** The legend line of the enabled overlays at bar row: coloured captions and values. */
    QString legendHtml(qsizetype row, const std::function<QString(double)>& formatPrice) const;

    /** Colours for a light or dark background. */
    void applyTheme(bool dark);

    static QString label(PriceOverlay overlay);
    static QColor color(PriceOverlay overlay, bool dark);

private:
    /** The frame columns an overlay draws. */
    static QList<Features::Column> columns(PriceOverlay overlay);
    void refill(PriceOverlay overlay);

    QChart* m_chart;
    std::array<bool, kPriceOverlayCount> m_enabled{};
    QLineSeries* m_ma5 = nullptr;
    QLineSeries* m_ma20 = nullptr;
    QLineSeries* m_ma50 = nullptr;
    QLineSeries* m_bbUpper = nullptr;
    QLineSeries* m_bbMiddle = nullptr;
    QLineSeries* m_bbLower = nullptr;
    QAreaSeries* m_band = nullptr;
    QLineSeries* m_bandUpper = nullptr; ///< the fill's edges: children of m_band, not in the chart
    QLineSeries* m_bandLower = nullptr;
    Features::IndicatorFrame m_frame;
    bool m_dark = false;
};

} // namespace Tessera::Ui
