#pragma once

#include <cstdint>

#include "core/features/Rolling.h"
#include "core/market/BarSeries.h"

namespace Tessera::Features {

/**
 * The seed-002 microstructure features for daily bars, with the reference semantics of
 * ../shared/bench/peer/pipeline.py (compute_features). r is the simple return C[t]/C[t−1] − 1 (a
 * missing close is carried forward first, pandas pct_change), every window is 20 bars, standard
 * deviations are sample (n−1), and ±∞ results become NaN.
 *
 *   returns            r
 *   amihud             mean over 20 bars of |r| / (C·V) (Amihud illiquidity: return per unit of
 *                      traded value); needs only 15 of the 20 values present; days with C·V = 0 are
 *                      missing
 *   kyleLambda         OLS slope of r on the signed traded value sign(r)·C·V over 20 bars
 *                      = cov(r, s) / var(s) (Kyle's λ, price impact per unit of signed flow)
 *   fragmentation      hl / mean(hl over 20 bars), hl = (H − L)/C: a proxy of the market-
 *                      fragmentation coefficient (> 1 = a wider, more dispersed range than usual)
 *   volumeZ            (V − mean20(V)) / sd20(V)
 *   volatility         sample sd of 20 log returns (daily, not annualised; equals vol_20)
 *   coordinatedFlow    mean20(sign(C − O)·V) / mean20(V): buy/sell imbalance in [−1, 1]
 *   hlRatio            (H − L)/C
 *   weekday            day of week, Monday = 0 … Friday = 4 (daily bars have no time of day: the
 *                      seed's "time of day" feature)
 *
 * Pure and thread-safe.
 */
struct Microstructure
{
    Series returns;
    Series amihud;
    Series kyleLambda;
    Series fragmentation;
    Series volumeZ;
    Series volatility;
    Series coordinatedFlow;
    Series hlRatio;
    Series weekday;
};

/** The window every microstructure feature uses. */
inline constexpr int kMicrostructureWindow = 20;

/** Simple returns with pandas pct_change semantics (missing closes carried forward). */
Series simpleReturns(const Series& close);

/** Computes the features for an adjusted series; logReturns may be passed in when already computed. */
Microstructure microstructure(const BarSeries& adjusted, const Series* logReturns = nullptr);

/** Day of week of a Julian day, Monday = 0. */
inline double weekdayOf(qint64 julianDay)
{
    return static_cast<double>(julianDay % 7); // JD 0 was a Monday
}

} // namespace Tessera::Features
