#include "core/tiles/OrderBook.h"

namespace Tessera::Tiles {

OrderBook syntheticOrderBook(double mid, double spreadFrac, double adv, double flowTilt)
{
    OrderBook book;
    book.mid = mid;
    book.spreadBps = spreadFrac * 1e4;
    book.bids.reserve(kOrderBookLevels);
    book.asks.reserve(kOrderBookLevels);
    for (int level = 0; level < kOrderBookLevels; ++level) {
        // Operation order as the peer's numpy expressions, so prices agree to the last bit.
        const double depth = adv * 0.002 * (1 + 0.25 * level);
        book.bids.push_back(
            {mid * (1 - spreadFrac / 2 - level * spreadFrac / 2), depth * (1 + 0.2 * flowTilt)});
        book.asks.push_back(
            {mid * (1 + spreadFrac / 2 + level * spreadFrac / 2), depth * (1 - 0.2 * flowTilt)});
    }
    return book;
}

} // namespace Tessera::Tiles
