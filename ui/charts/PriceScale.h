#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringView>

namespace Tessera::Ui {

/** How the price pane maps prices to height. */
enum class PriceScale
{
    Linear,
    Log,    ///< equal heights for equal ratios; the pane plots ln(price)
    Percent ///< linear, labelled in percent from the close of the first visible bar
};

/** "linear", "log", "percent". */
QString priceScaleKey(PriceScale scale);
std::optional<PriceScale> priceScaleFromKey(QStringView key);

/**
 * Price-axis tick picking (lightweight-charts' price-tick-span-calculator, simplified). Pure functions.
 */
namespace PriceTicks {

/** Labels a pane of this plot height gets: about one per 45 px, never fewer than 2 nor more than 14. */
int maxTicks(double plotHeightPx);

/** Multiples of a 1/2/2.5/5 × 10^k step inside [lo, hi], at most maxTicks of them (at least 2 when any fit).
 */
QList<double> linear(double lo, double hi, int maxTicks);

/**
 * Ticks for a log scale over prices [lo, hi] (lo > 0): the densest of the mantissa sets {1..9}, {1, 2, 5},
 * {1, 3}, {1} × 10^k (then every 2nd, 5th, 10th decade) that gives at most maxTicks values inside the
 * range. A range too narrow for 3 such values (less than about 3×) gets linear() ticks instead, which
 * on so short a log scale are nearly evenly spaced.
 */
QList<double> log(double lo, double hi, int maxTicks);

/**
 * Percent-scale ticks: percent changes from base (a multiple of a nice step) whose prices lie inside
 * [lo, hi]; returned as percents (0 = base). base must be > 0.
 */
QList<double> percent(double lo, double hi, double base, int maxTicks);

} // namespace PriceTicks

} // namespace Tessera::Ui
