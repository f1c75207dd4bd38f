#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <utility>

#include <QDateTime>
#include <QJsonDocument>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include "core/broker/InstrumentMaster.h"
#include "core/fetch/http/HttpClient.h"
#include "core/portfolio/BrokerTypes.h"

namespace Tessera::Broker {

/** What the user registers with the broker: Kite's api_key/api_secret, Fyers' app_id/secret. */
struct Credentials
{
    QString apiKey;
    QString apiSecret;
};

/** A logged-in day: the access token and whose account it opens. */
struct Session
{
    QString accessToken;
    QString accountId;
    QString accountName;
    QDateTime loginAt; ///< UTC
};

/** Where a broker answers. The defaults are the production hosts; tests put everything on a fake server. */
struct Endpoints
{
    QUrl api;         ///< REST root
    QUrl login;       ///< the page the browser opens
    QUrl instruments; ///< instrument master CSV
};

/** Knobs shared by both clients. */
struct ClientOptions
{
    QUrl baseUrl;                 ///< non-empty: every endpoint under this root (the fake servers)
    QString instrumentCacheDir;   ///< where the instrument master is cached for a day; empty = no file cache
    double requestsPerSecond = 0; ///< 0 = the broker's documented rate
    int maxRetries = 4;
};

/**
 * What Kite and Fyers share: the HTTP client under the broker's rate limit, the login steps around the
 * redirect listener, the instrument master with its day-long file cache, and the translation of answers
 * to messages. A client holds one account's credentials and (once logged in) its session. Calls block:
 * worker threads only (the GUI runs them through QtConcurrent).
 */
class BrokerClient : public Portfolio::BrokerGateway
{
public:
    ~BrokerClient() override;

    /** "Kite", "Fyers": for messages. */
    [[nodiscard]] virtual QString displayName() const = 0;
    /** The broker's login page for this app, carrying state back to the redirect. */
    [[nodiscard]] virtual QUrl loginUrl(const QString& state, const QUrl& redirectUrl) const = 0;
    /** The request token / auth code of the redirect's query, or the broker's reason for none. */
    [[nodiscard]] virtual Result<QString> loginCode(const QUrlQuery& redirect) const = 0;
    /** Exchanges the code for an access token and reads whose account it is; keeps the session. */
    [[nodiscard]] virtual Result<Session> createSession(const QString& code) = 0;
    /** The account's id and name (a cheap call that proves the token still works). */
    [[nodiscard]] virtual Result<Session> profile() = 0;
    /** Whole shares, the prices the type needs, and the symbol in the instrument list (downloaded once). */
    [[nodiscard]] Result<void> approve(const Portfolio::OrderRequest& request) override;
    /** Ends the session at the broker where the API offers it (Kite); a no-op elsewhere. */
    [[nodiscard]] virtual Result<void> revoke() { return {}; }

    void setSession(const Session& session);
    Session session() const;
    const Credentials& credentials() const { return m_credentials; }
    const Endpoints& endpoints() const { return m_endpoints; }

    /** The instrument master (downloaded, or the cache file when younger than a day). */
    [[nodiscard]] Result<std::shared_ptr<const SymbolMap>> instruments();

protected:
    BrokerClient(QString broker,
                 Credentials credentials,
                 Endpoints endpoints,
                 const ClientOptions& options,
                 double documentedRate);

    /**
     * The start every sync shares: the instrument master (to map the broker's symbols to tickers) and a
     * snapshot carrying the broker and the logged-in account from profile().
     */
    [[nodiscard]] Result<std::pair<Portfolio::BrokerSnapshot, std::shared_ptr<const SymbolMap>>>
    beginSnapshot();
    /** Sends a request and waits for its answer (any status), or the transport error. */
    [[nodiscard]] Result<Fetch::HttpResponse> exchange(Fetch::HttpRequest request);
    /** Headers the instrument download needs (Kite: the session's); none for a public file. */
    [[nodiscard]] virtual QList<QPair<QByteArray, QByteArray>> instrumentHeaders() const { return {}; }
    /** The master's CSV parsed; called by instruments(). */
    [[nodiscard]] virtual Result<SymbolMap> parseInstruments(const QByteArray& csv,
                                                             const QString& source) const = 0;
    /** The message of an error answer, in the broker's words, for an HTTP status and body. */
    [[nodiscard]] virtual Error errorOf(const Fetch::HttpResponse& response, const QString& action) const = 0;

    /** The broker symbol for a ticker, or "TICKER is not in Kite's instrument list …". */
    [[nodiscard]] Result<QString> brokerSymbol(const QString& ticker);
    /** "session expired: log in again" in the broker's name. */
    Error loginAgain(const QString& detail) const;
    /**
     * A placement that got no answer (noAnswer, an I/O error) may still have gone through: the order
     * carrying tag in book (the broker's order book, read after the failure), or an error saying that
     * nothing was placed (NotFound) or that it is unknown whether anything was (Io). Never a second
     * placement.
     */
    [[nodiscard]] Result<Portfolio::BrokerOrder> findUnansweredOrder(
        const Error& noAnswer, const QString& tag, const Result<QVector<Portfolio::BrokerOrder>>& book) const;
    /** A tag the broker keeps with an order: the client order id, alphanumeric, at most maxLength. */
    static QString orderTag(const QString& clientOrderId, int maxLength);

    const QString m_broker; ///< "kite", "fyers"

private:
    Credentials m_credentials;
    Endpoints m_endpoints;
    ClientOptions m_options;
    std::unique_ptr<Fetch::HttpClient> m_http;
    mutable std::mutex m_mutex; // guards the session and the instruments
    Session m_session;
    std::shared_ptr<const SymbolMap> m_instruments;
};

/** Indian Standard Time (UTC+05:30, no daylight saving): the time zone both brokers answer in. */
QTimeZone indiaTime();
/** sha256 of text as lower-case hex: Kite's checksum, Fyers' appIdHash. */
QString sha256Hex(const QString& text);

} // namespace Tessera::Broker
