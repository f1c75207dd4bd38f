#include "core/store/SymbolRepository.h"

#include <QDateTime>
#include <QHash>

#include "core/store/Statement.h"

namespace Tessera::Store {
namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString baseOf(const QString& ticker)
{
    const qsizetype dot = ticker.lastIndexOf(u'.');
    return dot > 0 ? ticker.left(dot) : ticker;
}

} // namespace

double SymbolRow::changePercent() const
{
    if (isMissing(lastClose) || isMissing(prevClose) || prevClose == 0.0) {
        return kMissing;
    }
    return (lastClose / prevClose - 1.0) * 100.0;
}

Result<qint64> SymbolRepository::upsert(const Symbol& s)
{
    if (s.ticker.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("empty ticker")));
    }
    // NULLIF keeps stored fields when the incoming record has none.
    Statement st(m_db.rawHandle(),
                 "INSERT INTO symbols(ticker, name, exchange, currency, sector, industry, isin) "
                 "VALUES (?1, NULLIF(?2,''), NULLIF(?3,''), NULLIF(?4,''), NULLIF(?5,''), NULLIF(?6,''), "
                 "NULLIF(?7,'')) "
                 "ON CONFLICT(ticker) DO UPDATE SET "
                 "name=COALESCE(NULLIF(?2,''), name), exchange=COALESCE(NULLIF(?3,''), exchange), "
                 "currency=COALESCE(NULLIF(?4,''), currency), sector=COALESCE(NULLIF(?5,''), sector), "
                 "industry=COALESCE(NULLIF(?6,''), industry), isin=COALESCE(NULLIF(?7,''), isin), "
                 "updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')");
    st.bind(1, s.ticker);
    st.bind(2, s.name.isNull() ? QStringLiteral("") : s.name);
    st.bind(3, s.exchange.isNull() ? QStringLiteral("") : s.exchange);
    st.bind(4, s.currency.isNull() ? QStringLiteral("") : s.currency);
    st.bind(5, s.sector.isNull() ? QStringLiteral("") : s.sector);
    st.bind(6, s.industry.isNull() ? QStringLiteral("") : s.industry);
    st.bind(7, s.isin.isNull() ? QStringLiteral("") : s.isin);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    auto id = idOf(s.ticker);
    if (!id) {
        return fail(id.error());
    }
    if (!id->has_value()) {
        return fail(Error::database(QStringLiteral("symbol %1 vanished after insert").arg(s.ticker)));
    }
    for (const QString& tag : s.tags) {
        if (auto r = addTag(tag, {s.ticker}); !r) {
            return fail(r.error());
        }
    }
    return **id;
}

Result<qint64> SymbolRepository::ensure(const QString& ticker)
{
    auto id = idOf(ticker);
    if (!id) {
        return fail(id.error());
    }
    if (id->has_value()) {
        return **id;
    }
    Symbol s;
    s.ticker = ticker;
    return upsert(s);
}

Result<std::optional<qint64>> SymbolRepository::idOf(const QString& ticker)
{
    Statement st(m_db.rawHandle(), "SELECT id FROM symbols WHERE ticker = ?1");
    st.bind(1, ticker);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return std::optional<qint64>{};
    }
    return std::optional<qint64>{st.int64At(0)};
}

Result<std::optional<Symbol>> SymbolRepository::find(const QString& ticker)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT ticker, name, exchange, currency, sector, industry, isin FROM symbols WHERE ticker = ?1");
    st.bind(1, ticker);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return std::optional<Symbol>{};
    }
    Symbol s{
        st.textAt(0), st.textAt(1), st.textAt(2), st.textAt(3), st.textAt(4), st.textAt(5), st.textAt(6), {}};
    Statement tags(m_db.rawHandle(),
                   "SELECT t.name FROM tags t JOIN symbol_tags st ON st.tag_id = t.id "
                   "JOIN symbols s ON s.id = st.symbol_id WHERE s.ticker = ?1 ORDER BY t.name");
    tags.bind(1, ticker);
    while (true) {
        auto next = tags.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            break;
        }
        s.tags << tags.textAt(0);
    }
    return std::optional<Symbol>{s};
}

Result<QString> SymbolRepository::resolve(const QString& ticker)
{
    auto stored = lookup(ticker);
    if (!stored) {
        return fail(stored.error());
    }
    return stored->value_or(ticker);
}

Result<std::optional<QString>> SymbolRepository::lookup(const QString& ticker)
{
    auto exact = idOf(ticker);
    if (!exact) {
        return fail(exact.error());
    }
    if (exact->has_value()) {
        return std::optional<QString>{ticker};
    }
    // Base match: stored "NTPC.NS" for incoming "NTPC". Only a unique match is used; two candidates
    // ("X.NS" and "X.BO") are ambiguous and the file's own ticker is kept.
    // Every stored ticker that starts with "NTPC.": a range of the ticker index ('/' follows '.'), where
    // a LIKE pattern scanned the whole table for each new symbol of a load (quadratic over a universe).
    Statement st(m_db.rawHandle(), "SELECT ticker FROM symbols WHERE ticker >= ?1 AND ticker < ?2");
    st.bind(1, ticker + u'.');
    st.bind(2, ticker + u'/');
    QStringList candidates;
    auto read = st.forEachRow([&](const Statement& row) {
        const QString t = row.textAt(0);
        if (baseOf(t) == ticker) {
            candidates << t;
        }
    });
    if (!read) {
        return fail(read.error());
    }
    return candidates.size() == 1 ? std::optional<QString>{candidates.first()} : std::optional<QString>{};
}

