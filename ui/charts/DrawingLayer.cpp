#include "ui/charts/DrawingLayer.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <QApplication>
#include <QCandlestickSeries>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QColorDialog>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPointer>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>
#include <QValueAxis>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/market/HourlySeries.h"
#include "core/store/DrawingRepository.h"
#include "ui/charts/CandleChartView.h"

namespace Tessera::Ui {

using Charting::ChartPoint;
using Charting::Drawing;
using Charting::DrawingKind;

namespace {

const QString MagnetKey = QStringLiteral("chart/drawingMagnet");
/** TradingView's default drawing blue. */
const QColor DefaultColor(0x29, 0x62, 0xff);
/** How close (pixels) the pointer must be to a line or handle to pick it. */
constexpr double HitTolerance = 6.0;
constexpr double HandleSize = 7.0;
/** A press and release farther apart than this (pixels) places a two-point drawing by dragging. */
constexpr double DragThreshold = 5.0;

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0.0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF closest = a + ab * t;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

/** The far end of a ray from a through b: far enough to leave any plot area (the painter clips). */
QPointF rayEnd(const QPointF& a, const QPointF& b)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    return len > 0.0 ? a + d * (1.0e5 / len) : b;
}

QColor colorOf(const Drawing& d)
{
    const QColor c(d.color);
    return c.isValid() ? c : DefaultColor;
}

} // namespace

namespace detail {

/** One item over the price chart's plot area that paints every drawing (DrawingLayer::paint). */
class DrawingItem final : public QGraphicsItem
{
public:
    DrawingItem(DrawingLayer* layer, QChart* chart)
        : m_layer(layer)
        , m_chart(chart)
    {
        // A top-level item of the pane's scene, not a child of the chart: z values order siblings only,
        // and the bars (PlotItem) are a top-level item too. The chart fills the view from (0, 0), so its
        // coordinates are the scene's; the scene deletes the item with the view, as it did the chart.
        if (chart->scene()) {
            chart->scene()->addItem(this);
        }
        setPos(chart->pos());
        // Above the bars (PlotItem paints them at z 500) so lines and labels are never hidden behind a
        // candle; below the crosshair, the legend and the price tags (ChartPane's overlay z 999+).
        setZValue(600);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return m_chart->plotArea().adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->save();
        painter->setClipRect(m_chart->plotArea());
        painter->setRenderHint(QPainter::Antialiasing);
        m_layer->paint(painter);
        painter->restore();
    }
    void refresh()
    {
        prepareGeometryChange();
        update();
    }

private:
    DrawingLayer* m_layer;
    QChart* m_chart;
};

} // namespace detail

DrawingLayer::DrawingLayer(CandleChartView* chart, Store::DatabasePtr db, QThreadPool* pool, QObject* parent)
    : QObject(parent)
    , m_chart(chart)
    , m_db(std::move(db))
    , m_pool(pool)
    , m_writes(QtFuture::makeReadyFuture())
    , m_ids(std::make_shared<Ids>())
{
    setObjectName(QStringLiteral("drawingLayer"));
    m_magnet = QSettings().value(MagnetKey, true).toBool();
    m_item = new detail::DrawingItem(this, chart->priceChart());
    // Follow every change of the visible range and of the plot area.
    connect(chart, &CandleChartView::visibleRangeChanged, this, &DrawingLayer::repaint);
    connect(chart->priceChart(), &QChart::plotAreaChanged, this, &DrawingLayer::repaint);
    connect(chart, &CandleChartView::barsShown, this, &DrawingLayer::showSymbol);
    connect(chart, &CandleChartView::rangePresetChanged, this, [this](CandleChartView::RangePreset preset) {
        if (preset != CandleChartView::RangePreset::Custom) {
            m_lastPreset = static_cast<int>(preset);
        }
    });
    if (QChartView* pane = view()) {
        pane->viewport()->installEventFilter(this);
        pane->installEventFilter(this);
    }
}

DrawingLayer::~DrawingLayer() = default;

QChart* DrawingLayer::chart() const
{
    return m_chart->priceChart();
}

QChartView* DrawingLayer::view() const
{
    QGraphicsScene* scene = chart()->scene();
    return scene && !scene->views().isEmpty() ? qobject_cast<QChartView*>(scene->views().constFirst())
                                              : nullptr;
}

