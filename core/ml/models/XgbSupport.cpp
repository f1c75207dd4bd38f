#include "core/ml/models/XgbSupport.h"

#include <cstdio>
#include <limits>
#include <mutex>
#include <stdexcept>

#include "core/common/Log.h"

namespace Tessera::Ml::Xgb {

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

void setParam(BoosterHandle booster, const char* name, const std::string& value)
{
    check(XGBoosterSetParam(booster, name, value.c_str()), name);
}

double meanLabel(const float* y, int rows)
{
    double mean = 0;
    for (int i = 0; i < rows; ++i) {
        mean += static_cast<double>(y[i]);
    }
    return rows > 0 ? mean / rows : 0.0;
}

Matrix::Matrix(const float* x, int rows, int columns, const float* labels, int threads)
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

Matrix::~Matrix()
{
    XGDMatrixFree(m_handle);
}

std::vector<double> predict(BoosterHandle booster, const float* x, int rows, int columns, int threads)
{
    std::vector<double> out(static_cast<size_t>(std::max(rows, 0)));
    if (rows <= 0) {
        return out;
    }
    Matrix m(x, rows, columns, nullptr, std::max(1, threads));
    const bst_ulong* shape = nullptr;
    bst_ulong dim = 0;
    const float* result = nullptr;
    check(
        XGBoosterPredictFromDMatrix(
            booster,
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

QByteArray saveUbj(BoosterHandle booster)
{
    if (booster == nullptr) {
        return {};
    }
    bst_ulong len = 0;
    const char* data = nullptr;
    check(XGBoosterSaveModelToBuffer(booster, R"({"format": "ubj"})", &len, &data), "save");
    return QByteArray(data, static_cast<qsizetype>(len));
}

BoosterHandle loadUbj(const QByteArray& payload)
{
    BoosterHandle b = nullptr;
    check(XGBoosterCreate(nullptr, 0, &b), "booster");
    // One thread from the start: loading parses the model with the booster's thread count, and an
    // OpenMP team started for it spins on the other core afterwards (an incremental hourly update
    // loads six boosters per pair).
    XGBoosterSetParam(b, "nthread", "1");
    if (XGBoosterLoadModelFromBuffer(b, payload.constData(), static_cast<bst_ulong>(payload.size())) != 0) {
        const std::string message = XGBGetLastError();
        XGBoosterFree(b);
        throw std::runtime_error("XGBoost load: " + message);
    }
    XGBoosterSetParam(b, "nthread", "1");
    return b;
}

} // namespace Tessera::Ml::Xgb
