#include "core/store/DrawingRepository.h"

#include "core/market/HourlySeries.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {
namespace {

/** A point's date column: its day, or its hour on a 60-minute chart (dayOrHourText); NULL when unset. */
QString pointText(const Charting::ChartPoint& p)
{
    return dayOrHourText(p.date, p.time);
}

Charting::ChartPoint pointFrom(const QString& text, double price)
{
    Charting::ChartPoint p;
    readDayOrHourText(text, &p.date, &p.time);
    p.price = price;
    return p;
}

} // namespace

Result<QList<Charting::Drawing>> DrawingRepository::forSymbol(const QString& ticker)
{
    Statement st(m_db.rawHandle(),
                 "SELECT d.id, d.kind, d.date1, d.price1, d.date2, d.price2, d.text, d.color FROM drawings d "
                 "JOIN symbols s ON s.id = d.symbol_id WHERE s.ticker = ?1 ORDER BY d.id");
    st.bind(1, ticker);
    QList<Charting::Drawing> out;
    auto r = st.forEachRow([&](const Statement& row) {
        const auto kind = Charting::drawingKindFromId(row.textAt(1));
        if (!kind) {
            return; // a kind of a newer Tessera: left alone, not shown
        }
        Charting::Drawing d;
        d.id = row.int64At(0);
        d.ticker = ticker;
        d.kind = *kind;
        d.a = pointFrom(row.textAt(2), row.doubleAt(3));
        d.b = pointFrom(row.textAt(4), row.doubleAt(5));
        d.text = row.textAt(6);
        d.color = row.textAt(7);
        out << d;
    });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<qint64> DrawingRepository::save(const Charting::Drawing& d)
{
    if (!d.a.date.isValid() || isMissing(d.a.price)) {
        return fail(Error::invalidInput(QStringLiteral("a drawing needs a first point (date and price)")));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto symbolId = SymbolRepository(m_db).idOf(d.ticker);
    if (!symbolId) {
        return fail(symbolId.error());
    }
    if (!symbolId->has_value()) {
        return fail(Error::notFound(QStringLiteral("%1 is not a stored symbol").arg(d.ticker)));
    }
    const bool insert = d.id == 0;
    Statement st(m_db.rawHandle(),
                 insert
                     ? "INSERT INTO drawings(symbol_id, kind, date1, price1, date2, price2, text, color) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                     : "UPDATE drawings SET symbol_id = ?1, kind = ?2, date1 = ?3, price1 = ?4, date2 = ?5, "
                       "price2 = ?6, text = ?7, color = ?8, "
                       "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?9");
    st.bind(1, **symbolId);
    st.bind(2, Charting::drawingKindId(d.kind));
    st.bind(3, pointText(d.a));
    st.bind(4, d.a.price);
    st.bind(5, pointText(d.b));
    st.bind(6, d.b.price);
    st.bind(7, d.text.isEmpty() ? QString() : d.text);
    st.bind(8, d.color.isEmpty() ? QString() : d.color);
    if (!insert) {
        st.bind(9, d.id);
    }
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    if (!insert && st.changes() == 0) {
        return fail(Error::notFound(QStringLiteral("drawing %1 no longer exists").arg(d.id)));
    }
    const qint64 id = insert ? st.lastInsertRowId() : d.id;
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return id;
}

Result<bool> DrawingRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(), "DELETE FROM drawings WHERE id = ?1");
    st.bind(1, id);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    const bool existed = st.changes() > 0;
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return existed;
}

Result<int> DrawingRepository::removeAll(const QString& ticker)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(),
                 "DELETE FROM drawings WHERE symbol_id = (SELECT id FROM symbols WHERE ticker = ?1)");
    st.bind(1, ticker);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    const int removed = st.changes();
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return removed;
}

} // namespace Tessera::Store
