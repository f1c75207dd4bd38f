#include "core/store/CorporateActionRepository.h"

#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {

Result<void> CorporateActionRepository::write(const QString& ticker,
                                              const QList<Dividend>& dividends,
                                              const QList<Split>& splits,
                                              const QString& source,
                                              bool replace)
{
    if (!replace && dividends.isEmpty() && splits.isEmpty()) {
        return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(Error{
            tx.beginFailure().code,
            QStringLiteral("cannot write dividends and splits of %1: %2").arg(ticker, tx.beginError())});
    }
    auto id = SymbolRepository(m_db).ensure(ticker);
    if (!id) {
        return fail(id.error());
    }
    if (replace) {
        for (const char* sql :
             {"DELETE FROM dividends WHERE symbol_id = ?1", "DELETE FROM splits WHERE symbol_id = ?1"}) {
            Statement del(m_db.rawHandle(), sql);
            del.bind(1, *id);
            if (auto r = del.run(); !r) {
                return fail(r.error());
            }
        }
    }
    Statement div(
        m_db.rawHandle(),
        "INSERT OR REPLACE INTO dividends(symbol_id, date, amount, source) VALUES (?1, ?2, ?3, ?4)");
    for (const Dividend& d : dividends) {
        div.bind(1, *id);
        div.bind(2, d.date.toString(Qt::ISODate));
        div.bind(3, d.amount);
        div.bind(4, source);
        if (auto r = div.run(); !r) {
            return fail(r.error());
        }
    }
    Statement split(m_db.rawHandle(),
                    "INSERT OR REPLACE INTO splits(symbol_id, date, numerator, denominator, source) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const Split& s : splits) {
        split.bind(1, *id);
        split.bind(2, s.date.toString(Qt::ISODate));
        split.bind(3, s.numerator);
        split.bind(4, s.denominator);
        split.bind(5, source);
        if (auto r = split.run(); !r) {
            return fail(r.error());
        }
    }
    return tx.commit();
}

Result<QList<Dividend>> CorporateActionRepository::dividends(const QString& ticker)
{
    Statement st(m_db.rawHandle(),
                 "SELECT d.date, d.amount FROM dividends d JOIN symbols s ON s.id = d.symbol_id "
                 "WHERE s.ticker = ?1 ORDER BY d.date");
    st.bind(1, ticker);
    QList<Dividend> out;
    for (;;) {
        auto row = st.step();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            return out;
        }
        out.append(Dividend{QDate::fromString(st.textAt(0), Qt::ISODate), st.doubleAt(1)});
    }
}

Result<QList<Split>> CorporateActionRepository::splits(const QString& ticker)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT p.date, p.numerator, p.denominator FROM splits p JOIN symbols s ON s.id = p.symbol_id "
        "WHERE s.ticker = ?1 ORDER BY p.date");
    st.bind(1, ticker);
    QList<Split> out;
    for (;;) {
        auto row = st.step();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            return out;
        }
        out.append(Split{QDate::fromString(st.textAt(0), Qt::ISODate), st.doubleAt(1), st.doubleAt(2)});
    }
}

} // namespace Tessera::Store
