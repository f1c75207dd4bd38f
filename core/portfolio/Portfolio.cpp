#include "core/portfolio/Portfolio.h"

#include <cmath>
#include <mutex>

#include <QHash>
#include <QRegularExpression>

#include "core/portfolio/OrderStateMachine.h"
#include "core/portfolio/PaperEngine.h"
#include "core/store/PortfolioRepository.h"

namespace Tessera::Portfolio {
namespace {

std::mutex& registryMutex()
{
    static std::mutex m;
    return m;
}

QHash<QString, GatewayRegistry::Factory>& factories()
{
    static QHash<QString, GatewayRegistry::Factory> f;
    return f;
}

Result<bool>
appendAndApply(const Store::Database& db, const Account& account, AccountState& state, JournalEvent e)
{
    e.accountId = account.id;
    auto added = Store::PortfolioRepository(db).append(account.id, e);
    if (!added) {
        return fail(added.error());
    }
    if (*added) {
        if (auto ok = state.apply(e); !ok) {
            return fail(ok.error());
        }
    }
    return *added;
}

/** The order in state the broker order bo is, or empty. */
QString knownOrderId(const AccountState& state, const BrokerOrder& bo)
{
    if (!bo.clientOrderId.isEmpty() && state.orders().contains(bo.clientOrderId)) {
        return bo.clientOrderId;
    }
    for (const Order& o : state.orders()) {
        if (!bo.brokerOrderId.isEmpty() && o.brokerOrderId == bo.brokerOrderId) {
            return o.clientOrderId;
        }
    }
    return {};
}

/** "Kite" for "kite": the broker's name in messages and new account names. */
QString brokerTitle(const QString& broker)
{
    QString title = broker;
    if (!title.isEmpty()) {
        title[0] = title[0].toUpper();
    }
    return title;
}

/** Whether a broker report moving order from → to fits the state machine (see AccountState OrderUpdated). */
bool reportFits(OrderStatus from, OrderStatus to)
{
    if (from == to) {
        return true;
    }
    if (from == OrderStatus::New && (to == OrderStatus::PartiallyFilled || to == OrderStatus::Filled)) {
        from = OrderStatus::Open;
    }
    return canTransition(from, to);
}

} // namespace

GatewayRegistry& GatewayRegistry::instance()
{
    static GatewayRegistry registry;
    return registry;
}

void GatewayRegistry::registerFactory(const QString& broker, Factory factory)
{
    std::lock_guard lock(registryMutex());
    factories().insert(broker, std::move(factory));
}

void GatewayRegistry::unregisterFactory(const QString& broker)
{
    std::lock_guard lock(registryMutex());
    factories().remove(broker);
}

Result<std::unique_ptr<BrokerGateway>> GatewayRegistry::gateway(const Account& account,
                                                                const GatewayContext& context) const
{
    Factory f;
    {
        std::lock_guard lock(registryMutex());
        f = factories().value(account.broker);
    }
    if (!f) {
        return fail(
            Error::notFound(QStringLiteral("account '%1': no connection to broker '%2' in this build; log in "
                                           "with 'tessera-cli broker login %2'")
                                .arg(account.name, account.broker)));
    }
    return f(account, context);
}

bool isBrokerClientOrderId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,20}$"));
    return pattern.match(id).hasMatch();
}

Result<Account> paperAccount(const Store::Database& db)
{
    auto all = Store::PortfolioRepository(db).accounts();
    if (!all) {
        return fail(all.error());
    }
    for (const Account& a : std::as_const(*all)) {
        if (a.kind == AccountKind::Paper) {
            auto settings = paperSettings(db);
            if (!settings) {
                return fail(settings.error());
            }
            // The first deposit once (keyed): opening the account twice never deposits twice.
            Store::Transaction tx(db);
            if (!tx.isActive()) {
                return fail(tx.beginFailure());
            }
            JournalEvent e = depositEvent({},
                                          settings->startingCash,
                                          QStringLiteral("starting cash"),
                                          QStringLiteral("initial-deposit"));
            e.accountId = a.id;
            if (auto r = Store::PortfolioRepository(db).append(a.id, e); !r) {
                return fail(r.error());
            }
            if (auto c = tx.commit(); !c) {
                return fail(c.error());
            }
            return a;
        }
    }
    return createSimulatedAccount(
        db, QStringLiteral("Paper"), AccountKind::Paper, QStringLiteral("INR"), 1000000);
}

