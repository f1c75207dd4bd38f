#pragma once

#include <memory>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include "core/market/HourlySeries.h"

#include "tests/support/FakeYahooSession.h"

namespace Tessera::Test {

class FakeMarketEngine;

/**
 * A deterministic hourly walk of n bars from 2023-01-01 00:00 UTC for ticker (prices near 100, volumes
 * 10..16): a series long enough to page through, the same in every run.
 */
HourlySeries hourlyWalk(const QString& ticker, int n);

/**
 * A local HTTP/1.1 market-data server (QTcpServer, keep-alive) on 127.0.0.1 and a free port, for the
 * network tests and the W5 benchmark. It runs on a thread of its own, so a test may block on the client
 * while the server answers.
 *
 * What it serves:
 *  - Yahoo chart API `/v8/finance/chart/{symbol}`: a recorded body registered for the symbol, returned
 *    as recorded whatever period is asked (the recordings' bars all lie before "now", so a provider's
 *    window covers them); otherwise, with synthetic answers on, a Yahoo-shaped daily series for any
 *    symbol (deterministic per symbol, weekdays up to setToday(), 09:30 New York timestamps, filtered
 *    to [period1, period2)), with scripted splits that adjust the earlier bars once today has reached
 *    them; otherwise Yahoo's 404 "Not Found" body.
 *  - Stooq `/q/d/l/?s=&d1=&d2=`: a registered CSV file filtered to the d1..d2 rows, or "No data".
 *  - Binance `/api/v3/klines?symbol=&interval=1h|1d&startTime=&endTime=&limit=`: a registered hourly
 *    series (or its UTC days) paged like Binance (rows opening in [startTime, endTime], at most limit ≤
 *    1000), numbers as strings; an unregistered symbol gets 400 `{"code":-1121,"msg":"Invalid symbol."}`.
 *    Faults match the `symbol` parameter: a 429 or 418 with Retry-After, a truncated body, ...
 *  - Binance `/api/v3/exchangeInfo`: every registered klines symbol as TRADING plus the pairs given to
 *    setBinancePairStatus (another status such as BREAK, or left out), each with its base and quote
 *    asset, in Binance's layout; faults without a symbol apply to it.
 * Faults, scripted per symbol (or for every request) and for a number of requests: an HTTP status with
 * an optional Retry-After (429, 500, ...), extra delay, a slow drip of the body, a body cut short by
 * closing the connection, a body cut short with a matching Content-Length, invalid JSON, an HTML page,
 * a replaced body (Stooq's "No data"), a connection reset without an answer, a huge body streamed
 * as the client reads it (with or without a Content-Length; the server never holds more than a few
 * chunks of it), and redirects (a loop back to the same URL, or to a given Location).
 * Every request is logged with its start (request read) and end (answer written) times, so tests can
 * check the client's concurrency and rate limits from the server's side.
 *
 * Thread-safe: configure it and read the log from any thread, also while requests run.
 */
class FakeMarketServer
{
public:
    enum class FaultKind
    {
        Status,      ///< answer with `status` (and Retry-After when retryAfterSeconds >= 0)
        Delay,       ///< wait delayMs more, then answer normally
        SlowDrip,    ///< answer normally, chunkBytes every delayMs
        Truncate,    ///< full Content-Length, half the body, then close the connection
        CutBody,     ///< half the body with a Content-Length that matches it
        InvalidJson, ///< 200 with broken JSON
        Html,        ///< 200 with an HTML error page
        Body,        ///< 200 with `body` as text/plain instead of the data
        Reset,       ///< reset the connection without answering
        HugeBody,    ///< 200 with hugeBytes of filler, written as the client drains the socket
        Redirect,    ///< 302 to `location`; an empty location redirects to the same URL (a loop)
    };

    struct Fault
    {
        FaultKind kind = FaultKind::Status;
        QString symbol;             ///< Yahoo symbol or Stooq `s`; empty = every request
        int times = -1;             ///< requests it applies to; -1 = all
        int status = 500;           ///< Status
        int retryAfterSeconds = -1; ///< Status; -1 = no Retry-After header
        int delayMs = 0;            ///< Delay: extra wait; SlowDrip: pause between chunks
        int chunkBytes = 256;       ///< SlowDrip
        QByteArray body{};          ///< Body
        qint64 hugeBytes = 0;       ///< HugeBody: body size
        bool declareLength = true;  ///< HugeBody: send Content-Length; false = chunked, size unknown upfront
        QByteArray location{};      ///< Redirect: the Location header; empty = the request's own URL

