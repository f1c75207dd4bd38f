#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/ml/Evaluation.h"
#include "core/ml/FeatureTable.h"
#include "core/ml/models/Model.h"

namespace Tessera::Ml {

/** Why a symbol (or one horizon of it) could not be trained: the reasons the task reports. */
enum class TrainFailure
{
    NoData,              ///< no bars, or no row with complete features
    InsufficientHistory, ///< fewer usable rows than the minimum, or folds too small
    DegenerateTarget,    ///< the forward returns do not vary (a constant price)
    LibraryError,        ///< dlib, XGBoost or Eigen failed
};

/** "no data", "insufficient history", "degenerate target", "library error": how reasons begin. */
QString toString(TrainFailure f);

/** What to train for one symbol and how to validate it. */
struct TrainConfig
{
    QList<Algorithm> algorithms = allAlgorithms();
    std::vector<int> horizons = defaultHorizons(); ///< trading days
    int folds = 3;         ///< equal-block folds when foldBars is 0 or the history is too short for it
    int foldBars = 63;     ///< test rows per fold (63 trading days: quarterly); 0 = `folds` equal blocks
    int maxFolds = 12;     ///< at most this many fixed-length folds (the oldest blocks train only)
    int minRows = 120;     ///< usable rows a horizon needs (features complete and target known)
    int minTrainRows = 40; ///< rows the first fold must train on
    ModelParams params;
    Gate gate;
    QDate asOf;                   ///< use only bars dated on or before (invalid = all bars)
    bool keepOutOfSample = false; ///< fill ModelResult::oosDays/oosPredictions (tests, diagnostics)
};

/** One trained (algorithm, horizon): its out-of-sample record and the final model refit on all rows. */
struct ModelResult
{
    Algorithm algorithm = Algorithm::Ridge;
    int horizon = 1;
    QJsonObject params; ///< hyper-parameters and fitted choices of the final model
    Evaluation evaluation;
    int usableRows = 0;
    int excludedIncomplete = 0;
    int excludedNoTarget = 0;
    QDate dataFrom;                     ///< first training row of the final model
    QDate dataTo;                       ///< last training row of the final model
    std::shared_ptr<Model> model;       ///< the final model, fitted on every usable row
    QByteArray blob;                    ///< ModelBlob::encode(*model)
    double seconds = 0;                 ///< walk-forward plus final fit
    std::vector<qint64> oosDays;        ///< test rows' dates (Julian days), when keepOutOfSample
    std::vector<double> oosPredictions; ///< the fold models' forecasts for them
};

/** Everything trained for one symbol. */
struct SymbolTraining
{
    QString schemaHash;
    int schemaVersion = 0;
    int columns = 0;
    QDate lastBar; ///< the last bar the training saw (the as-of of the data)
    QList<ModelResult> models;
    QStringList notes; ///< horizons that could not be trained, with the reason
};

/**
 * Trains config.algorithms × config.horizons for one symbol (SPEC §6). Per horizon h: the Dataset
 * (forward log returns), K expanding walk-forward folds purged by h, every model fitted per fold and
 * scored beside the zero-return and training-mean baselines, the gate applied, then the final model
 * refit on all usable rows. Deterministic: the same table and config give bit-identical models,
 * metrics and forecasts, whatever the thread counts. Rows after config.asOf are never read.
 *
 * Fails (error message beginning with a TrainFailure text) when no horizon can be trained or a library
 * throws; horizons that alone lack history are skipped and named in notes. Cancelled error when
 * isCanceled() turns true between models. Thread-safe for distinct tables; `symbol` only names logs.
 */
[[nodiscard]] Result<SymbolTraining> trainSymbol(const QString& symbol,
                                                 const FeatureTable& table,
                                                 const TrainConfig& config,
                                                 const std::function<bool()>& isCanceled = {});

/** One line for the log: symbol, model, horizon, out-of-sample metrics beside the baselines, verdict. */
QString describeModel(const QString& symbol, const ModelResult& m);

} // namespace Tessera::Ml
