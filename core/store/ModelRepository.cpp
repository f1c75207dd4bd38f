#include "core/store/ModelRepository.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {
namespace {

constexpr const char* kColumns =
    "SELECT m.id, s.ticker, m.algorithm, m.horizon, m.version, m.schema_hash, m.schema_version, "
    "m.feature_count, m.params, m.metrics, m.data_from, m.data_to, m.last_bar, m.rows, m.blob_bytes, "
    "COALESCE(m.run_id, 0), m.trained_at FROM models m JOIN symbols s ON s.id = m.symbol_id ";

// The newest version per (symbol, algorithm, horizon).
constexpr const char* kLatestFilter =
    "m.version = (SELECT MAX(v.version) FROM models v WHERE v.symbol_id = m.symbol_id "
    "AND v.algorithm = m.algorithm AND v.horizon = m.horizon) ";

/** The hourly tables' spelling of a statement (issue 21): same columns, tables prefixed "hourly_". */
QByteArray hourlySql(const char* text)
{
    static const QRegularExpression models(QStringLiteral("\\bmodels\\b"));
    static const QRegularExpression blobs(QStringLiteral("\\bmodel_blobs\\b"));
    QString q = QString::fromLatin1(text);
    q.replace(models, QStringLiteral("hourly_models"));
    q.replace(blobs, QStringLiteral("hourly_model_blobs"));
    return q.toLatin1();
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

StoredModel readModel(const Statement& st)
{
    StoredModel m;
    m.id = st.int64At(0);
    m.symbol = st.textAt(1);
    m.algorithm = Ml::algorithmFromString(st.textAt(2)).value_or(Ml::Algorithm::Ridge);
    m.horizon = static_cast<int>(st.int64At(3));
    m.version = static_cast<int>(st.int64At(4));
    m.schemaHash = st.textAt(5);
    m.schemaVersion = static_cast<int>(st.int64At(6));
    m.featureCount = static_cast<int>(st.int64At(7));
    m.params = QJsonDocument::fromJson(st.textAt(8).toUtf8()).object();
    m.evaluation = Ml::Evaluation::fromJson(QJsonDocument::fromJson(st.textAt(9).toUtf8()).object());
    m.dataFrom = QDate::fromString(st.textAt(10), Qt::ISODate);
    m.dataTo = QDate::fromString(st.textAt(11), Qt::ISODate);
    const QString lastBar = st.textAt(12);
    m.lastBar = QDate::fromString(lastBar.left(10), Qt::ISODate);
    if (lastBar.size() > 10) { // hourly models: the last bar's open instant, ISO date and time in UTC
        QDateTime t = QDateTime::fromString(lastBar, Qt::ISODate);
        t.setTimeZone(QTimeZone::utc());
        m.lastHour = t.toSecsSinceEpoch();
    }
    m.rows = static_cast<int>(st.int64At(13));
    m.blobBytes = st.int64At(14);
    m.runId = st.int64At(15);
    m.trainedAt = QDateTime::fromString(st.textAt(16), Qt::ISODateWithMs);
    if (!m.trainedAt.isValid()) {
        m.trainedAt = QDateTime::fromString(st.textAt(16), Qt::ISODate);
    }
    m.trainedAt.setTimeZone(QTimeZone::utc());
    return m;
}

Result<QList<StoredModel>> readAll(Statement& st)
{
    QList<StoredModel> out;
    while (true) {
        auto row = st.step();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            return out;
        }
        out << readModel(st);
    }
}

} // namespace

QByteArray ModelRepository::tableSql(const char* text) const
{
    return m_hourly ? hourlySql(text) : QByteArray(text);
}

Result<StoredModel> ModelRepository::store(StoredModel m, const QByteArray& blob)
{
    auto symbolId = SymbolRepository(m_db).ensure(m.symbol);
    if (!symbolId) {
        return fail(symbolId.error());
    }
    Statement next(
        m_db.rawHandle(),
        tableSql("SELECT COALESCE(MAX(version), 0) + 1 FROM models WHERE symbol_id = ?1 AND algorithm = ?2 "
                 "AND horizon = ?3")
            .constData());
    next.bind(1, *symbolId);
    next.bind(2, Ml::toString(m.algorithm));
    next.bind(3, m.horizon);
    if (auto row = next.step(); !row) {
        return fail(row.error());
    }
    m.version = static_cast<int>(next.int64At(0));
    if (!m.trainedAt.isValid()) {
        m.trainedAt = QDateTime::currentDateTimeUtc();
    }
    const Ml::Evaluation& e = m.evaluation;
    Statement st(
        m_db.rawHandle(),
        tableSql(
            "INSERT INTO models(symbol_id, algorithm, horizon, version, schema_hash, schema_version, "
            "feature_count, params, metrics, data_from, data_to, last_bar, rows, oos_ic, oos_hit, base_hit, "
            "oos_r2, mse_skill, oos_mae, zero_mae, production_ready, verdict, blob_bytes, run_id, "
            "trained_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
            "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)")
            .constData());
    st.bind(1, *symbolId);
    st.bind(2, Ml::toString(m.algorithm));
    st.bind(3, m.horizon);
    st.bind(4, m.version);
    st.bind(5, m.schemaHash);
    st.bind(6, m.schemaVersion);
    st.bind(7, m.featureCount);
    st.bind(8, jsonText(m.params));
    st.bind(9, jsonText(e.toJson()));
    st.bind(10, dateText(m.dataFrom));
    st.bind(11, dateText(m.dataTo));
    st.bind(12,
            m.lastHour > 0 ? QDateTime::fromSecsSinceEpoch(m.lastHour, QTimeZone::utc()).toString(Qt::ISODate)
                           : dateText(m.lastBar));
    st.bind(13, m.rows);
    st.bind(14, e.oos.ic);
    st.bind(15, e.oos.hitRate);
    st.bind(16, e.oosMean.hitRate);
    st.bind(17, e.oos.r2);
    st.bind(18, e.mseSkill);
    st.bind(19, e.oos.mae);
    st.bind(20, e.oosZero.mae);
    st.bind(21, e.productionReady ? 1 : 0);
    st.bind(22, e.verdict);
    st.bind(23, static_cast<qint64>(blob.size()));
    if (m.runId > 0) {
        st.bind(24, m.runId);
    } else {
        st.bindNull(24);
    }
    st.bind(25, m.trainedAt.toUTC().toString(Qt::ISODateWithMs));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    m.id = st.lastInsertRowId();
    m.blobBytes = blob.size();
    Statement write(m_db.rawHandle(),
                    tableSql("INSERT INTO model_blobs(model_id, blob) VALUES (?1, ?2)").constData());
    write.bind(1, m.id);
    write.bindBlob(2, blob);
    if (auto r = write.run(); !r) {
        return fail(
            r.error().prefixed(QStringLiteral("writing the %1 %2 model blob of %3")
                                   .arg(Ml::toString(m.algorithm), Ml::horizonLabel(m.horizon), m.symbol)));
    }
    return m;
}

