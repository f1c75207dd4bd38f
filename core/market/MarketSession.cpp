#include "core/market/MarketSession.h"

namespace Tessera {

MarketSession sessionOf(const Market& market)
{
    if (market.id == u"NSE" || market.id == u"BSE") {
        return MarketSession{QTimeZone("Asia/Kolkata"), 9 * 60 + 15, 15 * 60 + 30, true};
    }
    if (market.id == u"US") {
        return MarketSession{QTimeZone("America/New_York"), 9 * 60 + 30, 16 * 60, true};
    }
    return MarketSession{};
}

} // namespace Tessera
