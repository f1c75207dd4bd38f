#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Tessera::Fetch {

/**
 * When and how long to wait before retrying a request. Retried: HTTP 429 and 5xx answers, timeouts
 * and connection errors (refused, reset, closed before the whole body arrived). Everything else is an
 * answer for the provider to interpret. Pure and thread-safe.
 */
struct RetryPolicy
{
    int maxRetries = 4;                  ///< retries after the first attempt
    double baseDelaySeconds = 1.0;       ///< delay before the first retry
    double maxDelaySeconds = 60.0;       ///< cap of the exponential part
    double maxRetryAfterSeconds = 120.0; ///< a server asking to wait longer is not retried

    /** True for the statuses worth retrying: 429 Too Many Requests and every 5xx. */
    static bool isRetryableStatus(int status);

    /**
     * Seconds to wait before retry number `retry` (1 = the first retry): exponential backoff
     * base·2^(retry−1), capped at maxDelaySeconds, with "equal jitter" (half fixed, half
     * random01-scaled) so that clients that failed together do not retry together. A server's
     * Retry-After (seconds, negative = none) is a floor.
     */
    double delaySeconds(int retry, double retryAfterSeconds, double random01) const;
};

/**
 * A Retry-After header value in seconds from now: delta-seconds ("120") or an HTTP date ("Wed, 21 Oct
 * 2015 07:28:00 GMT"). Negative when absent or unreadable; 0 for a date in the past.
 */
double parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc);

} // namespace Tessera::Fetch
