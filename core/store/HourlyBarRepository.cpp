#include "core/store/HourlyBarRepository.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <QDateTime>

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
    const auto context = [&ticker](const QString& what) {
        return QStringLiteral("%1 hourly bars of %2").arg(what, ticker);
    };
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(Error{tx.beginFailure().code,
                          context(QStringLiteral("cannot write")) + QStringLiteral(": ") + tx.beginError()});
    }
    auto id = SymbolRepository(m_db).ensure(ticker);
    if (!id) {
        return fail(id.error());
    }
    BarWriteStats stats;
    const auto& times = series.times();
    const bool ascending =
        std::adjacent_find(times.begin(), times.end(), std::greater_equal<>()) == times.end();
    size_t keep = 0;
    if (replace) {
        // Rewrite only from the first difference: a file that grew by a few hours writes those hours.
        Statement del(m_db.rawHandle(), "DELETE FROM hourly_bars WHERE symbol_id = ?1 AND time >= ?2");
        del.bind(1, *id);
        if (ascending) {
            auto stored = loadAll(*id, ticker);
            if (!stored) {
                return fail(stored.error());
            }
            keep = commonPrefix(*stored, series);
            del.bind(2,
                     keep < static_cast<size_t>(stored->size()) ? stored->times()[keep]
                                                                : std::numeric_limits<qint64>::max());
        } else {
            del.bind(2, std::numeric_limits<qint64>::min());
        }
        if (auto r = del.run(); !r) {
            return fail(
                Error{r.error().code,
                      context(QStringLiteral("deleting")) + QStringLiteral(": ") + r.error().message});
        }
        stats.removed = del.changes();
    }
    static const QByteArray batchSql = insertSql(kBatch);
    static const QByteArray singleSql = insertSql(1);
    Statement batch(m_db.rawHandle(), batchSql.constData());
    Statement single(m_db.rawHandle(), singleSql.constData());
    if (!batch.isValid() || !single.isValid()) {
        return fail(Error::database(batch.isValid() ? single.prepareError() : batch.prepareError()));
    }
    const size_t n = times.size();
    size_t i = keep;
    while (i < n) {
        const size_t first = i;
        Statement& ins = n - i >= size_t(kBatch) ? batch : single;
        const int rows = &ins == &batch ? kBatch : 1;
        for (int r = 0; r < rows; ++r, ++i) {
            const int base = r * kColumns;
            ins.bind(base + 1, *id);
            ins.bind(base + 2, times[i]);
            ins.bind(base + 3, series.open()[i]);
            ins.bind(base + 4, series.high()[i]);
            ins.bind(base + 5, series.low()[i]);
            ins.bind(base + 6, series.close()[i]);
            ins.bind(base + 7, series.volume()[i]);
        }
        if (auto r = ins.run(); !r) {
            return fail(Error{r.error().code,
                              context(QStringLiteral("writing")) + QStringLiteral(" from ")
                                  + hourLabel(times[first]) + QStringLiteral(": ") + r.error().message});
        }
        stats.written += rows;
    }
    auto total = refreshSummary(m_db, *id, source);
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
