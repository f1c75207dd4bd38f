#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QList>

#include "core/config/Parameter.h"
#include "core/portfolio/BrokerTypes.h"
#include "core/store/Database.h"

namespace Tessera::Broker {

/** "broker/liveTrading": off (the default) or on. */
extern const QString kLiveTradingSetting;

/** The broker settings of the database's settings table (`tessera-cli settings`, the settings page). */
const QList<Config::Parameter>& brokerParameters();

/** Whether live trading is switched on in db. */
[[nodiscard]] Result<bool> liveTradingEnabled(const Store::Database& db);

/** "live trading is off: …how to turn it on…": the refusal every live order gets while it is off. */
QString liveTradingOffMessage();

/** "kite:AB1234": what a live order's confirmation must name. */
QString liveConfirmationText(const QString& broker, const QString& accountId);

/**
 * A broker gateway that only lets an order through when live trading is on and the order was
 * confirmed for this broker and account: the one gate every live order passes, whatever placed it
 * (the CLI's --confirm-live, the GUI's confirmation dialog, the portfolio's router). Cancelling is never
 * gated: taking risk off must always work. Sync passes through.
 */
class LiveOrderGateway final : public Portfolio::BrokerGateway
{
public:
    /** Whether live trading is on now (read at every order, so switching it off takes effect at once). */
    using EnabledCheck = std::function<Result<bool>()>;
    /** Asks for this order's confirmation (see Portfolio::OrderConfirmer). */
    using Confirmer = Portfolio::OrderConfirmer;

    LiveOrderGateway(Portfolio::BrokerGateway& inner,
                     QString accountId,
                     EnabledCheck enabled,
                     Confirmer confirm);
    /** The same, owning inner: what the portfolio's gateway registry hands out (see LiveGateways.h). */
    LiveOrderGateway(std::unique_ptr<Portfolio::BrokerGateway> inner,
                     QString accountId,
                     EnabledCheck enabled,
                     Confirmer confirm);

    QString broker() const override { return m_inner.broker(); }
    Result<Portfolio::BrokerSnapshot> sync() override { return m_inner.sync(); }
    /**
     * The switch first (no network while it is off), then the inner gateway's checks (whole shares, the
     * symbol at the broker), then the confirmation. An approved order is placed without a second question,
     * as long as place() gets the same order under the same client order id.
     */
    Result<void> approve(const Portfolio::OrderRequest& request) override;
    Result<Portfolio::BrokerOrder> place(const Portfolio::OrderRequest& request) override;
    Result<Portfolio::BrokerOrder> modify(const QString& brokerOrderId,
                                          const Portfolio::OrderRequest& request) override;
    Result<void> cancel(const QString& brokerOrderId) override { return m_inner.cancel(brokerOrderId); }

private:
    [[nodiscard]] Result<void> allow(const QString& description,
                                     const std::function<Result<void>()>& innerCheck);

    std::unique_ptr<Portfolio::BrokerGateway> m_owned; // before m_inner: m_inner may refer to it
    Portfolio::BrokerGateway& m_inner;
    QString m_accountId;
    EnabledCheck m_enabled;
    Confirmer m_confirm;
    QHash<QString, QString> m_approved; ///< client order id → the description that was confirmed
};

} // namespace Tessera::Broker
