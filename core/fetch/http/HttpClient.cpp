#include "core/fetch/http/HttpClient.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include "core/common/Log.h"
#include "core/fetch/http/HttpWorker.h"

namespace Tessera::Fetch {
namespace {

/**
 * Qt 6.4 opens at most six HTTP/1.1 connections per host and queues further requests inside the
 * QNetworkAccessManager, where our window cannot see them and their transfer timeout already runs.
 * Its connection cache is keyed by scheme, host, port and the request's peer verify name, so requests
 * in window slots beyond the sixth name the host as peer verify name (what TLS verifies anyway) and
 * get a second set of connections. (Qt 6.5 has QHttp1Configuration for this; Debian 12 has 6.4.)
 */
constexpr int kQtConnectionsPerHost = 6;

constexpr auto kWaitPoll = std::chrono::milliseconds(50);

/** Bytes a reply may buffer beyond the size cap, so that an answer over the cap shows as one. */
constexpr qint64 kReadAhead = 256 * 1024;

QString hostOf(const QUrl& url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

bool PendingRequest::isFinished() const
{
    std::lock_guard lock(m_mutex);
    return m_outcome.has_value();
}

Result<HttpResponse> PendingRequest::wait(const CancelCheck& canceled) const
{
    std::unique_lock lock(m_mutex);
    while (!m_outcome) {
        if (canceled && canceled()) {
            return fail(Error::cancelled());
        }
        m_finished.wait_for(lock, kWaitPoll);
    }
    return *m_outcome;
}

void PendingRequest::finish(Result<HttpResponse> outcome)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_outcome) {
            return;
        }
        m_outcome = std::move(outcome);
    }
    m_finished.notify_all();
}

HttpWorker::HttpWorker(const HttpClientOptions& options)
    : m_options(options)
    , m_slotUsed(static_cast<size_t>(std::max(1, options.maxConcurrent)), false)
    , m_limiter(options.requestsPerSecond)
    , m_random(std::random_device{}())
{
    m_clock.start();
}

HttpWorker::~HttpWorker() = default;

bool HttpWorker::isCancelled() const
{
    std::lock_guard lock(m_mutex);
    return m_cancelled;
}

void HttpWorker::submit(const PendingRequestPtr& request, bool urgent)
{
    bool accepted = false;
    {
        std::lock_guard lock(m_mutex);
        if (!m_cancelled) {
            Job job{request, 1, 0};
            if (urgent) {
                m_queue.push_front(std::move(job));
            } else {
                m_queue.push_back(std::move(job));
            }
            accepted = true;
        }
    }
    if (!accepted) {
        request->finish(fail(Error::cancelled()));
        return;
    }
    postPump();
}

void HttpWorker::expedite(const PendingRequestPtr& request)
{
    {
        std::lock_guard lock(m_mutex);
        const auto it = std::find_if(
            m_queue.begin(), m_queue.end(), [&request](const Job& j) { return j.request == request; });
        if (it == m_queue.end() || it == m_queue.begin() || it->attempt > 1) {
            return; // running, done, already first, or a retry waiting for its backoff
        }
        Job job = std::move(*it);
        m_queue.erase(it);
        m_queue.push_front(std::move(job));
    }
    postPump();
}

void HttpWorker::cancelAll()
{
    std::deque<Job> dropped;
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        dropped.swap(m_queue);
    }
    for (const Job& job : dropped) {
        job.request->finish(fail(Error::cancelled()));
    }
    QMetaObject::invokeMethod(
        this, [this] { abortFlights(); }, Qt::QueuedConnection);
}

HttpClient::Stats HttpWorker::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void HttpWorker::postPump()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_pumpPosted) {
            return;
        }
        m_pumpPosted = true;
    }
    QMetaObject::invokeMethod(
        this, [this] { pump(); }, Qt::QueuedConnection);
}

