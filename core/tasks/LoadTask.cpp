#include "core/tasks/LoadTask.h"

#include <cmath>

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include "core/common/Log.h"
#include "core/market/Market.h"
#include "core/store/BarRepository.h"
#include "core/store/CorporateActionRepository.h"
#include "core/store/HourlyBarRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/AlertCheck.h"
#include "core/tasks/CalendarInference.h"
#include "core/tasks/HourlySettings.h"

namespace Tessera::Tasks {
namespace {

const QString kProviderSetting = QStringLiteral("fetch/provider");

/** Equal to a relative 1e-6: what a source's rounding changes, not what a split or new adjustment does. */
bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(std::abs(a), std::abs(b));
}

/** The "bars" step: fetch one unit from the provider, then store it in the symbol's transaction. */
class LoadBarsStep final : public TaskStep
{
public:
    LoadBarsStep(Store::DatabasePtr db,
                 std::shared_ptr<Fetch::BarProvider> provider,
                 QHash<QString, Fetch::FetchUnit> units,
                 int dayBoundaryHour)
        : m_db(std::move(db))
        , m_provider(std::move(provider))
        , m_units(std::move(units))
        , m_dayBoundaryHour(dayBoundaryHour)
    {}

    QString name() const override { return QStringLiteral("bars"); }

    Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) override
    {
        const auto unit = m_units.constFind(work.symbol);
        if (unit == m_units.cend()) {
            return fail(Error::notFound(
                QStringLiteral("%1 is not offered by %2").arg(work.symbol, m_provider->id())));
        }
        const Fetch::CancelCheck canceled = [&ctx] {
            return ctx.isCanceled();
        };
        auto fetched = m_provider->fetch(*unit, canceled);
        if (!fetched) {
            return failed(work.symbol, fetched.error());
        }
        if (fetched->interval == Fetch::BarInterval::Hour) {
            return storeHourly(work, std::move(*fetched));
        }
        if (!fetched->replacesHistory && unit->storedLast.isValid() && !fetched->series.isEmpty()) {
            auto stored =
                Store::BarRepository(*m_db).load(unit->ticker, fetched->series.firstDate(), unit->storedLast);
            if (!stored) {
                return fail(stored.error());
            }
            const QString disagreement = overlapDisagreement(*stored, fetched->series, unit->storedLast);
            if (!disagreement.isEmpty()) {
                spdlog::info("load: {}: {}; fetching the whole history again", work.symbol, disagreement);
                Fetch::FetchUnit whole = *unit;
                whole.storedLast = QDate();
                auto again = m_provider->fetch(whole, canceled);
                if (!again) {
                    return failed(work.symbol, again.error());
                }
                fetched = std::move(again);
                fetched->warnings << QStringLiteral("history replaced: %1").arg(disagreement);
            }
        }
        if (fetched->replacesHistory && fetched->series.isEmpty()) {
            // The providers' validation gate already refuses this; a replace with nothing would wipe the
            // symbol's stored history, so the load checks again right before it could happen.
            return failed(work.symbol,
                          Error::invalidInput(
                              QStringLiteral("%1: no valid bars; stored history kept").arg(work.symbol)));
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
            if (auto r = Store::CorporateActionRepository(db).write(
                    *resolved, bars->dividends, bars->splits, providerId, bars->replacesHistory);
                !r) {
                return r;
            }
            return symbols.recordFetchOutcome(*resolved, providerId, {});
        });
    }