QList<Drawing> DrawingLayer::drawings() const
{
    QList<Drawing> out;
    for (const Entry& e : m_entries) {
        out << e.drawing;
    }
    return out;
}

void DrawingLayer::setTool(std::optional<DrawingKind> kind)
{
    m_tool = kind;
    if (m_mode == Mode::Placing && !m_entries.isEmpty()) {
        m_entries.removeLast(); // an unfinished drawing is dropped
        m_selected = -1;
    }
    m_mode = Mode::Idle;
    if (QChartView* pane = view()) {
        pane->viewport()->setCursor(Qt::CrossCursor);
    }
    if (kind) {
        emit message(
            tr("%1: click on the chart to place it (Escape cancels)").arg(Charting::drawingKindTitle(*kind)));
    }
    repaint();
}

void DrawingLayer::setMagnet(bool on)
{
    m_magnet = on;
    QSettings().setValue(MagnetKey, on);
}

void DrawingLayer::repaint()
{
    m_item->refresh();
}

// --- coordinates -----------------------------------------------------------------------------------

double DrawingLayer::indexOf(const ChartPoint& point) const
{
    return point.time != 0 ? Charting::indexOfTime(m_chart->barTimes(), point.time)
                           : Charting::indexOfDate(m_chart->bars().days(), point.date);
}

bool DrawingLayer::isShown(const Drawing& drawing) const
{
    // Hours on the 60-minute chart, days on the others: neither is drawn on the other's bars.
    return drawing.isHourly() == m_chart->isIntraday();
}

ChartPoint DrawingLayer::pointAtIndex(double index, double price) const
{
    if (m_chart->isIntraday()) {
        const qint64 time = Charting::timeOfIndex(m_chart->barTimes(), index);
        return {utcTime(time).date(), price, time};
    }
    return {Charting::dateOfIndex(m_chart->bars().days(), index), price};
}

QPointF DrawingLayer::chartPos(double index, double price) const
{
    // The chart's own mapping (its price scale: linear, log or percent), from its price pane's viewport.
    QChartView* pane = view();
    if (!pane) {
        return {};
    }
    const QPointF inViewport = m_chart->positionOf(QPointF(index, price));
    return chart()->mapFromScene(pane->mapToScene(inViewport.toPoint()));
}

QPointF DrawingLayer::chartPos(const ChartPoint& point) const
{
    return chartPos(indexOf(point), point.price);
}

QPointF DrawingLayer::viewportPos(double index, double price) const
{
    QChartView* pane = view();
    return pane ? QPointF(pane->mapFromScene(chart()->mapToScene(chartPos(index, price)))) : QPointF();
}

QPointF DrawingLayer::viewportPos(const ChartPoint& point) const
{
    return viewportPos(indexOf(point), point.price);
}

QPointF DrawingLayer::valueAt(const QPointF& pos) const
{
    QChartView* pane = view();
    if (!pane) {
        return {};
    }
    return m_chart->valueAt(pos);
}

ChartPoint DrawingLayer::pointAt(const QPointF& pos, bool snap) const
{
    const QPointF value = valueAt(pos);
    const BarSeries& bars = m_chart->bars();
    const auto index = static_cast<qsizetype>(std::llround(value.x()));
    double price = value.y();
    if (snap && index >= 0 && index < bars.size()) {
        // Magnet: the open, high, low or close of the bar under the pointer nearest to it.
        const auto i = static_cast<size_t>(index);
        double best = std::numeric_limits<double>::infinity();
        for (double candidate : {bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i]}) {
            if (!std::isnan(candidate) && std::abs(candidate - value.y()) < best) {
                best = std::abs(candidate - value.y());
                price = candidate;
            }
        }
    }
    return pointAtIndex(value.x(), price);
}

QString DrawingLayer::formatPrice(double price) const
{
    const double magnitude = std::abs(price);
    return QLocale().toString(price, 'f', magnitude >= 1.0 ? 2 : 4);
}

// --- painting --------------------------------------------------------------------------------------

