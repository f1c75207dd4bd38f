#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/portfolio/AccountState.h"
#include "core/portfolio/BrokerTypes.h"
#include "core/portfolio/PortfolioTypes.h"
#include "core/store/Database.h"

/**
 * The portfolio's entry points for the CLI, the GUI and the broker clients: accounts, placing and
 * cancelling orders on any account (the paper engine, or a broker account's gateway), applying a broker
 * sync, and moving the paper accounts' clocks after a data update.
 */
namespace Tessera::Portfolio {

/** What a gateway for one call is made with. */
struct GatewayContext
{
    /** The calling thread's database: the live-trading switch is read from it at each order. */
    const Store::Database* db = nullptr;
    /** Who confirms a live order (the CLI's --confirm-live, the GUI's dialog); empty: nothing is confirmed.
     */
    OrderConfirmer confirm;
};

/**
 * The broker clients register a gateway factory per broker ("kite", "fyers"); an order for a broker account
 * is routed through the gateway the factory makes for that account (Broker::registerLiveGateways). Thread-
 * safe.
 */
class GatewayRegistry
{
public:
    using Factory = std::function<Result<std::unique_ptr<BrokerGateway>>(const Account& account,
                                                                         const GatewayContext& context)>;
    static GatewayRegistry& instance();
    void registerFactory(const QString& broker, Factory factory);
    void unregisterFactory(const QString& broker);
    /** A gateway for account; NotFound error when no factory is registered for its broker. */
    [[nodiscard]] Result<std::unique_ptr<BrokerGateway>> gateway(const Account& account,
                                                                 const GatewayContext& context = {}) const;

private:
    GatewayRegistry() = default;
};

/** The default paper account ("Paper", migration 21), with its first deposit of portfolio/startingCash. */
[[nodiscard]] Result<Account> paperAccount(const Store::Database& db);
/** The account named name (any case); empty name: the default paper account. Error lists the accounts. */
[[nodiscard]] Result<Account> resolveAccount(const Store::Database& db, const QString& name);
/** A new simulated account with a first deposit of cash on day (invalid day: undated). */
[[nodiscard]] Result<Account> createSimulatedAccount(const Store::Database& db,
                                                     const QString& name,
                                                     AccountKind kind,
                                                     const QString& currency,
                                                     double cash,
                                                     QDate day = {});

/** The account's state folded from its journal, simulated accounts marked to the newest close. */
[[nodiscard]] Result<AccountState> loadState(const Store::Database& db, const Account& account);

/**
 * Places order on account: a simulated account through its PaperEngine; a broker account through its
 * gateway. A broker order is approved first (the live-trading switch, confirm's answer, the broker's own
 * checks: a refusal records nothing), journalled as new before it is sent (so a crash during the call
 * leaves a trace), then open/filled from the broker's answer, or rejected with the broker's reason (a
 * rejected order is returned, not an error, as for paper). When the broker's answer was lost and its order
 * book could not say either, the order stays new and the error says so: a broker sync finds it by its
 * client order id (sent as the order's tag), and placing the same client order id again sends nothing.
 * Blocks (worker threads; confirm may wait for the user). *duplicate: the client order id was placed
 * already (nothing new happened).
 */
[[nodiscard]] Result<Order> placeOrder(const Store::Database& db,
                                       const Account& account,
                                       const Order& order,
                                       bool* duplicate = nullptr,
                                       const OrderConfirmer& confirm = {});
/**
 * Cancels an open order (never gated: taking risk off always works). A broker order whose placement got no
 * answer is first looked up in the broker's book (a sync): cancelled there when it reached the broker,
 * recorded as cancelled when it never did.
 */
[[nodiscard]] Result<void>
cancelOrder(const Store::Database& db, const Account& account, const QString& clientOrderId);

/**
 * Whether id can be a broker order's client id: 1 to 20 letters and digits, because it is sent as the
 * order's tag (Kite and Fyers keep at most 20 alphanumerics) and a sync matches the tag back to it.
 */
bool isBrokerClientOrderId(const QString& id);

/** What a broker sync changed. */
struct IngestSummary
{
    Account account;
    bool created = false; ///< the account was new
    int orders = 0;       ///< orders first seen
    int updates = 0;      ///< status reports recorded
    int trades = 0;       ///< trades first seen
    QStringList skipped;  ///< reports refused by the state machine, with why
};

/**
 * Applies a broker sync: creates the account ("Kite ZX1234") when it is new; records each broker order
 * (keyed by its broker order id, or the client id Tessera sent when the broker echoes it) and each of its
 * new status reports, and each trade once by its trade id — so ingesting the same snapshot twice adds
 * nothing; then the holdings, positions and funds replace the account's (the broker is the truth).
 */
[[nodiscard]] Result<IngestSummary> ingestSnapshot(const Store::Database& db, const BrokerSnapshot& snapshot);

/**
 * After a data update: every paper account (not replay accounts) processes its working orders against
 * the bars that arrived and moves its clock to the newest stored bar. Returns the fills made.
 */
[[nodiscard]] Result<int> advancePaperAccounts(const Store::Database& db);

} // namespace Tessera::Portfolio
