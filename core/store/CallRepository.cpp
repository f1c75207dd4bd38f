#include "core/store/CallRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/store/Statement.h"

namespace Tessera::Store {
namespace {

using Track::Call;
using Track::CallSource;
using Track::Outcome;

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonValue jnum(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/** The upsert of one call; a changed call loses its outcome so the scoring pass takes it again. */
constexpr const char* kUpsert =
    "INSERT INTO calls(source, symbol_id, as_of, key, horizon, direction, score, predicted_return, "
    "algorithm, "
    "strategy, rank, production_ready, entry_price, target, stop, components, model_id, run_id, recorded_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
    "ON CONFLICT(source, symbol_id, as_of, key) DO UPDATE SET horizon = excluded.horizon, "
    "direction = excluded.direction, score = excluded.score, predicted_return = excluded.predicted_return, "
    "algorithm = excluded.algorithm, strategy = excluded.strategy, rank = excluded.rank, "
    "production_ready = excluded.production_ready, entry_price = excluded.entry_price, "
    "target = excluded.target, stop = excluded.stop, components = excluded.components, "
    "model_id = excluded.model_id, run_id = excluded.run_id, recorded_at = excluded.recorded_at, "
    "end_date = NULL, realised_return = NULL, universe_return = NULL, excess_return = NULL, hit = NULL, "
    "base_rate = NULL, universe_size = NULL, exit = NULL, exit_date = NULL, scored_at = NULL";

/** What one upsert binds beyond source, symbol, as-of and key. */
struct CallValues
{
    int horizon = 1;
    QString direction;
    double score = Call::kNaN;
    double predictedReturn = Call::kNaN;
    QString algorithm;
    QString strategy;
    int rank = 0;
    int productionReady = -1; ///< −1: NULL
    double entryPrice = Call::kNaN;
    double target = Call::kNaN;
    double stop = Call::kNaN;
    QJsonObject components;
    qint64 modelId = 0;
    qint64 runId = 0;
};

Result<void> upsert(const Database& db,
                    CallSource source,
                    qint64 symbolId,
                    const QDate& asOf,
                    const QString& key,
                    const CallValues& v)
{
    Statement st(db.rawHandle(), kUpsert);
    st.bind(1, Track::sourceName(source));
    st.bind(2, symbolId);
    st.bind(3, asOf.toString(Qt::ISODate));
    st.bind(4, key.isNull() ? QStringLiteral("") : key);
    st.bind(5, v.horizon);
    st.bind(6, v.direction);
    st.bind(7, v.score);
    st.bind(8, v.predictedReturn);
    st.bind(9, v.algorithm);
    st.bind(10, v.strategy);
    if (v.rank > 0) {
        st.bind(11, v.rank);
    } else {
        st.bindNull(11);
    }
    if (v.productionReady >= 0) {
        st.bind(12, v.productionReady);
    } else {
        st.bindNull(12);
    }
    st.bind(13, v.entryPrice);
    st.bind(14, v.target);
    st.bind(15, v.stop);
    const QByteArray components = compact(v.components);
    st.bindText(16, components.constData(), static_cast<int>(components.size()));
    if (v.modelId > 0) {
        st.bind(17, v.modelId);
    } else {
        st.bindNull(17);
    }
    if (v.runId > 0) {
        st.bind(18, v.runId);
    } else {
        st.bindNull(18);
    }
    st.bind(19, nowIso());
    if (auto r = st.run(); !r) {
        return fail(r.error().prefixed(QStringLiteral("recording the %1 call of symbol %2 as of %3")
                                           .arg(Track::sourceName(source))
                                           .arg(symbolId)
                                           .arg(asOf.toString(Qt::ISODate))));
    }
    return {};
}

QString directionOf(double value)
{
    return value > 0 ? QStringLiteral("UP") : value < 0 ? QStringLiteral("DOWN") : QStringLiteral("NEUTRAL");
}

/** The columns every read selects, in readCall / readOutcome order. */
constexpr const char* kSelect =
    "SELECT c.id, c.source, c.symbol_id, s.ticker, c.as_of, c.key, c.horizon, c.direction, c.score, "
    "c.predicted_return, c.algorithm, c.strategy, c.rank, c.production_ready, c.entry_price, c.target, "
    "c.stop, "
    "c.end_date, c.realised_return, c.universe_return, c.excess_return, c.hit, c.base_rate, c.universe_size, "
    "c.exit, c.exit_date, c.scored_at FROM calls c JOIN symbols s ON s.id = c.symbol_id ";

Call readCall(const Statement& st)
{
    Call c;
    c.id = st.int64At(0);
    Track::parseSource(st.textAt(1), &c.source);
    c.symbolId = st.int64At(2);
    c.ticker = st.textAt(3);
    c.asOf = QDate::fromString(st.textAt(4), Qt::ISODate);
    c.key = st.textAt(5);
    c.horizon = static_cast<int>(st.int64At(6));
    c.direction = st.textAt(7);
    c.score = st.doubleAt(8);
    c.predictedReturn = st.doubleAt(9);
    c.algorithm = st.textAt(10);
    c.strategy = st.textAt(11);
    c.rank = static_cast<int>(st.int64At(12));
    c.productionReady = st.int64At(13) != 0;
    c.entryPrice = st.doubleAt(14);
    c.target = st.doubleAt(15);
    c.stop = st.doubleAt(16);
    return c;
}

Outcome readOutcome(const Statement& st)
{
    Outcome o;
    if (st.isNull(26)) {
        return o;
    }
    o.complete = true;
    o.endDate = QDate::fromString(st.textAt(17), Qt::ISODate);
    o.realisedReturn = st.doubleAt(18);
    o.universeReturn = st.doubleAt(19);
    o.excessReturn = st.doubleAt(20);
    o.hit = st.isNull(21) ? -1 : static_cast<int>(st.int64At(21));
    o.baseRate = st.doubleAt(22);
    o.universeSize = static_cast<int>(st.int64At(23));
    o.exit = st.textAt(24);
    o.exitDate = QDate::fromString(st.textAt(25), Qt::ISODate);
    return o;
}

} // namespace

Result<void> CallRepository::recordVerdict(qint64 symbolId,
                                           const Tiles::AnalysisSummary& summary,
                                           int horizon,
                                           qint64 runId)
{
    if (!summary.valid || !summary.asOf.isValid()
        || (summary.direction != QLatin1String("UP") && summary.direction != QLatin1String("DOWN")
            && summary.direction != QLatin1String("NEUTRAL"))) {
        return {};
    }
    CallValues v;
    v.horizon = horizon;
    v.direction = summary.direction;
    v.score = summary.score;
    v.entryPrice = summary.lastPrice;
    v.runId = runId;
    v.components = QJsonObject{{QStringLiteral("momentum"), jnum(summary.momentum)},
                               {QStringLiteral("flow"), jnum(summary.flow)},
                               {QStringLiteral("liquidity"), jnum(summary.liquidity)},
                               {QStringLiteral("cost"), jnum(summary.cost)},
                               {QStringLiteral("confidence"), jnum(summary.confidence)},
                               {QStringLiteral("formula"), summary.formula},
                               {QStringLiteral("quality"), summary.qualityGrade}};
    return upsert(m_db, CallSource::Verdict, symbolId, summary.asOf, {}, v);
}

Result<void> CallRepository::recordPredictions(qint64 symbolId, const QList<Ml::Prediction>& predictions)
{
    for (const Ml::Prediction& p : predictions) {
        if (!p.asOf.isValid() || !std::isfinite(p.predictedReturn)) {
            continue;
        }
        CallValues v;
        v.horizon = p.horizon;
        v.direction = directionOf(p.predictedReturn);
        v.score = p.predictedReturn;
        v.predictedReturn = p.predictedReturn;
        v.algorithm = p.algorithm;
        v.productionReady = p.productionReady ? 1 : 0;
        v.modelId = p.modelId;
        // predictedPrice = close · exp(r): the as-of close it was made at, for reading the call back.
        if (p.predictedPrice > 0) {
            v.entryPrice = p.predictedPrice / std::exp(p.predictedReturn);
        }
        v.components = QJsonObject{{QStringLiteral("confidence"), jnum(p.confidence)},
                                   {QStringLiteral("predicted_price"), jnum(p.predictedPrice)},
                                   {QStringLiteral("model_version"), p.modelVersion}};
        const QString key = QStringLiteral("%1/%2").arg(p.algorithm).arg(p.horizon);
        if (auto r = upsert(m_db, CallSource::Model, symbolId, p.asOf, key, v); !r) {
            return r;
        }
    }
    return {};
}

Result<void> CallRepository::recordXsScore(
    qint64 symbolId, const Ml::XsScore& score, int horizon, qint64 modelId, bool validated)
{
    CallValues v;
    v.horizon = horizon;
    v.direction = score.predictionScore >= 0.5 ? QStringLiteral("UP") : QStringLiteral("DOWN");
    v.score = score.predictionScore;
    v.predictedReturn = score.predictedReturn;
    v.productionReady = validated ? 1 : 0;
    v.entryPrice = score.close;
    v.modelId = modelId;
    v.components = QJsonObject{{QStringLiteral("confidence"), jnum(score.confidence)},
                               {QStringLiteral("risk_score"), jnum(score.riskScore)},
                               {QStringLiteral("predicted_drawdown"), jnum(score.predictedDrawdown)},
                               {QStringLiteral("price_target"), jnum(score.priceTarget)}};
    return upsert(m_db, CallSource::Xs, symbolId, score.asOf, {}, v);
}

Result<void> CallRepository::recordPicks(const QString& strategy,
                                         QDate date,
                                         const QList<Screens::Pick>& picks,
                                         int horizon)
{
    QStringList keep;
    for (const Screens::Pick& p : picks) {
        keep << p.symbol;
    }
    Statement del(m_db.rawHandle(),
                  "DELETE FROM calls WHERE source = 'pick' AND as_of = ?1 AND key = ?2 AND symbol_id NOT IN "
                  "(SELECT id FROM symbols WHERE ticker IN (SELECT value FROM json_each(?3)))");
    del.bind(1, date.toString(Qt::ISODate));
    del.bind(2, strategy);
    del.bind(
        3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keep)).toJson(QJsonDocument::Compact)));
    if (auto r = del.run(); !r) {
        return fail(r.error());
    }
    Statement id(m_db.rawHandle(), "SELECT id FROM symbols WHERE ticker = ?1");
    for (const Screens::Pick& p : picks) {
        qint64 symbolId = p.symbolId;
        if (symbolId <= 0) {
            id.bind(1, p.symbol);
            auto row = id.step();
            if (!row) {
                return fail(row.error());
            }
            symbolId = *row ? id.int64At(0) : 0;
            id.reset();
        }
        if (symbolId <= 0) {
            continue; // a pick of a symbol not stored cannot be scored (it has no bars)
        }
        CallValues v;
        v.horizon = horizon;
        v.direction = QStringLiteral("UP");
        v.score = p.selectionScore;
        v.strategy = strategy;
        v.rank = p.rank;
        v.entryPrice = p.currentPrice;
        v.target = p.targetPrice > 0 ? p.targetPrice : Call::kNaN;
        v.stop = p.stopLoss > 0 ? p.stopLoss : Call::kNaN;
        v.components = QJsonObject{{QStringLiteral("recommendation"), p.recommendation},
                                   {QStringLiteral("ml_prediction_score"), jnum(p.mlPredictionScore)},
                                   {QStringLiteral("ml_validated"), p.mlValidated},
                                   {QStringLiteral("reason"), p.reason}};
        if (auto r = upsert(m_db, CallSource::Pick, symbolId, date, strategy, v); !r) {
            return r;
        }
    }
    return {};
}

