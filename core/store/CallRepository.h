#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/ml/CrossSection.h"
#include "core/ml/Predictor.h"
#include "core/screens/Picks.h"
#include "core/store/Database.h"
#include "core/tiles/SymbolAnalysis.h"
#include "core/track/Scoreboard.h"

namespace Tessera::Store {

/**
 * The call history (table calls, issue 16): every verdict, per-stock prediction, cross-sectional score
 * and pick with its as-of day, written by the repositories of the "latest" tables in their own
 * transaction (AnalysisRepository, PredictionRepository, CrossSectionRepository, PickRepository), and
 * scored by Tasks::scoreCalls. A call is upserted on (source, symbol, as_of, key): re-running a day
 * replaces its call and clears its outcome, so it is scored again from what was finally called. Picks are
 * copied here, so the 90-day cleanup of daily_suggested_stocks never removes a call.
 *
 * Works on the calling thread's connection, inside the caller's transaction when one is open.
 */
class CallRepository
{
public:
    explicit CallRepository(const Database& db)
        : m_db(db)
    {}

    /** A verdict (withheld ones are not calls: the store never hands them out). horizon: trading days. */
    [[nodiscard]] Result<void>
    recordVerdict(qint64 symbolId, const Tiles::AnalysisSummary& summary, int horizon, qint64 runId = 0);
    /** Per-stock predictions (each algorithm and the consensus; key "algorithm/horizon"). */
    [[nodiscard]] Result<void> recordPredictions(qint64 symbolId, const QList<Ml::Prediction>& predictions);
    /** One cross-sectional score of model modelId (UP when the score is ≥ 0.5, the top half). */
    [[nodiscard]] Result<void>
    recordXsScore(qint64 symbolId, const Ml::XsScore& score, int horizon, qint64 modelId, bool validated);
    /** A strategy's picks of a day (UP calls); that day's calls of the strategy not picked any more go. */
    [[nodiscard]] Result<void>
    recordPicks(const QString& strategy, QDate date, const QList<Screens::Pick>& picks, int horizon);

    /** The unscored calls made on or before lastAsOf, oldest first. */
    [[nodiscard]] Result<QList<Track::Call>> unscored(QDate lastAsOf = {});
    /** Stores outcomes (complete ones only) by call id, in one transaction. Returns how many. */
    [[nodiscard]] Result<int> writeOutcomes(const QList<QPair<qint64, Track::Outcome>>& outcomes);

    /**
     * Calls with their outcomes (incomplete for unscored ones), as-of days within [from, to] (invalid:
     * open), of one source (all when source is null), oldest first.
     */
    [[nodiscard]] Result<QList<Track::ScoredCall>>
    calls(QDate from = {}, QDate to = {}, const Track::CallSource* source = nullptr);
    /** One symbol's calls, newest first, at most limit. */
    [[nodiscard]] Result<QList<Track::ScoredCall>> forSymbol(const QString& ticker, int limit = 500);

    /**
     * A symbol's bars dated on or after from (invalid: all) as scoring reads them (adjusted closes,
     * highs and lows: Track::PriceHistory::fromBars).
     */
    [[nodiscard]] Result<Track::PriceHistory> prices(qint64 symbolId, QDate from = {});
    /** Every stored symbol with at least one bar: id and ticker. */
    [[nodiscard]] Result<QList<QPair<qint64, QString>>> symbolsWithBars();

    /** Count of stored calls, and of scored ones. */
    [[nodiscard]] Result<QPair<qint64, qint64>> counts();
    /** Deletes calls dated more than keepDays before today (0 keeps everything); returns rows. */
    [[nodiscard]] Result<int> cleanup(int keepDays, QDate today);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
