#pragma once

#include <memory>

#include "core/ml/models/GradientBoostingModel.h"
#include "core/ml/models/Model.h"

namespace Tessera::Ml {

/**
 * Random forest regression with dlib's random_forest_regression_trainer (bootstrap samples, a random
 * subset of features per split, squared-error splits, no depth limit). dlib stays out of this header
 * (PLATFORM_NOTES: it is heavy to compile); the function lives behind a pimpl.
 */
class RandomForestModel final : public Model
{
public:
    explicit RandomForestModel(const ModelParams& params);
    ~RandomForestModel() override;

    Algorithm algorithm() const override { return Algorithm::RandomForest; }
    void fit(const TrainingView& rows) override;
    std::vector<double> predict(const double* x, int rows) const override;
    int columns() const override { return m_columns; }
    QByteArray payload() const override;
    QJsonObject params() const override;

    /** Restores a fitted forest from payload(); throws on malformed data. */
    void load(const QByteArray& payload, int columns);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::unique_ptr<GradientBoostingModel> m_xgb; ///< the forest when built by XGBoost (rfXgboost)
    ModelParams m_params;
    int m_columns = 0;
    int m_leaf = 0; ///< min_samples_per_leaf of the last fit
};

} // namespace Tessera::Ml
