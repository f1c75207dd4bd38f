#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "app/cli/TaskSupport.h"
#include "core/fetch/BarProvider.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/LoadTask.h"

namespace Tessera::Cli {
namespace {

/** `fetch`: load daily bars from a provider into the database (SPEC §1, §3). */
class FetchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("fetch"); }
    QString synopsis() const override
    {
        return QStringLiteral("fetch [--provider csv:DIR|synthetic[:SEED]] [selection] [--into-universe N]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Load daily bars (data only) as a recorded run. Selection: --ticker, --symbols, "
            "--tickers-file, --universe, --tag; none = everything the provider has. Without "
            "--provider: the provider of the last load.");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o = selectionOptions();
        o << QCommandLineOption(
            QStringLiteral("provider"),
            QStringLiteral("Data source: csv:DIR (or csv:FILE), synthetic or synthetic:SEED."),
            QStringLiteral("SPEC"))
          << QCommandLineOption(QStringLiteral("into-universe"),
                                QStringLiteral("Also store the loaded symbols as a universe with this name."),
                                QStringLiteral("N"));
        return o;
    }

    int run(CliContext& ctx) override
    {
        const QString spec = ctx.parser.value(QStringLiteral("provider"));
        if (!spec.isEmpty()) {
            if (auto provider = Fetch::makeProvider(spec); !provider) {
                return ctx.error(provider.error().message, ExitUsage);
            }
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ExitUsage;
        }
        auto selection = resolveSelection(ctx.parser, *db);
        if (!selection) {
            return ctx.error(selection.error().message, ExitUsage);
        }
        if (hasSelection(ctx.parser) && selection->isEmpty()) {
            return ctx.error(QStringLiteral("the selection is empty"), ExitUsage);
        }
        if (spec.isEmpty()) {
            // Without --provider the load uses the database's configured provider (the last one used).
            auto stored = Store::SettingsRepository(*db).value(QStringLiteral("fetch/provider"));
            if (!stored || stored->isEmpty()) {
                return ctx.error(
                    QStringLiteral("fetch needs --provider csv:DIR or --provider synthetic (no provider "
                                   "configured for this database yet)"),
                    ExitUsage);
            }
        }
        auto lock = acquireWriteLock(ctx, *db);
        if (!lock) {
            return ExitUsage;
        }
        const QJsonObject params =
            Tasks::loadParams(spec, *selection, ctx.parser.value(QStringLiteral("into-universe")));
        Tasks::RunOptions options;
        options.maxWorkers = ctx.maxWorkers;
        options.trigger = QStringLiteral("cli");
        if (!ctx.json) {
            ctx.out << QStringLiteral("Loading from %1 into %2\n")
                           .arg(spec.isEmpty() ? QStringLiteral("the configured provider") : spec,
                                db->path());
            ctx.out.flush();
        }
        return runTask(ctx, [&](Tasks::TaskContext& task) {
            return Tasks::TaskRunner(db).start(QStringLiteral("load"), params, options, task);
        });
    }
};

} // namespace

std::unique_ptr<Command> makeFetchCommand()
{
    return std::make_unique<FetchCommand>();
}

} // namespace Tessera::Cli
