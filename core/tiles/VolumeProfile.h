#pragma once

#include <cstddef>
#include <vector>

namespace Tessera::Tiles {

/**
 * Volume profile of a window of bars (the peer's volume_profile): the window's price span
 * [min low, max high] is cut into equal buckets; each bar's volume is spread uniformly over its own
 * [low, high] (bucket share = overlap / (high − low)); a flat bar (high == low) puts all its volume in
 * the bucket holding its close. The point of control (POC) is the bucket with the most volume (the
 * first on ties). The value area starts at the POC and grows one bucket at a time towards the larger
 * neighbour (upwards on ties) until it holds `areaShare` of the volume.
 */
struct VolumeProfile
{
    std::vector<double> edges;   ///< buckets + 1 prices, ascending
    std::vector<double> volumes; ///< shares per bucket
    std::size_t poc = 0;         ///< bucket index of the point of control
    std::size_t areaLow = 0;     ///< first bucket of the value area
    std::size_t areaHigh = 0;    ///< last bucket of the value area
    double areaVolumeShare = 0;  ///< volume in the value area / total volume (0 when no volume)

    double pocPrice() const { return (edges[poc] + edges[poc + 1]) / 2; }
    double valueAreaLow() const { return edges[areaLow]; }
    double valueAreaHigh() const { return edges[areaHigh + 1]; }
};

inline constexpr int kProfileBuckets = 24;
inline constexpr double kValueAreaShare = 0.70;

/**
 * The profile of bars [from, to) of the columns. A degenerate span (max high ≤ min low) is widened to
 * [low, low + 0.01] as the peer does. Pure.
 */
VolumeProfile volumeProfile(const std::vector<double>& high,
                            const std::vector<double>& low,
                            const std::vector<double>& close,
                            const std::vector<double>& volume,
                            std::size_t from,
                            std::size_t to,
                            int buckets = kProfileBuckets,
                            double areaShare = kValueAreaShare);

} // namespace Tessera::Tiles