Result<QList<SymbolRow>> SymbolRepository::rows()
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.id, s.ticker, s.name, s.exchange, s.currency, s.sector, s.industry, s.isin, "
                 "COALESCE(b.bar_count, 0), b.first_date, b.last_date, b.last_close, b.prev_close, b.source, "
                 "f.last_error, f.last_success, f.last_attempt "
                 "FROM symbols s LEFT JOIN bar_summary b ON b.symbol_id = s.id "
                 "LEFT JOIN symbol_fetch_status f ON f.symbol_id = s.id ORDER BY s.ticker");
    QList<SymbolRow> out;
    QHash<qint64, qsizetype> indexById;
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            break;
        }
        SymbolRow r;
        r.symbol = Symbol{st.textAt(1),
                          st.textAt(2),
                          st.textAt(3),
                          st.textAt(4),
                          st.textAt(5),
                          st.textAt(6),
                          st.textAt(7),
                          {}};
        r.barCount = st.int64At(8);
        r.firstDate = QDate::fromString(st.textAt(9), Qt::ISODate);
        r.lastDate = QDate::fromString(st.textAt(10), Qt::ISODate);
        r.lastClose = st.doubleAt(11);
        r.prevClose = st.doubleAt(12);
        r.source = st.textAt(13);
        r.lastError = st.textAt(14);
        // Stored by recordFetchOutcome as UTC ISO text; NULL (never fetched) stays invalid.
        r.lastSuccess = QDateTime::fromString(st.textAt(15), Qt::ISODate);
        r.lastAttempt = QDateTime::fromString(st.textAt(16), Qt::ISODate);
        indexById.insert(st.int64At(0), out.size());
        out << r;
    }
    Statement tags(
        m_db.rawHandle(),
        "SELECT st.symbol_id, t.name FROM symbol_tags st JOIN tags t ON t.id = st.tag_id ORDER BY t.name");
    while (true) {
        auto next = tags.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            break;
        }
        const auto it = indexById.constFind(tags.int64At(0));
        if (it != indexById.constEnd()) {
            out[*it].symbol.tags << tags.textAt(1);
        }
    }
    return out;
}

Result<int> SymbolRepository::addTag(const QString& tag, const QStringList& tickers)
{
    const QString name = tag.trimmed();
    if (name.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("empty tag name")));
    }
    Statement insertTag(m_db.rawHandle(), "INSERT OR IGNORE INTO tags(name) VALUES (?1)");
    insertTag.bind(1, name);
    if (auto r = insertTag.run(); !r) {
        return fail(r.error());
    }
    Statement link(
        m_db.rawHandle(),
        "INSERT OR IGNORE INTO symbol_tags(symbol_id, tag_id) SELECT ?1, id FROM tags WHERE name = ?2");
    int added = 0;
    for (const QString& ticker : tickers) {
        auto id = ensure(ticker);
        if (!id) {
            return fail(id.error());
        }
        link.bind(1, *id);
        link.bind(2, name);
        if (auto r = link.run(); !r) {
            return fail(r.error());
        }
        added += link.changes();
    }
    return added;
}

Result<QStringList> SymbolRepository::tickersWithTag(const QString& tag)
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.ticker FROM symbols s JOIN symbol_tags st ON st.symbol_id = s.id "
                 "JOIN tags t ON t.id = st.tag_id WHERE t.name = ?1 ORDER BY s.ticker");
    st.bind(1, tag);
    return st.firstColumnTexts();
}

Result<QStringList> SymbolRepository::allTags()
{
    Statement st(m_db.rawHandle(), "SELECT name FROM tags ORDER BY name");
    return st.firstColumnTexts();
}

Result<QStringList> SymbolRepository::allTickers()
{
    Statement st(m_db.rawHandle(), "SELECT ticker FROM symbols ORDER BY ticker");
    return st.firstColumnTexts();
}

Result<void>
SymbolRepository::recordFetchOutcome(const QString& ticker, const QString& provider, const QString& error)
{
    auto id = ensure(ticker);
    if (!id) {
        return fail(id.error());
    }
    Statement st(
        m_db.rawHandle(),
        "INSERT INTO symbol_fetch_status(symbol_id, provider, last_attempt, last_success, last_error) "
        "VALUES (?1, ?2, ?3, CASE WHEN ?4 IS NULL THEN ?3 END, ?4) "
        "ON CONFLICT(symbol_id) DO UPDATE SET provider=?2, last_attempt=?3, "
        "last_success=CASE WHEN ?4 IS NULL THEN ?3 ELSE last_success END, last_error=?4");
    st.bind(1, *id);
    st.bind(2, provider);
    st.bind(3, nowIso());
    st.bind(4, error.isEmpty() ? QString() : error);
    return st.run();
}

Result<QStringList> SymbolRepository::tickersWithBars()
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.ticker FROM symbols s JOIN bar_summary b ON b.symbol_id = s.id "
                 "WHERE b.bar_count > 0 ORDER BY s.ticker");
    QStringList out;
    if (auto r = st.forEachRow([&out](const Statement& row) { out << row.textAt(0); }); !r) {
        return fail(r.error());
    }
    return out;
}

} // namespace Tessera::Store
