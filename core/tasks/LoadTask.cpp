#include "core/tasks/LoadTask.h"

#include <QHash>
#include <QJsonArray>

#include "core/common/Log.h"
#include "core/store/BarRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"

namespace Tessera::Tasks {
namespace {

const QString kProviderSetting = QStringLiteral("fetch/provider");

/** The "bars" step: fetch one unit from the provider, then store it in the symbol's transaction. */
class LoadBarsStep final : public TaskStep
{
public:
    LoadBarsStep(std::shared_ptr<Fetch::BarProvider> provider, QHash<QString, Fetch::FetchUnit> units)
        : m_provider(std::move(provider))
        , m_units(std::move(units))
    {}

    QString name() const override { return QStringLiteral("bars"); }

    Result<StepWrite> process(SymbolWork& work, TaskContext&) override
    {
        const auto unit = m_units.constFind(work.symbol);
        if (unit == m_units.cend()) {
            return fail(Error::notFound(
                QStringLiteral("%1 is not offered by %2").arg(work.symbol, m_provider->id())));
        }
        auto fetched = m_provider->fetch(*unit);
        if (!fetched) {
            return fail(fetched.error());
        }
        for (const QString& w : fetched->warnings) {
            spdlog::warn("load: {}: {}", work.symbol, w);
        }
        auto bars = std::make_shared<Fetch::FetchedBars>(std::move(*fetched));
        work.data[QStringLiteral("bars")] = bars;
        const QString providerId = m_provider->id();
        return StepWrite([bars, providerId](const Store::Database& db) -> Result<void> {
            Store::SymbolRepository symbols(db);
            // Data files name symbols loosely ("NTPC"); attach them to the stored "NTPC.NS" when unique.
            auto resolved = symbols.resolve(bars->ticker);
            if (!resolved) {
                return fail(resolved.error());
            }
            Symbol meta = bars->meta;
            meta.ticker = *resolved;
            if (auto r = symbols.upsert(meta); !r) {
                return fail(r.error());
            }
            Store::BarRepository repo(db);
            auto written = bars->replacesHistory ? repo.replaceAll(*resolved, bars->series, providerId)
                                                 : repo.upsert(*resolved, bars->series, providerId);
            if (!written) {
                return fail(written.error());
            }
            return symbols.recordFetchOutcome(*resolved, providerId, {});
        });
    }

private:
    std::shared_ptr<Fetch::BarProvider> m_provider;
    QHash<QString, Fetch::FetchUnit> m_units; // read-only after construction: safe across workers
};

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out << item.toString();
    }
    return out;
}

} // namespace

QJsonObject loadParams(const QString& providerSpec, const QStringList& tickers, const QString& universe)
{
    QJsonObject p;
    if (!providerSpec.isEmpty()) {
        p.insert(QStringLiteral("provider"), providerSpec);
    }
    if (!tickers.isEmpty()) {
        p.insert(QStringLiteral("tickers"), QJsonArray::fromStringList(tickers));
    }
    if (!universe.isEmpty()) {
        p.insert(QStringLiteral("universe"), universe);
    }
    return p;
}

Result<TaskPlan>
makeLoadPlan(std::shared_ptr<Fetch::BarProvider> provider, const QJsonObject& params, const QStringList& only)
{
    const QStringList selection = only.isEmpty() ? stringList(params.value(QStringLiteral("tickers"))) : only;
    auto units = provider->plan(selection);
    if (!units) {
        return fail(units.error());
    }
    TaskPlan plan;
    QHash<QString, Fetch::FetchUnit> byTicker;
    for (const Fetch::FetchUnit& u : *units) {
        plan.symbols << u.ticker;
        byTicker.insert(u.ticker, u);
    }
    plan.notes = provider->planNotes();
    plan.steps.push_back(std::make_unique<LoadBarsStep>(provider, std::move(byTicker)));

    const QString wholeProviderUniverse = stringList(params.value(QStringLiteral("tickers"))).isEmpty()
                                              ? provider->defaultUniverse()
                                              : QString();
    const QString universe = params.value(QStringLiteral("universe")).toString(wholeProviderUniverse);
    const QString providerSpec = params.value(QStringLiteral("provider")).toString();
    plan.finish = [universe, providerSpec](const Store::Database& db,
                                           const QStringList& done) -> Result<void> {
        if (!providerSpec.isEmpty()) {
            // The nightly "Data update" reloads from where the user last loaded successfully.
            if (auto r = Store::SettingsRepository(db).setValue(kProviderSetting, providerSpec); !r) {
                return r;
            }
        }
        if (universe.isEmpty() || done.isEmpty()) {
            return {};
        }
        Store::SymbolRepository symbols(db);
        Universe u;
        u.name = universe;
        u.source = providerSpec;
        for (const QString& t : done) {
            auto resolved = symbols.resolve(t);
            if (!resolved) {
                return fail(resolved.error());
            }
            Symbol s;
            s.ticker = *resolved; // names and sectors were stored by the step; empty fields never erase them
            u.members << s;
        }
        auto diff = Store::UniverseRepository(db).import(u);
        return diff ? Result<void>{} : Result<void>(fail(diff.error()));
    };
    return plan;
}

TaskKind loadTaskKind()
{
    TaskKind kind;
    kind.id = QStringLiteral("load");
    kind.title = QStringLiteral("Load / update data");
    kind.build = [](const Store::DatabasePtr& db,
                    const QJsonObject& params,
                    const QStringList& only) -> Result<TaskPlan> {
        QString spec = params.value(QStringLiteral("provider")).toString();
        if (spec.isEmpty()) {
            auto stored = Store::SettingsRepository(*db).value(kProviderSetting);
            if (!stored) {
                return fail(stored.error());
            }
            spec = *stored;
        }
        if (spec.isEmpty()) {
            return fail(Error::invalidInput(QStringLiteral(
                "no data provider configured: load data once with a provider (csv:DIR or synthetic) first")));
        }
        auto provider = Fetch::makeProvider(spec);
        if (!provider) {
            return fail(provider.error());
        }
        return makeLoadPlan(std::shared_ptr<Fetch::BarProvider>(std::move(*provider)), params, only);
    };
    return kind;
}

} // namespace Tessera::Tasks
