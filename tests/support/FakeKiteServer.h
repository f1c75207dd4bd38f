#pragma once

#include <memory>
#include <mutex>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "tests/support/FakeHttpServer.h"

namespace Tessera::Test {

/**
 * Kite Connect v3 on 127.0.0.1 (https://kite.trade/docs/connect/v3/): the login page (which "logs in" at
 * once and redirects to the registered redirect URL with a request_token and the redirect_params),
 * POST/DELETE /session/token (checksum checked), /user/profile, /user/margins, /portfolio/holdings,
 * /portfolio/positions, /orders, /orders/{id}, /trades, POST/PUT/DELETE /orders/regular[/{id}] and the
 * /instruments/NSE dump. Every call but the login checks `X-Kite-Version: 3` and `Authorization: token
 * key:access_token` and answers Kite's JSON errors: TokenException (403) for a wrong or expired token,
 * InputException, OrderException, MarginException, NetworkException, 429.
 *
 * Account AB1234 "Asha Rao": funds net 150000.50 / debits 49999.50; holdings RELIANCE 10 (+2 T1) at
 * 2400 (last 2500), INFY 5 at 1500 (last 1450); position TCS MIS −3 at 3500 (last 3480, realised 120);
 * order 100001 (RELIANCE buy 2 CNC, COMPLETE at 2490, tag seed1) with trade T1 at 2490.
 * Market orders fill at once at the last price (RELIANCE 2500, INFY 1450, TCS 3480, BAJAJ-AUTO 9000);
 * limit orders stay OPEN, stop orders TRIGGER PENDING; orders for the reject symbol are REJECTED by the
 * RMS. Thread-safe.
 */
class FakeKiteServer
{
public:
    static constexpr const char* kApiKey = "kitekey123456";
    static constexpr const char* kAccount = "AB1234";

    explicit FakeKiteServer(QString apiSecret);
    ~FakeKiteServer();

    QString baseUrl() const { return m_http->baseUrl(); }
    QStringList log() const { return m_http->log(); }
    /** The app's registered redirect URL (Kite's developer console holds it, not the login URL). */
    void setRedirectUrl(const QUrl& url);
    /** Every token issued so far stops working: TokenException, as after 06:00 IST. */
    void expireTokens();
    /** The next `times` requests whose method and path start so are answered status + Kite error JSON. */
    void addError(const QByteArray& method,
                  const QString& pathPrefix,
                  int status,
                  const QString& errorType,
                  const QString& message,
                  int times = 1);
    /** The next `times` requests so are carried out but answered 504 (FakeHttpServer::loseAnswers). */
    void loseAnswers(const QByteArray& method, const QString& pathPrefix, int times = 1)
    {
        m_http->loseAnswers(method, pathPrefix, times);
    }
    /** Forgets the queued error answers (addError) not yet given. */
    void clearErrors();
    /** Placing an order for this trading symbol is REJECTED by the RMS with a reason. */
    void setRejectSymbol(const QString& tradingSymbol);
    /** The order book as the fake holds it (for checks). */
    QJsonArray orders() const;
    /** The last access token issued. */
    QString accessToken() const;

private:
    FakeReply handle(const Broker::HttpRequestHead& request);

    struct Error
    {
        QByteArray method;
        QString pathPrefix;
        int status;
        QByteArray body;
        int times;
    };

    mutable std::mutex m_mutex;
    QString m_secret;
    QUrl m_redirect;
    QStringList m_requestTokens;
    QStringList m_accessTokens;
    int m_counter = 0;
    QList<Error> m_errors;
    QString m_rejectSymbol;
    QJsonArray m_orders;
    QJsonArray m_trades;
    std::unique_ptr<FakeHttpServer> m_http;
};

} // namespace Tessera::Test
