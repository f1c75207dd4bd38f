#pragma once

#include <optional>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include "core/common/Result.h"
#include "core/portfolio/BrokerTypes.h"

/**
 * The portfolio's own values: accounts, orders with their bracket exits, fills, positions and the cash
 * ledger. The enums are the broker contract's (BrokerTypes.h), so a paper order and a broker order are the
 * same kind of thing. Text forms ("buy", "limit", "partially_filled", …) are what the journal stores and
 * the CLI prints.
 */
namespace Tessera::Portfolio {

QString sideText(Side side);
QString orderTypeText(OrderType type);
QString productText(Product product);
QString statusText(OrderStatus status);
/** Parses the text forms above (any case; also "sl", "sl-m", "cnc", "mis"); error names the bad word. */
Result<Side> parseSide(const QString& text);
Result<OrderType> parseOrderType(const QString& text);
Result<Product> parseProduct(const QString& text);
Result<OrderStatus> parseStatus(const QString& text);
/** Filled, cancelled or rejected: nothing more happens to the order. */
bool isTerminal(OrderStatus status);

enum class AccountKind
{
    Paper,  ///< simulated; its clock follows the data updates
    Replay, ///< simulated; its clock is stepped through history by a replay
    Broker, ///< a connected broker account (Kite, Fyers)
};
QString accountKindText(AccountKind kind);

struct Account
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::Paper;
    QString broker;        ///< "kite", "fyers"; empty for paper
    QString brokerAccount; ///< the broker's client id
    QString currency = QStringLiteral("INR");

    bool isSimulated() const { return kind != AccountKind::Broker; }
};

/** An order as the portfolio keeps it: the request, where it stands, and its bracket exits. */
struct Order
{
    QString clientOrderId;
    QString brokerOrderId;
    QString symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Market;
    Product product = Product::Delivery;
    double quantity = 0;
    std::optional<double> price;        ///< limit price (Limit, StopLoss)
    std::optional<double> triggerPrice; ///< stop trigger (StopLoss, StopLossMarket)
    std::optional<double> target;       ///< bracket: a sell-limit exit placed when this buy fills
    std::optional<double> stop;         ///< bracket: a stop-market exit placed when this buy fills
    QString parentId;                   ///< a bracket exit: the order it protects
    QString ocoGroup;                   ///< bracket exits of one parent: the first to fill cancels the other
    QDate placedOn;                     ///< the (simulated) day it was placed; fills start on a later bar
    OrderStatus status = OrderStatus::New;
    QString statusMessage;
    bool triggered = false; ///< a stop order whose trigger was crossed
    double filledQuantity = 0;
    double averageFillPrice = 0;
    double charges = 0;
    QString note; ///< where it came from ("picks momentum #2", "chart", …)

    double openQuantity() const { return quantity - filledQuantity; }
};

struct Fill
{
    QString tradeId;
    QString clientOrderId;
    QString symbol;
    Side side = Side::Buy;
    Product product = Product::Delivery;
    double quantity = 0;
    double price = 0;       ///< the executed price (slippage included)
    double slippage = 0;    ///< currency units the slippage cost (already in price)
    double charges = 0;     ///< taxes and fees, debited from cash
    double realisedPnl = 0; ///< of the quantity this fill closed (before charges)
    QDate day;
};

struct Position
{
    QString symbol;
    Product product = Product::Delivery;
    double quantity = 0; ///< negative when short
    double averagePrice = 0;
    double realisedPnl = 0; ///< gross (charges are in the cash ledger)
    double lastPrice = 0;   ///< the broker's, or the newest close the paper account saw
    QDate openedOn;

    double unrealisedPnl() const { return quantity * (lastPrice - averagePrice); }
};

enum class CashKind
{
    Deposit,
    Withdrawal,
    Trade, ///< the traded value of a fill (negative for a buy)
    Charges,
    Dividend,
    BrokerFunds, ///< a broker's reported balance replaced the ledger's
};
QString cashKindText(CashKind kind);

struct CashEntry
{
    QDate day;
    CashKind kind = CashKind::Deposit;
    double amount = 0; ///< signed: positive credits the account
    double balance = 0;
    QString note;
};

} // namespace Tessera::Portfolio
