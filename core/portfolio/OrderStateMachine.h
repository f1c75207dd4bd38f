#pragma once

#include "core/common/Result.h"
#include "core/portfolio/BrokerTypes.h"

namespace Tessera::Portfolio {

/**
 * The order life cycle, explicit so an event that would make no sense is refused rather than recorded:
 *
 *     new ──► open ──► partially_filled ──► filled
 *      │        │  ╲         │  ▲ (more fills)
 *      │        │   ╲────────┼──┴────────► filled
 *      ├──► rejected ◄───────┘ (open only)
 *      └──► cancelled ◄── open, partially_filled
 *
 * new → open (accepted), rejected or cancelled; open → partially_filled, filled, cancelled or rejected;
 * partially_filled → partially_filled (another fill), filled or cancelled (the rest). Filled, cancelled
 * and rejected are final.
 */
bool canTransition(OrderStatus from, OrderStatus to);

/** The same, as an error naming the order and both states ("order c-12: filled → open is not allowed"). */
[[nodiscard]] Result<void> checkTransition(const QString& clientOrderId, OrderStatus from, OrderStatus to);

} // namespace Tessera::Portfolio
