#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/TaskSupport.h"
#include "core/store/RunRepository.h"

namespace Tessera::Cli {
namespace {

QJsonObject runJson(const Tasks::RunRecord& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("kind"), r.kind},
                       {QStringLiteral("status"), Tasks::toString(r.status)},
                       {QStringLiteral("trigger"), r.trigger},
                       {QStringLiteral("parent"), r.parentRunId},
                       {QStringLiteral("startedAt"), r.startedAt.toString(Qt::ISODate)},
                       {QStringLiteral("finishedAt"), r.finishedAt.toString(Qt::ISODate)},
                       {QStringLiteral("seconds"), r.seconds()},
                       {QStringLiteral("estimatedSeconds"), r.estimatedSeconds},
                       {QStringLiteral("total"), r.total},
                       {QStringLiteral("done"), r.done},
                       {QStringLiteral("failed"), r.failed},
                       {QStringLiteral("pending"), r.pending},
                       {QStringLiteral("steps"), QJsonArray::fromStringList(r.steps)},
                       {QStringLiteral("params"), r.params},
                       {QStringLiteral("message"), r.message}};
}

/** `runs list|show ID|retry ID|resume ID`: the run history and its second chances (SPEC §8). */
class RunsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("runs"); }
    QString synopsis() const override
    {
        return QStringLiteral("runs list [--kind K] | show ID | retry ID | resume ID");
    }
    QString summary() const override
    {
        return QStringLiteral("Run history; details with per-symbol failures; retry only the failed symbols; "
                              "resume a cancelled or interrupted run without redoing finished symbols.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("kind"), QStringLiteral("runs list: only this task kind."), QStringLiteral("K")},
            {QStringLiteral("limit"),
             QStringLiteral(
                 "runs list: how many (default 20); predictions top: symbols per list (default 20)."),
             QStringLiteral("N")}};
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub == QStringLiteral("list")) {
            return list(ctx);
        }
        bool ok = false;
        const qint64 id = ctx.args.value(1).toLongLong(&ok);
        if ((sub == QStringLiteral("show") || sub == QStringLiteral("retry")
             || sub == QStringLiteral("resume"))
            && !ok) {
            return ctx.error(QStringLiteral("runs %1 needs a run ID (see 'tessera-cli runs list')").arg(sub),
                             ExitUsage);
        }
        if (sub == QStringLiteral("show")) {
            return show(ctx, id);
        }
        if (sub == QStringLiteral("retry") || sub == QStringLiteral("resume")) {
            return again(ctx, id, sub == QStringLiteral("retry"));
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    static int list(CliContext& ctx)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        const int limit = ctx.parser.isSet(QStringLiteral("limit"))
                              ? ctx.parser.value(QStringLiteral("limit")).toInt()
                              : 20;
        auto runs =
            Store::RunRepository(*db).list(limit > 0 ? limit : 20, ctx.parser.value(QStringLiteral("kind")));
        if (!runs) {
            return ctx.error(runs.error().message, ExitUsage);
        }
        if (ctx.json) {
            QJsonArray arr;
            for (const auto& r : *runs) {
                arr.append(runJson(r));
            }
            ctx.printJson(QJsonDocument(arr));
            return ExitOk;
        }
        if (runs->isEmpty()) {
            ctx.out << "No runs yet.\n";
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8\n")
                       .arg(QStringLiteral("ID"), 5)
                       .arg(QStringLiteral("Kind"), -10)
                       .arg(QStringLiteral("Started"), -20)
                       .arg(QStringLiteral("Duration"), 9)
                       .arg(QStringLiteral("Status"), -19)
                       .arg(QStringLiteral("Done"), 6)
                       .arg(QStringLiteral("Failed"), 6)
                       .arg(QStringLiteral("Left"), 6);
        for (const auto& r : *runs) {
            ctx.out << QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8\n")
                           .arg(r.id, 5)
                           .arg(r.kind, -10)
                           .arg(r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                -20)
                           .arg(formatDuration(r.seconds()), 9)
                           .arg(Tasks::toString(r.status), -19)
                           .arg(r.done, 6)
                           .arg(r.failed, 6)
                           .arg(r.pending, 6);
            // Why a run failed or stopped (a full disk, a crash) belongs next to it.
            if (!r.message.isEmpty() && r.status != Tasks::RunStatus::Done) {
                ctx.out << QStringLiteral("       %1\n").arg(r.message);
            }
        }
        return ExitOk;
    }

    static int show(CliContext& ctx, qint64 id)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        Store::RunRepository runs(*db);
        auto record = runs.get(id);
        if (!record) {
            return ctx.error(record.error().message, ExitUsage);
        }
        if (!record->has_value()) {
            return ctx.error(QStringLiteral("no run %1").arg(id), ExitUsage);
        }
        const Tasks::RunRecord& r = **record;
        auto steps = runs.steps(id);
        auto problems = runs.outcomes(id, true);
        if (!steps || !problems) {
            return ctx.error(!steps ? steps.error().message : problems.error().message, ExitUsage);
        }
        if (ctx.json) {
            QJsonObject o = runJson(r);
            QJsonArray stepArr;
            for (const auto& s : *steps) {
                stepArr.append(QJsonObject{{QStringLiteral("name"), s.name},
                                           {QStringLiteral("done"), s.done},
                                           {QStringLiteral("failed"), s.failed},
                                           {QStringLiteral("skipped"), s.skipped},
                                           {QStringLiteral("pending"), s.pending},
                                           {QStringLiteral("seconds"), s.seconds}});
            }
            QJsonArray probArr;
            for (const auto& p : *problems) {
                probArr.append(QJsonObject{{QStringLiteral("symbol"), p.symbol},
                                           {QStringLiteral("step"), p.step},
                                           {QStringLiteral("status"), Tasks::toString(p.status)},
                                           {QStringLiteral("reason"), p.reason}});
            }
            o.insert(QStringLiteral("stepDetails"), stepArr);
            o.insert(QStringLiteral("problems"), probArr);
            ctx.printJson(QJsonDocument(o));
            return ExitOk;
        }
        ctx.out << QStringLiteral("Run %1: %2, %3 (trigger %4%5)\n")
                       .arg(r.id)
                       .arg(r.kind, Tasks::toString(r.status), r.trigger)
                       .arg(r.parentRunId ? QStringLiteral(", retry of run %1").arg(r.parentRunId)
                                          : QString());
        ctx.out << QStringLiteral("Started %1, %2 %3 (estimate %4)\n")
                       .arg(r.startedAt.toLocalTime().toString(Qt::ISODate),
                            r.finishedAt.isValid() ? QStringLiteral("took") : QStringLiteral("running for"),
                            formatDuration(r.seconds()),
                            formatDuration(r.estimatedSeconds));
        ctx.out << QStringLiteral("Symbols: %1 done, %2 failed, %3 pending of %4\n")
                       .arg(r.done)
                       .arg(r.failed)
                       .arg(r.pending)
                       .arg(r.total);
        ctx.out << "Parameters: " << QJsonDocument(r.params).toJson(QJsonDocument::Compact) << "\n";
        if (!r.message.isEmpty()) {
            ctx.out << "Message: " << r.message << "\n";
        }
        ctx.out << "Steps:\n";
        for (const auto& s : *steps) {
            ctx.out << QStringLiteral("  %1 %2 done, %3 failed, %4 skipped, %5 pending, %6 s in the step\n")
                           .arg(s.name, -14)
                           .arg(s.done, 6)
                           .arg(s.failed)
                           .arg(s.skipped)
                           .arg(s.pending)
                           .arg(s.seconds, 0, 'f', 2);
        }
        if (!problems->isEmpty()) {
            ctx.out << "Problems:\n";
            for (const auto& p : *problems) {
                ctx.out << QStringLiteral("  %1 (%2, %3): %4\n")
                               .arg(p.symbol, p.step, Tasks::toString(p.status), p.reason);
            }
        }
        return ExitOk;
    }

    static int again(CliContext& ctx, qint64 id, bool retry)
    {
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto lock = acquireWriteLock(ctx, *db);
        if (!lock) {
            return ExitUsage;
        }
        Tasks::RunOptions options;
        options.maxWorkers = ctx.maxWorkers;
        options.trigger = retry ? QStringLiteral("retry") : QStringLiteral("resume");
        return runTask(ctx, [&](Tasks::TaskContext& task) {
            Tasks::TaskRunner runner(db);
            return retry ? runner.retryFailed(id, options, task) : runner.resume(id, options, task);
        });
    }
};

} // namespace

std::unique_ptr<Command> makeRunsCommand()
{
    return std::make_unique<RunsCommand>();
}

} // namespace Tessera::Cli
