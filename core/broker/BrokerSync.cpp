#include "core/broker/BrokerSync.h"

#include <QCoreApplication>

#include "core/broker/BrokerClient.h"

namespace Tessera::Broker {

Result<SyncOutcome>
syncIntoPortfolio(const Store::Database& db, BrokerConnections& connections, const QString& broker)
{
    auto client = connections.loggedInClient(broker);
    if (!client) {
        return fail(client.error());
    }
    auto snapshot = (*client)->sync();
    if (!snapshot) {
        return fail(snapshot.error());
    }
    auto recorded = Portfolio::ingestSnapshot(db, *snapshot);
    if (!recorded) {
        return fail(recorded.error().prefixed(
            QStringLiteral("recording the %1 sync in the portfolio").arg((*client)->displayName())));
    }
    return SyncOutcome{std::move(*snapshot), std::move(*recorded)};
}

QString syncSummary(const SyncOutcome& outcome)
{
    return QCoreApplication::translate("Broker",
                                       "%1%2: %3 new order(s), %4 status update(s), %5 new trade(s)")
        .arg(outcome.recorded.account.name,
             outcome.recorded.created ? QCoreApplication::translate("Broker", " (new account)") : QString())
        .arg(outcome.recorded.orders)
        .arg(outcome.recorded.updates)
        .arg(outcome.recorded.trades);
}

} // namespace Tessera::Broker
