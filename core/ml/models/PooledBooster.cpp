#include "core/ml/models/PooledBooster.h"

#include <stdexcept>
#include <string>

#include "core/ml/models/XgbSupport.h"

namespace Tessera::Ml {

using namespace Xgb;

QJsonObject PooledBooster::Params::toJson() const
{
    return QJsonObject{
        {QStringLiteral("library"), QStringLiteral("XGBoost C API")},
        {QStringLiteral("mode"), forest ? QStringLiteral("random forest") : QStringLiteral("gbtree")},
        {QStringLiteral("num_parallel_tree"), forest ? trees : 1},
        {QStringLiteral("rounds"), forest ? 1 : rounds},
        {QStringLiteral("max_depth"), maxDepth},
        {QStringLiteral("eta"), forest ? 1.0 : eta},
        {QStringLiteral("subsample"), subsample},
        {QStringLiteral("colsample_bynode"), colsampleByNode},
        {QStringLiteral("colsample_bytree"), colsampleByTree},
        {QStringLiteral("min_child_weight"), minChildWeight},
        {QStringLiteral("lambda"), lambda},
        {QStringLiteral("max_bin"), maxBin},
        {QStringLiteral("tree_method"), QStringLiteral("hist")},
        {QStringLiteral("seed"), QString::number(seed)}};
}

PooledBooster::PooledBooster(Params params)
    : m_params(params)
{
    initLibrary();
}

PooledBooster::~PooledBooster()
{
    if (m_booster != nullptr) {
        XGBoosterFree(static_cast<BoosterHandle>(m_booster));
    }
}

void PooledBooster::fit(const float* x, const float* y, int rows, int columns)
{
    if (rows < 2 || columns < 1) {
        throw std::invalid_argument("the cross-sectional model needs at least two rows and one feature");
    }
    if (m_booster != nullptr) {
        XGBoosterFree(static_cast<BoosterHandle>(m_booster));
        m_booster = nullptr;
    }
    m_columns = columns;
    const int threads = std::max(1, m_params.threads);
    Matrix train(x, rows, columns, y, threads);
    DMatrixHandle cache[1] = {train.handle()};
    BoosterHandle b = nullptr;
    check(XGBoosterCreate(cache, 1, &b), "booster");
    try {
        const double mean = meanLabel(y, rows);
        const auto set = [b](const char* name, const std::string& value) {
            check(XGBoosterSetParam(b, name, value.c_str()), name);
        };
        set("booster", "gbtree");
        set("objective", "reg:squarederror");
        set("tree_method", "hist");
        set("nthread", std::to_string(threads));
        set("max_depth", std::to_string(m_params.maxDepth));
        set("min_child_weight", num(m_params.minChildWeight));
        set("lambda", num(m_params.lambda));
        set("max_bin", std::to_string(m_params.maxBin));
        set("subsample", num(m_params.subsample));
        set("colsample_bynode", num(m_params.colsampleByNode));
        set("colsample_bytree", num(m_params.colsampleByTree));
        set("base_score", num(mean));
        set("seed", std::to_string(m_params.seed));
        int rounds = m_params.rounds;
        if (m_params.forest) {
            // XGBoost's documented random-forest recipe: all trees in one round, no shrinkage.
            set("num_parallel_tree", std::to_string(m_params.trees));
            set("eta", "1");
            rounds = 1;
        } else {
            set("eta", num(m_params.eta));
        }
        for (int round = 0; round < rounds; ++round) {
            check(XGBoosterUpdateOneIter(b, round, train.handle()), "update");
        }
    } catch (...) {
        XGBoosterFree(b);
        throw;
    }
    m_booster = b;
}

std::vector<double> PooledBooster::predict(const float* x, int rows) const
{
    if (m_booster == nullptr) {
        throw std::logic_error("cross-sectional model used before fit");
    }
    return Xgb::predict(static_cast<BoosterHandle>(m_booster), x, rows, m_columns, m_params.threads);
}

QByteArray PooledBooster::payload() const
{
    return saveUbj(static_cast<BoosterHandle>(m_booster));
}

void PooledBooster::load(const QByteArray& payload, int columns)
{
    BoosterHandle b = loadUbj(payload);
    if (m_booster != nullptr) {
        XGBoosterFree(static_cast<BoosterHandle>(m_booster));
    }
    m_booster = b;
    m_columns = columns;
    m_params.threads = 1; // as loaded (loadUbj)
}

} // namespace Tessera::Ml
