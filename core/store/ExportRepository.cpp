#include "core/store/ExportRepository.h"

#include <algorithm>

#include <QByteArray>

#include "core/store/IndicatorRepository.h"
#include "core/store/Statement.h"

namespace Tessera::Store {
namespace {

/** Runs a one-row COUNT(*) statement. */
Result<qint64> count(const Database& db, const char* sql)
{
    Statement st(db.rawHandle(), sql);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return *row ? st.int64At(0) : 0;
}

/**
 * Steps st, filling row (ticker, date, then `values` numeric columns) for each result and handing it
 * to onRow; an error from either stops the loop.
 */
Result<void> streamRows(Statement& st, int values, const ExportRepository::RowCallback& onRow)
{
    DatedValuesRow row;
    row.values.resize(static_cast<size_t>(values));
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            return {};
        }
        row.ticker = st.textAt(0);
        row.date = st.textAt(1);
        for (int c = 0; c < values; ++c) {
            row.values[static_cast<size_t>(c)] = st.doubleAt(2 + c);
        }
        if (auto r = onRow(row); !r) {
            return r;
        }
    }
}

} // namespace

Result<qint64> ExportRepository::symbolsWithBars()
{
    return count(m_db, "SELECT COUNT(*) FROM bar_summary WHERE bar_count > 0");
}

Result<qint64> ExportRepository::symbolCount()
{
    return count(m_db, "SELECT COUNT(*) FROM symbols");
}

Result<void> ExportRepository::forEachSymbol(const SymbolCallback& onSymbol)
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.id, s.ticker, s.name, s.sector, s.industry, s.exchange, s.currency, b.updated_at "
                 "FROM symbols s LEFT JOIN bar_summary b ON b.symbol_id = s.id ORDER BY s.ticker");
    ExportSymbolRow row;
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            return {};
        }
        row.id = st.int64At(0);
        row.ticker = st.textAt(1);
        row.name = st.textAt(2);
        row.sector = st.textAt(3);
        row.industry = st.textAt(4);
        row.exchange = st.textAt(5);
        row.currency = st.textAt(6);
        row.barsUpdatedAt = st.textAt(7);
        if (auto r = onSymbol(row); !r) {
            return r;
        }
    }
}

Result<RecentBars> ExportRepository::recentBars(qint64 symbolId, const QString& upTo, int limit)
{
    Statement st(m_db.rawHandle(),
                 "SELECT date, close, adj_close, volume FROM daily_bars WHERE symbol_id = ?1 AND date <= ?2 "
                 "ORDER BY date DESC LIMIT ?3");
    st.bind(1, symbolId);
    st.bind(2, upTo);
    st.bind(3, limit);
    RecentBars out;
    auto read = st.forEachRow([&out](const Statement& row) {
        if (out.lastDate.isEmpty()) {
            out.lastDate = row.textAt(0);
        }
        out.close.push_back(row.doubleAt(1));
        out.adjClose.push_back(row.doubleAt(2));
        out.volume.push_back(row.doubleAt(3));
    });
    if (!read) {
        return fail(read.error());
    }
    // Newest first from SQLite (so LIMIT keeps the latest); callers compute forward in time.
    std::reverse(out.close.begin(), out.close.end());
    std::reverse(out.adjClose.begin(), out.adjClose.end());
    std::reverse(out.volume.begin(), out.volume.end());
    return out;
}

Result<PriceRange> ExportRepository::priceRange(qint64 symbolId, const QString& after, const QString& upTo)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT MAX(high), MIN(low) FROM daily_bars WHERE symbol_id = ?1 AND date > ?2 AND date <= ?3");
    st.bind(1, symbolId);
    st.bind(2, after);
    st.bind(3, upTo);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    // An aggregate always returns one row; NULLs (no bars) read as NaN.
    return *row ? PriceRange{st.doubleAt(0), st.doubleAt(1)} : PriceRange{qQNaN(), qQNaN()};
}

Result<double> ExportRepository::atr14(qint64 symbolId, const QString& date)
{
    // The row's key (schema 8): symbol_id * 2^32 + the Julian day number (julianday() is .5 at midnight).
    Statement st(m_db.rawHandle(),
                 "SELECT atr_14 FROM technical_indicators "
                 "WHERE id = ?1 * 4294967296 + CAST(julianday(?2) + 0.5 AS INTEGER)");
    st.bind(1, symbolId);
    st.bind(2, date);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return *row ? st.doubleAt(0) : qQNaN();
}

Result<void> ExportRepository::forEachBar(const QString& from, const QString& to, const RowCallback& onRow)
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.ticker, b.date, b.open, b.high, b.low, b.close, b.adj_close, b.volume "
                 "FROM daily_bars b JOIN symbols s ON s.id = b.symbol_id "
                 "WHERE b.date >= ?1 AND b.date <= ?2 ORDER BY s.ticker, b.date");
    st.bind(1, from);
    st.bind(2, to);
    return streamRows(st, 6, onRow);
}

Result<void>
ExportRepository::forEachIndicatorRow(const QString& from, const QString& to, const RowCallback& onRow)
{
    // Built once: the statement cache is keyed by the SQL text, which must outlive the statement.
    static const QByteArray sql = [] {
        QByteArray s = "SELECT s.ticker, t.date";
        for (const TechnicalColumn& c : technicalColumns()) {
            s += ", t.";
            s += c.name;
        }
        // Each symbol's rows are one key range (schema 8: id = symbol_id * 2^32 + Julian day number);
        // an open start ("0000-00-00", no julianday) is day 0.
        s += " FROM symbols s JOIN technical_indicators t ON t.id BETWEEN "
             "s.id * 4294967296 + IFNULL(CAST(julianday(?1) + 0.5 AS INTEGER), 0) AND "
             "s.id * 4294967296 + CAST(julianday(?2) + 0.5 AS INTEGER) ORDER BY s.ticker, t.id";
        return s;
    }();
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, from);
    st.bind(2, to);
    return streamRows(st, static_cast<int>(technicalColumns().size()), onRow);
}

} // namespace Tessera::Store
