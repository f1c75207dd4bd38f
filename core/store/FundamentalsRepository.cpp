#include "core/store/FundamentalsRepository.h"

#include <QDateTime>
#include <QSet>

#include "core/fundamentals/FundamentalsDerivation.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {

using Fundamentals::Field;
using Fundamentals::Record;

namespace {

/** "current_price, market_cap, …": the value columns in Field order. */
QByteArray valueColumns()
{
    QByteArray out;
    for (const Fundamentals::FieldInfo& f : Fundamentals::fields()) {
        if (!out.isEmpty()) {
            out += ", ";
        }
        out += f.key;
    }
    return out;
}

QByteArray selectSql(const char* where)
{
    return "SELECT s.ticker, f.as_of, f.source, " + valueColumns()
           + ", f.sector, f.industry, f.market_cap_category, f.derived FROM fundamentals f JOIN symbols s ON "
             "s.id = f.symbol_id "
           + where;
}

QString derivedText(const Record& r)
{
    QStringList keys;
    for (const Fundamentals::FieldInfo& f : Fundamentals::fields()) {
        if (r.derived.contains(f.field)) {
            keys << QString::fromLatin1(f.key);
        }
    }
    if (r.capCategoryDerived) {
        keys << QStringLiteral("market_cap_category");
    }
    return keys.join(u',');
}

Record recordAt(const Statement& row)
{
    Record r;
    r.ticker = row.textAt(0);
    r.asOf = QDate::fromString(row.textAt(1), Qt::ISODate);
    r.source = row.textAt(2);
    int c = 3;
    for (int i = 0; i < Fundamentals::kFieldCount; ++i) {
        r.values[static_cast<size_t>(i)] = row.doubleAt(c++);
    }
    r.sector = row.textAt(c++);
    r.industry = row.textAt(c++);
    r.capCategory = row.textAt(c++);
    const QStringList derived = row.textAt(c).split(u',', Qt::SkipEmptyParts);
    for (const QString& key : derived) {
        Field f = Field::Price;
        if (key == QStringLiteral("market_cap_category")) {
            r.capCategoryDerived = true;
        } else if (Fundamentals::fieldFromKey(key, &f)) {
            r.derived.insert(f);
        }
    }
    return r;
}

/** The stored row's own values (derived ones dropped) overlaid with next's: a missing value keeps the old. */
Record merged(const Record& stored, const Record& next)
{
    Record out = next;
    out.derived.clear();
    for (const Fundamentals::FieldInfo& f : Fundamentals::fields()) {
        if (!next.has(f.field) && stored.has(f.field) && !stored.derived.contains(f.field)) {
            out.set(f.field, stored.value(f.field));
        }
    }
    if (out.sector.isEmpty()) {
        out.sector = stored.sector;
    }
    if (out.industry.isEmpty()) {
        out.industry = stored.industry;
    }
    if (out.capCategory.isEmpty() && !stored.capCategoryDerived) {
        out.capCategory = stored.capCategory;
    }
    out.capCategoryDerived = false;
    return out;
}

} // namespace

Result<int> FundamentalsRepository::store(const QList<Record>& records, const QString& homeMarket)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    SymbolRepository symbols(m_db);
    QSet<qint64> days;
    int written = 0;
    for (const Record& incoming : records) {
        if (incoming.isEmpty() || !incoming.asOf.isValid()) {
            continue;
        }
        auto id = symbols.idOf(incoming.ticker);
        if (!id) {
            return fail(id.error());
        }
        if (!id->has_value()) {
            return fail(Error::invalidInput(
                QStringLiteral("%1 is not a stored symbol: fundamentals are kept for stored symbols only")
                    .arg(incoming.ticker)));
        }
        auto existing = read("WHERE s.ticker = ?1 AND f.as_of = ?2", incoming.ticker, incoming.asOf);
        if (!existing) {
            return fail(existing.error());
        }
        Record r = existing->isEmpty() ? incoming : merged(existing->first(), incoming);
        r.derived.clear();
        Fundamentals::deriveValues(r);
        if (auto w = write(r, **id); !w) {
            return fail(w.error());
        }
        days.insert(r.asOf.toJulianDay());
        ++written;
        // The symbol's sector and industry from its fundamentals when its list gave none (the universe
        // table's sector filter).
        Statement fill(m_db.rawHandle(),
                       "UPDATE symbols SET sector = COALESCE(NULLIF(sector, ''), ?2), "
                       "industry = COALESCE(NULLIF(industry, ''), ?3) WHERE id = ?1");
        fill.bind(1, **id);
        fill.bind(2, r.sector.isEmpty() ? QString() : r.sector);
        fill.bind(3, r.industry.isEmpty() ? QString() : r.industry);
        if (auto f = fill.run(); !f) {
            return fail(f.error());
        }
    }
    QList<QDate> dayList;
    for (qint64 jd : days) {
        dayList << QDate::fromJulianDay(jd);
    }
    if (auto ranked = rankCapCategories(dayList, homeMarket); !ranked) {
        return fail(ranked.error());
    }
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return written;
}

