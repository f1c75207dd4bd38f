#pragma once

#include <cstdint>
#include <vector>

#include <QByteArray>

namespace Tessera::Tiles {

/**
 * The few numpy/Python conventions the seed-002 reference (../shared/bench/peer/pipeline.py, numpy
 * 1.24) relies on, reproduced operation for operation so Tessera's tiles agree with its JSON to the
 * last digit of the rounding. Pure and thread-safe.
 */

/**
 * Python's round(x, digits) on a float (the peer's fnum / finite_list): the double nearest to the
 * decimal rounding of the exact binary value, ties to even. NaN and ±∞ are returned unchanged.
 * digits is 0..9.
 */
double pyRound(double x, int digits);

/** numpy.linspace(start, stop, num) with endpoint: start + i·step, step = (stop − start)/(num − 1), last =
 * stop. */
std::vector<double> linspace(double start, double stop, int num);

/** numpy.geomspace(start, stop, num): 10^linspace(log10 start, log10 stop), endpoints set exactly. */
std::vector<double> geomspace(double start, double stop, int num);

/**
 * numpy.histogram(values, bins) with equal-width bins: edges span [min, max] (±0.5 when all values are
 * equal); bin i holds edges[i] ≤ x < edges[i+1], the last bin is closed on the right. values must be
 * finite and non-empty.
 */
struct Histogram
{
    std::vector<double> edges;        ///< bins + 1 edges
    std::vector<std::int64_t> counts; ///< bins counts
};
Histogram histogram(const std::vector<double>& values, int bins);

/**
 * numpy.percentile(sorted, q) with the default "linear" method: the value at the virtual index
 * q/100·(n−1), interpolated between its neighbours (numpy's _lerp, exact at the ends). sorted must be
 * ascending and non-empty.
 */
double percentileLinear(const std::vector<double>& sorted, double q);

/**
 * The same percentile of unsorted values, found by selection (std::nth_element) instead of a full sort;
 * values are reordered. Equal to percentileLinear of the sorted values.
 */
double percentileLinearUnsorted(std::vector<double>& values, double q);

/** numpy.busday_count(first, last): Monday–Friday days in [first, last) of Julian day numbers. */
std::int64_t businessDayCount(std::int64_t firstJulianDay, std::int64_t lastJulianDay);

/** zlib.crc32 of the bytes (the peer seeds its Monte Carlo with crc32 of the ticker's UTF-8). */
std::uint32_t crc32(const QByteArray& bytes);

} // namespace Tessera::Tiles