private:
    /**
     * Stores an hourly delivery in the symbol's transaction: the hourly bars (a whole file replaces,
     * keeping what is unchanged; a network delivery is merged), then for a market that trades around the
     * clock the daily bars derived from every stored hour (HourlySeries::toDaily with the day boundary
     * setting), so the daily views, tiles and models see the same market.
     */
    Result<StepWrite> storeHourly(SymbolWork& work, Fetch::FetchedBars fetched)
    {
        if (fetched.replacesHistory && fetched.hourly.isEmpty()) {
            return failed(
                work.symbol,
                Error::invalidInput(
                    QStringLiteral("%1: no valid hourly bars; stored history kept").arg(work.symbol)));
        }
        for (const QString& w : fetched.warnings) {
            spdlog::warn("load: {}: {}", work.symbol, w);
        }
        auto bars = std::make_shared<Fetch::FetchedBars>(std::move(fetched));
        const QString providerId = m_provider->id();
        const int boundary = m_dayBoundaryHour;
        return StepWrite([bars, providerId, boundary](const Store::Database& db) -> Result<void> {
            Store::SymbolRepository symbols(db);
            auto resolved = symbols.resolve(bars->ticker);
            if (!resolved) {
                return fail(resolved.error());
            }
            Symbol meta = bars->meta;
            meta.ticker = *resolved;
            if (auto r = symbols.upsert(meta); !r) {
                return fail(r.error());
            }
            Store::HourlyBarRepository hourly(db);
            auto written = bars->replacesHistory ? hourly.replaceAll(*resolved, bars->hourly, providerId)
                                                 : hourly.upsert(*resolved, bars->hourly, providerId);
            if (!written) {
                return fail(written.error());
            }
            if (marketOfTicker(*resolved).tradesEveryDay) {
                auto id = symbols.idOf(*resolved);
                if (!id) {
                    return fail(id.error());
                }
                auto all = hourly.loadAll(id->value_or(0), *resolved);
                if (!all) {
                    return fail(all.error());
                }
                auto daily =
                    Store::BarRepository(db).replaceAll(*resolved, all->toDaily(boundary), providerId);
                if (!daily) {
                    return fail(daily.error());
                }
            }
            return symbols.recordFetchOutcome(*resolved, providerId, {});
        });
    }

    /**
     * A fetch that failed: a cancel stops the provider's other requests at once; any other failure is
     * recorded as the symbol's last error (when the symbol is known, so typos do not create symbols).
     * Stored bars stay as they are.
     */
    tl::unexpected<Error> failed(const QString& symbol, const Error& error)
    {
        if (error.code == ErrorCode::Cancelled) {
            m_provider->cancel();
            return fail(error);
        }
        Store::SymbolRepository symbols(*m_db);
        auto id = symbols.idOf(symbol);
        if (id && id->has_value()) {
            Store::Transaction tx(*m_db);
            auto recorded = symbols.recordFetchOutcome(symbol, m_provider->id(), error.message);
            if (recorded) {
                recorded = tx.commit();
            }
            if (!recorded) {
                spdlog::warn("load: {}: cannot record the fetch error: {}", symbol, recorded.error().message);
            }
        }
        return fail(error);
    }

    Store::DatabasePtr m_db;
    std::shared_ptr<Fetch::BarProvider> m_provider;
    QHash<QString, Fetch::FetchUnit> m_units; // read-only after construction: safe across workers
    int m_dayBoundaryHour = 0;
};

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out << item.toString();
    }
    return out;
}

Fetch::SettingValues settingValues(const QJsonValue& v)
{
    Fetch::SettingValues out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        out.insert(it.key(),
                   it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble()));
    }
    return out;
}

/**
 * The load summary's note about loaded symbols that no universe lists (a CSV of TATAMOTORS after
 * importing a NIFTY 500 list without it): they are stored and shown, but a --universe selection or
 * the GUI's universe picker never reaches them. Silent when the database has no universes at all,
 * where every symbol would be listed. At most 20 are named.
 */
