#include "core/ml/models/Model.h"

#include <algorithm>
#include <cmath>
#include <exception>

#include "core/ml/models/GradientBoostingModel.h"
#include "core/ml/models/RandomForestModel.h"
#include "core/ml/models/RidgeModel.h"

namespace Tessera::Ml {

int forestLeafRows(const ModelParams& params, int trainingRows)
{
    return std::max(params.rfMinSamplesPerLeaf,
                    static_cast<int>(std::floor(params.rfMinLeafShare * std::max(trainingRows, 0))));
}

std::unique_ptr<Model> makeModel(Algorithm a, const ModelParams& params)
{
    switch (a) {
    case Algorithm::RandomForest:
        return std::make_unique<RandomForestModel>(params);
    case Algorithm::GradientBoosting:
        return std::make_unique<GradientBoostingModel>(params);
    case Algorithm::Ridge:
        return std::make_unique<RidgeModel>(params);
    }
    return nullptr;
}

Result<std::unique_ptr<Model>>
restoreModel(Algorithm a, const QByteArray& payload, int columns, const ModelParams& params)
{
    try {
        switch (a) {
        case Algorithm::RandomForest: {
            auto m = std::make_unique<RandomForestModel>(params);
            m->load(payload, columns);
            return std::unique_ptr<Model>(std::move(m));
        }
        case Algorithm::GradientBoosting: {
            auto m = std::make_unique<GradientBoostingModel>(params);
            m->load(payload, columns);
            return std::unique_ptr<Model>(std::move(m));
        }
        case Algorithm::Ridge: {
            auto m = std::make_unique<RidgeModel>(params);
            m->load(payload, columns);
            return std::unique_ptr<Model>(std::move(m));
        }
        }
    } catch (const std::exception& e) {
        return fail(Error::invalidInput(QStringLiteral("%1 model cannot be restored: %2")
                                            .arg(displayName(a), QString::fromLocal8Bit(e.what()))));
    }
    return fail(Error::internal(QStringLiteral("unknown algorithm")));
}

} // namespace Tessera::Ml
