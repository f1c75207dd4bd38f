#include "core/store/HourlyPredictionRepository.h"

#include <cmath>

#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {
namespace {

constexpr const char* kSelect =
    "SELECT s.ticker, p.horizon, p.algorithm, p.as_of, p.predicted_return, p.predicted_price, p.as_of_close, "
    "p.confidence, p.production_ready, p.oos_ic, p.oos_hit, p.base_hit, p.mse_skill, COALESCE(p.model_id, "
    "0), "
    "COALESCE(p.model_version, 0), p.generated_at, p.expires_at FROM hourly_predictions p JOIN symbols s ON "
    "s.id = p.symbol_id ";

HourlyPrediction readRow(const Statement& st)
{
    HourlyPrediction p;
    p.symbol = st.textAt(0);
    p.horizon = static_cast<int>(st.int64At(1));
    p.algorithm = st.textAt(2);
    p.asOf = st.int64At(3);
    p.predictedReturn = st.doubleAt(4);
    p.predictedPrice = st.doubleAt(5);
    p.asOfClose = st.doubleAt(6);
    p.confidence = st.doubleAt(7);
    p.productionReady = st.int64At(8) != 0;
    p.ic = st.doubleAt(9);
    p.hitRate = st.doubleAt(10);
    p.baseHitRate = st.doubleAt(11);
    p.mseSkill = st.doubleAt(12);
    p.modelId = st.int64At(13);
    p.modelVersion = static_cast<int>(st.int64At(14));
    p.generatedAt = st.int64At(15);
    p.expiresAt = st.int64At(16);
    return p;
}

} // namespace

double HourlyPrediction::movePercent() const
{
    return 100.0 * std::expm1(predictedReturn);
}

Result<void> HourlyPredictionRepository::replace(const QString& symbol,
                                                 const QList<HourlyPrediction>& predictions)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto id = SymbolRepository(m_db).ensure(symbol);
    if (!id) {
        return fail(id.error());
    }
    Statement del(m_db.rawHandle(), "DELETE FROM hourly_predictions WHERE symbol_id = ?1");
    del.bind(1, *id);
    if (auto r = del.run(); !r) {
        return fail(r.error());
    }
    Statement ins(
        m_db.rawHandle(),
        "INSERT OR REPLACE INTO hourly_predictions(symbol_id, horizon, algorithm, as_of, predicted_return, "
        "predicted_price, as_of_close, confidence, production_ready, oos_ic, oos_hit, base_hit, mse_skill, "
        "model_id, model_version, generated_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    for (const HourlyPrediction& p : predictions) {
        ins.bind(1, *id);
        ins.bind(2, p.horizon);
        ins.bind(3, p.algorithm);
        ins.bind(4, p.asOf);
        ins.bind(5, p.predictedReturn);
        ins.bind(6, p.predictedPrice);
        ins.bind(7, p.asOfClose);
        ins.bind(8, p.confidence);
        ins.bind(9, p.productionReady ? 1 : 0);
        ins.bind(10, p.ic);
        ins.bind(11, p.hitRate);
        ins.bind(12, p.baseHitRate);
        ins.bind(13, p.mseSkill);
        if (p.modelId > 0) {
            ins.bind(14, p.modelId);
            ins.bind(15, p.modelVersion);
        } else {
            ins.bindNull(14);
            ins.bindNull(15);
        }
        ins.bind(16, p.generatedAt);
        ins.bind(17, p.expiresAt);
        if (auto r = ins.run(); !r) {
            return fail(r.error().prefixed(QStringLiteral("caching hourly predictions of %1").arg(symbol)));
        }
    }
    return tx.commit();
}

Result<QList<HourlyPrediction>> HourlyPredictionRepository::forSymbol(const QString& symbol)
{
    const QByteArray sql = QByteArray(kSelect)
                           + "WHERE s.ticker = ?1 ORDER BY p.horizon, p.algorithm = 'consensus', p.algorithm";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, symbol);
    QList<HourlyPrediction> out;
    auto read = st.forEachRow([&out](const Statement& row) { out << readRow(row); });
    if (!read) {
        return fail(read.error());
    }
    return out;
}

Result<TopPredictions> HourlyPredictionRepository::top(
    int horizon, int limit, const QString& universe, qint64 now, bool includeExpired)
{
    // One read of the horizon's consensus rows (100 symbols: 100 rows), ranked in SQL by |move|.
    const QByteArray filter =
        universe.isEmpty()
            ? QByteArray()
            : QByteArray(
                "AND p.symbol_id IN (SELECT m.symbol_id FROM universe_members m JOIN universes u ON u.id = "
                "m.universe_id WHERE u.name = ?4) ");
    const QByteArray sql = QByteArray(kSelect)
                           + "WHERE p.algorithm = 'consensus' AND p.horizon = ?1 AND p.production_ready = ?2 "
                             "AND (p.expires_at > ?3 OR ?6) "
                           + filter + "ORDER BY ABS(p.predicted_return) DESC, s.ticker LIMIT ?5";
    TopPredictions out;
    for (int ready : {1, 0}) {
        Statement st(m_db.rawHandle(), sql.constData());
        st.bind(1, horizon);
        st.bind(2, ready);
        st.bind(3, now);
        if (!universe.isEmpty()) {
            st.bind(4, universe);
        }
        st.bind(5, limit);
        st.bind(6, includeExpired ? 1 : 0);
        QList<HourlyPrediction>& list = ready ? out.validated : out.unvalidated;
        auto read = st.forEachRow([&list](const Statement& row) { list << readRow(row); });
        if (!read) {
            return fail(read.error());
        }
    }
    const QByteArray expiredSql =
        "SELECT COUNT(*) FROM hourly_predictions p WHERE p.algorithm = 'consensus' AND "
        "p.horizon = ?1 AND p.expires_at <= ?3 "
        + filter;
    Statement expired(m_db.rawHandle(), expiredSql.constData());
    expired.bind(1, horizon);
    expired.bind(3, now);
    if (!universe.isEmpty()) {
        expired.bind(4, universe);
    }
    auto row = expired.step();
    if (!row) {
        return fail(row.error());
    }
    out.expired = static_cast<int>(expired.int64At(0));
    return out;
}

Result<QList<int>> HourlyPredictionRepository::horizons()
{
    Statement st(
        m_db.rawHandle(),
        "SELECT DISTINCT horizon FROM hourly_predictions WHERE algorithm = 'consensus' ORDER BY horizon");
    QList<int> out;
    auto read = st.forEachRow([&out](const Statement& row) { out << static_cast<int>(row.int64At(0)); });
    if (!read) {
        return fail(read.error());
    }
    return out;
}

} // namespace Tessera::Store
