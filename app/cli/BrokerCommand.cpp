#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/broker/BrokerConnections.h"
#include "core/broker/BrokerSync.h"
#include "core/broker/LiveTrading.h"
#include "core/broker/OrderText.h"
#include "core/broker/RedirectListener.h"
#include "core/broker/SnapshotJson.h"
#include "core/common/Paths.h"
#include "core/portfolio/Portfolio.h"

#include <termios.h>
#include <unistd.h>

namespace Tessera::Cli {
namespace {

using namespace Broker;

/** The API secret: the TESSERA_BROKER_SECRET variable, else one line of stdin (not echoed on a terminal). */
QString readSecret(QTextStream& err)
{
    const QByteArray fromEnv = qgetenv("TESSERA_BROKER_SECRET");
    if (!fromEnv.isEmpty()) {
        return QString::fromUtf8(fromEnv);
    }
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        err << "API secret (not shown): " << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine().trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return line;
}

/**
 * `broker login|sync|logout|status|place|cancel`: Zerodha Kite and Fyers accounts. Keys, secrets and tokens
 * go to the system keychain only; secrets never come from the command line (shell history), only from
 * stdin, a prompt or TESSERA_BROKER_SECRET.
 */
class BrokerCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("broker"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "broker login NAME [--api-key KEY] [--port P] | sync NAME | logout NAME [--forget] | "
            "status | place NAME --symbol T --side buy|sell --quantity N [--order-type T --price P "
            "--trigger P] --confirm-live NAME:ACCOUNT | modify NAME ORDER_ID [--quantity N] [--price P] "
            "[--trigger P] "
            "[--order-type T] --confirm-live NAME:ACCOUNT | cancel NAME ORDER_ID");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Connect a Zerodha Kite or Fyers account (kite, fyers): log in through the browser, sync "
            "funds, holdings, positions, orders and trades, place, modify and cancel live orders");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("api-key"),
             QStringLiteral("broker login: the app's API key (Kite api_key, Fyers app_id); "
                            "the secret is read from stdin or TESSERA_BROKER_SECRET."),
             QStringLiteral("KEY")},
            {QStringLiteral("port"),
             QStringLiteral("broker login: port of the 127.0.0.1 redirect listener (default 8719)."),
             QStringLiteral("P")},
            {QStringLiteral("login-timeout"),
             QStringLiteral("broker login: seconds to wait for the browser (default 300)."),
             QStringLiteral("S")},
            {QStringLiteral("base-url"),
             QStringLiteral("Override the provider/broker base URL (tests)."),
             QStringLiteral("URL")},
            {QStringLiteral("forget"), QStringLiteral("broker logout: also forget the API key and secret.")},
            {QStringLiteral("confirm-live"),
             QStringLiteral("broker place: confirms this live order for BROKER:ACCOUNT (e.g. kite:AB1234)."),
             QStringLiteral("BROKER:ACCOUNT")},
            {QStringLiteral("symbol"), QStringLiteral("Ticker."), QStringLiteral("T")},
            {QStringLiteral("side"), QStringLiteral("broker place: buy or sell."), QStringLiteral("SIDE")},
            {QStringLiteral("quantity"), QStringLiteral("broker place: whole shares."), QStringLiteral("N")},
            {QStringLiteral("order-type"),
             QStringLiteral("broker place: market (default), limit, stop-limit, stop-market."),
             QStringLiteral("TYPE")},
            {QStringLiteral("price"), QStringLiteral("broker place: limit price."), QStringLiteral("P")},
            {QStringLiteral("trigger"),
             QStringLiteral("broker place: stop trigger price."),
             QStringLiteral("P")},
            {QStringLiteral("intraday"),
             QStringLiteral("broker place: intraday product (default: delivery).")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        const QString broker = ctx.args.value(1).toLower();
        static const QStringList subs = {QStringLiteral("login"),
                                         QStringLiteral("sync"),
                                         QStringLiteral("logout"),
                                         QStringLiteral("status"),
                                         QStringLiteral("place"),
                                         QStringLiteral("modify"),
                                         QStringLiteral("cancel")};
        if (!subs.contains(sub)) {
            return ctx.error(QStringLiteral("broker needs one of: %1").arg(subs.join(QStringLiteral(", "))),
                             ExitUsage);
        }
        if (sub != u"status") {
            if (auto ok = BrokerConnections::checkName(broker); !ok) {
                return ctx.error(ok.error().message, ExitUsage);
            }
        }
        m_secrets = systemSecretStore();
        ClientOptions options;
        options.baseUrl = QUrl(ctx.parser.value(QStringLiteral("base-url")));
        options.instrumentCacheDir = QDir(Paths::appDataDir()).filePath(QStringLiteral("brokers"));
        m_connections = std::make_unique<BrokerConnections>(*m_secrets, options);
        if (sub == u"login") {
            return login(ctx, broker);
        }
        if (sub == u"sync") {
            return sync(ctx, broker);
        }
        if (sub == u"logout") {
            return logout(ctx, broker);
        }
        if (sub == u"place") {
            return place(ctx, broker);
        }
        if (sub == u"modify") {
            return modify(ctx, broker);
        }
        if (sub == u"cancel") {
            return cancel(ctx, broker);
        }
        return status(ctx);
    }

