#include "core/store/PredictionRepository.h"

#include <QTimeZone>

#include "core/store/CallRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {
namespace {

constexpr const char* kColumns =
    "SELECT s.ticker, p.horizon, p.algorithm, p.as_of, p.predicted_return, p.predicted_price, p.confidence, "
    "p.production_ready, COALESCE(p.model_id, 0), COALESCE(p.model_version, 0), p.generated_at, "
    "p.expires_at, b.last_date FROM predictions p JOIN symbols s ON s.id = p.symbol_id "
    "LEFT JOIN bar_summary b ON b.symbol_id = p.symbol_id ";

constexpr const char* kOrder =
    "ORDER BY s.ticker, p.horizon, CASE p.algorithm WHEN 'rf' THEN 0 WHEN 'gbm' THEN 1 WHEN 'linear' THEN 2 "
    "ELSE 3 END";

QDateTime parseUtc(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(s, Qt::ISODate);
    }
    t.setTimeZone(QTimeZone::utc());
    return t;
}

Result<QList<CachedPrediction>> readAll(Statement& st, const QDateTime& now)
{
    QList<CachedPrediction> out;
    while (true) {
        auto row = st.step();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            return out;
        }
        CachedPrediction c;
        c.symbol = st.textAt(0);
        c.prediction.horizon = static_cast<int>(st.int64At(1));
        c.prediction.algorithm = st.textAt(2);
        c.prediction.asOf = QDate::fromString(st.textAt(3), Qt::ISODate);
        c.prediction.predictedReturn = st.doubleAt(4);
        c.prediction.predictedPrice = st.doubleAt(5);
        c.prediction.confidence = st.doubleAt(6);
        c.prediction.productionReady = st.int64At(7) != 0;
        c.prediction.modelId = st.int64At(8);
        c.prediction.modelVersion = static_cast<int>(st.int64At(9));
        c.generatedAt = parseUtc(st.textAt(10));
        c.expiresAt = parseUtc(st.textAt(11));
        c.lastBar = QDate::fromString(st.textAt(12), Qt::ISODate);
        c.expired = !(now < c.expiresAt) || (c.lastBar.isValid() && c.prediction.asOf < c.lastBar);
        out << c;
    }
}

} // namespace

QString CachedPrediction::freshness() const
{
    if (lastBar.isValid() && prediction.asOf < lastBar) {
        return QStringLiteral("stale (newer bar)");
    }
    return expired ? QStringLiteral("expired") : QStringLiteral("fresh");
}

Result<void> PredictionRepository::replace(const QString& symbol,
                                           const QList<Ml::Prediction>& predictions,
                                           const QDateTime& generatedAt,
                                           const QDateTime& expiresAt)
{
    auto symbolId = SymbolRepository(m_db).ensure(symbol);
    if (!symbolId) {
        return fail(symbolId.error());
    }
    Statement del(m_db.rawHandle(), "DELETE FROM predictions WHERE symbol_id = ?1");
    del.bind(1, *symbolId);
    if (auto r = del.run(); !r) {
        return r;
    }
    Statement ins(
        m_db.rawHandle(),
        "INSERT INTO predictions(symbol_id, horizon, algorithm, as_of, predicted_return, predicted_price, "
        "confidence, production_ready, model_id, model_version, generated_at, expires_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    const QString generated = generatedAt.toUTC().toString(Qt::ISODateWithMs);
    const QString expires = expiresAt.toUTC().toString(Qt::ISODateWithMs);
    for (const Ml::Prediction& p : predictions) {
        ins.bind(1, *symbolId);
        ins.bind(2, p.horizon);
        ins.bind(3, p.algorithm);
        ins.bind(4, p.asOf.toString(Qt::ISODate));
        ins.bind(5, p.predictedReturn);
        ins.bind(6, p.predictedPrice);
        ins.bind(7, p.confidence);
        ins.bind(8, p.productionReady ? 1 : 0);
        if (p.modelId > 0) {
            ins.bind(9, p.modelId);
            ins.bind(10, p.modelVersion);
        } else {
            ins.bindNull(9);
            ins.bindNull(10);
        }
        ins.bind(11, generated);
        ins.bind(12, expires);
        if (auto r = ins.run(); !r) {
            return r;
        }
    }
    // The call history (issue 16): the cache is replaced, the calls are kept.
    return CallRepository(m_db).recordPredictions(*symbolId, predictions);
}

Result<QList<CachedPrediction>> PredictionRepository::forSymbol(const QString& symbol, const QDateTime& now)
{
    const QByteArray sql = QByteArray(kColumns) + "WHERE s.ticker = ?1 " + kOrder;
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, symbol);
    return readAll(st, now);
}

Result<QList<CachedPrediction>>
PredictionRepository::all(const QString& algorithm, int horizon, const QDateTime& now)
{
    const QByteArray sql =
        QByteArray(kColumns) + "WHERE p.algorithm = ?1 AND (?2 = 0 OR p.horizon = ?2) " + kOrder;
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, algorithm);
    st.bind(2, horizon);
    return readAll(st, now);
}

Result<void> PredictionRepository::clear(const QString& symbol)
{
    Statement st(m_db.rawHandle(),
                 "DELETE FROM predictions WHERE symbol_id = (SELECT id FROM symbols WHERE ticker = ?1)");
    st.bind(1, symbol);
    return st.run();
}

} // namespace Tessera::Store
