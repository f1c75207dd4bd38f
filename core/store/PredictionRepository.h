#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

#include "core/common/Result.h"
#include "core/ml/Predictor.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** A cached prediction as readers get it, with its freshness decided at read time. */
struct CachedPrediction
{
    QString symbol;
    Ml::Prediction prediction;
    QDateTime generatedAt; ///< UTC
    QDateTime expiresAt;   ///< UTC
    QDate lastBar;         ///< the symbol's newest stored bar when read
    bool expired = false;  ///< past expiresAt, or a newer bar than the as-of bar is stored

    /** "expired", "stale (newer bar)" or "fresh": why a reader should or should not trust it. */
    QString freshness() const;
};

/**
 * The prediction cache (SPEC §6): one row per (symbol, horizon, algorithm incl. "consensus"), replaced
 * as a whole for a symbol whenever its models are trained or updated. Readers never compute: they read
 * these rows and get each one's `expired` flag (time-to-live passed, or bars newer than its as-of
 * arrived). Works on the calling thread's connection, inside the caller's transaction when one is open.
 */
class PredictionRepository
{
public:
    explicit PredictionRepository(const Database& db)
        : m_db(db)
    {}

    /** Replaces symbol's cached predictions with `predictions`, generated at and valid until the times. */
    [[nodiscard]] Result<void> replace(const QString& symbol,
                                       const QList<Ml::Prediction>& predictions,
                                       const QDateTime& generatedAt,
                                       const QDateTime& expiresAt);

    /** symbol's predictions ordered by horizon then algorithm (consensus last), flagged against now. */
    [[nodiscard]] Result<QList<CachedPrediction>>
    forSymbol(const QString& symbol, const QDateTime& now = QDateTime::currentDateTimeUtc());

    /** Every symbol's predictions of one algorithm ("consensus" by default) and horizon (0 = all). */
    [[nodiscard]] Result<QList<CachedPrediction>> all(const QString& algorithm = QStringLiteral("consensus"),
                                                      int horizon = 0,
                                                      const QDateTime& now = QDateTime::currentDateTimeUtc());

    /** Deletes symbol's cached predictions (its models were removed). */
    [[nodiscard]] Result<void> clear(const QString& symbol);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
