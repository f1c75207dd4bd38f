#include "core/store/ScreenRepository.h"

#include <QJsonDocument>

#include "core/screens/Strategy.h"
#include "core/store/Statement.h"

namespace Tessera::Store {

using Screens::ScreenDefinition;

namespace {

constexpr const char* kColumns = "SELECT id, name, description, expression, ranking, row_limit, selection, "
                                 "watched, strategy, settings FROM screens ";

ScreenDefinition readRow(const Statement& st)
{
    ScreenDefinition s;
    s.id = st.int64At(0);
    s.name = st.textAt(1);
    s.description = st.textAt(2);
    s.expression = st.textAt(3);
    s.ranking = st.textAt(4);
    s.limit = static_cast<int>(st.int64At(5));
    s.selection = st.textAt(6);
    s.watched = st.int64At(7) != 0;
    s.strategy = st.textAt(8);
    s.settings = QJsonDocument::fromJson(st.textAt(9).toUtf8()).object();
    return s;
}

/** A text column that is NOT NULL: a null QString would bind NULL. */
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString settingsText(const ScreenDefinition& s)
{
    return QString::fromUtf8(QJsonDocument(s.settings).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> ScreenRepository::ensureStrategies()
{
    // Cheap when they exist: one read. Missing ones are inserted with their defaults.
    Statement count(m_db.rawHandle(), "SELECT COUNT(*) FROM screens WHERE strategy IS NOT NULL");
    auto row = count.step();
    if (!row) {
        return fail(row.error());
    }
    if (count.int64At(0) >= Screens::strategyIds().size()) {
        return {};
    }
    count.reset();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    for (const QString& id : Screens::strategyIds()) {
        const ScreenDefinition s = Screens::builtinStrategy(id);
        Statement ins(
            m_db.rawHandle(),
            "INSERT OR IGNORE INTO screens (name, description, expression, ranking, row_limit, selection, "
            "watched, strategy, settings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8)");
        ins.bind(1, s.name);
        ins.bind(2, text(s.description));
        ins.bind(3, text(s.expression));
        ins.bind(4, text(s.ranking));
        ins.bind(5, s.limit);
        ins.bind(6, s.selection);
        ins.bind(7, s.strategy);
        ins.bind(8, settingsText(s));
        if (auto r = ins.run(); !r) {
            return fail(r.error());
        }
    }
    return tx.commit();
}

Result<QList<ScreenDefinition>> ScreenRepository::query(const char* where, const QString& arg)
{
    if (auto e = ensureStrategies(); !e) {
        return fail(e.error());
    }
    const QByteArray sql = QByteArray(kColumns) + where;
    Statement st(m_db.rawHandle(), sql.constData());
    if (!arg.isNull()) {
        st.bind(1, arg);
    }
    QList<ScreenDefinition> out;
    auto r = st.forEachRow([&](const Statement& s) { out << readRow(s); });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<QList<ScreenDefinition>> ScreenRepository::all()
{
    auto list = query("ORDER BY strategy IS NULL, name COLLATE NOCASE", QString());
    if (!list) {
        return list;
    }
    // Strategies in their documented order, not alphabetical.
    const QStringList order = Screens::strategyIds();
    std::stable_sort(list->begin(), list->end(), [&](const ScreenDefinition& a, const ScreenDefinition& b) {
        const qsizetype ia = a.isStrategy() ? order.indexOf(a.strategy) : order.size();
        const qsizetype ib = b.isStrategy() ? order.indexOf(b.strategy) : order.size();
        return ia < ib;
    });
    return list;
}

Result<std::optional<ScreenDefinition>> ScreenRepository::find(const QString& name)
{
    auto list = query("WHERE name = ?1 COLLATE NOCASE", name.trimmed());
    if (!list) {
        return fail(list.error());
    }
    if (list->isEmpty()) {
        return std::optional<ScreenDefinition>();
    }
    return std::optional<ScreenDefinition>(list->constFirst());
}

Result<QList<ScreenDefinition>> ScreenRepository::watched()
{
    return query("WHERE watched = 1 ORDER BY name COLLATE NOCASE", QString());
}

Result<qint64> ScreenRepository::save(const ScreenDefinition& screen)
{
    const QString name = screen.name.trimmed();
    if (name.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("a screen needs a name")));
    }
    if (screen.limit < 0) {
        return fail(
            Error::invalidInput(QStringLiteral("screen '%1': the limit must be 0 (none) or more").arg(name)));
    }
    auto existing = find(name);
    if (!existing) {
        return fail(existing.error());
    }
    ScreenDefinition s = screen;
    s.name = name;
    if (existing->has_value()) {
        s.strategy = (*existing)->strategy; // a strategy stays one; a plain screen stays plain
    } else if (Screens::strategyIds().contains(name, Qt::CaseInsensitive)) {
        return fail(Error::invalidInput(QStringLiteral("'%1' is a strategy's name").arg(name)));
    } else {
        s.strategy.clear();
    }
    if (!s.isStrategy()) {
        s.settings = {};
    }
    if (auto c = Screens::compile(s); !c) {
        return fail(c.error().prefixed(QStringLiteral("screen '%1'").arg(name)));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(
        m_db.rawHandle(),
        "INSERT INTO screens (name, description, expression, ranking, row_limit, selection, watched, "
        "strategy, "
        "settings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(name) DO UPDATE SET "
        "description = excluded.description, expression = excluded.expression, ranking = excluded.ranking, "
        "row_limit = excluded.row_limit, selection = excluded.selection, watched = excluded.watched, "
        "settings = excluded.settings, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')");
    st.bind(1, s.name);
    st.bind(2, text(s.description));
    st.bind(3, text(s.expression));
    st.bind(4, text(s.ranking));
    st.bind(5, s.limit);
    st.bind(6, s.selection.isEmpty() ? QStringLiteral("all") : s.selection);
    st.bind(7, s.watched ? 1 : 0);
    st.bind(8, s.isStrategy() ? s.strategy : QString());
    st.bind(9, settingsText(s));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    Statement id(m_db.rawHandle(), "SELECT id FROM screens WHERE name = ?1 COLLATE NOCASE");
    id.bind(1, s.name);
    auto row = id.step();
    if (!row || !*row) {
        return fail(row ? Error::database(QStringLiteral("screen '%1' not stored").arg(s.name))
                        : row.error());
    }
    const qint64 out = id.int64At(0);
    id.reset();
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return out;
}

Result<ScreenDefinition> ScreenRepository::duplicate(const QString& name, const QString& newName)
{
    auto source = find(name);
    if (!source) {
        return fail(source.error());
    }
    if (!source->has_value()) {
        return fail(Error::notFound(QStringLiteral("no screen named '%1'").arg(name)));
    }
    auto clash = find(newName);
    if (!clash) {
        return fail(clash.error());
    }
    if (clash->has_value()) {
        return fail(Error::invalidInput(QStringLiteral("a screen named '%1' exists already").arg(newName)));
    }
    ScreenDefinition copy = **source;
    copy.id = 0;
    copy.name = newName.trimmed();
    copy.expression = copy.effectiveExpression();
    copy.strategy.clear();
    copy.settings = {};
    copy.watched = false;
    auto id = save(copy);
    if (!id) {
        return fail(id.error());
    }
    copy.id = *id;
    return copy;
}

Result<void> ScreenRepository::remove(const QString& name)
{
    auto s = find(name);
    if (!s) {
        return fail(s.error());
    }
    if (!s->has_value()) {
        return fail(Error::notFound(QStringLiteral("no screen named '%1'").arg(name)));
    }
    if ((*s)->isStrategy()) {
        return fail(Error::invalidInput(
            QStringLiteral("'%1' is a built-in strategy: it can be edited or reset, not removed")
                .arg((*s)->name)));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(), "DELETE FROM screens WHERE id = ?1");
    st.bind(1, (*s)->id);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    return tx.commit();
}

Result<void> ScreenRepository::resetStrategy(const QString& id)
{
    const ScreenDefinition builtin = Screens::builtinStrategy(id.toLower());
    if (!builtin.isStrategy()) {
        return fail(Error::invalidInput(QStringLiteral("'%1' is not a strategy (one of %2)")
                                            .arg(id, Screens::strategyIds().join(QStringLiteral(", ")))));
    }
    auto current = find(builtin.name);
    if (!current) {
        return fail(current.error());
    }
    ScreenDefinition s = builtin;
    if (current->has_value()) {
        s.watched = (*current)->watched;
    }
    auto saved = save(s);
    if (!saved) {
        return fail(saved.error());
    }
    return {};
}

Result<ScreenRepository::Members> ScreenRepository::members(qint64 screenId)
{
    Members out;
    Statement day(m_db.rawHandle(), "SELECT watch_as_of FROM screens WHERE id = ?1");
    day.bind(1, screenId);
    if (auto r = day.forEachRow(
            [&](const Statement& row) { out.asOf = QDate::fromString(row.textAt(0), Qt::ISODate); });
        !r) {
        return fail(r.error());
    }
    Statement st(
        m_db.rawHandle(),
        "SELECT s.ticker, m.symbol_id, m.as_of FROM screen_members m JOIN symbols s ON s.id = m.symbol_id "
        "WHERE m.screen_id = ?1");
    st.bind(1, screenId);
    auto r = st.forEachRow([&](const Statement& row) { out.symbols.insert(row.textAt(0), row.int64At(1)); });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<void> ScreenRepository::setMembers(qint64 screenId, QDate asOf, const QList<qint64>& symbolIds)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement del(m_db.rawHandle(), "DELETE FROM screen_members WHERE screen_id = ?1");
    del.bind(1, screenId);
    if (auto r = del.run(); !r) {
        return fail(r.error());
    }
    Statement mark(m_db.rawHandle(), "UPDATE screens SET watch_as_of = ?2 WHERE id = ?1");
    mark.bind(1, screenId);
    mark.bind(2, asOf.toString(Qt::ISODate));
    if (auto r = mark.run(); !r) {
        return fail(r.error());
    }
    Statement ins(m_db.rawHandle(),
                  "INSERT INTO screen_members (screen_id, symbol_id, as_of) VALUES (?1, ?2, ?3)");
    const QString day = asOf.toString(Qt::ISODate);
    for (qint64 id : symbolIds) {
        ins.bind(1, screenId);
        ins.bind(2, id);
        ins.bind(3, day);
        if (auto r = ins.run(); !r) {
            return fail(r.error());
        }
    }
    return tx.commit();
}

} // namespace Tessera::Store
