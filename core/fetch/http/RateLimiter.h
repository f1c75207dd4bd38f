#pragma once

#include <QtGlobal>

namespace Tessera::Fetch {

/**
 * Token bucket: a request may start when a whole token is available; tokens refill continuously at
 * the configured rate. The bucket holds one token plus kCatchUpSeconds' worth, so starts are spaced
 * evenly instead of bursting, and a start that a timer fired slightly late (QTimer counts whole
 * milliseconds) is made up for by a slightly earlier next one, keeping the average at the rate.
 *
 * The bucket refills slightly slower than the nominal rate (kHeadroom): a server that counts the
 * requests it receives per second sees them shifted by network and scheduling jitter, and without
 * headroom rate + 1 starts could land in one server-side second. With 2% headroom and 2 ms of
 * catch-up, any rate + 1 consecutive starts span at least 1.018 s: 18 ms of jitter stay harmless
 * (1% proved too little for the fake server on a loaded two-core machine), for 2% of speed.
 *
 * Pure bookkeeping on a caller-given monotonic clock in nanoseconds, so tests drive it with made-up
 * times. Not thread-safe: the HTTP thread owns it.
 */
class RateLimiter
{
public:
    /** Fraction of the nominal rate actually used (see the class comment). */
    static constexpr double kHeadroom = 0.98;
    /** Lateness of a start that the next start may make up for. */
    static constexpr double kCatchUpSeconds = 0.002;

    explicit RateLimiter(double requestsPerSecond);

    /** Nanoseconds from nowNs until a request may start (0 = it may start now). */
    qint64 delayNs(qint64 nowNs) const;

    /** Takes the token for a request starting at nowNs; call when delayNs(nowNs) is 0. */
    void take(qint64 nowNs);

private:
    double tokensAt(qint64 nowNs) const;

    double m_rate;     ///< tokens per second (nominal rate × headroom)
    double m_capacity; ///< one token plus the catch-up allowance
    double m_tokens = 1.0;
    qint64 m_lastNs = -1; ///< when m_tokens was last computed; -1 = never used (one token ready)
};

} // namespace Tessera::Fetch
