#pragma once

#include <vector>

namespace Tessera::Tiles {

/**
 * Square-root market-impact model (the peer's sqrt_cost_bps). For an order of `notional` currency
 * units at `price`: Q = notional / price shares;
 *     half_spread_bps = 0.5 · spreadFrac · 10⁴
 *     impact_bps      = 10⁴ · k · vol · √(Q / ADV)
 *     cost_bps        = half_spread_bps + impact_bps
 * with vol the daily volatility (fraction), ADV the 20-day mean volume in shares and k the impact
 * coefficient (0.1). Costs are in basis points of the notional.
 */
struct SlippageCost
{
    double notional = 0;
    double shares = 0;
    double participation = 0; ///< Q / ADV
    double halfSpreadBps = 0;
    double impactBps = 0;
    double costBps = 0;
    double costValue() const { return notional * costBps / 1e4; } ///< currency units
};

/** The market state the model reads. */
struct SlippageModel
{
    double price = 0;
    double adv = 0;        ///< shares
    double vol = 0;        ///< daily, fraction
    double spreadFrac = 0; ///< quoted spread / mid
    double impactK = 0.1;

    SlippageCost cost(double notional) const;
};

/** The deterministic cost of each notional size. */
std::vector<SlippageCost> slippageSizes(const SlippageModel& model, const std::vector<double>& notionals);

/**
 * The slippage-samples tile: costs of 50 orders whose participation runs geometrically from 0.1 % to
 * 20 % of ADV (numpy.geomspace), notional = participation · ADV · price.
 */
std::vector<SlippageCost> slippageSamples(const SlippageModel& model, int samples = 50);

} // namespace Tessera::Tiles
