#include "core/ml/Baselines.h"

#include <vector>

namespace Tessera::Ml {

QString toString(Baseline b)
{
    return b == Baseline::ZeroReturn ? QStringLiteral("zero") : QStringLiteral("mean");
}

QString displayName(Baseline b)
{
    return b == Baseline::ZeroReturn ? QStringLiteral("zero return") : QStringLiteral("training mean");
}

double trainingMean(const double* y, int n)
{
    if (n <= 0) {
        return 0.0;
    }
    double s = 0;
    for (int i = 0; i < n; ++i) {
        s += y[i];
    }
    return s / n;
}

Metrics baselineMetrics(Baseline b, const double* yTest, int n, double trainMean)
{
    const double forecast = b == Baseline::ZeroReturn ? 0.0 : trainMean;
    const std::vector<double> p(static_cast<size_t>(n > 0 ? n : 0), forecast);
    Metrics m = computeMetrics(yTest, p.data(), n);
    if (b == Baseline::ZeroReturn) {
        m.hitRate = Metrics::kNaN;
    }
    m.ic = Metrics::kNaN;
    return m;
}

} // namespace Tessera::Ml
