#include "core/fetch/http/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace Tessera::Fetch {

RateLimiter::RateLimiter(double requestsPerSecond)
    : m_rate(std::max(requestsPerSecond, 1e-6) * kHeadroom)
    , m_capacity(1.0 + kCatchUpSeconds * m_rate)
{}

double RateLimiter::tokensAt(qint64 nowNs) const
{
    if (m_lastNs < 0) {
        return m_tokens;
    }
    const double elapsed = static_cast<double>(std::max<qint64>(0, nowNs - m_lastNs)) / 1e9;
    return std::min(m_capacity, m_tokens + elapsed * m_rate);
}

qint64 RateLimiter::delayNs(qint64 nowNs) const
{
    const double missing = 1.0 - tokensAt(nowNs);
    // A hair of tolerance keeps floating-point dust from asking for a 1 ns wait.
    if (missing <= 1e-9) {
        return 0;
    }
    return static_cast<qint64>(std::ceil(missing / m_rate * 1e9));
}

void RateLimiter::take(qint64 nowNs)
{
    m_tokens = std::max(0.0, tokensAt(nowNs) - 1.0);
    m_lastNs = nowNs;
}

} // namespace Tessera::Fetch
