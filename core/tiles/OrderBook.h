#pragma once

#include <vector>

namespace Tessera::Tiles {

/**
 * A SYNTHETIC order book (the peer's order_book): no exchange depth is read; levels are modelled from
 * the last price, the modelled spread and ADV20. Level i (0..9) on each side sits at
 * mid · (1 ∓ s/2 ∓ i·s/2) with s = spreadFrac, and holds 0.2 % of ADV20 growing 25 % per level,
 * tilted by the coordinated flow: bids × (1 + 0.2·tilt), asks × (1 − 0.2·tilt). Prices in the
 * symbol's currency, sizes in shares.
 */
struct OrderBook
{
    struct Level
    {
        double price = 0;
        double size = 0;
    };
    double mid = 0;
    double spreadBps = 0;    ///< spreadFrac · 10⁴
    std::vector<Level> bids; ///< best first (descending prices)
    std::vector<Level> asks; ///< best first (ascending prices)
};

inline constexpr int kOrderBookLevels = 10;

OrderBook syntheticOrderBook(double mid, double spreadFrac, double adv, double flowTilt);

} // namespace Tessera::Tiles
