#pragma once

#include "core/features/Rolling.h"

namespace Tessera::Features {

/**
 * Trend indicators. Inputs are the split/dividend-adjusted columns (BarSeries::adjusted()); outputs
 * have the input's length, NaN until their window is full (never 0). Conventions are TTR's (R), as
 * implemented by the reference ../shared/bench/peer/ta.py; every function is pure and thread-safe.
 */

/** Simple moving average: mean of the last n closes (TTR::SMA). */
Series sma(const Series& close, int n);

/** Exponential moving average seeded with the SMA of the first n values, ratio 2/(n+1) (TTR::EMA). */
inline Series exponentialMovingAverage(const Series& close, int n)
{
    return ema(close, n, false);
}

/** MACD in price units (TTR::MACD percent = FALSE). */
struct Macd
{
    Series macd;      ///< EMA(fast) − EMA(slow)
    Series signal;    ///< EMA(signal) of macd, seeded with the SMA of its first `signal` values
    Series histogram; ///< macd − signal
};
Macd macd(const Series& close, int fast = 12, int slow = 26, int signal = 9);

/** Directional movement (Wilder; TTR::ADX with wilderSum seeds). */
struct Adx
{
    Series plusDi;  ///< +DI = 100 · wilderSum(+DM) / wilderSum(TR)
    Series minusDi; ///< −DI = 100 · wilderSum(−DM) / wilderSum(TR)
    Series dx;      ///< DX = 100 · |+DI − −DI| / (+DI + −DI)
    Series adx;     ///< ADX = Wilder EMA(n) of DX
};

/**
 * ADX(n). dH = H[t]−H[t−1], dL = L[t−1]−L[t]; +DM = dH if dH > dL and not (both < 0), −DM = dL if
 * dL > dH and not (both < 0), else 0 (ties give 0 to both). trueRange is the TR column
 * (Volatility.h), passed in because ATR shares it.
 */
Adx adx(const Series& high, const Series& low, const Series& trueRange, int n = 14);

} // namespace Tessera::Features
