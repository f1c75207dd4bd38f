#pragma once

#include "core/broker/BrokerClient.h"

namespace Tessera::Broker {

/**
 * Zerodha Kite Connect v3 (https://kite.trade/docs/connect/v3/): login (user/), portfolio/, orders/,
 * margins (user/#funds-and-margins), the instrument dump (market-quotes/#instruments) and the error
 * types of exceptions/. Every call sends `X-Kite-Version: 3` and `Authorization: token api_key:access_token`.
 *
 * Login: the browser opens kite.zerodha.com/connect/login?v=3&api_key=…&redirect_params=state%3D…; Kite
 * sends it to the app's registered redirect URL with request_token, status and our state; POST
 * /session/token with checksum = sha256(api_key + request_token + api_secret) gives the access token,
 * valid until about 06:00 IST the next day.
 *
 * Rate limits (exceptions/#api-rate-limit): 10 requests/s for most endpoints (orders too, besides
 * 200 orders/minute); the client keeps to 8/s and retries 429 answers after Retry-After.
 */
class KiteClient final : public BrokerClient
{
public:
    static Endpoints productionEndpoints();
    /** Every endpoint under base (a fake server): /session/token, /orders, …, /connect/login,
     * /instruments/NSE. */
    static Endpoints endpointsAt(const QUrl& base);

    KiteClient(Credentials credentials, const ClientOptions& options);

    QString broker() const override { return QStringLiteral("kite"); }
    QString displayName() const override { return QStringLiteral("Kite"); }
    QUrl loginUrl(const QString& state, const QUrl& redirectUrl) const override;
    Result<QString> loginCode(const QUrlQuery& redirect) const override;
    Result<Session> createSession(const QString& requestToken) override;
    Result<Session> profile() override;
    Result<void> revoke() override;

    Result<Portfolio::BrokerSnapshot> sync() override;
    Result<Portfolio::BrokerOrder> place(const Portfolio::OrderRequest& request) override;
    Result<Portfolio::BrokerOrder> modify(const QString& brokerOrderId,
                                          const Portfolio::OrderRequest& request) override;
    Result<void> cancel(const QString& brokerOrderId) override;

    /** Kite keeps a tag of up to 20 alphanumeric characters with an order. */
    static constexpr int kTagLength = 20;

protected:
    QList<QPair<QByteArray, QByteArray>> instrumentHeaders() const override;
    Result<SymbolMap> parseInstruments(const QByteArray& csv, const QString& source) const override;
    Error errorOf(const Fetch::HttpResponse& response, const QString& action) const override;

private:
    /** One call: the answer's "data" on success, the translated error otherwise. */
    Result<QJsonValue> call(const QByteArray& method,
                            const QString& path,
                            const QUrlQuery& form,
                            const QString& action,
                            bool idempotent = true);
    Result<Portfolio::BrokerOrder> orderState(const QString& orderId);
    Result<QVector<Portfolio::BrokerOrder>> orders();
    QList<QPair<QByteArray, QByteArray>> headers() const;
    QString tickerOf(const QJsonObject& row, const SymbolMap& map) const;
    Portfolio::BrokerOrder orderOf(const QJsonObject& row, const SymbolMap& map) const;
    QUrlQuery orderForm(const Portfolio::OrderRequest& request, int quantity) const;
};

} // namespace Tessera::Broker
