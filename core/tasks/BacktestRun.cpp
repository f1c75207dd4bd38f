#include "core/tasks/BacktestRun.h"

#include <algorithm>
#include <map>

#include <QElapsedTimer>
#include <QHash>

#include "core/screens/FieldCatalog.h"
#include "core/store/BacktestDataRepository.h"
#include "core/store/ScreenDataRepository.h"
#include "core/store/ScreenRepository.h"
#include "core/tasks/ScoreCalls.h"
#include "core/tasks/TaskContext.h"
#include "core/tasks/XsWalkForward.h"

namespace Tessera::Tasks {

using Screens::Source;

namespace {

/**
 * Makes the panel's verdicts point-in-time on every rebalance day: each (symbol, rebalance day) pair
 * where the symbol has a bar and the call history holds no verdict of that day is computed now from
 * the bars up to that day (backfillVerdictsOn: the verdict calls are stored, so a later backtest reuses
 * them) and added to the panel; withheld ones only to the panel. Returns the note saying how they were
 * obtained.
 */
Result<QString> verdictsAsOfRebalanceDays(const Store::DatabasePtr& db,
                                          Backtest::Panel& panel,
                                          const Backtest::BacktestSettings& settings,
                                          TaskContext* ctx)
{
    const std::vector<qint64> calendar = Backtest::tradingCalendar(panel, settings.from, settings.to);
    const std::vector<qsizetype> rebalances = Backtest::rebalanceIndexes(calendar, settings);
    QList<VerdictDays> missing;
    int pairs = 0, reused = 0;
    QHash<qint64, size_t> indexOf;
    for (size_t i = 0; i < panel.symbols.size(); ++i) {
        const Backtest::SymbolHistory& s = panel.symbols[i];
        indexOf.insert(s.symbolId, i);
        VerdictDays want{s.symbolId, s.ticker, {}};
        for (qsizetype r : rebalances) {
            const qint64 day = calendar[static_cast<size_t>(r)];
            if (!std::binary_search(s.days.begin(), s.days.end(), day)) {
                continue; // not ranked on a day without a bar
            }
            ++pairs;
            if (std::binary_search(s.verdictDays.begin(), s.verdictDays.end(), day)) {
                ++reused;
            } else {
                want.days << QDate::fromJulianDay(day);
            }
        }
        if (!want.days.isEmpty()) {
            missing << want;
        }
    }
    BackfillSummary done;
    if (!missing.isEmpty()) {
        if (ctx) {
            ctx->beginStep(QStringLiteral("verdicts"), missing.size());
        }
        QList<BackfilledVerdict> computed;
        auto filled = backfillVerdictsOn(
            db,
            missing,
            [ctx](int, int) {
                if (!ctx) {
                    return true;
                }
                ctx->unitFinished(QString(), true);
                return !ctx->isCanceled();
            },
            &computed);
        if (ctx) {
            ctx->finish();
        }
        if (!filled) {
            return fail(
                filled.error().code == ErrorCode::Cancelled
                    ? Error::cancelled(QStringLiteral("backtest cancelled"))
                    : filled.error().prefixed(QStringLiteral("computing verdicts as of the rebalance days")));
        }
        done = *filled;
        std::map<size_t, std::vector<std::pair<qint64, Backtest::VerdictRow>>> rows;
        for (const BackfilledVerdict& v : std::as_const(computed)) {
            const auto it = indexOf.constFind(v.symbolId);
            if (it != indexOf.cend() && v.summary.asOf.isValid()) {
                rows[*it].emplace_back(
                    v.summary.asOf.toJulianDay(),
                    Backtest::VerdictRow{v.summary.direction, v.summary.score, v.summary.qualityGrade});
            }
        }
        for (auto& [at, list] : rows) {
            Backtest::addVerdicts(panel.symbols[at], std::move(list));
        }
    }
    return QStringLiteral(
               "Verdicts as of each rebalance day, from the bars up to that day only: of %1 (symbol, day) "
               "pairs, %2 were read from the call history and %3 computed now in %4 s with the stored "
               "analysis settings (stored as verdict calls; `calls backfill` computes the same), %5 of them "
               "withheld by validation (kept for this run only), and %6 had too few bars for a verdict. "
               "Each day reads the newest verdict dated on or before it.")
        .arg(pairs)
        .arg(reused)
        .arg(done.verdicts + done.withheld)
        .arg(done.seconds, 0, 'f', 1)
        .arg(done.withheld)
        .arg(done.skipped);
}

/** How many rebalance days have a usable cross-sectional score for some symbol with a bar that day. */
QPair<int, int> rebalanceDaysWithXs(const Backtest::Panel& panel, const Backtest::BacktestSettings& settings)
{
    const std::vector<qint64> calendar = Backtest::tradingCalendar(panel, settings.from, settings.to);
    const std::vector<qsizetype> rebalances = Backtest::rebalanceIndexes(calendar, settings);
    int with = 0;
    for (qsizetype r : rebalances) {
        const qint64 day = calendar[static_cast<size_t>(r)];
        with += std::any_of(panel.symbols.begin(),
                            panel.symbols.end(),
                            [day](const Backtest::SymbolHistory& s) {
                                return std::binary_search(s.days.begin(), s.days.end(), day)
                                       && Backtest::xsRowAt(s, day) >= 0;
                            })
                    ? 1
                    : 0;
    }
    return {with, static_cast<int>(rebalances.size())};
}

/** Walk-forward cross-sectional scores into the panel (walkForwardXs); returns the report's note. */
Result<QString> walkForwardScores(const Store::Database& db,
                                  Backtest::Panel& panel,
                                  const Backtest::BacktestSettings& settings,
                                  TaskContext* ctx)
{
    auto wf = walkForwardXs(
        db, panel, Backtest::tradingCalendar(panel, settings.from, settings.to), settings.xsRetrainDays, ctx);
    if (!wf) {
        return fail(wf.error().code == ErrorCode::Cancelled
                        ? Error::cancelled(QStringLiteral("backtest cancelled"))
                        : wf.error());
    }
    const auto [with, total] = rebalanceDaysWithXs(panel, settings);
    QString note =
        QStringLiteral(
            "Cross-sectional ML scores were recomputed walk-forward (--xs-walk-forward): both models "
            "retrained as of %1 retrain day(s), every %2 trading days from %3, on the selection's %4 "
            "symbols with the stored cross-sectional settings and data up to the retrain day only, "
            "each scoring the days until the next retrain; %5 trained (%6 price model(s) passed the "
            "gate) in %7 s. The stored models and scores were not used or changed.")
            .arg(wf->retrains)
            .arg(settings.xsRetrainDays)
            .arg(settings.from.toString(Qt::ISODate))
            .arg(wf->symbols)
            .arg(wf->models)
            .arg(wf->validated)
            .arg(wf->seconds, 0, 'f', 1);
    if (wf->models < wf->retrains) {
        note += QStringLiteral(" %1 retrain day(s) had too little history for a model (%2); ")
                    .arg(wf->retrains - wf->models)
                    .arg(wf->untrained);
        note += wf->firstModel.isValid()
                    ? QStringLiteral("the first model is as of %1.").arg(wf->firstModel.toString(Qt::ISODate))
                    : QStringLiteral("no model could be trained.");
    }
    note += QStringLiteral(" %1 of %2 rebalance days had scores; the others rank without them.")
                .arg(with)
                .arg(total);
    return note;
}

} // namespace

Result<Backtest::BacktestResult>
runStoredBacktest(const Store::DatabasePtr& database, const BacktestRequest& request, TaskContext* ctx)
{
    const Store::Database& db = *database;
    const QString what = request.screen.trimmed();
    if (what.isEmpty()) {
        return fail(
            Error::invalidInput(QStringLiteral("backtest: name a stored screen or give an expression")));
    }
    Screens::ScreenDefinition screen;
    auto stored = Store::ScreenRepository(db).find(what);
    if (!stored) {
        return fail(stored.error());
    }
    if (stored->has_value()) {
        screen = **stored;
    } else {
        screen.name = what;
        screen.expression = what;
        screen.selection = QStringLiteral("all");
    }
    if (!request.ranking.trimmed().isEmpty()) {
        screen.ranking = request.ranking;
    }
    if (!request.selection.trimmed().isEmpty()) {
        screen.selection = request.selection;
    }
    auto compiled = Screens::compile(screen);
    if (!compiled) {
        const QString prefix = stored->has_value()
                                   ? QStringLiteral("screen '%1'").arg(screen.name)
                                   : QStringLiteral("no stored screen is named '%1', and as an "
                                                    "expression it does not parse")
                                         .arg(what);
        return fail(Error::invalidInput(prefix + QStringLiteral(": ") + compiled.error().message));
    }
    const Screens::FieldNeeds needs = Screens::fieldNeeds(compiled->expression, compiled->ranking);
    const Screens::FieldCatalog& catalog = Screens::FieldCatalog::instance();
    QStringList consensus, fundamentals;
    bool usesXs = false, usesVerdicts = false;
    for (const QString& key : needs.fields) {
        const Screens::FieldInfo* f = catalog.find(key);
        if (!f) {
            continue;
        }
        if (f->source == Source::Consensus) {
            consensus << f->key;
        } else if (f->source == Source::Analysis) {
            usesVerdicts = true;
        } else if (f->source == Source::Fundamentals) {
            fundamentals << f->key;
        } else if (f->source == Source::CrossSection) {
            usesXs = true;
        }
    }
    if (!consensus.isEmpty()) {
        return fail(Error::invalidInput(
            QStringLiteral(
                "backtest: %1 cannot be replayed: the per-stock consensus comes from each symbol's own "
                "models, stored only as last trained, and a backtest does not retrain every symbol's "
                "models as of each rebalance day; remove it from the conditions and the ranking (verdict "
                "fields and cross-sectional scores are replayed point-in-time)")
                .arg(consensus.join(QStringLiteral(", ")))));
    }

    Store::ScreenDataRepository screens(db);
    auto tickers = screens.resolveSelection(screen.selection);
    if (!tickers) {
        return fail(tickers.error().prefixed(QStringLiteral("backtest of '%1'").arg(screen.name)));
    }
    const bool named = !(screen.selection.trimmed().isEmpty()
                         || screen.selection.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0);
    if (named && tickers->isEmpty()) {
        return fail(Error::notFound(QStringLiteral("backtest of '%1': the selection '%2' has no symbols")
                                        .arg(screen.name, screen.selection)));
    }
    if (ctx) {
        ctx->beginStep(QStringLiteral("load"), 0);
    }
    const Backtest::BacktestSettings& settings = request.settings;
    if (!settings.from.isValid() || !settings.to.isValid() || settings.to < settings.from) {
        return fail(Error::invalidInput(QStringLiteral("backtest: --from must be a date on or before --to")));
    }
    QElapsedTimer clock;
    clock.start();
    auto panel = Store::BacktestDataRepository(db).load(*tickers, settings.from, settings.to, needs);
    if (!panel) {
        return fail(panel.error());
    }
    if (panel->symbols.empty()) {
        return fail(
            Error::notFound(QStringLiteral("backtest of '%1': the universe (%2) has no stored bars on or "
                                           "before %3; fetch data first")
                                .arg(screen.name,
                                     named ? screen.selection : QStringLiteral("all symbols"),
                                     settings.to.toString(Qt::ISODate))));
    }
    if (ctx && ctx->isCanceled()) {
        return fail(Error::cancelled(QStringLiteral("backtest cancelled")));
    }
    const double loadSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;

    QStringList notes;
    double verdictSeconds = 0;
    if (usesVerdicts) {
        clock.restart();
        auto note = verdictsAsOfRebalanceDays(database, *panel, settings, ctx);
        if (!note) {
            return fail(note.error());
        }
        notes << *note;
        verdictSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    }
    if (!fundamentals.isEmpty()) {
        const QDate first =
            panel->firstFundamentalsDay > 0 ? QDate::fromJulianDay(panel->firstFundamentalsDay) : QDate();
        const QString fields = fundamentals.join(QStringLiteral(", "));
        if (!first.isValid() || first > settings.from) {
            if (!settings.allowStaleFundamentals) {
                return fail(Error::invalidInput(
                    first.isValid()
                        ? QStringLiteral(
                              "backtest: %1 are fundamentals, stored only from %2 (not point-in-time "
                              "before Tessera began collecting them); start on or after %2, or pass "
                              "--allow-stale-fundamentals to use the first stored values for earlier days")
                              .arg(fields, first.toString(Qt::ISODate))
                        : QStringLiteral(
                              "backtest: %1 are fundamentals and none are stored for this selection; "
                              "run 'tessera-cli fundamentals fetch' first")
                              .arg(fields)));
            }
            notes << QStringLiteral(
                         "Fundamentals (%1) are not point-in-time before %2: the first stored values "
                         "were used for earlier days (--allow-stale-fundamentals), a look-ahead the "
                         "results include.")
                         .arg(fields,
                              first.isValid() ? first.toString(Qt::ISODate)
                                              : QStringLiteral("(none stored)"));
        }
    }
    double xsSeconds = 0;
    if (!usesXs && settings.xsWalkForward) {
        notes << QStringLiteral(
            "--xs-walk-forward had nothing to do: the screen reads no cross-sectional field.");
    } else if (settings.xsWalkForward) {
        clock.restart();
        auto note = walkForwardScores(db, *panel, settings, ctx);
        if (!note) {
            return fail(note.error());
        }
        notes << *note;
        xsSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    } else if (usesXs) {
        const auto [with, total] = rebalanceDaysWithXs(*panel, settings);
        notes << QStringLiteral(
                     "Cross-sectional ML scores came from the stored models only (xs_scores): a score is "
                     "used on a day only when both the score and its model's training data are dated on or "
                     "before that day, which gave %1 of %2 rebalance days scores; the others rank without "
                     "them. --xs-walk-forward retrains the models as of each day instead.")
                     .arg(with)
                     .arg(total);
    }
    notes << QStringLiteral("Survivorship: the universe (%1) is today's list of symbols; stocks that left it "
                            "before today are missing, which flatters both the strategy and the benchmark.")
                 .arg(named ? screen.selection : QStringLiteral("all stored symbols"));
    if (compiled->ranking.isEmpty()) {
        notes << QStringLiteral("No ranking: the top %1 are the first passing tickers in alphabetical order.")
                     .arg(settings.top);
    }
    clock.restart();
    auto result = Backtest::runBacktest(*panel, *compiled, settings, ctx);
    if (!result) {
        return fail(result.error());
    }
    result->loadSeconds = loadSeconds;
    result->verdictSeconds = verdictSeconds;
    result->xsSeconds = xsSeconds;
    result->replaySeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    result->screenName = screen.name;
    result->notes = notes + result->notes;
    return result;
}

} // namespace Tessera::Tasks
