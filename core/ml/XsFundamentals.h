#pragma once

#include <vector>

#include <QList>
#include <QStringList>

#include "core/fundamentals/Fundamentals.h"
#include "core/market/BarSeries.h"

namespace Tessera::Ml {

/**
 * The fundamental feature columns of the cross-sectional models (seed 003's list, made comparable across
 * symbols): log_market_cap (ln of the market cap: sizes span five orders of magnitude), pe_ratio,
 * pb_ratio, roe, beta, debt_to_equity, revenue_growth, earnings_growth, operating_margin, net_margin.
 * The seed's eps is left out: earnings per share in currency units carry the share count and the
 * split history, as atr_14 carries the price level (pe_ratio holds the same information scale-free).
 */
const QStringList& xsFundamentalFeatureNames();

/**
 * Point-in-time fundamental columns for one symbol's bars: row i holds the values of the newest record
 * dated on or before bars[i]'s date, NaN before the first record and for values a record lacks. So a row
 * never sees a value collected after its day — fundamentals are only as old as Tessera's collection of
 * them (a history that starts today leaves every earlier row missing, which XGBoost treats as missing).
 * Returns bars.size() × xsFundamentalFeatureNames().size() values, row-major. `history` in any order.
 */
std::vector<double> pointInTimeFundamentals(const BarSeries& bars, QList<Fundamentals::Record> history);

} // namespace Tessera::Ml
