#pragma once

#include "core/broker/BrokerClient.h"

namespace Tessera::Broker {

/**
 * Fyers API v3 (https://myapi.fyers.in/docsv3): login (generate-authcode, validate-authcode), user
 * (profile, funds, holdings), transaction info (orders, positions, tradebook), order placement
 * (orders/sync: POST, PATCH, DELETE) and the symbol master (public.fyers.in/sym_details/NSE_CM.csv).
 * Answers are {"s": "ok"|"error", "code": …, "message": …}; calls send `Authorization: app_id:access_token`.
 *
 * Login: the browser opens …/generate-authcode?client_id=…&redirect_uri=…&response_type=code&state=…;
 * Fyers sends it to redirect_uri with auth_code and state; POST validate-authcode with
 * appIdHash = sha256(app_id + ":" + app_secret) gives the access token, valid for the trading day.
 *
 * Rate limits: 10 requests/s and 200/minute per app; the client keeps to 3/s so a burst never crosses
 * the per-minute limit, and retries 429 answers.
 */
class FyersClient final : public BrokerClient
{
public:
    static Endpoints productionEndpoints();
    /** Every endpoint under base: /api/v3/…, /api/v3/generate-authcode, /sym_details/NSE_CM.csv. */
    static Endpoints endpointsAt(const QUrl& base);

    FyersClient(Credentials credentials, const ClientOptions& options);

    QString broker() const override { return QStringLiteral("fyers"); }
    QString displayName() const override { return QStringLiteral("Fyers"); }
    QUrl loginUrl(const QString& state, const QUrl& redirectUrl) const override;
    Result<QString> loginCode(const QUrlQuery& redirect) const override;
    Result<Session> createSession(const QString& authCode) override;
    Result<Session> profile() override;

    Result<Portfolio::BrokerSnapshot> sync() override;
    Result<Portfolio::BrokerOrder> place(const Portfolio::OrderRequest& request) override;
    Result<Portfolio::BrokerOrder> modify(const QString& brokerOrderId,
                                          const Portfolio::OrderRequest& request) override;
    Result<void> cancel(const QString& brokerOrderId) override;

    static constexpr int kTagLength = 20;

protected:
    Result<SymbolMap> parseInstruments(const QByteArray& csv, const QString& source) const override;
    Error errorOf(const Fetch::HttpResponse& response, const QString& action) const override;

private:
    /** One call: the whole answer object when "s" is "ok", the translated error otherwise. */
    Result<QJsonObject> call(const QByteArray& method,
                             const QString& path,
                             const QJsonObject& body,
                             const QString& action,
                             bool idempotent = true,
                             const QUrlQuery& query = {});
    Result<QVector<Portfolio::BrokerOrder>> orders(const QString& id = {});
    Portfolio::BrokerOrder orderOf(const QJsonObject& row, const SymbolMap& map) const;
    QString tickerOf(const QString& fyersSymbol, const SymbolMap& map) const;
};

} // namespace Tessera::Broker
