#include "core/store/BarRepository.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <QDateTime>

#include "core/store/BarTableWrite.h"
#include "core/store/IsoDate.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {
namespace {

QString isoDate(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

constexpr int kBarColumns = 8;
// Rows per INSERT: one statement execution per 16 bars instead of per bar spares most of the
// per-statement VDBE work (the same measure as the indicator writer's batches).
constexpr int kBarBatch = 32;

/** INSERT OR REPLACE of `rows` daily_bars rows in one statement. */
QByteArray insertSql(int rows)
{
    QByteArray sql = "INSERT OR REPLACE INTO daily_bars(symbol_id, date, open, high, low, close, adj_close, "
                     "volume) VALUES ";
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?)";
    }
    return sql;
}

/** Recomputes the one-row summary the universe table reads, inside the caller's transaction. */
Result<qint64> refreshSummary(const Database& db, qint64 symbolId, const QString& source)
{
    Statement st(
        db.rawHandle(),
        "INSERT OR REPLACE INTO bar_summary(symbol_id, bar_count, first_date, last_date, last_close, "
        "prev_close, source, updated_at) "
        "SELECT ?1, COUNT(*), MIN(date), MAX(date), "
        "(SELECT close FROM daily_bars WHERE symbol_id = ?1 ORDER BY date DESC LIMIT 1), "
        "(SELECT close FROM daily_bars WHERE symbol_id = ?1 ORDER BY date DESC LIMIT 1 OFFSET 1), "
        "?2, ?3 FROM daily_bars WHERE symbol_id = ?1");
    st.bind(1, symbolId);
    st.bind(2, source);
    st.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    Statement count(db.rawHandle(), "SELECT bar_count FROM bar_summary WHERE symbol_id = ?1");
    count.bind(1, symbolId);
    auto row = count.step();
    if (!row) {
        return fail(row.error());
    }
    return *row ? count.int64At(0) : 0;
}

/**
 * The summary of a symbol whose stored bars are exactly series (a replace): the same row
 * refreshSummary computes, from memory instead of a scan of the rows just written.
 */
