#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/fetch/CancelCheck.h"
#include "core/fetch/FetchSettings.h"

namespace Tessera::Fetch {

/** One spot pair as Binance's exchangeInfo lists it. */
struct ExchangePair
{
    QString symbol;     ///< "BTCUSDT"
    QString status;     ///< "TRADING", "BREAK" (halted or delisted), "HALT", older "PRE_TRADING", ...
    QString baseAsset;  ///< "BTC"
    QString quoteAsset; ///< "USDT"
    bool spotTradingAllowed = true; ///< isSpotTradingAllowed; true when the answer does not say

    /** Open for spot trading now: status TRADING and spot trading allowed. */
    bool trading() const { return status == u"TRADING" && spotTradingAllowed; }
};

/** The request weight of a full exchangeInfo call (Binance's documented 20). */
inline constexpr int kExchangeInfoWeight = 20;

/**
 * Parses an exchangeInfo answer: `{"timezone":"UTC","serverTime":...,"rateLimits":[...],
 * "symbols":[{"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT",
 * "isSpotTradingAllowed":true,...},...]}`; the other fields are not read. A malformed answer (not JSON,
 * no symbols list, an entry without symbol/status/baseAsset/quoteAsset text) is an InvalidInput error
 * naming what is wrong ("Binance's exchangeInfo entry 3 has no quoteAsset"). Pure, thread-safe.
 */
[[nodiscard]] Result<QList<ExchangePair>> parseExchangeInfo(const QByteArray& body);

/**
 * GETs `{options.baseUrl}/api/v3/exchangeInfo?permissions=SPOT&showPermissionSets=false` (no key needed)
 * through an HttpClient with the options' rate, timeouts and retries (a 429 is retried after its
 * Retry-After), and parses it. The answer lists every spot pair, a few MB, so its cap is at least 64 MB.
 * Errors: the 418 ban, a 429 after the retries, Binance's error body (binanceAnswerError), a truncated or
 * malformed answer. Blocks the calling thread (no event loop needed); canceled() stops the wait.
 */
[[nodiscard]] Result<QList<ExchangePair>> fetchExchangeInfo(const NetworkOptions& options,
                                                            const CancelCheck& canceled = {});

} // namespace Tessera::Fetch
