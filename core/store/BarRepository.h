#pragma once

#include <QDate>
#include <QHash>

#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** What a bar write did, for progress reports and tests. */
struct BarWriteStats
{
    qint64 written = 0; ///< rows inserted or replaced
    qint64 removed = 0; ///< rows deleted (replaceAll only)
    qint64 total = 0;   ///< bars stored for the symbol afterwards
};

/**
 * Daily bars. Writes use the raw sqlite3 handle with one prepared statement and run in ONE transaction
 * per call, together with the symbol's bar summary, so a crash never leaves half a symbol.
 * Works on the calling thread's connection.
 */
class BarRepository
{
public:
    explicit BarRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * Replaces every stored bar of ticker with series (a full import or a re-fetch after a split). Only
     * the rows from the first difference on are rewritten (stats.written and stats.removed count those).
     */
    [[nodiscard]] Result<BarWriteStats>
    replaceAll(const QString& ticker, const BarSeries& series, const QString& source);

    /** Inserts new dates and replaces existing ones (incremental update); older bars stay. */
    [[nodiscard]] Result<BarWriteStats>
    upsert(const QString& ticker, const BarSeries& series, const QString& source);

    /** Stored bars of ticker between from and to inclusive (invalid dates = unbounded), ascending. */
    [[nodiscard]] Result<BarSeries> load(const QString& ticker, QDate from = {}, QDate to = {});

    /**
     * Every stored bar of the symbol with id symbolId (named ticker in the series), ascending: the
     * same rows as load(ticker) at a fraction of its cost (no QString per cell, no join), for steps that
     * read thousands of symbols.
     */
    [[nodiscard]] Result<BarSeries> loadAll(qint64 symbolId, const QString& ticker);

    /**
     * Mean traded value (close × volume) over each symbol's last `bars` stored bars, by ticker;
     * symbols without bars (or volumes) are absent.
     */
    [[nodiscard]] Result<QHash<QString, double>> recentTradedValue(int bars);

    /** Number of stored bars of ticker. */
    [[nodiscard]] Result<qint64> count(const QString& ticker);

    /** Total stored bars across all symbols. */
    [[nodiscard]] Result<qint64> totalCount();

private:
    Result<BarWriteStats>
    write(const QString& ticker, const BarSeries& series, const QString& source, bool replace);

    const Database& m_db;
};

} // namespace Tessera::Store
