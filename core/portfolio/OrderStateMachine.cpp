#include "core/portfolio/OrderStateMachine.h"

#include "core/portfolio/PortfolioTypes.h"

namespace Tessera::Portfolio {

bool canTransition(OrderStatus from, OrderStatus to)
{
    switch (from) {
    case OrderStatus::New:
        return to == OrderStatus::Open || to == OrderStatus::Rejected || to == OrderStatus::Cancelled;
    case OrderStatus::Open:
        return to == OrderStatus::PartiallyFilled || to == OrderStatus::Filled || to == OrderStatus::Cancelled
               || to == OrderStatus::Rejected;
    case OrderStatus::PartiallyFilled:
        return to == OrderStatus::PartiallyFilled || to == OrderStatus::Filled
               || to == OrderStatus::Cancelled;
    case OrderStatus::Filled:
    case OrderStatus::Cancelled:
    case OrderStatus::Rejected:
        return false;
    }
    return false;
}

Result<void> checkTransition(const QString& clientOrderId, OrderStatus from, OrderStatus to)
{
    if (canTransition(from, to)) {
        return {};
    }
    return fail(Error::invalidInput(QStringLiteral("order %1: %2 → %3 is not allowed")
                                        .arg(clientOrderId, statusText(from), statusText(to))));
}

} // namespace Tessera::Portfolio
