#pragma once

#include <memory>
#include <mutex>

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUrl>

#include "core/fetch/BarProvider.h"
#include "core/fetch/FetchSettings.h"
#include "core/fetch/http/HttpClient.h"

namespace Tessera::Fetch {

/**
 * The HttpClient limits of a network provider's options: its concurrency, rate, timeouts, answer cap and
 * retries; no system proxy for a server on this machine (tests, a local mirror), which no proxy reaches.
 */
HttpClientOptions httpClientOptions(const NetworkOptions& options);

/**
 * What the providers that fetch over HTTP (Yahoo, Stooq) share: units straight from the selection,
 * the date window of each request (incremental from the stored dates, or the history range), and a
 * bounded prefetch pipeline over one HttpClient. prefetch() queues the first kPrefetchWindow units in
 * plan order; each fetch() takes its unit's request (running or finished; an unplanned one jumps the
 * queue), tops the window up again and waits for the answer without an event loop. So with two pool
 * workers eight requests can be in flight, and a symbol's bars go to processing as soon as they
 * arrive. At most kPrefetchWindow answers wait for a consumer, which bounds memory.
 *
 * Subclasses say how a unit becomes a URL and how an answer becomes bars. Thread-safe as BarProvider
 * requires; the HTTP thread starts on first use and stops with the provider.
 */
class NetworkProvider : public BarProvider
{
public:
    /** Requests started ahead of the consumers at most (answers kept until a worker takes them). */
    static constexpr int kPrefetchWindow = 64;

    /** now = the instant the run's windows end (their period2): fixed so prefetch and fetch agree. */
    NetworkProvider(NetworkOptions options, QDateTime now);
    ~NetworkProvider() override;

    Result<QList<FetchUnit>> plan(const QStringList& selection) override;
    void prefetch(const QList<FetchUnit>& units) override;
    void cancel() override;
    bool canEnumerate() const override { return false; }

    const NetworkOptions& options() const { return m_options; }
    /** Counters of the HTTP client (zero before the first request). */
    HttpClient::Stats httpStats() const;

protected:
    Result<FetchedBars> fetchUnit(const FetchUnit& unit, const CancelCheck& canceled) override;

    /** The span one request covers. */
    struct Window
    {
        QDate from;       ///< first day wanted; invalid = from the beginning of the symbol's history
        QDateTime until;  ///< end instant (exclusive): the run's "now"
        bool incremental; ///< true: an update after the stored bars, merged with them
    };
    Window windowFor(const FetchUnit& unit) const;
    /** The run's "now": where every window ends. */
    const QDateTime& now() const { return m_now; }

    /** The URL of unit's window, or a per-symbol error when the ticker cannot be served at all. */
    virtual Result<QUrl> urlFor(const FetchUnit& unit, const Window& window) const = 0;

    /**
     * The answer for url: the prefetched request when there is one, else a new one ahead of the queue
     * (a worker waits for it). Blocks without an event loop until it is finished or canceled() turns
     * true. Providers that page (Binance) call it for their later pages. Thread-safe.
     */
    [[nodiscard]] Result<HttpResponse> request(const QUrl& url, const CancelCheck& canceled);

    /** Bars (or a per-symbol error with a clear reason) from a finished exchange. Thread-safe. */
    virtual Result<FetchedBars>
    parse(const FetchUnit& unit, const Window& window, const HttpResponse& response) const = 0;

private:
    HttpClient& clientLocked();
    void topUpLocked();

    const NetworkOptions m_options;
    const QDateTime m_now;

    mutable std::mutex m_mutex; // guards everything below
    std::unique_ptr<HttpClient> m_client;
    bool m_cancelled = false;
    QList<FetchUnit> m_order;                  ///< prefetch order (plan order)
    qsizetype m_next = 0;                      ///< next index of m_order to request
    QHash<QString, PendingRequestPtr> m_ahead; ///< url -> request started and not yet taken
    QSet<QString> m_taken;                     ///< urls a fetch() has taken (never prefetched again)
};

} // namespace Tessera::Fetch
