#pragma once

#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/screens/ScreenAlert.h"
#include "core/store/Database.h"

namespace Tessera::Tasks {

/**
 * Evaluates every watched screen on the newest stored day and compares its result (after its limit)
 * with the members of its previous evaluation: symbols that entered or left raise a ScreenAlert each
 * (stored, with the screen's field values), and the members are replaced. A screen's first evaluation
 * only records its members (no alert for everything being "new"). Runs after each data update (the
 * pipeline's finish, the run-all saga); one transaction. Returns the alerts raised.
 */
[[nodiscard]] Result<QList<Screens::ScreenAlert>> checkWatchedScreens(const Store::Database& db);

/** "screen alerts: 2 entered, 1 left (Momentum: BEL.NS entered, …)", empty when none. */
QString screenAlertsNote(const QList<Screens::ScreenAlert>& alerts);

} // namespace Tessera::Tasks
