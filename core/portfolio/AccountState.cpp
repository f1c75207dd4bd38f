#include "core/portfolio/AccountState.h"

#include <cmath>

#include <QJsonArray>

#include "core/portfolio/OrderStateMachine.h"

namespace Tessera::Portfolio {
namespace {

/** Quantities are compared with a tolerance: fractional (crypto) fills add up in floating point. */
constexpr double kQuantityEpsilon = 1e-9;

double signedQuantity(Side side, double quantity)
{
    return side == Side::Buy ? quantity : -quantity;
}

} // namespace

QString AccountState::positionKey(const QString& symbol, Product product)
{
    return symbol + QLatin1Char('|') + productText(product);
}

Result<Order*> AccountState::order(const JournalEvent& event)
{
    auto it = m_orders.find(event.clientOrderId);
    if (it == m_orders.end()) {
        return fail(Error::invalidInput(QStringLiteral("journal event %1 (%2) names unknown order '%3'")
                                            .arg(event.id)
                                            .arg(eventKindText(event.kind), event.clientOrderId)));
    }
    return &*it;
}

void AccountState::addCash(QDate day, CashKind kind, double amount, const QString& note)
{
    m_cashBalance += amount;
    m_cash.append(CashEntry{day, kind, amount, m_cashBalance, note});
}

double AccountState::applyToPosition(const Fill& fill)
{
    Position& p = m_positions[positionKey(fill.symbol, fill.product)];
    if (p.symbol.isEmpty()) {
        p.symbol = fill.symbol;
        p.product = fill.product;
    }
    const double q = signedQuantity(fill.side, fill.quantity);
    double realised = 0;
    if (std::abs(p.quantity) < kQuantityEpsilon || (p.quantity > 0) == (q > 0)) {
        // Opening or adding: the quantity-weighted mean.
        const double total = std::abs(p.quantity) + std::abs(q);
        p.averagePrice = (p.averagePrice * std::abs(p.quantity) + fill.price * std::abs(q)) / total;
        if (std::abs(p.quantity) < kQuantityEpsilon) {
            p.openedOn = fill.day;
        }
        p.quantity += q;
    } else {
        const double closed = std::min(std::abs(q), std::abs(p.quantity));
        const double direction = p.quantity > 0 ? 1.0 : -1.0;
        realised = closed * (fill.price - p.averagePrice) * direction;
        p.quantity += q;
        if (std::abs(p.quantity) < kQuantityEpsilon) {
            p.quantity = 0;
            p.averagePrice = 0;
        } else if ((p.quantity > 0) != (direction > 0)) {
            // Crossed zero: the rest is a new position at this price.
            p.averagePrice = fill.price;
            p.openedOn = fill.day;
        }
    }
    p.realisedPnl += realised;
    p.lastPrice = fill.price;
    return realised;
}

Result<void> AccountState::applyFill(const JournalEvent& event)
{
    Fill fill = fillFromJson(event.payload);
    if (fill.quantity <= 0 || !std::isfinite(fill.price) || fill.price <= 0) {
        return fail(Error::invalidInput(QStringLiteral("journal event %1: fill %2 has quantity %3 at %4")
                                            .arg(event.id)
                                            .arg(fill.tradeId)
                                            .arg(fill.quantity)
                                            .arg(fill.price)));
    }
    const bool brokerFill = event.payload.value(QStringLiteral("broker")).toBool();
    if (!brokerFill) {
        auto o = order(event);
        if (!o) {
            return fail(o.error());
        }
        Order& ord = **o;
        if (fill.quantity > ord.openQuantity() + kQuantityEpsilon) {
            return fail(Error::invalidInput(QStringLiteral("order %1: a fill of %2 exceeds the open %3")
                                                .arg(ord.clientOrderId)
                                                .arg(fill.quantity)
                                                .arg(ord.openQuantity())));
        }
        const double newFilled = ord.filledQuantity + fill.quantity;
        const OrderStatus next =
            newFilled >= ord.quantity - kQuantityEpsilon ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
        if (auto ok = checkTransition(ord.clientOrderId, ord.status, next); !ok) {
            return ok;
        }
        ord.averageFillPrice =
            (ord.averageFillPrice * ord.filledQuantity + fill.price * fill.quantity) / newFilled;
        ord.filledQuantity = next == OrderStatus::Filled ? ord.quantity : newFilled;
        ord.status = next;
        ord.charges += fill.charges;
    }
    fill.realisedPnl = applyToPosition(fill);
    const double value = fill.quantity * fill.price;
    addCash(fill.day,
            CashKind::Trade,
            fill.side == Side::Buy ? -value : value,
            QStringLiteral("%1 %2 %3 @ %4")
                .arg(sideText(fill.side),
                     QString::number(fill.quantity),
                     fill.symbol,
                     QString::number(fill.price, 'f', 2)));
    if (fill.charges != 0) {
        m_charges += fill.charges;
        addCash(
            fill.day, CashKind::Charges, -fill.charges, QStringLiteral("charges on %1").arg(fill.tradeId));
    }
    m_fills.append(fill);
    return {};
}

Result<void> AccountState::apply(const JournalEvent& event)
{
    if (event.day.isValid() && (!m_clock.isValid() || event.day > m_clock)
        && event.kind == EventKind::Clock) {
        m_clock = event.day;
    }
    switch (event.kind) {
    case EventKind::Deposit:
        addCash(event.day,
                CashKind::Deposit,
                event.payload.value(QStringLiteral("amount")).toDouble(),
                event.payload.value(QStringLiteral("note")).toString());
        return {};
    case EventKind::Withdrawal:
        addCash(event.day,
                CashKind::Withdrawal,
                -event.payload.value(QStringLiteral("amount")).toDouble(),
                event.payload.value(QStringLiteral("note")).toString());
        return {};
    case EventKind::OrderPlaced: {
        if (m_orders.contains(event.clientOrderId)) {
            return fail(Error::invalidInput(QStringLiteral("journal event %1: order %2 placed twice")
                                                .arg(event.id)
                                                .arg(event.clientOrderId)));
        }
        Order o = orderFromJson(event.payload);
        o.status = OrderStatus::New;
        m_orders.insert(o.clientOrderId, o);
        m_orderSequence.append(o.clientOrderId);
        return {};
    }
    case EventKind::OrderAccepted:
    case EventKind::OrderCancelled:
    case EventKind::OrderRejected: {
        auto o = order(event);
        if (!o) {
            return fail(o.error());
        }
        const OrderStatus next = event.kind == EventKind::OrderAccepted    ? OrderStatus::Open
                                 : event.kind == EventKind::OrderCancelled ? OrderStatus::Cancelled
                                                                           : OrderStatus::Rejected;
        if (auto ok = checkTransition((*o)->clientOrderId, (*o)->status, next); !ok) {
            return ok;
        }
        (*o)->status = next;
        (*o)->statusMessage = event.payload.value(QStringLiteral("reason")).toString();
        return {};
    }
    case EventKind::OrderTriggered: {
        auto o = order(event);
        if (!o) {
            return fail(o.error());
        }
        if (isTerminal((*o)->status) || !(*o)->triggerPrice) {
            return fail(Error::invalidInput(
                QStringLiteral("order %1: only a working stop order can trigger").arg((*o)->clientOrderId)));
        }
        (*o)->triggered = true;
        return {};
    }
    case EventKind::OrderFilled:
        return applyFill(event);
    case EventKind::OrderUpdated: {
        auto o = order(event);
        if (!o) {
            return fail(o.error());
        }
        Order& ord = **o;
        auto next = parseStatus(event.payload.value(QStringLiteral("status")).toString());
        if (!next) {
            return fail(next.error());
        }
        if (*next != ord.status) {
            // A broker may report a fill of an order Tessera last saw as new: it was accepted in between.
            if (ord.status == OrderStatus::New
                && (*next == OrderStatus::PartiallyFilled || *next == OrderStatus::Filled)) {
                ord.status = OrderStatus::Open;
            }
            if (auto ok = checkTransition(ord.clientOrderId, ord.status, *next); !ok) {
                return ok;
            }
            ord.status = *next;
        }
        if (const QString id = event.payload.value(QStringLiteral("broker_order_id")).toString();
            !id.isEmpty()) {
            ord.brokerOrderId = id;
        }
        ord.filledQuantity = event.payload.value(QStringLiteral("filled")).toDouble();
        ord.averageFillPrice = event.payload.value(QStringLiteral("average")).toDouble();
        ord.statusMessage = event.payload.value(QStringLiteral("message")).toString();
        return {};
    }
    case EventKind::Dividend: {
        const double amount = event.payload.value(QStringLiteral("amount")).toDouble();
        m_dividends += amount;
        addCash(event.day,
                CashKind::Dividend,
                amount,
                QStringLiteral("%1: %2 × %3")
                    .arg(event.payload.value(QStringLiteral("symbol")).toString())
                    .arg(event.payload.value(QStringLiteral("quantity")).toDouble())
                    .arg(event.payload.value(QStringLiteral("per_share")).toDouble()));
        return {};
    }
    case EventKind::BrokerState: {
        // The broker's truth replaces the holdings, positions and cash; the realised P&L of positions it
        // no longer reports is kept so the account's total does not jump.
        for (const Position& p : std::as_const(m_positions)) {
            m_brokerRealised += p.realisedPnl;
        }
        m_positions.clear();
        const QJsonArray holdings = event.payload.value(QStringLiteral("holdings")).toArray();
        for (const QJsonValue& v : holdings) {
            const QJsonObject h = v.toObject();
            Position p;
            p.symbol = h.value(QStringLiteral("symbol")).toString();
            p.product = Product::Delivery;
            p.quantity = h.value(QStringLiteral("quantity")).toDouble();
            p.averagePrice = h.value(QStringLiteral("average")).toDouble();
            p.lastPrice = h.value(QStringLiteral("last")).toDouble();
            m_positions.insert(positionKey(p.symbol, p.product), p);
        }
        const QJsonArray positions = event.payload.value(QStringLiteral("positions")).toArray();
        for (const QJsonValue& v : positions) {
            const QJsonObject h = v.toObject();
            Position p;
            p.symbol = h.value(QStringLiteral("symbol")).toString();
            p.product =
                parseProduct(h.value(QStringLiteral("product")).toString()).value_or(Product::Intraday);
            p.quantity = h.value(QStringLiteral("quantity")).toDouble();
            p.averagePrice = h.value(QStringLiteral("average")).toDouble();
            p.lastPrice = h.value(QStringLiteral("last")).toDouble();
            p.realisedPnl = h.value(QStringLiteral("realised")).toDouble();
            // A delivery position of the day adds to the holding of the same symbol.
            const QString key = positionKey(p.symbol, p.product);
            if (m_positions.contains(key)) {
                Position& held = m_positions[key];
                const double total = held.quantity + p.quantity;
                if (std::abs(total) > kQuantityEpsilon) {
                    held.averagePrice =
                        (held.averagePrice * held.quantity + p.averagePrice * p.quantity) / total;
                }
                held.quantity = total;
                held.realisedPnl += p.realisedPnl;
            } else {
                m_positions.insert(key, p);
            }
        }
        const double available = event.payload.value(QStringLiteral("available")).toDouble();
        addCash(event.day, CashKind::BrokerFunds, available - m_cashBalance, QStringLiteral("broker sync"));
        return {};
    }
    case EventKind::Clock:
        return {};
    }
    return {};
}

Result<AccountState> AccountState::rebuild(const QList<JournalEvent>& events)
{
    AccountState state;
    for (const JournalEvent& e : events) {
        if (auto ok = state.apply(e); !ok) {
            return fail(ok.error());
        }
    }
    return state;
}

double AccountState::realisedPnl() const
{
    double sum = m_brokerRealised;
    for (const Position& p : m_positions) {
        sum += p.realisedPnl;
    }
    return sum;
}

double AccountState::unrealisedPnl() const
{
    double sum = 0;
    for (const Position& p : m_positions) {
        sum += p.unrealisedPnl();
    }
    return sum;
}

double AccountState::equity() const
{
    double value = m_cashBalance;
    for (const Position& p : m_positions) {
        value += p.quantity * p.lastPrice;
    }
    return value;
}

QList<Order> AccountState::workingOrders() const
{
    QList<Order> out;
    for (const QString& id : m_orderSequence) {
        const Order& o = m_orders[id];
        if (o.status == OrderStatus::Open || o.status == OrderStatus::PartiallyFilled) {
            out.append(o);
        }
    }
    return out;
}

double AccountState::quantityOf(const QString& symbol) const
{
    double q = 0;
    for (const Position& p : m_positions) {
        if (p.symbol == symbol) {
            q += p.quantity;
        }
    }
    return q;
}

void AccountState::mark(const QString& symbol, double price)
{
    for (Position& p : m_positions) {
        if (p.symbol == symbol) {
            p.lastPrice = price;
        }
    }
}

QJsonObject AccountState::toJson() const
{
    QJsonArray orders;
    for (const QString& id : m_orderSequence) {
        const Order& o = m_orders[id];
        QJsonObject j = orderJson(o);
        j.insert(QStringLiteral("status"), statusText(o.status));
        j.insert(QStringLiteral("message"), o.statusMessage);
        j.insert(QStringLiteral("filled"), o.filledQuantity);
        j.insert(QStringLiteral("average"), o.averageFillPrice);
        j.insert(QStringLiteral("triggered"), o.triggered);
        orders.append(j);
    }
    QJsonArray fills;
    for (const Fill& f : m_fills) {
        QJsonObject j = fillJson(f);
        j.insert(QStringLiteral("realised"), f.realisedPnl);
        fills.append(j);
    }
    QJsonArray positions;
    for (const Position& p : m_positions) {
        positions.append(QJsonObject{{QStringLiteral("symbol"), p.symbol},
                                     {QStringLiteral("product"), productText(p.product)},
                                     {QStringLiteral("quantity"), p.quantity},
                                     {QStringLiteral("average"), p.averagePrice},
                                     {QStringLiteral("realised"), p.realisedPnl},
                                     {QStringLiteral("last"), p.lastPrice}});
    }
    QJsonArray cash;
    for (const CashEntry& c : m_cash) {
        cash.append(QJsonObject{{QStringLiteral("day"), c.day.toString(Qt::ISODate)},
                                {QStringLiteral("kind"), cashKindText(c.kind)},
                                {QStringLiteral("amount"), c.amount},
                                {QStringLiteral("balance"), c.balance},
                                {QStringLiteral("note"), c.note}});
    }
    return QJsonObject{{QStringLiteral("orders"), orders},
                       {QStringLiteral("fills"), fills},
                       {QStringLiteral("positions"), positions},
                       {QStringLiteral("cash"), cash},
                       {QStringLiteral("cash_balance"), m_cashBalance},
                       {QStringLiteral("charges"), m_charges},
                       {QStringLiteral("dividends"), m_dividends},
                       {QStringLiteral("clock"), m_clock.toString(Qt::ISODate)}};
}

} // namespace Tessera::Portfolio