QStringList outsideUniversesReport(const Store::Database& db, const QStringList& done)
{
    if (done.isEmpty()) {
        return {};
    }
    Store::UniverseRepository universes(db);
    auto names = universes.names();
    auto members = universes.tickersInAnyUniverse();
    if (!names || !members || names->isEmpty()) {
        return {};
    }
    const QSet<QString> listed(members->cbegin(), members->cend());
    Store::SymbolRepository symbols(db);
    QStringList outside;
    for (const QString& ticker : done) {
        auto resolved = symbols.resolve(ticker);
        const QString stored = resolved ? *resolved : ticker;
        if (!listed.contains(stored) && !outside.contains(stored)) {
            outside << stored;
        }
    }
    if (outside.isEmpty()) {
        return {};
    }
    outside.sort();
    constexpr qsizetype kNamed = 20;
    QString list = outside.mid(0, kNamed).join(QStringLiteral(", "));
    if (outside.size() > kNamed) {
        list += QStringLiteral(" and %1 more").arg(outside.size() - kNamed);
    }
    const QString count = outside.size() == 1 ? QStringLiteral("1 symbol loaded is")
                                              : QStringLiteral("%1 symbols loaded are").arg(outside.size());
    return {QStringLiteral("%1 not in any universe: %2").arg(count, list)};
}

} // namespace

QString overlapDisagreement(const BarSeries& stored, const BarSeries& fetched, const QDate& storedLast)
{
    QHash<qint64, qsizetype> storedByDay;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        storedByDay.insert(stored.days()[static_cast<size_t>(i)], i);
    }
    const qint64 lastDay = storedLast.toJulianDay();
    for (qsizetype i = 0; i < fetched.size(); ++i) {
        const qint64 day = fetched.days()[static_cast<size_t>(i)];
        const auto it = storedByDay.constFind(day);
        if (day >= lastDay || it == storedByDay.cend()) {
            continue;
        }
        const Bar was = stored.at(*it);
        const Bar now = fetched.at(i);
        const auto differs = [](double a, double b) {
            return !isMissing(a) && !isMissing(b) && !sameValue(a, b);
        };
        const QString date = QDate::fromJulianDay(day).toString(Qt::ISODate);
        if (differs(was.close, now.close)) {
            return QStringLiteral("close on %1 changed from %2 to %3 (a split or a correction)")
                .arg(date)
                .arg(was.close)
                .arg(now.close);
        }
        if (differs(was.adjClose, now.adjClose)) {
            return QStringLiteral(
                       "adjusted close on %1 changed from %2 to %3 (a dividend or split adjustment)")
                .arg(date)
                .arg(was.adjClose)
                .arg(now.adjClose);
        }
    }
    return {};
}

QJsonObject loadParams(const QString& providerSpec,
                       const QStringList& tickers,
                       const QString& universe,
                       const Fetch::SettingValues& settings)
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
    if (!settings.isEmpty()) {
        QJsonObject s;
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            s.insert(it.key(), it.value());
        }
        p.insert(QStringLiteral("settings"), s);
    }
    return p;
}

