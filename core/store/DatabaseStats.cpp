#include "core/store/DatabaseStats.h"

#include <algorithm>

#include <QHash>

#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace Tessera::Store {
namespace {

/**
 * A table name as an SQL identifier. Identifiers cannot be bound as parameters; the names come from
 * sqlite_master (our own schema), and doubling quotes keeps even an odd name a single identifier.
 */
QByteArray quoted(const QString& identifier)
{
    return '"' + identifier.toUtf8().replace('"', "\"\"") + '"';
}

/** A stored date: ISO 'YYYY-MM-DD', possibly followed by a time. */
QDate parseDate(const QString& text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

Result<QStringList> tableNames(sqlite3* h)
{
    // sqlite_% tables (sqlite_sequence, sqlite_stat1) are SQLite's bookkeeping, not data.
    Statement st(h,
                 "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                 "ESCAPE '\\' ORDER BY name");
    QStringList names;
    if (auto r = st.forEachRow([&names](const Statement& s) { names << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return names;
}

Result<QStringList> columnsOf(sqlite3* h, const QString& table)
{
    Statement st(h, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    st.bind(1, table);
    QStringList names;
    if (auto r = st.forEachRow([&names](const Statement& s) { names << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return names;
}

/** True when some index of table (the primary key of a WITHOUT ROWID table included) starts with columns. */
Result<bool> hasIndexStartingWith(sqlite3* h, const QString& table, const QStringList& columns)
{
    Statement st(h,
                 "SELECT il.name, ii.seqno, ii.name FROM pragma_index_list(?1) AS il, "
                 "pragma_index_info(il.name) AS ii ORDER BY il.name, ii.seqno");
    st.bind(1, table);
    QHash<QString, QStringList> indexes;
    if (auto r = st.forEachRow([&indexes](const Statement& s) { indexes[s.textAt(0)] << s.textAt(2); }); !r) {
        return fail(r.error());
    }
    return std::any_of(indexes.cbegin(), indexes.cend(), [&columns](const QStringList& c) {
        return c.mid(0, columns.size()) == columns;
    });
}

/** Runs a query returning one row of (count, date) into stats. */
Result<void> readCountAndDate(sqlite3* h, const QByteArray& sql, TableStats& stats, bool withDate)
{
    Statement st(h, sql.constData());
    if (!st.isValid()) {
        return fail(Error::database(st.prepareError()));
    }
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (*row) {
        stats.rows = st.int64At(0);
        if (withDate) {
            stats.latestDate = parseDate(st.textAt(1));
        }
    }
    return {};
}

/** Rows and MAX(date) of one table, with the fastest query that gives the exact answer. */
Result<TableStats> statsOf(sqlite3* h, const QString& table, const QStringList& allTables)
{
    TableStats stats;
    stats.name = table;
    auto columns = columnsOf(h, table);
    if (!columns) {
        return fail(columns.error());
    }
    stats.hasDate = columns->contains(QStringLiteral("date"));
    const QByteArray name = quoted(table);

    // bar_summary is written in the same transaction as the bars (BarRepository), so its sums are the
    // exact count and newest date of daily_bars, read from 2,000 rows instead of a million.
    if (table == QStringLiteral("daily_bars") && allTables.contains(QStringLiteral("bar_summary"))) {
        auto r = readCountAndDate(
            h, "SELECT COALESCE(SUM(bar_count), 0), MAX(last_date) FROM bar_summary", stats, true);
        if (!r) {
            return fail(r.error());
        }
        return stats;
    }
    if (auto r = readCountAndDate(h, "SELECT COUNT(*) FROM " + name, stats, false); !r) {
        return fail(r.error());
    }
    if (!stats.hasDate || stats.rows == 0) {
        return stats;
    }
    // MAX(date) over a (symbol_id, date) key is a full scan (~0.1 s per million rows); one index seek
    // per symbol (~2,000) answers the same in milliseconds. Per-symbol tables of later issues
    // (indicators, predictions) take this path by having such a key; their rows reference symbols
    // (foreign key with cascade), so no row is missed by walking the symbols.
    QByteArray dateSql = "SELECT MAX(date) FROM " + name;
    if (columns->contains(QStringLiteral("symbol_id")) && allTables.contains(QStringLiteral("symbols"))) {
        auto indexed = hasIndexStartingWith(h, table, {QStringLiteral("symbol_id"), QStringLiteral("date")});
        if (!indexed) {
            return fail(indexed.error());
        }
        if (*indexed) {
            dateSql =
                "SELECT MAX((SELECT MAX(date) FROM " + name + " WHERE symbol_id = s.id)) FROM symbols s";
        }
    }
    Statement st(h, dateSql.constData());
    if (!st.isValid()) {
        return fail(Error::database(st.prepareError()));
    }
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (*row) {
        stats.latestDate = parseDate(st.textAt(0));
    }
    return stats;
}

} // namespace

Result<QList<TableStats>> DatabaseStats::tables()
{
    sqlite3* h = m_db.rawHandle();
    auto names = tableNames(h);
    if (!names) {
        return fail(names.error());
    }
    QList<TableStats> out;
    for (const QString& name : *names) {
        auto stats = statsOf(h, name, *names);
        if (!stats) {
            return fail(stats.error());
        }
        out << *stats;
    }
    return out;
}

Result<QStringList> DatabaseStats::quickCheck(int maxProblems)
{
    // quick_check skips the index-versus-table cross checks of integrity_check: O(N) instead of
    // O(N log N), still catching damaged pages and records.
    // A pragma's argument cannot be bound; it is an integer formatted here, never text from outside.
    const QByteArray sql = "PRAGMA quick_check(" + QByteArray::number(std::max(1, maxProblems)) + ')';
    Statement st(m_db.rawHandle(), sql.constData());
    QStringList lines;
    if (auto r = st.forEachRow([&lines](const Statement& s) { lines << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return lines;
}

} // namespace Tessera::Store
