#include "core/tasks/PicksTask.h"

#include <QElapsedTimer>

#include "core/screens/Picks.h"
#include "core/screens/Strategy.h"
#include "core/store/PickRepository.h"
#include "core/store/ScreenRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/ScreenRun.h"

namespace Tessera::Tasks {

const QList<Config::Parameter>& picksParameters()
{
    // 90 days: the seed's cleanup of daily_suggested_stocks.
    static const QList<Config::Parameter> table = {
        {kPicksRetentionSetting,
         Config::ParameterType::Integer,
         QStringLiteral("90"),
         0,
         3650,
         QStringLiteral("days"),
         QStringLiteral(
             "The cleanup removes daily pick snapshots dated more than this many days ago; 0 keeps "
             "them all."),
         QString(),
         {}},
    };
    return table;
}

Result<int> picksRetentionDays(const Store::Database& db)
{
    const Config::Parameter& p = picksParameters().constFirst();
    auto stored = Store::SettingsRepository(db).value(p.key);
    if (!stored) {
        return fail(stored.error());
    }
    auto valid = Config::validate(p, stored->isEmpty() ? p.defaultValue : *stored);
    if (!valid) {
        return fail(valid.error());
    }
    return valid->toInt();
}

Result<PicksSummary> generatePicks(const Store::Database& db,
                                   QDate asOf,
                                   const QStringList& strategies,
                                   const QStringList& tickers)
{
    PicksSummary summary;
    Store::ScreenRepository screens(db);
    const QStringList wanted = strategies.isEmpty() ? Screens::strategyIds() : strategies;
    for (const QString& id : wanted) {
        if (!Screens::strategyIds().contains(id)) {
            return fail(Error::invalidInput(QStringLiteral("unknown strategy '%1' (one of %2)")
                                                .arg(id, Screens::strategyIds().join(QStringLiteral(", ")))));
        }
        auto screen = screens.find(id);
        if (!screen) {
            return fail(screen.error());
        }
        if (!screen->has_value()) {
            return fail(Error::internal(QStringLiteral("strategy '%1' is not stored").arg(id)));
        }
        QElapsedTimer timer;
        timer.start();
        auto run = runScreen(
            db, **screen, asOf, tickers, -1, Screens::pickSnapshotFields(), {QStringLiteral("rsi_14")});
        if (!run) {
            return fail(run.error().prefixed(QStringLiteral("strategy %1").arg(id)));
        }
        StrategyPicks s;
        s.strategy = id;
        s.matched = run->result.matched;
        s.selection = run->result.selectionSize;
        s.excluded = run->result.missingText();
        if (run->result.asOf.isValid()) {
            summary.date = run->result.asOf;
            const QList<Screens::Pick> picks = Screens::buildPicks(
                id, run->compiled.expression, run->compiled.ranking, run->result, run->data);
            auto stored = Store::PickRepository(db).store(id, run->result.asOf, picks);
            if (!stored) {
                return fail(stored.error());
            }
            s.picked = *stored;
        }
        s.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        summary.strategies << s;
    }
    return summary;
}

} // namespace Tessera::Tasks