Result<QList<Call>> CallRepository::unscored(QDate lastAsOf)
{
    const QByteArray sql =
        QByteArray(kSelect)
        + "WHERE c.scored_at IS NULL AND (?1 IS NULL OR c.as_of <= ?1) ORDER BY c.as_of, c.id";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, lastAsOf.isValid() ? lastAsOf.toString(Qt::ISODate) : QString());
    QList<Call> out;
    auto r = st.forEachRow([&](const Statement& s) { out << readCall(s); });
    if (!r) {
        return fail(r.error().prefixed(QStringLiteral("reading the unscored calls")));
    }
    return out;
}

Result<int> CallRepository::writeOutcomes(const QList<QPair<qint64, Outcome>>& outcomes)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(
        m_db.rawHandle(),
        "UPDATE calls SET end_date = ?2, realised_return = ?3, universe_return = ?4, excess_return = ?5, "
        "hit = ?6, base_rate = ?7, universe_size = ?8, exit = ?9, exit_date = ?10, scored_at = ?11 "
        "WHERE id = ?1");
    const QString now = nowIso();
    int written = 0;
    for (const auto& [id, o] : outcomes) {
        if (!o.complete) {
            continue;
        }
        st.bind(1, id);
        st.bind(2, o.endDate.toString(Qt::ISODate));
        st.bind(3, o.realisedReturn);
        st.bind(4, o.universeReturn);
        st.bind(5, o.excessReturn);
        if (o.hit >= 0) {
            st.bind(6, o.hit);
        } else {
            st.bindNull(6);
        }
        st.bind(7, o.baseRate);
        st.bind(8, o.universeSize);
        st.bind(9, o.exit.isEmpty() ? QString() : o.exit);
        st.bind(10, o.exitDate.isValid() ? o.exitDate.toString(Qt::ISODate) : QString());
        st.bind(11, now);
        if (auto r = st.run(); !r) {
            return fail(r.error().prefixed(QStringLiteral("storing the outcome of call %1").arg(id)));
        }
        ++written;
    }
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return written;
}

