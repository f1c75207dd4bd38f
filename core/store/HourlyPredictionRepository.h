#pragma once

#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * A cached hourly prediction (issue 21). Units: predictedReturn is a log return over `horizon` hours
 * from the close of the as-of bar; predictedPrice = asOfClose · exp(predictedReturn). Times are UTC epoch
 * seconds: asOf is the instant the last bar used closed (its open + 1 h), expiresAt = asOf + the TTL.
 * The skill fields are the model's out-of-sample walk-forward record beside its baseline (for the
 * consensus: the mean over the models it combines): IC (0 = no skill), hit rate and the training-mean
 * baseline's hit rate on the same rows, and MSE skill (1 − MSE / the better baseline's MSE; > 0 beats it).
 */
struct HourlyPrediction
{
    QString symbol;
    int horizon = 1;   ///< hours
    QString algorithm; ///< "rf", "gbm", "linear" or "consensus"
    qint64 asOf = 0;
    double predictedReturn = 0;
    double predictedPrice = 0;
    double asOfClose = 0;
    double confidence = 0;
    bool productionReady = false; ///< passed the gate (validated); the consensus: any contributor did
    double ic = 0;
    double hitRate = 0;
    double baseHitRate = 0;
    double mseSkill = 0;
    qint64 modelId = 0;
    int modelVersion = 0;
    qint64 generatedAt = 0;
    qint64 expiresAt = 0;

    bool expired(qint64 now) const { return now >= expiresAt; }
    /** The predicted move in percent of the as-of close: 100 · (exp(r) − 1). */
    double movePercent() const;
};

/** The answer of top(): validated and unvalidated consensus predictions, each ranked by |move|. */
struct TopPredictions
{
    QList<HourlyPrediction> validated;
    QList<HourlyPrediction> unvalidated;
    int expired = 0; ///< cached consensus rows of the horizon (and universe) left out as expired
};

/**
 * The hourly prediction cache. replace() swaps a symbol's rows in the caller's transaction; top() is the
 * "top 20" query: one indexed read of the consensus rows of a horizon, no computation. Works on the
 * calling thread's connection.
 */
class HourlyPredictionRepository
{
public:
    explicit HourlyPredictionRepository(const Database& db)
        : m_db(db)
    {}

    /** Replaces symbol's cached hourly predictions with predictions. */
    [[nodiscard]] Result<void> replace(const QString& symbol, const QList<HourlyPrediction>& predictions);

    /** symbol's cached predictions by horizon, then algorithm (consensus last). */
    [[nodiscard]] Result<QList<HourlyPrediction>> forSymbol(const QString& symbol);

    /**
     * The consensus predictions of horizon (hours) not expired at now, ranked by the size of the
     * predicted move (largest first), at most limit of each kind; universe (a stored universe's exact name,
     * empty = every symbol) restricts the symbols. includeExpired keeps expired rows in the lists (they
     * are still counted in `expired`; HourlyPrediction::expired() tells them apart).
     */
    [[nodiscard]] Result<TopPredictions>
    top(int horizon, int limit, const QString& universe, qint64 now, bool includeExpired = false);

    /** Horizons with cached consensus predictions, ascending. */
    [[nodiscard]] Result<QList<int>> horizons();

private:
    const Database& m_db;
};

} // namespace Tessera::Store
