#include "core/broker/LiveTrading.h"

#include <QCoreApplication>

#include "core/broker/BrokerConnections.h"
#include "core/broker/OrderText.h"
#include "core/common/Log.h"
#include "core/store/SettingsRepository.h"

namespace Tessera::Broker {

const QString kLiveTradingSetting = QStringLiteral("broker/liveTrading");

const QList<Config::Parameter>& brokerParameters()
{
    static const QList<Config::Parameter> table = {
        {kLiveTradingSetting,
         Config::ParameterType::Choice,
         QStringLiteral("off"),
         0,
         0,
         QString(),
         QStringLiteral("Whether orders may go to a connected broker's real account (Kite, Fyers); each live "
                        "order still needs its own confirmation naming the broker and account. Off: only the "
                        "paper account trades."),
         QString(),
         QString(),
         {QStringLiteral("off"), QStringLiteral("on")}},
    };
    return table;
}

Result<bool> liveTradingEnabled(const Store::Database& db)
{
    const Config::Parameter& p = brokerParameters().constFirst();
    auto stored = Store::SettingsRepository(db).value(p.key);
    if (!stored) {
        return fail(stored.error());
    }
    auto valid = Config::validate(p, stored->isEmpty() ? p.defaultValue : *stored);
    if (!valid) {
        return fail(valid.error());
    }
    return *valid == u"on";
}

QString liveTradingOffMessage()
{
    return QCoreApplication::translate(
        "Broker",
        "live trading is off, so no order goes to a broker: turn it on with "
        "'tessera-cli settings set broker/liveTrading on'; the paper account needs no "
        "switch");
}

QString liveConfirmationText(const QString& broker, const QString& accountId)
{
    return broker + u':' + accountId;
}

LiveOrderGateway::LiveOrderGateway(Portfolio::BrokerGateway& inner,
                                   QString accountId,
                                   EnabledCheck enabled,
                                   Confirmer confirm)
    : m_inner(inner)
    , m_accountId(std::move(accountId))
    , m_enabled(std::move(enabled))
    , m_confirm(std::move(confirm))
{}

LiveOrderGateway::LiveOrderGateway(std::unique_ptr<Portfolio::BrokerGateway> inner,
                                   QString accountId,
                                   EnabledCheck enabled,
                                   Confirmer confirm)
    : m_owned(std::move(inner))
    , m_inner(*m_owned)
    , m_accountId(std::move(accountId))
    , m_enabled(std::move(enabled))
    , m_confirm(std::move(confirm))
{}

Result<void> LiveOrderGateway::allow(const QString& description,
                                     const std::function<Result<void>()>& innerCheck)
{
    auto on = m_enabled ? m_enabled() : Result<bool>(false);
    if (!on) {
        return fail(on.error());
    }
    if (!*on) {
        return fail(Error::invalidInput(liveTradingOffMessage()));
    }
    if (innerCheck) {
        if (auto ok = innerCheck(); !ok) {
            return ok;
        }
    }
    if (!m_confirm || !m_confirm(m_inner.broker(), m_accountId, description)) {
        return fail(Error::cancelled(
            QCoreApplication::translate("Broker",
                                        "live order not confirmed for %1 account %2: nothing was sent (%3)")
                .arg(brokerDisplayName(m_inner.broker()), m_accountId, description)));
    }
    spdlog::info(
        "live order confirmed for {}: {}", liveConfirmationText(m_inner.broker(), m_accountId), description);
    return {};
}

Result<void> LiveOrderGateway::approve(const Portfolio::OrderRequest& request)
{
    const QString description = describeOrder(request);
    if (auto ok = allow(description, [&] { return m_inner.approve(request); }); !ok) {
        return ok;
    }
    if (!request.clientOrderId.isEmpty()) {
        m_approved.insert(request.clientOrderId, description);
    }
    return {};
}

Result<Portfolio::BrokerOrder> LiveOrderGateway::place(const Portfolio::OrderRequest& request)
{
    const QString description = describeOrder(request);
    // Approved just before (the portfolio journals the order in between): the same order goes without a
    // second question; anything else is asked about now.
    const bool approved =
        !request.clientOrderId.isEmpty() && m_approved.take(request.clientOrderId) == description;
    if (!approved) {
        if (auto ok = allow(description, [&] { return m_inner.approve(request); }); !ok) {
            return fail(ok.error());
        }
    }
    return m_inner.place(request);
}

Result<Portfolio::BrokerOrder> LiveOrderGateway::modify(const QString& brokerOrderId,
                                                        const Portfolio::OrderRequest& request)
{
    if (auto ok = allow(QCoreApplication::translate("Broker", "change order %1 to %2")
                            .arg(brokerOrderId, describeOrder(request)),
                        {});
        !ok) {
        return fail(ok.error());
    }
    return m_inner.modify(brokerOrderId, request);
}

} // namespace Tessera::Broker
