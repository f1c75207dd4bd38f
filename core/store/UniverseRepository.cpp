#include "core/store/UniverseRepository.h"

#include <QSet>

#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {

Result<UniverseDiff> UniverseRepository::import(const Universe& incoming)
{
    if (universeKey(incoming.name).isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("a universe needs a name with a letter or digit")));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    // "nifty 50" is the stored "NIFTY 50": names compare by key, so a re-import never makes a twin.
    auto stored = storedName(incoming.name);
    if (!stored) {
        return fail(stored.error());
    }
    Universe renamed;
    if (stored->has_value() && **stored != incoming.name) {
        renamed = incoming;
        renamed.name = **stored;
    }
    const Universe& universe = renamed.name.isEmpty() ? incoming : renamed;
    auto before = members(universe.name);
    if (!before) {
        return fail(before.error());
    }
    Statement upsertUniverse(
        m_db.rawHandle(),
        "INSERT INTO universes(name, source) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET "
        "source = ?2, imported_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')");
    upsertUniverse.bind(1, universe.name);
    upsertUniverse.bind(2, universe.source);
    if (auto r = upsertUniverse.run(); !r) {
        return fail(r.error());
    }
    Statement clear(
        m_db.rawHandle(),
        "DELETE FROM universe_members WHERE universe_id = (SELECT id FROM universes WHERE name = ?1)");
    clear.bind(1, universe.name);
    if (auto r = clear.run(); !r) {
        return fail(r.error());
    }
    SymbolRepository symbols(m_db);
    Statement add(m_db.rawHandle(),
                  "INSERT OR IGNORE INTO universe_members(universe_id, symbol_id) "
                  "SELECT id, ?2 FROM universes WHERE name = ?1");
    QSet<QString> now;
    for (const Symbol& s : universe.members) {
        auto id = symbols.upsert(s);
        if (!id) {
            return fail(Error{id.error().code, QStringLiteral("%1: %2").arg(s.ticker, id.error().message)});
        }
        add.bind(1, universe.name);
        add.bind(2, *id);
        if (auto r = add.run(); !r) {
            return fail(r.error());
        }
        now.insert(s.ticker);
    }
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    UniverseDiff diff;
    const QSet<QString> previous(before->cbegin(), before->cend());
    for (const Symbol& s : universe.members) {
        if (!previous.contains(s.ticker)) {
            diff.added << s.ticker;
        }
    }
    for (const QString& t : *before) {
        if (!now.contains(t)) {
            diff.removed << t;
        }
    }
    diff.unchanged = static_cast<int>(now.size()) - static_cast<int>(diff.added.size());
    diff.added.sort();
    diff.removed.sort();
    return diff;
}

Result<UniverseDiff>
UniverseRepository::amend(const QString& name, const QList<Symbol>& add, const QStringList& remove)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto stored = storedName(name);
    if (!stored) {
        return fail(stored.error());
    }
    if (!stored->has_value()) {
        return fail(Error::notFound(QStringLiteral("no universe named '%1'").arg(name)));
    }
    const QString universe = **stored;
    auto before = members(universe);
    if (!before) {
        return fail(before.error());
    }
    const QSet<QString> present(before->cbegin(), before->cend());
    SymbolRepository symbols(m_db);
    UniverseDiff diff;
    Statement insert(m_db.rawHandle(),
                     "INSERT OR IGNORE INTO universe_members(universe_id, symbol_id) "
                     "SELECT id, ?2 FROM universes WHERE name = ?1");
    for (const Symbol& s : add) {
        if (present.contains(s.ticker) || diff.added.contains(s.ticker)) {
            continue;
        }
        auto existing = symbols.idOf(s.ticker);
        if (!existing) {
            return fail(existing.error());
        }
        auto id = existing->has_value() ? Result<qint64>(**existing) : symbols.upsert(s);
        if (!id) {
            return fail(Error{id.error().code, QStringLiteral("%1: %2").arg(s.ticker, id.error().message)});
        }
        insert.bind(1, universe);
        insert.bind(2, *id);
        if (auto r = insert.run(); !r) {
            return fail(r.error());
        }
        diff.added << s.ticker;
    }
    Statement drop(
        m_db.rawHandle(),
        "DELETE FROM universe_members WHERE universe_id = (SELECT id FROM universes WHERE name = ?1) "
        "AND symbol_id = (SELECT id FROM symbols WHERE ticker = ?2)");
    for (const QString& t : remove) {
        if (!present.contains(t) || diff.removed.contains(t)) {
            continue;
        }
        drop.bind(1, universe);
        drop.bind(2, t);
        if (auto r = drop.run(); !r) {
            return fail(r.error());
        }
        diff.removed << t;
    }
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    diff.unchanged = static_cast<int>(present.size() - diff.removed.size());
    diff.added.sort();
    diff.removed.sort();
    return diff;
}

