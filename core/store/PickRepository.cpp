#include "core/store/PickRepository.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

#include "core/store/CallRepository.h"
#include "core/store/Statement.h"
#include "core/track/TrackSettings.h"

namespace Tessera::Store {

using Screens::Pick;

namespace {

constexpr const char* kSelect =
    "SELECT date, symbol, symbol_id, stock_name, current_price, market_cap, strategy, selection_score, rank, "
    "ml_prediction_score, ml_price_target, ml_confidence, ml_risk_score, ml_validated, rsi_14, macd, sma_50, "
    "sma_200, "
    "pe_ratio, pb_ratio, roe, eps, beta, revenue_growth, earnings_growth, operating_margin, target_price, "
    "stop_loss, "
    "recommendation, reason, sector, market_cap_category, created_at FROM daily_suggested_stocks ";

Pick readPick(const Statement& s)
{
    Pick p;
    int c = 0;
    p.date = QDate::fromString(s.textAt(c++), Qt::ISODate);
    p.symbol = s.textAt(c++);
    p.symbolId = s.int64At(c++);
    p.stockName = s.textAt(c++);
    p.currentPrice = s.doubleAt(c++);
    p.marketCap = s.doubleAt(c++);
    p.strategy = s.textAt(c++);
    p.selectionScore = s.doubleAt(c++);
    p.rank = static_cast<int>(s.int64At(c++));
    p.mlPredictionScore = s.doubleAt(c++);
    p.mlPriceTarget = s.doubleAt(c++);
    p.mlConfidence = s.doubleAt(c++);
    p.mlRiskScore = s.doubleAt(c++);
    p.mlValidated = s.int64At(c++) != 0;
    for (double* v : {&p.rsi14,
                      &p.macd,
                      &p.sma50,
                      &p.sma200,
                      &p.peRatio,
                      &p.pbRatio,
                      &p.roe,
                      &p.eps,
                      &p.beta,
                      &p.revenueGrowth,
                      &p.earningsGrowth,
                      &p.operatingMargin,
                      &p.targetPrice,
                      &p.stopLoss}) {
        *v = s.doubleAt(c++);
    }
    p.recommendation = s.textAt(c++);
    p.reason = s.textAt(c++);
    p.sector = s.textAt(c++);
    p.marketCapCategory = s.textAt(c++);
    p.createdAt = s.textAt(c++);
    return p;
}

} // namespace

Result<int> PickRepository::store(const QString& strategy, QDate date, const QList<Pick>& picks)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    const QString day = date.toString(Qt::ISODate);
    {
        // Symbols of the day that are not picked any more go; the others are updated in place below.
        QStringList keep;
        for (const Pick& p : picks) {
            keep << p.symbol;
        }
        Statement del(
            m_db.rawHandle(),
            "DELETE FROM daily_suggested_stocks WHERE date = ?1 AND strategy = ?2 AND symbol NOT IN "
            "(SELECT value FROM json_each(?3))");
        del.bind(1, day);
        del.bind(2, strategy);
        const QString json =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keep)).toJson(QJsonDocument::Compact));
        del.bind(3, json);
        if (auto r = del.run(); !r) {
            return fail(r.error());
        }
    }
    Statement up(
        m_db.rawHandle(),
        "INSERT INTO daily_suggested_stocks (date, symbol, symbol_id, stock_name, current_price, market_cap, "
        "strategy, selection_score, rank, ml_prediction_score, ml_price_target, ml_confidence, "
        "ml_risk_score, "
        "ml_validated, rsi_14, macd, sma_50, sma_200, pe_ratio, pb_ratio, roe, eps, beta, revenue_growth, "
        "earnings_growth, operating_margin, target_price, stop_loss, recommendation, reason, sector, "
        "market_cap_category) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
        "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32) "
        "ON CONFLICT(date, symbol, strategy) DO UPDATE SET symbol_id = excluded.symbol_id, stock_name = "
        "excluded.stock_name, current_price = excluded.current_price, market_cap = excluded.market_cap, "
        "selection_score = excluded.selection_score, rank = excluded.rank, ml_prediction_score = "
        "excluded.ml_prediction_score, ml_price_target = excluded.ml_price_target, ml_confidence = "
        "excluded.ml_confidence, ml_risk_score = excluded.ml_risk_score, ml_validated = "
        "excluded.ml_validated, "
        "rsi_14 = excluded.rsi_14, macd = excluded.macd, sma_50 = excluded.sma_50, sma_200 = "
        "excluded.sma_200, "
        "pe_ratio = excluded.pe_ratio, pb_ratio = excluded.pb_ratio, roe = excluded.roe, eps = excluded.eps, "
        "beta = excluded.beta, revenue_growth = excluded.revenue_growth, earnings_growth = "
        "excluded.earnings_growth, operating_margin = excluded.operating_margin, target_price = "
        "excluded.target_price, stop_loss = excluded.stop_loss, recommendation = excluded.recommendation, "
        "reason = excluded.reason, sector = excluded.sector, market_cap_category = "
        "excluded.market_cap_category, created_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')");
    int written = 0;
    for (const Pick& p : picks) {
        int c = 1;
        up.bind(c++, day);
        up.bind(c++, p.symbol);
        if (p.symbolId > 0) {
            up.bind(c++, p.symbolId);
        } else {
            up.bindNull(c++);
        }
        up.bind(c++, p.stockName);
        up.bind(c++, p.currentPrice);
        up.bind(c++, p.marketCap);
        up.bind(c++, strategy);
        up.bind(c++, p.selectionScore);
        up.bind(c++, p.rank);
        up.bind(c++, p.mlPredictionScore);
        up.bind(c++, p.mlPriceTarget);
        up.bind(c++, p.mlConfidence);
        up.bind(c++, p.mlRiskScore);
        if (p.hasMl()) {
            up.bind(c++, p.mlValidated ? 1 : 0);
        } else {
            up.bindNull(c++);
        }
        for (double v : {p.rsi14,
                         p.macd,
                         p.sma50,
                         p.sma200,
                         p.peRatio,
                         p.pbRatio,
                         p.roe,
                         p.eps,
                         p.beta,
                         p.revenueGrowth,
                         p.earningsGrowth,
                         p.operatingMargin,
                         p.targetPrice,
                         p.stopLoss}) {
            up.bind(c++, v);
        }
        up.bind(c++, p.recommendation);
        up.bind(c++, p.reason);
        up.bind(c++, p.sector);
        up.bind(c++, p.marketCapCategory);
        if (auto r = up.run(); !r) {
            return fail(r.error().prefixed(QStringLiteral("storing the %1 pick %2").arg(strategy, p.symbol)));
        }
        ++written;
    }
    // The call history (issue 16): copied, so the snapshot cleanup (90 days) never removes a call.
    auto track = Track::trackSettings(m_db);
    if (!track) {
        return fail(track.error());
    }
    if (auto r = CallRepository(m_db).recordPicks(strategy, date, picks, track->pickHorizon); !r) {
        return fail(r.error());
    }
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return written;
}