private:
    int login(CliContext& ctx, const QString& broker)
    {
        Credentials creds;
        if (ctx.parser.isSet(QStringLiteral("api-key"))) {
            creds.apiKey = ctx.parser.value(QStringLiteral("api-key"));
            creds.apiSecret = readSecret(ctx.err);
            if (auto saved = m_connections->saveCredentials(broker, creds); !saved) {
                return ctx.error(saved.error().message, ExitUsage);
            }
        } else {
            auto stored = m_connections->credentials(broker);
            if (!stored) {
                return ctx.error(stored.error().message, ExitUsage);
            }
            creds = *stored;
        }
        auto client = m_connections->newClient(broker, creds);
        if (!client) {
            return ctx.error(client.error().message, ExitUsage);
        }
        bool portOk = true;
        const int port = ctx.parser.isSet(QStringLiteral("port"))
                             ? ctx.parser.value(QStringLiteral("port")).toInt(&portOk)
                             : kDefaultRedirectPort;
        if (!portOk || port < 1 || port > 65535) {
            return ctx.error(QStringLiteral("--port must be 1 to 65535"), ExitUsage);
        }
        const double timeout = ctx.parser.isSet(QStringLiteral("login-timeout"))
                                   ? ctx.parser.value(QStringLiteral("login-timeout")).toDouble()
                                   : 300.0;
        const QString state = RedirectListener::newState();
        RedirectListener listener(redirectPath(broker), state, (*client)->displayName());
        if (auto listening = listener.listen(static_cast<quint16>(port)); !listening) {
            return ctx.error(listening.error().message, ExitUsage);
        }
        // The URL is printed on its own: it holds percent signs that QString::arg would take for
        // placeholders.
        const QString url = (*client)->loginUrl(state, listener.redirectUrl()).toString(QUrl::FullyEncoded);
        ctx.out
            << QStringLiteral("Open this address in a browser to log in to %1:\n")
                   .arg((*client)->displayName())
            << url
            << QStringLiteral(
                   "\n(waiting up to %1 s for %2 to send the browser to %3 — register that redirect URL in "
                   "your %2 app)\n")
                   .arg(timeout)
                   .arg((*client)->displayName(), listener.redirectUrl().toString())
            << Qt::flush;
        auto query = listener.waitForQuery(timeout);
        if (!query) {
            return ctx.error(query.error().message, ExitSomeFailed);
        }
        auto code = (*client)->loginCode(*query);
        if (!code) {
            return ctx.error(code.error().message, ExitSomeFailed);
        }
        auto session = (*client)->createSession(*code);
        if (!session) {
            return ctx.error(session.error().message, ExitSomeFailed);
        }
        if (auto saved = m_connections->saveSession(broker, *session); !saved) {
            return ctx.error(saved.error().message, ExitSomeFailed);
        }
        const QDateTime expiry = BrokerConnections::sessionExpiry(broker, session->loginAt);
        ctx.out << QStringLiteral("logged in to %1 as %2 (%3); the session lasts until about %4\n")
                       .arg(
                           (*client)->displayName(),
                           session->accountId,
                           session->accountName,
                           expiry.toTimeZone(indiaTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'IST'")));
        return ExitOk;
    }

    int sync(CliContext& ctx, const QString& broker)
    {
        if (auto client = m_connections->loggedInClient(broker); !client) {
            return ctx.error(client.error().message, ExitUsage); // not logged in: nothing to open
        }
        // The snapshot goes into the portfolio's journal (the broker's account, created on first sync):
        // orders and trades once by their broker ids, holdings, positions and funds as the broker's truth.
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing); // a first sync can start the portfolio
        if (!db) {
            return ctx.openFailure;
        }
        auto synced = syncIntoPortfolio(*db, *m_connections, broker);
        if (!synced) {
            return ctx.error(synced.error().message, ExitSomeFailed);
        }
        const Portfolio::BrokerSnapshot* snap = &synced->snapshot;
        const Portfolio::IngestSummary* ingested = &synced->recorded;
        if (ctx.json) {
            QJsonObject out = snapshotJson(*snap);
            QJsonObject recorded;
            recorded.insert(QStringLiteral("account"), ingested->account.name);
            recorded.insert(QStringLiteral("created"), ingested->created);
            recorded.insert(QStringLiteral("new_orders"), ingested->orders);
            recorded.insert(QStringLiteral("status_updates"), ingested->updates);
            recorded.insert(QStringLiteral("new_trades"), ingested->trades);
            recorded.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(ingested->skipped));
            out.insert(QStringLiteral("portfolio"), recorded);
            ctx.printJson(QJsonDocument(out));
            return ExitOk;
        }
        ctx.out << QStringLiteral(
                       "portfolio account %1%2: %3 new order(s), %4 status update(s), %5 new trade(s)\n")
                       .arg(ingested->account.name, ingested->created ? QStringLiteral(" (new)") : QString())
                       .arg(ingested->orders)
                       .arg(ingested->updates)
                       .arg(ingested->trades);
        for (const QString& why : ingested->skipped) {
            ctx.out << QStringLiteral("  skipped: %1\n").arg(why);
        }
        ctx.out << QStringLiteral("%1 account %2 (%3): available %4, used %5, total %6 %7\n")
                       .arg(brokerDisplayName(broker), snap->accountId, snap->accountName)
                       .arg(snap->funds.available, 0, 'f', 2)
                       .arg(snap->funds.used, 0, 'f', 2)
                       .arg(snap->funds.total, 0, 'f', 2)
                       .arg(snap->funds.currency);
        ctx.out << QStringLiteral("holdings %1, positions %2, orders %3, trades %4\n")
                       .arg(snap->holdings.size())
                       .arg(snap->positions.size())
                       .arg(snap->orders.size())
                       .arg(snap->trades.size());
        for (const auto& h : snap->holdings) {
            ctx.out << QStringLiteral("  holding  %1  %2 @ %3 (last %4)\n")
                           .arg(h.symbol)
                           .arg(h.quantity)
                           .arg(h.averagePrice)
                           .arg(h.lastPrice);
        }
        for (const auto& p : snap->positions) {
            ctx.out << QStringLiteral("  position %1  %2 @ %3 (last %4)\n")
                           .arg(p.symbol)
                           .arg(p.quantity)
                           .arg(p.averagePrice)
                           .arg(p.lastPrice);
        }
        for (const auto& o : snap->orders) {
            ctx.out << QStringLiteral("  order    %1  %2 %3 %4  %5%6\n")
                           .arg(o.brokerOrderId,
                                o.side == Portfolio::Side::Buy ? QStringLiteral("buy")
                                                               : QStringLiteral("sell"))
                           .arg(o.quantity)
                           .arg(o.symbol,
                                Broker::statusText(o.status),
                                o.statusMessage.isEmpty() ? QString()
                                                          : QStringLiteral(" (%1)").arg(o.statusMessage));
        }
        return ExitOk;
    }

    int logout(CliContext& ctx, const QString& broker)
    {
        if (auto client = m_connections->loggedInClient(broker)) {
            if (auto revoked = (*client)->revoke(); !revoked) {
                ctx.err << "note: " << revoked.error().message << Qt::endl;
            }
        }
        const bool forget = ctx.parser.isSet(QStringLiteral("forget"));
        if (auto done = m_connections->logout(broker, forget); !done) {
            return ctx.error(done.error().message, ExitUsage);
        }
        ctx.out << QStringLiteral("logged out of %1%2\n")
                       .arg(brokerDisplayName(broker),
                            forget ? QStringLiteral("; API key and secret forgotten") : QString());
        return ExitOk;
    }

    int status(CliContext& ctx)
    {
        bool live = false;
        if (QFileInfo::exists(ctx.databasePath)) {
            if (auto db = ctx.openDatabase()) {
                live = liveTradingEnabled(*db).value_or(false);
            }
        }
        QJsonArray rows;
        for (const QString& broker : brokerNames()) {
            auto st = m_connections->status(broker);
            if (!st) {
                return ctx.error(st.error().message, ExitUsage);
            }
            QJsonObject row{{QStringLiteral("broker"), broker},
                            {QStringLiteral("api_key_stored"), st->hasCredentials},
                            {QStringLiteral("logged_in"), st->session.has_value() && !st->expired}};
            if (st->session) {
                row.insert(QStringLiteral("account_id"), st->session->accountId);
                row.insert(QStringLiteral("account_name"), st->session->accountName);
                row.insert(QStringLiteral("expires_at"), st->expiresAt.toString(Qt::ISODate));
            }
            rows.append(row);
            if (!ctx.json) {
                QString state =
                    !st->hasCredentials ? QStringLiteral("not set up")
                    : !st->session      ? QStringLiteral("API key stored, not logged in")
                    : st->expired
                        ? QStringLiteral("session of %1 expired: log in again").arg(st->session->accountId)
                        : QStringLiteral("logged in as %1 (%2) until %3")
                              .arg(st->session->accountId,
                                   st->session->accountName,
                                   st->expiresAt.toTimeZone(indiaTime())
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm 'IST'")));
                ctx.out << QStringLiteral("%1: %2\n").arg(brokerDisplayName(broker), -6).arg(state);
            }
        }
        if (ctx.json) {
            ctx.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("brokers"), rows},
                                          {QStringLiteral("live_trading"), live},
                                          {QStringLiteral("secret_store"), m_secrets->description()}}));
        } else {
            ctx.out << QStringLiteral("live trading: %1; secrets in the %2\n")
                           .arg(live ? QStringLiteral("on") : QStringLiteral("off"),
                                m_secrets->description());
        }
        return ExitOk;
    }

    int place(CliContext& ctx, const QString& broker)
    {
        Portfolio::OrderRequest request;
        request.symbol = ctx.parser.value(QStringLiteral("symbol"));
        const QString side = ctx.parser.value(QStringLiteral("side")).toLower();
        if (request.symbol.isEmpty() || (side != u"buy" && side != u"sell")) {
            return ctx.error(QStringLiteral("broker place needs --symbol T and --side buy|sell"), ExitUsage);
        }
        request.side = side == u"sell" ? Portfolio::Side::Sell : Portfolio::Side::Buy;
        request.type = Portfolio::OrderType::Market;
        if (const QString wrong = readOrderTerms(ctx, request); !wrong.isEmpty()) {
            return ctx.error(wrong, ExitUsage);
        }
        request.product = ctx.parser.isSet(QStringLiteral("intraday")) ? Portfolio::Product::Intraday
                                                                       : Portfolio::Product::Delivery;
        request.clientOrderId = RedirectListener::newState().left(20);
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        auto client = m_connections->loggedInClient(broker);
        if (!client) {
            return ctx.error(client.error().message, ExitUsage);
        }
        const QString account = (*client)->session().accountId;
        LiveOrderGateway gate = liveGate(ctx, **client, *db);
        auto placed = gate.place(request);
        if (!placed) {
            return ctx.error(refusal(placed.error(), broker, account), ExitUsage);
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(orderJson(*placed)));
        } else {
            ctx.out << QStringLiteral("%1 order %2: %3%4\n")
                           .arg(brokerDisplayName(broker),
                                placed->brokerOrderId,
                                Broker::statusText(placed->status),
                                placed->statusMessage.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (%1)").arg(placed->statusMessage));
        }
        return placed->status == Portfolio::OrderStatus::Rejected ? ExitSomeFailed : ExitOk;
    }

    /**
     * --order-type, --price, --trigger and --quantity over the terms in request. Empty when they are
     * valid; otherwise what is wrong (an unknown type, a price that is not a positive number, a
     * quantity that is not a whole number of shares), before anything reaches the broker.
     */
    static QString readOrderTerms(const CliContext& ctx, Portfolio::OrderRequest& request)
    {
        const QString type = ctx.parser.value(QStringLiteral("order-type")).toLower();
        static const QHash<QString, Portfolio::OrderType> types = {
            {QStringLiteral("market"), Portfolio::OrderType::Market},
            {QStringLiteral("limit"), Portfolio::OrderType::Limit},
            {QStringLiteral("stop-limit"), Portfolio::OrderType::StopLoss},
            {QStringLiteral("stop-market"), Portfolio::OrderType::StopLossMarket}};
        if (!type.isEmpty() && !types.contains(type)) {
            return QStringLiteral("--order-type must be market, limit, stop-limit or stop-market");
        }
        request.type = types.value(type, request.type);
        const auto positive = [&ctx](const char* name, double& out) {
            const QString option = QString::fromLatin1(name);
            bool ok = false;
            out = ctx.parser.value(option).toDouble(&ok);
            return ok && std::isfinite(out) && out > 0;
        };
        double value = 0;
        if (ctx.parser.isSet(QStringLiteral("price"))) {
            if (!positive("price", value)) {
                return QStringLiteral("--price must be a positive number, not '%1'")
                    .arg(ctx.parser.value(QStringLiteral("price")));
            }
            request.price = value;
        }
        if (ctx.parser.isSet(QStringLiteral("trigger"))) {
            if (!positive("trigger", value)) {
                return QStringLiteral("--trigger must be a positive number, not '%1'")
                    .arg(ctx.parser.value(QStringLiteral("trigger")));
            }
            request.triggerPrice = value;
        }
        if (ctx.parser.isSet(QStringLiteral("quantity"))) {
            if (!positive("quantity", value) || value != std::floor(value)) {
                return QStringLiteral("--quantity must be a whole number of shares above 0, not '%1'")
                    .arg(ctx.parser.value(QStringLiteral("quantity")));
            }
            request.quantity = value;
        }
        return {};
    }

    /** The live gate of a command: the stored switch, and --confirm-live as this order's confirmation. */
    static LiveOrderGateway liveGate(const CliContext& ctx, BrokerClient& client, const Store::Database& db)
    {
        const QString confirmation = ctx.parser.value(QStringLiteral("confirm-live"));
        return LiveOrderGateway(
            client,
            client.session().accountId,
            [&db] { return liveTradingEnabled(db); },
            [confirmation](const QString& b, const QString& a, const QString&) {
                return confirmation == liveConfirmationText(b, a);
            });
    }

    /** A refused live order's message; an unconfirmed one says which --confirm-live sends it. */
    static QString refusal(const Error& error, const QString& broker, const QString& account)
    {
        QString message = error.message;
        if (error.code == ErrorCode::Cancelled) {
            message += QStringLiteral(": pass --confirm-live %1 to send it")
                           .arg(liveConfirmationText(broker, account));
        }
        return message;
    }

    /**
     * broker modify NAME ORDER_ID: an open order's quantity, price, trigger or type changed at the broker,
     * under the same switch and confirmation as a new order. The order is read from the broker's book
     * first, so what is not given stays as it is there.
     */
    int modify(CliContext& ctx, const QString& broker)
    {
        const QString id = ctx.args.value(2);
        if (id.isEmpty()) {
            return ctx.error(QStringLiteral("broker modify needs the order id"), ExitUsage);
        }
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        auto client = m_connections->loggedInClient(broker);
        if (!client) {
            return ctx.error(client.error().message, ExitUsage);
        }
        auto book = (*client)->sync();
        if (!book) {
            return ctx.error(book.error().message, ExitSomeFailed);
        }
        const auto found = std::find_if(book->orders.cbegin(), book->orders.cend(), [&id](const auto& o) {
            return o.brokerOrderId == id;
        });
        if (found == book->orders.cend()) {
            return ctx.error(
                QStringLiteral("no order %1 in %2's order book").arg(id, brokerDisplayName(broker)),
                ExitUsage);
        }
        if (Portfolio::isTerminal(found->status)) {
            return ctx.error(QStringLiteral("%1 order %2 is %3: only an open order can be changed")
                                 .arg(brokerDisplayName(broker), id, Broker::statusText(found->status)),
                             ExitUsage);
        }
        Portfolio::OrderRequest request;
        request.symbol = found->symbol;
        request.side = found->side;
        request.type = found->type;
        request.product = found->product;
        request.quantity = found->quantity;
        request.price = found->price;
        request.triggerPrice = found->triggerPrice;
        request.clientOrderId = found->clientOrderId;
        if (const QString wrong = readOrderTerms(ctx, request); !wrong.isEmpty()) {
            return ctx.error(wrong, ExitUsage);
        }
        const QString account = (*client)->session().accountId;
        LiveOrderGateway gate = liveGate(ctx, **client, *db);
        auto changed = gate.modify(id, request);
        if (!changed) {
            return ctx.error(refusal(changed.error(), broker, account), ExitUsage);
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(orderJson(*changed)));
        } else {
            ctx.out << QStringLiteral("%1 order %2 changed: %3\n")
                           .arg(brokerDisplayName(broker), id, Broker::statusText(changed->status));
        }
        return ExitOk;
    }

    int cancel(CliContext& ctx, const QString& broker)
    {
        const QString id = ctx.args.value(2);
        if (id.isEmpty()) {
            return ctx.error(QStringLiteral("broker cancel needs the order id"), ExitUsage);
        }
        auto client = m_connections->loggedInClient(broker);
        if (!client) {
            return ctx.error(client.error().message, ExitUsage);
        }
        if (auto done = (*client)->cancel(id); !done) {
            return ctx.error(done.error().message, ExitSomeFailed);
        }
        ctx.out << QStringLiteral("%1 order %2 cancelled\n").arg(brokerDisplayName(broker), id);
        return ExitOk;
    }

    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<BrokerConnections> m_connections;
};

} // namespace

std::unique_ptr<Command> makeBrokerCommand()
{
    return std::make_unique<BrokerCommand>();
}

} // namespace Tessera::Cli
