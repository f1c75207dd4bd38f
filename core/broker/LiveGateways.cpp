#include "core/broker/LiveGateways.h"

#include <QCoreApplication>

#include "core/broker/BrokerConnections.h"
#include "core/broker/LiveTrading.h"
#include "core/portfolio/Portfolio.h"

namespace Tessera::Broker {

SecretStoreProvider systemSecretStoreProvider()
{
    return [] {
        return std::shared_ptr<SecretStore>(systemSecretStore());
    };
}

void registerLiveGateways(const ClientOptions& options, SecretStoreProvider secrets)
{
    for (const QString& name : brokerNames()) {
        Portfolio::GatewayRegistry::instance().registerFactory(
            name,
            [options, secrets](const Portfolio::Account& account, const Portfolio::GatewayContext& context)
                -> Result<std::unique_ptr<Portfolio::BrokerGateway>> {
                const std::shared_ptr<SecretStore> store = secrets ? secrets() : nullptr;
                if (!store) {
                    return fail(Error::internal(QStringLiteral("no secret store for the broker gateways")));
                }
                BrokerConnections connections(*store, options);
                auto client = connections.loggedInClient(account.broker);
                if (!client) {
                    return fail(client.error());
                }
                // The stored session must open this very account: a login to another account of the same
                // broker must never receive this account's orders.
                const QString loggedIn = (*client)->session().accountId;
                if (loggedIn != account.brokerAccount) {
                    return fail(Error::invalidInput(
                        QCoreApplication::translate(
                            "Broker",
                            "%1 is logged in as %2, not as %3 (portfolio account '%4'): log in to %3 with "
                            "'tessera-cli broker login %5' (or Brokers ▸ Connect)")
                            .arg(brokerDisplayName(account.broker),
                                 loggedIn,
                                 account.brokerAccount,
                                 account.name,
                                 account.broker)));
                }
                const Store::Database* db = context.db;
                LiveOrderGateway::EnabledCheck enabled = [db]() -> Result<bool> {
                    return db ? liveTradingEnabled(*db) : Result<bool>(false);
                };
                return std::unique_ptr<Portfolio::BrokerGateway>(std::make_unique<LiveOrderGateway>(
                    std::unique_ptr<Portfolio::BrokerGateway>(std::move(*client)),
                    account.brokerAccount,
                    std::move(enabled),
                    context.confirm));
            });
    }
}

void unregisterLiveGateways()
{
    for (const QString& name : brokerNames()) {
        Portfolio::GatewayRegistry::instance().unregisterFactory(name);
    }
}

} // namespace Tessera::Broker
