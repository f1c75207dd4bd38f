#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "core/ml/Evaluation.h"
#include "core/ml/HourlyFeatures.h"
#include "core/ml/Predictor.h"
#include "core/store/HourlyPredictionRepository.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/**
 * The "train-hourly" task kind: "Train hourly models" (issue 21, seed 001's crypto schedule).
 * Parameters (JSON, stored with the run):
 *   tickers        selection; missing/empty = the members of fromUniverse, else every symbol with stored
 *                  hourly bars
 *   fromUniverse   a stored universe whose members (when the run is planned) are the selection
 *   provider       optional --provider spec (binance): load the selection's new bars first, as the "load"
 *                  kind does in the same run (its "settings" and "rememberProvider" apply), then train
 *   mode           "full" (default): every model of the selection is trained on the last
 *                  train/hourly/fullWindowDays (182) days of hourly bars;
 *                  "incremental": symbols with no hour newer than their models are skipped; for the
 *                  others features and predictions are refreshed from all stored hours, ridge (the cheap
 *                  model) is refit on the window, rf and gbm are kept unless missing, of another feature
 *                  schema or older than train/maxModelAgeDays (7: the weekly full retrain), then retrained
 *   algos          "rf,gbm,linear" (default all)
 *   horizons       hours, "1,6,24" (default: train/hourly/horizons)
 *   maxConcurrent  the run's worker count (caps the libraries' inner threads)
 *   settings       {key: text} overrides of Ml::trainParameters() and hourlyParameters() (and of the
 *                  fetch settings for the load)
 * Per horizon h (hours, = bars ahead where no hour is missing): the same Dataset, walk-forward with
 * purge = h, baselines and production-ready gate as the daily models (Ml::trainSymbol). Each symbol's new
 * model versions (table hourly_models, pruned to train/keepVersions) and its predictions (every model and
 * a consensus per horizon, cached in hourly_predictions until as-of + predictions/hourly/ttlHours)
 * commit in one transaction, so a resumed run never redoes a finished symbol.
 */
TaskKind hourlyTrainTaskKind();

/** Parameters of a train-hourly run (empty = defaults). */
QJsonObject hourlyTrainParams(const QStringList& tickers,
                              const QString& mode = QStringLiteral("full"),
                              const QString& algos = {},
                              const QString& horizons = {},
                              int maxConcurrent = 0);

/** A model as the hourly predictor uses it: fitted model and its walk-forward record. */
struct HourlyModel
{
    Ml::ScoredModel scored;
    Ml::Evaluation evaluation;
};

/**
 * Every model's forecast at the table's last complete row and one consensus per horizon (Ml::consensus),
 * as cache rows: as-of = that row's open + 1 h, expiry = as-of + ttlHours, skill from each model's
 * evaluation (the consensus: the mean over the models it combines — the production-ready ones when
 * any). Pure; thread-safe for distinct models.
 */
QList<Store::HourlyPrediction> hourlyForecasts(const QString& symbol,
                                               const Ml::HourlyTable& table,
                                               const QList<HourlyModel>& models,
                                               int ttlHours,
                                               qint64 generatedAt,
                                               QStringList* skipped = nullptr);

} // namespace Tessera::Tasks
