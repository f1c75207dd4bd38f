#include "core/tasks/BacktestRun.h"

#include <QElapsedTimer>

#include "core/screens/FieldCatalog.h"
#include "core/store/BacktestDataRepository.h"
#include "core/store/ScreenDataRepository.h"
#include "core/store/ScreenRepository.h"
#include "core/tasks/TaskContext.h"

namespace Tessera::Tasks {

using Screens::Source;

Result<Backtest::BacktestResult>
runStoredBacktest(const Store::Database& db, const BacktestRequest& request, TaskContext* ctx)
{
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
    QStringList notPointInTime, fundamentals;
    bool usesXs = false;
    for (const QString& key : needs.fields) {
        const Screens::FieldInfo* f = catalog.find(key);
        if (!f) {
            continue;
        }
        if (f->source == Source::Analysis || f->source == Source::Consensus) {
            notPointInTime << f->key;
        } else if (f->source == Source::Fundamentals) {
            fundamentals << f->key;
        } else if (f->source == Source::CrossSection) {
            usesXs = true;
        }
    }
    if (!notPointInTime.isEmpty()) {
        return fail(Error::invalidInput(
            QStringLiteral(
                "backtest: %1 cannot be replayed: verdicts and per-stock consensus are stored only as "
                "of their latest computation, and recomputing them as of each past rebalance day is "
                "not supported; remove them from the conditions and the ranking")
                .arg(notPointInTime.join(QStringLiteral(", ")))));
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

    QStringList notes;
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
    notes << QStringLiteral("Survivorship: the universe (%1) is today's list of symbols; stocks that left it "
                            "before today are missing, which flatters both the strategy and the benchmark.")
                 .arg(named ? screen.selection : QStringLiteral("all stored symbols"));
    if (usesXs) {
        notes << QStringLiteral(
            "Cross-sectional ML scores are used only on days when both the score and the "
            "model's training data are dated on or before the day; other days rank without "
            "them.");
    }
    if (compiled->ranking.isEmpty()) {
        notes << QStringLiteral("No ranking: the top %1 are the first passing tickers in alphabetical order.")
                     .arg(settings.top);
    }
    const double loadSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    auto result = Backtest::runBacktest(*panel, *compiled, settings, ctx);
    if (!result) {
        return fail(result.error());
    }
    result->loadSeconds = loadSeconds;
    result->replaySeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    result->screenName = screen.name;
    result->notes = notes + result->notes;
    return result;
}

} // namespace Tessera::Tasks
