#include "core/tasks/DefaultSchedule.h"

#include <algorithm>

#include "core/market/Market.h"
#include "core/market/Universe.h"
#include "core/store/UniverseRepository.h"

namespace Tessera::Tasks {
namespace {

/** One line of the table: key, name, kind, frequency, time, weekday, hours, market days only. */
ScheduleEntry line(const char* key,
                   const char* name,
                   const char* kind,
                   Frequency frequency,
                   QTime time,
                   int weekday,
                   int everyHours,
                   bool marketDaysOnly)
{
    ScheduleEntry e;
    e.defaultKey = QString::fromLatin1(key);
    e.name = QString::fromLatin1(name);
    e.kind = QString::fromLatin1(kind);
    e.frequency = frequency;
    e.time = time;
    e.weekday = weekday;
    e.everyHours = everyHours;
    e.marketDaysOnly = marketDaysOnly;
    return e;
}

} // namespace

const QList<ScheduleEntry>& defaultSchedule()
{
    // The seeds' nightly cycle. Empty params: each kind then uses its configured defaults (load: the
    // default provider and the whole universe).
    //
    // The issues that build the remaining kinds add one line each, keeping the seeds' times:
    // CSV export daily 22:00 (market days), validation daily 22:30 (market days), training daily 02:00,
    // picks daily 02:15, cleanup weekly Sunday 03:00, incremental model update every 6 h from 00:00,
    // full retrain weekly Sunday (after cleanup, e.g. 04:00). A line whose kind is not registered yet
    // is simply not created until it is.
    static const QList<ScheduleEntry> table = {
        line("data-update", "Data update", "load", Frequency::Daily, QTime(21, 0), Qt::Monday, 6, true),
        line("csv-export", "CSV export", "export", Frequency::Daily, QTime(22, 0), Qt::Monday, 6, true),
        // Seed 002's nightly batch_run (SPEC: data pipeline 21:00) over the stored bars, a quarter of an
        // hour after the data update so it analyses what the update stored; the GUI queues jobs, so a
        // longer update only delays it. JSON goes to the pipeline/jsonFolder setting when it is set.
        line("pipeline", "Pipeline", "pipeline", Frequency::Daily, QTime(21, 15), Qt::Monday, 6, true),
        // Seed 001: incremental model updates every 6 h (00:00, 06:00, 12:00, 18:00) on market days, and
        // a full retrain every Sunday at 02:00.
        [] {
            ScheduleEntry e = line("train-incremental",
                                   "Incremental model update",
                                   "train",
                                   Frequency::EveryNHours,
                                   QTime(0, 0),
                                   Qt::Monday,
                                   6,
                                   true);
            e.params = QJsonObject{{QStringLiteral("mode"), QStringLiteral("incremental")}};
            return e;
        }(),
        [] {
            ScheduleEntry e = line(
                "train-full", "Full retrain", "train", Frequency::Weekly, QTime(2, 0), Qt::Sunday, 6, false);
            e.params = QJsonObject{{QStringLiteral("mode"), QStringLiteral("full")}};
            return e;
        }(),
        // Seed 003's ML step after the nightly training (02:00) and before the picks (02:15): the
        // cross-sectional price and risk models over every symbol with bars, scoring the last stored day;
        // market days only, as the data update.
        line("train-xs",
             "Cross-sectional models",
             "train-xs",
             Frequency::Daily,
             QTime(2, 5),
             Qt::Monday,
             6,
             true),
        // Issue 20: the seed's daily stock selection at 02:15 (after the night's training), which also
        // removes pick snapshots older than picks/retentionDays (the seed's Sunday cleanup, made daily).
        line("daily-picks", "Daily picks", "picks", Frequency::Daily, QTime(2, 15), Qt::Monday, 6, false),
        // The whole night as one chained saga (issue 20), off by default: it repeats what the entries above
        // do one by one; enable it and disable those to run the night as one resumable run.
        [] {
            ScheduleEntry e = line("run-all",
                                   "Run all (nightly saga)",
                                   "run-all",
                                   Frequency::Daily,
                                   QTime(21, 0),
                                   Qt::Monday,
                                   6,
                                   true);
            e.enabled = false;
            return e;
        }(),
    };
    return table;
}

QList<ScheduleEntry> cryptoDefaultSchedule(const QString& universe)
{
    const QString key = universeKey(universe);
    const auto params = [&universe](const char* mode) {
        // The load runs first (Binance 1h klines since the last stored hour) and does not become the
        // configured provider: the nightly "Data update" of other markets keeps its own.
        return QJsonObject{{QStringLiteral("mode"), QString::fromLatin1(mode)},
                           {QStringLiteral("fromUniverse"), universe},
                           {QStringLiteral("provider"), QStringLiteral("binance")},
                           {QStringLiteral("rememberProvider"), false},
                           {QStringLiteral("settings"),
                            QJsonObject{{QStringLiteral("fetch/binance/interval"), QStringLiteral("1h")}}}};
    };
    ScheduleEntry update =
        line("", "", "train-hourly", Frequency::EveryNHours, QTime(0, 0), Qt::Monday, 6, false);
    update.defaultKey = QStringLiteral("crypto-update:") + key;
    update.name = QStringLiteral("Crypto update (%1)").arg(universe);
    update.timeZone = QStringLiteral("UTC");
    update.params = params("incremental");
    ScheduleEntry retrain =
        line("", "", "train-hourly", Frequency::Weekly, QTime(3, 0), Qt::Sunday, 6, false);
    retrain.defaultKey = QStringLiteral("crypto-retrain:") + key;
    retrain.name = QStringLiteral("Crypto full retrain (%1)").arg(universe);
    retrain.timeZone = QStringLiteral("UTC");
    retrain.params = params("full");
    return {update, retrain};
}

bool isCryptoUniverse(const QStringList& tickers)
{
    return !tickers.isEmpty() && std::all_of(tickers.cbegin(), tickers.cend(), [](const QString& t) {
        return marketOfTicker(t).tradesEveryDay;
    });
}

Result<QStringList> cryptoUniverses(const Store::Database& db)
{
    Store::UniverseRepository universes(db);
    auto names = universes.names();
    if (!names) {
        return fail(names.error());
    }
    QStringList out;
    for (const QString& name : *names) {
        auto members = universes.members(name);
        if (!members) {
            return fail(members.error());
        }
        if (isCryptoUniverse(*members)) {
            out << name;
        }
    }
    return out;
}

} // namespace Tessera::Tasks
