#include "ui/charts/PlotPainter.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include "ui/charts/ChartStyle.h"

namespace Tessera::Ui {

double PlotMap::toPlot(double value) const
{
    return log ? (value > 0.0 ? std::log(value) : std::numeric_limits<double>::quiet_NaN()) : value;
}

std::pair<qsizetype, qsizetype> PlotMap::visibleBars(qsizetype count) const
{
    // One bar beyond each edge, so lines leave the plot instead of stopping short of it.
    const qsizetype first = std::max<qsizetype>(0, static_cast<qsizetype>(std::floor(from)) - 1);
    const qsizetype last = std::min<qsizetype>(count - 1, static_cast<qsizetype>(std::ceil(to)) + 1);
    return {first, last};
}

namespace PlotPainter {
namespace {

bool finite(double v)
{
    return std::isfinite(v);
}

/** Candles thinner than a pixel: per pixel column one wick for its rising bars and one for its falling ones.
 */
void paintDenseWicks(QPainter* painter,
                     const PlotMap& map,
                     const OhlcColumns& bars,
                     qsizetype first,
                     qsizetype last,
                     const QColor& up,
                     const QColor& down)
{
    std::vector<QLineF> upLines;
    std::vector<QLineF> downLines;
    const auto& c = *bars.close;
    double column = std::numeric_limits<double>::quiet_NaN();
    // Pixel rows (top < bottom) of the column's rising and falling ranges; top > bottom: none yet.
    double upTop = 1.0, upBottom = 0.0, downTop = 1.0, downBottom = 0.0;
    auto flush = [&] {
        if (!std::isnan(column)) {
            if (upTop <= upBottom) {
                upLines.emplace_back(column, upTop, column, upBottom);
            }
            if (downTop <= downBottom) {
                downLines.emplace_back(column, downTop, column, downBottom);
            }
        }
        upTop = downTop = 1.0;
        upBottom = downBottom = 0.0;
    };
    for (qsizetype i = first; i <= last; ++i) {
        const size_t k = static_cast<size_t>(i);
        const double cl = c[k];
        if (!finite(cl)) {
            continue;
        }
        const double o = finite((*bars.open)[k]) ? (*bars.open)[k] : cl;
        const double h = finite((*bars.high)[k]) ? (*bars.high)[k] : std::max(o, cl);
        const double l = finite((*bars.low)[k]) ? (*bars.low)[k] : std::min(o, cl);
        const double yh = map.y(h);
        const double yl = map.y(l);
        if (!finite(yh) || !finite(yl)) {
            continue;
        }
        const double x = std::round(map.x(static_cast<double>(i))) + 0.5;
        if (x != column) {
            flush();
            column = x;
        }
        const bool rising = cl > o;
        double& top = rising ? upTop : downTop;
        double& bottom = rising ? upBottom : downBottom;
        if (top > bottom) {
            top = yh;
            bottom = yl;
        } else {
            top = std::min(top, yh);
            bottom = std::max(bottom, yl);
        }
    }
    flush();
    painter->setPen(ChartStyle::cosmeticPen(up));
    painter->drawLines(upLines.data(), static_cast<int>(upLines.size()));
    painter->setPen(ChartStyle::cosmeticPen(down));
    painter->drawLines(downLines.data(), static_cast<int>(downLines.size()));
}

} // namespace

void paintBars(QPainter* painter,
               const PlotMap& map,
               const OhlcColumns& bars,
               BarStyle style,
               const QColor& up,
               const QColor& down,
               const QColor& lineColor)
{
    const auto& c = *bars.close;
    const auto [first, last] = map.visibleBars(static_cast<qsizetype>(c.size()));
    if (first > last) {
        return;
    }
    if (style == BarStyle::Line || style == BarStyle::Area) {
        QPolygonF line;
        line.reserve(last - first + 1);
        for (qsizetype i = first; i <= last; ++i) {
            const double v = c[static_cast<size_t>(i)];
            if (finite(v) && finite(map.y(v))) {
                line << QPointF(map.x(static_cast<double>(i)), map.y(v));
            }
        }
        if (line.isEmpty()) {
            return;
        }
        if (style == BarStyle::Area) {
            QPolygonF area = line;
            area << QPointF(line.last().x(), map.plot.bottom())
                 << QPointF(line.first().x(), map.plot.bottom());
            QColor fill = lineColor;
            fill.setAlpha(50);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawPolygon(area);
        }
        paintLine(painter, map, c, ChartStyle::cosmeticPen(lineColor, Qt::SolidLine, 1.5));
        return;
    }

    const double slot = map.barWidth();
    const double body = std::max(1.0, std::floor(slot * 0.7));
    const bool bodies = body >= 3.0; // below that a body is its wick: draw one line per bar
    if (slot < 1.0 && style == BarStyle::Candles) {
        // Several bars per pixel column: each column's rising and falling bars as one line each, from the
        // lowest low to the highest high of its bars of that colour (falling drawn last, as below).
        paintDenseWicks(painter, map, bars, first, last, up, down);
        return;
    }
    std::vector<QLineF> upLines;
    std::vector<QLineF> downLines;
    std::vector<QRectF> upRects;
    std::vector<QRectF> downRects;
    const size_t count = static_cast<size_t>(last - first + 1);
    upLines.reserve(count * (style == BarStyle::OhlcBars ? 3 : 1));
    downLines.reserve(upLines.capacity());
    for (qsizetype i = first; i <= last; ++i) {
        const size_t k = static_cast<size_t>(i);
        const double cl = c[k];
        if (!finite(cl)) {
            continue;
        }
        const double o = finite((*bars.open)[k]) ? (*bars.open)[k] : cl;
        const double h = finite((*bars.high)[k]) ? (*bars.high)[k] : std::max(o, cl);
        const double l = finite((*bars.low)[k]) ? (*bars.low)[k] : std::min(o, cl);
        const bool rising = cl > o;
        // Whole pixels: crisp 1-px wicks at any zoom.
        const double x = std::round(map.x(static_cast<double>(i))) + 0.5;
        const double yh = map.y(h);
        const double yl = map.y(l);
        const double yo = map.y(o);
        const double yc = map.y(cl);
        if (!finite(yh) || !finite(yl)) {
            continue;
        }
        auto& lines = rising ? upLines : downLines;
        if (style == BarStyle::OhlcBars) {
            const double tick = std::max(1.0, std::floor(body / 2.0));
            lines.emplace_back(x, yh, x, yl);
            lines.emplace_back(x - tick, yo, x, yo);
            lines.emplace_back(x, yc, x + tick, yc);
            continue;
        }
        if (!bodies) {
            lines.emplace_back(x, yh, x, yl);
            continue;
        }
        const double top = std::min(yo, yc);
        const double height = std::max(1.0, std::abs(yo - yc));
        lines.emplace_back(x, yh, x, top);
        lines.emplace_back(x, top + height, x, yl);
        (rising ? upRects : downRects).emplace_back(std::round(x - body / 2.0), top, body, height);
    }
    for (const auto& [lines, rects, color] :
         {std::tuple(&upLines, &upRects, up), std::tuple(&downLines, &downRects, down)}) {
        painter->setPen(ChartStyle::cosmeticPen(color));
        painter->drawLines(lines->data(), static_cast<int>(lines->size()));
        if (!rects->empty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawRects(rects->data(), static_cast<int>(rects->size()));
            painter->setBrush(Qt::NoBrush);
        }
    }
}

void paintColumns(QPainter* painter,
                  const PlotMap& map,
                  const std::vector<double>& values,
                  const std::vector<bool>& rising,
                  const QColor& up,
                  const QColor& down)
{
    const auto [first, last] = map.visibleBars(static_cast<qsizetype>(values.size()));
    const double body = std::max(1.0, std::floor(map.barWidth() * 0.7));
    const double base = map.y(0.0);
    std::vector<QRectF> upRects;
    std::vector<QRectF> downRects;
    if (map.barWidth() < 1.0) {
        // Several bars per pixel column: the tallest rising and the tallest falling column of each pixel
        // column cover every pixel the others would (all start at 0), so two rectangles per column.
        double column = std::numeric_limits<double>::quiet_NaN();
        double upTop = base;
        double downTop = base;
        auto flush = [&] {
            if (!std::isnan(column)) {
                if (upTop < base) {
                    upRects.emplace_back(column, upTop, 1.0, std::max(1.0, base - upTop));
                }
                if (downTop < base) {
                    downRects.emplace_back(column, downTop, 1.0, std::max(1.0, base - downTop));
                }
            }
            upTop = downTop = base;
        };
        for (qsizetype i = first; i <= last; ++i) {
            const size_t k = static_cast<size_t>(i);
            const double v = values[k];
            if (!finite(v) || v == 0.0) {
                continue;
            }
            const double x = std::round(map.x(static_cast<double>(i)) - 0.5);
            if (x != column) {
                flush();
                column = x;
            }
            // At least one pixel tall, as a single column would be.
            const double y = std::min(map.y(v), base - 1.0);
            double& top = k < rising.size() && rising[k] ? upTop : downTop;
            top = std::min(top, y);
        }
        flush();
    } else {
        for (qsizetype i = first; i <= last; ++i) {
            const size_t k = static_cast<size_t>(i);
            const double v = values[k];
            if (!finite(v) || v == 0.0) {
                continue;
            }
            const double x = std::round(map.x(static_cast<double>(i)) - body / 2.0);
            const double y = map.y(v);
            QRectF rect(x, std::min(y, base), body, std::max(1.0, std::abs(base - y)));
            (k < rising.size() && rising[k] ? upRects : downRects).push_back(rect);
        }
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(up);
    painter->drawRects(upRects.data(), static_cast<int>(upRects.size()));
    painter->setBrush(down);
    painter->drawRects(downRects.data(), static_cast<int>(downRects.size()));
    painter->setBrush(Qt::NoBrush);
}

namespace {

QPen densePen(const PlotMap& map, QPen pen)
{
    // A wide pen goes through QPainter's stroker, ~10x slower than the 1-px cosmetic path: thousands of
    // bars on screen (the w6chart "All" view) draw with 1 px, where a thicker line would not show anyway.
    if (map.barWidth() < 2.0) {
        pen.setWidthF(1.0);
    }
    return pen;
}

} // namespace

void paintLine(QPainter* painter, const PlotMap& map, const std::vector<double>& values, const QPen& pen)
{
    const auto [first, last] = map.visibleBars(static_cast<qsizetype>(values.size()));
    const QPen drawn = densePen(map, pen);
    // A solid line wider than a pixel without antialiasing is drawn as two 1-px lines a pixel apart
    // (below flat segments, beside steep ones): the raster engine's 1-px path instead of its stroker,
    // which took a fifth of a w6chart frame for one RSI line. It reads as a 2-px line.
    const bool thick = drawn.widthF() > 1.0 && drawn.style() == Qt::SolidLine
                       && !painter->testRenderHint(QPainter::Antialiasing);
    QPen thin = drawn;
    thin.setWidthF(1.0);
    thin.setCosmetic(true);
    painter->setPen(thick ? thin : drawn);
    painter->setBrush(Qt::NoBrush);
    QPolygonF run;
    run.reserve(last - first + 1);
    std::vector<QLineF> segments;
    auto flush = [&] {
        if (run.size() > 1 && !thick) {
            painter->drawPolyline(run);
        } else if (run.size() > 1) {
            segments.clear();
            segments.reserve(static_cast<size_t>(run.size()) * 2);
            for (qsizetype i = 1; i < run.size(); ++i) {
                const QPointF a = run[i - 1];
                const QPointF b = run[i];
                const QPointF offset = std::abs(b.x() - a.x()) >= std::abs(b.y() - a.y()) ? QPointF(0.0, 1.0)
                                                                                          : QPointF(1.0, 0.0);
                segments.emplace_back(a, b);
                segments.emplace_back(a + offset, b + offset);
            }
            painter->drawLines(segments.data(), static_cast<int>(segments.size()));
        }
        run.clear();
    };
    // Several bars per pixel column: keep each column's first, lowest, highest and last point, which
    // draws the same pixels as every point would.
    const bool decimate = map.barWidth() < 0.5;
    double column = std::numeric_limits<double>::quiet_NaN();
    QPointF colFirst, colMin, colMax, colLast;
    auto emitColumn = [&] {
        if (std::isnan(column)) {
            return;
        }
        run << colFirst;
        if (colMin.x() < colMax.x()) {
            run << colMin << colMax;
        } else {
            run << colMax << colMin;
        }
        run << colLast;
        column = std::numeric_limits<double>::quiet_NaN();
    };
    for (qsizetype i = first; i <= last; ++i) {
        const double v = values[static_cast<size_t>(i)];
        const double y = finite(v) ? map.y(v) : v;
        if (!finite(y)) {
            emitColumn();
            flush();
            continue;
        }
        const QPointF p(map.x(static_cast<double>(i)), y);
        if (!decimate) {
            run << p;
            continue;
        }
        const double c = std::floor(p.x());
        if (c != column) {
            emitColumn();
            column = c;
            colFirst = colMin = colMax = colLast = p;
            continue;
        }
        colLast = p;
        if (p.y() < colMin.y()) {
            colMin = p;
        }
        if (p.y() > colMax.y()) {
            colMax = p;
        }
    }
    emitColumn();
    flush();
}

void paintHistogram(QPainter* painter,
                    const PlotMap& map,
                    const std::vector<double>& values,
                    const QColor& up,
                    const QColor& down)
{
    std::vector<bool> rising(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        rising[i] = values[i] > 0.0;
    }
    paintColumns(painter, map, values, rising, up, down);
}

void paintBand(QPainter* painter,
               const PlotMap& map,
               const std::vector<double>& upper,
               const std::vector<double>& lower,
               const QColor& fill)
{
    const auto [first, last] = map.visibleBars(static_cast<qsizetype>(std::min(upper.size(), lower.size())));
    QPolygonF top;
    QPolygonF bottom;
    for (qsizetype i = first; i <= last; ++i) {
        const size_t k = static_cast<size_t>(i);
        if (!finite(upper[k]) || !finite(lower[k])) {
            continue;
        }
        const double x = map.x(static_cast<double>(i));
        top << QPointF(x, map.y(upper[k]));
        bottom.prepend(QPointF(x, map.y(lower[k])));
    }
    if (top.size() < 2) {
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawPolygon(top + bottom);
    painter->setBrush(Qt::NoBrush);
}

void paintGuide(QPainter* painter, const PlotMap& map, double value, const QPen& pen)
{
    const double y = map.y(value);
    if (!finite(y) || y < map.plot.top() || y > map.plot.bottom()) {
        return;
    }
    painter->setPen(pen);
    painter->drawLine(QPointF(map.plot.left(), y), QPointF(map.plot.right(), y));
}

} // namespace PlotPainter

PlotItem::PlotItem(Painter painter)
    : m_painter(std::move(painter))
{
    // Over Qt Charts' grid, under the crosshair and tags (ChartPane's overlay z values).
    setZValue(500.0);
}

void PlotItem::setPlotRect(const QRectF& rect)
{
    prepareGeometryChange();
    m_rect = rect;
    m_cacheValid = false;
}

void PlotItem::setCached(bool on)
{
    m_cached = on;
    // The exposed rectangle tells a partial repaint (QStyleOptionGraphicsItem::exposedRect).
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption, on);
    m_cacheValid = false;
    m_cache = QPixmap();
}

void PlotItem::refresh()
{
    m_cacheValid = false;
    update();
}

void PlotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (!m_painter || m_rect.isEmpty()) {
        return;
    }
    const QRectF exposed = m_cached && option ? option->exposedRect.intersected(m_rect) : m_rect;
    const bool whole = exposed.width() * exposed.height() >= m_rect.width() * m_rect.height() * 0.5;
    if (!m_cached || (whole && !m_cacheValid)) {
        // A new frame: painted directly (a pixmap would only add a copy).
        painter->save();
        painter->setClipRect(m_rect);
        m_painter(painter, m_rect);
        painter->restore();
        return;
    }
    // The pixmap covers whole pixels and is painted at a whole-pixel offset, so every bar lands on the
    // pixels a direct paint gives it (a fractional offset would round some edges the other way).
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QRect aligned = m_rect.toAlignedRect();
    if (!m_cacheValid) {
        const QSize size = (QSizeF(aligned.size()) * ratio).toSize();
        if (m_cache.size() != size) {
            m_cache = QPixmap(size);
        }
        m_cache.setDevicePixelRatio(ratio);
        m_cache.fill(Qt::transparent);
        QPainter into(&m_cache);
        into.setRenderHints(painter->renderHints());
        into.translate(-aligned.topLeft());
        into.setClipRect(m_rect);
        m_painter(&into, m_rect);
        m_cacheValid = true;
    }
    const QRectF source((exposed.topLeft() - aligned.topLeft()) * ratio, exposed.size() * ratio);
    painter->drawPixmap(exposed, m_cache, source);
}

} // namespace Tessera::Ui
