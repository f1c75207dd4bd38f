#include "core/tiles/MonteCarloSlippage.h"

#include <algorithm>
#include <cmath>

#include "core/features/Rolling.h"
#include "core/tiles/NumpyCompat.h"

namespace Tessera::Tiles {
namespace {

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

/** n draws of lognormal(0, sigma) = exp(sigma · Z). */
void lognormals(Xoshiro256& rng, double sigma, std::vector<double>& out)
{
    for (double& v : out) {
        v = std::exp(sigma * rng.normal());
    }
}

} // namespace

Xoshiro256::Xoshiro256(std::uint64_t seed)
{
    // splitmix64 spreads a small seed (a crc32) over the 256-bit state, as the xoshiro authors advise.
    for (std::uint64_t& s : m_s) {
        s = splitmix64(seed);
    }
}

std::uint64_t Xoshiro256::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Xoshiro256::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Xoshiro256::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * M_PI * u2;
    m_spare = r * std::sin(angle);
    m_hasSpare = true;
    return r * std::cos(angle);
}

std::vector<MonteCarloStats> monteCarloSlippage(const SlippageModel& model,
                                                const std::vector<double>& notionals,
                                                int simulations,
                                                std::uint32_t seed)
{
    const auto sims = static_cast<std::size_t>(std::max(simulations, 0));
    Xoshiro256 rng(seed);
    std::vector<double> volDraw(sims), spreadDraw(sims), advDraw(sims);
    lognormals(rng, 0.25, volDraw);
    lognormals(rng, 0.35, spreadDraw);
    lognormals(rng, 0.30, advDraw);
    for (std::size_t j = 0; j < sims; ++j) {
        volDraw[j] *= model.vol;
        spreadDraw[j] *= model.spreadFrac;
        advDraw[j] *= model.adv;
    }

    std::vector<MonteCarloStats> out;
    out.reserve(notionals.size());
    if (sims == 0) { // nothing simulated: every statistic is missing
        const double nan = Features::nan();
        for (double notional : notionals) {
            out.push_back({notional, nan, nan, nan, nan, nan});
        }
        return out;
    }
    std::vector<double> cost(sims);
    for (double notional : notionals) {
        const double shares = notional / model.price;
        for (std::size_t j = 0; j < sims; ++j) {
            cost[j] =
                0.5 * spreadDraw[j] * 1e4 + 1e4 * model.impactK * volDraw[j] * std::sqrt(shares / advDraw[j]);
        }
        MonteCarloStats s;
        s.notional = notional;
        s.mean = Features::pairwiseSum(cost.data(), sims) / static_cast<double>(sims);
        double squares = 0;
        for (double c : cost) {
            squares += (c - s.mean) * (c - s.mean);
        }
        s.sd = std::sqrt(squares / static_cast<double>(sims));
        // Selection, not a sort: three order statistics of 400 values are all that is needed.
        s.p05 = percentileLinearUnsorted(cost, 5);
        s.p50 = percentileLinearUnsorted(cost, 50);
        s.p95 = percentileLinearUnsorted(cost, 95);
        out.push_back(s);
    }
    return out;
}

} // namespace Tessera::Tiles
