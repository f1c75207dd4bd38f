#include "core/store/AnalysisRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include "core/store/CallRepository.h"
#include "core/store/Statement.h"
#include "core/track/TrackSettings.h"

namespace Tessera::Store {
namespace {

const QString kWithheld = QStringLiteral("WITHHELD");

/** zlib level 1: see the class comment (the hot path of a 2,000-symbol pipeline). */
constexpr int kCompressionLevel = 1;

QString jsonList(const QStringList& items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList parseList(const QString& text)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        out << v.toString();
    }
    return out;
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/** The columns every summary read selects, in AnalysisRow order (see readRow). */
constexpr const char* kRowColumns =
    "s.ticker, a.as_of, a.bar_count, a.last_bar_date, a.bars_hash, a.settings_hash, a.engine_version, "
    "a.last_price, a.change, a.direction, a.score, a.confidence, a.momentum, a.flow, a.liquidity, a.cost, "
    "a.quality_grade, a.quality_reasons, a.valid, a.validation_errors, a.run_id, a.computed_at, "
    "a.verdict_formula "
    "FROM symbol_analysis a JOIN symbols s ON s.id = a.symbol_id";

AnalysisRow readRow(const Statement& st)
{
    AnalysisRow r;
    r.ticker = st.textAt(0);
    Tiles::AnalysisSummary& s = r.summary;
    s.asOf = QDate::fromString(st.textAt(1), Qt::ISODate);
    r.inputs.barCount = st.int64At(2);
    r.inputs.lastBarDate = QDate::fromString(st.textAt(3), Qt::ISODate);
    r.inputs.barsHash = static_cast<quint64>(st.int64At(4));
    r.inputs.settingsHash = static_cast<quint64>(st.int64At(5));
    r.inputs.engineVersion = static_cast<int>(st.int64At(6));
    s.lastPrice = st.doubleAt(7);
    s.change = st.doubleAt(8);
    s.direction = st.textAt(9);
    s.score = st.doubleAt(10);
    s.confidence = st.doubleAt(11);
    s.momentum = st.doubleAt(12);
    s.flow = st.doubleAt(13);
    s.liquidity = st.doubleAt(14);
    s.cost = st.doubleAt(15);
    s.qualityGrade = st.textAt(16);
    s.qualityReasons = parseList(st.textAt(17));
    s.valid = st.int64At(18) != 0;
    s.validationErrors = parseList(st.textAt(19));
    r.runId = st.int64At(20);
    r.computedAt = st.textAt(21);
    // NULL: stored before the formula was recorded, when the seed's sum was the only one.
    s.formula = st.isNull(22) ? QStringLiteral("seed") : st.textAt(22);
    return r;
}

/** Decompresses a stored document; an error names the ticker and the document. */
Result<QByteArray> uncompressed(const void* data, int size, const QString& ticker, const char* which)
{
    QByteArray out = qUncompress(static_cast<const uchar*>(data), static_cast<qsizetype>(size));
    if (out.isEmpty()) {
        return fail(
            Error::database(QStringLiteral("the stored %1 document of %2 is damaged (cannot decompress)")
                                .arg(QLatin1String(which), ticker)));
    }
    return out;
}

Result<QJsonObject> parsed(const QByteArray& json, const QString& ticker, const char* which)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Error::database(QStringLiteral("the stored %1 document of %2 does not parse: %3")
                                        .arg(QLatin1String(which), ticker, error.errorString())));
    }
    return doc.object();
}

} // namespace

QByteArray AnalysisRepository::encode(const QJsonObject& document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

Result<std::optional<AnalysisInputs>> AnalysisRepository::inputs(qint64 symbolId)
{
    Statement st(m_db.rawHandle(),
                 "SELECT bar_count, last_bar_date, bars_hash, settings_hash, engine_version "
                 "FROM symbol_analysis WHERE symbol_id = ?1");
    st.bind(1, symbolId);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return std::optional<AnalysisInputs>();
    }
    AnalysisInputs in;
    in.barCount = st.int64At(0);
    in.lastBarDate = QDate::fromString(st.textAt(1), Qt::ISODate);
    in.barsHash = static_cast<quint64>(st.int64At(2));
    in.settingsHash = static_cast<quint64>(st.int64At(3));
    in.engineVersion = static_cast<int>(st.int64At(4));
    return std::optional<AnalysisInputs>(in);
}