void DrawingLayer::paint(QPainter* painter) const
{
    if (m_chart->bars().isEmpty()) {
        return;
    }
    const QRectF plot = chart()->plotArea();
    const QFont font = QApplication::font();
    painter->setFont(font);
    const QFontMetricsF fm(font);
    // Labels sit on the view's own background, slightly see-through, so they read over the bars.
    QColor backing = QApplication::palette().color(QPalette::Base);
    if (chart()->scene() && !chart()->scene()->views().isEmpty()) {
        backing = chart()->scene()->views().constFirst()->backgroundBrush().color();
    }
    backing.setAlphaF(0.8);
    const auto label = [&](const QPointF& baseline, const QString& text) {
        const QRectF box = fm.boundingRect(text).translated(baseline).adjusted(-3, -1, 3, 1);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(backing);
        painter->drawRect(box);
        painter->restore();
        painter->drawText(baseline, text);
    };
    for (int i = 0; i < m_entries.size(); ++i) {
        const Drawing& d = m_entries[i].drawing;
        if (!isShown(d)) {
            continue;
        }
        const bool selected = i == m_selected;
        const QColor color = colorOf(d);
        QPen pen(color, selected ? 2.0 : 1.4);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QPointF a = chartPos(d.a);
        const QPointF b = Charting::drawingPointCount(d.kind) == 2 ? chartPos(d.b) : a;
        switch (d.kind) {
        case DrawingKind::TrendLine:
            painter->drawLine(a, b);
            break;
        case DrawingKind::Ray:
            painter->drawLine(a, rayEnd(a, b));
            break;
        case DrawingKind::HorizontalLine: {
            painter->drawLine(QPointF(plot.left(), a.y()), QPointF(plot.right(), a.y()));
            const QString price = formatPrice(d.a.price);
            label(QPointF(plot.right() - fm.horizontalAdvance(price) - 4, a.y() - 4), price);
            break;
        }
        case DrawingKind::VerticalLine:
            painter->drawLine(QPointF(a.x(), plot.top()), QPointF(a.x(), plot.bottom()));
            break;
        case DrawingKind::Rectangle: {
            QColor fill = color;
            fill.setAlphaF(0.12);
            painter->setBrush(fill);
            painter->drawRect(QRectF(a, b).normalized());
            break;
        }
        case DrawingKind::Fibonacci: {
            const double left = std::min(a.x(), b.x());
            const double right = std::max(a.x(), b.x());
            const double index = indexOf(d.a);
            for (double level : Charting::fibonacciLevels()) {
                const double price = Charting::fibonacciPrice(d.a.price, d.b.price, level);
                const double y = chartPos(index, price).y();
                painter->drawLine(QPointF(left, y), QPointF(right, y));
                label(QPointF(left + 3, y - 4),
                      QStringLiteral("%1 (%2)").arg(
                          QLocale().toString(level * 100.0, 'f', level == 0.5 ? 0 : 1) + u'%',
                          formatPrice(price)));
            }
            QPen dashed = pen;
            dashed.setStyle(Qt::DashLine);
            painter->setPen(dashed);
            painter->drawLine(a, b);
            break;
        }
        case DrawingKind::Text: {
            const QString text = d.text.isEmpty() ? tr("Note") : d.text;
            // A framed box in the drawing's colour, on the view's background (not the chart's own
            // brush, which is hidden and would paint it black).
            const QRectF box = fm.boundingRect(text).translated(a).adjusted(-3, -2, 3, 2);
            painter->setBrush(backing);
            painter->drawRect(box);
            painter->drawText(a, text);
            break;
        }
        }
        if (selected) {
            painter->setBrush(color);
            const QSizeF handle(HandleSize, HandleSize);
            painter->drawRect(QRectF(a - QPointF(HandleSize / 2, HandleSize / 2), handle));
            if (Charting::drawingPointCount(d.kind) == 2) {
                painter->drawRect(QRectF(b - QPointF(HandleSize / 2, HandleSize / 2), handle));
            }
        }
    }
}

