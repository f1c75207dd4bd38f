#include "core/ml/models/GradientBoostingModel.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

#include "core/ml/WalkForward.h"
#include "core/ml/models/XgbSupport.h"

namespace Tessera::Ml {

using namespace Xgb;

namespace {

std::vector<float> toFloat(const double* v, size_t n)
{
    std::vector<float> out(n);
    for (size_t i = 0; i < n; ++i) {
        out[i] = static_cast<float>(v[i]);
    }
    return out;
}

/** "[12]\tval-rmse:0.0123" → 0.0123 (XGBoosterEvalOneIter's format). */
double parseEval(const char* text)
{
    const char* colon = std::strrchr(text, ':');
    return colon != nullptr ? std::strtod(colon + 1, nullptr) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

GradientBoostingModel::GradientBoostingModel(const ModelParams& params, bool forest)
    : m_params(params)
    , m_forest(forest)
{
    initLibrary();
}

GradientBoostingModel::~GradientBoostingModel()
{
    if (m_booster != nullptr) {
        XGBoosterFree(static_cast<BoosterHandle>(m_booster));
    }
}

void* GradientBoostingModel::trainBooster(const float* x,
                                          const float* y,
                                          int rows,
                                          const float* vx,
                                          const float* vy,
                                          int vrows,
                                          int maxRounds,
                                          int* bestRounds) const
{
    Matrix train(x, rows, m_columns, y, 1);
    std::unique_ptr<Matrix> valid;
    if (vrows > 0) {
        valid = std::make_unique<Matrix>(vx, vrows, m_columns, vy, 1);
    }
    DMatrixHandle cache[2] = {train.handle(), valid ? valid->handle() : nullptr};
    BoosterHandle b = nullptr;
    check(XGBoosterCreate(cache, valid ? 2 : 1, &b), "booster");
    try {
        // The mean return as base score: XGBoost 1.7 starts from 0.5, absurd for daily log returns,
        // and early stopping would then spend its rounds walking down from 0.5.
        const double mean = meanLabel(y, rows);
        setParam(b, "booster", "gbtree");
        setParam(b, "objective", "reg:squarederror");
        setParam(b, "tree_method", "hist");
        if (m_forest) {
            // Breiman's forest in XGBoost's documented random-forest mode: one round of parallel trees,
            // each on a row subsample (without replacement, the bootstrap's expected 63.2 % unique rows)
            // with a feature subsample per split; eta 1 and lambda 0 make each leaf the plain mean of its
            // rows and the prediction the trees' average. Depth is bounded by rows per leaf, as in dlib.
            setParam(b, "num_parallel_tree", std::to_string(m_params.rfTrees));
            setParam(b, "subsample", "0.632");
            setParam(b, "colsample_bynode", num(m_params.rfFeatureFraction));
            setParam(b, "eta", "1");
            setParam(b, "lambda", "0");
            setParam(b, "max_depth", std::to_string(m_params.rfMaxDepth));
            setParam(b, "min_child_weight", std::to_string(m_forestLeaf));
            setParam(b, "max_bin", std::to_string(m_params.gbmMaxBin));
            setParam(b, "base_score", num(mean));
            setParam(b, "seed", std::to_string(m_params.seed));
            setParam(b, "nthread", std::to_string(std::max(1, m_params.threads)));
            check(XGBoosterUpdateOneIter(b, 0, train.handle()), "update");
            return b;
        }
        setParam(b, "max_depth", std::to_string(m_params.gbmMaxDepth));
        setParam(b, "eta", num(m_params.gbmEta));
        setParam(b, "subsample", num(m_params.gbmSubsample));
        setParam(b, "colsample_bytree", num(m_params.gbmColsample));
        setParam(b, "min_child_weight", num(m_params.gbmMinChildWeight));
        setParam(b, "lambda", num(m_params.gbmLambda));
        setParam(b, "max_bin", std::to_string(m_params.gbmMaxBin));
        setParam(b, "base_score", num(mean));
        setParam(b, "seed", std::to_string(m_params.seed));
        // One OpenMP thread whatever the budget: on a few hundred rows fork/join and spin-waiting cost
        // more than a second thread saves (measured: with nthread 2, 74 % of the CPU went to libgomp
        // spinning while dlib built forests). The budget goes to dlib's pool instead.
        setParam(b, "nthread", "1");
        setParam(b, "eval_metric", "rmse");

        double best = std::numeric_limits<double>::infinity();
        int bestAt = 0;
        const char* names[1] = {"val"};
        for (int round = 0; round < maxRounds; ++round) {
            check(XGBoosterUpdateOneIter(b, round, train.handle()), "update");
            if (!valid) {
                continue;
            }
            DMatrixHandle evals[1] = {valid->handle()};
            const char* out = nullptr;
            check(XGBoosterEvalOneIter(b, round, evals, names, 1, &out), "eval");
            const double rmse = parseEval(out);
            if (rmse < best) {
                best = rmse;
                bestAt = round;
            } else if (round - bestAt >= m_params.gbmEarlyStoppingRounds) {
                break;
            }
        }
        if (bestRounds != nullptr) {
            *bestRounds = valid ? bestAt + 1 : maxRounds;
        }
    } catch (...) {
        XGBoosterFree(b);
        throw;
    }
    return b;
}

void GradientBoostingModel::fit(const TrainingView& rows)
{
    if (rows.rows < 2 || rows.columns < 1) {
        throw std::invalid_argument("gradient boosting needs at least two rows and one feature");
    }
    if (m_booster != nullptr) {
        XGBoosterFree(static_cast<BoosterHandle>(m_booster));
        m_booster = nullptr;
    }
    m_columns = rows.columns;
    const size_t cols = static_cast<size_t>(rows.columns);
    const std::vector<float> x = toFloat(rows.x, static_cast<size_t>(rows.rows) * cols);
    const std::vector<float> y = toFloat(rows.y, static_cast<size_t>(rows.rows));
    if (m_forest) {
        // The same rows-per-leaf rule as the dlib forest (RandomForestModel::fit).
        m_forestLeaf = forestLeafRows(m_params, rows.rows);
        m_rounds = 1;
        m_booster = trainBooster(x.data(), y.data(), rows.rows, nullptr, nullptr, 0, 1, nullptr);
        m_baseScore = 0;
        for (float v : y) {
            m_baseScore += v;
        }
        m_baseScore /= rows.rows;
        return;
    }

    // Early stopping inside the training window: the last share of its rows validate, the rows whose
    // targets reach into that tail are purged (as between folds), the rest fit.
    const int validRows =
        std::max(10, static_cast<int>(std::lround(rows.rows * m_params.gbmValidationFraction)));
    const int validBegin = rows.rows - validRows;
    int fitEnd = 0;
    if (validBegin > 0) {
        fitEnd = purgedTrainEnd(rows.barIndex, rows.rows, validBegin, rows.horizon);
    }
    int chosen = 0;
    if (fitEnd >= 20) {
        BoosterHandle probe =
            static_cast<BoosterHandle>(trainBooster(x.data(),
                                                    y.data(),
                                                    fitEnd,
                                                    x.data() + static_cast<size_t>(validBegin) * cols,
                                                    y.data() + validBegin,
                                                    validRows,
                                                    m_params.gbmMaxRounds,
                                                    &chosen));
        XGBoosterFree(probe);
    } else {
        // Too few rows to hold any out: a short, heavily damped ensemble (eta × rounds ≈ 1).
        chosen = std::min(m_params.gbmMaxRounds, static_cast<int>(std::ceil(1.0 / m_params.gbmEta)));
    }
    m_rounds = std::max(1, chosen);
    m_booster = trainBooster(x.data(), y.data(), rows.rows, nullptr, nullptr, 0, m_rounds, nullptr);
    m_baseScore = 0;
    for (float v : y) {
        m_baseScore += v;
    }
    m_baseScore /= rows.rows;
}

std::vector<double> GradientBoostingModel::predict(const double* x, int rows) const
{
    if (m_booster == nullptr) {
        throw std::logic_error("gradient boosting used before fit");
    }
    if (rows <= 0) {
        return {};
    }
    const std::vector<float> xf = toFloat(x, static_cast<size_t>(rows) * static_cast<size_t>(m_columns));
    return Xgb::predict(static_cast<BoosterHandle>(m_booster), xf.data(), rows, m_columns, 1);
}

QByteArray GradientBoostingModel::payload() const
{
    return saveUbj(static_cast<BoosterHandle>(m_booster));
}

void GradientBoostingModel::load(const QByteArray& payload, int columns)
{
    BoosterHandle b = loadUbj(payload);
    int rounds = 0;
    XGBoosterBoostedRounds(b, &rounds);
    if (m_booster != nullptr) {
        XGBoosterFree(static_cast<BoosterHandle>(m_booster));
    }
    m_booster = b;
    m_rounds = rounds;
    m_columns = columns;
}

QJsonObject GradientBoostingModel::params() const
{
    if (m_forest) {
        return QJsonObject{{QStringLiteral("library"), QStringLiteral("XGBoost C API, random-forest mode")},
                           {QStringLiteral("trees"), m_params.rfTrees},
                           {QStringLiteral("minSamplesPerLeaf"), m_forestLeaf},
                           {QStringLiteral("featureFraction"), m_params.rfFeatureFraction},
                           {QStringLiteral("rowSubsample"), 0.632},
                           {QStringLiteral("max_depth"), m_params.rfMaxDepth},
                           {QStringLiteral("seed"), QString::number(m_params.seed)}};
    }
    return QJsonObject{{QStringLiteral("library"), QStringLiteral("XGBoost C API")},
                       {QStringLiteral("booster"), QStringLiteral("gbtree")},
                       {QStringLiteral("objective"), QStringLiteral("reg:squarederror")},
                       {QStringLiteral("tree_method"), QStringLiteral("hist")},
                       {QStringLiteral("max_depth"), m_params.gbmMaxDepth},
                       {QStringLiteral("eta"), m_params.gbmEta},
                       {QStringLiteral("subsample"), m_params.gbmSubsample},
                       {QStringLiteral("colsample_bytree"), m_params.gbmColsample},
                       {QStringLiteral("min_child_weight"), m_params.gbmMinChildWeight},
                       {QStringLiteral("lambda"), m_params.gbmLambda},
                       {QStringLiteral("max_bin"), m_params.gbmMaxBin},
                       {QStringLiteral("maxRounds"), m_params.gbmMaxRounds},
                       {QStringLiteral("earlyStoppingRounds"), m_params.gbmEarlyStoppingRounds},
                       {QStringLiteral("validationFraction"), m_params.gbmValidationFraction},
                       {QStringLiteral("base_score"), m_baseScore},
                       {QStringLiteral("rounds"), m_rounds},
                       {QStringLiteral("seed"), QString::number(m_params.seed)}};
}

} // namespace Tessera::Ml