Result<QList<Pick>> PickRepository::picks(const QString& strategy, QDate date)
{
    const QByteArray sql = QByteArray(kSelect)
                           + (strategy.isEmpty() ? "WHERE date = ?1 ORDER BY strategy, rank"
                                                 : "WHERE date = ?1 AND strategy = ?2 ORDER BY rank");
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, date.toString(Qt::ISODate));
    if (!strategy.isEmpty()) {
        st.bind(2, strategy);
    }
    QList<Pick> out;
    auto r = st.forEachRow([&](const Statement& s) { out << readPick(s); });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<QList<QDate>> PickRepository::dates(const QString& strategy)
{
    Statement st(m_db.rawHandle(),
                 strategy.isEmpty()
                     ? "SELECT DISTINCT date FROM daily_suggested_stocks ORDER BY date DESC"
                     : "SELECT DISTINCT date FROM daily_suggested_stocks WHERE strategy = ?1 ORDER "
                       "BY date DESC");
    if (!strategy.isEmpty()) {
        st.bind(1, strategy);
    }
    QList<QDate> out;
    auto r = st.forEachRow([&](const Statement& s) { out << QDate::fromString(s.textAt(0), Qt::ISODate); });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<QDate> PickRepository::latestDate(const QString& strategy, QDate onOrBefore)
{
    Statement st(
        m_db.rawHandle(),
        "SELECT MAX(date) FROM daily_suggested_stocks WHERE (?1 IS NULL OR strategy = ?1) AND date <= ?2");
    if (strategy.isEmpty()) {
        st.bindNull(1);
    } else {
        st.bind(1, strategy);
    }
    st.bind(2, onOrBefore.isValid() ? onOrBefore.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    QDate out;
    auto r = st.forEachRow([&](const Statement& s) { out = QDate::fromString(s.textAt(0), Qt::ISODate); });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<int> PickRepository::cleanup(int keepDays, QDate today)
{
    if (keepDays <= 0) {
        return 0;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(), "DELETE FROM daily_suggested_stocks WHERE date < ?1");
    st.bind(1, today.addDays(-keepDays).toString(Qt::ISODate));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    const int removed = st.changes();
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return removed;
}

} // namespace Tessera::Store
