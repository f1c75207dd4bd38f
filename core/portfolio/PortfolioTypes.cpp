#include "core/portfolio/PortfolioTypes.h"

namespace Tessera::Portfolio {
namespace {

template <typename E>
Result<E> parseOne(const QString& what,
                   const QString& text,
                   std::initializer_list<std::pair<const char*, E>> words,
                   const QString& allowed)
{
    const QString t = text.trimmed().toLower();
    for (const auto& [word, value] : words) {
        if (t == QLatin1String(word)) {
            return value;
        }
    }
    return fail(Error::invalidInput(QStringLiteral("unknown %1 '%2' (one of %3)").arg(what, text, allowed)));
}

} // namespace

QString sideText(Side side)
{
    return side == Side::Buy ? QStringLiteral("buy") : QStringLiteral("sell");
}

QString orderTypeText(OrderType type)
{
    switch (type) {
    case OrderType::Market:
        return QStringLiteral("market");
    case OrderType::Limit:
        return QStringLiteral("limit");
    case OrderType::StopLoss:
        return QStringLiteral("stop-limit");
    case OrderType::StopLossMarket:
        return QStringLiteral("stop-market");
    }
    return {};
}

QString productText(Product product)
{
    return product == Product::Delivery ? QStringLiteral("delivery") : QStringLiteral("intraday");
}

QString statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
        return QStringLiteral("new");
    case OrderStatus::Open:
        return QStringLiteral("open");
    case OrderStatus::PartiallyFilled:
        return QStringLiteral("partially_filled");
    case OrderStatus::Filled:
        return QStringLiteral("filled");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

Result<Side> parseSide(const QString& text)
{
    return parseOne<Side>(QStringLiteral("side"),
                          text,
                          {{"buy", Side::Buy}, {"sell", Side::Sell}},
                          QStringLiteral("buy, sell"));
}

Result<OrderType> parseOrderType(const QString& text)
{
    return parseOne<OrderType>(QStringLiteral("order type"),
                               text,
                               {{"market", OrderType::Market},
                                {"limit", OrderType::Limit},
                                {"stop-limit", OrderType::StopLoss},
                                {"sl", OrderType::StopLoss},
                                {"stop-market", OrderType::StopLossMarket},
                                {"sl-m", OrderType::StopLossMarket},
                                {"stop", OrderType::StopLossMarket}},
                               QStringLiteral("market, limit, stop-limit (sl), stop-market (sl-m)"));
}

Result<Product> parseProduct(const QString& text)
{
    return parseOne<Product>(QStringLiteral("product"),
                             text,
                             {{"delivery", Product::Delivery},
                              {"cnc", Product::Delivery},
                              {"intraday", Product::Intraday},
                              {"mis", Product::Intraday}},
                             QStringLiteral("delivery (cnc), intraday (mis)"));
}

Result<OrderStatus> parseStatus(const QString& text)
{
    return parseOne<OrderStatus>(QStringLiteral("order status"),
                                 text,
                                 {{"new", OrderStatus::New},
                                  {"open", OrderStatus::Open},
                                  {"partially_filled", OrderStatus::PartiallyFilled},
                                  {"filled", OrderStatus::Filled},
                                  {"cancelled", OrderStatus::Cancelled},
                                  {"rejected", OrderStatus::Rejected}},
                                 QStringLiteral("new, open, partially_filled, filled, cancelled, rejected"));
}

bool isTerminal(OrderStatus status)
{
    return status == OrderStatus::Filled || status == OrderStatus::Cancelled
           || status == OrderStatus::Rejected;
}

QString accountKindText(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Paper:
        return QStringLiteral("paper");
    case AccountKind::Replay:
        return QStringLiteral("replay");
    case AccountKind::Broker:
        return QStringLiteral("broker");
    }
    return {};
}

QString cashKindText(CashKind kind)
{
    switch (kind) {
    case CashKind::Deposit:
        return QStringLiteral("deposit");
    case CashKind::Withdrawal:
        return QStringLiteral("withdrawal");
    case CashKind::Trade:
        return QStringLiteral("trade");
    case CashKind::Charges:
        return QStringLiteral("charges");
    case CashKind::Dividend:
        return QStringLiteral("dividend");
    case CashKind::BrokerFunds:
        return QStringLiteral("broker funds");
    }
    return {};
}

} // namespace Tessera::Portfolio