std::pair<int, int> DrawingLayer::hitTest(const QPointF& p) const
{
    const QRectF plot = chart()->plotArea();
    const QFontMetricsF fm(QApplication::font());
    // The selected drawing's handles first, then the drawings from the top (newest) down.
    if (m_selected >= 0) {
        const Drawing& d = m_entries[m_selected].drawing;
        const QPointF a = chartPos(d.a);
        if (QLineF(a, p).length() <= HitTolerance) {
            return {m_selected, 1};
        }
        if (Charting::drawingPointCount(d.kind) == 2 && QLineF(chartPos(d.b), p).length() <= HitTolerance) {
            return {m_selected, 2};
        }
    }
    for (int i = static_cast<int>(m_entries.size()) - 1; i >= 0; --i) {
        const Drawing& d = m_entries[i].drawing;
        if (!isShown(d)) {
            continue;
        }
        const QPointF a = chartPos(d.a);
        const QPointF b = Charting::drawingPointCount(d.kind) == 2 ? chartPos(d.b) : a;
        bool hit = false;
        switch (d.kind) {
        case DrawingKind::TrendLine:
            hit = distanceToSegment(p, a, b) <= HitTolerance;
            break;
        case DrawingKind::Ray:
            hit = distanceToSegment(p, a, rayEnd(a, b)) <= HitTolerance;
            break;
        case DrawingKind::HorizontalLine:
            hit = std::abs(p.y() - a.y()) <= HitTolerance && p.x() >= plot.left() && p.x() <= plot.right();
            break;
        case DrawingKind::VerticalLine:
            hit = std::abs(p.x() - a.x()) <= HitTolerance;
            break;
        case DrawingKind::Rectangle:
            hit = QRectF(a, b)
                      .normalized()
                      .adjusted(-HitTolerance, -HitTolerance, HitTolerance, HitTolerance)
                      .contains(p);
            break;
        case DrawingKind::Fibonacci: {
            const double left = std::min(a.x(), b.x()) - HitTolerance;
            const double right = std::max(a.x(), b.x()) + HitTolerance;
            const double index = indexOf(d.a);
            for (double level : Charting::fibonacciLevels()) {
                const double y = chartPos(index, Charting::fibonacciPrice(d.a.price, d.b.price, level)).y();
                hit = hit || (std::abs(p.y() - y) <= HitTolerance && p.x() >= left && p.x() <= right);
            }
            hit = hit || distanceToSegment(p, a, b) <= HitTolerance;
            break;
        }
        case DrawingKind::Text: {
            const QString text = d.text.isEmpty() ? tr("Note") : d.text;
            hit = fm.boundingRect(text).translated(a).adjusted(-4, -4, 4, 4).contains(p);
            break;
        }
        }
        if (hit) {
            return {i, 0};
        }
    }
    return {-1, 0};
}

// --- mouse and keys --------------------------------------------------------------------------------

bool DrawingLayer::eventFilter(QObject* watched, QEvent* event)
{
    QChartView* pane = view();
    if (!pane || m_chart->bars().isEmpty()) {
        return false;
    }
    if (watched == pane && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && (m_tool || m_selected >= 0)) {
            setTool(std::nullopt);
            m_selected = -1;
            repaint();
            return true;
        }
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && m_selected >= 0) {
            deleteSelected();
            return true;
        }
        return false;
    }
    if (watched != pane->viewport()) {
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        return mouse->button() == Qt::LeftButton && mousePress(mouse->position());
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        return mouseMove(mouse->position(), mouse->buttons().testFlag(Qt::LeftButton));
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        return mouse->button() == Qt::LeftButton && mouseRelease(mouse->position());
    }
    case QEvent::MouseButtonDblClick: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const auto [hit, handle] =
            hitTest(chart()->mapFromScene(pane->mapToScene(mouse->position().toPoint())));
        Q_UNUSED(handle)
        if (mouse->button() != Qt::LeftButton || hit < 0) {
            return false; // empty space: the chart's own double-click (back to the range preset)
        }
        // From the event loop: the editor's dialog must not run inside this mouse event.
        const quint64 key = m_entries[hit].key;
        QTimer::singleShot(0, this, [this, key] {
            for (int i = 0; i < m_entries.size(); ++i) {
                if (m_entries[i].key == key) {
                    editDrawing(i);
                }
            }
        });
        return true;
    }
    case QEvent::ContextMenu: {
        // One menu: the chart's own (copy price, reset zoom, indicators, compare, timeframe, type, scale,
        // image) with the drawing layer's entries first.
        auto* context = static_cast<QContextMenuEvent*>(event);
        QMenu* menu = m_chart->createContextMenu(pane, context->pos());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        mergeIntoChartMenu(menu, context->pos());
        menu->popup(context->globalPos());
        return true;
    }
    default:
        return false;
    }
}

