#pragma once

#include <map>
#include <vector>

#include <QJsonObject>
#include <QStringList>

#include "core/common/Result.h"
#include "core/ml/MlTypes.h"
#include "core/ml/TrainSettings.h"
#include "core/store/Database.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/**
 * The "train" task kind: "Train models" (seeds 000 and 001). Parameters (JSON, stored with the run):
 *   tickers        selection (array); missing/empty = every symbol with stored bars
 *   mode           "full" (default): train every selected model;
 *                  "incremental": only symbols with bars newer than their models; ridge is refit,
 *                  random forest and gradient boosting are retrained only when older than
 *                  train/maxModelAgeDays (else kept and re-used), predictions are always refreshed
 *   algos          "rf,gbm,linear" (default all)
 *   horizons       "1,5,21" trading days (default)
 *   maxConcurrent  the run's worker count (0/missing = one per core), to cap library threads so that
 *                  workers × inner threads ≤ cores
 *   settings       {key: text} overrides of trainParameters() for this run
 *   asOf           ISO date: train and predict from bars up to it only (TrainConfig::asOf); missing = all
 * Symbols are ordered most liquid first (mean close × volume of the last 20 bars). One step, "train":
 * load bars → features → walk-forward + final fits → predictions, then one transaction stores the
 * symbol's new model versions (pruned to train/keepVersions) and replaces its cached predictions, so a
 * resumed run never redoes a finished symbol. Failure reasons start with "no data", "insufficient
 * history", "degenerate target" or "library error".
 */
TaskKind trainTaskKind();

/** Parameters of a train run (empty lists/strings = the defaults). */
QJsonObject trainParams(const QStringList& tickers,
                        const QString& mode = QStringLiteral("full"),
                        const QString& algos = {},
                        const QString& horizons = {},
                        int maxConcurrent = 0);

/** p10 / median / p90 of one metric over models (NaN-free values only; n = how many). */
struct Distribution
{
    int n = 0;
    double p10 = 0;
    double median = 0;
    double p90 = 0;
};

/** The metric distributions of one (algorithm, horizon) over the models of a run or a store. */
struct ModelGroupSummary
{
    Ml::Algorithm algorithm = Ml::Algorithm::Ridge;
    int horizon = 1;
    int models = 0;
    int productionReady = 0;
    Distribution ic;       ///< out-of-sample Spearman IC (baseline: 0)
    Distribution hitRate;  ///< out-of-sample directional hit rate
    Distribution baseHit;  ///< the training-mean baseline's hit rate on the same rows
    Distribution r2;       ///< out-of-sample R²
    Distribution mseSkill; ///< 1 − MSE / MSE of the better baseline
};

/** What `tessera-cli train` prints after a run and the GUI's train dialog shows. */
struct TrainSummary
{
    int symbols = 0; ///< symbols with models written
    int models = 0;  ///< models written
    int productionReadyModels = 0;
    int productionReadySymbols = 0;   ///< symbols with at least one production-ready model
    double meanStoredKBPerSymbol = 0; ///< compressed blobs kept per symbol (all versions)
    QList<ModelGroupSummary> groups;  ///< by horizon, then algorithm
    bool hourly = false;              ///< hourly models: horizons are hours
    double chancePassShare = 0;       ///< Ml::chancePassShare of the stored gate (multiple testing)
};

/** The training settings stored in db, resolved (defaults where unset). */
[[nodiscard]] Result<Ml::TrainSettings> resolvedTrainSettings(const Store::Database& db);

/** The summary of the models a run wrote (runId), or of every symbol's newest models (runId = 0). */
[[nodiscard]] Result<TrainSummary> trainSummary(const Store::Database& db, qint64 runId, bool hourly = false);

/** Distribution of values (NaNs dropped); linear interpolation between order statistics. */
Distribution distributionOf(std::vector<double> values);

} // namespace Tessera::Tasks
