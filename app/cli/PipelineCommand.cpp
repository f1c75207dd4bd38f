#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "app/cli/TaskSupport.h"
#include "core/fetch/BarProvider.h"
#include "core/store/AnalysisRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/PipelineTask.h"

namespace Tessera::Cli {
namespace {

/**
 * `pipeline`: seed 002's batch_run as a recorded, resumable run (SPEC §5): [load] → indicators →
 * analysis (tiles, slippage, verdict, validation), stored; optionally the three JSON files per ticker.
 * Re-exporting stored analyses is the same command: symbols already up to date are written to
 * --json-out from their stored documents, without recomputation.
 */
class PipelineCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("pipeline"); }
    QString synopsis() const override
    {
        return QStringLiteral("pipeline [selection] [--provider SPEC] [--json-out DIR] [--full]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Run the seed-002 pipeline as a recorded run: load (with --provider), indicators, nine tiles, "
            "slippage, verdict and validation per symbol, stored; only symbols with new bars are recomputed "
            "(--full: all). --json-out writes {T}.json, {T}_slippage.json, {T}_monte_slippage.json and "
            "summary.csv (up-to-date symbols are exported from the store).");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o = selectionOptions();
        o << QCommandLineOption(
            QStringLiteral("full"),
            QStringLiteral("indicators, pipeline: recompute and rewrite every selected symbol."))
          << loadProviderOption()
          << QCommandLineOption(
                 QStringLiteral("json-out"),
                 QStringLiteral("pipeline: write the three JSON documents per ticker and summary.csv here."),
                 QStringLiteral("DIR"));
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
        QString jsonOut = ctx.parser.value(QStringLiteral("json-out"));
        if (ctx.parser.isSet(QStringLiteral("json-out"))) {
            if (jsonOut.isEmpty()) {
                return ctx.error(QStringLiteral("--json-out needs a folder"), ExitUsage);
            }
            // Absolute: the run stores its parameters, and a resume may start from another folder.
            jsonOut = QFileInfo(jsonOut).absoluteFilePath();
            if (!QDir().mkpath(jsonOut)) {
                return ctx.error(QStringLiteral("cannot create the JSON folder %1").arg(jsonOut), ExitUsage);
            }
        }
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
            Tasks::pipelineParams(*selection, spec, ctx.parser.isSet(QStringLiteral("full")), jsonOut);
        Tasks::RunOptions options;
        options.maxWorkers = ctx.maxWorkers;
        options.trigger = QStringLiteral("cli");
        const int code = runTask(ctx, [&](Tasks::TaskContext& task) {
            return Tasks::TaskRunner(db).start(QStringLiteral("pipeline"), params, options, task);
        });
        if (code != ExitUsage && !ctx.json) {
            printVerdicts(ctx, *db, *selection);
            if (!jsonOut.isEmpty()) {
                ctx.out << QStringLiteral("JSON: %1 (3 files per symbol, summary.csv)\n").arg(jsonOut);
            }
        }
        return code;
    }

private:
    /** "Verdicts: UP 12, DOWN 8, NEUTRAL 28, WITHHELD 2 (50 symbols)" over the selection (none = all). */
    static void printVerdicts(CliContext& ctx, const Store::Database& db, const QStringList& selection)
    {
        QSet<QString> wanted;
        Store::SymbolRepository symbols(db);
        for (const QString& t : selection) {
            auto resolved = symbols.resolve(t);
            wanted.insert(resolved ? *resolved : t);
        }
        auto rows = Store::AnalysisRepository(db).summaries();
        if (!rows) {
            ctx.err << "tessera-cli: " << rows.error().message << "\n";
            return;
        }
        QMap<QString, int> counts;
        int total = 0;
        for (const Store::AnalysisRow& r : *rows) {
            if (wanted.isEmpty() || wanted.contains(r.ticker)) {
                ++counts[r.summary.direction];
                ++total;
            }
        }
        QStringList parts;
        for (const QString& d : {QStringLiteral("UP"),
                                 QStringLiteral("DOWN"),
                                 QStringLiteral("NEUTRAL"),
                                 QStringLiteral("WITHHELD")}) {
            parts << QStringLiteral("%1 %2").arg(d).arg(counts.value(d));
        }
        ctx.out
            << QStringLiteral("Verdicts: %1 (%2 symbols)\n").arg(parts.join(QStringLiteral(", "))).arg(total);
    }
};

} // namespace

std::unique_ptr<Command> makePipelineCommand()
{
    return std::make_unique<PipelineCommand>();
}

} // namespace Tessera::Cli
