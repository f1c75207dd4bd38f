#include "core/broker/SnapshotJson.h"

#include <QJsonArray>

namespace Tessera::Broker {

using namespace Portfolio;

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString sideText(Side s)
{
    return s == Side::Sell ? QStringLiteral("sell") : QStringLiteral("buy");
}

QString productText(Product p)
{
    return p == Product::Intraday ? QStringLiteral("intraday") : QStringLiteral("delivery");
}

QString typeText(OrderType t)
{
    switch (t) {
    case OrderType::Limit:
        return QStringLiteral("limit");
    case OrderType::StopLoss:
        return QStringLiteral("stop-limit");
    case OrderType::StopLossMarket:
        return QStringLiteral("stop-market");
    case OrderType::Market:
        break;
    }
    return QStringLiteral("market");
}

} // namespace

QString statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
        return QStringLiteral("new");
    case OrderStatus::Open:
        return QStringLiteral("open");
    case OrderStatus::PartiallyFilled:
        return QStringLiteral("partially filled");
    case OrderStatus::Filled:
        return QStringLiteral("filled");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QJsonObject orderJson(const BrokerOrder& o)
{
    QJsonObject j{{QStringLiteral("broker_order_id"), o.brokerOrderId},
                  {QStringLiteral("client_order_id"), o.clientOrderId},
                  {QStringLiteral("symbol"), o.symbol},
                  {QStringLiteral("side"), sideText(o.side)},
                  {QStringLiteral("type"), typeText(o.type)},
                  {QStringLiteral("product"), productText(o.product)},
                  {QStringLiteral("quantity"), o.quantity},
                  {QStringLiteral("filled_quantity"), o.filledQuantity},
                  {QStringLiteral("average_price"), o.averagePrice},
                  {QStringLiteral("status"), statusText(o.status)},
                  {QStringLiteral("status_message"), o.statusMessage},
                  {QStringLiteral("placed_at"), timeText(o.placedAt)},
                  {QStringLiteral("updated_at"), timeText(o.updatedAt)}};
    if (o.price) {
        j.insert(QStringLiteral("price"), *o.price);
    }
    if (o.triggerPrice) {
        j.insert(QStringLiteral("trigger_price"), *o.triggerPrice);
    }
    return j;
}

QJsonObject snapshotJson(const BrokerSnapshot& s)
{
    QJsonArray holdings;
    for (const BrokerHolding& h : s.holdings) {
        holdings.append(QJsonObject{{QStringLiteral("symbol"), h.symbol},
                                    {QStringLiteral("quantity"), h.quantity},
                                    {QStringLiteral("average_price"), h.averagePrice},
                                    {QStringLiteral("last_price"), h.lastPrice}});
    }
    QJsonArray positions;
    for (const BrokerPosition& p : s.positions) {
        positions.append(QJsonObject{{QStringLiteral("symbol"), p.symbol},
                                     {QStringLiteral("product"), productText(p.product)},
                                     {QStringLiteral("quantity"), p.quantity},
                                     {QStringLiteral("average_price"), p.averagePrice},
                                     {QStringLiteral("last_price"), p.lastPrice},
                                     {QStringLiteral("realised_pnl"), p.realisedPnl}});
    }
    QJsonArray orders;
    for (const BrokerOrder& o : s.orders) {
        orders.append(orderJson(o));
    }
    QJsonArray trades;
    for (const BrokerTrade& t : s.trades) {
        trades.append(QJsonObject{{QStringLiteral("trade_id"), t.tradeId},
                                  {QStringLiteral("broker_order_id"), t.brokerOrderId},
                                  {QStringLiteral("symbol"), t.symbol},
                                  {QStringLiteral("side"), sideText(t.side)},
                                  {QStringLiteral("quantity"), t.quantity},
                                  {QStringLiteral("price"), t.price},
                                  {QStringLiteral("time"), timeText(t.time)}});
    }
    return {{QStringLiteral("broker"), s.broker},
            {QStringLiteral("account_id"), s.accountId},
            {QStringLiteral("account_name"), s.accountName},
            {QStringLiteral("taken_at"), timeText(s.takenAt)},
            {QStringLiteral("funds"),
             QJsonObject{{QStringLiteral("currency"), s.funds.currency},
                         {QStringLiteral("available"), s.funds.available},
                         {QStringLiteral("used"), s.funds.used},
                         {QStringLiteral("total"), s.funds.total}}},
            {QStringLiteral("holdings"), holdings},
            {QStringLiteral("positions"), positions},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("trades"), trades}};
}

} // namespace Tessera::Broker
