#pragma once

#include <atomic>

#include "core/fetch/providers/NetworkProvider.h"

namespace Tessera::Fetch {

/** One row of Binance's klines answer, as numbers. */
struct Kline
{
    qint64 openTimeMs = 0;
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double volume = 0; ///< base asset units (BTC for BTCUSDT)
    qint64 closeTimeMs = 0;
};

/**
 * Parses a klines answer: a JSON array of arrays [openTime ms, open, high, low, close, volume, closeTime
 * ms, quoteVolume, trades, takerBuyBase, takerBuyQuote, ignore] with the prices and volumes as strings.
 * An error names what is wrong ("Binance's answer is not valid JSON (truncated?)"). Pure, thread-safe.
 */
[[nodiscard]] Result<QList<Kline>> parseKlines(const QByteArray& body);

/**
 * Why a Binance answer other than 200 failed, for klines and exchangeInfo alike: a 418 ban ("banned by
 * Binance for N s (HTTP 418 ...) ...; try after HH:MM:SS UTC", and *banEndMs = its end in epoch ms), a 429
 * still refused after the retries, Binance's error body ({"code":-1121,"msg":"Invalid symbol."} names
 * symbol as unknown when one is given; other codes are quoted), or the bare status. Thread-safe.
 */
[[nodiscard]] Error binanceAnswerError(const HttpResponse& response, const QString& symbol, qint64* banEndMs);

/**
 * Bars from Binance's public spot klines endpoint (no key needed):
 * `{baseUrl}/api/v3/klines?symbol=BTCUSDT&interval=1h|1d&startTime=MS&endTime=MS&limit=1000`.
 * Interval from fetch/binance/interval (--interval): 1h units deliver hourly bars, 1d daily bars. A
 * symbol's history is paged: each request asks for up to 1,000 rows from startTime; while a page comes
 * back full, the next starts one interval after its last row. The hour (or day) still open at the run's
 * start is left out, so no partial bar is stored.
 *
 * Windows: a symbol with stored hourly bars is updated from its last stored hour (re-read, as it may
 * have been stored while still open) — so an update six hours later asks for seven hours; otherwise
 * the history range (fetch/historyRange, default 2y) back from now.
 *
 * Rate: Binance limits request weight per minute per IP (klines weigh 2). Requests start at most at
 * min(fetch/binance/rate, 90 % × weightPerMinute / 60 / 2) per second through the client's token bucket.
 * 429 answers are retried after their Retry-After (HttpClient); a 418 (the IP is banned for having gone
 * on after 429s) is not: the symbol fails with "banned by Binance for N s (HTTP 418) …" and every later
 * symbol of the run fails with the same reason without a request, until the ban's end.
 *
 * Per-symbol reasons: "unknown symbol on Binance (-1121 Invalid symbol.)", the 418 ban, "rate limited by
 * Binance (HTTP 429) …" after the retries, a truncated or invalid answer. Stored bars are untouched by
 * any of them. Thread-safe as BarProvider requires.
 */
class BinanceProvider final : public NetworkProvider
{
public:
    /** Rows per request at most (Binance's maximum). */
    static constexpr int kPageLimit = 1000;
    /** Request weight of one klines call. */
    static constexpr int kKlinesWeight = 2;

    explicit BinanceProvider(NetworkOptions options, QDateTime now = QDateTime::currentDateTimeUtc());

    QString id() const override { return QStringLiteral("binance"); }
    Result<QList<FetchUnit>> plan(const QStringList& selection) override;

    /** The requests per second actually used: the rate setting, capped by the weight limit. */
    static double effectiveRate(const NetworkOptions& options);

    /** Binance's spelling of a ticker: "BTC-USDT", "btcusdt" → "BTCUSDT". */
    static QString exchangeSymbol(const QString& ticker);

protected:
    Result<FetchedBars> fetchUnit(const FetchUnit& unit, const CancelCheck& canceled) override;
    Result<QUrl> urlFor(const FetchUnit& unit, const Window& window) const override;
    Result<FetchedBars>
    parse(const FetchUnit& unit, const Window& window, const HttpResponse& response) const override;

private:
    qint64 intervalMs() const;
    qint64 startMs(const FetchUnit& unit) const;
    QUrl pageUrl(const QString& ticker, qint64 startMs) const;
    /** The klines of one answer, or the per-symbol reason of an error answer. */
    Result<QList<Kline>> klinesOf(const QString& ticker, const HttpResponse& response) const;
    /** The closed bars among klines, as the unit's delivery. */
    FetchedBars barsOf(const FetchUnit& unit, const QList<Kline>& klines) const;

    bool m_hourly = true;
    mutable std::atomic<qint64> m_bannedUntilMs{0}; ///< a 418's end (epoch ms); 0 = not banned
};

} // namespace Tessera::Fetch