bool DrawingLayer::mousePress(const QPointF& pos)
{
    const QPointF inChart = chart()->mapFromScene(view()->mapToScene(pos.toPoint()));
    if (!chart()->plotArea().contains(inChart)) {
        return false;
    }
    m_pressPos = pos;
    if (m_mode == Mode::Placing) {
        // The second click of a two-point drawing.
        m_entries[m_selected].drawing.b = pointAt(pos, m_magnet);
        m_mode = Mode::Idle;
        m_tool.reset();
        save(m_entries[m_selected]);
        emit drawingsChanged();
        repaint();
        return true;
    }
    if (m_tool) {
        Drawing d;
        d.ticker = m_ticker;
        d.kind = *m_tool;
        d.a = pointAt(pos, m_magnet);
        m_entries.append(Entry{m_nextKey++, d});
        m_selected = static_cast<int>(m_entries.size()) - 1;
        if (Charting::drawingPointCount(d.kind) == 2) {
            m_entries[m_selected].drawing.b = d.a;
            m_mode = Mode::Placing;
        } else {
            m_tool.reset();
            save(m_entries[m_selected]);
            emit drawingsChanged();
            if (d.kind == DrawingKind::Text) {
                const quint64 key = m_entries[m_selected].key;
                QTimer::singleShot(0, this, [this, key] {
                    for (int i = 0; i < m_entries.size(); ++i) {
                        if (m_entries[i].key == key) {
                            editDrawing(i);
                        }
                    }
                });
            }
        }
        repaint();
        return true;
    }
    const auto [hit, handle] = hitTest(inChart);
    if (hit < 0) {
        if (m_selected >= 0) {
            m_selected = -1;
            repaint();
        }
        return false; // empty space: the chart pans
    }
    m_selected = hit;
    m_before = m_entries[hit].drawing;
    m_mode = handle == 1 ? Mode::MoveA : handle == 2 ? Mode::MoveB : Mode::MoveBody;
    const QPointF value = valueAt(pos);
    m_pressIndex = value.x();
    m_pressValue = {QDate(), value.y()};
    view()->setFocus(Qt::MouseFocusReason); // Delete and Escape reach the pane
    repaint();
    return true;
}

bool DrawingLayer::mouseMove(const QPointF& pos, bool buttonDown)
{
    if (m_mode == Mode::Placing) {
        m_entries[m_selected].drawing.b = pointAt(pos, m_magnet);
        repaint();
        return false; // the crosshair follows too
    }
    if (m_mode == Mode::Idle || !buttonDown) {
        if (m_mode == Mode::Idle && !buttonDown && !m_tool) {
            const QPointF inChart = chart()->mapFromScene(view()->mapToScene(pos.toPoint()));
            view()->viewport()->setCursor(hitTest(inChart).first >= 0 ? Qt::SizeAllCursor : Qt::CrossCursor);
        }
        return false;
    }
    Drawing& d = m_entries[m_selected].drawing;
    if (m_mode == Mode::MoveA) {
        d.a = pointAt(pos, m_magnet);
    } else if (m_mode == Mode::MoveB) {
        d.b = pointAt(pos, m_magnet);
    } else {
        // The whole drawing by whole bars and the price difference, each point keeping its offset.
        const QPointF value = valueAt(pos);
        const double shift = std::round(value.x() - m_pressIndex);
        const double rise = value.y() - m_pressValue.price;
        d.a = pointAtIndex(indexOf(m_before.a) + shift, m_before.a.price + rise);
        if (Charting::drawingPointCount(d.kind) == 2) {
            d.b = pointAtIndex(indexOf(m_before.b) + shift, m_before.b.price + rise);
        }
    }
    repaint();
    return true;
}

bool DrawingLayer::mouseRelease(const QPointF& pos)
{
    if (m_mode == Mode::Placing) {
        // Press, drag and release places a two-point drawing in one gesture; a click waits for the second.
        if (QLineF(pos, m_pressPos).length() > DragThreshold) {
            m_entries[m_selected].drawing.b = pointAt(pos, m_magnet);
            m_mode = Mode::Idle;
            m_tool.reset();
            save(m_entries[m_selected]);
            emit drawingsChanged();
            repaint();
        }
        return true;
    }
    if (m_mode == Mode::Idle) {
        return false;
    }
    m_mode = Mode::Idle;
    if (!(m_entries[m_selected].drawing == m_before)) {
        save(m_entries[m_selected]);
        emit drawingsChanged();
    }
    return true;
}

