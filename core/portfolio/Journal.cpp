#include "core/portfolio/Journal.h"

#include <QJsonArray>

namespace Tessera::Portfolio {
namespace {

const QList<std::pair<EventKind, const char*>>& kindNames()
{
    static const QList<std::pair<EventKind, const char*>> names = {
        {EventKind::Deposit, "deposit"},
        {EventKind::Withdrawal, "withdrawal"},
        {EventKind::OrderPlaced, "order_placed"},
        {EventKind::OrderAccepted, "order_accepted"},
        {EventKind::OrderTriggered, "order_triggered"},
        {EventKind::OrderFilled, "order_filled"},
        {EventKind::OrderCancelled, "order_cancelled"},
        {EventKind::OrderRejected, "order_rejected"},
        {EventKind::OrderUpdated, "order_updated"},
        {EventKind::Dividend, "dividend"},
        {EventKind::BrokerState, "broker_state"},
        {EventKind::Clock, "clock"},
    };
    return names;
}

void putOptional(QJsonObject& o, const char* key, const std::optional<double>& v)
{
    if (v) {
        o.insert(QLatin1String(key), *v);
    }
}

std::optional<double> getOptional(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString dayText(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString eventKindText(EventKind kind)
{
    for (const auto& [k, name] : kindNames()) {
        if (k == kind) {
            return QLatin1String(name);
        }
    }
    return {};
}

Result<EventKind> parseEventKind(const QString& text)
{
    for (const auto& [k, name] : kindNames()) {
        if (text == QLatin1String(name)) {
            return k;
        }
    }
    return fail(Error::database(QStringLiteral("unknown portfolio event kind '%1'").arg(text)));
}

QJsonObject orderJson(const Order& order)
{
    QJsonObject o{{QStringLiteral("client_order_id"), order.clientOrderId},
                  {QStringLiteral("symbol"), order.symbol},
                  {QStringLiteral("side"), sideText(order.side)},
                  {QStringLiteral("type"), orderTypeText(order.type)},
                  {QStringLiteral("product"), productText(order.product)},
                  {QStringLiteral("quantity"), order.quantity},
                  {QStringLiteral("placed_on"), dayText(order.placedOn)}};
    putOptional(o, "price", order.price);
    putOptional(o, "trigger", order.triggerPrice);
    putOptional(o, "target", order.target);
    putOptional(o, "stop", order.stop);
    if (!order.brokerOrderId.isEmpty()) {
        o.insert(QStringLiteral("broker_order_id"), order.brokerOrderId);
    }
    if (!order.parentId.isEmpty()) {
        o.insert(QStringLiteral("parent"), order.parentId);
    }
    if (!order.ocoGroup.isEmpty()) {
        o.insert(QStringLiteral("oco"), order.ocoGroup);
    }
    if (!order.note.isEmpty()) {
        o.insert(QStringLiteral("note"), order.note);
    }
    return o;
}

Order orderFromJson(const QJsonObject& o)
{
    Order order;
    order.clientOrderId = o.value(QStringLiteral("client_order_id")).toString();
    order.brokerOrderId = o.value(QStringLiteral("broker_order_id")).toString();
    order.symbol = o.value(QStringLiteral("symbol")).toString();
    order.side = parseSide(o.value(QStringLiteral("side")).toString()).value_or(Side::Buy);
    order.type = parseOrderType(o.value(QStringLiteral("type")).toString()).value_or(OrderType::Market);
    order.product = parseProduct(o.value(QStringLiteral("product")).toString()).value_or(Product::Delivery);
    order.quantity = o.value(QStringLiteral("quantity")).toDouble();
    order.price = getOptional(o, "price");
    order.triggerPrice = getOptional(o, "trigger");
    order.target = getOptional(o, "target");
    order.stop = getOptional(o, "stop");
    order.parentId = o.value(QStringLiteral("parent")).toString();
    order.ocoGroup = o.value(QStringLiteral("oco")).toString();
    order.note = o.value(QStringLiteral("note")).toString();
    order.placedOn = QDate::fromString(o.value(QStringLiteral("placed_on")).toString(), Qt::ISODate);
    return order;
}

QJsonObject fillJson(const Fill& fill)
{
    return QJsonObject{{QStringLiteral("trade_id"), fill.tradeId},
                       {QStringLiteral("client_order_id"), fill.clientOrderId},
                       {QStringLiteral("symbol"), fill.symbol},
                       {QStringLiteral("side"), sideText(fill.side)},
                       {QStringLiteral("product"), productText(fill.product)},
                       {QStringLiteral("quantity"), fill.quantity},
                       {QStringLiteral("price"), fill.price},
                       {QStringLiteral("slippage"), fill.slippage},
                       {QStringLiteral("charges"), fill.charges},
                       {QStringLiteral("day"), dayText(fill.day)}};
}

Fill fillFromJson(const QJsonObject& o)
{
    Fill f;
    f.tradeId = o.value(QStringLiteral("trade_id")).toString();
    f.clientOrderId = o.value(QStringLiteral("client_order_id")).toString();
    f.symbol = o.value(QStringLiteral("symbol")).toString();
    f.side = parseSide(o.value(QStringLiteral("side")).toString()).value_or(Side::Buy);
    f.product = parseProduct(o.value(QStringLiteral("product")).toString()).value_or(Product::Delivery);
    f.quantity = o.value(QStringLiteral("quantity")).toDouble();
    f.price = o.value(QStringLiteral("price")).toDouble();
    f.slippage = o.value(QStringLiteral("slippage")).toDouble();
    f.charges = o.value(QStringLiteral("charges")).toDouble();
    f.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
    return f;
}

JournalEvent depositEvent(QDate day, double amount, const QString& note, const QString& key)
{
    return {0,
            0,
            EventKind::Deposit,
            key,
            {},
            day,
            QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("note"), note}}};
}

JournalEvent withdrawalEvent(QDate day, double amount, const QString& note)
{
    return {0,
            0,
            EventKind::Withdrawal,
            {},
            {},
            day,
            QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("note"), note}}};
}

