#pragma once

#include <deque>
#include <mutex>
#include <random>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QUrl>

#include "core/fetch/http/HttpClient.h"
#include "core/fetch/http/RateLimiter.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Tessera::Fetch {

/**
 * HttpClient's engine, a QObject living on the client's thread. The queue is shared with the calling
 * threads under a mutex; everything else (the QNetworkAccessManager, the replies in flight, the rate
 * limiter, the wake-up timer) is touched on the HTTP thread only. Calling threads post pump() to run
 * there; it starts what the window and the limiter allow and arms a precise timer for the rest.
 */
class HttpWorker final : public QObject
{
    Q_OBJECT

public:
    explicit HttpWorker(const HttpClientOptions& options);
    ~HttpWorker() override;

    // Thread-safe entry points.
    void submit(const PendingRequestPtr& request, bool urgent);
    void expedite(const PendingRequestPtr& request);
    void cancelAll();
    HttpClient::Stats stats() const;

    /** HTTP thread: aborts what runs, frees the network objects and quits the thread. */
    void shutdown();

private:
    struct Job
    {
        PendingRequestPtr request;
        int attempt = 1;        ///< 1 = first try
        qint64 notBeforeNs = 0; ///< retries wait for their backoff
    };
    /** Why the worker itself aborted a reply (Qt reports all of them as "operation cancelled"). */
    enum class Abort
    {
        None,     ///< not aborted by us: Qt's own transfer timeout, or a network error
        Deadline, ///< the attempt's overall deadline passed: retried like a timeout
        TooLarge, ///< the answer exceeds maxResponseBytes: final
        Redirect, ///< a refused redirect (scheme): final
    };
    struct Flight
    {
        Job job;
        int slot = 0;
        QUrl current;              ///< the URL being fetched, after the redirects so far
        Abort abort = Abort::None; ///< set right before the worker aborts the reply
        QString abortReason;       ///< the message for Abort::Redirect
    };

    void postPump();
    void pump();
    void start(Job job);
    void finished(QNetworkReply* reply);
    void abortFlight(QNetworkReply* reply, Abort why, const QString& reason = {});
    void checkSize(QNetworkReply* reply, qint64 bytes);
    void redirected(QNetworkReply* reply, const QUrl& to);
    void abortFlights();
    void wakeAfter(qint64 delayNs);
    bool isCancelled() const;
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    const HttpClientOptions m_options;
    QElapsedTimer m_clock;

    mutable std::mutex m_mutex; // guards the members up to m_stats
    std::deque<Job> m_queue;
    bool m_cancelled = false;
    bool m_pumpPosted = false;
    HttpClient::Stats m_stats;

    QNetworkAccessManager* m_nam = nullptr; // HTTP thread only from here on
    QTimer* m_wake = nullptr;
    QHash<QNetworkReply*, Flight> m_flights;
    std::vector<bool> m_slotUsed;
    RateLimiter m_limiter;
    qint64 m_pausedUntilNs = 0;
    std::mt19937 m_random;
};

} // namespace Tessera::Fetch
