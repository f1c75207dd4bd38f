#pragma once

#include <QDate>

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

    /** Replaces every stored bar of ticker with series (a full import or a re-fetch after a split). */
    [[nodiscard]] Result<BarWriteStats>
    replaceAll(const QString& ticker, const BarSeries& series, const QString& source);

    /** Inserts new dates and replaces existing ones (incremental update); older bars stay. */
    [[nodiscard]] Result<BarWriteStats>
    upsert(const QString& ticker, const BarSeries& series, const QString& source);

    /** Stored bars of ticker between from and to inclusive (invalid dates = unbounded), ascending. */
    [[nodiscard]] Result<BarSeries> load(const QString& ticker, QDate from = {}, QDate to = {});

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
