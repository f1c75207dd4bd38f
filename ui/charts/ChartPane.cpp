#include "ui/charts/ChartPane.h"

#include <algorithm>
#include <cmath>

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "ui/charts/CandleChartView.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/PlotPainter.h"

namespace Tessera::Ui::detail {
namespace {

constexpr double ZoomStep = 0.85;   // span factor per wheel notch
constexpr double OverlayZ = 1000.0; // crosshair above every chart item

} // namespace

using ChartStyle::cosmeticPen;

/** A small filled label on an axis (the crosshair's price, volume or date). Scene coordinates. */
class TagItem final : public QGraphicsItem
{
public:
    enum class Anchor
    {
        LeftCentre, ///< the point is the middle of the tag's left edge (price axis on the right)
        TopCentre   ///< the point is the middle of the tag's top edge (date axis at the bottom)
    };

    explicit TagItem(Anchor anchor)
        : m_anchor(anchor)
    {
        setZValue(OverlayZ + 1);
        setVisible(false);
    }

    void setStyle(const QFont& font, const QColor& background, const QColor& foreground)
    {
        m_font = font;
        m_background = background;
        m_foreground = foreground;
    }

    void setTag(const QString& text, QPointF at, const QRectF& bounds)
    {
        prepareGeometryChange();
        m_text = text;
        const QFontMetricsF fm(m_font);
        const QSizeF size(fm.horizontalAdvance(text) + 8.0, fm.height() + 2.0);
        QPointF topLeft = m_anchor == Anchor::LeftCentre ? QPointF(at.x(), at.y() - size.height() / 2.0)
                                                         : QPointF(at.x() - size.width() / 2.0, at.y());
        // Keep the tag inside the view so it never gets cut at an edge.
        topLeft.setX(
            std::clamp(topLeft.x(), bounds.left(), std::max(bounds.left(), bounds.right() - size.width())));
        topLeft.setY(
            std::clamp(topLeft.y(), bounds.top(), std::max(bounds.top(), bounds.bottom() - size.height())));
        m_rect = QRectF(topLeft, size);
        update();
    }

    QRectF boundingRect() const override { return m_rect; }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_background);
        painter->drawRect(m_rect);
        painter->setPen(m_foreground);
        painter->setFont(m_font);
        painter->drawText(m_rect, Qt::AlignCenter, m_text);
    }

private:
    Anchor m_anchor;
    QFont m_font;
    QColor m_background;
    QColor m_foreground;
    QString m_text;
    QRectF m_rect;
};

ChartPane::ChartPane(CandleChartView* owner, QChart* chart, Kind kind)
    : QChartView(chart)
    , m_owner(owner)
    , m_kind(kind)
{
    setRenderHint(QPainter::Antialiasing, false); // crisp 1-px wicks and bodies
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::CrossCursor);
    // An indicator pane holds a legend line, the plot and maybe the date labels: below 70 px its plot is a
    // sliver. The price pane keeps room for a readable scale.
    setMinimumHeight(kind == Kind::Price ? 140 : kind == Kind::Volume ? 44 : 70);
    setFocusPolicy(Qt::StrongFocus); // arrows pan, +/- zoom

    m_vLine = new QGraphicsLineItem;
    m_hLine = new QGraphicsLineItem;
    for (QGraphicsLineItem* line : {m_vLine, m_hLine}) {
        line->setZValue(OverlayZ);
        line->setVisible(false);
        scene()->addItem(line);
    }
    m_valueTag = new TagItem(TagItem::Anchor::LeftCentre);
    scene()->addItem(m_valueTag);
    m_dateTag = new TagItem(TagItem::Anchor::TopCentre);
    scene()->addItem(m_dateTag);
    // The viewport is painted whole by the view's background brush: the widget's own fill under it
    // would clear every pixel a second time per frame (a seventh of a w6chart frame).
    viewport()->setAutoFillBackground(false);
    // Nor the window under it: the view paints every pixel of the viewport (Qt::WA_OpaquePaintEvent).
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    if (kind == Kind::Price) {
        m_lastTag = new TagItem(TagItem::Anchor::LeftCentre);
        m_lastTag->setZValue(OverlayZ - 1);
        scene()->addItem(m_lastTag);
    }
    m_plotItem = new PlotItem([this](QPainter* painter, const QRectF&) {
        m_owner->paintPane(m_owner->paneOf(this), painter);
        paintLastPrice(painter);
    });
    m_plotItem->setCached(true);
    scene()->addItem(m_plotItem);
    m_valueLabels = new PlotItem([this](QPainter* painter, const QRectF&) {
        m_owner->paintAxisLabels(m_owner->paneOf(this), painter, false);
    });
    scene()->addItem(m_valueLabels);
    m_dateLabels = new PlotItem([this](QPainter* painter, const QRectF&) {
        m_owner->paintAxisLabels(m_owner->paneOf(this), painter, true);
    });
    scene()->addItem(m_dateLabels);
    if (kind != Kind::Volume) {
        m_legend = new QGraphicsTextItem;
        m_legend->setZValue(OverlayZ);
        scene()->addItem(m_legend);
    }
}

