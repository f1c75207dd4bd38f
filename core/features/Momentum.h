#pragma once

#include "core/features/Rolling.h"

namespace Tessera::Features {

/**
 * Momentum oscillators (TTR conventions, as ../shared/bench/peer/ta.py). Inputs are adjusted columns;
 * outputs have the input's length and are NaN until their window is full. Pure and thread-safe.
 */

/**
 * RSI(n), Wilder: U = max(ΔC, 0), D = max(−ΔC, 0) (a missing ΔC counts as 0 in both); RSI =
 * 100 · A(U) / (A(U) + A(D)) with A the Wilder EMA (ratio 1/n) seeded with the mean of the first n
 * values. A flat series gives 0/0 = NaN, as TTR does. Range [0, 100].
 */
Series rsi(const Series& close, int n = 14);

/** Stochastic oscillator, in percent (TTR::stoch, then ×100). */
struct Stochastic
{
    Series fastK; ///< 100 · (C − LL(n)) / (HH(n) − LL(n)); 50 when HH == LL (or the ratio is undefined)
    Series slowK; ///< fast %D = SMA(dFast) of the fast %K (what most platforms call "slow %K")
    Series slowD; ///< SMA(dSlow) of the slow %K
};
Stochastic stochastic(
    const Series& high, const Series& low, const Series& close, int n = 14, int dFast = 3, int dSlow = 3);

/**
 * Williams %R(n) = −100 · (HH(n) − C) / (HH(n) − LL(n)), range [−100, 0]; −50 when HH == LL.
 * (TTR::WPR returns the positive fraction; the sign and scale follow the common −100..0 display.)
 */
Series williamsR(const Series& high, const Series& low, const Series& close, int n = 14);

/**
 * CCI(n) = (TP − SMA(TP, n)) / (0.015 · MD), TP = (H + L + C)/3, MD = mean |TP − SMA(TP)| over the
 * window (the mean deviation from the current window's mean, TTR::CCI). NaN when MD is 0.
 */
Series cci(const Series& high, const Series& low, const Series& close, int n = 20);

/** Rate of change, discrete: C[t]/C[t−n] − 1 (a fraction, TTR::ROC type "discrete"). */
Series roc(const Series& close, int n = 10);

/** Momentum: C[t] − C[t−n], in price units (TTR::momentum). */
Series momentum(const Series& close, int n = 10);

} // namespace Tessera::Features
