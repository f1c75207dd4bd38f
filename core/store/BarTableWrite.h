#pragma once

#include <algorithm>
#include <functional>
#include <limits>

#include "core/common/Result.h"
#include "core/store/BarRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {

/**
 * The write path shared by the bar tables (daily_bars through BarRepository, hourly_bars through
 * HourlyBarRepository): one transaction per call (joining the caller's) that ensures the symbol, on a
 * replace deletes the stored rows from the first difference on, inserts the rest in batches of
 * Table::kBatch rows per statement and refreshes the symbol's summary, so a kill never leaves half a
 * symbol and a file that grew by six rows writes six rows.
 *
 * Table says what differs between the tables:
 *   Series                               BarSeries / HourlySeries
 *   kColumns, kBatch                     columns of one row, rows per batched INSERT
 *   what()                               "bars", "hourly bars" (messages: "writing hourly bars of X ...")
 *   deleteSql()                          DELETE of ?1's rows whose key is >= ?2
 *   insertSql(rows)                      INSERT OR REPLACE of `rows` rows
 *   keys(series)                         the row keys (Julian days, epoch seconds), for the order check
 *   loadAll(db, id, ticker)              the stored rows
 *   commonPrefix(stored, series)         leading rows of series stored exactly so
 *   bindDeleteFrom(st, key)              binds ?2 from a key; max() = delete nothing, min() = delete all
 *   bindRow(st, base, id, series, i)     binds row i's columns after `base`
 *   rowsLabel(series, first, last)       " on 2024-01-02..2024-01-05", " from 2023-07-01 13:00"
 *   summary(db, id, series, source, exact) refreshes the summary row; exact = the table now holds
 *                                        exactly series (a replace of ascending keys); returns the count
 */
template <class Table>
Result<BarWriteStats> writeBarTable(const Database& db,
                                    const QString& ticker,
                                    const typename Table::Series& series,
                                    const QString& source,
                                    bool replace)
{
    const auto context = [&ticker](const QString& what) {
        return QStringLiteral("%1 %2 of %3").arg(what, QString::fromLatin1(Table::what()), ticker);
    };
    Transaction tx(db);
    if (!tx.isActive()) {
        return fail(Error{tx.beginFailure().code,
                          context(QStringLiteral("cannot write")) + QStringLiteral(": ") + tx.beginError()});
    }
    auto id = SymbolRepository(db).ensure(ticker);
    if (!id) {
        return fail(id.error());
    }
    BarWriteStats stats;
    const auto& keys = Table::keys(series);
    const bool ascending = std::adjacent_find(keys.begin(), keys.end(), std::greater_equal<>()) == keys.end();
    // A replace rewrites only what differs: the rows from the first difference on. A nightly reload of a
    // CSV folder (the whole history again, one bar longer) then writes one row per symbol instead of
    // deleting and inserting its whole history; the result is the same table content either way.
    size_t keep = 0; // leading rows of series that are stored exactly so
    if (replace) {
        Statement del(db.rawHandle(), Table::deleteSql());
        del.bind(1, *id);
        if (ascending) {
            auto stored = Table::loadAll(db, *id, ticker);
            if (!stored) {
                return fail(stored.error());
            }
            keep = Table::commonPrefix(*stored, series);
            const auto& storedKeys = Table::keys(*stored);
            Table::bindDeleteFrom(
                del, keep < storedKeys.size() ? storedKeys[keep] : std::numeric_limits<qint64>::max());
        } else {
            Table::bindDeleteFrom(del, std::numeric_limits<qint64>::min()); // repeated keys: rewrite all
        }
        if (auto r = del.run(); !r) {
            return fail(
                Error{r.error().code,
                      context(QStringLiteral("deleting")) + QStringLiteral(": ") + r.error().message});
        }
        stats.removed = del.changes();
    }
    static const QByteArray batchSql = Table::insertSql(Table::kBatch);
    static const QByteArray singleSql = Table::insertSql(1);
    Statement batch(db.rawHandle(), batchSql.constData());
    Statement single(db.rawHandle(), singleSql.constData());
    if (!batch.isValid() || !single.isValid()) {
        return fail(Error::database(batch.isValid() ? single.prepareError() : batch.prepareError()));
    }
    const size_t n = keys.size();
    size_t i = keep;
    while (i < n) {
        const size_t first = i;
        Statement& ins = n - i >= size_t(Table::kBatch) ? batch : single;
        const int rows = &ins == &batch ? Table::kBatch : 1;
        for (int r = 0; r < rows; ++r, ++i) {
            Table::bindRow(ins, r * Table::kColumns, *id, series, i);
        }
        if (auto r = ins.run(); !r) {
            return fail(Error{r.error().code,
                              context(QStringLiteral("writing")) + Table::rowsLabel(series, first, i - 1)
                                  + QStringLiteral(": ") + r.error().message});
        }
        stats.written += rows;
    }
    // A replace of strictly ascending keys knows what is stored; a merge (or a series with repeated
    // keys, where the later row won) asks the table.
    auto total = Table::summary(db, *id, series, source, replace && ascending);
    if (!total) {
        return fail(total.error());
    }
    stats.total = *total;
    if (auto r = tx.commit(); !r) {
        return fail(Error{r.error().code,
                          context(QStringLiteral("committing")) + QStringLiteral(": ") + r.error().message});
    }
    return stats;
}

} // namespace Tessera::Store
