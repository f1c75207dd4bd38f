#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QJsonObject>

#include "core/common/Result.h"
#include "core/ml/MlTypes.h"

namespace Tessera::Ml {

/**
 * Training rows as a model sees them: row-major features, targets, and the bar (table row) of each
 * row, so a model that holds out a validation tail can purge it by `horizon` bars like the folds do.
 * A view: the caller keeps the arrays alive during fit().
 */
struct TrainingView
{
    const double* x = nullptr;
    const double* y = nullptr;
    const int* barIndex = nullptr;
    int rows = 0;
    int columns = 0;
    int horizon = 1;
};

/**
 * Hyper-parameters of the three model families (defaults chosen for ~300–1,000 rows of noisy daily
 * returns per stock; the reasons are in the .cpp files). `threads` is the number of library threads
 * one fit may use: it sizes dlib's process-wide pool (once, see MlThreads.h). XGBoost always runs with
 * nthread = 1 (see GradientBoostingModel.cpp). `seed` makes forests and subsampling reproducible bit
 * for bit.
 */
struct ModelParams
{
    int rfTrees = 100;
    int rfMinSamplesPerLeaf = 20;
    double rfFeatureFraction = 0.2;
    /**
     * Build the random forest with XGBoost's random-forest mode (one round of rfTrees parallel trees on
     * 63.2 % row subsamples, rfFeatureFraction of the features per split, leaves the plain mean) instead
     * of dlib's trainer: the same algorithm family at a fraction of the cost on long histories (issue 21:
     * 4,400 hourly rows per pair, where dlib took ~30 ms a tree). Hourly models use it by default.
     */
    bool rfXgboost = false;

    int gbmMaxDepth = 3;
    double gbmEta = 0.05;
    int gbmMaxRounds = 300;
    int gbmEarlyStoppingRounds = 25;
    double gbmValidationFraction = 0.2;
    double gbmSubsample = 0.8;
    double gbmColsample = 0.8;
    double gbmMinChildWeight = 5;
    double gbmLambda = 1;
    int gbmMaxBin = 64;

    int threads = 1;
    quint64 seed = 7;
};

/**
 * A fitted per-stock regression model of one family. fit() replaces any earlier fit; it may throw
 * (dlib and the XGBoost wrapper report failures as exceptions) and the Trainer turns that into a
 * "library error". predict() is const and thread-safe for distinct instances; not for one instance
 * used by several threads at once (XGBoost handles are not).
 */
class Model
{
public:
    virtual ~Model() = default;
    virtual Algorithm algorithm() const = 0;
    virtual void fit(const TrainingView& rows) = 0;
    /** Forecasts for `rows` row-major rows of the fitted column count. */
    virtual std::vector<double> predict(const double* x, int rows) const = 0;
    virtual int columns() const = 0;
    /** The fitted state in the family's own format (dlib serialize, XGBoost UBJ, ridge doubles). */
    virtual QByteArray payload() const = 0;
    /** Hyper-parameters plus what the fit chose (boosting rounds, ridge λ), stored as JSON. */
    virtual QJsonObject params() const = 0;
    /** Boosting rounds the last fit chose, or -1 for other families. */
    virtual int rounds() const { return -1; }
};

/** An unfitted model of family a. */
std::unique_ptr<Model> makeModel(Algorithm a, const ModelParams& params);

/** A fitted model of family a from its payload (the inverse of payload()); errors name the family. */
[[nodiscard]] Result<std::unique_ptr<Model>>
restoreModel(Algorithm a, const QByteArray& payload, int columns, const ModelParams& params);

} // namespace Tessera::Ml
