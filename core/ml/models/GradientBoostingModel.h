#pragma once

#include "core/ml/models/Model.h"

namespace Tessera::Ml {

/**
 * Gradient-boosted trees through the XGBoost C API: squared error, `hist` tree method, shallow trees
 * and a small learning rate. The number of rounds is chosen by early stopping on a validation tail
 * INSIDE the rows given to fit() (purged by the horizon like the folds), then the model is refit on all
 * those rows with that many rounds, so nothing after the training window ever steers it.
 * Owns a BoosterHandle (freed in the destructor); one instance per thread.
 */
class GradientBoostingModel final : public Model
{
public:
    /**
     * forest: XGBoost's random-forest mode for RandomForestModel (ModelParams::rfXgboost) — one round of
     * rfTrees parallel trees, no early stopping; otherwise boosting as described above.
     */
    explicit GradientBoostingModel(const ModelParams& params, bool forest = false);
    ~GradientBoostingModel() override;
    GradientBoostingModel(const GradientBoostingModel&) = delete;
    GradientBoostingModel& operator=(const GradientBoostingModel&) = delete;

    Algorithm algorithm() const override { return Algorithm::GradientBoosting; }
    void fit(const TrainingView& rows) override;
    std::vector<double> predict(const double* x, int rows) const override;
    int columns() const override { return m_columns; }
    QByteArray payload() const override;
    QJsonObject params() const override;
    int rounds() const override { return m_rounds; }

    /** Restores a fitted booster from payload() (UBJ); throws on malformed data. */
    void load(const QByteArray& payload, int columns);

private:
    void* trainBooster(const float* x,
                       const float* y,
                       int rows,
                       const float* vx,
                       const float* vy,
                       int vrows,
                       int maxRounds,
                       int* bestRounds) const;

    ModelParams m_params;
    bool m_forest = false;
    int m_forestLeaf = 0;      ///< forest mode: min_child_weight (rows per leaf) of the last fit
    void* m_booster = nullptr; // BoosterHandle; xgboost/c_api.h stays out of this header
    int m_columns = 0;
    int m_rounds = 0;
    double m_baseScore = 0.0;
};

} // namespace Tessera::Ml