Result<QList<Track::ScoredCall>> CallRepository::calls(QDate from, QDate to, const CallSource* source)
{
    const QByteArray sql = QByteArray(kSelect)
                           + "WHERE (?1 IS NULL OR c.as_of >= ?1) AND (?2 IS NULL OR c.as_of <= ?2) "
                             "AND (?3 IS NULL OR c.source = ?3) ORDER BY c.as_of, c.id";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, from.isValid() ? from.toString(Qt::ISODate) : QString());
    st.bind(2, to.isValid() ? to.toString(Qt::ISODate) : QString());
    st.bind(3, source ? Track::sourceName(*source) : QString());
    QList<Track::ScoredCall> out;
    auto r = st.forEachRow([&](const Statement& s) { out.append({readCall(s), readOutcome(s)}); });
    if (!r) {
        return fail(r.error().prefixed(QStringLiteral("reading the calls")));
    }
    return out;
}

Result<QList<Track::ScoredCall>> CallRepository::forSymbol(const QString& ticker, int limit)
{
    const QByteArray sql =
        QByteArray(kSelect) + "WHERE s.ticker = ?1 ORDER BY c.as_of DESC, c.source, c.key LIMIT ?2";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, ticker);
    st.bind(2, limit);
    QList<Track::ScoredCall> out;
    auto r = st.forEachRow([&](const Statement& s) { out.append({readCall(s), readOutcome(s)}); });
    if (!r) {
        return fail(r.error().prefixed(QStringLiteral("reading the calls of %1").arg(ticker)));
    }
    return out;
}

