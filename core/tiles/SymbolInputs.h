#pragma once

#include <cstddef>

#include "core/features/Microstructure.h"
#include "core/features/Volatility.h"
#include "core/market/BarSeries.h"
#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Tiles {

/**
 * Everything the tiles, the slippage model and the verdict share, computed once per symbol (the
 * features over the whole history, the indicators the price tiles slice, and the peer's scalar inputs).
 * Holds a reference to the bars: keep them alive while the inputs are used.
 */
struct SymbolInputs
{
    const BarSeries& bars;
    Features::Microstructure features; ///< the nine seed-002 features over the whole history
    Features::Bollinger bollinger;     ///< (20, 2σ population)
    Features::Series ma5, ma20, ma50;  ///< SMA of the close
    Features::Series clv;  ///< close location value ((C−L) − (H−C))/(H−L), 0 for flat bars
    std::size_t count = 0; ///< bars
    std::size_t from = 0;  ///< first bar of the tile window: count − min(tileBars, count)
    double price = 0;      ///< last close
    /**
     * Daily volatility: the last 20-bar sample sd of log returns, or, when that is missing (short
     * history), the population sd of all log returns (the peer's np.nanstd fallback).
     */
    double vol = 0;
    /** ADV20: mean volume of the last 20 bars (all bars when fewer), 1 when that is not positive. */
    double adv = 0;
    double spreadFrac =
        0; ///< modelled quoted spread as a fraction of the mid: clip(impactK·vol, 2 bps, 500 bps)
    double flowTilt = 0; ///< the last coordinated flow clipped to [−1, 1] (0 when missing)
};

/** Computes the inputs for bars (at least two bars). */
SymbolInputs prepareInputs(const BarSeries& bars, const AnalysisSettings& settings);

} // namespace Tessera::Tiles
