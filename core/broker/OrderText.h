#pragma once

#include <QString>

#include "core/common/Result.h"
#include "core/portfolio/BrokerTypes.h"

namespace Tessera::Broker {

/**
 * Checks what both brokers need of an order before anything is sent: a whole positive quantity, a limit
 * price for Limit and StopLoss, a trigger for StopLoss and StopLossMarket. The error names the broker.
 */
[[nodiscard]] Result<int> checkOrderRequest(const Portfolio::OrderRequest& request,
                                            const QString& brokerName);

/** "buy 10 RELIANCE.NS limit 2500 (delivery)": an order in one line, for confirmations and logs. */
QString describeOrder(const Portfolio::OrderRequest& request);

} // namespace Tessera::Broker
