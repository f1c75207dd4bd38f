#pragma once

#include <cstdint>
#include <vector>

#include "core/tiles/Slippage.h"

namespace Tessera::Tiles {

/**
 * Monte Carlo of the square-root cost (the peer's monte slippage): each simulation scales the daily
 * volatility by lognormal(0, 0.25), the spread by lognormal(0, 0.35) and ADV by lognormal(0, 0.30)
 * (σ of the underlying normal), drawn in that order, `simulations` of each; every size is costed under
 * every simulated state. The statistics are numpy's: mean, population sd, and the 5th/50th/95th
 * percentiles with linear interpolation.
 *
 * Deviation from the peer (documented in docs/tiles-json.md): numpy's default_rng (PCG64 + ziggurat)
 * is not reproduced. Tessera draws from xoshiro256** seeded through splitmix64 with the same seed
 * (crc32 of the ticker) and turns uniforms into normals with Box–Muller, so the draws are reproducible
 * run to run and across platforms (up to the last bits of libm's log/cos), while the peer's exact
 * figures are not: compare the distributions, not the digits.
 */
struct MonteCarloStats
{
    double notional = 0;
    double mean = 0;
    double sd = 0;
    double p05 = 0;
    double p50 = 0;
    double p95 = 0;
};

/** xoshiro256** (Blackman & Vigna) with Box–Muller normals: small, fast, and the same on every platform. */
class Xoshiro256
{
public:
    explicit Xoshiro256(std::uint64_t seed);
    std::uint64_t next();
    double uniform(); ///< [0, 1) with 53 random bits
    double
    normal(); ///< standard normal (Box–Muller; the second value of each pair is kept for the next call)

private:
    std::uint64_t m_s[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

/** The statistics per notional of model's cost over `simulations` states drawn with seed. */
std::vector<MonteCarloStats> monteCarloSlippage(const SlippageModel& model,
                                                const std::vector<double>& notionals,
                                                int simulations,
                                                std::uint32_t seed);

} // namespace Tessera::Tiles
