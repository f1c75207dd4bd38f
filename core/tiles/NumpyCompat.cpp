#include "core/tiles/NumpyCompat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace Tessera::Tiles {

double pyRound(double x, int digits)
{
    static constexpr std::array<double, 10> powers{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    if (!std::isfinite(x)) {
        return x;
    }
    const double scale = powers[static_cast<std::size_t>(digits)];
    const double y = x * scale;
    if (std::fabs(y) >= 4503599627370496.0) { // 2^52: already an integer at this precision
        return x;
    }
    // Fast path: y differs from the exact x·10^digits by at most half an ulp, so unless y sits next to
    // a half-integer the rounding direction is the exact one, and integer / 10^digits (both exact) is
    // the correctly rounded quotient, i.e. the double Python's round returns.
    const double rounded = std::nearbyint(y);
    const double fraction = std::fabs(y - rounded);
    if (std::fabs(fraction - 0.5) > 1e-9 * std::max(1.0, std::fabs(y))) {
        return rounded / scale;
    }
    // Near a tie: glibc's printf rounds the exact binary value (ties to even), as Python's dtoa does.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, x);
    return std::strtod(buffer, nullptr);
}

std::vector<double> linspace(double start, double stop, int num)
{
    std::vector<double> out(static_cast<std::size_t>(std::max(num, 0)));
    if (num <= 0) {
        return out;
    }
    const int div = num - 1;
    const double delta = stop - start;
    const double step = div > 0 ? delta / div : 0.0;
    for (int i = 0; i < num; ++i) {
        // numpy multiplies by the step unless it underflows to 0 (denormal spans): then i/div·delta.
        out[static_cast<std::size_t>(i)] =
            (step == 0 && div > 0 ? (static_cast<double>(i) / div) * delta : i * step) + start;
    }
    if (num > 1) {
        out.back() = stop;
    }
    return out;
}

std::vector<double> geomspace(double start, double stop, int num)
{
    std::vector<double> out = linspace(std::log10(start), std::log10(stop), num);
    for (double& v : out) {
        v = std::pow(10.0, v);
    }
    if (num > 0) {
        out.front() = start; // numpy restores the endpoints: 10^log10(x) need not equal x
    }
    if (num > 1) {
        out.back() = stop;
    }
    return out;
}

Histogram histogram(const std::vector<double>& values, int bins)
{
    double first = values.front();
    double last = values.front();
    for (double v : values) {
        first = std::min(first, v);
        last = std::max(last, v);
    }
    if (first == last) {
        first -= 0.5;
        last += 0.5;
    }
    Histogram h;
    h.edges = linspace(first, last, bins + 1);
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    // numpy's fast path for equal bins: index from the scaled offset, then corrected against the actual
    // edges so a value on an edge lands where the edges say (last bin closed on the right).
    const double norm = bins / (last - first);
    for (double v : values) {
        auto i = static_cast<std::ptrdiff_t>((v - first) * norm);
        if (i == bins) {
            --i;
        }
        if (v < h.edges[static_cast<std::size_t>(i)]) {
            --i;
        }
        if (v >= h.edges[static_cast<std::size_t>(i + 1)] && i != bins - 1) {
            ++i;
        }
        ++h.counts[static_cast<std::size_t>(i)];
    }
    return h;
}

double percentileLinear(const std::vector<double>& sorted, double q)
{
    const std::size_t n = sorted.size();
    const double virtualIndex = (q / 100.0) * static_cast<double>(n - 1);
    const double below = std::floor(virtualIndex);
    const auto lo = static_cast<std::size_t>(below);
    const std::size_t hi = std::min(lo + 1, n - 1);
    const double t = virtualIndex - below;
    const double a = sorted[lo];
    const double b = sorted[hi];
    const double diff = b - a;
    // numpy _lerp: a + (b−a)·t, computed from b for t ≥ 0.5 so the result is exact at both ends.
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

double percentileLinearUnsorted(std::vector<double>& values, double q)
{
    const std::size_t n = values.size();
    const double virtualIndex = (q / 100.0) * static_cast<double>(n - 1);
    const double below = std::floor(virtualIndex);
    const auto lo = static_cast<std::size_t>(below);
    const auto nth = values.begin() + static_cast<std::ptrdiff_t>(lo);
    std::nth_element(values.begin(), nth, values.end());
    const double a = *nth;
    // After nth_element everything past lo is ≥ a: the next order statistic is their minimum.
    const double b = lo + 1 < n ? *std::min_element(nth + 1, values.end()) : a;
    const double t = virtualIndex - below;
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

std::int64_t businessDayCount(std::int64_t firstJulianDay, std::int64_t lastJulianDay)
{
    if (lastJulianDay <= firstJulianDay) {
        return 0;
    }
    const std::int64_t days = lastJulianDay - firstJulianDay;
    std::int64_t count = (days / 7) * 5;
    // Julian day 0 was a Monday: day % 7 is the weekday, Monday = 0.
    for (std::int64_t d = firstJulianDay + (days / 7) * 7; d < lastJulianDay; ++d) {
        if (d % 7 < 5) {
            ++count;
        }
    }
    return count;
}

std::uint32_t crc32(const QByteArray& bytes)
{
    // Reflected CRC-32 with polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF (zlib's crc32).
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFU;
    for (const char ch : bytes) {
        crc = table[(crc ^ static_cast<std::uint8_t>(ch)) & 0xFFU] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFU;
}

} // namespace Tessera::Tiles
