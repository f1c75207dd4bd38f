#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include "core/common/Result.h"
#include "core/fetch/CancelCheck.h"
#include "core/fetch/http/RetryPolicy.h"

class QThread;

namespace Tessera::Fetch {

class HttpWorker;

/** A finished HTTP exchange, whatever its status: the provider decides what a 404 or a 200 means. */
struct HttpResponse
{
    QUrl url;
    QUrl finalUrl;  ///< where the answer came from after redirects (url when there were none)
    int status = 0; ///< HTTP status code
    QByteArray body;
    QByteArray contentType;
    int attempts = 0;        ///< requests sent for it, retries included
    QByteArray retryAfter{}; ///< the Retry-After header as sent (429, 418, 503), empty when none
    QByteArray usedWeight{}; ///< Binance's X-MBX-USED-WEIGHT-1M header, empty when none
};

/**
 * A request other than a plain GET: the broker APIs POST forms and JSON, PUT, PATCH and DELETE, and
 * authenticate with headers. Headers and bodies are never logged (they carry tokens).
 */
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers{};
    QByteArray body{};
    /**
     * False for a request that must not be sent twice (placing an order): only a 429 answer, which the
     * server refused before acting, is retried; a timeout, a dropped connection or a 5xx is returned as
     * it is, for the caller to check what happened instead of repeating it.
     */
    bool idempotent = true;
};

/**
 * A request handed to an HttpClient: the HTTP thread fills it in once, any thread may wait for it.
 * Thread-safe.
 */
class PendingRequest
{
public:
    explicit PendingRequest(QUrl url)
        : m_url(std::move(url))
    {
        m_request.url = m_url;
    }
    explicit PendingRequest(HttpRequest request)
        : m_url(request.url)
        , m_request(std::move(request))
    {}

    const QUrl& url() const { return m_url; }
    const HttpRequest& request() const { return m_request; }
    bool isFinished() const;

    /**
     * Blocks the calling thread until the request is finished or canceled() turns true (polled every
     * 50 ms); no event loop runs meanwhile, so pool threads may call it. The result is the final
     * response (after retries), an Io error when the server could not be reached or the answer was
     * cut short even after retries, or a Cancelled error.
     */
    [[nodiscard]] Result<HttpResponse> wait(const CancelCheck& canceled = {}) const;

    /** Delivers the outcome and wakes the waiters; the first call wins. HTTP thread only. */
    void finish(Result<HttpResponse> outcome);

private:
    const QUrl m_url;
    HttpRequest m_request;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_finished;
    std::optional<Result<HttpResponse>> m_outcome;
};

using PendingRequestPtr = std::shared_ptr<PendingRequest>;

/** Limits and manners of an HttpClient. */
struct HttpClientOptions
{
    int maxConcurrent = 8;          ///< requests in flight at most
    double requestsPerSecond = 2.0; ///< starts per second at most (retries included)
    double timeoutSeconds = 20.0;   ///< seconds without data before a request is abandoned (and retried)
    double deadlineSeconds = 60.0;  ///< seconds one attempt may take in all (then abandoned and retried)
    qint64 maxResponseBytes = 20LL * 1024 * 1024; ///< a larger answer is abandoned at once, never retried
    int maxRedirects = 5;                         ///< more redirects than this end the request
    RetryPolicy retry;
    QByteArray userAgent;       ///< empty = a current desktop browser's
    bool useSystemProxy = true; ///< false for loopback servers (tests), which no proxy can reach
};

/**
 * GETs over one QNetworkAccessManager that lives on a thread of its own (ARCHITECTURE.md: networking is
 * asynchronous on one thread). Requests wait in a queue and start in order as the concurrency window
 * and the token-bucket rate limiter allow. Each attempt has an inactivity timeout (timeoutSeconds
 * without data) and an overall deadline (deadlineSeconds, however steadily data trickles in); 429, 5xx,
 * both timeouts and connection errors are retried with exponential backoff and jitter, never sooner
 * than the server's Retry-After (a 429 with Retry-After also pauses every other start that long, since
 * the server limits the client, not the URL). Answers are capped: one whose Content-Length or whose
 * bytes received exceed maxResponseBytes is aborted at once and fails without a retry ("answer larger
 * than 20 MB from HOST"). Redirects are followed up to maxRedirects times within http and https,
 * never from https down to http; a loop fails as "too many redirects", without a retry. Sends a
 * browser-like User-Agent and uses the system proxy.
 *
 * Thread-safe: get(), expedite() and cancelAll() may be called from any thread, and results are
 * awaited on the caller's thread through PendingRequest::wait(). Destroying the client cancels what is
 * left and stops its thread.
 */
class HttpClient
{
public:
    explicit HttpClient(const HttpClientOptions& options);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /** Queues a GET of url; urgent ones go ahead of the queue (a worker is already waiting for it). */
    PendingRequestPtr get(const QUrl& url, bool urgent = false);

    /** Queues any request (method, headers, body), under the same limits and retries as get(). */
    PendingRequestPtr send(HttpRequest request, bool urgent = false);

    /** Moves a request that has not started yet to the front of the queue. */
    void expedite(const PendingRequestPtr& request);

    /** Finishes every queued and running request with a Cancelled error; later get()s fail the same way. */
    void cancelAll();

    /** Counters for logs and tests. */
    struct Stats
    {
        qint64 attempts = 0; ///< requests sent, retries included
        qint64 retries = 0;
        int peakInFlight = 0;
    };
    Stats stats() const;

    /** The User-Agent sent when the options name none: a current desktop Chrome's. */
    static QByteArray defaultUserAgent();

    /**
     * Why a redirect from `from` to `to` is refused, or empty when it is followed: only http and https
     * targets, and never from https to http (the answer would travel unprotected). Another host is
     * fine (mirrors, CDNs); where the answer came from is in HttpResponse::finalUrl.
     */
    static QString redirectRefusal(const QUrl& from, const QUrl& to);

    /** "20 MB", "4 KB", "512 bytes": a size limit as messages show it (1 MB = 1024 × 1024 bytes). */
    static QString sizeText(qint64 bytes);

private:
    std::unique_ptr<QThread> m_thread;
    HttpWorker* m_worker = nullptr; ///< lives on m_thread, deleted there when it finishes
};

} // namespace Tessera::Fetch
