#include "core/store/WatchlistRepository.h"

#include <QHash>

#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {

Result<QList<Watchlist>> WatchlistRepository::all()
{
    Statement lists(m_db.rawHandle(), "SELECT id, name FROM watchlists ORDER BY name COLLATE NOCASE");
    QList<Watchlist> out;
    QHash<qint64, qsizetype> byId;
    if (auto r = lists.forEachRow([&](const Statement& st) {
            byId.insert(st.int64At(0), out.size());
            out.append(Watchlist{st.textAt(1), {}});
        });
        !r) {
        return fail(r.error());
    }
    Statement members(m_db.rawHandle(),
                      "SELECT m.watchlist_id, s.ticker FROM watchlist_members m "
                      "JOIN symbols s ON s.id = m.symbol_id ORDER BY m.watchlist_id, m.position");
    if (auto r = members.forEachRow([&](const Statement& st) {
            const auto at = byId.constFind(st.int64At(0));
            if (at != byId.cend()) {
                out[*at].tickers << st.textAt(1);
            }
        });
        !r) {
        return fail(r.error());
    }
    return out;
}

Result<QStringList> WatchlistRepository::names()
{
    Statement st(m_db.rawHandle(), "SELECT name FROM watchlists ORDER BY name COLLATE NOCASE");
    QStringList out;
    if (auto r = st.forEachRow([&](const Statement& s) { out << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return out;
}

Result<std::optional<QString>> WatchlistRepository::storedName(const QString& name)
{
    // The column's NOCASE collation makes '=' ignore ASCII case.
    Statement st(m_db.rawHandle(), "SELECT name FROM watchlists WHERE name = ?1");
    st.bind(1, name.trimmed());
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return *row ? std::optional<QString>(st.textAt(0)) : std::nullopt;
}

Result<qint64> WatchlistRepository::idOf(const QString& name)
{
    Statement st(m_db.rawHandle(), "SELECT id FROM watchlists WHERE name = ?1");
    st.bind(1, name.trimmed());
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return fail(Error::notFound(QStringLiteral("no watchlist named '%1'").arg(name.trimmed())));
    }
    return st.int64At(0);
}

Result<void> WatchlistRepository::create(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("a watchlist needs a name")));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto existing = storedName(trimmed);
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value()) {
        return fail(
            Error::invalidInput(QStringLiteral("a watchlist named '%1' exists already").arg(**existing)));
    }
    Statement insert(m_db.rawHandle(), "INSERT INTO watchlists(name) VALUES (?1)");
    insert.bind(1, trimmed);
    if (auto r = insert.run(); !r) {
        return fail(r.error());
    }
    return tx.commit();
}

Result<int> WatchlistRepository::add(const QString& name, const QStringList& tickers, bool createMissing)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto id = idOf(name);
    if (!id && id.error().code == ErrorCode::NotFound && createMissing) {
        if (auto created = create(name); !created) {
            return fail(created.error());
        }
        id = idOf(name);
    }
    if (!id) {
        return fail(id.error());
    }
    SymbolRepository symbols(m_db);
    Statement next(m_db.rawHandle(),
                   "SELECT COALESCE(MAX(position), -1) + 1 FROM watchlist_members WHERE watchlist_id = ?1");
    next.bind(1, *id);
    auto row = next.step();
    if (!row) {
        return fail(row.error());
    }
    qint64 position = next.int64At(0);
    next.reset();
    Statement insert(m_db.rawHandle(),
                     "INSERT OR IGNORE INTO watchlist_members(watchlist_id, symbol_id, position) "
                     "VALUES (?1, ?2, ?3)");
    int added = 0;
    for (const QString& ticker : tickers) {
        auto symbolId = symbols.idOf(ticker);
        if (!symbolId) {
            return fail(symbolId.error());
        }
        if (!symbolId->has_value()) {
            return fail(Error::notFound(QStringLiteral("%1 is not a stored symbol").arg(ticker)));
        }
        insert.bind(1, *id);
        insert.bind(2, **symbolId);
        insert.bind(3, position);
        if (auto r = insert.run(); !r) {
            return fail(r.error());
        }
        if (insert.changes() > 0) {
            ++added;
            ++position;
        }
    }
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return added;
}

Result<int> WatchlistRepository::remove(const QString& name, const QStringList& tickers)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto id = idOf(name);
    if (!id) {
        return fail(id.error());
    }
    Statement erase(m_db.rawHandle(),
                    "DELETE FROM watchlist_members WHERE watchlist_id = ?1 "
                    "AND symbol_id = (SELECT id FROM symbols WHERE ticker = ?2)");
    int removed = 0;
    for (const QString& ticker : tickers) {
        erase.bind(1, *id);
        erase.bind(2, ticker);
        if (auto r = erase.run(); !r) {
            return fail(r.error());
        }
        removed += erase.changes();
    }
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return removed;
}

Result<void> WatchlistRepository::deleteList(const QString& name)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto id = idOf(name);
    if (!id) {
        return fail(id.error());
    }
    Statement erase(m_db.rawHandle(), "DELETE FROM watchlists WHERE id = ?1");
    erase.bind(1, *id);
    if (auto r = erase.run(); !r) {
        return fail(r.error());
    }
    return tx.commit();
}

Result<void> WatchlistRepository::rename(const QString& name, const QString& newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("a watchlist needs a name")));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto id = idOf(name);
    if (!id) {
        return fail(id.error());
    }
    Statement clash(m_db.rawHandle(), "SELECT name FROM watchlists WHERE name = ?1 AND id <> ?2");
    clash.bind(1, trimmed);
    clash.bind(2, *id);
    auto row = clash.step();
    if (!row) {
        return fail(row.error());
    }
    if (*row) {
        return fail(Error::invalidInput(
            QStringLiteral("a watchlist named '%1' exists already").arg(clash.textAt(0))));
    }
    clash.reset();
    Statement update(m_db.rawHandle(), "UPDATE watchlists SET name = ?1 WHERE id = ?2");
    update.bind(1, trimmed);
    update.bind(2, *id);
    if (auto r = update.run(); !r) {
        return fail(r.error());
    }
    return tx.commit();
}

Result<QStringList> WatchlistRepository::members(const QString& name)
{
    auto id = idOf(name);
    if (!id) {
        return fail(id.error());
    }
    Statement st(m_db.rawHandle(),
                 "SELECT s.ticker FROM watchlist_members m JOIN symbols s ON s.id = m.symbol_id "
                 "WHERE m.watchlist_id = ?1 ORDER BY m.position");
    st.bind(1, *id);
    QStringList out;
    if (auto r = st.forEachRow([&](const Statement& s) { out << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return out;
}

} // namespace Tessera::Store
