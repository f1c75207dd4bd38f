#include "core/ml/models/PooledBooster.h"

#include <cstdio>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <string>

#include <xgboost/c_api.h>

#include "core/common/Log.h"

namespace Tessera::Ml {
namespace {

void check(int rc, const char* what)
{
    if (rc != 0) {
        throw std::runtime_error(std::string("XGBoost ") + what + ": " + XGBGetLastError());
    }
}

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        XGBRegisterLogCallback([](const char* message) { spdlog::debug("xgboost: {}", message); });
        XGBSetGlobalConfig(R"({"verbosity": 1})");
    });
}

std::string num(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

/** RAII DMatrix over row-major float rows. */
class Matrix
{
public:
    Matrix(const float* x, int rows, int columns, const float* labels, int threads)
    {
        check(XGDMatrixCreateFromMat_omp(x,
                                         static_cast<bst_ulong>(rows),
                                         static_cast<bst_ulong>(columns),
                                         std::numeric_limits<float>::quiet_NaN(),
                                         &m_handle,
                                         threads),
              "DMatrix");
        if (labels != nullptr) {
            check(XGDMatrixSetFloatInfo(m_handle, "label", labels, static_cast<bst_ulong>(rows)), "labels");
        }
    }
    ~Matrix() { XGDMatrixFree(m_handle); }
    Matrix(const Matrix&) = delete;
    Matrix& operator=(const Matrix&) = delete;
    DMatrixHandle handle() const { return m_handle; }

private:
    DMatrixHandle m_handle = nullptr;
};

} // namespace

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
        double mean = 0;
        for (int i = 0; i < rows; ++i) {
            mean += static_cast<double>(y[i]);
        }
        mean /= rows;
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
    std::vector<double> out(static_cast<size_t>(std::max(rows, 0)));
    if (rows <= 0) {
        return out;
    }
    Matrix m(x, rows, m_columns, nullptr, std::max(1, m_params.threads));
    const bst_ulong* shape = nullptr;
    bst_ulong dim = 0;
    const float* result = nullptr;
    check(
        XGBoosterPredictFromDMatrix(
            static_cast<BoosterHandle>(m_booster),
            m.handle(),
            R"({"type": 0, "training": false, "iteration_begin": 0, "iteration_end": 0, "strict_shape": false})",
            &shape,
            &dim,
            &result),
        "predict");
    for (int i = 0; i < rows; ++i) {
        out[static_cast<size_t>(i)] = static_cast<double>(result[i]);
    }
    return out;
}

QByteArray PooledBooster::payload() const
{
    if (m_booster == nullptr) {
        return {};
    }
    bst_ulong len = 0;
    const char* data = nullptr;
    check(XGBoosterSaveModelToBuffer(
              static_cast<BoosterHandle>(m_booster), R"({"format": "ubj"})", &len, &data),
          "save");
    return QByteArray(data, static_cast<qsizetype>(len));
}

} // namespace Tessera::Ml
