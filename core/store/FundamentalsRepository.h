#pragma once

#include <optional>

#include <QDate>
#include <QList>

#include "core/common/Result.h"
#include "core/fundamentals/Fundamentals.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Fundamentals by (symbol, as-of date) (table fundamentals): history accumulates, one row per day values
 * were collected; a later collection for the same day fills or replaces that day's values field by field
 * (a missing value never erases a stored one). Derived values (FundamentalsDerivation) are recomputed
 * from the sourced ones on every write, and the market-cap categories of the written days re-ranked.
 * Works on the calling thread's connection.
 */
class FundamentalsRepository
{
public:
    explicit FundamentalsRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * Stores records of stored symbols (their tickers as stored: resolve first), in one transaction.
     * homeMarket: the market of tickers without a suffix (cap category rules). Returns rows written.
     */
    [[nodiscard]] Result<int> store(const QList<Fundamentals::Record>& records, const QString& homeMarket);

    /** ticker's latest row on or before asOf (invalid: the latest of all), or nullopt. */
    [[nodiscard]] Result<std::optional<Fundamentals::Record>> latest(const QString& ticker, QDate asOf = {});
    /** Every row of ticker, oldest first. */
    [[nodiscard]] Result<QList<Fundamentals::Record>> history(const QString& ticker);
    /** Each symbol's latest row on or before asOf (invalid: the latest), by ticker. */
    [[nodiscard]] Result<QList<Fundamentals::Record>> latestAll(QDate asOf = {});

private:
    [[nodiscard]] Result<QList<Fundamentals::Record>>
    read(const char* where, const QString& ticker, QDate date);
    [[nodiscard]] Result<void> write(const Fundamentals::Record& record, qint64 symbolId);
    [[nodiscard]] Result<void> rankCapCategories(const QList<QDate>& days, const QString& homeMarket);

    const Database& m_db;
};

} // namespace Tessera::Store