Result<void> FundamentalsRepository::write(const Record& r, qint64 symbolId)
{
    const QByteArray columns = valueColumns();
    QByteArray params;
    for (int i = 0; i < Fundamentals::kFieldCount; ++i) {
        params += ", ?" + QByteArray::number(5 + i);
    }
    const int next = 5 + Fundamentals::kFieldCount;
    const QByteArray sql =
        "INSERT OR REPLACE INTO fundamentals(symbol_id, as_of, source, collected_at, " + columns
        + ", sector, industry, market_cap_category, derived) VALUES (?1, ?2, ?3, ?4" + params + ", ?"
        + QByteArray::number(next) + ", ?" + QByteArray::number(next + 1) + ", ?"
        + QByteArray::number(next + 2) + ", ?" + QByteArray::number(next + 3) + ")";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, symbolId);
    st.bind(2, r.asOf.toString(Qt::ISODate));
    st.bind(3, r.source.isEmpty() ? QString() : r.source);
    st.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    for (int i = 0; i < Fundamentals::kFieldCount; ++i) {
        st.bind(5 + i, r.values[static_cast<size_t>(i)]);
    }
    st.bind(next, r.sector.isEmpty() ? QString() : r.sector);
    st.bind(next + 1, r.industry.isEmpty() ? QString() : r.industry);
    st.bind(next + 2, r.capCategory.isEmpty() ? QString() : r.capCategory);
    const QString derived = derivedText(r);
    st.bind(next + 3, derived.isEmpty() ? QString() : derived);
    return st.run();
}

Result<void> FundamentalsRepository::rankCapCategories(const QList<QDate>& days, const QString& homeMarket)
{
    for (const QDate& day : days) {
        auto rows = read("WHERE f.as_of = ?2", QString(), day);
        if (!rows) {
            return fail(rows.error());
        }
        QList<Record> ranked = *rows;
        Fundamentals::deriveCapCategories(ranked, homeMarket);
        Statement update(m_db.rawHandle(),
                         "UPDATE fundamentals SET market_cap_category = ?3, derived = ?4 WHERE symbol_id = "
                         "(SELECT id FROM symbols WHERE ticker = ?1) AND as_of = ?2");
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            const Record& r = ranked[i];
            const Record& before = rows->at(i);
            if (r.capCategory == before.capCategory && r.capCategoryDerived == before.capCategoryDerived) {
                continue;
            }
            update.bind(1, r.ticker);
            update.bind(2, day.toString(Qt::ISODate));
            update.bind(3, r.capCategory.isEmpty() ? QString() : r.capCategory);
            const QString derived = derivedText(r);
            update.bind(4, derived.isEmpty() ? QString() : derived);
            if (auto u = update.run(); !u) {
                return fail(u.error());
            }
        }
    }
    return {};
}

Result<QList<Record>> FundamentalsRepository::read(const char* where, const QString& ticker, QDate date)
{
    const QByteArray sql = selectSql(where) + " ORDER BY s.ticker, f.as_of";
    Statement st(m_db.rawHandle(), sql.constData());
    if (!ticker.isNull()) {
        st.bind(1, ticker);
    }
    if (date.isValid()) {
        st.bind(2, date.toString(Qt::ISODate));
    }
    QList<Record> out;
    auto rows = st.forEachRow([&out](const Statement& row) { out << recordAt(row); });
    if (!rows) {
        return fail(rows.error());
    }
    return out;
}

Result<std::optional<Record>> FundamentalsRepository::latest(const QString& ticker, QDate asOf)
{
    auto rows =
        read("WHERE s.ticker = ?1 AND f.as_of <= ?2", ticker, asOf.isValid() ? asOf : QDate(9999, 12, 31));
    if (!rows) {
        return fail(rows.error());
    }
    if (rows->isEmpty()) {
        return std::optional<Record>{};
    }
    return std::optional<Record>{rows->last()};
}

Result<QList<Record>> FundamentalsRepository::history(const QString& ticker)
{
    return read("WHERE s.ticker = ?1", ticker, {});
}

Result<QList<Record>> FundamentalsRepository::latestAll(QDate asOf)
{
    // The newest row per symbol on or before the date: a correlated maximum on the primary key.
    return read("WHERE f.as_of = (SELECT MAX(g.as_of) FROM fundamentals g WHERE g.symbol_id = f.symbol_id "
                "AND g.as_of <= ?2)",
                QString(),
                asOf.isValid() ? asOf : QDate(9999, 12, 31));
}

} // namespace Tessera::Store
