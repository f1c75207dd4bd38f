#pragma once

#include <optional>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include "core/common/Result.h"
#include "core/ml/Evaluation.h"
#include "core/ml/MlTypes.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * A stored per-stock model's metadata (the blob is read separately, only when predicting). One row per
 * version: versions count 1, 2, ... per (symbol, algorithm, horizon).
 */
struct StoredModel
{
    qint64 id = 0;
    QString symbol;
    Ml::Algorithm algorithm = Ml::Algorithm::Ridge;
    int horizon = 1;    ///< trading days
    int version = 0;    ///< assigned by store()
    QString schemaHash; ///< feature schema the model was trained on; another hash = never used
    int schemaVersion = 0;
    int featureCount = 0;
    QJsonObject params;        ///< hyper-parameters and fitted choices
    Ml::Evaluation evaluation; ///< folds, pooled out-of-sample metrics beside the baselines, verdict
    QDate dataFrom;            ///< first training row
    QDate dataTo;              ///< last training row
    QDate lastBar;             ///< last bar the training saw
    qint64 lastHour = 0;       ///< hourly models: open time (UTC epoch s) of the last bar seen; 0 = daily
    int rows = 0;              ///< usable rows of the final fit
    qint64 blobBytes = 0;      ///< compressed size stored
    qint64 runId = 0;          ///< the training run (0 = none)
    QDateTime trainedAt;       ///< UTC

    bool productionReady() const { return evaluation.productionReady; }
};

/**
 * Trained models in SQLite: metadata in `models` (with the headline out-of-sample numbers as columns so
 * lists need no JSON parsing) and the qCompress'ed blob in `model_blobs`. Works on the calling thread's
 * connection and inside the caller's transaction when one is open (a symbol's models, its pruning and
 * its predictions commit together).
 */
class ModelRepository
{
public:
    /** hourly: the hourly models (issue 21), in `hourly_models` / `hourly_model_blobs` (same columns). */
    explicit ModelRepository(const Database& db, bool hourly = false)
        : m_db(db)
        , m_hourly(hourly)
    {}

    /** Stores m (symbol created if missing) as the next version; returns it with id and version set. */
    [[nodiscard]] Result<StoredModel> store(StoredModel m, const QByteArray& blob);

    /** Deletes all but the newest `keep` versions of (symbol, algorithm, horizon); returns how many. */
    [[nodiscard]] Result<int> prune(const QString& symbol, Ml::Algorithm algorithm, int horizon, int keep);

    /** The newest version of each (algorithm, horizon) of symbol, ordered by horizon then algorithm. */
    [[nodiscard]] Result<QList<StoredModel>> latest(const QString& symbol);

    /** Every symbol's newest models (the Models view), ordered by symbol, horizon, algorithm. */
    [[nodiscard]] Result<QList<StoredModel>> latestAll();

    /** Every stored version of one model, newest first. */
    [[nodiscard]] Result<QList<StoredModel>>
    versions(const QString& symbol, Ml::Algorithm algorithm, int horizon);

    /** Models written by a run (its summary), ordered by symbol, horizon, algorithm. */
    [[nodiscard]] Result<QList<StoredModel>> byRun(qint64 runId);

    /** The compressed blob of a model (ModelBlob format). */
    [[nodiscard]] Result<QByteArray> blob(qint64 modelId);

    /** Bytes of every stored blob of symbol (all versions kept), for the ≤ 1 MB per stock budget. */
    [[nodiscard]] Result<qint64> storedBytes(const QString& symbol);

    /** Symbols with at least one stored model. */
    [[nodiscard]] Result<QStringList> symbols();

private:
    QByteArray tableSql(const char* text) const;

    const Database& m_db;
    bool m_hourly = false;
};

} // namespace Tessera::Store