JournalEvent placedEvent(const Order& order)
{
    // The client order id is the key: a placement retried after a crash is the same order, not a second.
    return {0,
            0,
            EventKind::OrderPlaced,
            QStringLiteral("placed:") + order.clientOrderId,
            order.clientOrderId,
            order.placedOn,
            orderJson(order)};
}

JournalEvent acceptedEvent(const QString& clientOrderId, QDate day)
{
    return {
        0, 0, EventKind::OrderAccepted, QStringLiteral("accepted:") + clientOrderId, clientOrderId, day, {}};
}

JournalEvent triggeredEvent(const QString& clientOrderId, QDate day)
{
    return {0,
            0,
            EventKind::OrderTriggered,
            QStringLiteral("triggered:") + clientOrderId,
            clientOrderId,
            day,
            {}};
}

JournalEvent filledEvent(const Fill& fill, bool advancesOrder)
{
    QJsonObject payload = fillJson(fill);
    if (!advancesOrder) {
        payload.insert(QStringLiteral("broker"), true);
    }
    return {0,
            0,
            EventKind::OrderFilled,
            QStringLiteral("trade:") + fill.tradeId,
            fill.clientOrderId,
            fill.day,
            payload};
}

JournalEvent cancelledEvent(const QString& clientOrderId, QDate day, const QString& reason)
{
    return {0,
            0,
            EventKind::OrderCancelled,
            QStringLiteral("cancelled:") + clientOrderId,
            clientOrderId,
            day,
            QJsonObject{{QStringLiteral("reason"), reason}}};
}

JournalEvent rejectedEvent(const QString& clientOrderId, QDate day, const QString& reason)
{
    return {0,
            0,
            EventKind::OrderRejected,
            QStringLiteral("rejected:") + clientOrderId,
            clientOrderId,
            day,
            QJsonObject{{QStringLiteral("reason"), reason}}};
}

JournalEvent updatedEvent(const BrokerOrder& order, QDate day)
{
    // One event per distinct report: the same report seen in the next sync is a duplicate.
    const QString key = QStringLiteral("update:%1:%2:%3")
                            .arg(order.brokerOrderId, statusText(order.status))
                            .arg(order.filledQuantity, 0, 'g', 12);
    return {0,
            0,
            EventKind::OrderUpdated,
            key,
            order.clientOrderId,
            day,
            QJsonObject{{QStringLiteral("status"), statusText(order.status)},
                        {QStringLiteral("broker_order_id"), order.brokerOrderId},
                        {QStringLiteral("filled"), order.filledQuantity},
                        {QStringLiteral("average"), order.averagePrice},
                        {QStringLiteral("message"), order.statusMessage}}};
}

JournalEvent dividendEvent(const QString& symbol, QDate exDate, double perShare, double quantity)
{
    return {0,
            0,
            EventKind::Dividend,
            QStringLiteral("dividend:%1:%2").arg(symbol, dayText(exDate)),
            {},
            exDate,
            QJsonObject{{QStringLiteral("symbol"), symbol},
                        {QStringLiteral("per_share"), perShare},
                        {QStringLiteral("quantity"), quantity},
                        {QStringLiteral("amount"), perShare * quantity}}};
}

JournalEvent brokerStateEvent(const BrokerSnapshot& s)
{
    QJsonArray holdings;
    for (const BrokerHolding& h : s.holdings) {
        holdings.append(QJsonObject{{QStringLiteral("symbol"), h.symbol},
                                    {QStringLiteral("quantity"), h.quantity},
                                    {QStringLiteral("average"), h.averagePrice},
                                    {QStringLiteral("last"), h.lastPrice}});
    }
    QJsonArray positions;
    for (const BrokerPosition& p : s.positions) {
        positions.append(QJsonObject{{QStringLiteral("symbol"), p.symbol},
                                     {QStringLiteral("product"), productText(p.product)},
                                     {QStringLiteral("quantity"), p.quantity},
                                     {QStringLiteral("average"), p.averagePrice},
                                     {QStringLiteral("last"), p.lastPrice},
                                     {QStringLiteral("realised"), p.realisedPnl}});
    }
    const QString taken = s.takenAt.toUTC().toString(Qt::ISODate);
    return {0,
            0,
            EventKind::BrokerState,
            QStringLiteral("sync:") + taken,
            {},
            s.takenAt.toUTC().date(),
            QJsonObject{{QStringLiteral("taken_at"), taken},
                        {QStringLiteral("holdings"), holdings},
                        {QStringLiteral("positions"), positions},
                        {QStringLiteral("currency"), s.funds.currency},
                        {QStringLiteral("available"), s.funds.available},
                        {QStringLiteral("used"), s.funds.used},
                        {QStringLiteral("total"), s.funds.total}}};
}

JournalEvent clockEvent(QDate day)
{
    return {0, 0, EventKind::Clock, QStringLiteral("clock:") + dayText(day), {}, day, {}};
}

} // namespace Tessera::Portfolio