void HttpWorker::wakeAfter(qint64 delayNs)
{
    // Rounded up: waking a millisecond early would only find the limiter still closed.
    const int ms = static_cast<int>(std::clamp<qint64>((delayNs + 999'999) / 1'000'000, 0, 3'600'000));
    if (!m_wake->isActive() || m_wake->remainingTime() > ms) {
        m_wake->start(ms);
    }
}

void HttpWorker::pump()
{
    if (isCancelled()) {
        return; // also keeps a pump posted before shutdown() from recreating the network objects
    }
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        if (!m_options.useSystemProxy) {
            m_nam->setProxy(QNetworkProxy::NoProxy);
        }
        m_wake = new QTimer(this);
        m_wake->setSingleShot(true);
        m_wake->setTimerType(Qt::PreciseTimer);
        connect(m_wake, &QTimer::timeout, this, &HttpWorker::pump);
    }
    for (;;) {
        Job job;
        const qint64 now = nowNs();
        {
            std::lock_guard lock(m_mutex);
            m_pumpPosted = false;
            if (m_cancelled || m_queue.empty()
                || static_cast<int>(m_flights.size()) >= static_cast<int>(m_slotUsed.size())) {
                return;
            }
            auto ready = m_queue.end();
            qint64 earliest = std::numeric_limits<qint64>::max();
            for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
                if (it->notBeforeNs <= now) {
                    ready = it;
                    break;
                }
                earliest = std::min(earliest, it->notBeforeNs);
            }
            if (ready == m_queue.end()) {
                wakeAfter(earliest - now);
                return;
            }
            if (now < m_pausedUntilNs) {
                wakeAfter(m_pausedUntilNs - now);
                return;
            }
            if (const qint64 wait = m_limiter.delayNs(now); wait > 0) {
                wakeAfter(wait);
                return;
            }
            job = std::move(*ready);
            m_queue.erase(ready);
            ++m_stats.attempts;
        }
        m_limiter.take(now);
        start(std::move(job));
    }
}

void HttpWorker::start(Job job)
{
    const auto free = std::find(m_slotUsed.begin(), m_slotUsed.end(), false);
    const int slot = static_cast<int>(free - m_slotUsed.begin());
    *free = true;
    const HttpRequest& spec = job.request->request();
    QNetworkRequest request(job.request->url());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      m_options.userAgent.isEmpty() ? HttpClient::defaultUserAgent() : m_options.userAgent);
    request.setRawHeader("Accept", "application/json, text/csv, text/plain, */*");
    for (const auto& [name, value] : spec.headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(static_cast<int>(m_options.timeoutSeconds * 1000.0));
    // Qt follows redirects except from https down to http (InsecureRedirectError), counts them and ends
    // a loop with TooManyRedirectsError; one it cannot follow (ftp:) ends as a 3xx answer, which
    // finished() turns into the reason. (Qt 6.4's UserVerifiedRedirectPolicy was tried first: on a
    // loop it finished with "HTTP 100" and no error.)
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(std::max(0, m_options.maxRedirects));
    if (slot >= kQtConnectionsPerHost) {
        request.setPeerVerifyName(job.request->url().host());
    }
    const QUrl url = job.request->url();
    QNetworkReply* reply = spec.method == "GET" && spec.body.isEmpty()
                               ? m_nam->get(request)
                               : m_nam->sendCustomRequest(request, spec.method, spec.body);
    // Qt's HTTP thread reads ahead of this one without limit (a fast server's 64 MB arrived whole before
    // the first downloadProgress was seen here). A read buffer just above the cap stops it there: an
    // answer within the cap never fills it, a larger one fills it past the cap and is aborted.
    reply->setReadBufferSize(m_options.maxResponseBytes + kReadAhead);
    m_flights.insert(reply, Flight{std::move(job), slot, url, Abort::None, {}});
    {
        std::lock_guard lock(m_mutex);
        m_stats.peakInFlight = std::max(m_stats.peakInFlight, static_cast<int>(m_flights.size()));
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
    connect(
        reply, &QNetworkReply::redirected, this, [this, reply](const QUrl& to) { redirected(reply, to); });
    // The size cap bites on the declared length as soon as the headers arrive, and on the bytes
    // received as they arrive (a body without Content-Length, or one longer than declared), so a huge
    // answer never sits in memory.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid()) {
            checkSize(reply, length.toLongLong());
        }
    });
    // readyRead, not downloadProgress: Qt emits the latter at most every 100 ms or so, and once the
    // read buffer below is full no more data (and no more progress) comes. Nothing is read from the
    // reply before it finishes, so what is available is what has arrived.
    connect(reply, &QIODevice::readyRead, this, [this, reply] { checkSize(reply, reply->bytesAvailable()); });
    // The transfer timeout only measures silence: a server that drips a byte every few seconds never
    // trips it. The deadline bounds the whole attempt; the reply is its context, so it dies with it.
    QTimer::singleShot(static_cast<int>(std::clamp(m_options.deadlineSeconds * 1000.0, 1.0, 2.0e9)),
                       reply,
                       [this, reply] { abortFlight(reply, Abort::Deadline); });
}

void HttpWorker::abortFlight(QNetworkReply* reply, Abort why, const QString& reason)
{
    const auto it = m_flights.find(reply);
    if (it == m_flights.end() || it->abort != Abort::None) {
        return;
    }
    it->abort = why;
    it->abortReason = reason;
    reply->abort(); // emits finished() at once, which reads the reason
}