Result<QList<UniverseInfo>> UniverseRepository::list()
{
    Statement st(m_db.rawHandle(),
                 "SELECT u.name, u.source, u.imported_at, COUNT(m.symbol_id), "
                 "SUM(CASE WHEN b.bar_count > 0 THEN 1 ELSE 0 END), COALESCE(SUM(b.bar_count), 0), "
                 "MIN(b.first_date), MAX(b.last_date) "
                 "FROM universes u LEFT JOIN universe_members m ON m.universe_id = u.id "
                 "LEFT JOIN bar_summary b ON b.symbol_id = m.symbol_id GROUP BY u.id ORDER BY u.name");
    QList<UniverseInfo> out;
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            return out;
        }
        UniverseInfo info;
        info.name = st.textAt(0);
        info.source = st.textAt(1);
        info.importedAt = QDateTime::fromString(st.textAt(2), Qt::ISODate);
        info.memberCount = static_cast<int>(st.int64At(3));
        info.withBars = static_cast<int>(st.int64At(4));
        info.barCount = st.int64At(5);
        info.firstDate = QDate::fromString(st.textAt(6), Qt::ISODate);
        info.lastDate = QDate::fromString(st.textAt(7), Qt::ISODate);
        out << info;
    }
}

Result<QStringList> UniverseRepository::members(const QString& name)
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.ticker FROM symbols s JOIN universe_members m ON m.symbol_id = s.id "
                 "JOIN universes u ON u.id = m.universe_id WHERE u.name = ?1 ORDER BY s.ticker");
    st.bind(1, name);
    return st.firstColumnTexts();
}

Result<bool> UniverseRepository::exists(const QString& name)
{
    Statement st(m_db.rawHandle(), "SELECT 1 FROM universes WHERE name = ?1");
    st.bind(1, name);
    return st.step();
}

} // namespace Tessera::Store

namespace Tessera::Store {

Result<std::optional<QString>> UniverseRepository::storedName(const QString& name)
{
    auto all = names();
    if (!all) {
        return fail(all.error());
    }
    if (all->contains(name)) {
        return std::optional<QString>{name};
    }
    const QString key = universeKey(name);
    QStringList same;
    for (const QString& n : *all) {
        if (!key.isEmpty() && universeKey(n) == key) {
            same << n;
        }
    }
    if (same.size() > 1) {
        return fail(
            Error::invalidInput(QStringLiteral("'%1' could be any of the universes %2; use the exact name")
                                    .arg(name, same.join(QStringLiteral(", ")))));
    }
    return same.isEmpty() ? std::optional<QString>{} : std::optional<QString>{same.front()};
}

Result<QStringList> UniverseRepository::names()
{
    Statement st(m_db.rawHandle(), "SELECT name FROM universes ORDER BY name");
    QStringList out;
    if (auto r = st.forEachRow([&out](const Statement& row) { out << row.textAt(0); }); !r) {
        return fail(r.error());
    }
    return out;
}

Result<QStringList> UniverseRepository::tickersInAnyUniverse()
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.ticker FROM symbols s WHERE EXISTS "
                 "(SELECT 1 FROM universe_members m WHERE m.symbol_id = s.id) ORDER BY s.ticker");
    QStringList out;
    if (auto r = st.forEachRow([&out](const Statement& row) { out << row.textAt(0); }); !r) {
        return fail(r.error());
    }
    return out;
}

} // namespace Tessera::Store
