#pragma once

#include "core/features/Rolling.h"

namespace Tessera::Features {

/**
 * Volume indicators (TTR conventions, as ../shared/bench/peer/ta.py). Volume is in shares, prices
 * adjusted. Outputs have the input's length and are NaN until their window is full. Pure, thread-safe.
 */

/**
 * On-balance volume (TTR::OBV): OBV[0] = V[0]; then + V on a rising close, − V on a falling one, and
 * no change when |ln C[t] − ln C[t−1]| < √ε (ε = machine epsilon, so float noise is "unchanged").
 * A missing close counts as falling; a missing volume makes the rest of the running sum missing.
 */
Series obv(const Series& close, const Series& volume);

/**
 * Money flow index MFI(n): TP = (H+L+C)/3, flow = TP·V, split by TP rising/falling against the
 * previous TP, summed over n bars; 100 − 100/(1 + Σpos/Σneg). 100 when Σneg = 0, 50 when both are 0.
 */
Series mfi(const Series& high, const Series& low, const Series& close, const Series& volume, int n = 14);

/**
 * Close location value ((C−L) − (H−C)) / (H−L), in [−1, 1]; 0 when H == L or an input is missing
 * (TTR::CLV).
 */
Series closeLocationValue(const Series& high, const Series& low, const Series& close);

/** Chaikin money flow CMF(n) = Σ(CLV·V) / ΣV over n bars (TTR::CMF). */
Series chaikinMoneyFlow(
    const Series& high, const Series& low, const Series& close, const Series& volume, int n = 20);

/** Rolling volume-weighted average price Σ(C·V) / ΣV over n bars. */
Series vwap(const Series& close, const Series& volume, int n = 20);

/** Average volume: the mean volume of the last n bars (seed 003's avg_volume_30d with n = 30). */
Series averageVolume(const Series& volume, int n = 30);

} // namespace Tessera::Features
