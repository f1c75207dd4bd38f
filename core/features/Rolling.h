#pragma once

#include <cstddef>
#include <vector>

namespace Tessera::Features {

/** A column of values aligned with a symbol's bars; NaN marks a missing value (never 0). */
using Series = std::vector<double>;

/**
 * The numeric building blocks every indicator uses. They reproduce, operation for operation, the
 * algorithms of the reference implementation (../shared/bench/peer/ta.py, i.e. pandas 1.5 and numpy
 * 1.24), so Tessera's values agree with it to the last few bits, not just to a tolerance:
 *
 *  - rolling mean/sum: running sums with Kahan compensation (separate compensations for values
 *    entering and leaving the window); a window whose values are all identical returns that value
 *    exactly; a mean of non-negative values is never negative.
 *  - rolling variance: Welford's online update with Kahan compensation; a window of identical values
 *    has variance 0 exactly.
 *  - "min periods": the result is NaN until the window holds that many non-NaN values (n by default),
 *    so a NaN inside a window makes the result NaN until it has left the window.
 *  - seeded EMA: pandas ewm(adjust=False) started at a seed; a NaN input keeps the previous value and
 *    lets the weight of the past decay one more step (ignore_na=False).
 *
 * All functions are pure and thread-safe; they never read past the end of their inputs and treat
 * inputs of different lengths as an error of the caller (Q_ASSERT in debug builds).
 */

/** NaN. */
double nan();

/** Index of the first non-NaN value, or x.size(). */
std::size_t firstValid(const Series& x);

/** numpy's pairwise summation of n contiguous values (what np.sum / np.mean use). */
double pairwiseSum(const double* x, std::size_t n);

/** Rolling mean over n values; NaN until minPeriods (default n) non-NaN values are in the window. */
Series rollingMean(const Series& x, int n, int minPeriods = -1);

/** Rolling sum over n values; NaN until n non-NaN values are in the window. */
Series rollingSum(const Series& x, int n);

/** Rolling variance over n values with ddof 0 (population) or 1 (sample). */
Series rollingVar(const Series& x, int n, int ddof);

/** Square root of rollingVar (negative rounding noise clamps to 0). */
Series rollingStd(const Series& x, int n, int ddof);

/** Rolling maximum / minimum over n values; NaN when the window holds a NaN or is not full. */
Series rollingMax(const Series& x, int n);
Series rollingMin(const Series& x, int n);

/**
 * Rolling sample covariance of x and y over n values, as pandas computes it:
 * (mean(x·y) − mean(x)·mean(y)) · k/(k−1) with k the number of pairs where both are present; a NaN in
 * either series masks the pair in both.
 */
Series rollingCov(const Series& x, const Series& y, int n);

/**
 * y[seedAt] = seed, then y[t] = (1−a)·y[t−1] + a·x[t] (pandas ewm, adjust=False, ignore_na=False),
 * NaN before seedAt. A NaN seed starts the recursion at the next non-NaN x instead.
 */
Series seededEwm(const Series& x, double alpha, std::size_t seedAt, double seed);

/**
 * TTR::EMA: seeded with the mean of the first n non-NaN values, placed at the n-th of them;
 * ratio 2/(n+1), or 1/n for Wilder's smoothing. All NaN when fewer than n values follow the first
 * non-NaN one.
 */
Series ema(const Series& x, int n, bool wilder = false);

/**
 * TTR::wilderSum divided by n: s[b] = (x[b] + (n−1)/n · Σ x[f..b−1]) / n at b = f+n−1, then
 * s[t] = (1−1/n)·s[t−1] + x[t]/n. Ratios of two wilderSums (ADX's ±DI) equal TTR's exactly.
 */
Series wilderSum(const Series& x, int n);

/** x[t] − x[t−lag]; NaN for t < lag. */
Series difference(const Series& x, int lag = 1);

/** x[t−lag] (lag > 0) or x[t+|lag|] (lag < 0); NaN where that index does not exist. */
Series shifted(const Series& x, int lag);

} // namespace Tessera::Features
