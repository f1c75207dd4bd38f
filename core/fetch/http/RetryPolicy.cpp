#include "core/fetch/http/RetryPolicy.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QTimeZone>

namespace Tessera::Fetch {

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || (status >= 500 && status <= 599);
}

double RetryPolicy::delaySeconds(int retry, double retryAfterSeconds, double random01) const
{
    const double exponential =
        std::min(maxDelaySeconds, baseDelaySeconds * std::pow(2.0, std::max(0, retry - 1)));
    const double jittered = exponential / 2.0 + exponential / 2.0 * std::clamp(random01, 0.0, 1.0);
    return std::max(jittered, retryAfterSeconds);
}

double parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        return seconds >= 0 ? seconds : -1;
    }
    // IMF-fixdate, the form RFC 9110 requires senders to use ("Sun, 06 Nov 1994 08:49:37 GMT").
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return -1;
    }
    when.setTimeZone(QTimeZone::utc());
    return std::max(0.0, static_cast<double>(nowUtc.msecsTo(when)) / 1000.0);
}

} // namespace Tessera::Fetch
