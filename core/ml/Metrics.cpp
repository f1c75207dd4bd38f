#include "core/ml/Metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include <QJsonValue>

namespace Tessera::Ml {
namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numberOf(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : Metrics::kNaN;
}

/** Average ranks (1-based) of v, ties sharing the mean of their positions. */
std::vector<double> ranks(const double* v, int n)
{
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [v](int a, int b) { return v[a] < v[b]; });
    std::vector<double> r(static_cast<size_t>(n));
    int i = 0;
    while (i < n) {
        int j = i;
        while (j + 1 < n && v[order[static_cast<size_t>(j + 1)]] == v[order[static_cast<size_t>(i)]]) {
            ++j;
        }
        const double avg = (i + j) / 2.0 + 1.0;
        for (int k = i; k <= j; ++k) {
            r[static_cast<size_t>(order[static_cast<size_t>(k)])] = avg;
        }
        i = j + 1;
    }
    return r;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b)
{
    const size_t n = a.size();
    double ma = 0;
    double mb = 0;
    for (size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= static_cast<double>(n);
    mb /= static_cast<double>(n);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0 || sbb <= 0) {
        return Metrics::kNaN;
    }
    return sab / std::sqrt(saa * sbb);
}

} // namespace

QJsonObject Metrics::toJson() const
{
    return QJsonObject{{QStringLiteral("n"), n},
                       {QStringLiteral("r2"), number(r2)},
                       {QStringLiteral("mae"), number(mae)},
                       {QStringLiteral("rmse"), number(rmse)},
                       {QStringLiteral("hit"), number(hitRate)},
                       {QStringLiteral("ic"), number(ic)}};
}

Metrics Metrics::fromJson(const QJsonObject& o)
{
    Metrics m;
    m.n = o.value(QStringLiteral("n")).toInt();
    m.r2 = numberOf(o, "r2");
    m.mae = numberOf(o, "mae");
    m.rmse = numberOf(o, "rmse");
    m.hitRate = numberOf(o, "hit");
    m.ic = numberOf(o, "ic");
    return m;
}

double spearman(const double* a, const double* b, int n)
{
    if (n < 3) {
        return Metrics::kNaN;
    }
    return pearson(ranks(a, n), ranks(b, n));
}

double correlationT(double rho, double effectiveN)
{
    if (!std::isfinite(rho) || effectiveN <= 2) {
        return Metrics::kNaN;
    }
    const double r = std::clamp(rho, -0.999999, 0.999999);
    return r * std::sqrt((effectiveN - 2) / (1 - r * r));
}

Metrics computeMetrics(const double* y, const double* p, int n)
{
    Metrics m;
    m.n = n;
    if (n <= 0) {
        return m;
    }
    double mean = 0;
    for (int i = 0; i < n; ++i) {
        mean += y[i];
    }
    mean /= n;
    double sse = 0;
    double sst = 0;
    double sae = 0;
    int directional = 0;
    int hits = 0;
    for (int i = 0; i < n; ++i) {
        const double e = y[i] - p[i];
        sse += e * e;
        sae += std::fabs(e);
        sst += (y[i] - mean) * (y[i] - mean);
        if (y[i] != 0) {
            ++directional;
            if ((p[i] > 0 && y[i] > 0) || (p[i] < 0 && y[i] < 0)) {
                ++hits;
            }
        }
    }
    m.mae = sae / n;
    m.rmse = std::sqrt(sse / n);
    m.r2 = sst > 0 ? 1 - sse / sst : Metrics::kNaN;
    m.hitRate = directional > 0 ? static_cast<double>(hits) / directional : Metrics::kNaN;
    m.ic = spearman(p, y, n);
    return m;
}

} // namespace Tessera::Ml
