#include "core/tasks/LoadBarsTask.h"

#include <exception>
#include <numeric>
#include <vector>

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/store/BarRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"

namespace Tessera::Tasks {

int LoadSummary::doneCount() const
{
    return static_cast<int>(
        std::count_if(outcomes.cbegin(), outcomes.cend(), [](const auto& o) { return o.ok; }));
}

int LoadSummary::failedCount() const
{
    return static_cast<int>(outcomes.size()) - doneCount();
}

QStringList LoadSummary::failedTickers() const
{
    QStringList out;
    for (const SymbolOutcome& o : outcomes) {
        if (!o.ok) {
            out << o.ticker;
        }
    }
    return out;
}

namespace {

/** Fetches and stores one unit in one transaction; never throws. */
SymbolOutcome loadOne(const Store::Database& db, Fetch::BarProvider& provider, const Fetch::FetchUnit& unit)
{
    SymbolOutcome outcome;
    outcome.ticker = unit.ticker;
    Store::SymbolRepository symbols(db);
    try {
        auto fetched = provider.fetch(unit);
        if (!fetched) {
            outcome.error = fetched.error().message;
        } else {
            // Data files name symbols loosely ("NTPC"); attach them to the stored "NTPC.NS" when unique.
            auto resolved = symbols.resolve(fetched->ticker);
            const QString ticker = resolved ? *resolved : fetched->ticker;
            outcome.ticker = ticker;
            outcome.warnings = fetched->warnings;
            Store::Transaction tx(db);
            if (!tx.isActive()) {
                outcome.error = tx.beginError();
            } else {
                Symbol meta = fetched->meta;
                meta.ticker = ticker;
                Store::BarRepository bars(db);
                auto meta_ok = symbols.upsert(meta);
                auto written = meta_ok ? (fetched->replacesHistory
                                              ? bars.replaceAll(ticker, fetched->series, provider.id())
                                              : bars.upsert(ticker, fetched->series, provider.id()))
                                       : Result<Store::BarWriteStats>(fail(meta_ok.error()));
                if (!written) {
                    outcome.error = written.error().message;
                } else if (auto status = symbols.recordFetchOutcome(ticker, provider.id(), {}); !status) {
                    outcome.error = status.error().message;
                } else if (auto committed = tx.commit(); !committed) {
                    outcome.error = committed.error().message;
                } else {
                    outcome.ok = true;
                    outcome.bars = written->total;
                    outcome.written = written->written;
                }
            }
        }
    } catch (const std::exception& e) {
        outcome.error = QStringLiteral("internal error while loading %1: %2")
                            .arg(unit.ticker, QString::fromUtf8(e.what()));
    } catch (...) {
        outcome.error = QStringLiteral("internal error while loading %1").arg(unit.ticker);
    }
    if (!outcome.ok) {
        // Stored bars stay as they were; only the failure is recorded so the table can show it.
        if (auto r = symbols.recordFetchOutcome(outcome.ticker, provider.id(), outcome.error); !r) {
            spdlog::warn("cannot record the failure of {}: {}", outcome.ticker, r.error().message);
        }
    }
    return outcome;
}

} // namespace

Result<LoadSummary> runLoadBars(const Store::DatabasePtr& db,
                                Fetch::BarProvider& provider,
                                const LoadRequest& request,
                                TaskContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    auto plan = provider.plan(request.tickers);
    if (!plan) {
        return fail(plan.error());
    }
    const QList<Fetch::FetchUnit>& units = *plan;
    LoadSummary summary;
    summary.provider = provider.id();
    summary.notes = provider.planNotes();
    spdlog::info("load: {} symbols from {} with {} workers",
                 units.size(),
                 provider.id(),
                 request.maxWorkers > 0 ? request.maxWorkers : QThread::idealThreadCount());
    ctx.beginStep(QStringLiteral("load"), units.size());

    std::vector<SymbolOutcome> outcomes(static_cast<size_t>(units.size()));
    std::vector<qsizetype> indexes(outcomes.size());
    std::iota(indexes.begin(), indexes.end(), qsizetype{0});
    QThreadPool pool;
    pool.setMaxThreadCount(request.maxWorkers > 0 ? request.maxWorkers : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, indexes, [&](qsizetype i) {
        const Fetch::FetchUnit& unit = units[i];
        SymbolOutcome& outcome = outcomes[static_cast<size_t>(i)];
        if (ctx.isCanceled()) {
            outcome.ticker = unit.ticker;
            outcome.error = QStringLiteral("cancelled before loading");
            return;
        }
        outcome = loadOne(*db, provider, unit);
        if (outcome.ok) {
            spdlog::debug("load: {} stored {} bars", outcome.ticker, outcome.bars);
        } else {
            spdlog::warn("load: {} failed: {}", outcome.ticker, outcome.error);
        }
        ctx.unitFinished(outcome.ticker, outcome.ok);
    });
    ctx.finish();

    for (SymbolOutcome& o : outcomes) {
        summary.barsWritten += o.written;
        summary.outcomes << std::move(o);
    }
    summary.cancelled = ctx.isCanceled();

    const QString universeName = !request.universeName.isEmpty() ? request.universeName
                                 : request.tickers.isEmpty()     ? provider.defaultUniverse()
                                                                 : QString();
    if (!universeName.isEmpty() && !summary.cancelled) {
        Universe universe;
        universe.name = universeName;
        universe.source = provider.id();
        for (qsizetype i = 0; i < units.size(); ++i) {
            if (summary.outcomes[i].ok) {
                Symbol s = units[i].meta;
                s.ticker = summary.outcomes[i].ticker;
                universe.members << s;
            }
        }
        if (auto r = Store::UniverseRepository(*db).import(universe); !r) {
            return fail(r.error());
        }
    }
    summary.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    spdlog::info("load: done {} failed {} bars {} in {:.2f} s",
                 summary.doneCount(),
                 summary.failedCount(),
                 summary.barsWritten,
                 summary.seconds);
    return summary;
}

} // namespace Tessera::Tasks
