#include "core/tasks/ModelVersions.h"

#include <algorithm>

#include <QDateTime>

#include "core/common/Log.h"
#include "core/ml/ModelBlob.h"
#include "core/ml/TrainSettings.h"
#include "core/store/SettingsRepository.h"

namespace Tessera::Tasks {

Result<QHash<QString, QString>> storedTrainSettings(const Store::Database& db)
{
    return Store::SettingsRepository(db).storedValues(Ml::trainParameters());
}

Ml::ScoredModel scoredModel(const Ml::ModelResult& trained, const QString& schemaHash)
{
    Ml::ScoredModel s;
    s.algorithm = trained.algorithm;
    s.horizon = trained.horizon;
    s.model = trained.model;
    s.schemaHash = schemaHash;
    s.ic = trained.evaluation.oos.ic;
    s.productionReady = trained.evaluation.productionReady;
    return s;
}

Result<std::optional<Ml::ScoredModel>> reusableModel(Store::ModelRepository& repo,
                                                     const Store::StoredModel& stored,
                                                     const Ml::ModelParams& params,
                                                     const char* logTag,
                                                     const QString& horizonLabel)
{
    auto blob = repo.blob(stored.id);
    if (!blob) {
        return fail(blob.error());
    }
    auto model = Ml::ModelBlob::decode(*blob, stored.algorithm, stored.featureCount, params);
    if (!model) {
        spdlog::warn("{}: {} {} {}: stored model unusable ({}); retraining it",
                     logTag,
                     stored.symbol,
                     Ml::toString(stored.algorithm),
                     horizonLabel,
                     model.error().message);
        return std::optional<Ml::ScoredModel>{};
    }
    Ml::ScoredModel s;
    s.algorithm = stored.algorithm;
    s.horizon = stored.horizon;
    s.model = std::shared_ptr<const Ml::Model>(std::move(*model));
    s.schemaHash = stored.schemaHash;
    s.ic = stored.evaluation.oos.ic;
    s.productionReady = stored.evaluation.productionReady;
    s.modelId = stored.id;
    s.version = stored.version;
    return std::optional<Ml::ScoredModel>(std::move(s));
}

bool selectionUpToDate(const QList<Store::StoredModel>& latest,
                       const QString& schemaHash,
                       const QList<Ml::Algorithm>& algorithms,
                       const std::vector<int>& horizons,
                       const std::function<bool(const Store::StoredModel&)>& isBehind)
{
    bool upToDate = false;
    for (const Store::StoredModel& m : latest) {
        if (m.schemaHash != schemaHash || !algorithms.contains(m.algorithm)
            || std::find(horizons.begin(), horizons.end(), m.horizon) == horizons.end()) {
            continue;
        }
        if (isBehind(m)) {
            return false;
        }
        upToDate = true;
    }
    return upToDate;
}

const Store::StoredModel* findModel(const QList<Store::StoredModel>& latest,
                                    Ml::Algorithm algorithm,
                                    int horizon,
                                    const QString& schemaHash)
{
    const auto it = std::find_if(latest.cbegin(), latest.cend(), [&](const Store::StoredModel& m) {
        return m.algorithm == algorithm && m.horizon == horizon && m.schemaHash == schemaHash;
    });
    return it == latest.cend() ? nullptr : &*it;
}

Result<QList<Store::StoredModel>> storeModelVersions(Store::ModelRepository& models,
                                                     const QString& symbol,
                                                     const Ml::SymbolTraining& training,
                                                     qint64 lastHour,
                                                     qint64 runId,
                                                     int keep,
                                                     const QDateTime& trainedAt)
{
    QList<Store::StoredModel> out;
    for (const Ml::ModelResult& m : training.models) {
        Store::StoredModel s;
        s.symbol = symbol;
        s.algorithm = m.algorithm;
        s.horizon = m.horizon;
        s.schemaHash = training.schemaHash;
        s.schemaVersion = training.schemaVersion;
        s.featureCount = training.columns;
        s.params = m.params;
        s.evaluation = m.evaluation;
        s.dataFrom = m.dataFrom;
        s.dataTo = m.dataTo;
        s.lastBar = training.lastBar;
        s.lastHour = lastHour;
        s.rows = m.usableRows;
        s.runId = runId;
        s.trainedAt = trainedAt;
        auto stored = models.store(s, m.blob);
        if (!stored) {
            return fail(stored.error());
        }
        out << *stored;
        // Each (algorithm, horizon) appears once per training, so pruning right after its store keeps
        // exactly the `keep` newest versions, this one among them.
        if (auto pruned = models.prune(symbol, m.algorithm, m.horizon, keep); !pruned) {
            return fail(pruned.error());
        }
    }
    return out;
}

} // namespace Tessera::Tasks
