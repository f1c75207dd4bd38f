#include "core/broker/OrderText.h"

#include <cmath>

#include <QCoreApplication>

namespace Tessera::Broker {

Result<int> checkOrderRequest(const Portfolio::OrderRequest& request, const QString& brokerName)
{
    using Portfolio::OrderType;
    const double q = request.quantity;
    if (!(q > 0) || std::floor(q) != q || q > 1e9) {
        return fail(
            Error::invalidInput(QCoreApplication::translate(
                                    "Broker", "%1 orders need a whole number of shares above 0, not %2 (%3)")
                                    .arg(brokerName, QString::number(q), request.symbol)));
    }
    const bool needsPrice = request.type == OrderType::Limit || request.type == OrderType::StopLoss;
    const bool needsTrigger =
        request.type == OrderType::StopLoss || request.type == OrderType::StopLossMarket;
    if (needsPrice && !(request.price.value_or(0) > 0)) {
        return fail(Error::invalidInput(
            QCoreApplication::translate("Broker", "a limit or stop-limit order needs a price above 0 (%1)")
                .arg(request.symbol)));
    }
    if (needsTrigger && !(request.triggerPrice.value_or(0) > 0)) {
        return fail(Error::invalidInput(
            QCoreApplication::translate("Broker", "a stop-loss order needs a trigger price above 0 (%1)")
                .arg(request.symbol)));
    }
    return static_cast<int>(q);
}

QString describeOrder(const Portfolio::OrderRequest& request)
{
    using Portfolio::OrderType;
    QString type;
    switch (request.type) {
    case OrderType::Market:
        type = QStringLiteral("market");
        break;
    case OrderType::Limit:
        type = QStringLiteral("limit %1").arg(request.price.value_or(0));
        break;
    case OrderType::StopLoss:
        type = QStringLiteral("stop %1 limit %2")
                   .arg(request.triggerPrice.value_or(0))
                   .arg(request.price.value_or(0));
        break;
    case OrderType::StopLossMarket:
        type = QStringLiteral("stop %1 market").arg(request.triggerPrice.value_or(0));
        break;
    }
    return QStringLiteral("%1 %2 %3 %4 (%5)")
        .arg(request.side == Portfolio::Side::Buy ? QStringLiteral("buy") : QStringLiteral("sell"))
        .arg(request.quantity)
        .arg(request.symbol,
             type,
             request.product == Portfolio::Product::Delivery ? QStringLiteral("delivery")
                                                             : QStringLiteral("intraday"));
}

} // namespace Tessera::Broker
