#pragma once

#include <QList>

#include "core/common/Result.h"
#include "core/portfolio/PortfolioTypes.h"
#include "core/store/Database.h"

namespace Tessera::Portfolio {

struct EquityPoint
{
    QDate day;
    double equity = 0; ///< cash + positions at the day's stored closes
    double cash = 0;
};

/**
 * An account's equity per trading day, from its journal: the events folded day by day (undated ones —
 * the first deposit — before the first day) and the positions valued at each day's stored close (the
 * newest on or before it; a symbol without stored bars at the broker's last price). The days are those
 * with a bar of a traded symbol, from the first dated event to the account's clock (or its last event).
 */
[[nodiscard]] Result<QList<EquityPoint>> equityCurve(const Store::Database& db, const Account& account);

/** The largest peak-to-trough fall of the curve, as a fraction of the peak (0 when it never falls). */
double maxDrawdown(const QList<EquityPoint>& curve);

} // namespace Tessera::Portfolio
