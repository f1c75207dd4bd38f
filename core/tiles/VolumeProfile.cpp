#include "core/tiles/VolumeProfile.h"

#include <algorithm>

#include "core/features/Rolling.h"
#include "core/tiles/NumpyCompat.h"

namespace Tessera::Tiles {

VolumeProfile volumeProfile(const std::vector<double>& high,
                            const std::vector<double>& low,
                            const std::vector<double>& close,
                            const std::vector<double>& volume,
                            std::size_t from,
                            std::size_t to,
                            int buckets,
                            double areaShare)
{
    double lo = low[from];
    double hi = high[from];
    for (std::size_t i = from; i < to; ++i) {
        lo = std::min(lo, low[i]);
        hi = std::max(hi, high[i]);
    }
    if (hi <= lo) {
        hi = lo + 0.01;
    }
    VolumeProfile p;
    p.edges = linspace(lo, hi, buckets + 1);
    const auto count = static_cast<std::size_t>(buckets);
    p.volumes.assign(count, 0.0);
    const std::vector<double>& e = p.edges;
    // Bars in order, buckets inner: the same summation order as numpy's (w * v).sum(axis=0).
    for (std::size_t i = from; i < to; ++i) {
        const double range = high[i] - low[i];
        if (range > 0) {
            for (std::size_t b = 0; b < count; ++b) {
                const double overlap = std::min(high[i], e[b + 1]) - std::max(low[i], e[b]);
                p.volumes[b] += (overlap > 0 ? overlap / range : 0.0) * volume[i];
            }
        } else {
            // searchsorted(edges, close, side="right") − 1, clipped to the buckets.
            const auto right = std::upper_bound(e.begin(), e.end(), close[i]) - e.begin();
            const auto b = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(right - 1, 0, buckets - 1));
            p.volumes[b] += volume[i];
        }
    }
    p.poc =
        static_cast<std::size_t>(std::max_element(p.volumes.begin(), p.volumes.end()) - p.volumes.begin());
    const double total = Features::pairwiseSum(p.volumes.data(), count);
    const double target = areaShare * total;
    std::size_t a = p.poc;
    std::size_t b = p.poc;
    double acc = p.volumes[p.poc];
    while (acc < target && (a > 0 || b < count - 1)) {
        const double up = b < count - 1 ? p.volumes[b + 1] : -1.0;
        const double down = a > 0 ? p.volumes[a - 1] : -1.0;
        if (up >= down) {
            ++b;
            acc += up;
        } else {
            --a;
            acc += down;
        }
    }
    p.areaLow = a;
    p.areaHigh = b;
    p.areaVolumeShare = total != 0 ? acc / total : 0.0;
    return p;
}

} // namespace Tessera::Tiles
