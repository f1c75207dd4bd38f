#pragma once

#include <memory>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/ml/FeatureTable.h"
#include "core/ml/models/Model.h"

namespace Tessera::Ml {

/**
 * A forecast as the prediction cache holds it. Units: predictedReturn is a log return over `horizon`
 * trading days from the as-of close; predictedPrice = close(asOf) · exp(predictedReturn), in the
 * traded (unadjusted) currency units.
 *
 * confidence ∈ [0, 1] is the model's out-of-sample skill, max(0, IC): the Spearman rank correlation
 * between its walk-forward forecasts and the realised returns. 0 means no demonstrated skill — it is not
 * a probability of being right, and the out-of-sample metrics beside the baselines say how good it is.
 */
struct Prediction
{
    QString algorithm; ///< "rf", "gbm", "linear" or "consensus"
    int horizon = 1;
    QDate asOf;
    double predictedReturn = 0;
    double predictedPrice = 0;
    double confidence = 0;
    bool productionReady = false;
    qint64 modelId = 0; ///< stored model row (0 for consensus and unsaved models)
    int modelVersion = 0;
};

/** A fitted model with what the predictor needs to use and weigh it. */
struct ScoredModel
{
    Algorithm algorithm = Algorithm::Ridge;
    int horizon = 1;
    std::shared_ptr<const Model> model;
    QString schemaHash;
    double ic = 0; ///< pooled out-of-sample IC (NaN allowed: no skill)
    bool productionReady = false;
    qint64 modelId = 0;
    int version = 0;
};

/** Forecasts plus the models that were not used and why. */
struct PredictionSet
{
    QList<Prediction> predictions;
    QStringList skipped;
};

/**
 * Every model's forecast at the table's last complete row, then one consensus per horizon. A model
 * whose schema hash differs from the table's is never used (its features would be misread); it is
 * listed in `skipped`. Pure; thread-safe for distinct models.
 */
PredictionSet predictLatest(const FeatureTable& table, const QList<ScoredModel>& models);

/**
 * The consensus of one horizon's model forecasts, weighted by out-of-sample skill:
 *   contributors  the production-ready models of the horizon, or all of them when none is
 *   weights       w_m = confidence_m = max(0, IC_m); equal weights (and confidence 0) when all are 0
 *   return        Σ w_m r_m / Σ w_m;   confidence Σ w_m² / Σ w_m (the weighted mean skill)
 *   ready         when any contributor is production ready
 * IC rather than R² weighs the models because daily-return R² is negative for almost every model
 * out of sample, while the ranking skill IC measures is what a forecast is used for.
 */
Prediction consensus(const QList<Prediction>& horizonPredictions, double asOfClose);

} // namespace Tessera::Ml