void ChartPane::refreshPlot()
{
    m_plotItem->refresh();
    m_valueLabels->update();
    m_dateLabels->update(); // also a pane that stopped being the bottom one clears its dates
}

void ChartPane::paintLastPrice(QPainter* painter) const
{
    if (m_lastY < 0.0) {
        return;
    }
    // Dotted as 1-px dashes three pixels apart in one drawLines call: a dotted pen goes through the dash
    // stroker, which cost more than all the candles.
    QColor color = m_lastColor;
    color.setAlpha(170);
    const double y = std::round(m_lastY) + 0.5;
    std::vector<QLineF> dots;
    dots.reserve(static_cast<size_t>(m_plot.width() / 3.0) + 1);
    for (double x = std::round(m_plot.left()); x < m_plot.right(); x += 3.0) {
        dots.emplace_back(x, y, x + 0.9, y);
    }
    painter->setPen(cosmeticPen(color));
    painter->drawLines(dots.data(), static_cast<int>(dots.size()));
}

void ChartPane::setLastPrice(double y, const QString& text, const QColor& color)
{
    if (!m_lastTag) {
        return;
    }
    const bool show = y >= m_plot.top() && y <= m_plot.bottom();
    const double lastY = show ? y : -1.0;
    if (lastY != m_lastY || color != m_lastColor) {
        m_lastY = lastY;
        m_lastColor = color;
        m_plotItem->refresh();
    }
    m_lastTag->setVisible(show);
    if (show) {
        m_lastTag->setStyle(m_tagFont, color, Qt::white);
        m_lastTag->setTag(
            text, QPointF(m_plot.right() + 1.0, y), QRectF(QPointF(0, 0), QSizeF(viewport()->size())));
    }
}

void ChartPane::setOverlayStyle(const QFont& font,
                                const QColor& text,
                                const QColor& line,
                                const QColor& tagBackground,
                                const QColor& tagText)
{
    const QPen pen = cosmeticPen(line, Qt::DashLine);
    m_vLine->setPen(pen);
    m_hLine->setPen(pen);
    m_tagFont = font;
    m_valueTag->setStyle(font, tagBackground, tagText);
    m_dateTag->setStyle(font, tagBackground, tagText);
    if (m_legend) {
        m_legend->setFont(font);
        m_legend->setDefaultTextColor(text);
    }
}

void ChartPane::setPlotMargins(const QMarginsF& margins)
{
    if (margins == m_margins && m_plot.width() > 10) {
        return; // setPlotArea() relays the whole chart out
    }
    m_margins = margins;
    relayout();
}

double ChartPane::indexAt(double x) const
{
    const double span = m_owner->m_to - m_owner->m_from;
    return m_owner->m_from + (x - m_plot.left()) / std::max(1.0, m_plot.width()) * span;
}

double ChartPane::xOf(double index) const
{
    const double span = m_owner->m_to - m_owner->m_from;
    return m_plot.left() + (index - m_owner->m_from) / span * m_plot.width();
}

