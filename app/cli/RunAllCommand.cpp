#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/TaskSupport.h"
#include "core/tasks/RunAllTask.h"

namespace Tessera::Cli {
namespace {

/**
 * `run-all [--steps a,b] [--provider P]` (issue 20): the nightly saga as one run — pipeline, data
 * validation, incremental training, cross-sectional scores, picks, exports — each step a child run with
 * its per-symbol outcomes; `runs retry ID` re-runs the failed step and those after it, `runs resume ID`
 * continues after a kill. `run-all findings` prints the last data-validation findings.
 */
class RunAllCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("run-all"); }
    QString synopsis() const override
    {
        return QStringLiteral("run-all [findings] [--steps S,S] [--provider P]");
    }
    QString summary() const override
    {
        return QStringLiteral(
                   "The nightly run as one saga: pipeline (load/update → indicators → tiles and verdict, "
                   "then the "
                   "watched "
                   "screens) → data validation (stale symbols, gaps, failed fetches, unvalidated models) → "
                   "incremental "
                   "training → cross-sectional scores → picks → exports, in order, each a child run with its "
                   "per-symbol "
                   "outcomes; a failed step stops the later ones ('runs retry ID' re-runs from it; 'runs "
                   "resume ID' "
                   "continues after a kill). Steps: %1. 'run-all findings' shows the last validation's "
                   "findings.")
            .arg(Tasks::runAllSteps().join(QStringLiteral(", ")));
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("steps"),
                 QStringLiteral("run-all: only these steps (in the saga's order)."),
                 QStringLiteral("S,S")},
                {QStringLiteral("provider"),
                 QStringLiteral("Data provider (csv:DIR, yahoo, stooq, synthetic, …)."),
                 QStringLiteral("P")}};
    }

    int run(CliContext& ctx) override
    {
        if (ctx.args.value(0) == QStringLiteral("findings")) {
            auto db = ctx.openDatabase();
            if (!db) {
                return ctx.openFailure;
            }
            auto f = Tasks::dataValidationFindings(*db);
            if (!f) {
                return ctx.error(f.error().message, ExitSomeFailed);
            }
            if (ctx.json) {
                ctx.printJson(QJsonDocument(*f));
                return ExitOk;
            }
            const QJsonArray list = f->value(QStringLiteral("findings")).toArray();
            ctx.out << QStringLiteral("Data validation of %1: %2 finding(s)\n")
                           .arg(f->value(QStringLiteral("checkedAt")).toString(QStringLiteral("never")))
                           .arg(list.size());
            for (const QJsonValue& v : list) {
                const QJsonObject o = v.toObject();
                ctx.out << QStringLiteral("  %1 %2  %3\n")
                               .arg(o.value(QStringLiteral("kind")).toString(), -6)
                               .arg(o.value(QStringLiteral("subject")).toString(), -16)
                               .arg(o.value(QStringLiteral("detail")).toString());
            }
            return ExitOk;
        }
        if (!ctx.args.isEmpty()) {
            return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
        }
        QStringList steps;
        for (const QString& s :
             ctx.parser.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!Tasks::runAllSteps().contains(s.trimmed())) {
                return ctx.error(QStringLiteral("--steps: unknown step '%1' (steps: %2)")
                                     .arg(s.trimmed(), Tasks::runAllSteps().join(QStringLiteral(", "))),
                                 ExitUsage);
            }
            steps << s.trimmed();
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto lock = acquireWriteLock(ctx, *db);
        if (!lock) {
            return ExitUsage;
        }
        const QJsonObject params = Tasks::runAllParams(steps, ctx.parser.value(QStringLiteral("provider")));
        Tasks::RunOptions options;
        options.maxWorkers = ctx.maxWorkers;
        options.trigger = QStringLiteral("cli");
        return runTask(ctx, [&](Tasks::TaskContext& task) {
            return Tasks::TaskRunner(db).start(Tasks::kRunAllTaskKind, params, options, task);
        });
    }
};

} // namespace

std::unique_ptr<Command> makeRunAllCommand()
{
    return std::make_unique<RunAllCommand>();
}

} // namespace Tessera::Cli
