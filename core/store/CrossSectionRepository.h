#pragma once

#include <optional>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/ml/CrossSection.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** Headline out-of-sample figures of one stored cross-sectional model (price or risk). */
struct XsModelFigures
{
    double rankIc = 0;
    double rankIcT = 0;
    double icir = 0;
    double r2 = 0;
    double spread = 0;
    double spreadNet = 0;
    bool validated = false;
};

/** One stored cross-sectional training (tables xs_models and xs_model_blobs). */
struct XsModelRow
{
    qint64 id = 0;
    qint64 runId = 0;
    QString selection;
    QDate asOf;
    QDate dataFrom;
    QString learner;
    QString transform;
    int horizon = 0;
    QStringList featureNames;
    QJsonObject settings;
    int symbols = 0;
    int rows = 0;
    double seconds = 0;
    double gate = 0;
    XsModelFigures price;
    XsModelFigures risk;
    QJsonObject priceMetrics; ///< XsModelReport::toJson(true): folds, deciles, daily rank-IC series
    QJsonObject riskMetrics;
    QString trainedAt; ///< UTC ISO
};

/** One symbol's stored output on an as-of day (table xs_scores). */
struct XsScoreRow
{
    QString ticker;
    QDate asOf;
    qint64 modelId = 0;
    double close = 0;
    double predictionScore = 0;
    double predictedReturn = 0;
    double priceTarget = 0;
    double confidence = 0;
    double riskScore = 0;
    double predictedDrawdown = 0;
    bool priceValidated = false;
    bool riskValidated = false;
    QDate expiresOn;
    /** "unvalidated" when the price model failed the gate, else empty: the mark every view shows. */
    QString mark() const { return priceValidated ? QString() : QStringLiteral("unvalidated"); }
    bool expiredOn(const QDate& today) const { return !expiresOn.isValid() || today > expiresOn; }
};

/**
 * Stored cross-sectional models and their per-symbol scores. save() writes a model, its two boosters and
 * its scores (replacing earlier scores of the same symbols and as-of day); call it inside a
 * Transaction so all of it commits together. Works on the calling thread's connection.
 */
class CrossSectionRepository
{
public:
    explicit CrossSectionRepository(const Database& db)
        : m_db(db)
    {}

    /** Stores a training result; returns the new model id. */
    [[nodiscard]] Result<qint64>
    save(const Ml::XsResult& result, const QString& selection, qint64 runId, double seconds);
    /** The stored models, newest first (metrics JSON included only when withMetrics). */
    [[nodiscard]] Result<QList<XsModelRow>> list(int limit = 50, bool withMetrics = false);
    [[nodiscard]] Result<std::optional<XsModelRow>> get(qint64 id);
    /** The scores a model wrote, by ticker. */
    [[nodiscard]] Result<QList<XsScoreRow>> scoresOf(qint64 modelId);
    /** Every symbol's newest score (latest as-of day), by ticker. */
    [[nodiscard]] Result<QList<XsScoreRow>> latestScores();
    /** One symbol's newest score (latest as-of day), if any. */
    [[nodiscard]] Result<std::optional<XsScoreRow>> latestScoreOf(const QString& ticker);
    /** How many symbols a model scored on one as-of day (the population of its percentiles). */
    [[nodiscard]] Result<int> scoredCount(qint64 modelId, const QDate& asOf);
    /** The stored booster of a model and target ("price" / "risk"); empty when missing. */
    [[nodiscard]] Result<QByteArray> blob(qint64 modelId, const QString& target);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