void ChartPane::setCrosshair(double x, double y, const QString& valueText, const QString& dateText)
{
    const QRectF view(QPointF(0, 0), QSizeF(viewport()->size()));
    const bool showV = x >= m_plot.left() && x <= m_plot.right();
    m_vLine->setVisible(showV);
    if (showV) {
        m_vLine->setLine(x, m_plot.top(), x, m_plot.bottom());
    }
    const bool showH = showV && y >= m_plot.top() && y <= m_plot.bottom() && !valueText.isEmpty();
    m_hLine->setVisible(showH);
    m_valueTag->setVisible(showH);
    if (showH) {
        m_hLine->setLine(m_plot.left(), y, m_plot.right(), y);
        m_valueTag->setTag(valueText, QPointF(m_plot.right() + 1.0, y), view);
    }
    const bool showDate = m_showsDates && showV && !dateText.isEmpty();
    m_dateTag->setVisible(showDate);
    if (showDate) {
        m_dateTag->setTag(dateText, QPointF(x, m_plot.bottom() + 2.0), view);
    }
}

void ChartPane::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    relayout();
    m_owner->scheduleRangeUpdate();
}

void ChartPane::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_owner->barCount() > 0) {
        m_dragging = true;
        m_pressX = event->position().x();
        m_pressFrom = m_owner->m_from;
        m_pressTo = m_owner->m_to;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartPane::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_dragging) {
        const double barsPerPixel = (m_pressTo - m_pressFrom) / std::max(1.0, m_plot.width());
        const double shift = -(pos.x() - m_pressX) * barsPerPixel;
        m_owner->setVisibleRange(m_pressFrom + shift, m_pressTo + shift);
    }
    hover(pos);
    event->accept();
}

void ChartPane::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        viewport()->setCursor(Qt::CrossCursor);
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartPane::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_owner->setRangePreset(m_owner->lastNamedPreset());
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ChartPane::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0 || m_owner->barCount() == 0) {
        event->ignore();
        return;
    }
    const QPointF pos = event->position();
    const double anchor = std::clamp(indexAt(pos.x()), m_owner->m_from, m_owner->m_to);
    m_owner->zoomAround(anchor, std::pow(ZoomStep, notches));
    hover(pos);
    event->accept();
}

void ChartPane::keyPressEvent(QKeyEvent* event)
{
    const double span = m_owner->m_to - m_owner->m_from;
    const double centre = (m_owner->m_from + m_owner->m_to) / 2.0;
    switch (event->key()) {
    case Qt::Key_Left:
        m_owner->panBy(-std::max(1.0, std::round(span * 0.1)));
        break;
    case Qt::Key_Right:
        m_owner->panBy(std::max(1.0, std::round(span * 0.1)));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_owner->zoomAround(centre, ZoomStep);
        break;
    case Qt::Key_Minus:
        m_owner->zoomAround(centre, 1.0 / ZoomStep);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartPane::leaveEvent(QEvent* event)
{
    if (!m_dragging) {
        m_owner->clearHover();
    }
    QChartView::leaveEvent(event);
}

void ChartPane::contextMenuEvent(QContextMenuEvent* event)
{
    m_owner->showContextMenu(this, event->pos(), event->globalPos());
    event->accept();
}

void ChartPane::hover(const QPointF& pos)
{
    if (m_owner->barCount() == 0 || pos.x() < m_plot.left() || pos.x() > m_plot.right()) {
        m_owner->clearHover();
        return;
    }
    const int index = static_cast<int>(std::lround(indexAt(pos.x())));
    m_owner->setHover(std::clamp(index, 0, m_owner->barCount() - 1), this, pos.y());
}

void ChartPane::relayout()
{
    const QSizeF size = viewport()->size();
    const QRectF plot(m_margins.left(),
                      m_margins.top(),
                      size.width() - m_margins.left() - m_margins.right(),
                      size.height() - m_margins.top() - m_margins.bottom());
    if (plot.width() > 10 && plot.height() > 10) {
        m_plot = plot;
        chart()->setPlotArea(plot);
        m_plotItem->setPlotRect(plot);
        // The label strips: right of the axis line for values, under the plot for dates.
        m_valueLabels->setPlotRect(
            QRectF(plot.right() + 1.0, 0.0, std::max(1.0, size.width() - plot.right() - 1.0), size.height()));
        m_dateLabels->setPlotRect(QRectF(
            0.0, plot.bottom() + 1.0, size.width(), std::max(1.0, size.height() - plot.bottom() - 1.0)));
    }
}

} // namespace Tessera::Ui::detail
