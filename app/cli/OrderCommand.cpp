#include <cmath>

#include <QDir>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/broker/LiveGateways.h"
#include "core/broker/LiveTrading.h"
#include "core/common/Paths.h"
#include "core/portfolio/PaperEngine.h"
#include "core/portfolio/Portfolio.h"

namespace Tessera::Cli {
namespace {

using namespace Tessera::Portfolio;

QString money(double v)
{
    return QString::number(v, 'f', 2);
}

/**
 * Routes this command's broker-account orders to the brokers: the gateways read the stored sessions from
 * the system keychain (--base-url: the fake servers of the tests).
 */
void registerBrokers(CliContext& ctx)
{
    Broker::ClientOptions options;
    options.baseUrl = QUrl(ctx.parser.value(QStringLiteral("base-url")));
    options.instrumentCacheDir = QDir(Paths::appDataDir()).filePath(QStringLiteral("brokers"));
    Broker::registerLiveGateways(options, Broker::systemSecretStoreProvider());
}

/**
 * `order place|estimate|cancel` (issue 19): an order on the paper account (default) or another account.
 * Usage mistakes (unknown symbol or account, zero quantity, a limit without price) exit 2 with nothing
 * recorded; an order the account cannot afford is recorded as rejected and exits 1 with the reason. An
 * order for a broker account is a live order: it needs the broker/liveTrading setting on and
 * --confirm-live BROKER:ACCOUNT naming that account, else it is refused with nothing sent or recorded.
 */
class OrderCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("order"); }
    QString synopsis() const override
    {
        return QStringLiteral("order place|estimate buy|sell SYMBOL [QTY] [--amount X] [--type "
                              "market|limit|sl|sl-m] [--price P] "
                              "[--trigger T] [--product delivery|intraday] [--target P] [--stop P] "
                              "[--client-id ID] [--account A [--confirm-live BROKER:ACCOUNT]] | "
                              "order cancel ID [--account A]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Places an order (paper account unless --account), shows its estimated cost and charges "
            "(estimate), or cancels an open one. --amount buys for an amount instead of a quantity; --target "
            "and --stop attach bracket exits (OCO) to a buy. --client-id makes a retry idempotent: the same "
            "id is never a second order. Paper orders fill from the next stored bar (portfolio advance, or "
            "after the next pipeline). A broker account's order (--account \"Kite AB1234\") goes to the "
            "broker "
            "only with the broker/liveTrading setting on and --confirm-live kite:AB1234.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("type"),
             QStringLiteral("order: market, limit, sl (stop-limit), sl-m (stop-market)."),
             QStringLiteral("T")},
            {QStringLiteral("price"), QStringLiteral("order: limit price."), QStringLiteral("P")},
            {QStringLiteral("trigger"), QStringLiteral("order: stop trigger price."), QStringLiteral("P")},
            {QStringLiteral("product"),
             QStringLiteral("order: delivery (default) or intraday."),
             QStringLiteral("P")},
            {QStringLiteral("target"),
             QStringLiteral("order: bracket target (sell limit after the buy fills)."),
             QStringLiteral("P")},
            {QStringLiteral("stop"),
             QStringLiteral("order: bracket stop (sell stop-market after the buy fills)."),
             QStringLiteral("P")},
            {QStringLiteral("client-id"),
             QStringLiteral("order: the client order id (idempotent retries)."),
             QStringLiteral("ID")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QLatin1String("place") || sub == QLatin1String("estimate")) {
            return runPlace(ctx, sub == QLatin1String("estimate"));
        }
        if (sub == QLatin1String("cancel")) {
            return runCancel(ctx);
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    static std::optional<double> number(CliContext& ctx, const char* option, bool* bad)
    {
        if (!ctx.parser.isSet(QLatin1String(option))) {
            return std::nullopt;
        }
        bool ok = false;
        const double v = ctx.parser.value(QLatin1String(option)).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v <= 0) {
            ctx.error(QStringLiteral("--%1 needs a price above 0, not '%2'")
                          .arg(QLatin1String(option), ctx.parser.value(QLatin1String(option))),
                      ExitUsage);
            *bad = true;
        }
        return v;
    }

    static int runPlace(CliContext& ctx, bool estimateOnly)
    {
        const QString verb = ctx.args.value(0);
        auto side = parseSide(ctx.args.value(1));
        if (!side) {
            return ctx.error(
                QStringLiteral("usage: order %1 buy|sell SYMBOL [QTY] (%2)").arg(verb, side.error().message),
                ExitUsage);
        }
        const QString symbol = ctx.args.value(2);
        if (symbol.isEmpty()) {
            return ctx.error(QStringLiteral("order %1 needs a SYMBOL").arg(verb), ExitUsage);
        }
        Order o;
        o.side = *side;
        o.symbol = symbol;
        o.clientOrderId = ctx.parser.value(QStringLiteral("client-id"));
        o.note = QStringLiteral("command line");
        const bool hasQuantity = ctx.args.size() > 3;
        const bool hasAmount = ctx.parser.isSet(QStringLiteral("amount"));
        if (hasQuantity == hasAmount) {
            return ctx.error(QStringLiteral("order %1 needs a quantity or --amount (one of them)").arg(verb),
                             ExitUsage);
        }
        bool ok = true;
        if (hasQuantity) {
            o.quantity = ctx.args.value(3).toDouble(&ok);
            if (!ok) {
                return ctx.error(QStringLiteral("the quantity '%1' is not a number").arg(ctx.args.value(3)),
                                 ExitUsage);
            }
        }
        if (ctx.parser.isSet(QStringLiteral("type"))) {
            auto type = parseOrderType(ctx.parser.value(QStringLiteral("type")));
            if (!type) {
                return ctx.error(type.error().message, ExitUsage);
            }
            o.type = *type;
        }
        if (ctx.parser.isSet(QStringLiteral("product"))) {
            auto product = parseProduct(ctx.parser.value(QStringLiteral("product")));
            if (!product) {
                return ctx.error(product.error().message, ExitUsage);
            }
            o.product = *product;
        }
        bool bad = false;
        o.price = number(ctx, "price", &bad);
        o.triggerPrice = number(ctx, "trigger", &bad);
        o.target = number(ctx, "target", &bad);
        o.stop = number(ctx, "stop", &bad);
        const std::optional<double> amount = number(ctx, "amount", &bad);
        if (bad) {
            return ExitUsage;
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto account = resolveAccount(*db, ctx.parser.value(QStringLiteral("account")));
        if (!account) {
            return ctx.error(account.error().message, exitCodeFor(account.error(), ExitUsage));
        }
        if (estimateOnly || amount) {
            // A broker account's order is priced the same way, from the stored bars (as the ticket does).
            Account priced = *account;
            priced.kind = account->isSimulated() ? account->kind : AccountKind::Paper;
            auto engine = PaperEngine::open(*db, priced);
            if (!engine) {
                return ctx.error(engine.error().message, exitCodeFor(engine.error(), ExitUsage));
            }
            if (amount) {
                Order one = o;
                one.quantity = 1;
                auto unit = (*engine)->estimate(one);
                if (!unit) {
                    return ctx.error(unit.error().message, ExitUsage);
                }
                o.quantity = unit->price > 0 ? std::floor(*amount / unit->price) : 0;
                if (o.quantity < 1) {
                    return ctx.error(QStringLiteral("--amount %1 buys no whole share of %2 at %3")
                                         .arg(money(*amount), symbol, money(unit->price)),
                                     ExitUsage);
                }
            }
            if (estimateOnly) {
                auto e = (*engine)->estimate(o);
                if (!e) {
                    return ctx.error(e.error().message, ExitUsage);
                }
                printEstimate(ctx, o, *e);
                return ExitOk;
            }
        }
        bool duplicate = false;
        OrderConfirmer confirm;
        if (!account->isSimulated()) {
            registerBrokers(ctx);
            // The confirmation is the option naming exactly this broker and account.
            const QString confirmation = ctx.parser.value(QStringLiteral("confirm-live"));
            confirm = [confirmation](const QString& broker, const QString& accountId, const QString&) {
                return confirmation.compare(Broker::liveConfirmationText(broker, accountId),
                                            Qt::CaseInsensitive)
                       == 0;
            };
        }
        auto placed = placeOrder(*db, *account, o, &duplicate, confirm);
        if (!placed) {
            QString message = placed.error().message;
            int code = exitCodeFor(placed.error(), ExitUsage);
            if (placed.error().code == ErrorCode::Cancelled) {
                message += QStringLiteral(": pass --confirm-live %1 to send it")
                               .arg(Broker::liveConfirmationText(account->broker, account->brokerAccount));
            } else if (placed.error().code == ErrorCode::Io) {
                code = ExitSomeFailed; // sent, answer lost: not a usage mistake
            }
            return ctx.error(message, code);
        }
        if (ctx.json) {
            ctx.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("account"), account->name},
                                          {QStringLiteral("id"), placed->clientOrderId},
                                          {QStringLiteral("status"), statusText(placed->status)},
                                          {QStringLiteral("message"), placed->statusMessage},
                                          {QStringLiteral("quantity"), placed->quantity},
                                          {QStringLiteral("broker_order_id"), placed->brokerOrderId},
                                          {QStringLiteral("duplicate"), duplicate}}));
        } else if (duplicate) {
            ctx.out << QStringLiteral("Order %1 was placed already (%2); nothing new recorded\n")
                           .arg(placed->clientOrderId, statusText(placed->status));
        } else if (placed->status == OrderStatus::Rejected) {
            ctx.err << QStringLiteral("tessera-cli: order %1 rejected: %2\n")
                           .arg(placed->clientOrderId, placed->statusMessage);
        } else {
            ctx.out << QStringLiteral("Order %1 %2: %3 %4 %5 %6 in '%7'%8\n")
                           .arg(placed->clientOrderId,
                                statusText(placed->status),
                                sideText(placed->side),
                                QString::number(placed->quantity),
                                placed->symbol,
                                orderTypeText(placed->type),
                                account->name,
                                account->isSimulated()
                                    ? QStringLiteral(" (fills from the bar after %1)")
                                          .arg(placed->placedOn.toString(Qt::ISODate))
                                    : QStringLiteral(" (%1 order %2%3)")
                                          .arg(account->broker,
                                               placed->brokerOrderId,
                                               placed->filledQuantity > 0
                                                   ? QStringLiteral(", %1 filled at %2")
                                                         .arg(placed->filledQuantity)
                                                         .arg(money(placed->averageFillPrice))
                                                   : QString()));
        }
        return placed->status == OrderStatus::Rejected ? ExitSomeFailed : ExitOk;
    }

    static void printEstimate(CliContext& ctx, const Order& o, const CostEstimate& e)
    {
        const double total = o.side == Side::Buy ? e.total() : e.value - e.slippage - e.charges.total();
        if (ctx.json) {
            ctx.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("symbol"), o.symbol},
                                          {QStringLiteral("quantity"), o.quantity},
                                          {QStringLiteral("price"), e.price},
                                          {QStringLiteral("price_day"), e.priceDay.toString(Qt::ISODate)},
                                          {QStringLiteral("value"), e.value},
                                          {QStringLiteral("slippage"), e.slippage},
                                          {QStringLiteral("brokerage"), e.charges.brokerage},
                                          {QStringLiteral("stt"), e.charges.stt},
                                          {QStringLiteral("exchange"), e.charges.exchange},
                                          {QStringLiteral("sebi"), e.charges.sebi},
                                          {QStringLiteral("gst"), e.charges.gst},
                                          {QStringLiteral("stamp"), e.charges.stamp},
                                          {QStringLiteral("regulatory"), e.charges.regulatory},
                                          {QStringLiteral("charges"), e.charges.total()},
                                          {QStringLiteral("total"), total}}));
            return;
        }
        ctx.out << QStringLiteral("%1 %2 %3 at %4 (%5): value %6\n")
                       .arg(sideText(o.side),
                            QString::number(o.quantity),
                            o.symbol,
                            money(e.price),
                            e.priceDay.toString(Qt::ISODate),
                            money(e.value));
        ctx.out << QStringLiteral(
                       "  slippage ≈ %1; charges %2 (brokerage %3, STT %4, exchange %5, SEBI %6, GST %7, "
                       "stamp %8, regulatory %9)\n")
                       .arg(money(e.slippage),
                            money(e.charges.total()),
                            money(e.charges.brokerage),
                            money(e.charges.stt),
                            money(e.charges.exchange),
                            money(e.charges.sebi),
                            money(e.charges.gst),
                            money(e.charges.stamp),
                            money(e.charges.regulatory));
        ctx.out << QStringLiteral("  %1 %2\n")
                       .arg(o.side == Side::Buy ? QStringLiteral("cash needed") : QStringLiteral("proceeds"),
                            money(total));
    }

    static int runCancel(CliContext& ctx)
    {
        const QString id = ctx.args.value(1);
        if (id.isEmpty()) {
            return ctx.error(QStringLiteral("order cancel needs an order ID (see 'portfolio orders')"),
                             ExitUsage);
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto account = resolveAccount(*db, ctx.parser.value(QStringLiteral("account")));
        if (!account) {
            return ctx.error(account.error().message, exitCodeFor(account.error(), ExitUsage));
        }
        if (!account->isSimulated()) {
            registerBrokers(ctx); // cancelling is never gated: no switch, no confirmation
        }
        if (auto r = cancelOrder(*db, *account, id); !r) {
            return ctx.error(r.error().message, exitCodeFor(r.error(), ExitUsage));
        }
        ctx.out << QStringLiteral("Order %1 cancelled in '%2'\n").arg(id, account->name);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeOrderCommand()
{
    return std::make_unique<OrderCommand>();
}

} // namespace Tessera::Cli