Result<void> AnalysisRepository::write(qint64 symbolId,
                                       const Tiles::AnalysisSummary& summary,
                                       const AnalysisDocuments& documents,
                                       const AnalysisInputs& inputs,
                                       qint64 runId)
{
    const auto context = [symbolId](const QString& what) {
        return QStringLiteral("%1 the analysis of symbol %2").arg(what).arg(symbolId);
    };
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(Error{tx.beginFailure().code,
                          context(QStringLiteral("cannot write")) + QStringLiteral(": ") + tx.beginError()});
    }
    Statement st(m_db.rawHandle(),
                 "INSERT OR REPLACE INTO symbol_analysis(symbol_id, as_of, bar_count, last_bar_date, "
                 "bars_hash, settings_hash, engine_version, last_price, change, direction, score, "
                 "confidence, momentum, flow, liquidity, cost, quality_grade, quality_reasons, valid, "
                 "validation_errors, run_id, computed_at, verdict_formula) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                 "?19, ?20, ?21, ?22, ?23)");
    st.bind(1, symbolId);
    st.bind(2, isoDate(summary.asOf));
    st.bind(3, inputs.barCount);
    st.bind(4, isoDate(inputs.lastBarDate));
    st.bind(5, static_cast<qint64>(inputs.barsHash));
    st.bind(6, static_cast<qint64>(inputs.settingsHash));
    st.bind(7, inputs.engineVersion);
    st.bind(8, summary.lastPrice);
    st.bind(9, summary.change);
    st.bind(10, summary.valid ? summary.direction : kWithheld);
    st.bind(11, summary.score);
    st.bind(12, summary.confidence);
    st.bind(13, summary.momentum);
    st.bind(14, summary.flow);
    st.bind(15, summary.liquidity);
    st.bind(16, summary.cost);
    st.bind(17, summary.qualityGrade);
    st.bind(18, jsonList(summary.qualityReasons));
    st.bind(19, summary.valid ? 1 : 0);
    st.bind(20, jsonList(summary.validationErrors));
    if (runId > 0) {
        st.bind(21, runId);
    } else {
        st.bindNull(21);
    }
    st.bind(22, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (summary.formula.isEmpty()) {
        st.bindNull(23);
    } else {
        st.bind(23, summary.formula);
    }
    if (auto r = st.run(); !r) {
        return fail(Error{r.error().code,
                          context(QStringLiteral("writing")) + QStringLiteral(": ") + r.error().message});
    }

    const QByteArray blobs[] = {qCompress(documents.main, kCompressionLevel),
                                qCompress(documents.slippage, kCompressionLevel),
                                qCompress(documents.monte, kCompressionLevel)};
    Statement docs(m_db.rawHandle(),
                   "INSERT OR REPLACE INTO symbol_analysis_documents(symbol_id, main_json, slippage_json, "
                   "monte_json) VALUES (?1, ?2, ?3, ?4)");
    docs.bind(1, symbolId);
    for (int i = 0; i < 3; ++i) {
        docs.bindBlob(i + 2, blobs[i]);
    }
    if (auto r = docs.run(); !r) {
        return fail(r.error().prefixed(context(QStringLiteral("writing the documents of"))));
    }
    // The call history (issue 16): the verdict as of its last bar, in the same transaction.
    auto track = Track::trackSettings(m_db);
    if (!track) {
        return fail(track.error());
    }
    if (auto r = CallRepository(m_db).recordVerdict(symbolId, summary, track->verdictHorizon, runId); !r) {
        return fail(r.error());
    }
    return tx.commit();
}

