#pragma once

#include <vector>

#include "core/ml/models/Model.h"

namespace Tessera::Ml {

/**
 * Ridge regression on standardised features (the "linear" model):
 *   z_j = (x_j − μ_j) / σ_j  with μ, σ (population sd) from the training rows; constant columns drop out
 *   β = (ZᵀZ + λI)⁻¹ Zᵀ(y − ȳ)  solved with Eigen's LDLT;  forecast = ȳ + Σ β_j z_j
 * λ is chosen on a log grid λ/n ∈ [10⁻³, 10⁴] by purged time-series cross-validation inside the
 * rows given to fit() (three expanding inner folds, each validation block after a gap of `horizon`
 * bars), then the model is refit on all rows. One eigendecomposition per inner fold serves the whole
 * grid. On pure noise the validation error is lowest for a large λ, so the model shrinks towards the
 * training mean instead of fitting noise.
 */
class RidgeModel final : public Model
{
public:
    explicit RidgeModel(const ModelParams& params);

    Algorithm algorithm() const override { return Algorithm::Ridge; }
    void fit(const TrainingView& rows) override;
    std::vector<double> predict(const double* x, int rows) const override;
    int columns() const override { return m_columns; }
    QByteArray payload() const override;
    QJsonObject params() const override;

    /** Restores a fitted model from payload(); throws on malformed data. */
    void load(const QByteArray& payload, int columns);

    double lambda() const { return m_lambda; }

private:
    int m_columns = 0;
    double m_lambda = 0;
    double m_intercept = 0;
    std::vector<double> m_mean;
    std::vector<double> m_scale; ///< σ_j, 0 for a column left out
    std::vector<double> m_beta;
};

} // namespace Tessera::Ml
