#include "core/tiles/Slippage.h"

#include <cmath>

#include "core/tiles/NumpyCompat.h"

namespace Tessera::Tiles {

SlippageCost SlippageModel::cost(double notional) const
{
    SlippageCost c;
    c.notional = notional;
    c.shares = notional / price;
    c.participation = c.shares / adv;
    // Operation order as the peer's numpy expressions (1e4·k first, then ·vol, then ·√(Q/ADV)).
    c.halfSpreadBps = 0.5 * spreadFrac * 1e4;
    c.impactBps = 1e4 * impactK * vol * std::sqrt(c.shares / adv);
    c.costBps = c.halfSpreadBps + c.impactBps;
    return c;
}

std::vector<SlippageCost> slippageSizes(const SlippageModel& model, const std::vector<double>& notionals)
{
    std::vector<SlippageCost> out;
    out.reserve(notionals.size());
    for (double notional : notionals) {
        out.push_back(model.cost(notional));
    }
    return out;
}

std::vector<SlippageCost> slippageSamples(const SlippageModel& model, int samples)
{
    const std::vector<double> participation = geomspace(0.001, 0.20, samples);
    std::vector<SlippageCost> out;
    out.reserve(participation.size());
    for (double p : participation) {
        SlippageCost c = model.cost(p * model.adv * model.price);
        c.participation = p; // the tile reports the planned participation, not Q/ADV after rounding
        out.push_back(c);
    }
    return out;
}

} // namespace Tessera::Tiles
