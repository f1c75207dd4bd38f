#pragma once

#include <vector>

#include <QByteArray>
#include <QJsonObject>

namespace Tessera::Ml {

/**
 * An XGBoost regressor for pooled cross-sectional rows (hundreds of thousands of rows), through the C
 * API: squared error, `hist` trees, `threads` OpenMP threads per fit (the cross-section runs its
 * independent fits side by side with one thread each: see trainCrossSection for why).
 *   forest   one boosting round of `trees` parallel trees, eta 1, row subsample without replacement
 *            and column sampling per node: XGBoost's random-forest mode
 *   boosting `rounds` rounds of one tree, learning rate `eta`
 * The base score is the mean label (XGBoost 1.7 starts from 0.5 otherwise). Rows are row-major float32,
 * NaN = missing. Owns a BoosterHandle; not copyable; use one instance per thread. Failures throw
 * std::runtime_error with XGBoost's message (callers turn it into an Error).
 */
class PooledBooster
{
public:
    struct Params
    {
        bool forest = true;
        int trees = 100;
        int rounds = 1;
        int maxDepth = 10;
        double eta = 1.0;
        double subsample = 0.632;
        double colsampleByNode = 0.8;
        double colsampleByTree = 1.0;
        double minChildWeight = 10;
        double lambda = 0;
        int maxBin = 128;
        int threads = 1;
        unsigned long long seed = 7;
        QJsonObject toJson() const;
    };

    explicit PooledBooster(Params params);
    ~PooledBooster();
    PooledBooster(const PooledBooster&) = delete;
    PooledBooster& operator=(const PooledBooster&) = delete;

    void fit(const float* x, const float* y, int rows, int columns);
    std::vector<double> predict(const float* x, int rows) const;
    /** The fitted model in XGBoost's UBJ format. */
    QByteArray payload() const;
    /** Restores a fitted model from payload() (predicts with one thread); throws on malformed data. */
    void load(const QByteArray& payload, int columns);
    int columns() const { return m_columns; }

private:
    Params m_params;
    void* m_booster = nullptr; // BoosterHandle; xgboost/c_api.h stays out of this header
    int m_columns = 0;
};

} // namespace Tessera::Ml
