#include "core/store/ValidationQueries.h"

#include "core/store/Statement.h"

namespace Tessera::Store {

Result<ValidationFacts> readValidationFacts(const Database& db)
{
    ValidationFacts out;
    sqlite3* h = db.rawHandle();
    {
        Statement st(h, "SELECT MAX(last_date) FROM bar_summary");
        auto r = st.forEachRow(
            [&](const Statement& row) { out.newestBar = QDate::fromString(row.textAt(0), Qt::ISODate); });
        if (!r) {
            return fail(r.error());
        }
    }
    {
        // The longest gap of the last year per symbol: each bar against the one before it (window function).
        Statement st(
            h,
            "SELECT s.ticker, b.last_date, f.last_error, f.last_success, f.last_attempt, "
            "(SELECT MAX(g.gap) FROM (SELECT julianday(d.date) - julianday(LAG(d.date) OVER (ORDER BY "
            "d.date)) "
            "AS gap FROM daily_bars d WHERE d.symbol_id = s.id AND d.date >= date(b.last_date, '-1 year')) "
            "g), "
            "(SELECT e.date FROM (SELECT d.date, julianday(d.date) - julianday(LAG(d.date) OVER (ORDER BY "
            "d.date)) AS gap FROM daily_bars d WHERE d.symbol_id = s.id AND d.date >= date(b.last_date, "
            "'-1 year')) e ORDER BY e.gap DESC LIMIT 1) "
            "FROM symbols s JOIN bar_summary b ON b.symbol_id = s.id LEFT JOIN symbol_fetch_status f ON "
            "f.symbol_id = s.id ORDER BY s.ticker");
        auto r = st.forEachRow([&](const Statement& row) {
            ValidationFacts::SymbolFact f;
            f.ticker = row.textAt(0);
            f.lastBar = QDate::fromString(row.textAt(1), Qt::ISODate);
            // A failed fetch counts when it is the last attempt (no success since).
            const QString error = row.textAt(2);
            const QString success = row.textAt(3);
            const QString attempt = row.textAt(4);
            if (!error.isEmpty() && (success.isEmpty() || attempt > success)) {
                f.lastError = error;
            }
            f.longestGapDays = row.isNull(5) ? 0 : static_cast<int>(row.doubleAt(5));
            f.gapEnd = QDate::fromString(row.textAt(6), Qt::ISODate);
            out.symbols << f;
        });
        if (!r) {
            return fail(r.error());
        }
    }
    {
        Statement st(
            h,
            "SELECT COUNT(*), SUM(production_ready = 0) FROM models m WHERE version = (SELECT MAX(n.version) "
            "FROM models n WHERE n.symbol_id = m.symbol_id AND n.algorithm = m.algorithm AND n.horizon = "
            "m.horizon)");
        auto r = st.forEachRow([&](const Statement& row) {
            out.modelsTotal = static_cast<int>(row.int64At(0));
            out.modelsNotReady = static_cast<int>(row.int64At(1));
        });
        if (!r) {
            return fail(r.error());
        }
    }
    {
        Statement st(h, "SELECT price_validated FROM xs_models ORDER BY id DESC LIMIT 1");
        auto r = st.forEachRow([&](const Statement& row) {
            out.xsModel = true;
            out.xsPriceValidated = row.int64At(0) != 0;
        });
        if (!r) {
            return fail(r.error());
        }
    }
    return out;
}

} // namespace Tessera::Store
