#pragma once

#include <QChartView>
#include <QMarginsF>

class QGraphicsLineItem;
class QGraphicsTextItem;

namespace Tessera::Ui {

class CandleChartView;
class PlotItem;

namespace detail {

class TagItem;

/**
 * One pane (price, volume or indicator) of a CandleChartView: a QChartView with a fixed plot area (so
 * all panes line up to the pixel), the PlotItem that paints its data, the crosshair overlay, and the
 * mouse handling, which it forwards to the owner that keeps the shared x range. GUI thread only; the
 * owner owns the chart.
 */
class ChartPane final : public QChartView
{
public:
    enum class Kind
    {
        Price,
        Volume,
        Indicator
    };

    ChartPane(CandleChartView* owner, QChart* chart, Kind kind);

    Kind kind() const { return m_kind; }
    const QRectF& plotRect() const { return m_plot; }
    /** The legend line above the plot (price and indicator panes), else nullptr. */
    QGraphicsTextItem* legend() const { return m_legend; }

    /** The pane at the bottom draws the crosshair's date tag under its plot. */
    void setShowsDates(bool on) { m_showsDates = on; }

    /** The last close as a dotted line (painted with the plot) and a tag on the price axis, in its candle's
     * colour; y < 0 hides it. */
    void setLastPrice(double y, const QString& text, const QColor& color);

    void setOverlayStyle(const QFont& font,
                         const QColor& text,
                         const QColor& line,
                         const QColor& tagBackground,
                         const QColor& tagText);

    /** The item inside the scene that paints the pane's bars and study lines (the owner's paintPane). */
    PlotItem* plotItem() const { return m_plotItem; }
    /** Repaints the data (bars, lines) after the range or the values changed. */
    void refreshPlot();

    /** Reserves margins around the plot area (axis labels, legend line) and applies them. */
    void setPlotMargins(const QMarginsF& margins);

    /** Bar index under a viewport x coordinate (fractional). */
    double indexAt(double x) const;
    /** Viewport x coordinate of a bar index. */
    double xOf(double index) const;

    /**
     * Places the crosshair: the vertical line at the hovered bar (x < 0 hides it), the horizontal
     * line and its value tag at y when the mouse is in this pane, and (bottom pane) the date tag.
     */
    void setCrosshair(double x, double y, const QString& valueText, const QString& dateText);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void hover(const QPointF& pos);
    void relayout();
    void paintLastPrice(QPainter* painter) const;

    CandleChartView* m_owner;
    Kind m_kind;
    QMarginsF m_margins{6, 6, 70, 6};
    QRectF m_plot{6, 6, 100, 100};
    QGraphicsLineItem* m_vLine = nullptr;
    QGraphicsLineItem* m_hLine = nullptr;
    TagItem* m_valueTag = nullptr;
    TagItem* m_dateTag = nullptr;
    QGraphicsTextItem* m_legend = nullptr;
    PlotItem* m_plotItem = nullptr;
    PlotItem* m_valueLabels = nullptr; ///< the value axis' labels, right of the plot (the owner paints them)
    PlotItem* m_dateLabels = nullptr;  ///< the date labels under the plot (bottom pane)
    double m_lastY = -1.0;             ///< the last close's line (painted with the plot), < 0: none
    QColor m_lastColor;
    TagItem* m_lastTag = nullptr;
    QFont m_tagFont;
    bool m_showsDates = false;
    bool m_dragging = false;
    double m_pressX = 0.0;
    double m_pressFrom = 0.0;
    double m_pressTo = 0.0;
};

} // namespace detail
} // namespace Tessera::Ui
