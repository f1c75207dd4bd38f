#include "core/broker/BrokerClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include "core/broker/OrderText.h"
#include "core/common/AtomicFile.h"
#include "core/common/Log.h"

namespace Tessera::Broker {
namespace {

/** A master younger than this is reused from the cache file (both brokers publish theirs daily). */
constexpr qint64 kInstrumentCacheSeconds = 20 * 3600;

} // namespace

QTimeZone indiaTime()
{
    return QTimeZone(5 * 3600 + 30 * 60);
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

BrokerClient::BrokerClient(QString broker,
                           Credentials credentials,
                           Endpoints endpoints,
                           const ClientOptions& options,
                           double documentedRate)
    : m_broker(std::move(broker))
    , m_credentials(std::move(credentials))
    , m_endpoints(std::move(endpoints))
    , m_options(options)
{
    Fetch::HttpClientOptions http;
    http.requestsPerSecond = options.requestsPerSecond > 0 ? options.requestsPerSecond : documentedRate;
    http.maxConcurrent = 2;
    http.timeoutSeconds = 20;
    http.deadlineSeconds = 60;
    http.maxResponseBytes = 64LL * 1024 * 1024; // Kite's full instrument dump is ~10 MB and growing
    http.retry.maxRetries = options.maxRetries;
    http.retry.baseDelaySeconds = 0.5;
    http.userAgent = QByteArrayLiteral("Tessera/0.1 (Qt)");
    http.useSystemProxy = options.baseUrl.host() != u"127.0.0.1";
    m_http = std::make_unique<Fetch::HttpClient>(http);
}

BrokerClient::~BrokerClient() = default;

void BrokerClient::setSession(const Session& session)
{
    std::lock_guard lock(m_mutex);
    m_session = session;
}

Session BrokerClient::session() const
{
    std::lock_guard lock(m_mutex);
    return m_session;
}

Result<Fetch::HttpResponse> BrokerClient::exchange(Fetch::HttpRequest request)
{
    auto response = m_http->send(std::move(request))->wait();
    if (!response) {
        return fail(response.error().prefixed(displayName()));
    }
    return response;
}

Error BrokerClient::loginAgain(const QString& detail) const
{
    return Error::invalidInput(
        QCoreApplication::translate(
            "Broker",
            "%1 session expired or was revoked: log in again (tessera-cli broker login "
            "%2, or Brokers ▸ Connect in the app) [%3]")
            .arg(displayName(), m_broker, detail));
}

QString BrokerClient::orderTag(const QString& clientOrderId, int maxLength)
{
    QString tag = clientOrderId;
    tag.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    if (tag.size() > maxLength) {
        // Long ids (UUIDs) keep their last characters: the random, distinguishing part.
        tag = tag.right(maxLength);
    }
    return tag;
}

Result<std::pair<Portfolio::BrokerSnapshot, std::shared_ptr<const SymbolMap>>> BrokerClient::beginSnapshot()
{
    auto map = instruments();
    if (!map) {
        return fail(map.error());
    }
    Portfolio::BrokerSnapshot snap;
    snap.broker = broker();
    auto who = profile();
    if (!who) {
        return fail(who.error());
    }
    snap.accountId = who->accountId;
    snap.accountName = who->accountName;
    return std::pair{std::move(snap), std::move(*map)};
}

Result<std::shared_ptr<const SymbolMap>> BrokerClient::instruments()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_instruments
            && m_instruments->loadedAt.secsTo(QDateTime::currentDateTimeUtc()) < kInstrumentCacheSeconds) {
            return m_instruments;
        }
    }
    const QString cacheFile =
        m_options.instrumentCacheDir.isEmpty()
            ? QString()
            : QDir(m_options.instrumentCacheDir).filePath(QStringLiteral("%1-instruments.csv").arg(m_broker));
    QByteArray csv;
    QString source;
    QDateTime loadedAt;
    const QFileInfo cached(cacheFile);
    if (!cacheFile.isEmpty() && cached.exists()
        && cached.lastModified().toUTC().secsTo(QDateTime::currentDateTimeUtc()) < kInstrumentCacheSeconds) {
        QFile file(cacheFile);
        if (file.open(QIODevice::ReadOnly)) {
            csv = file.readAll();
            source = QDir::toNativeSeparators(cacheFile);
            loadedAt = cached.lastModified().toUTC();
        }
    }
    if (csv.isEmpty()) {
        auto response = exchange({"GET", m_endpoints.instruments, instrumentHeaders(), {}, true});
        if (!response) {
            return fail(response.error().prefixed(QStringLiteral("instrument list")));
        }
        if (response->status != 200) {
            return fail(errorOf(*response, QStringLiteral("downloading the instrument list")));
        }
        csv = response->body;
        source = m_endpoints.instruments.toString(QUrl::RemoveQuery);
        loadedAt = QDateTime::currentDateTimeUtc();
    }
    auto parsed = parseInstruments(csv, source);
    if (!parsed) {
        return fail(parsed.error());
    }
    if (parsed->size() == 0) {
        return fail(Error::invalidInput(
            QCoreApplication::translate("Broker", "%1: the instrument list holds no equities").arg(source)));
    }
    if (!cacheFile.isEmpty() && loadedAt.secsTo(QDateTime::currentDateTimeUtc()) < 5) {
        QDir().mkpath(m_options.instrumentCacheDir);
        if (auto written = writeFileAtomically(cacheFile, csv, Durability::Unsynced); !written) {
            spdlog::warn("{}: instrument list not cached: {}", displayName(), written.error().message);
        }
    }
    parsed->loadedAt = loadedAt;
    spdlog::info("{}: {} equities in the instrument list ({})", displayName(), parsed->size(), source);
    auto map = std::make_shared<const SymbolMap>(std::move(*parsed));
    std::lock_guard lock(m_mutex);
    m_instruments = map;
    return map;
}