        static Fault
        httpStatus(int status, const QString& symbol = {}, int times = -1, int retryAfterSeconds = -1);
        static Fault delay(int ms, const QString& symbol = {}, int times = -1);
        static Fault slowDrip(int chunkBytes, int pauseMs, const QString& symbol = {}, int times = -1);
        static Fault replacedBody(const QByteArray& body, const QString& symbol = {}, int times = -1);
        static Fault hugeBody(qint64 bytes, bool declareLength, const QString& symbol = {}, int times = -1);
        /** A 302 to location (absolute or relative); empty = back to the same URL, for ever. */
        static Fault redirect(const QByteArray& location, const QString& symbol = {}, int times = -1);
        /** Truncate, CutBody, InvalidJson, Html or Reset. */
        static Fault of(FaultKind kind, const QString& symbol = {}, int times = -1);
    };

    struct LogEntry
    {
        QString path;     ///< path and query as requested
        QString symbol;   ///< Yahoo symbol or Stooq `s`, decoded
        qint64 startUs;   ///< request fully read, µs since the server started
        qint64 endUs;     ///< answer fully handed to the socket (or connection closed)
        int status;       ///< status sent; 0 = none (reset)
        int connection;   ///< connection number (keep-alive reuse shows as repeats)
        qint64 bodyBytes; ///< body bytes handed to the socket (less than the body when the client left)
    };

    FakeMarketServer();
    ~FakeMarketServer();
    FakeMarketServer(const FakeMarketServer&) = delete;
    FakeMarketServer& operator=(const FakeMarketServer&) = delete;

    /** "http://127.0.0.1:PORT": the --base-url for both providers. */
    QString baseUrl() const;
    quint16 port() const;

    void addYahooBody(const QString& symbol, const QByteArray& body, int status = 200);
    void setSyntheticYahoo(bool enabled);
    /** Last day of the synthetic series (default: the last weekday before today's date). */
    void setToday(const QDate& today);
    /** A split of ratio:1 effective on date for a synthetic symbol. */
    void addSyntheticSplit(const QString& symbol, const QDate& date, double ratio);
    void addStooqCsv(const QString& stooqSymbol, const QByteArray& csv);
    /** Binance klines for symbol (BTCUSDT): the hourly bars it serves. */
    void addBinanceKlines(const QString& symbol, const HourlySeries& hours);
    /**
     * Registers every hourly CSV of folder (the shared crypto layout), each pair's first firstHours bars
     * (0 = all); returns how many pairs.
     */
    int addBinanceCsvFolder(const QString& folder, qsizetype firstHours = 0);
    /**
     * exchangeInfo lists symbol with status ("TRADING", "BREAK", ...), or leaves it out when status is
     * empty (a pair the exchange no longer lists); symbols without a call here are TRADING when they have
     * klines. The quote asset is the symbol's suffix among USDT, BUSD, USDC, FDUSD, BTC, ETH, BNB.
     */
    void setBinancePairStatus(const QString& symbol, const QString& status);
    /** Delay before every answer (the W5 benchmark's 100 ms). */
    void setLatencyMs(int ms);
    void addFault(const Fault& fault);
    void clearFaults();

    QList<LogEntry> log() const;
    void clearLog();
    /** Requests logged for symbol (all when empty). */
    int requestCount(const QString& symbol = {}) const;
    /** Most requests in flight at once, from the log. */
    int peakConcurrency() const;
    /** Most requests started within any window of windowUs (half-open), from the log. */
    int peakStartsWithin(qint64 windowUs) const;

    /** Yahoo's 404 body for an unknown or delisted symbol, as recorded. */
    static QByteArray yahooNotFoundBody();

    /** Yahoo's cookie + crumb session and its quoteSummary answers (FakeYahooSession). */
    FakeYahooSession& yahooSession();

private:
    std::unique_ptr<FakeMarketEngine> m_engine;
};

} // namespace Tessera::Test
