#pragma once

#include <optional>

#include "core/market/Bar.h"
#include "core/market/BarSeries.h"
#include "core/portfolio/PortfolioTypes.h"

namespace Tessera::Portfolio {

/** How the paper account fills (settings portfolio/marketFill, portfolio/maxParticipation). */
struct FillSettings
{
    bool marketAtClose = false;    ///< market orders fill at the bar's close instead of its open
    double maxParticipation = 0.1; ///< at most this fraction of a bar's volume fills per bar (0: no cap)
};

/** What one bar does to a working order. */
struct BarOutcome
{
    bool triggers = false; ///< a stop's trigger is crossed on this bar
    double quantity = 0;   ///< fills this much (0: nothing)
    double price = 0;      ///< at this price, before slippage
    bool slips = false;    ///< a market-style fill (market, stop-market): slippage applies
};

/**
 * The fill rules of the paper simulator on one daily bar (the order was placed on an earlier day).
 *
 * - Market: the bar's open (or close, setting).
 * - Limit buy at L: the open when the bar opens at or below L (a gap down fills at the better open),
 *   else L when the low reaches L; a sell limit mirrors it (open when it opens at or above L, else L
 *   when the high reaches L). Limit fills never slip: a limit is never filled worse than its price.
 * - Stop-market buy triggered at T: the open when the bar opens at or above T (a gap through the stop
 *   fills at the worse open), else T when the high reaches T; a sell stop mirrors it (open at or below T,
 *   else T when the low reaches T). Slippage applies.
 * - Stop-limit (T, L): triggers as above; then it is a limit at L from the trigger price on — it fills on
 *   the trigger bar at the trigger price (the open or T) when that satisfies L, otherwise it works as a
 *   limit from the next bar (within one daily bar the order of the moves after the trigger is unknown).
 * - Volume: at most maxParticipation × the bar's volume fills per bar (whole shares when the order is
 *   in whole shares); the rest stays open (partially filled) for the next bars.
 */
BarOutcome simulateBar(const Order& order, const Bar& bar, const FillSettings& settings);

/**
 * The one-way slippage, in basis points, of an order of notional on the bar at index of series: the
 * square-root impact model (tiles/Slippage.h) with ADV the mean volume and vol the sample sd of log
 * returns of the 20 bars before it, spread = clamp(0.1·vol, 2 bp, 5 %), as the analysis tiles do.
 * 0 when there is not enough history (fewer than 3 bars).
 */
double slippageBps(const BarSeries& series, qsizetype index, double notional);

} // namespace Tessera::Portfolio