Result<QString> BrokerClient::brokerSymbol(const QString& ticker)
{
    auto map = instruments();
    if (!map) {
        return fail(map.error());
    }
    if (auto symbol = (*map)->toBroker(ticker)) {
        return *symbol;
    }
    return fail(Error::notFound(
        QCoreApplication::translate("Broker",
                                    "%1 is not an equity in %2's instrument list (%3 equities, %4): "
                                    "Tessera places orders for NSE (.NS) and BSE (.BO) shares")
            .arg(ticker, displayName())
            .arg((*map)->size())
            .arg((*map)->source)));
}

Result<void> BrokerClient::approve(const Portfolio::OrderRequest& request)
{
    if (auto quantity = checkOrderRequest(request, displayName()); !quantity) {
        return fail(quantity.error());
    }
    // Loads the instrument list now, before the order is journalled: place() then maps from memory.
    if (auto symbol = brokerSymbol(request.symbol); !symbol) {
        return fail(symbol.error());
    }
    return {};
}

Result<Portfolio::BrokerOrder> BrokerClient::findUnansweredOrder(
    const Error& noAnswer, const QString& tag, const Result<QVector<Portfolio::BrokerOrder>>& book) const
{
    if (!book) {
        return fail(
            Error::io(QCoreApplication::translate(
                          "Broker",
                          "%1; the order book could not be read either, so it is unknown whether the "
                          "order went through: check %2's order book (tag %3) before placing it again")
                          .arg(noAnswer.message, displayName(), tag)));
    }
    for (const Portfolio::BrokerOrder& o : *book) {
        if (o.clientOrderId == tag) {
            spdlog::warn("{}: no confirmation for tag {}, but the order book has it as {}",
                         displayName(),
                         tag,
                         o.brokerOrderId);
            return o;
        }
    }
    // Not Io: the book says for certain that nothing was placed (Io is kept for "unknown", see place()).
    return fail(
        Error::notFound(QCoreApplication::translate(
                            "Broker", "%1; no order tagged %2 is in %3's order book, so nothing was placed")
                            .arg(noAnswer.message, tag, displayName())));
}

} // namespace Tessera::Broker
