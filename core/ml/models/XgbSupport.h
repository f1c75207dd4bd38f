#pragma once

#include <string>
#include <vector>

#include <xgboost/c_api.h>

#include <QByteArray>

/**
 * The XGBoost C API plumbing shared by the per-stock boosters (GradientBoostingModel) and the pooled
 * cross-sectional ones (PooledBooster): error checks, one-time log routing, a RAII DMatrix, prediction
 * and the UBJ payload. Included by .cpp files only, so xgboost/c_api.h stays out of public headers.
 */
namespace Tessera::Ml::Xgb {

/** Throws std::runtime_error with the library's own message when an XGBoost call fails. */
void check(int rc, const char* what);

/** Routes XGBoost's console messages into the engine log once per process (they go to stdout otherwise). */
void initLibrary();

/** A double as XGBoost parameter text, round-trip exact. */
std::string num(double v);

void setParam(BoosterHandle booster, const char* name, const std::string& value);

/** The mean of a label vector: the base score (XGBoost 1.7 starts from 0.5, absurd for returns). */
double meanLabel(const float* y, int rows);

/** RAII DMatrix over row-major float rows (NaN = missing) with optional labels. */
class Matrix
{
public:
    Matrix(const float* x, int rows, int columns, const float* labels, int threads);
    ~Matrix();
    Matrix(const Matrix&) = delete;
    Matrix& operator=(const Matrix&) = delete;
    DMatrixHandle handle() const { return m_handle; }

private:
    DMatrixHandle m_handle = nullptr;
};

/** Predictions of a fitted booster for `rows` row-major float rows of `columns` features. */
std::vector<double> predict(BoosterHandle booster, const float* x, int rows, int columns, int threads);

/** The fitted booster in XGBoost's UBJ format (empty for a null handle). */
QByteArray saveUbj(BoosterHandle booster);

/** A booster restored from saveUbj()'s payload, one thread; the caller frees it. Throws on malformed data. */
BoosterHandle loadUbj(const QByteArray& payload);

} // namespace Tessera::Ml::Xgb
