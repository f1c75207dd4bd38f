#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace Tessera::Tiles {

/**
 * Histogram of the window's simple daily returns (the peer's returns_histogram: numpy.histogram with
 * 20 equal bins over [min, max], last bin closed; missing returns left out; all zeros when there are
 * none) plus Tessera's fitted normal: the maximum-likelihood normal N(mean, sd²) (sd with divisor n)
 * and the count it expects in each bin, n · (Φ(edge[i+1]) − Φ(edge[i])), so a chart can draw the
 * curve on the bars' scale.
 */
struct ReturnsHistogram
{
    std::vector<std::int64_t> counts;
    std::vector<double> edges;          ///< counts.size() + 1, fractions (0.01 = 1 %)
    double mean = 0;                    ///< NaN without returns
    double sd = 0;                      ///< NaN without returns
    std::vector<double> expectedCounts; ///< per bin; NaN when sd is not positive
};

inline constexpr int kHistogramBins = 20;

/** The histogram of returns[from, to). */
ReturnsHistogram returnsHistogram(const std::vector<double>& returns,
                                  std::size_t from,
                                  std::size_t to,
                                  int bins = kHistogramBins);

} // namespace Tessera::Tiles
