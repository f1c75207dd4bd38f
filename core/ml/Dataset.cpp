#include "core/ml/Dataset.h"

#include <cmath>

namespace Tessera::Ml {

Dataset buildDataset(const FeatureTable& table, int horizon)
{
    Dataset ds;
    ds.horizon = horizon;
    ds.columns = table.columns();
    const int n = table.rows();
    const size_t cols = static_cast<size_t>(ds.columns);
    ds.barIndex.reserve(static_cast<size_t>(n));
    ds.y.reserve(static_cast<size_t>(n));
    ds.x.reserve(static_cast<size_t>(n) * cols);
    for (int t = 0; t < n; ++t) {
        double target = std::nan("");
        if (t + horizon < n) {
            const double c0 = table.close[static_cast<size_t>(t)];
            const double c1 = table.close[static_cast<size_t>(t + horizon)];
            if (c0 > 0 && c1 > 0) {
                target = std::log(c1 / c0);
            }
        }
        const bool complete = table.complete[static_cast<size_t>(t)] != 0;
        const bool hasTarget = std::isfinite(target);
        if (!complete) {
            ds.excludedIncomplete += hasTarget ? 1 : 0;
            continue;
        }
        if (!hasTarget) {
            ++ds.excludedNoTarget;
            continue;
        }
        ds.barIndex.push_back(t);
        ds.y.push_back(target);
        const double* r = table.row(t);
        ds.x.insert(ds.x.end(), r, r + cols);
    }
    return ds;
}

double targetVariance(const Dataset& ds)
{
    const size_t n = ds.y.size();
    if (n < 2) {
        return 0.0;
    }
    double mean = 0;
    for (double v : ds.y) {
        mean += v;
    }
    mean /= static_cast<double>(n);
    double ss = 0;
    for (double v : ds.y) {
        ss += (v - mean) * (v - mean);
    }
    return ss / static_cast<double>(n - 1);
}

} // namespace Tessera::Ml
