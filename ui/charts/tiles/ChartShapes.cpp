#include "ui/charts/tiles/ChartShapes.h"

#include <cmath>

#include <QAreaSeries>
#include <QLineSeries>
#include <QPen>

namespace Tessera::Ui {

QAreaSeries* rectangleSeries(double x0, double x1, double y0, double y1, const QColor& fill)
{
    auto* upper = new QLineSeries;
    upper->append(x0, y1);
    upper->append(x1, y1);
    auto* lower = new QLineSeries;
    lower->append(x0, y0);
    lower->append(x1, y0);
    auto* area = new QAreaSeries(upper, lower);
    area->setBrush(fill);
    QPen outline(fill.darker(130));
    outline.setCosmetic(true);
    outline.setWidthF(0.6);
    area->setPen(outline);
    return area;
}

QLineSeries* indexedLineSeries(const QList<double>& values, const QColor& color, qreal width)
{
    QList<QPointF> points;
    points.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i])) {
            points.append(QPointF(static_cast<double>(i), values[i]));
        }
    }
    auto* line = new QLineSeries;
    line->replace(points);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setCosmetic(true);
    line->setPen(pen);
    return line;
}

QLineSeries*
segmentSeries(double x0, double y0, double x1, double y1, const QColor& color, qreal w, bool dashed)
{
    auto* line = new QLineSeries;
    line->append(x0, y0);
    line->append(x1, y1);
    QPen pen(color);
    pen.setWidthF(w);
    pen.setCosmetic(true);
    if (dashed) {
        pen.setStyle(Qt::DashLine);
    }
    line->setPen(pen);
    return line;
}

} // namespace Tessera::Ui
