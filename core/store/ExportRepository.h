#pragma once

#include <functional>
#include <vector>

#include <QString>

#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** A symbol as the stocks export lists it. */
struct ExportSymbolRow
{
    qint64 id = 0;
    QString ticker;
    QString name;
    QString sector;
    QString industry;
    QString exchange;
    QString currency;
    QString barsUpdatedAt; ///< bar_summary.updated_at; null when the symbol has no bars
};

/** A symbol's last bars up to a date, oldest first (missing values are NaN). */
struct RecentBars
{
    QString lastDate; ///< ISO date of the newest bar; empty when there is none
    std::vector<double> close;
    std::vector<double> adjClose;
    std::vector<double> volume;
};

/** The highest high and lowest low over a date range (NaN when the range has no bars). */
struct PriceRange
{
    double high = 0;
    double low = 0;
};

/**
 * One row of a dated export (history: open, high, low, close, adj_close, volume; indicators: the
 * technicalColumns() in table order). NaN = NULL. The object is reused from row to row.
 */
struct DatedValuesRow
{
    QString ticker;
    QString date; ///< ISO date as stored
    std::vector<double> values;
};

/**
 * The reads behind the seed-003 CSV exports (Export::runExport), so that export/ formats files and
 * never sees SQL. Reads through the calling thread's connection; no write lock is needed. The forEach
 * calls stream rows ordered by ticker, then date, without holding them all; the callback may call the
 * other methods (one read snapshot for the whole iteration) and stops the iteration by returning an
 * error, which forEach returns.
 */
class ExportRepository
{
public:
    using RowCallback = std::function<Result<void>(const DatedValuesRow&)>;
    using SymbolCallback = std::function<Result<void>(const ExportSymbolRow&)>;

    explicit ExportRepository(const Database& db)
        : m_db(db)
    {}

    /** Symbols that have at least one stored bar (the progress total of history and indicators). */
    [[nodiscard]] Result<qint64> symbolsWithBars();
    /** Every stored symbol. */
    [[nodiscard]] Result<qint64> symbolCount();
    /** Every symbol, by ticker. */
    [[nodiscard]] Result<void> forEachSymbol(const SymbolCallback& onSymbol);
    /** The last `limit` bars of symbolId on or before upTo (ISO date). */
    [[nodiscard]] Result<RecentBars> recentBars(qint64 symbolId, const QString& upTo, int limit);
    /** The highest high and lowest low of symbolId with after < date <= upTo (ISO dates). */
    [[nodiscard]] Result<PriceRange> priceRange(qint64 symbolId, const QString& after, const QString& upTo);
    /** The stored ATR 14 of symbolId on date (ISO), NaN when there is none. */
    [[nodiscard]] Result<double> atr14(qint64 symbolId, const QString& date);

    /** Bars with from <= date <= to ("0000-00-00" = from the start): OHLC, adj_close, volume. */
    [[nodiscard]] Result<void> forEachBar(const QString& from, const QString& to, const RowCallback& onRow);
    /** technical_indicators rows with from <= date <= to ("0000-00-00" = from the start). */
    [[nodiscard]] Result<void>
    forEachIndicatorRow(const QString& from, const QString& to, const RowCallback& onRow);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