Result<int> ModelRepository::prune(const QString& symbol, Ml::Algorithm algorithm, int horizon, int keep)
{
    // model_blobs rows go with their model (ON DELETE CASCADE; the connection enables foreign keys).
    Statement st(
        m_db.rawHandle(),
        tableSql(
            "DELETE FROM models WHERE id IN (SELECT m.id FROM models m JOIN symbols s ON s.id = m.symbol_id "
            "WHERE s.ticker = ?1 AND m.algorithm = ?2 AND m.horizon = ?3 ORDER BY m.version DESC "
            "LIMIT -1 OFFSET ?4)")
            .constData());
    st.bind(1, symbol);
    st.bind(2, Ml::toString(algorithm));
    st.bind(3, horizon);
    st.bind(4, std::max(1, keep));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    return st.changes();
}

Result<QList<StoredModel>> ModelRepository::latest(const QString& symbol)
{
    const QByteArray sql =
        QByteArray(kColumns) + "WHERE s.ticker = ?1 AND " + kLatestFilter
        + "ORDER BY m.horizon, CASE m.algorithm WHEN 'rf' THEN 0 WHEN 'gbm' THEN 1 ELSE 2 END";
    Statement st(m_db.rawHandle(), tableSql(sql.constData()).constData());
    st.bind(1, symbol);
    return readAll(st);
}

Result<QList<StoredModel>> ModelRepository::latestAll()
{
    const QByteArray sql =
        QByteArray(kColumns) + "WHERE " + kLatestFilter
        + "ORDER BY s.ticker, m.horizon, CASE m.algorithm WHEN 'rf' THEN 0 WHEN 'gbm' THEN 1 "
          "ELSE 2 END";
    Statement st(m_db.rawHandle(), tableSql(sql.constData()).constData());
    return readAll(st);
}

Result<QList<StoredModel>>
ModelRepository::versions(const QString& symbol, Ml::Algorithm algorithm, int horizon)
{
    const QByteArray sql =
        QByteArray(kColumns)
        + "WHERE s.ticker = ?1 AND m.algorithm = ?2 AND m.horizon = ?3 ORDER BY m.version DESC";
    Statement st(m_db.rawHandle(), tableSql(sql.constData()).constData());
    st.bind(1, symbol);
    st.bind(2, Ml::toString(algorithm));
    st.bind(3, horizon);
    return readAll(st);
}

Result<QList<StoredModel>> ModelRepository::byRun(qint64 runId)
{
    const QByteArray sql =
        QByteArray(kColumns)
        + "WHERE m.run_id = ?1 ORDER BY s.ticker, m.horizon, CASE m.algorithm WHEN 'rf' THEN 0 "
          "WHEN 'gbm' THEN 1 ELSE 2 END, m.version";
    Statement st(m_db.rawHandle(), tableSql(sql.constData()).constData());
    st.bind(1, runId);
    return readAll(st);
}

Result<QByteArray> ModelRepository::blob(qint64 modelId)
{
    Statement st(m_db.rawHandle(), tableSql("SELECT blob FROM model_blobs WHERE model_id = ?1").constData());
    st.bind(1, modelId);
    auto row = st.step();
    if (!row) {
        return fail(row.error().prefixed(QStringLiteral("reading the blob of model %1").arg(modelId)));
    }
    if (!*row) {
        return fail(Error::notFound(QStringLiteral("model %1 has no stored blob").arg(modelId)));
    }
    return st.blobAt(0).toByteArray();
}

Result<qint64> ModelRepository::storedBytes(const QString& symbol)
{
    Statement st(
        m_db.rawHandle(),
        tableSql("SELECT COALESCE(SUM(m.blob_bytes), 0) FROM models m JOIN symbols s ON s.id = m.symbol_id "
                 "WHERE s.ticker = ?1")
            .constData());
    st.bind(1, symbol);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return st.int64At(0);
}

Result<QStringList> ModelRepository::symbols()
{
    Statement st(
        m_db.rawHandle(),
        tableSql(
            "SELECT DISTINCT s.ticker FROM models m JOIN symbols s ON s.id = m.symbol_id ORDER BY s.ticker")
            .constData());
    QStringList out;
    while (true) {
        auto row = st.step();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            return out;
        }
        out << st.textAt(0);
    }
}

} // namespace Tessera::Store