// --- editing ---------------------------------------------------------------------------------------

void DrawingLayer::editDrawing(int index)
{
    if (index < 0 || index >= m_entries.size()) {
        return;
    }
    // Window-modal dialogs opened with open(), not exec(): no nested event loop, and the drawing is found
    // again by its key when the answer comes (it may have been deleted meanwhile).
    const quint64 key = m_entries[index].key;
    const Drawing d = m_entries[index].drawing;
    const auto apply = [this, key](const std::function<void(Drawing&)>& change) {
        for (Entry& e : m_entries) {
            if (e.key == key) {
                change(e.drawing);
                save(e);
                emit drawingsChanged();
            }
        }
        repaint();
    };
    if (d.kind == DrawingKind::Text) {
        auto* dialog = new QInputDialog(view());
        dialog->setObjectName(QStringLiteral("drawingTextDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Text note"));
        dialog->setLabelText(tr("Note on the chart of %1:").arg(m_ticker));
        dialog->setTextValue(d.text);
        connect(dialog, &QInputDialog::textValueSelected, this, [apply](const QString& text) {
            apply([&text](Drawing& drawing) { drawing.text = text; });
        });
        dialog->open();
    } else {
        auto* dialog = new QColorDialog(colorOf(d), view());
        dialog->setObjectName(QStringLiteral("drawingColorDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Colour of the drawing"));
        connect(dialog, &QColorDialog::colorSelected, this, [apply](const QColor& color) {
            apply([&color](Drawing& drawing) { drawing.color = color.name(); });
        });
        dialog->open();
    }
}

void DrawingLayer::deleteSelected()
{
    if (m_selected < 0 || m_selected >= m_entries.size()) {
        return;
    }
    const quint64 key = m_entries[m_selected].key;
    m_entries.removeAt(m_selected);
    m_selected = -1;
    m_mode = Mode::Idle;
    removeStored(key);
    emit drawingsChanged();
    repaint();
}

void DrawingLayer::deleteAll()
{
    // The drawings of this chart's kind: the 60-minute chart never deletes the daily ones, nor back.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (isShown(m_entries[i].drawing)) {
            removeStored(m_entries.takeAt(i).key);
        }
    }
    m_selected = -1;
    m_mode = Mode::Idle;
    emit drawingsChanged();
    repaint();
}

