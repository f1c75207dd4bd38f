#include "core/fetch/providers/NetworkProvider.h"

#include <QHostAddress>

namespace Tessera::Fetch {

HttpClientOptions httpClientOptions(const NetworkOptions& options)
{
    HttpClientOptions o;
    o.maxConcurrent = options.maxConcurrent;
    o.requestsPerSecond = options.requestsPerSecond;
    o.timeoutSeconds = options.timeoutSeconds;
    o.deadlineSeconds = options.deadlineSeconds;
    o.maxResponseBytes = options.maxResponseBytes;
    o.retry.maxRetries = options.retries;
    o.retry.baseDelaySeconds = options.backoffSeconds;
    const QUrl base(options.baseUrl);
    o.useSystemProxy = !(QHostAddress(base.host()).isLoopback() || base.host() == u"localhost");
    return o;
}

NetworkProvider::NetworkProvider(NetworkOptions options, QDateTime now)
    : m_options(std::move(options))
    , m_now(std::move(now))
{}

NetworkProvider::~NetworkProvider() = default;

Result<QList<FetchUnit>> NetworkProvider::plan(const QStringList& selection)
{
    if (selection.isEmpty()) {
        return fail(Error::invalidInput(
            QStringLiteral("%1 cannot list its symbols: name them (--ticker, --universe, --tag, ...) or "
                           "import a universe first")
                .arg(id())));
    }
    QList<FetchUnit> units;
    QSet<QString> seen;
    for (const QString& raw : selection) {
        const QString ticker = raw.trimmed();
        if (ticker.isEmpty() || seen.contains(ticker)) {
            continue;
        }
        seen.insert(ticker);
        FetchUnit unit;
        unit.ticker = ticker;
        unit.meta.ticker = ticker;
        units.append(unit);
    }
    return units;
}

NetworkProvider::Window NetworkProvider::windowFor(const FetchUnit& unit) const
{
    Window w;
    w.until = m_now;
    w.incremental = unit.storedLast.isValid();
    if (w.incremental) {
        w.from = unit.storedLast.addDays(-m_options.overlapDays);
        return w;
    }
    // A full fetch reaches the history range, and further back when more is stored already, so that
    // replacing the stored history never shortens it.
    w.from = historyStart(m_options.historyRange, m_now.toUTC().date());
    if (w.from.isValid() && unit.storedFirst.isValid() && unit.storedFirst < w.from) {
        w.from = unit.storedFirst;
    }
    return w;
}

HttpClient& NetworkProvider::clientLocked()
{
    if (!m_client) {
        m_client = std::make_unique<HttpClient>(httpClientOptions(m_options));
        if (m_cancelled) {
            m_client->cancelAll();
        }
    }
    return *m_client;
}

void NetworkProvider::topUpLocked()
{
    while (m_ahead.size() < kPrefetchWindow && m_next < m_order.size()) {
        const FetchUnit& unit = m_order.at(m_next++);
        const auto url = urlFor(unit, windowFor(unit));
        if (!url) {
            continue; // fetch() reports the error; nothing to download
        }
        const QString key = url->toString();
        if (m_taken.contains(key) || m_ahead.contains(key)) {
            continue;
        }
        m_ahead.insert(key, clientLocked().get(*url));
    }
}

void NetworkProvider::prefetch(const QList<FetchUnit>& units)
{
    std::lock_guard lock(m_mutex);
    m_order = units;
    m_next = 0;
    topUpLocked();
}

Result<FetchedBars> NetworkProvider::fetchUnit(const FetchUnit& unit, const CancelCheck& canceled)
{
    const Window window = windowFor(unit);
    const auto url = urlFor(unit, window);
    if (!url) {
        return fail(url.error());
    }
    auto response = request(*url, canceled);
    if (!response) {
        return fail(response.error());
    }
    return parse(unit, window, *response);
}

Result<HttpResponse> NetworkProvider::request(const QUrl& url, const CancelCheck& canceled)
{
    PendingRequestPtr pending;
    {
        std::lock_guard lock(m_mutex);
        const QString key = url.toString();
        pending = m_ahead.take(key);
        if (pending) {
            clientLocked().expedite(pending);
        } else {
            pending = clientLocked().get(url, true);
        }
        m_taken.insert(key);
        topUpLocked();
    }
    return pending->wait(canceled);
}

void NetworkProvider::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_ahead.clear();
    if (m_client) {
        m_client->cancelAll();
    }
}

HttpClient::Stats NetworkProvider::httpStats() const
{
    std::lock_guard lock(m_mutex);
    return m_client ? m_client->stats() : HttpClient::Stats{};
}

} // namespace Tessera::Fetch