Result<Track::PriceHistory> CallRepository::prices(qint64 symbolId, QDate from)
{
    // The day as a Julian day number in SQL (julianday() is .5 at midnight) and the adjusted view computed
    // here, as BarSeries::adjusted() does it (factor adj_close / close, 1 where either is missing): scoring
    // a night of 2,000 symbols reads ~100,000 rows, and parsing each date as text was most of its time.
    Statement st(m_db.rawHandle(),
                 "SELECT CAST(julianday(date) + 0.5 AS INTEGER), high, low, close, adj_close FROM daily_bars "
                 "WHERE symbol_id = ?1 AND date >= ?2 ORDER BY date");
    st.bind(1, symbolId);
    st.bind(2, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral(""));
    Track::PriceHistory h;
    auto r = st.forEachRow([&](const Statement& s) {
        const double close = s.doubleAt(3);
        const double adj = s.doubleAt(4);
        const double factor = std::isnan(adj) || std::isnan(close) || close == 0.0 ? 1.0 : adj / close;
        h.days.push_back(s.int64At(0));
        h.close.push_back(close * factor);
        h.high.push_back(s.doubleAt(1) * factor);
        h.low.push_back(s.doubleAt(2) * factor);
    });
    if (!r) {
        return fail(
            r.error().prefixed(QStringLiteral("reading the bars of symbol %1 for scoring").arg(symbolId)));
    }
    return h;
}

Result<QList<QPair<qint64, QString>>> CallRepository::symbolsWithBars()
{
    Statement st(m_db.rawHandle(),
                 "SELECT s.id, s.ticker FROM symbols s JOIN bar_summary b ON b.symbol_id = s.id "
                 "WHERE b.bar_count > 0 ORDER BY s.ticker");
    QList<QPair<qint64, QString>> out;
    auto r = st.forEachRow([&](const Statement& s) { out.append({s.int64At(0), s.textAt(1)}); });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<QPair<qint64, qint64>> CallRepository::counts()
{
    Statement st(m_db.rawHandle(), "SELECT count(*), count(scored_at) FROM calls");
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return QPair<qint64, qint64>{st.int64At(0), st.int64At(1)};
}

Result<int> CallRepository::cleanup(int keepDays, QDate today)
{
    if (keepDays <= 0) {
        return 0;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(), "DELETE FROM calls WHERE as_of < ?1");
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
