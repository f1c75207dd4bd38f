#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QHash>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/ml/Predictor.h"
#include "core/ml/Trainer.h"
#include "core/store/Database.h"
#include "core/store/ModelRepository.h"

namespace Tessera::Tasks {

// What the per-symbol training kinds (train: daily bars, train-hourly: hourly bars) share around the
// models they store: one place for the settings they start from, for reusing a stored model in an
// incremental update, and for writing a symbol's new model versions.

/** The stored values of Ml::trainParameters() (empty ones left out): what a run's overrides apply to. */
[[nodiscard]] Result<QHash<QString, QString>> storedTrainSettings(const Store::Database& db);

/** A model trained now, as the predictor uses it (its id and version are not known until stored). */
Ml::ScoredModel scoredModel(const Ml::ModelResult& trained, const QString& schemaHash);

/**
 * The stored model `stored` ready to predict with again (an incremental update keeps it): its blob read
 * through repo and decoded with params. nullopt when the blob no longer decodes (logged as
 * "<logTag>: SYMBOL ALGO HORIZON: stored model unusable (...); retraining it"), so the caller retrains it.
 */
[[nodiscard]] Result<std::optional<Ml::ScoredModel>> reusableModel(Store::ModelRepository& repo,
                                                                   const Store::StoredModel& stored,
                                                                   const Ml::ModelParams& params,
                                                                   const char* logTag,
                                                                   const QString& horizonLabel);

/**
 * Incremental mode's "nothing new": true when at least one stored model of the selection (one of
 * algorithms × horizons, trained on schemaHash) exists and none of them isBehind the newest bar. Models
 * that could never be trained (e.g. 21D on a short history) do not count, or such a symbol would be refit
 * on every update without new data.
 */
bool selectionUpToDate(const QList<Store::StoredModel>& latest,
                       const QString& schemaHash,
                       const QList<Ml::Algorithm>& algorithms,
                       const std::vector<int>& horizons,
                       const std::function<bool(const Store::StoredModel&)>& isBehind);

/** The model of (algorithm, horizon) trained on schemaHash among latest, or nullptr. */
const Store::StoredModel* findModel(const QList<Store::StoredModel>& latest,
                                    Ml::Algorithm algorithm,
                                    int horizon,
                                    const QString& schemaHash);

/**
 * Stores each model of training as a new version of symbol's (algorithm, horizon) model (lastHour 0 for
 * daily models), then prunes each to its `keep` newest versions. Runs inside the caller's transaction.
 * Returns the stored rows, with the ids and versions store() assigned, in the order of training.models.
 */
[[nodiscard]] Result<QList<Store::StoredModel>> storeModelVersions(Store::ModelRepository& models,
                                                                   const QString& symbol,
                                                                   const Ml::SymbolTraining& training,
                                                                   qint64 lastHour,
                                                                   qint64 runId,
                                                                   int keep,
                                                                   const QDateTime& trainedAt);

/**
 * Points every prediction made by a model stored now (same algorithm id and horizon) at its stored id
 * and version. Prediction: Ml::Prediction or Store::HourlyPrediction (algorithm text, horizon, modelId,
 * modelVersion).
 */
template <class Prediction>
void linkPredictions(QList<Prediction>& predictions, const QList<Store::StoredModel>& stored)
{
    for (const Store::StoredModel& s : stored) {
        for (Prediction& p : predictions) {
            if (p.algorithm == Ml::toString(s.algorithm) && p.horizon == s.horizon) {
                p.modelId = s.id;
                p.modelVersion = s.version;
            }
        }
    }
}

} // namespace Tessera::Tasks
