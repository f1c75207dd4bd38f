#pragma once

#include "core/fetch/providers/NetworkProvider.h"

namespace Tessera::Fetch {

/**
 * Daily bars from the Yahoo Finance chart API v8:
 * `{baseUrl}/v8/finance/chart/{symbol}?period1=&period2=&interval=1d&events=div,splits&includeAdjustedClose=true`
 * (period1 = the window's first day at 00:00 UTC, or 1900-01-01 for "max"; period2 = the run's start).
 * Answers become bars dated by the exchange-local day, plus dividends, splits and the symbol's
 * currency, exchange and name. Every failure is a per-symbol reason: "unknown or delisted symbol"
 * (404), Yahoo's own description (400, 422), "rate limited by Yahoo — try later or lower the request
 * rate" (429 after the retries), an empty result, invalid or truncated JSON.
 */
class YahooProvider final : public NetworkProvider
{
public:
    explicit YahooProvider(NetworkOptions options, QDateTime now = QDateTime::currentDateTimeUtc());

    QString id() const override { return QStringLiteral("yahoo"); }

    /** The reason recorded for a symbol still refused with HTTP 429 after every retry. */
    static QString rateLimitedReason();

protected:
    Result<QUrl> urlFor(const FetchUnit& unit, const Window& window) const override;
    Result<FetchedBars>
    parse(const FetchUnit& unit, const Window& window, const HttpResponse& response) const override;
};

} // namespace Tessera::Fetch
