#pragma once

#include <functional>

#include <QDate>
#include <QStringList>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/tiles/SymbolAnalysis.h"
#include "core/track/Outcome.h"

namespace Tessera::Tasks {

/** What one scoring pass did. */
struct ScoreSummary
{
    int pending = 0; ///< unscored calls looked at
    int scored = 0;  ///< given an outcome now
    int waiting = 0; ///< horizon not passed yet (or no bars): left for a later pass
    int removed = 0; ///< removed by the retention setting
    double seconds = 0;
};

/**
 * The incremental scoring pass (the nightly run's "scores" step, `tessera-cli scores update`): every
 * unscored call whose horizon has passed in its symbol's stored bars gets its outcome (Track::scoreCall);
 * the universe of a call is every stored symbol of its market (Tessera::marketOfTicker: NSE, LSE, crypto,
 * …; tickers without a suffix are one market) with bars on both days of the call's window, itself
 * included. Calls scored once are never read again (until re-recorded). Old calls go first when
 * track/retentionDays is set.
 */
[[nodiscard]] Result<ScoreSummary> scoreCalls(const Store::Database& db, QDate today = QDate::currentDate());

/** What a back-fill stored. */
struct BackfillSummary
{
    int symbols = 0;
    int dates = 0;    ///< distinct as-of days
    int verdicts = 0; ///< calls stored
    int skipped = 0;  ///< (symbol, day) pairs without enough bars before the day (or no bar on it)
    int withheld = 0; ///< verdicts withheld by validation: computed, not stored (they are not calls)
    double seconds = 0;
};

/** The exact as-of days to back-fill for one symbol (each must be a day the symbol has a bar). */
struct VerdictDays
{
    qint64 symbolId = 0;
    QString ticker;
    QList<QDate> days;
};

/** A verdict a back-fill computed, withheld ones included. */
struct BackfilledVerdict
{
    qint64 symbolId = 0;
    Tiles::AnalysisSummary summary;
};

/** How often a back-fill takes an as-of day. */
enum class BackfillEvery
{
    MonthEnd, ///< the last bar of each calendar month
    WeekEnd,  ///< the last bar of each ISO week
};

/**
 * Verdicts as of past days (issue 16, acceptance 2): for each symbol (all with bars when tickers is empty)
 * and each as-of day in [from, to] (the symbol's last bar of each month or week; a month or week still
 * running at its last bar is left out), the pipeline's analysis computed from the bars up to that day
 * only — analysis settings as stored, the quality grade's reference date = the as-of day — and stored
 * as a verdict call. A verdict as of D reads no bar after D, so later bars never change it. Runs on the
 * global thread pool; progress(done, total) may cancel by returning false.
 */
[[nodiscard]] Result<BackfillSummary> backfillVerdicts(const Store::DatabasePtr& db,
                                                       QDate from,
                                                       QDate to,
                                                       BackfillEvery every = BackfillEvery::MonthEnd,
                                                       const QStringList& tickers = {},
                                                       const std::function<bool(int, int)>& progress = {});

/**
 * backfillVerdicts on exact days instead of period ends (a backtest's rebalance days where the call
 * history has no verdict): the same computation and storage, per symbol only the listed days (a day
 * without a bar of the symbol is skipped). progress(done, total) counts symbols and may cancel by
 * returning false; computed, when given, receives every verdict computed, withheld ones included (a
 * backtest reads those from memory: they are never stored as calls).
 */
[[nodiscard]] Result<BackfillSummary> backfillVerdictsOn(const Store::DatabasePtr& db,
                                                         const QList<VerdictDays>& days,
                                                         const std::function<bool(int, int)>& progress = {},
                                                         QList<BackfilledVerdict>* computed = nullptr);

} // namespace Tessera::Tasks
