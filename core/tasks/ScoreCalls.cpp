#include "core/tasks/ScoreCalls.h"

#include <atomic>
#include <map>
#include <mutex>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include "core/market/Market.h"
#include "core/store/BarRepository.h"
#include "core/store/CallRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/PipelineTask.h"
#include "core/tiles/SymbolAnalysis.h"
#include "core/track/TrackSettings.h"

namespace Tessera::Tasks {

Result<ScoreSummary> scoreCalls(const Store::Database& db, QDate today)
{
    QElapsedTimer timer;
    timer.start();
    ScoreSummary summary;
    auto settings = Track::trackSettings(db);
    if (!settings) {
        return fail(settings.error());
    }
    Store::CallRepository repo(db);
    if (settings->retentionDays > 0) {
        auto removed = repo.cleanup(settings->retentionDays, today);
        if (!removed) {
            return fail(removed.error());
        }
        summary.removed = *removed;
    }
    auto pending = repo.unscored();
    if (!pending) {
        return fail(pending.error());
    }
    summary.pending = static_cast<int>(pending->size());
    if (pending->isEmpty()) {
        summary.seconds = timer.elapsed() / 1000.0;
        return summary;
    }

    // The bars from a little before the oldest pending call (its as-of bar may precede the as-of day),
    // of every symbol in the markets the calls trade on: each call's universe.
    QDate oldest = pending->constFirst().asOf;
    QSet<QString> markets;
    for (const Track::Call& c : std::as_const(*pending)) {
        oldest = std::min(oldest, c.asOf);
        markets.insert(marketOfTicker(c.ticker).id);
    }
    auto symbols = repo.symbolsWithBars();
    if (!symbols) {
        return fail(symbols.error());
    }
    QHash<qint64, Track::PriceHistory> prices;
    QHash<QString, std::vector<const Track::PriceHistory*>> universes;
    QHash<qint64, QString> marketOf;
    const QDate readFrom = oldest.addDays(-14);
    for (const auto& [id, ticker] : std::as_const(*symbols)) {
        const QString market = marketOfTicker(ticker).id;
        if (!markets.contains(market)) {
            continue;
        }
        auto h = repo.prices(id, readFrom);
        if (!h) {
            return fail(h.error());
        }
        prices.insert(id, std::move(*h));
        marketOf.insert(id, market);
    }
    for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
        universes[marketOf.value(it.key())].push_back(&it.value());
    }

