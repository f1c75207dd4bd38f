#pragma once

#include <functional>
#include <vector>

#include <QColor>
#include <QGraphicsItem>
#include <QPixmap>
#include <QRectF>

class QPainter;

namespace Tessera::Ui {

/**
 * The mapping of one chart pane from data to pixels: x is the bar index (bar i spans i−0.5 .. i+0.5),
 * y the pane's plotted value (ln(price) on a log price scale: callers transform with toPlot()).
 */
struct PlotMap
{
    QRectF plot;
    double from = 0.0; ///< visible x range, bar-index units
    double to = 1.0;
    double lo = 0.0; ///< visible y range, plotted units
    double hi = 1.0;
    bool log = false; ///< values are prices plotted as ln(price)

    double x(double index) const { return plot.left() + (index - from) / (to - from) * plot.width(); }
    double toPlot(double value) const;
    double y(double value) const { return plot.bottom() - (toPlot(value) - lo) / (hi - lo) * plot.height(); }
    /** Pixels per bar. */
    double barWidth() const { return plot.width() / (to - from); }
    /** The bars [first, last] that touch the plot, clamped to [0, count − 1]; first > last when none. */
    std::pair<qsizetype, qsizetype> visibleBars(qsizetype count) const;
};

/** OHLC columns to draw (pointers into a BarSeries, or Heikin-Ashi bars). */
struct OhlcColumns
{
    const std::vector<double>* open = nullptr;
    const std::vector<double>* high = nullptr;
    const std::vector<double>* low = nullptr;
    const std::vector<double>* close = nullptr;
};

/**
 * Paint helpers. Each walks only the visible bars (PlotMap::visibleBars), so a frame costs the same
 * whatever the history's length, and batches its primitives per colour (one drawLines/drawRects call).
 */
namespace PlotPainter {

enum class BarStyle
{
    Candles,
    OhlcBars,
    Line,
    Area
};

/** Price bars in a style: up when close > open (Line and Area use the close only, in lineColor). */
void paintBars(QPainter* painter,
               const PlotMap& map,
               const OhlcColumns& bars,
               BarStyle style,
               const QColor& up,
               const QColor& down,
               const QColor& lineColor);

/** Columns from 0 to values[i], coloured by rising[i] (volume). */
void paintColumns(QPainter* painter,
                  const PlotMap& map,
                  const std::vector<double>& values,
                  const std::vector<bool>& rising,
                  const QColor& up,
                  const QColor& down);

/** A polyline through the finite values (a missing value breaks it). */
void paintLine(QPainter* painter, const PlotMap& map, const std::vector<double>& values, const QPen& pen);

/** Columns from 0, up-coloured when positive (MACD histogram). */
void paintHistogram(QPainter* painter,
                    const PlotMap& map,
                    const std::vector<double>& values,
                    const QColor& up,
                    const QColor& down);

/** The area between two series, filled. */
void paintBand(QPainter* painter,
               const PlotMap& map,
               const std::vector<double>& upper,
               const std::vector<double>& lower,
               const QColor& fill);

/** A horizontal line across the plot at value. */
void paintGuide(QPainter* painter, const PlotMap& map, double value, const QPen& pen);

} // namespace PlotPainter

/**
 * A graphics item inside a pane's chart scene that draws the pane's data with a callback, clipped to the
 * plot rectangle. Qt Charts keeps the axes; the data (thousands of bars) is painted here because
 * QCandlestickSeries keeps an item per candle (see CandleChartView).
 *
 * With setCached(true) the item keeps what it painted in a QPixmap until refresh(): a repaint of part of
 * it (the strips a moving crosshair uncovers) is copied from the pixmap instead of painting every visible
 * bar again. A whole repaint after refresh() (a pan or zoom frame) paints directly, so frames cost no
 * pixmap; the pixmap is made at the first partial repaint after it.
 */
class PlotItem final : public QGraphicsItem
{
public:
    using Painter = std::function<void(QPainter*, const QRectF& plot)>;

    explicit PlotItem(Painter painter);
    void setPlotRect(const QRectF& rect);
    void setCached(bool on);
    /** The painted content changed: repaint it whole (and forget the pixmap). */
    void refresh();
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Painter m_painter;
    QRectF m_rect;
    bool m_cached = false;
    bool m_cacheValid = false;
    QPixmap m_cache;
};

} // namespace Tessera::Ui
