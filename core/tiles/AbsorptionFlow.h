#pragma once

#include <cstddef>
#include <vector>

namespace Tessera::Tiles {

/**
 * Absorption flow (the peer's absorption_flow): each bar's volume split into buying and selling by
 * its close location value: buy = V·(1 + CLV)/2, sell = V·(1 − CLV)/2 (a close at the high is all
 * buying, at the low all selling, a flat bar half and half). Volumes in shares.
 */
struct AbsorptionFlow
{
    std::vector<double> buy;  ///< per bar of the window
    std::vector<double> sell; ///< per bar of the window
    double buyTotal = 0;
    double sellTotal = 0;
    /** (Σbuy − Σsell) / max(ΣV, 1), in [−1, 1]. */
    double imbalance = 0;
};

/** The flow of bars [from, to); clv is the close location value column. */
AbsorptionFlow absorptionFlow(const std::vector<double>& volume,
                              const std::vector<double>& clv,
                              std::size_t from,
                              std::size_t to);

} // namespace Tessera::Tiles