    // One universe window per (market, start, end): the night's calls share a handful of windows.
    std::map<std::tuple<QString, qint64, qint64>, std::vector<double>> windows;
    QList<QPair<qint64, Track::Outcome>> outcomes;
    outcomes.reserve(pending->size());
    static const Track::PriceHistory kEmpty;
    for (const Track::Call& c : std::as_const(*pending)) {
        const auto found = prices.constFind(c.symbolId);
        const Track::PriceHistory& own = found != prices.cend() ? found.value() : kEmpty;
        qint64 start = 0, end = 0;
        if (!Track::callWindow(c, own, &start, &end)) {
            ++summary.waiting;
            continue;
        }
        const QString market = marketOf.value(c.symbolId);
        auto key = std::make_tuple(market, start, end);
        auto w = windows.find(key);
        if (w == windows.end()) {
            w = windows.emplace(key, Track::windowReturns(universes.value(market), start, end)).first;
        }
        Track::Outcome o = Track::scoreCall(c, own, w->second, settings->rules);
        if (!o.complete) {
            ++summary.waiting;
            continue;
        }
        outcomes.append({c.id, o});
    }
    auto written = repo.writeOutcomes(outcomes);
    if (!written) {
        return fail(written.error());
    }
    summary.scored = *written;
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

namespace {

/** The index of the last bar of each period (month or ISO week) that has ended within the series. */
QList<qsizetype> periodEnds(const BarSeries& bars, BackfillEvery every, const QDate& from, const QDate& to)
{
    QList<qsizetype> out;
    const auto period = [every](const QDate& d) {
        if (every == BackfillEvery::MonthEnd) {
            return d.year() * 100 + d.month();
        }
        int year = 0;
        const int week = d.weekNumber(&year);
        return year * 100 + week;
    };
    for (qsizetype i = 0; i + 1 < bars.size(); ++i) { // the last bar's period may still be running
        const QDate d = bars.date(i);
        if (period(d) != period(bars.date(i + 1)) && (!from.isValid() || d >= from)
            && (!to.isValid() || d <= to)) {
            out << i;
        }
    }
    return out;
}

} // namespace

namespace {

/** One symbol of a back-fill: which of its bars (indexes) to take as as-of days, and what came out. */
struct BackfillWork
{
    qint64 id = 0;
    QString ticker;
    QList<QDate> days; ///< exact as-of days (backfillVerdictsOn); empty: period ends
    QList<Tiles::AnalysisSummary> verdicts;
    int skipped = 0;
    Error error{ErrorCode::Internal, {}};
};

/**
 * The back-fill itself, shared by both entry points: each symbol's bars are loaded once, each as-of bar
 * chosen by pick() is analysed from the bars up to it only, on the global thread pool; then the valid
 * verdicts are stored as calls, one transaction per symbol.
 */
Result<BackfillSummary>
runBackfill(const Store::DatabasePtr& db,
            std::vector<BackfillWork>& work,
            const std::function<QList<qsizetype>(const BarSeries&, BackfillWork&)>& pick,
            const std::function<bool(int, int)>& progress,
            QList<BackfilledVerdict>* computed)
{
    QElapsedTimer timer;
    timer.start();
    auto pipeline = resolveAnalysisSettings(*db, {});
    if (!pipeline) {
        return fail(pipeline.error());
    }
    auto track = Track::trackSettings(*db);
    if (!track) {
        return fail(track.error());
    }
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    std::mutex progressMutex;
    const int total = static_cast<int>(work.size());
    const Store::DatabasePtr database = db;
    const PipelineSettings settings = *pipeline;
    QtConcurrent::blockingMap(work, [&](BackfillWork& w) {
        if (cancelled.load()) {
            return;
        }
        auto raw = Store::BarRepository(*database).loadAll(w.id, w.ticker);
        if (!raw) {
            w.error = raw.error();
            return;
        }
        Tiles::AnalysisSettings s = settings.analysis;
        s.calendar = settings.calendars.forTicker(w.ticker);
        for (qsizetype i : pick(*raw, w)) {
            if (cancelled.load()) {
                return;
            }
            if (i + 1 < Tiles::kMinimumAnalysisBars) {
                ++w.skipped;
                continue;
            }
            // Only the bars up to the as-of day: the adjusted view is per bar (adj_close / close), so
            // the prefix's view equals the full view's prefix and no later bar enters.
            s.referenceDate = raw->date(i);
            auto analysis = Tiles::analyseSymbol(w.ticker, raw->slice(0, i + 1).adjusted(), s);
            if (!analysis) {
                ++w.skipped;
                continue;
            }
            w.verdicts << analysis->summary;
        }
        const int n = ++done;
        if (progress) {
            std::lock_guard lock(progressMutex);
            if (!progress(n, total)) {
                cancelled.store(true);
            }
        }
    });
    if (cancelled.load()) {
        return fail(Error::cancelled());
    }

    BackfillSummary summary;
    QSet<QDate> dates;
    Store::CallRepository calls(*db);
    for (BackfillWork& w : work) {
        if (!w.error.message.isEmpty()) {
            return fail(w.error.prefixed(w.ticker));
        }
        Store::Transaction tx(*db);
        if (!tx.isActive()) {
            return fail(tx.beginFailure());
        }
        for (const Tiles::AnalysisSummary& v : std::as_const(w.verdicts)) {
            // A withheld verdict is not a call (recordVerdict leaves it out): counted, not stored.
            if (auto r = calls.recordVerdict(w.id, v, track->verdictHorizon); !r) {
                return fail(r.error());
            }
            dates.insert(v.asOf);
            summary.verdicts += v.valid ? 1 : 0;
            summary.withheld += v.valid ? 0 : 1;
        }
        if (auto c = tx.commit(); !c) {
            return fail(c.error());
        }
        summary.skipped += w.skipped;
        ++summary.symbols;
        if (computed) {
            for (Tiles::AnalysisSummary& v : w.verdicts) {
                computed->append({w.id, std::move(v)});
            }
        }
    }
    summary.dates = static_cast<int>(dates.size());
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

} // namespace

Result<BackfillSummary> backfillVerdicts(const Store::DatabasePtr& db,
                                         QDate from,
                                         QDate to,
                                         BackfillEvery every,
                                         const QStringList& tickers,
                                         const std::function<bool(int, int)>& progress)
{
    Store::CallRepository calls(*db);
    auto stored = calls.symbolsWithBars();
    if (!stored) {
        return fail(stored.error());
    }
    QList<QPair<qint64, QString>> symbols;
    if (tickers.isEmpty()) {
        symbols = *stored;
    } else {
        Store::SymbolRepository repo(*db);
        for (const QString& t : tickers) {
            auto resolved = repo.resolve(t);
            if (!resolved) {
                return fail(resolved.error());
            }
            for (const auto& s : std::as_const(*stored)) {
                if (s.second == *resolved) {
                    symbols << s;
                }
            }
        }
    }
    std::vector<BackfillWork> work;
    for (const auto& [id, ticker] : std::as_const(symbols)) {
        work.push_back(BackfillWork{id, ticker, {}, {}, 0, {ErrorCode::Internal, {}}});
    }
    return runBackfill(
        db,
        work,
        [&](const BarSeries& bars, BackfillWork&) { return periodEnds(bars, every, from, to); },
        progress,
        nullptr);
}

Result<BackfillSummary> backfillVerdictsOn(const Store::DatabasePtr& db,
                                           const QList<VerdictDays>& days,
                                           const std::function<bool(int, int)>& progress,
                                           QList<BackfilledVerdict>* computed)
{
    std::vector<BackfillWork> work;
    for (const VerdictDays& d : days) {
        if (!d.days.isEmpty()) {
            work.push_back(BackfillWork{d.symbolId, d.ticker, d.days, {}, 0, {ErrorCode::Internal, {}}});
        }
    }
    return runBackfill(
        db,
        work,
        [](const BarSeries& bars, BackfillWork& w) {
            // The bar of each asked day; a day without a bar has no verdict of its own (skipped).
            QList<qsizetype> out;
            const std::vector<qint64>& all = bars.days();
            for (const QDate& d : std::as_const(w.days)) {
                const auto it = std::lower_bound(all.begin(), all.end(), d.toJulianDay());
                if (it != all.end() && *it == d.toJulianDay()) {
                    out << static_cast<qsizetype>(it - all.begin());
                } else {
                    ++w.skipped;
                }
            }
            return out;
        },
        progress,
        computed);
}

} // namespace Tessera::Tasks