void HttpWorker::checkSize(QNetworkReply* reply, qint64 bytes)
{
    if (bytes > m_options.maxResponseBytes) {
        abortFlight(reply, Abort::TooLarge);
    }
}

void HttpWorker::redirected(QNetworkReply* reply, const QUrl& to)
{
    const auto it = m_flights.find(reply);
    if (it == m_flights.end()) {
        return;
    }
    const QString refusal = HttpClient::redirectRefusal(it->current, to);
    if (!refusal.isEmpty()) {
        abortFlight(reply, Abort::Redirect, QStringLiteral("%1: %2").arg(hostOf(it->current), refusal));
        return;
    }
    spdlog::debug("http: {} redirected to {}", it->current.toString(), to.toString());
    it->current = to;
}

void HttpWorker::finished(QNetworkReply* reply)
{
    const auto it = m_flights.find(reply);
    if (it == m_flights.end()) {
        return;
    }
    Flight flight = std::move(it.value());
    m_flights.erase(it);
    m_slotUsed[static_cast<size_t>(flight.slot)] = false;
    reply->deleteLater();
    Job& job = flight.job;
    if (isCancelled()) {
        job.request->finish(fail(Error::cancelled()));
        return;
    }

    const QUrl url = job.request->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    // Failures that another attempt would only repeat: the same oversized answer, the same redirects.
    QString finalProblem;
    if (flight.abort == Abort::TooLarge) {
        finalProblem = QStringLiteral("answer larger than %1 from %2")
                           .arg(HttpClient::sizeText(m_options.maxResponseBytes), hostOf(flight.current));
    } else if (flight.abort == Abort::Redirect) {
        finalProblem = flight.abortReason;
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        finalProblem = QStringLiteral("too many redirects from %1 (more than %2)")
                           .arg(hostOf(url))
                           .arg(m_options.maxRedirects);
    } else if (error == QNetworkReply::InsecureRedirectError) {
        finalProblem =
            QStringLiteral("%1: refused a redirect from https down to http").arg(hostOf(flight.current));
    } else if (status >= 300 && status < 400) {
        // A redirect Qt did not follow (to ftp: it reports ProtocolUnknownError; no Location at all: no
        // error) is no answer.
        const QByteArray location = reply->rawHeader("Location");
        const QUrl to = flight.current.resolved(QUrl::fromEncoded(location));
        const QString refusal =
            location.isEmpty() ? QString() : HttpClient::redirectRefusal(flight.current, to);
        finalProblem = refusal.isEmpty() ? QStringLiteral("%1 answered HTTP %2 without a redirect to follow")
                                               .arg(hostOf(flight.current))
                                               .arg(status)
                                         : QStringLiteral("%1: %2").arg(hostOf(flight.current), refusal);
    }
    if (!finalProblem.isEmpty()) {
        spdlog::debug("http: {} failed, not retried: {}", url.toString(), finalProblem);
        job.request->finish(fail(Error::io(finalProblem)));
        pump();
        return;
    }

    // Connection-level errors (codes below 200) mean no complete answer, even when a status line had
    // arrived (a body cut short). Our own aborts carry their reason (cancel is handled above), so an
    // unexplained "operation cancelled" here is Qt's transfer timeout.
    const bool transport = flight.abort == Abort::Deadline
                           || (error != QNetworkReply::NoError
                               && (status == 0 || error < QNetworkReply::ContentAccessDenied
                                   || error == QNetworkReply::ProtocolFailure));
    QString problem;
    if (transport) {
        if (flight.abort == Abort::Deadline) {
            problem = QStringLiteral("no complete answer from %1 within %2 s")
                          .arg(hostOf(flight.current))
                          .arg(m_options.deadlineSeconds);
        } else if (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError) {
            problem =
                QStringLiteral("no data from %1 for %2 s").arg(hostOf(url)).arg(m_options.timeoutSeconds);
        } else if (status != 0) {
            problem = QStringLiteral("truncated answer from %1: the connection closed before the whole "
                                     "body arrived")
                          .arg(hostOf(url));
        } else {
            problem = QStringLiteral("%1: %2").arg(hostOf(url), reply->errorString());
        }
    }

    // A request that must not run twice is retried only after a 429, which the server refused unread.
    const bool retryable = job.request->request().idempotent
                               ? (transport || RetryPolicy::isRetryableStatus(status))
                               : (!transport && status == 429);
    if (retryable && job.attempt <= m_options.retry.maxRetries) {
        const qint64 now = nowNs();
        const double retryAfter =
            transport ? -1.0
                      : parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (retryAfter <= m_options.retry.maxRetryAfterSeconds) {
            const double delay = m_options.retry.delaySeconds(
                job.attempt, retryAfter, std::uniform_real_distribution<double>(0.0, 1.0)(m_random));
            spdlog::debug("http: {} on attempt {} of {}; retrying in {:.2f} s",
                          transport ? problem : QStringLiteral("HTTP %1").arg(status),
                          job.attempt,
                          url.toString(),
                          delay);
            ++job.attempt;
            job.notBeforeNs = now + static_cast<qint64>(delay * 1e9);
            {
                std::lock_guard lock(m_mutex);
                if (status == 429 && retryAfter >= 0) {
                    m_pausedUntilNs = std::max(m_pausedUntilNs, now + static_cast<qint64>(retryAfter * 1e9));
                }
                ++m_stats.retries;
                m_queue.push_front(std::move(job));
            }
            pump();
            return;
        }
    }

    if (transport) {
        job.request->finish(
            fail(Error::io(QStringLiteral("%1 (%2 attempt(s))").arg(problem, QString::number(job.attempt)))));
    } else {
        HttpResponse response;
        response.url = url;
        response.finalUrl = flight.current;
        response.status = status;
        response.body = reply->readAll();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.attempts = job.attempt;
        response.retryAfter = reply->rawHeader("Retry-After");
        response.usedWeight = reply->rawHeader("X-MBX-USED-WEIGHT-1M");
        job.request->finish(std::move(response));
    }
    pump();
}

