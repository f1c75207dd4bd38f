#pragma once

#include <memory>
#include <optional>

#include <QHash>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/market/BarSeries.h"
#include "core/portfolio/AccountState.h"
#include "core/portfolio/Charges.h"
#include "core/portfolio/FillRules.h"
#include "core/store/Database.h"

namespace Tessera::Portfolio {

/** Stored daily bars by ticker, loaded once per engine (a replay reads the same series every day). */
class BarCache
{
public:
    explicit BarCache(const Store::Database& db)
        : m_db(db)
    {}
    /** The whole stored history of ticker (empty series when none). */
    [[nodiscard]] Result<const BarSeries*> series(const QString& ticker);
    /** The index of day in series, or -1. */
    static qsizetype indexOn(const BarSeries& series, QDate day);
    /** The index of the newest bar on or before day, or -1. */
    static qsizetype indexAtOrBefore(const BarSeries& series, QDate day);

private:
    const Store::Database& m_db;
    QHash<QString, std::shared_ptr<BarSeries>> m_series;
};

/** The settings of the paper simulator (stored settings portfolio/…; see paperSettings()). */
struct PaperSettings
{
    FillSettings fills;
    QList<ChargeSchedule> charges = defaultChargeSchedules();
    double startingCash = 1000000; ///< the default paper account's first deposit
};
inline const QString kMarketFillSetting = QStringLiteral("portfolio/marketFill");          ///< open | close
inline const QString kParticipationSetting = QStringLiteral("portfolio/maxParticipation"); ///< fraction
inline const QString kStartingCashSetting = QStringLiteral("portfolio/startingCash");
/** The declared settings above (the settings command and page list them). */
const QList<Config::Parameter>& portfolioParameters();
[[nodiscard]] Result<PaperSettings> paperSettings(const Store::Database& db);

/** What the confirmation of an order shows: its estimated price, value, slippage and charges. */
struct CostEstimate
{
    double price = 0; ///< the reference price (limit, trigger, else the newest close)
    QDate priceDay;   ///< the bar the newest close is from
    double value = 0;
    double slippage = 0; ///< estimated, currency (market-style orders)
    ChargeBreakdown charges;
    double total() const { return value + slippage + charges.total(); } ///< cash a buy needs
};

/** What advancing the clock did. */
struct AdvanceSummary
{
    int days = 0;
    int fills = 0;
    int cancelled = 0;
    int dividends = 0;
    QDate clock;
};

/**
 * The paper account's venue: validates and records orders, fills them from stored daily bars
 * (FillRules.h), charges them (Charges.h), credits dividends from the stored corporate actions, squares
 * off intraday positions at the day's close, and places a filled order's bracket exits as OCO orders.
 * Every change is a journal event appended in a transaction per step, and folded into state() as it is
 * recorded; an engine opened again on the same account folds the same journal to the same state.
 *
 * Bracket: a buy with target and/or stop, once filled, gets a sell stop-market at the stop and a sell
 * limit at the target for the filled quantity (same OCO group); when one fills the other is cancelled. If
 * both would fill on the same bar the stop is taken (the conservative reading of a daily bar).
 */
class PaperEngine
{
public:
    [[nodiscard]] static Result<std::unique_ptr<PaperEngine>> open(const Store::Database& db,
                                                                   const Account& account);

    const Account& account() const { return m_account; }
    const AccountState& state() const { return m_state; }
    BarCache& bars() { return m_bars; }
    const PaperSettings& settings() const { return m_settings; }

    /**
     * A new client order id: "t" + yyMMddHHmmss (UTC) + 7 random hex digits, 20 letters and digits, so it
     * also serves as a broker order's tag (a retry passes the same id again).
     */
    static QString newClientOrderId();

    /**
     * Validates and records order (clientOrderId set by the caller, or made here): an unknown symbol, a
     * zero quantity, a limit without price or a stop without trigger is an InvalidInput error and nothing
     * is recorded; an order the account cannot afford (cash, or holdings for a delivery sell) is
     * recorded as rejected with the reason. An id that is recorded already returns that order unchanged
     * (*duplicate = true): a retried placement is never a second order.
     */
    [[nodiscard]] Result<Order> place(Order order, bool* duplicate = nullptr);
    /** Cancels a working order (error: unknown id, or already filled/cancelled/rejected). */
    [[nodiscard]] Result<void> cancel(const QString& clientOrderId, const QString& reason);
    [[nodiscard]] Result<void>
    deposit(double amount, QDate day, const QString& note, const QString& key = {});
    /** Processes the stored bars after the clock up to day (inclusive) and moves the clock there. */
    [[nodiscard]] Result<AdvanceSummary> advanceTo(QDate day);
    /** The estimate the ticket's confirmation shows (no validation beyond a known price). */
    [[nodiscard]] Result<CostEstimate> estimate(const Order& order);
    /** Sets positions' last prices to the newest close on or before the clock (or the newest bar). */
    [[nodiscard]] Result<void> markToMarket();
    /** The cash not reserved by working buy orders (at their reference price with charges). */
    double availableCash();

private:
    PaperEngine(const Store::Database& db, Account account, PaperSettings settings);
    Result<bool> record(JournalEvent event);
    Result<void> refold();
    Result<void> processDay(QDate day, AdvanceSummary& summary);
    Result<void> fillOrder(const Order& order,
                           const BarSeries& series,
                           qsizetype index,
                           double quantity,
                           double price,
                           bool slips,
                           AdvanceSummary& summary);
    Result<void> afterFill(const Order& order, QDate day, AdvanceSummary& summary);
    double reservedCash(const QString& exceptId = {});
    double referencePrice(const Order& order);

    const Store::Database& m_db;
    Account m_account;
    PaperSettings m_settings;
    AccountState m_state;
    BarCache m_bars;
};

} // namespace Tessera::Portfolio
