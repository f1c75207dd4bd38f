#include "core/store/CrossSectionRepository.h"

#include <cmath>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/store/CallRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {
namespace {

constexpr const char* kModelColumns =
    "SELECT id, COALESCE(run_id, 0), selection, as_of, data_from, learner, transform, horizon, "
    "feature_names, "
    "settings, symbols, rows, seconds, gate, price_rank_ic, price_rank_ic_t, price_icir, price_r2, "
    "price_spread, "
    "price_spread_net, price_validated, risk_rank_ic, risk_rank_ic_t, risk_icir, risk_r2, risk_spread, "
    "risk_spread_net, risk_validated, trained_at";

constexpr const char* kScoreColumns = "SELECT s.ticker, x.as_of, x.model_id, x.close, x.ml_prediction_score, "
                                      "x.predicted_return, x.ml_price_target, "
                                      "x.ml_confidence, x.ml_risk_score, x.predicted_drawdown, "
                                      "x.price_validated, x.risk_validated, x.expires_on "
                                      "FROM xs_scores x JOIN symbols s ON s.id = x.symbol_id ";

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

XsModelFigures figures(const Statement& st, int first)
{
    XsModelFigures f;
    f.rankIc = st.doubleAt(first);
    f.rankIcT = st.doubleAt(first + 1);
    f.icir = st.doubleAt(first + 2);
    f.r2 = st.doubleAt(first + 3);
    f.spread = st.doubleAt(first + 4);
    f.spreadNet = st.doubleAt(first + 5);
    f.validated = st.int64At(first + 6) != 0;
    return f;
}

XsModelRow modelRow(const Statement& st)
{
    XsModelRow m;
    m.id = st.int64At(0);
    m.runId = st.int64At(1);
    m.selection = st.textAt(2);
    m.asOf = QDate::fromString(st.textAt(3), Qt::ISODate);
    m.dataFrom = QDate::fromString(st.textAt(4), Qt::ISODate);
    m.learner = st.textAt(5);
    m.transform = st.textAt(6);
    m.horizon = static_cast<int>(st.int64At(7));
    for (const QJsonValue& v : QJsonDocument::fromJson(st.textAt(8).toUtf8()).array()) {
        m.featureNames << v.toString();
    }
    m.settings = parseObject(st.textAt(9));
    m.symbols = static_cast<int>(st.int64At(10));
    m.rows = static_cast<int>(st.int64At(11));
    m.seconds = st.doubleAt(12);
    m.gate = st.doubleAt(13);
    m.price = figures(st, 14);
    m.risk = figures(st, 21);
    m.trainedAt = st.textAt(28);
    return m;
}

Result<QList<XsScoreRow>> readScores(Statement& st)
{
    QList<XsScoreRow> out;
    auto r = st.forEachRow([&](const Statement& s) {
        XsScoreRow x;
        x.ticker = s.textAt(0);
        x.asOf = QDate::fromString(s.textAt(1), Qt::ISODate);
        x.modelId = s.int64At(2);
        x.close = s.doubleAt(3);
        x.predictionScore = s.doubleAt(4);
        x.predictedReturn = s.doubleAt(5);
        x.priceTarget = s.doubleAt(6);
        x.confidence = s.doubleAt(7);
        x.riskScore = s.doubleAt(8);
        x.predictedDrawdown = s.doubleAt(9);
        x.priceValidated = s.int64At(10) != 0;
        x.riskValidated = s.int64At(11) != 0;
        x.expiresOn = QDate::fromString(s.textAt(12), Qt::ISODate);
        out << x;
    });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

void bindFigures(Statement& st, int first, const Ml::XsModelReport& r)
{
    st.bind(first, r.ic.mean);
    st.bind(first + 1, r.ic.t);
    st.bind(first + 2, r.ic.icir);
    st.bind(first + 3, r.r2);
    st.bind(first + 4, r.spread);
    st.bind(first + 5, r.spreadNet);
    st.bind(first + 6, r.validated ? 1 : 0);
}

} // namespace

Result<qint64> CrossSectionRepository::save(const Ml::XsResult& result,
                                            const QString& selection,
                                            qint64 runId,
                                            double seconds)
{
    Statement ins(m_db.rawHandle(),
                  "INSERT INTO xs_models(run_id, selection, as_of, data_from, learner, transform, horizon, "
                  "feature_names, settings, symbols, rows, seconds, gate, price_rank_ic, price_rank_ic_t, "
                  "price_icir, price_r2, price_spread, price_spread_net, price_validated, risk_rank_ic, "
                  "risk_rank_ic_t, risk_icir, risk_r2, risk_spread, risk_spread_net, risk_validated, "
                  "price_metrics, risk_metrics, trained_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                  "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
                  "?29, ?30)");
    if (runId > 0) {
        ins.bind(1, runId);
    } else {
        ins.bindNull(1);
    }
    ins.bind(2, selection);
    ins.bind(3, result.asOf.toString(Qt::ISODate));
    ins.bind(4, result.dataFrom.toString(Qt::ISODate));
    ins.bind(5, Ml::toString(result.settings.learner));
    ins.bind(6, Ml::toString(result.settings.transform));
    ins.bind(7, result.settings.horizon);
    const QByteArray names =
        QJsonDocument(QJsonArray::fromStringList(result.featureNames)).toJson(QJsonDocument::Compact);
    ins.bindText(8, names.constData(), static_cast<int>(names.size()));
    const QByteArray settings = compact(result.settings.toJson());
    ins.bindText(9, settings.constData(), static_cast<int>(settings.size()));
    ins.bind(10, result.symbols);
    ins.bind(11, result.rows);
    ins.bind(12, seconds);
    ins.bind(13, result.settings.gate);
    bindFigures(ins, 14, result.price);
    bindFigures(ins, 21, result.risk);
    const QByteArray pm = compact(result.price.toJson(true));
    const QByteArray rm = compact(result.risk.toJson(true));
    ins.bindText(28, pm.constData(), static_cast<int>(pm.size()));
    ins.bindText(29, rm.constData(), static_cast<int>(rm.size()));
    ins.bind(30, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto r = ins.run(); !r) {
        return fail(r.error());
    }
    const qint64 id = ins.lastInsertRowId();

    Statement blob(m_db.rawHandle(),
                   "INSERT INTO xs_model_blobs(model_id, target, blob) VALUES (?1, ?2, ?3)");
    for (const Ml::XsModelReport* r : {&result.price, &result.risk}) {
        const QByteArray packed = qCompress(r->payload);
        blob.bind(1, id);
        blob.bind(2, r->target);
        blob.bindBlob(3, packed);
        if (auto ok = blob.run(); !ok) {
            return fail(ok.error());
        }
    }

    Statement score(
        m_db.rawHandle(),
        "INSERT OR REPLACE INTO xs_scores(symbol_id, as_of, model_id, close, ml_prediction_score, "
        "predicted_return, ml_price_target, ml_confidence, ml_risk_score, predicted_drawdown, "
        "price_validated, risk_validated, expires_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, ?11, ?12, ?13)");
    SymbolRepository symbols(m_db);
    const QString expires = Ml::addWeekdays(result.asOf, result.settings.horizon).toString(Qt::ISODate);
    for (const Ml::XsScore& s : result.scores) {
        auto symbolId = symbols.ensure(s.ticker);
        if (!symbolId) {
            return fail(symbolId.error());
        }
        score.bind(1, *symbolId);
        score.bind(2, s.asOf.toString(Qt::ISODate));
        score.bind(3, id);
        score.bind(4, s.close);
        score.bind(5, s.predictionScore);
        score.bind(6, s.predictedReturn);
        score.bind(7, s.priceTarget);
        score.bind(8, s.confidence);
        score.bind(9, s.riskScore);
        score.bind(10, s.predictedDrawdown);
        score.bind(11, result.price.validated ? 1 : 0);
        score.bind(12, result.risk.validated ? 1 : 0);
        score.bind(13, expires);
        if (auto ok = score.run(); !ok) {
            return fail(ok.error());
        }
        // The call history (issue 16), beside xs_scores (whose rows go with their model).
        if (auto ok = CallRepository(m_db).recordXsScore(
                *symbolId, s, result.settings.horizon, id, result.price.validated);
            !ok) {
            return fail(ok.error());
        }
    }
    return id;
}

Result<QList<XsModelRow>> CrossSectionRepository::list(int limit, bool withMetrics)
{
    const QByteArray sql =
        QByteArray(kModelColumns) + ", price_metrics, risk_metrics FROM xs_models ORDER BY id DESC LIMIT ?1";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, limit);
    QList<XsModelRow> out;
    auto r = st.forEachRow([&](const Statement& s) {
        XsModelRow m = modelRow(s);
        if (withMetrics) {
            m.priceMetrics = parseObject(s.textAt(29));
            m.riskMetrics = parseObject(s.textAt(30));
        }
        out << m;
    });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<std::optional<XsModelRow>> CrossSectionRepository::get(qint64 id)
{
    const QByteArray sql =
        QByteArray(kModelColumns) + ", price_metrics, risk_metrics FROM xs_models WHERE id = ?1";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, id);
    std::optional<XsModelRow> out;
    auto r = st.forEachRow([&](const Statement& s) {
        XsModelRow m = modelRow(s);
        m.priceMetrics = parseObject(s.textAt(29));
        m.riskMetrics = parseObject(s.textAt(30));
        out = m;
    });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<QList<XsScoreRow>> CrossSectionRepository::scoresOf(qint64 modelId)
{
    const QByteArray sql = QByteArray(kScoreColumns) + "WHERE x.model_id = ?1 ORDER BY s.ticker";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, modelId);
    return readScores(st);
}

