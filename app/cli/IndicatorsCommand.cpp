#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "app/cli/TaskSupport.h"
#include "core/fetch/BarProvider.h"
#include "core/tasks/IndicatorsTask.h"

namespace Tessera::Cli {
namespace {

/** `indicators`: compute and store indicators and features for stored bars (SPEC §4), incrementally. */
class IndicatorsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("indicators"); }
    QString synopsis() const override
    {
        return QStringLiteral("indicators [selection] [--full] [--provider SPEC]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Compute indicators and microstructure features as a recorded run: only new bars are written, "
            "symbols already up to date are skipped (--full rewrites everything). With --provider, load the "
            "bars from that source first, in the same run.");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o = selectionOptions();
        o << QCommandLineOption(QStringLiteral("full"),
                                QStringLiteral("indicators: recompute and rewrite every selected symbol."))
          << loadProviderOption();
        return o;
    }

    int run(CliContext& ctx) override
    {
        const QString spec = ctx.parser.value(QStringLiteral("provider"));
        // With a provider the run loads first: tickers it serves may be new. Without one, named tickers
        // must be stored symbols.
        auto made = loadProvider(ctx.parser);
        if (!made) {
            return ctx.error(made.error().message, ExitUsage);
        }
        std::unique_ptr<Fetch::BarProvider> provider = std::move(*made);
        // Only a run that loads data can start from nothing; over stored bars the database must exist.
        auto db = ctx.openDatabase(provider ? DbAccess::CreateIfMissing : DbAccess::Existing);
        if (!db) {
            return ctx.openFailure;
        }
        auto selection = resolveSelection(ctx.parser, *db, provider.get());
        if (!selection) {
            return ctx.error(selection.error().message, exitCodeFor(selection.error(), ExitUsage));
        }
        if (hasSelection(ctx.parser) && selection->isEmpty()) {
            return ctx.error(QStringLiteral("the selection is empty"), ExitUsage);
        }
        auto lock = acquireWriteLock(ctx, *db);
        if (!lock) {
            return ExitUsage;
        }
        const QJsonObject params =
            Tasks::indicatorsParams(*selection, ctx.parser.isSet(QStringLiteral("full")), spec);
        Tasks::RunOptions options;
        options.maxWorkers = ctx.maxWorkers;
        options.trigger = QStringLiteral("cli");
        return runTask(ctx, [&](Tasks::TaskContext& task) {
            return Tasks::TaskRunner(db).start(QStringLiteral("indicators"), params, options, task);
        });
    }
};

} // namespace

std::unique_ptr<Command> makeIndicatorsCommand()
{
    return std::make_unique<IndicatorsCommand>();
}

} // namespace Tessera::Cli