void DrawingLayer::buildContextMenu(QMenu* menu, const QPointF& pos)
{
    const QPointF value = valueAt(pos);
    const double price = value.y();
    const QString priceText = formatPrice(price);
    const QPointF inChart = chart()->mapFromScene(view()->mapToScene(pos.toPoint()));
    const bool inPlot = chart()->plotArea().contains(inChart) && !m_chart->bars().isEmpty();

    QAction* alert = menu->addAction(tr("Alert at this price (%1)").arg(priceText), this, [this, price] {
        emit alertRequested(m_ticker, price);
    });
    alert->setObjectName(QStringLiteral("alertHereAction"));
    alert->setEnabled(inPlot);

    const int hit = inPlot ? hitTest(inChart).first : -1;
    if (hit >= 0) {
        const quint64 key = m_entries[hit].key;
        const Drawing d = m_entries[hit].drawing;
        menu->addSeparator();
        if (d.kind == DrawingKind::HorizontalLine) {
            QAction* level = menu->addAction(tr("Alert at this level (%1)").arg(formatPrice(d.a.price)),
                                             this,
                                             [this, p = d.a.price] { emit alertRequested(m_ticker, p); });
            level->setObjectName(QStringLiteral("alertAtLevelAction"));
        }
        const auto find = [this, key] {
            for (int i = 0; i < m_entries.size(); ++i) {
                if (m_entries[i].key == key) {
                    return i;
                }
            }
            return -1;
        };
        QAction* edit = menu->addAction(d.kind == DrawingKind::Text ? tr("Edit text…") : tr("Colour…"),
                                        this,
                                        [this, find] { editDrawing(find()); });
        edit->setObjectName(QStringLiteral("editDrawingAction"));
        QAction* remove = menu->addAction(
            tr("Delete %1").arg(Charting::drawingKindTitle(d.kind).toLower()), this, [this, find] {
                m_selected = find();
                deleteSelected();
            });
        remove->setObjectName(QStringLiteral("deleteDrawingAction"));
    }

    menu->addSeparator();
    QMenu* draw = menu->addMenu(tr("Draw"));
    draw->setObjectName(QStringLiteral("drawMenu"));
    for (DrawingKind kind : Charting::kDrawingKinds) {
        QAction* tool =
            draw->addAction(Charting::drawingKindTitle(kind), this, [this, kind] { setTool(kind); });
        tool->setObjectName(Charting::drawingKindId(kind) + QStringLiteral("ToolAction"));
        tool->setCheckable(true);
        tool->setChecked(m_tool == kind);
        tool->setEnabled(!m_chart->bars().isEmpty());
    }
    draw->addSeparator();
    QAction* magnet = draw->addAction(tr("Magnet to open/high/low/close"), this, &DrawingLayer::setMagnet);
    magnet->setObjectName(QStringLiteral("magnetAction"));
    magnet->setCheckable(true);
    magnet->setChecked(m_magnet);
    const bool anyShown = std::any_of(
        m_entries.cbegin(), m_entries.cend(), [this](const Entry& e) { return isShown(e.drawing); });
    QAction* clear = draw->addAction(
        (m_chart->isIntraday() ? tr("Delete all 60-minute drawings of %1") : tr("Delete all drawings of %1"))
            .arg(m_ticker),
        this,
        &DrawingLayer::deleteAll);
    clear->setObjectName(QStringLiteral("deleteAllDrawingsAction"));
    clear->setEnabled(anyShown);

    menu->addSeparator();
    QAction* copy = menu->addAction(tr("Copy price %1").arg(priceText), this, [price] {
        QGuiApplication::clipboard()->setText(QString::number(price, 'f', std::abs(price) >= 1.0 ? 2 : 4));
    });
    copy->setObjectName(QStringLiteral("copyPriceAction"));
    copy->setEnabled(inPlot);
    QAction* reset = menu->addAction(tr("Reset zoom"), this, [this] {
        m_chart->setRangePreset(static_cast<CandleChartView::RangePreset>(m_lastPreset));
    });
    reset->setObjectName(QStringLiteral("resetZoomAction"));
    QAction* image = menu->addAction(tr("Save image…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_chart,
                                                          tr("Save the chart as an image"),
                                                          m_ticker + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !m_chart->grab().save(path, "PNG")) {
            emit message(tr("Could not write %1").arg(path));
        }
    });
    image->setObjectName(QStringLiteral("saveChartImageAction"));
}

void DrawingLayer::mergeIntoChartMenu(QMenu* chartMenu, const QPointF& pos)
{
    QMenu own;
    buildContextMenu(&own, pos);
    QAction* before = chartMenu->actions().value(0);
    const QStringList chartHasThem = {QStringLiteral("copyPriceAction"),
                                      QStringLiteral("resetZoomAction"),
                                      QStringLiteral("saveChartImageAction")};
    for (QAction* action : own.actions()) {
        if (chartHasThem.contains(action->objectName())) {
            continue;
        }
        // Owned by the chart's menu from now on (the Draw submenu with its actions).
        if (QMenu* sub = action->menu()) {
            sub->setParent(chartMenu, sub->windowFlags());
        } else {
            action->setParent(chartMenu);
        }
        chartMenu->insertAction(before, action);
    }
}

QPixmap DrawingLayer::grabWithContextMenu(QWidget* base)
{
    QPixmap picture = base->grab();
    QChartView* pane = view();
    if (!pane) {
        return picture;
    }
    const QRectF plot = chart()->plotArea();
    const QPoint at = pane->mapFromScene(chart()->mapToScene(plot.center()));
    std::unique_ptr<QMenu> owned(m_chart->createContextMenu(pane, at));
    QMenu& menu = *owned;
    mergeIntoChartMenu(&menu, at);
    menu.popup(pane->viewport()->mapToGlobal(at));
    QPainter painter(&picture);
    const QPoint menuAt = base->mapFromGlobal(menu.pos());
    painter.drawPixmap(menuAt, menu.grab());
    if (auto* draw = menu.findChild<QMenu*>(QStringLiteral("drawMenu"))) {
        // The submenu beside its entry, as it opens on hover.
        const QRect entry = menu.actionGeometry(draw->menuAction());
        draw->popup(menu.mapToGlobal(QPoint(menu.width(), entry.top())));
        painter.drawPixmap(base->mapFromGlobal(draw->pos()), draw->grab());
        draw->close();
    }
    menu.close();
    return picture;
}