void HttpWorker::abortFlights()
{
    // abort() emits finished() synchronously, which edits m_flights: work on a copy of the keys.
    const QList<QNetworkReply*> replies = m_flights.keys();
    for (QNetworkReply* reply : replies) {
        reply->abort();
    }
}

void HttpWorker::shutdown()
{
    abortFlights();
    if (m_wake) {
        m_wake->stop();
    }
    delete m_nam;
    m_nam = nullptr;
    thread()->quit();
}

HttpClient::HttpClient(const HttpClientOptions& options)
    : m_thread(std::make_unique<QThread>())
{
    // Process-wide and idempotent: proxies come from the desktop settings or http(s)_proxy/no_proxy.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_thread->setObjectName(QStringLiteral("tessera-http"));
    m_worker = new HttpWorker(options);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

HttpClient::~HttpClient()
{
    m_worker->cancelAll();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::QueuedConnection);
    m_thread->wait();
}

PendingRequestPtr HttpClient::get(const QUrl& url, bool urgent)
{
    auto request = std::make_shared<PendingRequest>(url);
    m_worker->submit(request, urgent);
    return request;
}

PendingRequestPtr HttpClient::send(HttpRequest spec, bool urgent)
{
    auto request = std::make_shared<PendingRequest>(std::move(spec));
    m_worker->submit(request, urgent);
    return request;
}

void HttpClient::expedite(const PendingRequestPtr& request)
{
    m_worker->expedite(request);
}

void HttpClient::cancelAll()
{
    m_worker->cancelAll();
}

HttpClient::Stats HttpClient::stats() const
{
    return m_worker->stats();
}

QString HttpClient::redirectRefusal(const QUrl& from, const QUrl& to)
{
    const QString scheme = to.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        return QStringLiteral("refused a redirect to %1 (only http and https are followed)")
            .arg(to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    }
    if (from.scheme().compare(u"https", Qt::CaseInsensitive) == 0 && scheme == u"http") {
        return QStringLiteral("refused a redirect from https down to %1")
            .arg(to.toString(QUrl::RemoveUserInfo));
    }
    return {};
}

QString HttpClient::sizeText(qint64 bytes)
{
    constexpr qint64 kB = 1024;
    constexpr qint64 MB = 1024 * 1024;
    if (bytes >= MB) {
        return QStringLiteral("%1 MB").arg(QString::number(static_cast<double>(bytes) / MB, 'g', 4));
    }
    if (bytes >= kB) {
        return QStringLiteral("%1 KB").arg(QString::number(static_cast<double>(bytes) / kB, 'g', 4));
    }
    return QStringLiteral("%1 bytes").arg(bytes);
}

QByteArray HttpClient::defaultUserAgent()
{
    // Yahoo answers scripted-looking agents with 429s more readily; a browser's string is the norm.
    return QByteArrayLiteral("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/124.0.0.0 Safari/537.36");
}

} // namespace Tessera::Fetch