Result<qint64>
writeSummary(const Database& db, qint64 symbolId, const BarSeries& series, const QString& source)
{
    const qsizetype n = series.size();
    Statement st(
        db.rawHandle(),
        "INSERT OR REPLACE INTO bar_summary(symbol_id, bar_count, first_date, last_date, last_close, "
        "prev_close, source, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, symbolId);
    st.bind(2, static_cast<qint64>(n));
    if (n > 0) {
        st.bind(3, series.firstDate().toString(Qt::ISODate));
        st.bind(4, series.lastDate().toString(Qt::ISODate));
        st.bind(5, series.close()[static_cast<size_t>(n - 1)]);
    } else {
        st.bindNull(3);
        st.bindNull(4);
        st.bindNull(5);
    }
    if (n > 1) {
        st.bind(6, series.close()[static_cast<size_t>(n - 2)]);
    } else {
        st.bindNull(6);
    }
    st.bind(7, source);
    st.bind(8, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    return static_cast<qint64>(n);
}

/** Same stored value: equal, or both missing (NULL reads back as NaN; -0 reads back as 0). */
bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

/** How many leading bars of series are stored exactly so (same dates, same values) in stored. */
size_t commonPrefix(const BarSeries& stored, const BarSeries& series)
{
    const size_t n = static_cast<size_t>(std::min(stored.size(), series.size()));
    size_t k = 0;
    while (k < n && stored.days()[k] == series.days()[k] && sameValue(stored.open()[k], series.open()[k])
           && sameValue(stored.high()[k], series.high()[k]) && sameValue(stored.low()[k], series.low()[k])
           && sameValue(stored.close()[k], series.close()[k])
           && sameValue(stored.adjClose()[k], series.adjClose()[k])
           && sameValue(stored.volume()[k], series.volume()[k])) {
        ++k;
    }
    return k;
}

/** daily_bars for writeBarTable: rows keyed by ISO date text. */
struct DailyBarTable
{
    using Series = BarSeries;
    static constexpr int kColumns = kBarColumns;
    static constexpr int kBatch = kBarBatch;
    static const char* what() { return "bars"; }
    static const char* deleteSql() { return "DELETE FROM daily_bars WHERE symbol_id = ?1 AND date >= ?2"; }
    static QByteArray insertSql(int rows) { return Store::insertSql(rows); }
    static const std::vector<qint64>& keys(const BarSeries& s) { return s.days(); }
    static Result<BarSeries> loadAll(const Database& db, qint64 id, const QString& ticker)
    {
        return BarRepository(db).loadAll(id, ticker);
    }
    static size_t commonPrefix(const BarSeries& stored, const BarSeries& series)
    {
        return Store::commonPrefix(stored, series);
    }
    static void bindDeleteFrom(Statement& del, qint64 day)
    {
        del.bind(2,
                 day == std::numeric_limits<qint64>::max()   ? QStringLiteral("9999-99-99") // delete nothing
                 : day == std::numeric_limits<qint64>::min() ? QStringLiteral("0000-00-00") // delete all
                                                             : isoDate(day));
    }
    static void bindRow(Statement& ins, int base, qint64 id, const BarSeries& series, size_t i)
    {
        char date[10];
        formatIsoDate(series.days()[i], date);
        ins.bind(base + 1, id);
        ins.bindText(base + 2, date, 10);
        ins.bind(base + 3, series.open()[i]);
        ins.bind(base + 4, series.high()[i]);
        ins.bind(base + 5, series.low()[i]);
        ins.bind(base + 6, series.close()[i]);
        ins.bind(base + 7, series.adjClose()[i]);
        ins.bind(base + 8, series.volume()[i]);
    }
    static QString rowsLabel(const BarSeries& series, size_t first, size_t last)
    {
        const auto& days = series.days();
        return QStringLiteral(" on ")
               + (first == last ? isoDate(days[first])
                                : isoDate(days[first]) + QStringLiteral("..") + isoDate(days[last]));
    }
    static Result<qint64>
    summary(const Database& db, qint64 id, const BarSeries& series, const QString& source, bool exact)
    {
        return exact ? writeSummary(db, id, series, source) : refreshSummary(db, id, source);
    }
};

} // namespace

Result<BarWriteStats>
BarRepository::replaceAll(const QString& ticker, const BarSeries& series, const QString& source)
{
    return write(ticker, series, source, true);
}

Result<BarWriteStats>
BarRepository::upsert(const QString& ticker, const BarSeries& series, const QString& source)
{
    return write(ticker, series, source, false);
}

Result<BarWriteStats>
BarRepository::write(const QString& ticker, const BarSeries& series, const QString& source, bool replace)
{
    return writeBarTable<DailyBarTable>(m_db, ticker, series, source, replace);
}

namespace {

/** 'YYYY-MM-DD' → QDate without a QString (the loads run it once per stored bar); invalid otherwise. */
QDate parseIsoDate(QByteArrayView t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') {
        return {};
    }
    const auto digits = [t](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = t[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

} // namespace

Result<BarSeries> BarRepository::load(const QString& ticker, QDate from, QDate to)
{
    Statement st(m_db.rawHandle(),
                 "SELECT b.date, b.open, b.high, b.low, b.close, b.adj_close, b.volume FROM daily_bars b "
                 "JOIN symbols s ON s.id = b.symbol_id WHERE s.ticker = ?1 AND b.date >= ?2 AND b.date <= ?3 "
                 "ORDER BY b.date");
    st.bind(1, ticker);
    st.bind(2, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    st.bind(3, to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    BarSeries series(ticker);
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(Error{next.error().code,
                              QStringLiteral("reading bars of %1: %2").arg(ticker, next.error().message)});
        }
        if (!*next) {
            break;
        }
        // Without a QString per date: the chart reads 5,000+ bars on every symbol switch.
        series.append(Bar{parseIsoDate(st.utf8At(0)),
                          st.doubleAt(1),
                          st.doubleAt(2),
                          st.doubleAt(3),
                          st.doubleAt(4),
                          st.doubleAt(5),
                          st.doubleAt(6)});
    }
    return series;
}

Result<BarSeries> BarRepository::loadAll(qint64 symbolId, const QString& ticker)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT date, open, high, low, close, adj_close, volume FROM daily_bars WHERE symbol_id = ?1 "
        "ORDER BY date");
    st.bind(1, symbolId);
    BarSeries series(ticker);
    auto read = st.forEachRow([&series](const Statement& row) {
        series.append(Bar{parseIsoDate(row.utf8At(0)),
                          row.doubleAt(1),
                          row.doubleAt(2),
                          row.doubleAt(3),
                          row.doubleAt(4),
                          row.doubleAt(5),
                          row.doubleAt(6)});
    });
    if (!read) {
        return fail(read.error().prefixed(QStringLiteral("reading bars of %1").arg(ticker)));
    }
    return series;
}

Result<QHash<QString, double>> BarRepository::recentTradedValue(int bars)
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.ticker, (SELECT AVG(d.close * d.volume) FROM (SELECT close, volume FROM "
                 "daily_bars WHERE symbol_id = s.id ORDER BY date DESC LIMIT ?1) d) FROM symbols s");
    st.bind(1, bars);
    QHash<QString, double> value;
    auto read = st.forEachRow([&value](const Statement& row) {
        if (!row.isNull(1)) {
            value.insert(row.textAt(0), row.doubleAt(1));
        }
    });
    if (!read) {
        return fail(read.error());
    }
    return value;
}

Result<qint64> BarRepository::count(const QString& ticker)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT COUNT(*) FROM daily_bars b JOIN symbols s ON s.id = b.symbol_id WHERE s.ticker = ?1");
    st.bind(1, ticker);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return st.int64At(0);
}

Result<qint64> BarRepository::totalCount()
{
    Statement st(m_db.rawHandle(), "SELECT COALESCE(SUM(bar_count), 0) FROM bar_summary");
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return st.int64At(0);
}

} // namespace Tessera::Store
