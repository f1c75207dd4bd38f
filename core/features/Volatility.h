#pragma once

#include "core/features/Rolling.h"

namespace Tessera::Features {

/**
 * Volatility indicators (TTR conventions, as ../shared/bench/peer/ta.py). Inputs are adjusted
 * columns; outputs have the input's length and are NaN until their window is full. Pure, thread-safe.
 */

/** True range: max(H, C[t−1]) − min(L, C[t−1]); NaN on the first bar (no previous close), as TTR. */
Series trueRange(const Series& high, const Series& low, const Series& close);

/** ATR(n): Wilder EMA (ratio 1/n) of the true range, seeded with the mean of its first n values. */
Series atr(const Series& trueRange, int n = 14);

/** ATR as a percentage of the close: 100 · ATR / C (seed 003's atr_percentage). */
Series atrPercent(const Series& atr, const Series& close);

/** Bollinger bands with the population standard deviation (TTR::BBands, sd with divisor n). */
struct Bollinger
{
    Series lower;  ///< middle − k·σ
    Series middle; ///< SMA(n) of the close
    Series upper;  ///< middle + k·σ
    Series pctB;   ///< (C − lower) / (upper − lower); NaN when the bands collapse (σ = 0)
    Series width;  ///< (upper − lower) / middle
};
Bollinger bollinger(const Series& close, int n = 20, double k = 2.0);

/** Log returns ln(C[t]/C[t−1]) computed as ln C[t] − ln C[t−1]; NaN on the first bar. */
Series logReturns(const Series& close);

/** Rolling volatility: sample standard deviation (divisor n−1) of n log returns; daily, not annualised. */
Series rollingVolatility(const Series& logReturns, int n);

/**
 * Historical volatility over one year: the sample standard deviation of the last 252 daily log returns
 * times √252 (annualised, a fraction: 0.25 = 25 %). Needs 253 bars; NaN before.
 */
Series historicalVolatility(const Series& logReturns, int n = 252);

} // namespace Tessera::Features
