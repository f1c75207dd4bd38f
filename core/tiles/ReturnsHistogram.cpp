#include "core/tiles/ReturnsHistogram.h"

#include <cmath>

#include "core/features/Rolling.h"
#include "core/tiles/NumpyCompat.h"

namespace Tessera::Tiles {
namespace {

/** Standard normal cumulative distribution function. */
double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

} // namespace

ReturnsHistogram
returnsHistogram(const std::vector<double>& returns, std::size_t from, std::size_t to, int bins)
{
    std::vector<double> finite;
    finite.reserve(to - from);
    for (std::size_t i = from; i < to; ++i) {
        if (std::isfinite(returns[i])) {
            finite.push_back(returns[i]);
        }
    }
    const auto nBins = static_cast<std::size_t>(bins);
    ReturnsHistogram h;
    if (finite.empty()) {
        h.counts.assign(nBins, 0);
        h.edges.assign(nBins + 1, 0.0);
        h.mean = h.sd = Features::nan();
        h.expectedCounts.assign(nBins, Features::nan());
        return h;
    }
    Histogram counted = histogram(finite, bins);
    h.counts = std::move(counted.counts);
    h.edges = std::move(counted.edges);

    const auto n = static_cast<double>(finite.size());
    h.mean = Features::pairwiseSum(finite.data(), finite.size()) / n;
    double squares = 0;
    for (double r : finite) {
        squares += (r - h.mean) * (r - h.mean);
    }
    h.sd = std::sqrt(squares / n);
    h.expectedCounts.resize(nBins);
    for (std::size_t b = 0; b < nBins; ++b) {
        h.expectedCounts[b] =
            h.sd > 0
                ? n * (normalCdf((h.edges[b + 1] - h.mean) / h.sd) - normalCdf((h.edges[b] - h.mean) / h.sd))
                : Features::nan();
    }
    return h;
}

} // namespace Tessera::Tiles
