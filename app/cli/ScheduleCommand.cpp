#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "app/cli/TaskSupport.h"
#include "core/market/Market.h"
#include "core/store/HolidayRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/Scheduler.h"
#include "core/tasks/TaskKind.h"
#include "core/tasks/TaskRunner.h"
#include "core/universe/CryptoRefresh.h"

namespace Tessera::Cli {
namespace {

using Tasks::Frequency;
using Tasks::ScheduleEntry;
using Tasks::Scheduler;

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

QString showTime(const QDateTime& dt, const QTimeZone& zone)
{
    return dt.isValid() ? dt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("-");
}

QString jsonTime(const QDateTime& dt, const QTimeZone& zone)
{
    return dt.isValid() ? dt.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QString knownKinds()
{
    QStringList ids;
    for (const Tasks::TaskKind* k : Tasks::TaskRegistry::all()) {
        ids << k->id;
    }
    return ids.join(QStringLiteral(", "));
}

QJsonObject entryJson(const ScheduleEntry& e, const QTimeZone& zone)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("enabled"), e.enabled},
                  {QStringLiteral("when"), e.describe()},
                  {QStringLiteral("frequency"), Tasks::toString(e.frequency)},
                  {QStringLiteral("time"), e.time.toString(QStringLiteral("HH:mm"))},
                  {QStringLiteral("marketDaysOnly"), e.marketDaysOnly},
                  {QStringLiteral("catchUp"), e.catchUp},
                  {QStringLiteral("params"), e.params},
                  {QStringLiteral("lastRunAt"), jsonTime(e.lastRunAt, zone)},
                  {QStringLiteral("lastRunId"), e.lastRunId},
                  {QStringLiteral("lastStatus"), e.lastStatus},
                  {QStringLiteral("lastMessage"), e.lastMessage},
                  {QStringLiteral("nextRunAt"), jsonTime(e.nextRunAt, zone)}};
    if (e.frequency == Frequency::Weekly) {
        o.insert(QStringLiteral("weekday"), Tasks::weekdayShortName(e.weekday));
    }
    if (e.frequency == Frequency::EveryNHours) {
        o.insert(QStringLiteral("everyHours"), e.everyHours);
    }
    if (!e.defaultKey.isEmpty()) {
        o.insert(QStringLiteral("default"), e.defaultKey);
    }
    if (!e.timeZone.isEmpty()) {
        o.insert(QStringLiteral("timeZone"), e.timeZone);
    }
    return o;
}

/**
 * `schedule`: the internal scheduler without the GUI (SPEC §8). Entries, pause, holidays, and
 * `run-due`, which a system cron calls on a headless machine to run whatever is due.
 */
class ScheduleCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("schedule"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "schedule list | set NAME ... | remove NAME | pause | resume | run-due [--dry-run] "
            "| crypto-defaults [UNIVERSE] | holidays import FILE|infer|list|use C");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Scheduled tasks. set NAME --kind K [--daily HH:MM | --weekly DAY HH:MM | --every N [--from "
            "HH:MM]] "
            "[--market-days|--all-days] [--time-zone TZ] [--enable|--disable] [--params JSON] "
            "[--no-catch-up] "
            "creates or changes an entry; crypto-defaults adds seed 001's entries for a crypto universe "
            "(default Top crypto (USDT)): fetch + incremental hourly models every 6 h from 00:00 UTC, full "
            "retrain weekly Sun 03:00 UTC; run-due runs what is due (missed runs caught up once) for cron; "
            "holidays import FILE "
            "[--calendar C] [--replace] loads a YYYY-MM-DD[,name] list for market-days entries (and the "
            "pipeline's quality grades); holidays infer [--min-symbols N] [selection] adds the weekdays on "
            "which none of the stored symbols traded.");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o{
            {opt("kind"), QStringLiteral("schedule set: task kind (e.g. load)."), QStringLiteral("K")},
            {opt("daily"), QStringLiteral("schedule set: every day at HH:MM."), QStringLiteral("HH:MM")},
            {opt("weekly"),
             QStringLiteral(
                 "schedule set: weekly on DAY (mon..sun), time as the next argument or DAY@HH:MM."),
             QStringLiteral("DAY")},
            {opt("every"), QStringLiteral("schedule set: every N hours (1..168)."), QStringLiteral("N")},
            {opt("from"),
             QStringLiteral("schedule set: first slot of --every (default 00:00)."),
             QStringLiteral("HH:MM")},
            {opt("market-days"),
             QStringLiteral("schedule set: only on trading days (weekends, holidays skipped).")},
            {opt("all-days"), QStringLiteral("schedule set: every day, trading or not.")},
            {opt("time-zone"),
             QStringLiteral("schedule set: read the times on this zone's clock (UTC, Asia/Kolkata; empty = "
                            "the computer's)."),
             QStringLiteral("TZ")},
            {opt("enable"), QStringLiteral("schedule set: enable the entry.")},
            {opt("disable"), QStringLiteral("schedule set: disable the entry.")},
            {opt("params"),
             QStringLiteral("schedule set: task parameters as a JSON object."),
             QStringLiteral("JSON")},
            {opt("catch-up"),
             QStringLiteral("schedule set: run a missed occurrence once when next checked (default).")},
            {opt("no-catch-up"), QStringLiteral("schedule set: skip missed occurrences.")},
            {opt("dry-run"), QStringLiteral("schedule run-due: list what is due without running it.")},
            {opt("calendar"),
             QStringLiteral("schedule holidays: calendar name (default: the scheduler's)."),
             QStringLiteral("C")},
            {opt("replace"),
             QStringLiteral("schedule holidays import/infer: drop the calendar's other dates first.")},
            {opt("min-symbols"),
             QStringLiteral("schedule holidays infer: symbols that must be listed on a day before their "
                            "common silence counts as a holiday (default 5)."),
             QStringLiteral("N")},
        };
        o << selectionOptions();
        return o;
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        static const QStringList known = {QStringLiteral("list"),
                                          QStringLiteral("set"),
                                          QStringLiteral("remove"),
                                          QStringLiteral("pause"),
                                          QStringLiteral("resume"),
                                          QStringLiteral("run-due"),
                                          QStringLiteral("crypto-defaults"),
                                          QStringLiteral("holidays")};
        if (!known.contains(sub)) {
            return ctx.error(QStringLiteral("usage: tessera-cli %1").arg(synopsis()), ExitUsage);
        }
        // Entries, the pause switch and holiday calendars may be set up before any data is loaded; listing
        // and running what is due need an existing database.
        const QString action = ctx.args.value(1);
        const bool writes = sub == u"set" || sub == u"remove" || sub == u"pause" || sub == u"resume"
                            || sub == u"crypto-defaults"
                            || (sub == u"holidays" && (action == u"import" || action == u"use"));
        auto db = ctx.openDatabase(writes ? DbAccess::CreateIfMissing : DbAccess::Existing);
        if (!db) {
            return ctx.openFailure;
        }
        Scheduler scheduler(db);
        if (sub == QStringLiteral("holidays")) {
            return holidays(ctx, *db, scheduler);
        }
        // First use of the schedule on this database: the defaults for the kinds this build has.
        if (auto created = scheduler.ensureDefaults(); !created) {
            return ctx.error(created.error().message, ExitUsage);
        } else if (!created->isEmpty() && !ctx.json) {
            ctx.err << "note: created the default schedule entries: " << created->join(QStringLiteral(", "))
                    << "\n";
        }
        if (sub == QStringLiteral("list")) {
            return list(ctx, scheduler);
        }
        if (sub == QStringLiteral("set")) {
            return set(ctx, scheduler);
        }
        if (sub == QStringLiteral("remove")) {
            return remove(ctx, scheduler);
        }
        if (sub == QStringLiteral("crypto-defaults")) {
            return cryptoDefaults(ctx, *db, scheduler);
        }
        if (sub == QStringLiteral("pause") || sub == QStringLiteral("resume")) {
            const bool pause = sub == QStringLiteral("pause");
            if (auto r = scheduler.setPaused(pause); !r) {
                return ctx.error(r.error().message, ExitUsage);
            }
            if (!ctx.json) {
                ctx.out << (pause ? "Scheduler paused: nothing runs until 'tessera-cli schedule resume'.\n"
                                  : "Scheduler resumed; occurrences that passed while paused are skipped.\n");
            }
            return ExitOk;
        }
        return runDue(ctx, db, scheduler);
    }

