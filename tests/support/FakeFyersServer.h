#pragma once

#include <memory>
#include <mutex>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "tests/support/FakeHttpServer.h"

namespace Tessera::Test {

/**
 * Fyers API v3 on 127.0.0.1 (https://myapi.fyers.in/docsv3): /api/v3/generate-authcode (logs in at once and
 * redirects to redirect_uri with s=ok, auth_code and the state), POST /api/v3/validate-authcode
 * (appIdHash = sha256(app_id:secret) checked), /api/v3/profile, /funds, /holdings, /positions, /orders
 * (?id=), /tradebook, POST/PATCH/DELETE /api/v3/orders/sync and /sym_details/NSE_CM.csv. Calls check
 * `Authorization: app_id:access_token` and answer Fyers' errors: 401 {"s":"error","code":-16} for a wrong
 * or expired token, -50 input errors, -99 rejections (margin, market closed), 429.
 *
 * Account XY01234 "Ravi Kumar": fund_limit total 250000 / utilised 50000 / available 200000; holdings
 * NSE:SBIN-EQ 20 at 600 (ltp 620); position NSE:INFY-EQ INTRADAY 4 at 1440 (ltp 1450, realised 80);
 * order 2401150001 (SBIN buy 20 CNC, traded at 600, tag seed1) with trade 5001. Market orders trade at
 * once at the last price (SBIN 620, INFY 1450, RELIANCE 2500); limit and stop orders stay pending (6);
 * orders for the reject symbol are rejected (5). Thread-safe.
 */
class FakeFyersServer
{
public:
    static constexpr const char* kAppId = "FYAPP123-100";
    static constexpr const char* kAccount = "XY01234";

    explicit FakeFyersServer(QString appSecret);
    ~FakeFyersServer();

    QString baseUrl() const { return m_http->baseUrl(); }
    QStringList log() const { return m_http->log(); }
    void expireTokens();
    /** The next `times` requests whose method and path start so get status with
     * {"s":"error","code","message"}. */
    void addError(const QByteArray& method,
                  const QString& pathPrefix,
                  int status,
                  int code,
                  const QString& message,
                  int times = 1);
    /** The next `times` requests so are carried out but answered 504 (FakeHttpServer::loseAnswers). */
    void loseAnswers(const QByteArray& method, const QString& pathPrefix, int times = 1)
    {
        m_http->loseAnswers(method, pathPrefix, times);
    }
    /** Forgets the queued error answers (addError) not yet given. */
    void clearErrors();
    void setRejectSymbol(const QString& fyersSymbol);
    QJsonArray orders() const;
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
    QStringList m_authCodes;
    QStringList m_accessTokens;
    int m_counter = 0;
    QList<Error> m_errors;
    QString m_rejectSymbol;
    QJsonArray m_orders;
    QJsonArray m_trades;
    std::unique_ptr<FakeHttpServer> m_http;
};

} // namespace Tessera::Test
