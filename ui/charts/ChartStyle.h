#pragma once

#include <cmath>

#include <QColor>
#include <QPen>

namespace Tessera::Ui::ChartStyle {

/** Small helpers shared by the panes of the candle chart (ui/charts only). */

/** A 1-pixel pen whatever the view's scale: crisp wicks, grid and guide lines. */
inline QPen cosmeticPen(const QColor& color, Qt::PenStyle style = Qt::SolidLine, double width = 1.0)
{
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    return pen;
}

/** 1, 2, 2.5 or 5 times a power of ten, at least raw: a step people read easily on an axis. */
inline double niceStep(double raw)
{
    if (!(raw > 0.0) || !std::isfinite(raw)) {
        return 1.0;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    const double nice = f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 2.5 ? 2.5 : f <= 5.0 ? 5.0 : 10.0;
    return nice * magnitude;
}

/** Decimals needed to print multiples of step exactly (2.5 needs one more than 2 or 5). */
inline int decimalsFor(double step)
{
    int decimals = 0;
    while (decimals < 6
           && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals)))
                  > 1e-6) {
        ++decimals;
    }
    return decimals;
}

} // namespace Tessera::Ui::ChartStyle
