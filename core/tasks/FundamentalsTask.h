#pragma once

#include <QJsonObject>
#include <QStringList>

#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/**
 * "fundamentals": today's fundamentals from Yahoo quoteSummary for each symbol (Fundamentals::
 * YahooFundamentalsClient: one cookie + crumb session per run), stored by as-of date with the derived
 * values (FundamentalsRepository). A recorded run like any other: progress, cancel, resume, a reason per
 * failed symbol ("Quote not found", "no crumb"). Parameters: tickers (default every stored symbol),
 * baseUrl (a test server or a mirror).
 */
TaskKind fundamentalsTaskKind();

QJsonObject fundamentalsParams(const QStringList& tickers, const QString& baseUrl = {});

} // namespace Tessera::Tasks