Result<TaskPlan> makeLoadPlan(const Store::DatabasePtr& db,
                              std::shared_ptr<Fetch::BarProvider> provider,
                              const QJsonObject& params,
                              const QStringList& only)
{
    QStringList selection = only.isEmpty() ? stringList(params.value(QStringLiteral("tickers"))) : only;
    Store::SymbolRepository symbols(*db);
    if (selection.isEmpty() && !provider->canEnumerate()) {
        auto all = symbols.allTickers();
        if (!all) {
            return fail(all.error());
        }
        if (all->isEmpty()) {
            return fail(Error::invalidInput(
                QStringLiteral("%1 cannot list symbols and none are stored yet: import a universe or name "
                               "the tickers to fetch")
                    .arg(provider->id())));
        }
        selection = *all;
    }
    auto units = provider->plan(selection);
    if (!units) {
        return fail(units.error());
    }
    // The stored span of every symbol, for incremental network fetches.
    auto rows = symbols.rows();
    if (!rows) {
        return fail(rows.error());
    }
    auto hourSpans = Store::HourlyBarRepository(*db).spans();
    if (!hourSpans) {
        return fail(hourSpans.error());
    }
    auto boundary = dayBoundaryHour(*db);
    if (!boundary) {
        return fail(boundary.error());
    }
    QHash<QString, QPair<QDate, QDate>> storedSpan;
    for (const Store::SymbolRow& r : *rows) {
        if (r.barCount > 0) {
            storedSpan.insert(r.symbol.ticker, {r.firstDate, r.lastDate});
        }
    }
    TaskPlan plan;
    QHash<QString, Fetch::FetchUnit> byTicker;
    for (Fetch::FetchUnit& u : *units) {
        const auto span = storedSpan.constFind(u.ticker);
        if (span != storedSpan.cend()) {
            u.storedFirst = span->first;
            u.storedLast = span->second;
        }
        if (const auto hours = hourSpans->constFind(u.ticker); hours != hourSpans->cend()) {
            u.storedFirstHour = hours->firstTime;
            u.storedLastHour = hours->lastTime;
        }
        plan.symbols << u.ticker;
        byTicker.insert(u.ticker, u);
    }
    provider->prefetch(*units);
    plan.notes = provider->planNotes();
    plan.steps.push_back(std::make_unique<LoadBarsStep>(db, provider, std::move(byTicker), *boundary));

    const QString wholeProviderUniverse = stringList(params.value(QStringLiteral("tickers"))).isEmpty()
                                              ? provider->defaultUniverse()
                                              : QString();
    const QString universe = params.value(QStringLiteral("universe")).toString(wholeProviderUniverse);
    const QString providerSpec = params.value(QStringLiteral("provider")).toString();
    const bool rememberProvider = params.value(QStringLiteral("rememberProvider")).toBool(true);
    plan.finish = [universe, providerSpec, rememberProvider](const Store::Database& database,
                                                             const QStringList& done,
                                                             QStringList& notes) -> Result<void> {
        if (!providerSpec.isEmpty() && rememberProvider) {
            // The nightly "Data update" reloads from where the user last loaded successfully.
            if (auto r = Store::SettingsRepository(database).setValue(kProviderSetting, providerSpec); !r) {
                return r;
            }
        }
        // Exchange holidays are not missing data: each loaded market's closed days, from its bars.
        if (auto inferred = inferLoadedMarketCalendars(database, done); !inferred) {
            return fail(inferred.error());
        } else {
            notes << *inferred;
        }
        // Price alerts (issue 17): each data update is checked for crossings of the loaded symbols.
        if (auto fired = checkPriceAlerts(database, done); !fired) {
            return fail(fired.error());
        } else if (!fired->isEmpty()) {
            notes << priceAlertsNote(*fired);
        }
        if (universe.isEmpty() || done.isEmpty()) {
            return {};
        }
        Store::SymbolRepository symbolRepo(database);
        Universe u;
        u.name = universe;
        u.source = providerSpec;
        for (const QString& t : done) {
            auto resolved = symbolRepo.resolve(t);
            if (!resolved) {
                return fail(resolved.error());
            }
            Symbol s;
            s.ticker = *resolved; // names and sectors were stored by the step; empty fields never erase them
            u.members << s;
        }
        auto diff = Store::UniverseRepository(database).import(u);
        return diff ? Result<void>{} : Result<void>(fail(diff.error()));
    };
    plan.report = outsideUniversesReport;
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
            return fail(Error::invalidInput(
                QStringLiteral("no data provider configured: load data once with a provider (yahoo, stooq, "
                               "csv:DIR or synthetic) first")));
        }
        Fetch::SettingValues settings;
        if (Fetch::isNetworkProvider(spec)) {
            auto stored = Fetch::storedFetchSettings(*db);
            if (!stored) {
                return fail(stored.error());
            }
            settings = *stored;
            settings.insert(settingValues(params.value(QStringLiteral("settings"))));
        }
        auto provider = Fetch::makeProvider(spec, settings);
        if (!provider) {
            return fail(provider.error());
        }
        return makeLoadPlan(db, std::shared_ptr<Fetch::BarProvider>(std::move(*provider)), params, only);
    };
    return kind;
}

} // namespace Tessera::Tasks