private:
    static int list(CliContext& ctx, Scheduler& scheduler)
    {
        auto entries = scheduler.entries();
        auto calendar = scheduler.calendar();
        if (!entries || !calendar) {
            return ctx.error(!entries ? entries.error().message : calendar.error().message, ExitUsage);
        }
        const QTimeZone& zone = scheduler.zone();
        if (ctx.json) {
            QJsonArray arr;
            for (const ScheduleEntry& e : *entries) {
                arr.append(entryJson(e, zone));
            }
            ctx.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("paused"), scheduler.isPaused()},
                                          {QStringLiteral("calendar"), calendar->name()},
                                          {QStringLiteral("holidays"), calendar->holidays().size()},
                                          {QStringLiteral("timeZone"), QString::fromUtf8(zone.id())},
                                          {QStringLiteral("entries"), arr}}));
            return ExitOk;
        }
        if (scheduler.isPaused()) {
            ctx.out << "Scheduler is PAUSED (tessera-cli schedule resume).\n";
        }
        if (entries->isEmpty()) {
            ctx.out << "No schedule entries. Add one with: tessera-cli schedule set NAME --kind load --daily "
                       "21:00\n";
            return ExitOk;
        }
        // Column widths from the content: names and "when" texts vary a lot.
        int nameWidth = 4;
        int kindWidth = 8;
        int whenWidth = 4;
        int lastWidth = 8;
        QStringList lasts;
        for (const ScheduleEntry& e : *entries) {
            nameWidth = std::max(nameWidth, static_cast<int>(e.name.size()));
            kindWidth = std::max(kindWidth, static_cast<int>(e.kind.size()));
            whenWidth = std::max(whenWidth, static_cast<int>(e.describe().size()));
            QString last = QStringLiteral("-");
            if (e.lastRunAt.isValid()) {
                last = QStringLiteral("%1 %2").arg(showTime(e.lastRunAt, zone), e.lastStatus);
                if (e.lastRunId > 0) {
                    last += QStringLiteral(" (run %1)").arg(e.lastRunId);
                }
            }
            lasts << last;
            lastWidth = std::max(lastWidth, static_cast<int>(last.size()));
        }
        const QString format = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n");
        ctx.out << format.arg(QStringLiteral("ID"), 4)
                       .arg(QStringLiteral("On"), -3)
                       .arg(QStringLiteral("Name"), -nameWidth)
                       .arg(QStringLiteral("Kind"), -kindWidth)
                       .arg(QStringLiteral("When"), -whenWidth)
                       .arg(QStringLiteral("Last run"), -lastWidth)
                       .arg(QStringLiteral("Next run"));
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const ScheduleEntry& e = entries->at(i);
            ctx.out << format.arg(e.id, 4)
                           .arg(e.enabled ? QStringLiteral("yes") : QStringLiteral("no"), -3)
                           .arg(e.name, -nameWidth)
                           .arg(e.kind, -kindWidth)
                           .arg(e.describe(), -whenWidth)
                           .arg(lasts.at(i), -lastWidth)
                           .arg(showTime(e.nextRunAt, zone));
            if (!e.lastMessage.isEmpty()) {
                ctx.out << "      last message: " << e.lastMessage << "\n";
            }
        }
        ctx.out << QStringLiteral("Times are local (%1). Market days follow calendar '%2' (%3 holidays).\n")
                       .arg(QString::fromUtf8(zone.id()), calendar->name())
                       .arg(calendar->holidays().size());
        return ExitOk;
    }

    /** crypto-defaults [UNIVERSE]: seed 001's entries for a stored crypto universe (never twice). */
    static int cryptoDefaults(CliContext& ctx, const Store::Database& db, Scheduler& scheduler)
    {
        auto universe = storedUniverseName(ctx.args.value(1, Universes::defaultCryptoUniverse()), db);
        if (!universe) {
            return ctx.error(universe.error().message, exitCodeFor(universe.error(), ExitUsage));
        }
        auto created = scheduler.ensureDefaults(Tasks::cryptoDefaultSchedule(*universe));
        if (!created) {
            return ctx.error(created.error().message, exitCodeFor(created.error(), ExitUsage));
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("universe"), *universe},
                            {QStringLiteral("created"), QJsonArray::fromStringList(*created)}}));
            return ExitOk;
        }
        if (created->isEmpty()) {
            ctx.out << QStringLiteral("The crypto entries of '%1' were added before (an entry removed since "
                                      "is not added again; use schedule set to make one)\n")
                           .arg(*universe);
            return ExitOk;
        }
        for (const QString& name : *created) {
            auto e = scheduler.entry(name);
            if (e && e->has_value()) {
                ctx.out << QStringLiteral("Created '%1': %2, next run %3\n")
                               .arg(name, (*e)->describe(), showTime((*e)->nextRunAt, scheduler.zone()));
            }
        }
        return ExitOk;
    }

    static int set(CliContext& ctx, Scheduler& scheduler)
    {
        const QCommandLineParser& p = ctx.parser;
        // `--weekly DAY HH:MM`: QCommandLineParser gives an option one value, so the time arrives as a
        // positional argument next to NAME; it is recognised by its HH:MM shape.
        QStringList positional = ctx.args.mid(1);
        QString weeklyDay = p.value(opt("weekly"));
        QTime weeklyTime;
        if (p.isSet(opt("weekly"))) {
            const QStringList parts =
                weeklyDay.split(QRegularExpression(QStringLiteral("[@ ,]")), Qt::SkipEmptyParts);
            weeklyDay = parts.value(0);
            if (parts.size() > 1) {
                weeklyTime = Tasks::timeOfDayFromString(parts.at(1));
            } else {
                for (qsizetype i = 0; i < positional.size(); ++i) {
                    if (Tasks::timeOfDayFromString(positional.at(i)).isValid() && positional.size() > 1) {
                        weeklyTime = Tasks::timeOfDayFromString(positional.takeAt(i));
                        break;
                    }
                }
            }
            if (!weeklyTime.isValid()) {
                return ctx.error(QStringLiteral("--weekly needs a day and a time: --weekly sun 03:00"),
                                 ExitUsage);
            }
        }
        if (positional.size() != 1 || positional.constFirst().trimmed().isEmpty()) {
            return ctx.error(QStringLiteral("schedule set needs one NAME (quote names with spaces)"),
                             ExitUsage);
        }
        const QString name = positional.constFirst().trimmed();
        const int frequencies =
            int(p.isSet(opt("daily"))) + int(p.isSet(opt("weekly"))) + int(p.isSet(opt("every")));
        if (frequencies > 1) {
            return ctx.error(QStringLiteral("give only one of --daily, --weekly, --every"), ExitUsage);
        }
        if (p.isSet(opt("market-days")) && p.isSet(opt("all-days"))) {
            return ctx.error(QStringLiteral("--market-days and --all-days exclude each other"), ExitUsage);
        }
        if (p.isSet(opt("enable")) && p.isSet(opt("disable"))) {
            return ctx.error(QStringLiteral("--enable and --disable exclude each other"), ExitUsage);
        }
        if (p.isSet(opt("catch-up")) && p.isSet(opt("no-catch-up"))) {
            return ctx.error(QStringLiteral("--catch-up and --no-catch-up exclude each other"), ExitUsage);
        }

        auto existing = scheduler.entry(name);
        if (!existing) {
            return ctx.error(existing.error().message, ExitUsage);
        }
        const bool create = !existing->has_value();
        ScheduleEntry e = create ? ScheduleEntry{} : **existing;
        if (create) {
            if (!p.isSet(opt("kind")) || frequencies == 0) {
                return ctx.error(
                    QStringLiteral("new entry '%1' needs --kind and one of --daily, --weekly, --every")
                        .arg(name),
                    ExitUsage);
            }
            e.name = name;
        }
        // Unknown kinds are refused now rather than failing every night at run time.
        if (p.isSet(opt("kind"))) {
            const QString kind = p.value(opt("kind")).trimmed();
            if (Tasks::TaskRegistry::find(kind) == nullptr) {
                return ctx.error(QStringLiteral("unknown task kind '%1' (known: %2)").arg(kind, knownKinds()),
                                 ExitUsage);
            }
            e.kind = kind;
        }
        if (p.isSet(opt("daily"))) {
            e.frequency = Frequency::Daily;
            e.time = Tasks::timeOfDayFromString(p.value(opt("daily")));
            if (!e.time.isValid()) {
                return ctx.error(
                    QStringLiteral("--daily needs a time HH:MM, not '%1'").arg(p.value(opt("daily"))),
                    ExitUsage);
            }
        } else if (p.isSet(opt("weekly"))) {
            const auto day = Tasks::weekdayFromString(weeklyDay);
            if (!day) {
                return ctx.error(QStringLiteral("--weekly needs a day mon..sun, not '%1'").arg(weeklyDay),
                                 ExitUsage);
            }
            e.frequency = Frequency::Weekly;
            e.weekday = *day;
            e.time = weeklyTime;
        } else if (p.isSet(opt("every"))) {
            bool ok = false;
            const int n = p.value(opt("every")).toInt(&ok);
            if (!ok || n < 1 || n > 168) {
                return ctx.error(QStringLiteral("--every needs a number of hours from 1 to 168"), ExitUsage);
            }
            e.frequency = Frequency::EveryNHours;
            e.everyHours = n;
            // The anchor of a daily or weekly time makes no sense as a slot start; --from sets it.
            e.time = QTime(0, 0);
        }
        if (p.isSet(opt("from"))) {
            if (e.frequency != Frequency::EveryNHours) {
                return ctx.error(QStringLiteral("--from only goes with --every"), ExitUsage);
            }
            e.time = Tasks::timeOfDayFromString(p.value(opt("from")));
            if (!e.time.isValid()) {
                return ctx.error(
                    QStringLiteral("--from needs a time HH:MM, not '%1'").arg(p.value(opt("from"))),
                    ExitUsage);
            }
        }
        if (p.isSet(opt("market-days")) || p.isSet(opt("all-days"))) {
            e.marketDaysOnly = p.isSet(opt("market-days"));
        }
        if (p.isSet(opt("time-zone"))) {
            e.timeZone = p.value(opt("time-zone")).trimmed();
        }
        if (p.isSet(opt("enable")) || p.isSet(opt("disable"))) {
            e.enabled = p.isSet(opt("enable"));
        }
        if (p.isSet(opt("catch-up")) || p.isSet(opt("no-catch-up"))) {
            e.catchUp = p.isSet(opt("catch-up"));
        }
        if (p.isSet(opt("params"))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(p.value(opt("params")).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                return ctx.error(QStringLiteral("--params needs a JSON object: %1")
                                     .arg(error.error != QJsonParseError::NoError
                                              ? error.errorString()
                                              : QStringLiteral("not an object")),
                                 ExitUsage);
            }
            e.params = doc.object();
        }
        auto saved = scheduler.saveEntry(e);
        if (!saved) {
            return ctx.error(saved.error().message, ExitUsage);
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(entryJson(*saved, scheduler.zone())));
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1 '%2': %3 %4%5; next run %6\n")
                       .arg(create ? QStringLiteral("Created") : QStringLiteral("Updated"),
                            saved->name,
                            saved->kind)
                       .arg(saved->describe(), saved->enabled ? QString() : QStringLiteral(" (disabled)"))
                       .arg(showTime(saved->nextRunAt, scheduler.zone()));
        return ExitOk;
    }

    static int remove(CliContext& ctx, Scheduler& scheduler)
    {
        const QString name = ctx.args.value(1).trimmed();
        if (name.isEmpty() || ctx.args.size() != 2) {
            return ctx.error(QStringLiteral("schedule remove needs one NAME"), ExitUsage);
        }
        auto e = scheduler.entry(name);
        if (!e) {
            return ctx.error(e.error().message, ExitUsage);
        }
        if (!e->has_value()) {
            return ctx.error(
                QStringLiteral("no schedule entry named '%1' (see 'tessera-cli schedule list')").arg(name),
                ExitUsage);
        }
        if (auto r = scheduler.removeEntry((*e)->id); !r) {
            return ctx.error(r.error().message, ExitUsage);
        }
        if (!ctx.json) {
            ctx.out << QStringLiteral("Removed '%1'.%2\n")
                           .arg(
                               name,
                               (*e)->defaultKey.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" It is a default entry and will not be created again."));
        }
        return ExitOk;
    }

    static int runDue(CliContext& ctx, const Store::DatabasePtr& db, Scheduler& scheduler)
    {
        const QTimeZone& zone = scheduler.zone();
        if (ctx.parser.isSet(opt("dry-run"))) {
            // Only reads: no lock, so it also answers while the GUI or another run-due is working.
            return dryRun(ctx, scheduler);
        }
        auto lock = acquireWriteLock(ctx, *db);
        if (!lock) {
            return ExitUsage;
        }
        // Pause is one switch for the GUI and cron alike; a paused run-due is a success with nothing to do.
        if (scheduler.isPaused()) {
            if (!ctx.json) {
                ctx.out << "Scheduler is paused; nothing run.\n";
            } else {
                ctx.printJson(QJsonDocument(
                    QJsonObject{{QStringLiteral("paused"), true}, {QStringLiteral("runs"), QJsonArray{}}}));
            }
            return ExitOk;
        }
        int exitCode = ExitOk;
        int count = 0;
        QJsonArray results;
        // One occurrence at a time, claimed just before it runs: an interrupted run-due leaves the
        // entries it did not reach due for the next call instead of silently consuming them.
        while (true) {
            auto claimed = scheduler.claimNext();
            if (!claimed) {
                return ctx.error(claimed.error().message, ExitUsage);
            }
            if (!claimed->has_value()) {
                break;
            }
            const Tasks::DueRun due = **claimed;
            ++count;
            if (!ctx.json) {
                ctx.out << QStringLiteral("== %1 (%2, %3), due %4%5\n")
                               .arg(due.entry.name,
                                    due.entry.kind,
                                    due.entry.describe(),
                                    showTime(due.scheduledAt, zone))
                               .arg(due.late ? QStringLiteral(", catching up a missed run") : QString());
                ctx.out.flush();
            }
            // The run id exists only once TaskRunner::start returns; the start time is recorded now.
            if (auto r = scheduler.recordRunStarted(due.entry.id, 0); !r) {
                return ctx.error(r.error().message, ExitUsage);
            }
            std::optional<Tasks::RunResult> result;
            QString startError;
            // JSON mode collects one document for all runs, so each run's own output goes to a buffer.
            QString buffer;
            QTextStream quiet(&buffer);
            CliContext runCtx{ctx.parser,
                              ctx.args,
                              ctx.databasePath,
                              ctx.json,
                              ctx.maxWorkers,
                              ctx.json ? quiet : ctx.out,
                              ctx.err};
            const int code = runTask(runCtx, [&](Tasks::TaskContext& task) {
                Tasks::RunOptions options;
                options.maxWorkers = ctx.maxWorkers;
                options.trigger = QStringLiteral("schedule");
                auto r = Tasks::TaskRunner(db).start(due.entry.kind, due.entry.params, options, task);
                if (r) {
                    result = *r;
                } else {
                    startError = r.error().message;
                }
                return r;
            });
            const Tasks::RunStatus status = result ? result->status : Tasks::RunStatus::Failed;
            if (auto r =
                    scheduler.recordRunFinished(due.entry.id, result ? result->runId : 0, status, startError);
                !r) {
                return ctx.error(r.error().message, ExitUsage);
            }
            QJsonObject item{{QStringLiteral("entry"), due.entry.name},
                             {QStringLiteral("kind"), due.entry.kind},
                             {QStringLiteral("scheduledAt"), jsonTime(due.scheduledAt, zone)},
                             {QStringLiteral("late"), due.late},
                             {QStringLiteral("status"), Tasks::toString(status)}};
            if (result) {
                item.insert(QStringLiteral("run"), result->runId);
                item.insert(QStringLiteral("total"), result->total);
                item.insert(QStringLiteral("done"), result->done);
                item.insert(QStringLiteral("failed"), result->failed);
                item.insert(QStringLiteral("pending"), result->pending);
                item.insert(QStringLiteral("seconds"), result->seconds);
            } else {
                item.insert(QStringLiteral("error"), startError);
            }
            results.append(item);
            // Ctrl-C cancels the whole call, not just the current run: the user wants the prompt back.
            if (code == ExitInterrupted) {
                exitCode = ExitInterrupted;
                break;
            }
            if (code != ExitOk) {
                exitCode = ExitSomeFailed;
            }
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("paused"), false}, {QStringLiteral("runs"), results}}));
        } else if (count == 0) {
            ctx.out << "Nothing due.\n";
        } else if (exitCode == ExitInterrupted) {
            ctx.out << "Interrupted; entries not reached stay due for the next run-due.\n";
        }
        return exitCode;
    }

    static int dryRun(CliContext& ctx, Scheduler& scheduler)
    {
        const QTimeZone& zone = scheduler.zone();
        auto due = scheduler.dueNow();
        if (!due) {
            return ctx.error(due.error().message, ExitUsage);
        }
        const bool paused = scheduler.isPaused();
        if (ctx.json) {
            QJsonArray arr;
            for (const Tasks::DueRun& d : *due) {
                arr.append(QJsonObject{{QStringLiteral("entry"), d.entry.name},
                                       {QStringLiteral("kind"), d.entry.kind},
                                       {QStringLiteral("scheduledAt"), jsonTime(d.scheduledAt, zone)},
                                       {QStringLiteral("late"), d.late},
                                       {QStringLiteral("skip"), d.skip},
                                       {QStringLiteral("reason"), d.reason}});
            }
            ctx.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("paused"), paused}, {QStringLiteral("due"), arr}}));
            return ExitOk;
        }
        if (paused) {
            ctx.out << "Scheduler is paused; nothing would run.\n";
            return ExitOk;
        }
        if (due->isEmpty()) {
            ctx.out << "Nothing due.\n";
        }
        for (const Tasks::DueRun& d : *due) {
            ctx.out << QStringLiteral("%1 %2 (%3), due %4%5\n")
                           .arg(d.skip ? QStringLiteral("would skip") : QStringLiteral("would run "),
                                d.entry.name,
                                d.entry.kind,
                                showTime(d.scheduledAt, zone))
                           .arg(d.skip ? QStringLiteral(": %1").arg(d.reason)
                                       : (d.late ? QStringLiteral(" (catch-up)") : QString()));
        }
        return ExitOk;
    }

    /** holidays infer: the weekdays every selected symbol was silent on, into the calendar. */
    static int inferHolidays(CliContext& ctx,
                             const Store::Database& db,
                             Scheduler& scheduler,
                             const QString& calendar,
                             const QString& schedulerCalendar)
    {
        int minSymbols = Store::kDefaultClosedDayMinSymbols;
        if (ctx.parser.isSet(opt("min-symbols"))) {
            bool ok = false;
            minSymbols = ctx.parser.value(opt("min-symbols")).toInt(&ok);
            if (!ok || minSymbols < 1) {
                return ctx.error(QStringLiteral("--min-symbols needs a whole number of at least 1, not '%1'")
                                     .arg(ctx.parser.value(opt("min-symbols"))),
                                 ExitUsage);
            }
        }
        auto tickers = resolveSelection(ctx.parser, db);
        if (!tickers) {
            return ctx.error(tickers.error().message, exitCodeFor(tickers.error(), ExitUsage));
        }
        // Without --calendar, symbols of one exchange (all .NS) go into that exchange's calendar, the one
        // their quality grades follow; a mix goes into the scheduler's calendar.
        QString target = calendar;
        if (!ctx.parser.isSet(opt("calendar"))) {
            QStringList considered = *tickers; // none selected: every stored symbol with bars
            if (considered.isEmpty()) {
                auto all = Store::SymbolRepository(db).tickersWithBars();
                if (!all) {
                    return ctx.error(all.error().message, exitCodeFor(all.error(), ExitUsage));
                }
                considered = *all;
            }
            const Market first = marketOfTicker(considered.value(0));
            const bool oneMarket =
                std::all_of(considered.begin(), considered.end(), [&first](const QString& t) {
                    return marketOfTicker(t) == first;
                });
            if (oneMarket && !first.id.isEmpty() && !first.tradesEveryDay) {
                target = first.id;
            }
        }
        auto inferred = Store::HolidayRepository(db).importClosedDays(
            target, *tickers, minSymbols, ctx.parser.isSet(opt("replace")));
        if (!inferred) {
            return ctx.error(inferred.error().message + QStringLiteral(" (--min-symbols)"), ExitUsage);
        }
        if (target == schedulerCalendar) {
            if (auto r = scheduler.refreshNextRuns(); !r) {
                return ctx.error(r.error().message, ExitUsage);
            }
        }
        if (ctx.json) {
            QJsonArray list;
            for (const QDate& d : inferred->days) {
                list.append(d.toString(Qt::ISODate));
            }
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("calendar"), target},
                                                    {QStringLiteral("symbols"), inferred->symbols},
                                                    {QStringLiteral("days"), list}}));
            return ExitOk;
        }
        ctx.out << QStringLiteral(
                       "Inferred %1 closed weekday(s) from the bars of %2 symbols into calendar '%3'")
                       .arg(inferred->days.size())
                       .arg(inferred->symbols)
                       .arg(target);
        if (!inferred->days.isEmpty()) {
            ctx.out << QStringLiteral(" (%1 to %2)")
                           .arg(inferred->days.first().toString(Qt::ISODate),
                                inferred->days.last().toString(Qt::ISODate));
        }
        ctx.out << ".\n";
        if (target != calendar) {
            ctx.out << QStringLiteral("The quality grades of %1 symbols follow calendar '%1'.\n").arg(target);
        } else if (target != schedulerCalendar) {
            ctx.out << QStringLiteral("The scheduler and the pipeline use calendar '%1'; switch with: "
                                      "tessera-cli schedule holidays use %2\n")
                           .arg(schedulerCalendar, target);
        }
        return ExitOk;
    }

    static int holidays(CliContext& ctx, const Store::Database& db, Scheduler& scheduler)
    {
        const QString action = ctx.args.value(1);
        auto current = scheduler.calendarName();
        if (!current) {
            return ctx.error(current.error().message, ExitUsage);
        }
        // Without --calendar, import into and list the calendar the scheduler follows, so the common
        // case (one market) never needs the option.
        const QString calendar =
            ctx.parser.isSet(opt("calendar")) ? ctx.parser.value(opt("calendar")).trimmed() : *current;
        Store::HolidayRepository repo(db);
        if (action == QStringLiteral("import")) {
            const QString file = ctx.args.value(2);
            if (file.isEmpty() || ctx.args.size() != 3) {
                return ctx.error(QStringLiteral("schedule holidays import needs one FILE"), ExitUsage);
            }
            auto parsed = TradingCalendar::readHolidayFile(file);
            if (!parsed) {
                return ctx.error(parsed.error().message, ExitUsage);
            }
            auto written = repo.import(calendar, *parsed, ctx.parser.isSet(opt("replace")));
            if (!written) {
                return ctx.error(written.error().message, ExitUsage);
            }
            if (calendar == *current) {
                if (auto r = scheduler.refreshNextRuns(); !r) {
                    return ctx.error(r.error().message, ExitUsage);
                }
            }
            if (ctx.json) {
                ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("calendar"), calendar},
                                                        {QStringLiteral("imported"), *written}}));
                return ExitOk;
            }
            ctx.out
                << QStringLiteral("Imported %1 holiday(s) into calendar '%2'.\n").arg(*written).arg(calendar);
            if (calendar != *current) {
                ctx.out << QStringLiteral(
                               "The scheduler uses calendar '%1'; switch with: tessera-cli schedule "
                               "holidays use %2\n")
                               .arg(*current, calendar);
            }
            return ExitOk;
        }
        if (action == QStringLiteral("infer")) {
            return inferHolidays(ctx, db, scheduler, calendar, *current);
        }
        if (action == QStringLiteral("use")) {
            const QString name = ctx.args.value(2).trimmed();
            if (name.isEmpty()) {
                return ctx.error(QStringLiteral("schedule holidays use needs a calendar name"), ExitUsage);
            }
            if (auto r = scheduler.setCalendarName(name); !r) {
                return ctx.error(r.error().message, ExitUsage);
            }
            if (!ctx.json) {
                ctx.out << QStringLiteral("Market-days entries now follow calendar '%1'.\n").arg(name);
            }
            return ExitOk;
        }
        if (action == QStringLiteral("list")) {
            auto list = repo.holidays(calendar);
            auto calendars = repo.calendars();
            if (!list || !calendars) {
                return ctx.error(!list ? list.error().message : calendars.error().message, ExitUsage);
            }
            if (ctx.json) {
                QJsonArray days;
                for (const Holiday& h : *list) {
                    days.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                            {QStringLiteral("name"), h.name}});
                }
                QJsonArray names;
                for (const auto& c : *calendars) {
                    names.append(
                        QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("count"), c.count}});
                }
                ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("calendar"), calendar},
                                                        {QStringLiteral("schedulerCalendar"), *current},
                                                        {QStringLiteral("holidays"), days},
                                                        {QStringLiteral("calendars"), names}}));
                return ExitOk;
            }
            ctx.out << QStringLiteral("Calendar '%1'%2: %3 holiday(s)\n")
                           .arg(calendar,
                                calendar == *current ? QStringLiteral(" (used by the scheduler)") : QString())
                           .arg(list->size());
            for (const Holiday& h : *list) {
                ctx.out << "  " << h.date.toString(Qt::ISODate) << "  "
                        << QLocale::c().dayName(h.date.dayOfWeek(), QLocale::ShortFormat) << "  " << h.name
                        << "\n";
            }
            QStringList others;
            for (const auto& c : *calendars) {
                if (c.name != calendar) {
                    others << QStringLiteral("%1 (%2)").arg(c.name).arg(c.count);
                }
            }
            if (!others.isEmpty()) {
                ctx.out << "Other calendars: " << others.join(QStringLiteral(", ")) << "\n";
            }
            return ExitOk;
        }
        return ctx.error(
            QStringLiteral(
                "usage: tessera-cli schedule holidays import FILE [--calendar C] [--replace] | infer "
                "[--calendar C] [--min-symbols N] [--replace] [selection] | list [--calendar C] | use C"),
            ExitUsage);
    }
};

} // namespace

std::unique_ptr<Command> makeScheduleCommand()
{
    return std::make_unique<ScheduleCommand>();
}

} // namespace Tessera::Cli