Result<QList<AnalysisRow>> AnalysisRepository::summaries()
{
    const QByteArray sql = QByteArray("SELECT ") + kRowColumns + " ORDER BY s.ticker";
    Statement st(m_db.rawHandle(), sql.constData());
    QList<AnalysisRow> out;
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(Error{next.error().code,
                              QStringLiteral("reading the stored analyses: %1").arg(next.error().message)});
        }
        if (!*next) {
            break;
        }
        out << readRow(st);
    }
    return out;
}

Result<std::optional<AnalysisRow>> AnalysisRepository::summary(const QString& ticker)
{
    const QByteArray sql = QByteArray("SELECT ") + kRowColumns + " WHERE s.ticker = ?1";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, ticker);
    auto next = st.step();
    if (!next) {
        return fail(
            Error{next.error().code,
                  QStringLiteral("reading the analysis of %1: %2").arg(ticker, next.error().message)});
    }
    if (!*next) {
        return std::optional<AnalysisRow>();
    }
    return std::optional<AnalysisRow>(readRow(st));
}

Result<std::optional<AnalysisDocuments>> AnalysisRepository::documents(const QString& ticker)
{
    Statement st(m_db.rawHandle(),
                 "SELECT d.main_json, d.slippage_json, d.monte_json FROM symbol_analysis_documents d "
                 "JOIN symbols s ON s.id = d.symbol_id WHERE s.ticker = ?1");
    st.bind(1, ticker);
    auto row = st.step();
    if (!row) {
        return fail(row.error().prefixed(QStringLiteral("reading the analysis of %1").arg(ticker)));
    }
    if (!*row) {
        return std::optional<AnalysisDocuments>();
    }
    static const char* const kNames[] = {"main", "slippage", "monte_slippage"};
    QByteArray docs[3];
    for (int i = 0; i < 3; ++i) {
        const QByteArrayView blob = st.blobAt(i);
        auto doc = uncompressed(blob.data(), static_cast<int>(blob.size()), ticker, kNames[i]);
        if (!doc) {
            return fail(doc.error());
        }
        docs[i] = std::move(*doc);
    }
    return std::optional<AnalysisDocuments>(AnalysisDocuments{docs[0], docs[1], docs[2]});
}

Result<std::optional<Tiles::SymbolAnalysis>> AnalysisRepository::load(const QString& ticker)
{
    auto row = summary(ticker);
    if (!row) {
        return fail(row.error());
    }
    auto docs = documents(ticker);
    if (!docs) {
        return fail(docs.error());
    }
    if (!row->has_value() || !docs->has_value()) {
        return std::optional<Tiles::SymbolAnalysis>();
    }
    Tiles::SymbolAnalysis a;
    a.ticker = ticker;
    a.summary = (*row)->summary;
    auto main = parsed((*docs)->main, ticker, "main");
    auto slippage = parsed((*docs)->slippage, ticker, "slippage");
    auto monte = parsed((*docs)->monte, ticker, "monte_slippage");
    for (const auto* r : {&main, &slippage, &monte}) {
        if (!*r) {
            return fail(r->error());
        }
    }
    a.main = std::move(*main);
    a.slippage = std::move(*slippage);
    a.monte = std::move(*monte);
    return std::optional<Tiles::SymbolAnalysis>(std::move(a));
}

Result<qint64> AnalysisRepository::count()
{
    Statement st(m_db.rawHandle(), "SELECT COUNT(*) FROM symbol_analysis");
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return st.int64At(0);
}

Result<void> AnalysisRepository::clear(qint64 symbolId)
{
    for (const char* sql : {"DELETE FROM symbol_analysis WHERE symbol_id = ?1",
                            "DELETE FROM symbol_analysis_documents WHERE symbol_id = ?1"}) {
        Statement st(m_db.rawHandle(), sql);
        st.bind(1, symbolId);
        if (auto r = st.run(); !r) {
            return fail(Error{r.error().code,
                              QStringLiteral("deleting the analysis of symbol %1: %2")
                                  .arg(symbolId)
                                  .arg(r.error().message)});
        }
    }
    return {};
}

} // namespace Tessera::Store
