#pragma once

#include <optional>

#include <QList>

#include "core/common/Result.h"
#include "core/portfolio/Journal.h"
#include "core/portfolio/PortfolioTypes.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * The portfolio's accounts and its append-only journal (tables portfolio_accounts, portfolio_events,
 * migration 21). append() joins the caller's transaction when one is open, so the events of one step
 * (an order and its acceptance, a day's fills) commit together. Works on the calling thread's connection.
 */
class PortfolioRepository
{
public:
    explicit PortfolioRepository(const Database& db)
        : m_db(db)
    {}

    [[nodiscard]] Result<QList<Portfolio::Account>> accounts();
    /** The account named name (any case), or nullopt. */
    [[nodiscard]] Result<std::optional<Portfolio::Account>> account(const QString& name);
    [[nodiscard]] Result<std::optional<Portfolio::Account>> accountById(qint64 id);
    [[nodiscard]] Result<std::optional<Portfolio::Account>> brokerAccount(const QString& broker,
                                                                          const QString& brokerAccount);
    /** Creates an account; an existing name is an error naming it. */
    [[nodiscard]] Result<Portfolio::Account> createAccount(const Portfolio::Account& account);

    /**
     * Appends event to accountId's journal. Returns false (and stores nothing) when an event with the
     * same non-empty dedup key is stored already.
     */
    [[nodiscard]] Result<bool> append(qint64 accountId, const Portfolio::JournalEvent& event);
    /** The account's events in journal order (ids ascending). */
    [[nodiscard]] Result<QList<Portfolio::JournalEvent>> events(qint64 accountId);
    /** The newest stored bar date of any symbol (invalid when none): where the paper accounts' clocks go. */
    [[nodiscard]] Result<QDate> newestBarDate();
    /** How many events the account has. */
    [[nodiscard]] Result<qint64> eventCount(qint64 accountId);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
