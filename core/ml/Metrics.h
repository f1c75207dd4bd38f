#pragma once

#include <limits>

#include <QJsonObject>

namespace Tessera::Ml {

/**
 * Out-of-sample accuracy of return forecasts over n test rows (y = realised log return, p = forecast):
 *   R²       1 − Σ(y − p)² / Σ(y − ȳ)²  with ȳ the mean of the test rows (scikit-learn's r2_score;
 *            negative when worse than knowing the test mean in advance)
 *   MAE      mean |y − p|;  RMSE √(mean (y − p)²)
 *   hit rate share of rows with y ≠ 0 where sign(p) = sign(y); p = 0 has no direction and counts as a
 *            miss. This is a directional hit rate, not an "accuracy" of the return.
 *   IC       information coefficient: Spearman rank correlation of p and y (average ranks for ties);
 *            NaN when p or y is constant (a constant forecast ranks nothing).
 * NaN marks a metric that is undefined for the rows given.
 */
struct Metrics
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    int n = 0;
    double r2 = kNaN;
    double mae = kNaN;
    double rmse = kNaN;
    double hitRate = kNaN;
    double ic = kNaN;

    double mse() const { return rmse * rmse; }
    /** {"n", "r2", "mae", "rmse", "hit", "ic"}; NaN becomes null. */
    QJsonObject toJson() const;
    static Metrics fromJson(const QJsonObject& o);
};

Metrics computeMetrics(const double* y, const double* p, int n);

/** Spearman rank correlation with average ranks for ties; NaN when either side is constant or n < 3. */
double spearman(const double* a, const double* b, int n);

/**
 * t statistic of a correlation over n effectively independent pairs, t = ρ·√((n − 2)/(1 − ρ²)).
 * For h-day forward returns sampled daily neighbouring targets share h − 1 days, so callers pass
 * n_eff = n / h (non-overlapping periods), which keeps overlapping windows from inflating significance.
 */
double correlationT(double rho, double effectiveN);

} // namespace Tessera::Ml
