#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QString>
#include <QVector>

#include "core/common/Result.h"

/**
 * The contract between the portfolio (accounts, orders, journal, paper simulator) and the broker
 * connections (Zerodha Kite, Fyers): plain values a broker answer is translated into, and the gateway a
 * broker account routes its orders through. The portfolio never sees a broker's wire format; a broker
 * client never writes the database. Symbols are Tessera's tickers (RELIANCE.NS), mapped by the broker
 * side from its instrument master.
 */
namespace Tessera::Portfolio {

enum class Side
{
    Buy,
    Sell,
};

enum class OrderType
{
    Market,
    Limit,
    StopLoss,       ///< stop-limit: triggers at triggerPrice, then a limit order at price
    StopLossMarket, ///< stop-market: triggers at triggerPrice, then a market order
};

enum class Product
{
    Delivery, ///< cash-and-carry (Kite CNC, Fyers CNC)
    Intraday, ///< squared off the same day (Kite MIS, Fyers INTRADAY)
};

enum class OrderStatus
{
    New,             ///< recorded, not yet accepted by the venue (paper simulator or broker)
    Open,            ///< accepted and waiting
    PartiallyFilled, ///< some quantity filled, the rest still open
    Filled,
    Cancelled,
    Rejected, ///< with a reason in statusMessage
};

/** What the user asked for. clientOrderId makes a placement idempotent (a retry after a kill is not a second
 * order). */
struct OrderRequest
{
    QString clientOrderId;
    QString symbol;
    Side side = Side::Buy;
    double quantity = 0;
    OrderType type = OrderType::Market;
    Product product = Product::Delivery;
    std::optional<double> price;        ///< limit price (Limit, StopLoss)
    std::optional<double> triggerPrice; ///< stop trigger (StopLoss, StopLossMarket)
};

/** An order as the venue reports it. */
struct BrokerOrder
{
    QString brokerOrderId;
    QString clientOrderId; ///< the tag Tessera sent, when the broker echoes it
    QString symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Market;
    Product product = Product::Delivery;
    double quantity = 0;
    double filledQuantity = 0;
    double averagePrice = 0; ///< of the filled quantity; 0 when nothing filled
    std::optional<double> price;
    std::optional<double> triggerPrice;
    OrderStatus status = OrderStatus::New;
    QString statusMessage; ///< the venue's reason for a rejection or cancellation
    QDateTime placedAt;    ///< UTC
    QDateTime updatedAt;   ///< UTC
};

/** One execution (a fill) as the venue reports it. */
struct BrokerTrade
{
    QString tradeId;
    QString brokerOrderId;
    QString symbol;
    Side side = Side::Buy;
    double quantity = 0;
    double price = 0;
    QDateTime time; ///< UTC
};

/** Delivery holdings (settled). */
struct BrokerHolding
{
    QString symbol;
    double quantity = 0;
    double averagePrice = 0;
    double lastPrice = 0;
};

/** Open positions of the day (intraday and not yet settled delivery). */
struct BrokerPosition
{
    QString symbol;
    Product product = Product::Delivery;
    double quantity = 0; ///< negative when short
    double averagePrice = 0;
    double lastPrice = 0;
    double realisedPnl = 0;
};

struct BrokerFunds
{
    QString currency = QStringLiteral("INR");
    double available = 0; ///< cash that can be used for new orders
    double used = 0;      ///< margin blocked
    double total = 0;
};

/** Everything one sync reads from a broker account. */
struct BrokerSnapshot
{
    QString broker;    ///< "kite" or "fyers"
    QString accountId; ///< the broker's user/client id
    QString accountName;
    QDateTime takenAt; ///< UTC
    BrokerFunds funds;
    QVector<BrokerHolding> holdings;
    QVector<BrokerPosition> positions;
    QVector<BrokerOrder> orders;
    QVector<BrokerTrade> trades;
};

/**
 * Asks the user to confirm one live order: true only when it was confirmed for exactly this broker
 * ("kite") and account id ("AB1234"). description: "buy 10 RELIANCE.NS market (delivery)". May block
 * while the user decides (the GUI waits for its dialog); it runs on the thread that places the order.
 */
using OrderConfirmer =
    std::function<bool(const QString& broker, const QString& accountId, const QString& description)>;

/**
 * A broker account's connection. Calls block (they run on worker threads, never the GUI thread) and fail
 * with a clear message: an expired token is Error::invalidInput("Kite session expired: log in again").
 */
class BrokerGateway
{
public:
    virtual ~BrokerGateway() = default;
    /** "kite" or "fyers". */
    [[nodiscard]] virtual QString broker() const = 0;
    [[nodiscard]] virtual Result<BrokerSnapshot> sync() = 0;
    /**
     * Everything that can refuse an order before anything is sent or recorded (the live-trading switch and
     * the user's confirmation, whole shares, the symbol in the broker's instrument list). The portfolio
     * calls it before it journals the order, so a refusal here leaves no trace. place() checks again what
     * it must (an order approved here is not asked about twice).
     */
    [[nodiscard]] virtual Result<void> approve(const OrderRequest& /*request*/) { return {}; }
    /**
     * Sends the order. Fails with ErrorCode::Io only when it is unknown whether the order reached the
     * broker (no answer, and its order book could not be read to find it by its tag); any other failure
     * means nothing was placed.
     */
    [[nodiscard]] virtual Result<BrokerOrder> place(const OrderRequest& request) = 0;
    [[nodiscard]] virtual Result<BrokerOrder> modify(const QString& brokerOrderId,
                                                     const OrderRequest& request) = 0;
    [[nodiscard]] virtual Result<void> cancel(const QString& brokerOrderId) = 0;
};

} // namespace Tessera::Portfolio