Result<QList<XsScoreRow>> CrossSectionRepository::latestScores()
{
    const QByteArray sql =
        QByteArray(kScoreColumns)
        + "WHERE x.as_of = (SELECT MAX(y.as_of) FROM xs_scores y WHERE y.symbol_id = x.symbol_id) "
          "ORDER BY s.ticker";
    Statement st(m_db.rawHandle(), sql.constData());
    return readScores(st);
}

Result<std::optional<XsScoreRow>> CrossSectionRepository::latestScoreOf(const QString& ticker)
{
    const QByteArray sql =
        QByteArray(kScoreColumns) + "WHERE s.ticker = ?1 ORDER BY x.as_of DESC, x.model_id DESC LIMIT 1";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, ticker);
    auto rows = readScores(st);
    if (!rows) {
        return fail(rows.error());
    }
    return rows->isEmpty() ? std::optional<XsScoreRow>() : std::optional<XsScoreRow>(rows->first());
}

Result<int> CrossSectionRepository::scoredCount(qint64 modelId, const QDate& asOf)
{
    Statement st(m_db.rawHandle(), "SELECT COUNT(*) FROM xs_scores WHERE model_id = ?1 AND as_of = ?2");
    st.bind(1, modelId);
    st.bind(2, asOf.toString(Qt::ISODate));
    int count = 0;
    auto r = st.forEachRow([&](const Statement& s) { count = static_cast<int>(s.int64At(0)); });
    if (!r) {
        return fail(r.error());
    }
    return count;
}

Result<QByteArray> CrossSectionRepository::blob(qint64 modelId, const QString& target)
{
    Statement st(m_db.rawHandle(), "SELECT blob FROM xs_model_blobs WHERE model_id = ?1 AND target = ?2");
    st.bind(1, modelId);
    st.bind(2, target);
    QByteArray out;
    auto r = st.forEachRow([&](const Statement& s) {
        const QByteArrayView v = s.blobAt(0);
        out = qUncompress(reinterpret_cast<const uchar*>(v.data()), v.size());
    });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

} // namespace Tessera::Store
