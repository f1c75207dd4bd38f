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
    /**
     * Random-forest bounds, measured on the 50 NSE stocks (2026-12-07; 1D / 5D / 21D median of the MSE
     * above the better naive baseline): dlib with a 10-row split minimum: 10.8 / 25.0 / 42.7 %; XGBoost's
     * forest, depth 6, leaves ≥ 20 rows: 2.7 / 11.1 / 27.8 %; depth 4, leaves ≥ 20 rows and ≥ 8 % of the
     * training rows: 2.1 / 8.7 / 22.3 %; ≥ 20 %: 0.8 / 3.2 / 9.0 % (the defaults; gradient boosting:
     * 0.8 / 6.7 / 9.5 %). A fixed 100-row leaf did as well on long histories but stopped short ones
     * (75 training rows in a first fold) from splitting at all. Daily returns carry little signal: a
     * forest that can fit single weeks only adds variance.
     */
    int rfMinSamplesPerLeaf = 20;
    double rfMinLeafShare = 0.2; ///< …and at least this share of the training rows (long histories)
    double rfFeatureFraction = 0.2;
    int rfMaxDepth = 4; ///< XGBoost-built forests only (dlib's trees have no depth limit)
    /**
     * Build the random forest with XGBoost's random-forest mode (one round of rfTrees parallel trees on
     * 63.2 % row subsamples, rfFeatureFraction of the features per split, leaves the plain mean, each
     * leaf at least rfMinSamplesPerLeaf rows, depth at most rfMaxDepth) instead of dlib's trainer, whose
     * setting only stops splitting nodes below it (children can be smaller) and which has no depth
     * limit. Setting train/rf/engine; the default since issue 15.
     */
    bool rfXgboost = true;

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

/** Fewest training rows a forest leaf may hold: the setting, and a share of the rows on long histories. */
int forestLeafRows(const ModelParams& params, int trainingRows);

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
