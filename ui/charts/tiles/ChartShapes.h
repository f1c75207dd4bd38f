#pragma once

#include <QColor>
#include <QList>

class QAreaSeries;
class QLineSeries;

namespace Tessera::Ui {

/**
 * Small Qt Charts building blocks the tiles share. Qt Charts has no rectangle or heat-cell item, so a
 * filled rectangle is an area series between two horizontal lines: it sits on value axes, scales with
 * them and reports hovers like any series.
 */
QAreaSeries* rectangleSeries(double x0, double x1, double y0, double y1, const QColor& fill);
/** A straight line from (x0, y0) to (x1, y1), pen width w, optionally dashed. */
/** values[i] at x = i, NaN values left out (the line starts where the indicator is defined). */
QLineSeries* indexedLineSeries(const QList<double>& values, const QColor& color, qreal width);
QLineSeries*
segmentSeries(double x0, double y0, double x1, double y1, const QColor& color, qreal w, bool dashed);

} // namespace Tessera::Ui