Result<Account> resolveAccount(const Store::Database& db, const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return paperAccount(db);
    }
    auto found = Store::PortfolioRepository(db).account(name);
    if (!found) {
        return fail(found.error());
    }
    if (found->has_value()) {
        if ((*found)->kind == AccountKind::Paper) {
            return paperAccount(db); // its first deposit
        }
        return **found;
    }
    auto all = Store::PortfolioRepository(db).accounts();
    QStringList names;
    for (const Account& a : all ? *all : QList<Account>()) {
        names << a.name;
    }
    return fail(Error::invalidInput(QStringLiteral("no account named '%1' (the accounts are: %2)")
                                        .arg(name, names.join(QStringLiteral(", ")))));
}

Result<Account> createSimulatedAccount(const Store::Database& db,
                                       const QString& name,
                                       AccountKind kind,
                                       const QString& currency,
                                       double cash,
                                       QDate day)
{
    Store::Transaction tx(db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Account a;
    a.name = name;
    a.kind = kind;
    a.currency = currency.isEmpty() ? QStringLiteral("INR") : currency.toUpper();
    auto created = Store::PortfolioRepository(db).createAccount(a);
    if (!created) {
        return fail(created.error());
    }
    if (cash > 0) {
        JournalEvent e =
            depositEvent(day, cash, QStringLiteral("starting cash"), QStringLiteral("initial-deposit"));
        e.accountId = created->id;
        if (auto r = Store::PortfolioRepository(db).append(created->id, e); !r) {
            return fail(r.error());
        }
    }
    if (day.isValid()) {
        JournalEvent e = clockEvent(day);
        e.accountId = created->id;
        if (auto r = Store::PortfolioRepository(db).append(created->id, e); !r) {
            return fail(r.error());
        }
    }
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return *created;
}

Result<AccountState> loadState(const Store::Database& db, const Account& account)
{
    if (account.isSimulated()) {
        auto engine = PaperEngine::open(db, account);
        if (!engine) {
            return fail(engine.error());
        }
        if (auto m = (*engine)->markToMarket(); !m) {
            return fail(m.error());
        }
        return (*engine)->state();
    }
    auto events = Store::PortfolioRepository(db).events(account.id);
    if (!events) {
        return fail(events.error());
    }
    return AccountState::rebuild(*events);
}

Result<Order> placeOrder(const Store::Database& db,
                         const Account& account,
                         const Order& order,
                         bool* duplicate,
                         const OrderConfirmer& confirm)
{
    if (account.isSimulated()) {
        auto engine = PaperEngine::open(db, account);
        if (!engine) {
            return fail(engine.error());
        }
        return (*engine)->place(order, duplicate);
    }
    if (duplicate) {
        *duplicate = false;
    }
    if (order.symbol.trimmed().isEmpty() || !std::isfinite(order.quantity) || order.quantity <= 0) {
        return fail(Error::invalidInput(QStringLiteral("an order needs a symbol and a quantity above 0")));
    }
    if ((order.type == OrderType::Limit || order.type == OrderType::StopLoss) && !order.price) {
        return fail(Error::invalidInput(
            QStringLiteral("%1: a %2 order needs a price").arg(order.symbol, orderTypeText(order.type))));
    }
    if (order.target || order.stop) {
        return fail(Error::invalidInput(
            QStringLiteral("account '%1': bracket exits (target/stop) are simulated for paper accounts only; "
                           "place the exits at the broker as their own orders")
                .arg(account.name)));
    }
    Order o = order;
    if (o.clientOrderId.isEmpty()) {
        o.clientOrderId = PaperEngine::newClientOrderId();
    }
    if (!isBrokerClientOrderId(o.clientOrderId)) {
        return fail(Error::invalidInput(
            QStringLiteral("client order id '%1': a broker order's id is sent as its tag, so it must be 1 to "
                           "20 letters and digits")
                .arg(o.clientOrderId)));
    }
    auto events = Store::PortfolioRepository(db).events(account.id);
    if (!events) {
        return fail(events.error());
    }
    auto state = AccountState::rebuild(*events);
    if (!state) {
        return fail(state.error());
    }
    if (state->orders().contains(o.clientOrderId)) {
        if (duplicate) {
            *duplicate = true;
        }
        return state->orders().value(o.clientOrderId);
    }
    auto gateway = GatewayRegistry::instance().gateway(account, GatewayContext{&db, confirm});
    if (!gateway) {
        return fail(gateway.error());
    }
    const OrderRequest request{
        o.clientOrderId, o.symbol, o.side, o.quantity, o.type, o.product, o.price, o.triggerPrice};
    // The switch, the confirmation and the broker's own checks: a refusal here records nothing.
    if (auto ok = (*gateway)->approve(request); !ok) {
        return fail(ok.error());
    }
    const QDate today = QDate::currentDate();
    o.placedOn = today;
    // Journalled as new before the broker hears of it: a crash during the call leaves the order on record.
    if (auto r = appendAndApply(db, account, *state, placedEvent(o)); !r) {
        return fail(r.error());
    }
    auto answer = (*gateway)->place(request);
    if (!answer) {
        if (answer.error().code == ErrorCode::Io) {
            // Unknown whether it reached the broker: not rejected (it may be working there); it stays new
            // until a sync finds it by its tag, and the same id is never sent twice.
            return fail(Error::io(
                QStringLiteral("%1 — order %2 stays 'new' in account '%3': 'tessera-cli broker sync %4' "
                               "finds it by its tag if it reached the broker; placing it again with "
                               "--client-id %2 sends nothing")
                    .arg(answer.error().message, o.clientOrderId, account.name, account.broker)));
        }
        // The broker said no (funds, market closed, input, session): nothing was placed.
        if (auto r = appendAndApply(
                db, account, *state, rejectedEvent(o.clientOrderId, today, answer.error().message));
            !r) {
            return fail(r.error());
        }
        return state->orders().value(o.clientOrderId);
    }
    BrokerOrder bo = *answer;
    bo.clientOrderId = o.clientOrderId;
    if (bo.status == OrderStatus::New) {
        bo.status = OrderStatus::Open;
    }
    if (reportFits(OrderStatus::New, bo.status)) {
        if (bo.status == OrderStatus::Open) {
            // The state machine's own step first, then the broker's report (with its order id).
            if (auto r = appendAndApply(db, account, *state, acceptedEvent(o.clientOrderId, today)); !r) {
                return fail(r.error());
            }
        }
        if (auto r = appendAndApply(db, account, *state, updatedEvent(bo, today)); !r) {
            return fail(r.error());
        }
    }
    return state->orders().value(o.clientOrderId);
}

Result<void> cancelOrder(const Store::Database& db, const Account& account, const QString& clientOrderId)
{
    if (account.isSimulated()) {
        auto engine = PaperEngine::open(db, account);
        if (!engine) {
            return fail(engine.error());
        }
        return (*engine)->cancel(clientOrderId, QStringLiteral("cancelled by the user"));
    }
    auto state = loadState(db, account);
    if (!state) {
        return fail(state.error());
    }
    if (!state->orders().contains(clientOrderId)) {
        return fail(Error::invalidInput(
            QStringLiteral("no order '%1' in account '%2'").arg(clientOrderId, account.name)));
    }
    if (auto ok = checkTransition(
            clientOrderId, state->orders().value(clientOrderId).status, OrderStatus::Cancelled);
        !ok) {
        return ok;
    }
    auto gateway = GatewayRegistry::instance().gateway(account, GatewayContext{&db, {}});
    if (!gateway) {
        return fail(gateway.error());
    }
    if (state->orders().value(clientOrderId).brokerOrderId.isEmpty()) {
        // Its placement got no answer: the broker's book says whether it ever got there (by its tag).
        auto snapshot = (*gateway)->sync();
        if (!snapshot) {
            return fail(snapshot.error().prefixed(
                QStringLiteral("order %1 has no broker order id yet; reading the order book")
                    .arg(clientOrderId)));
        }
        if (auto ingested = ingestSnapshot(db, *snapshot); !ingested) {
            return fail(ingested.error());
        }
        state = loadState(db, account);
        if (!state) {
            return fail(state.error());
        }
        if (auto ok = checkTransition(
                clientOrderId, state->orders().value(clientOrderId).status, OrderStatus::Cancelled);
            !ok) {
            return ok;
        }
    }
    const Order o = state->orders().value(clientOrderId);
    QString reason = QStringLiteral("cancelled by the user");
    if (o.brokerOrderId.isEmpty()) {
        reason = QStringLiteral("cancelled: it never reached %1 (no order tagged %2 in its order book)")
                     .arg(brokerTitle(account.broker), clientOrderId);
    } else if (auto r = (*gateway)->cancel(o.brokerOrderId); !r) {
        return r;
    }
    auto r = appendAndApply(db, account, *state, cancelledEvent(clientOrderId, QDate::currentDate(), reason));
    return r ? Result<void>() : fail(r.error());
}

Result<IngestSummary> ingestSnapshot(const Store::Database& db, const BrokerSnapshot& snapshot)
{
    if (snapshot.broker.isEmpty() || snapshot.accountId.isEmpty()) {
        return fail(
            Error::invalidInput(QStringLiteral("a broker snapshot needs the broker and the account id")));
    }
    IngestSummary summary;
    Store::PortfolioRepository repo(db);
    Store::Transaction tx(db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto existing = repo.brokerAccount(snapshot.broker, snapshot.accountId);
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value()) {
        summary.account = **existing;
    } else {
        Account a;
        a.name = QStringLiteral("%1 %2").arg(brokerTitle(snapshot.broker), snapshot.accountId);
        a.kind = AccountKind::Broker;
        a.broker = snapshot.broker;
        a.brokerAccount = snapshot.accountId;
        a.currency = snapshot.funds.currency;
        auto created = repo.createAccount(a);
        if (!created) {
            return fail(created.error());
        }
        summary.account = *created;
        summary.created = true;
    }
    const Account& account = summary.account;
    auto events = repo.events(account.id);
    if (!events) {
        return fail(events.error());
    }
    auto state = AccountState::rebuild(*events);
    if (!state) {
        return fail(state.error());
    }
    const QDate day = snapshot.takenAt.isValid() ? snapshot.takenAt.toUTC().date() : QDate::currentDate();
    QHash<QString, QString> byBrokerId; // broker order id → client order id
    for (BrokerOrder bo : snapshot.orders) {
        QString id = knownOrderId(*state, bo);
        if (id.isEmpty()) {
            Order o;
            o.clientOrderId =
                bo.clientOrderId.isEmpty() ? QStringLiteral("broker:") + bo.brokerOrderId : bo.clientOrderId;
            o.brokerOrderId = bo.brokerOrderId;
            o.symbol = bo.symbol;
            o.side = bo.side;
            o.type = bo.type;
            o.product = bo.product;
            o.quantity = bo.quantity;
            o.price = bo.price;
            o.triggerPrice = bo.triggerPrice;
            o.placedOn = bo.placedAt.isValid() ? bo.placedAt.toUTC().date() : day;
            o.note = QStringLiteral("from %1").arg(snapshot.broker);
            auto r = appendAndApply(db, account, *state, placedEvent(o));
            if (!r) {
                return fail(r.error());
            }
            summary.orders += *r ? 1 : 0;
            id = o.clientOrderId;
        }
        byBrokerId.insert(bo.brokerOrderId, id);
        const Order& known = state->orders()[id];
        if (known.status == bo.status && known.filledQuantity == bo.filledQuantity
            && known.brokerOrderId == bo.brokerOrderId) {
            continue;
        }
        if (!reportFits(known.status, bo.status)) {
            summary.skipped << QStringLiteral("%1: %2 → %3 refused")
                                   .arg(id, statusText(known.status), statusText(bo.status));
            continue;
        }
        bo.clientOrderId = id;
        auto r = appendAndApply(db, account, *state, updatedEvent(bo, day));
        if (!r) {
            return fail(r.error());
        }
        summary.updates += *r ? 1 : 0;
    }
    for (const BrokerTrade& t : snapshot.trades) {
        Fill f;
        f.tradeId = t.tradeId;
        f.clientOrderId = byBrokerId.value(t.brokerOrderId);
        f.symbol = t.symbol;
        f.side = t.side;
        f.quantity = t.quantity;
        f.price = t.price;
        f.day = t.time.isValid() ? t.time.toUTC().date() : day;
        if (!f.clientOrderId.isEmpty()) {
            f.product = state->orders()[f.clientOrderId].product;
        }
        if (t.tradeId.isEmpty() || t.quantity <= 0 || t.price <= 0) {
            summary.skipped << QStringLiteral("trade '%1' of %2: quantity %3 at %4 refused")
                                   .arg(t.tradeId, t.symbol)
                                   .arg(t.quantity)
                                   .arg(t.price);
            continue;
        }
        auto r = appendAndApply(db, account, *state, filledEvent(f, false));
        if (!r) {
            return fail(r.error());
        }
        summary.trades += *r ? 1 : 0;
    }
    if (auto r = appendAndApply(db, account, *state, brokerStateEvent(snapshot)); !r) {
        return fail(r.error());
    }
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return summary;
}

Result<int> advancePaperAccounts(const Store::Database& db)
{
    auto newest = Store::PortfolioRepository(db).newestBarDate();
    if (!newest) {
        return fail(newest.error());
    }
    if (!newest->isValid()) {
        return 0;
    }
    auto all = Store::PortfolioRepository(db).accounts();
    if (!all) {
        return fail(all.error());
    }
    int fills = 0;
    for (const Account& a : std::as_const(*all)) {
        if (a.kind != AccountKind::Paper) {
            continue;
        }
        auto engine = PaperEngine::open(db, a);
        if (!engine) {
            return fail(engine.error());
        }
        if (!(*engine)->state().clock().isValid()) {
            continue; // never traded: nothing to process
        }
        auto done = (*engine)->advanceTo(*newest);
        if (!done) {
            return fail(done.error().prefixed(QStringLiteral("paper account %1").arg(a.name)));
        }
        fills += done->fills;
    }
    return fills;
}

} // namespace Tessera::Portfolio
