#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/monitor/SystemStatus.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/RunTypes.h"

namespace Tessera::Cli {
namespace {

QString dateOrDash(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString secondsOrDash(double seconds)
{
    return seconds < 0 ? QStringLiteral("-") : QStringLiteral("%1 s").arg(seconds, 0, 'f', 2);
}

/** The sections after the database summary: tables, freshness, resources, last runs, health. */
void printSystemStatus(QTextStream& out, const Monitor::SystemStatus& s)
{
    out << QStringLiteral("\nTables\n");
    for (const Monitor::TableStats& t : s.tables) {
        // Tables without a date column get no date cell (not "-", which means "dated but empty").
        out << QStringLiteral("  %1 %2").arg(t.name, -24).arg(t.rows, 10)
            << (t.hasDate ? QStringLiteral("  ") + dateOrDash(t.latestDate) : QString())
            << QStringLiteral("\n");
    }

    const Monitor::Freshness& f = s.freshness;
    out << QStringLiteral("\nFreshness (expected last trading day %1, stale after %2 business days)\n")
               .arg(dateOrDash(f.expectedDate))
               .arg(f.staleAfterDays);
    out << QStringLiteral("  %1 symbols: %2 fresh (%3 up to date), %4 stale, %5 without bars")
               .arg(f.symbols)
               .arg(f.fresh)
               .arg(f.upToDate)
               .arg(f.stale)
               .arg(f.noData);
    if (f.lastFetchFailed > 0) {
        out << QStringLiteral(", %1 with a failed last fetch").arg(f.lastFetchFailed);
    }
    out << QStringLiteral("\n");
    if (f.withBars > 0) {
        out << QStringLiteral("  Last bars %1 .. %2\n")
                   .arg(dateOrDash(f.oldestLastDate), dateOrDash(f.newestLastDate));
    }
    for (const Monitor::LaggingSymbol& l : f.stalest) {
        out << QStringLiteral("  behind    %1 %2 (%3 business days)\n")
                   .arg(l.ticker, -16)
                   .arg(dateOrDash(l.lastDate))
                   .arg(l.businessDaysBehind);
    }

    const Monitor::Resources& r = s.resources;
    const Monitor::ProcessStats& p = r.process;
    out << QStringLiteral("\nResources\n");
    out << QStringLiteral("  Database  %1 (WAL %2)\n")
               .arg(Monitor::formatBytes(r.databaseBytes), Monitor::formatBytes(r.walBytes));
    out << QStringLiteral("  Free disk %1 of %2\n")
               .arg(Monitor::formatBytes(r.freeDiskBytes), Monitor::formatBytes(r.totalDiskBytes));
    out << QStringLiteral("  CPU time  %1 (user %2, system %3), %4 cores\n")
               .arg(secondsOrDash(p.cpuSeconds()),
                    secondsOrDash(p.userCpuSeconds),
                    secondsOrDash(p.systemCpuSeconds))
               .arg(p.cores);
    out << QStringLiteral("  RSS       %1 (peak %2)\n")
               .arg(Monitor::formatBytes(p.residentBytes), Monitor::formatBytes(p.peakResidentBytes));
    out << QStringLiteral("  Uptime    %1\n").arg(secondsOrDash(p.uptimeSeconds));

    out << QStringLiteral("\nLast runs\n");
    if (s.lastRuns.isEmpty()) {
        out << QStringLiteral("  none\n");
    }
    for (const Tasks::RunRecord& run : s.lastRuns) {
        out << QStringLiteral("  %1 #%2 %3 started %4, %5 s, %6 done, %7 failed of %8\n")
                   .arg(run.kind, -12)
                   .arg(run.id)
                   .arg(Tasks::toString(run.status), -18)
                   .arg(run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .arg(run.seconds(), 0, 'f', 1)
                   .arg(run.done)
                   .arg(run.failed)
                   .arg(run.total);
    }

    out << QStringLiteral("\nHealth\n");
    for (const Monitor::HealthCheck& c : s.health) {
        out << QStringLiteral("  %1: %2\n").arg(Monitor::toString(c.severity), c.message);
    }
}

/**
 * `status`: what the database holds (symbols, bars, date ranges per universe) and the system's health
 * (tables, freshness, resources, last runs, health checks). --check adds the integrity check and
 * turns an error-level check into exit code 1, for cron and monitoring scripts.
 */
class StatusCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString synopsis() const override { return QStringLiteral("status [--all] [--check] [--stale-days N]"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Symbols, bars, tables, freshness, resources, last runs and health; --all lists "
            "every symbol; --check also checks integrity and exits 1 on any error; --json.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("all"), QStringLiteral("status: list every symbol.")},
            {QStringLiteral("check"),
             QStringLiteral("status: run the database integrity check; exit 1 when a health check is an "
                            "error.")},
            {QStringLiteral("stale-days"),
             QStringLiteral("status: business days a symbol's last bar may lag before it is stale (default "
                            "3)."),
             QStringLiteral("N")}};
    }

    int run(CliContext& ctx) override
    {
        Monitor::StatusOptions options;
        options.integrity = ctx.parser.isSet(QStringLiteral("check"));
        if (ctx.parser.isSet(QStringLiteral("stale-days"))) {
            bool ok = false;
            options.staleAfterBusinessDays = ctx.parser.value(QStringLiteral("stale-days")).toInt(&ok);
            if (!ok || options.staleAfterBusinessDays < 0) {
                return ctx.error(QStringLiteral("--stale-days needs a whole number of at least 0"),
                                 ExitUsage);
            }
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto rows = Store::SymbolRepository(*db).rows();
        auto universes = Store::UniverseRepository(*db).list();
        if (!rows || !universes) {
            return ctx.error(!rows ? rows.error().message : universes.error().message, ExitUsage);
        }
        auto status = Monitor::collectSystemStatus(*db, options);
        if (!status) {
            return ctx.error(status.error().message, ExitUsage);
        }
        // Exit 1 only on request: a plain `status` is a report and succeeds whatever it reports.
        const int exitCode =
            options.integrity && status->worst() == Monitor::Severity::Error ? ExitSomeFailed : ExitOk;
        qint64 bars = 0;
        int withBars = 0;
        QDate first;
        QDate last;
        for (const Store::SymbolRow& r : *rows) {
            bars += r.barCount;
            if (r.barCount > 0) {
                ++withBars;
                first = !first.isValid() || r.firstDate < first ? r.firstDate : first;
                last = !last.isValid() || r.lastDate > last ? r.lastDate : last;
            }
        }
        const Monitor::Resources& resources = status->resources;
        if (ctx.json) {
            QJsonArray symbols;
            for (const Store::SymbolRow& r : *rows) {
                QJsonObject item{{QStringLiteral("ticker"), r.symbol.ticker},
                                 {QStringLiteral("name"), r.symbol.name},
                                 {QStringLiteral("sector"), r.symbol.sector},
                                 {QStringLiteral("bars"), r.barCount},
                                 {QStringLiteral("firstDate"), r.firstDate.toString(Qt::ISODate)},
                                 {QStringLiteral("lastDate"), r.lastDate.toString(Qt::ISODate)},
                                 {QStringLiteral("source"), r.source}};
                if (!r.lastError.isEmpty()) {
                    item.insert(QStringLiteral("lastError"), r.lastError);
                }
                symbols.append(item);
            }
            QJsonArray us;
            for (const auto& u : *universes) {
                us.append(QJsonObject{{QStringLiteral("name"), u.name},
                                      {QStringLiteral("symbols"), u.memberCount},
                                      {QStringLiteral("withBars"), u.withBars},
                                      {QStringLiteral("bars"), u.barCount},
                                      {QStringLiteral("firstDate"), u.firstDate.toString(Qt::ISODate)},
                                      {QStringLiteral("lastDate"), u.lastDate.toString(Qt::ISODate)}});
            }
            // The health snapshot's keys (tables, freshness, resources, lastRuns, health, ...) join the
            // summary's; none of them collides with an existing key.
            QJsonObject o = Monitor::toJson(*status);
            const QJsonObject summary{{QStringLiteral("database"), db->path()},
                                      {QStringLiteral("schemaVersion"), db->schemaVersion()},
                                      {QStringLiteral("databaseBytes"), resources.databaseBytes},
                                      {QStringLiteral("freeDiskBytes"), resources.freeDiskBytes},
                                      {QStringLiteral("symbolCount"), rows->size()},
                                      {QStringLiteral("symbolsWithBars"), withBars},
                                      {QStringLiteral("barCount"), bars},
                                      {QStringLiteral("firstDate"), first.toString(Qt::ISODate)},
                                      {QStringLiteral("lastDate"), last.toString(Qt::ISODate)},
                                      {QStringLiteral("universes"), us},
                                      {QStringLiteral("symbols"), symbols}};
            for (auto it = summary.begin(); it != summary.end(); ++it) {
                o.insert(it.key(), it.value());
            }
            ctx.printJson(QJsonDocument(o));
            return exitCode;
        }
        ctx.out << QStringLiteral("Database  %1 (schema %2, %3 MB, %4 GB free)\n")
                       .arg(db->path())
                       .arg(db->schemaVersion())
                       .arg(static_cast<double>(resources.databaseBytes) / 1e6, 0, 'f', 1)
                       .arg(static_cast<double>(resources.freeDiskBytes) / 1e9, 0, 'f', 1);
        ctx.out << QStringLiteral("Symbols   %1 (%2 with bars)\nBars      %3\nDates     %4\n")
                       .arg(rows->size())
                       .arg(withBars)
                       .arg(bars)
                       .arg(first.isValid() ? first.toString(Qt::ISODate) + QStringLiteral(" .. ")
                                                  + last.toString(Qt::ISODate)
                                            : QStringLiteral("-"));
        for (const auto& u : *universes) {
            ctx.out << QStringLiteral("Universe  %1: %2 symbols, %3 with bars, %4 bars, %5\n")
                           .arg(u.name)
                           .arg(u.memberCount)
                           .arg(u.withBars)
                           .arg(u.barCount)
                           .arg(u.firstDate.isValid()
                                    ? u.firstDate.toString(Qt::ISODate) + QStringLiteral(" .. ")
                                          + u.lastDate.toString(Qt::ISODate)
                                    : QStringLiteral("no bars"));
        }
        if (ctx.parser.isSet(QStringLiteral("all"))) {
            for (const Store::SymbolRow& r : *rows) {
                ctx.out << QStringLiteral("  %1 %2 %3 .. %4%5\n")
                               .arg(r.symbol.ticker, -16)
                               .arg(r.barCount, 7)
                               .arg(r.firstDate.toString(Qt::ISODate), r.lastDate.toString(Qt::ISODate))
                               .arg(r.lastError.isEmpty() ? QString()
                                                          : QStringLiteral("  last error: ") + r.lastError);
            }
        }
        printSystemStatus(ctx.out, *status);
        return exitCode;
    }
};

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace Tessera::Cli
