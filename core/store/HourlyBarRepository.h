#pragma once

#include <QHash>
#include <QPair>

#include "core/common/Result.h"
#include "core/market/HourlySeries.h"
#include "core/store/BarRepository.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** The stored span of one symbol's hourly bars (UTC epoch seconds of the first and last bar's open). */
struct HourlySpan
{
    qint64 count = 0;
    qint64 firstTime = 0;
    qint64 lastTime = 0;
};

/**
 * Hourly bars (issue 21), the counterpart of BarRepository: every write runs in ONE transaction per
 * call (joining the caller's, as the load step's writer does) together with the symbol's hourly
 * summary, so a kill never leaves half a symbol. Works on the calling thread's connection.
 */
class HourlyBarRepository
{
public:
    explicit HourlyBarRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * Replaces every stored hourly bar of ticker with series. Only the rows from the first difference
     * on are rewritten, so reloading a file that grew by six hours writes six rows (stats.written).
     */
    [[nodiscard]] Result<BarWriteStats>
    replaceAll(const QString& ticker, const HourlySeries& series, const QString& source);

    /** Inserts new hours and replaces stored ones (an incremental fetch); older bars stay. */
    [[nodiscard]] Result<BarWriteStats>
    upsert(const QString& ticker, const HourlySeries& series, const QString& source);

    /** Stored bars of ticker with from <= time <= to (epoch seconds; 0 = unbounded), ascending. */
    [[nodiscard]] Result<HourlySeries> load(const QString& ticker, qint64 from = 0, qint64 to = 0);

    /** Every stored bar of the symbol with id symbolId, ascending. */
    [[nodiscard]] Result<HourlySeries> loadAll(qint64 symbolId, const QString& ticker);

    /** Stored span of ticker (count 0 when it has no hourly bars). */
    [[nodiscard]] Result<HourlySpan> span(const QString& ticker);

    /** Spans of every symbol with hourly bars, by ticker. */
    [[nodiscard]] Result<QHash<QString, HourlySpan>> spans();

    /** Total stored hourly bars across all symbols. */
    [[nodiscard]] Result<qint64> totalCount();

private:
    Result<BarWriteStats>
    write(const QString& ticker, const HourlySeries& series, const QString& source, bool replace);

    const Database& m_db;
};

} // namespace Tessera::Store
