#pragma once

#include <QList>
#include <QStringList>

#include "core/alerts/PriceAlert.h"
#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Tasks {

/**
 * Checks the active price alerts of tickers (empty = every symbol) against the bars stored after each
 * alert's checkedThrough (Alerts::firstCrossing) and records the outcome: the first crossing marks the
 * alert triggered with that bar's date and close, otherwise checkedThrough moves to the last stored bar,
 * so each bar is judged once. A symbol with hourly bars is judged on its new hours first (the crossing
 * is then an hour, with that hour's close); daily bars only count for days after the last judged hour's
 * day, so the days a 24/7 market derives from its hours never fire a second time. Runs at the end of every
 * load (LoadTask's finish, like the calendar inference), so a crossing is found after each data update.
 * Returns the alerts triggered by this call. Synchronous; one transaction per alert.
 */
[[nodiscard]] Result<QList<Alerts::PriceAlert>> checkPriceAlerts(const Store::Database& db,
                                                                 const QStringList& tickers = {});

/** The run-summary note for triggered alerts ("price alerts: TCS.NS rose to …"), empty when none. */
QString priceAlertsNote(const QList<Alerts::PriceAlert>& triggered);

} // namespace Tessera::Tasks
