#include "core/tasks/PicksTask.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include "core/common/Log.h"
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

namespace {

/** One strategy's picks of the day, computed (read-only), not yet stored. */
struct ComputedPicks
{
    StrategyPicks stats;
    QDate date;
    QList<Screens::Pick> picks;
};

Result<ComputedPicks>
computePicks(const Store::Database& db, const QString& id, QDate asOf, const QStringList& tickers)
{
    if (!Screens::strategyIds().contains(id)) {
        return fail(Error::invalidInput(QStringLiteral("unknown strategy '%1' (one of %2)")
                                            .arg(id, Screens::strategyIds().join(QStringLiteral(", ")))));
    }
    auto screen = Store::ScreenRepository(db).find(id);
    if (!screen) {
        return fail(screen.error());
    }
    if (!screen->has_value()) {
        return fail(Error::internal(QStringLiteral("strategy '%1' is not stored").arg(id)));
    }
    QElapsedTimer timer;
    timer.start();
    auto run =
        runScreen(db, **screen, asOf, tickers, -1, Screens::pickSnapshotFields(), {QStringLiteral("rsi_14")});
    if (!run) {
        return fail(run.error().prefixed(QStringLiteral("strategy %1").arg(id)));
    }
    ComputedPicks out;
    out.stats.strategy = id;
    out.stats.matched = run->result.matched;
    out.stats.selection = run->result.selectionSize;
    out.stats.excluded = run->result.missingText();
    out.date = run->result.asOf;
    if (out.date.isValid()) {
        out.picks =
            Screens::buildPicks(id, run->compiled.expression, run->compiled.ranking, run->result, run->data);
    }
    out.stats.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return out;
}

/** The "picks" step: the unit is a strategy; process() computes, the write stores. */
class PicksStep final : public TaskStep
{
public:
    PicksStep(Store::DatabasePtr db, QDate date)
        : m_db(std::move(db))
        , m_date(date)
    {}
    QString name() const override { return QStringLiteral("picks"); }
    Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) override
    {
        if (ctx.isCanceled()) {
            return fail(Error::cancelled());
        }
        auto computed = computePicks(*m_db, work.symbol, m_date, {});
        if (!computed) {
            return fail(computed.error());
        }
        if (!computed->date.isValid()) {
            return skip(QStringLiteral("no stored bars"));
        }
        spdlog::info("picks {}: {} of {} passing ({} symbols){}",
                     work.symbol,
                     computed->picks.size(),
                     computed->stats.matched,
                     computed->stats.selection,
                     computed->stats.excluded.isEmpty() ? QString()
                                                        : QStringLiteral("; ") + computed->stats.excluded);
        return StepWrite([c = std::move(*computed)](const Store::Database& db) -> Result<void> {
            auto stored = Store::PickRepository(db).store(c.stats.strategy, c.date, c.picks);
            if (!stored) {
                return fail(stored.error());
            }
            return {};
        });
    }

private:
    Store::DatabasePtr m_db;
    QDate m_date;
};

} // namespace

Result<QList<Screens::Pick>> computeStrategyPicks(const Store::Database& db,
                                                  const QString& strategy,
                                                  QDate asOf,
                                                  const QStringList& tickers)
{
    auto computed = computePicks(db, strategy, asOf, tickers);
    if (!computed) {
        return fail(computed.error());
    }
    return computed->picks;
}

QJsonObject picksParams(const QDate& date, const QStringList& strategies)
{
    QJsonObject p;
    if (date.isValid()) {
        p.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    }
    if (!strategies.isEmpty()) {
        p.insert(QStringLiteral("strategies"), QJsonArray::fromStringList(strategies));
    }
    return p;
}

TaskKind picksTaskKind()
{
    TaskKind kind;
    kind.id = kPicksTaskKind;
    kind.title = QStringLiteral("Daily picks");
    kind.build = [](const Store::DatabasePtr& db,
                    const QJsonObject& params,
                    const QStringList& only) -> Result<TaskPlan> {
        const QString dateText = params.value(QStringLiteral("date")).toString();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!dateText.isEmpty() && !date.isValid()) {
            return fail(Error::invalidInput(
                QStringLiteral("picks: date must be YYYY-MM-DD, got '%1'").arg(dateText)));
        }
        QStringList strategies;
        for (const QJsonValue& v : params.value(QStringLiteral("strategies")).toArray()) {
            strategies << v.toString();
        }
        if (strategies.isEmpty()) {
            strategies = Screens::strategyIds();
        }
        TaskPlan plan;
        for (const QString& s : std::as_const(strategies)) {
            if (!Screens::strategyIds().contains(s)) {
                return fail(Error::invalidInput(QStringLiteral("picks: unknown strategy '%1'").arg(s)));
            }
            if (only.isEmpty() || only.contains(s)) {
                plan.symbols << s;
            }
        }
        plan.steps.push_back(std::make_unique<PicksStep>(db, date));
        plan.finish = [](const Store::Database& d, const QStringList&, QStringList& notes) -> Result<void> {
            auto days = picksRetentionDays(d);
            if (!days) {
                return fail(days.error());
            }
            auto removed = Store::PickRepository(d).cleanup(*days, QDate::currentDate());
            if (!removed) {
                return fail(removed.error());
            }
            if (*removed > 0) {
                notes << QStringLiteral("%1 pick rows older than %2 days removed").arg(*removed).arg(*days);
            }
            return {};
        };
        return plan;
    };
    return kind;
}

Result<PicksSummary> generatePicks(const Store::Database& db,
                                   QDate asOf,
                                   const QStringList& strategies,
                                   const QStringList& tickers)
{
    PicksSummary summary;
    for (const QString& id : strategies.isEmpty() ? Screens::strategyIds() : strategies) {
        auto computed = computePicks(db, id, asOf, tickers);
        if (!computed) {
            return fail(computed.error());
        }
        if (computed->date.isValid()) {
            summary.date = computed->date;
            auto stored = Store::PickRepository(db).store(id, computed->date, computed->picks);
            if (!stored) {
                return fail(stored.error());
            }
            computed->stats.picked = *stored;
        }
        summary.strategies << computed->stats;
    }
    return summary;
}

} // namespace Tessera::Tasks
