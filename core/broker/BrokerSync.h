#pragma once

#include <QString>
#include <QStringList>

#include "core/broker/BrokerConnections.h"
#include "core/common/Result.h"
#include "core/portfolio/Portfolio.h"
#include "core/store/Database.h"

namespace Tessera::Broker {

/** What one sync brought: the broker's snapshot and what the portfolio's journal recorded of it. */
struct SyncOutcome
{
    Portfolio::BrokerSnapshot snapshot;
    Portfolio::IngestSummary recorded;
};

/**
 * Syncs one logged-in broker account into the portfolio (the CLI's `broker sync` and the window's Brokers ▸
 * Sync): funds, holdings, positions, orders and trades read from the broker, then recorded in the journal
 * (the broker's account made on the first sync; orders and trades once each by their broker ids). Errors
 * say which broker: not logged in, the session expired, the network, or the journal.
 */
[[nodiscard]] Result<SyncOutcome>
syncIntoPortfolio(const Store::Database& db, BrokerConnections& connections, const QString& broker);

/** "Kite AB1234: 2 new order(s), 1 status update(s), 1 new trade(s)" for a status line. */
QString syncSummary(const SyncOutcome& outcome);

} // namespace Tessera::Broker
