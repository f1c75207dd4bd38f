#pragma once

#include <QFuture>
#include <QStringList>

#include "core/store/Database.h"

namespace Tessera::Ui {

/**
 * Brokers ▸ Sync broker accounts: every broker with a stored login (Kite, Fyers) synced into the portfolio,
 * off the GUI thread (keychain and network). One line per logged-in broker: what the journal recorded, or
 * why the sync failed; empty when no broker is logged in.
 */
QFuture<QStringList> syncBrokerAccounts(Store::DatabasePtr db);

} // namespace Tessera::Ui