// --- persistence -----------------------------------------------------------------------------------

void DrawingLayer::chain(std::function<void()> job)
{
    ++m_inFlight;
    QPointer<DrawingLayer> self(this);
    m_writes = m_writes.then(m_pool, std::move(job)).then(this, [self] {
        if (self) {
            --self->m_inFlight;
        }
    });
}

void DrawingLayer::showSymbol(const QString& ticker)
{
    // barsShown can arrive out of order: a slot connected before this one may switch the chart again
    // inside the emission (the screenshot's --symbol does), so the later symbol's signal comes first.
    // What the chart shows now is what counts.
    if (ticker != m_chart->currentTicker()) {
        return;
    }
    if (ticker == m_ticker) {
        // The same symbol re-read (after a load) or on another timeframe: same drawings, new bars; a
        // selection the new bars do not show is dropped (Delete must not remove what is not drawn).
        if (m_selected >= 0 && m_selected < m_entries.size() && !isShown(m_entries[m_selected].drawing)) {
            m_selected = -1;
            m_mode = Mode::Idle;
        }
        repaint();
        return;
    }
    m_ticker = ticker;
    m_entries.clear();
    m_selected = -1;
    m_mode = Mode::Idle;
    m_tool.reset();
    repaint();
    if (!ticker.isEmpty()) {
        load(ticker);
    }
}

void DrawingLayer::load(const QString& ticker)
{
    const quint64 request = ++m_loadRequest;
    auto loaded = std::make_shared<Result<QList<Drawing>>>(QList<Drawing>{});
    // In the chain: a drawing made on this symbol a moment ago is stored before it is read back.
    ++m_inFlight;
    QPointer<DrawingLayer> self(this);
    m_writes =
        m_writes
            .then(m_pool,
                  [db = m_db, ticker, loaded] { *loaded = Store::DrawingRepository(*db).forSymbol(ticker); })
            .then(this, [self, request, ticker, loaded] {
                if (!self) {
                    return;
                }
                --self->m_inFlight;
                if (request != self->m_loadRequest) {
                    return; // another symbol was shown meanwhile
                }
                if (!*loaded) {
                    spdlog::error("reading the drawings of {} failed: {}", ticker, loaded->error().message);
                    emit self->message(
                        tr("Could not read the drawings of %1: %2").arg(ticker, loaded->error().message));
                    return;
                }
                {
                    const QMutexLocker lock(&self->m_ids->mutex);
                    for (const Drawing& d : std::as_const(**loaded)) {
                        const quint64 key = self->m_nextKey++;
                        self->m_ids->byKey.insert(key, d.id);
                        self->m_entries.append(Entry{key, d});
                    }
                }
                self->repaint();
                emit self->drawingsLoaded(ticker);
            });
}

void DrawingLayer::save(const Entry& entry)
{
    chain([db = m_db, ids = m_ids, key = entry.key, drawing = entry.drawing]() mutable {
        {
            const QMutexLocker lock(&ids->mutex);
            drawing.id = ids->byKey.value(key, 0);
        }
        auto id = Store::DrawingRepository(*db).save(drawing);
        if (!id) {
            spdlog::error("storing a drawing of {} failed: {}", drawing.ticker, id.error().message);
            return;
        }
        const QMutexLocker lock(&ids->mutex);
        ids->byKey.insert(key, *id);
    });
}

void DrawingLayer::removeStored(quint64 key)
{
    chain([db = m_db, ids = m_ids, key] {
        qint64 id = 0;
        {
            const QMutexLocker lock(&ids->mutex);
            id = ids->byKey.take(key);
        }
        if (id == 0) {
            return; // never stored
        }
        if (auto r = Store::DrawingRepository(*db).remove(id); !r) {
            spdlog::error("deleting drawing {} failed: {}", id, r.error().message);
        }
    });
}

} // namespace Tessera::Ui
