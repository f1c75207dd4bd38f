#include "core/tiles/AbsorptionFlow.h"

#include <algorithm>

#include "core/features/Rolling.h"

namespace Tessera::Tiles {

AbsorptionFlow absorptionFlow(const std::vector<double>& volume,
                              const std::vector<double>& clv,
                              std::size_t from,
                              std::size_t to)
{
    AbsorptionFlow f;
    const std::size_t n = to - from;
    f.buy.resize(n);
    f.sell.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        f.buy[i] = volume[from + i] * (1 + clv[from + i]) / 2;
        f.sell[i] = volume[from + i] * (1 - clv[from + i]) / 2;
    }
    // numpy sums (pairwise), as the peer's .sum().
    f.buyTotal = Features::pairwiseSum(f.buy.data(), n);
    f.sellTotal = Features::pairwiseSum(f.sell.data(), n);
    const double total = Features::pairwiseSum(volume.data() + from, n);
    f.imbalance = (f.buyTotal - f.sellTotal) / std::max(total, 1.0);
    return f;
}

} // namespace Tessera::Tiles
