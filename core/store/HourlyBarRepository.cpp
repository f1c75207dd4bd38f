#include "core/store/HourlyBarRepository.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <QDateTime>

#include "core/store/BarTableWrite.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {
namespace {

constexpr int kColumns = 7;
// Rows per INSERT, as BarRepository: one statement execution per batch spares per-row VDBE work.
constexpr int kBatch = 32;

QByteArray insertSql(int rows)
{
    QByteArray sql =
        "INSERT OR REPLACE INTO hourly_bars(symbol_id, time, open, high, low, close, volume) VALUES ";
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?)";
    }
    return sql;
}

bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

/** How many leading bars of series are stored exactly so in stored. */
size_t commonPrefix(const HourlySeries& stored, const HourlySeries& series)
{
    const size_t n = static_cast<size_t>(std::min(stored.size(), series.size()));
    size_t k = 0;
    while (k < n && stored.times()[k] == series.times()[k] && sameValue(stored.open()[k], series.open()[k])
           && sameValue(stored.high()[k], series.high()[k]) && sameValue(stored.low()[k], series.low()[k])
           && sameValue(stored.close()[k], series.close()[k])
           && sameValue(stored.volume()[k], series.volume()[k])) {
        ++k;
    }
    return k;
}

Result<qint64> refreshSummary(const Database& db, qint64 symbolId, const QString& source)
{
    Statement st(db.rawHandle(),
                 "INSERT OR REPLACE INTO hourly_summary(symbol_id, bar_count, first_time, last_time, source, "
                 "updated_at) SELECT ?1, COUNT(*), MIN(time), MAX(time), ?2, ?3 FROM hourly_bars WHERE "
                 "symbol_id = ?1");
    st.bind(1, symbolId);
    st.bind(2, source);
    st.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    Statement count(db.rawHandle(), "SELECT bar_count FROM hourly_summary WHERE symbol_id = ?1");
    count.bind(1, symbolId);
    auto row = count.step();
    if (!row) {
        return fail(row.error());
    }
    return *row ? count.int64At(0) : 0;
}

void readRow(const Statement& row, HourlySeries& series)
{
    series.append(HourlyBar{
        row.int64At(0), row.doubleAt(1), row.doubleAt(2), row.doubleAt(3), row.doubleAt(4), row.doubleAt(5)});
}

/** hourly_bars for writeBarTable: rows keyed by the hour's open in UTC epoch seconds. */
struct HourlyBarTable
{
    using Series = HourlySeries;
    static constexpr int kColumns = Store::kColumns;
    static constexpr int kBatch = Store::kBatch;
    static const char* what() { return "hourly bars"; }
    static const char* deleteSql() { return "DELETE FROM hourly_bars WHERE symbol_id = ?1 AND time >= ?2"; }
    static QByteArray insertSql(int rows) { return Store::insertSql(rows); }
    static const std::vector<qint64>& keys(const HourlySeries& s) { return s.times(); }
    static Result<HourlySeries> loadAll(const Database& db, qint64 id, const QString& ticker)
    {
        return HourlyBarRepository(db).loadAll(id, ticker);
    }
    static size_t commonPrefix(const HourlySeries& stored, const HourlySeries& series)
    {
        return Store::commonPrefix(stored, series);
    }
    static void bindDeleteFrom(Statement& del, qint64 time) { del.bind(2, time); }
    static void bindRow(Statement& ins, int base, qint64 id, const HourlySeries& series, size_t i)
    {
        ins.bind(base + 1, id);
        ins.bind(base + 2, series.times()[i]);
        ins.bind(base + 3, series.open()[i]);
        ins.bind(base + 4, series.high()[i]);
        ins.bind(base + 5, series.low()[i]);
        ins.bind(base + 6, series.close()[i]);
        ins.bind(base + 7, series.volume()[i]);
    }
    static QString rowsLabel(const HourlySeries& series, size_t first, size_t)
    {
        return QStringLiteral(" from ") + hourLabel(series.times()[first]);
    }
    /** Always counted from the table: the summary's few columns cost one indexed scan. */
    static Result<qint64>
    summary(const Database& db, qint64 id, const HourlySeries&, const QString& source, bool)
    {
        return refreshSummary(db, id, source);
    }
};

} // namespace

Result<BarWriteStats>
HourlyBarRepository::replaceAll(const QString& ticker, const HourlySeries& series, const QString& source)
{
    return write(ticker, series, source, true);
}

Result<BarWriteStats>
HourlyBarRepository::upsert(const QString& ticker, const HourlySeries& series, const QString& source)
{
    return write(ticker, series, source, false);
}

Result<BarWriteStats> HourlyBarRepository::write(const QString& ticker,
                                                 const HourlySeries& series,
                                                 const QString& source,
                                                 bool replace)
{
    return writeBarTable<HourlyBarTable>(m_db, ticker, series, source, replace);
}

Result<HourlySeries> HourlyBarRepository::load(const QString& ticker, qint64 from, qint64 to)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT h.time, h.open, h.high, h.low, h.close, h.volume FROM hourly_bars h JOIN symbols s ON "
        "s.id = h.symbol_id WHERE s.ticker = ?1 AND h.time >= ?2 AND h.time <= ?3 ORDER BY h.time");
    st.bind(1, ticker);
    st.bind(2, from > 0 ? from : std::numeric_limits<qint64>::min());
    st.bind(3, to > 0 ? to : std::numeric_limits<qint64>::max());
    HourlySeries series(ticker);
    auto read = st.forEachRow([&series](const Statement& row) { readRow(row, series); });
    if (!read) {
        return fail(read.error().prefixed(QStringLiteral("reading hourly bars of %1").arg(ticker)));
    }
    return series;
}

Result<HourlySeries> HourlyBarRepository::loadAll(qint64 symbolId, const QString& ticker)
{
    Statement st(m_db.rawHandle(),
                 "SELECT time, open, high, low, close, volume FROM hourly_bars WHERE symbol_id = ?1 ORDER BY "
                 "time");
    st.bind(1, symbolId);
    HourlySeries series(ticker);
    auto read = st.forEachRow([&series](const Statement& row) { readRow(row, series); });
    if (!read) {
        return fail(read.error().prefixed(QStringLiteral("reading hourly bars of %1").arg(ticker)));
    }
    return series;
}

Result<HourlySpan> HourlyBarRepository::span(const QString& ticker)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT h.bar_count, h.first_time, h.last_time FROM hourly_summary h JOIN symbols s ON s.id = "
        "h.symbol_id WHERE s.ticker = ?1");
    st.bind(1, ticker);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return HourlySpan{};
    }
    return HourlySpan{st.int64At(0), st.int64At(1), st.int64At(2)};
}

Result<QHash<QString, HourlySpan>> HourlyBarRepository::spans()
{
    Statement st(
        m_db.rawHandle(),
        "SELECT s.ticker, h.bar_count, h.first_time, h.last_time FROM hourly_summary h JOIN symbols s "
        "ON s.id = h.symbol_id WHERE h.bar_count > 0");
    QHash<QString, HourlySpan> out;
    auto read = st.forEachRow([&out](const Statement& row) {
        out.insert(row.textAt(0), HourlySpan{row.int64At(1), row.int64At(2), row.int64At(3)});
    });
    if (!read) {
        return fail(read.error());
    }
    return out;
}

Result<qint64> HourlyBarRepository::totalCount()
{
    Statement st(m_db.rawHandle(), "SELECT COALESCE(SUM(bar_count), 0) FROM hourly_summary");
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return st.int64At(0);
}

} // namespace Tessera::Store
