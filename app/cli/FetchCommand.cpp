#include <atomic>
#include <csignal>

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/Selection.h"
#include "core/fetch/BarProvider.h"
#include "core/store/WriteLock.h"
#include "core/tasks/LoadBarsTask.h"

namespace Tessera::Cli {
namespace {

std::atomic<Tasks::TaskContext*> s_running{nullptr};

/** Ctrl-C / SIGTERM: ask the running task to stop; the task finishes the symbols in flight. */
void onInterrupt(int)
{
    if (Tasks::TaskContext* ctx = s_running.load()) {
        ctx->cancel();
    }
}

/** `fetch`: load daily bars from a provider into the database (SPEC §1, §3). */
class FetchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("fetch"); }
    QString synopsis() const override
    {
        return QStringLiteral("fetch --provider csv:DIR|synthetic[:SEED] [selection] [--into-universe N]");
    }
    QString summary() const override
    {
        return QStringLiteral("Load daily bars (data only). Selection: --ticker, --symbols, --tickers-file, "
                              "--universe, --tag; none = everything the provider has.");
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
        if (spec.isEmpty()) {
            return ctx.error(QStringLiteral("fetch needs --provider csv:DIR or --provider synthetic"),
                             ExitUsage);
        }
        auto provider = Fetch::makeProvider(spec);
        if (!provider) {
            return ctx.error(provider.error().message, ExitUsage);
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
        auto lock = Store::WriteLock::acquire(db->path());
        if (!lock) {
            return ctx.error(lock.error().message, ExitUsage);
        }

        Tasks::LoadRequest request;
        request.tickers = *selection;
        request.maxWorkers = ctx.maxWorkers;
        request.universeName = ctx.parser.value(QStringLiteral("into-universe"));

        ProgressPrinter printer;
        Tasks::TaskContext task([&printer](const Tasks::TaskProgress& p) { printer.print(p); });
        s_running.store(&task);
        auto previousInt = std::signal(SIGINT, onInterrupt);
        auto previousTerm = std::signal(SIGTERM, onInterrupt);
        if (!ctx.json) {
            ctx.out << QStringLiteral("Loading from %1 into %2\n").arg(spec, db->path());
            ctx.out.flush();
        }
        auto summary = Tasks::runLoadBars(db, **provider, request, task);
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
        s_running.store(nullptr);
        printer.finish();
        if (!summary) {
            return ctx.error(summary.error().message, ExitUsage);
        }
        report(ctx, *summary);
        if (summary->cancelled) {
            return ExitInterrupted;
        }
        return summary->failedCount() > 0 ? ExitSomeFailed : ExitOk;
    }

private:
    static void report(CliContext& ctx, const Tasks::LoadSummary& s)
    {
        if (ctx.json) {
            QJsonArray symbols;
            for (const Tasks::SymbolOutcome& o : s.outcomes) {
                QJsonObject item{{QStringLiteral("ticker"), o.ticker},
                                 {QStringLiteral("ok"), o.ok},
                                 {QStringLiteral("bars"), o.bars},
                                 {QStringLiteral("written"), o.written}};
                if (!o.ok) {
                    item.insert(QStringLiteral("error"), o.error);
                }
                if (!o.warnings.isEmpty()) {
                    item.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(o.warnings));
                }
                symbols.append(item);
            }
            ctx.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("provider"), s.provider},
                                          {QStringLiteral("done"), s.doneCount()},
                                          {QStringLiteral("failed"), s.failedCount()},
                                          {QStringLiteral("cancelled"), s.cancelled},
                                          {QStringLiteral("barsWritten"), s.barsWritten},
                                          {QStringLiteral("notes"), QJsonArray::fromStringList(s.notes)},
                                          {QStringLiteral("seconds"), s.seconds},
                                          {QStringLiteral("symbols"), symbols}}));
            return;
        }
        for (const QString& note : s.notes) {
            ctx.err << "note: " << note << "\n";
        }
        for (const Tasks::SymbolOutcome& o : s.outcomes) {
            for (const QString& w : o.warnings) {
                ctx.err << "warning: " << o.ticker << ": " << w << "\n";
            }
        }
        const double rate = s.seconds > 0 ? static_cast<double>(s.outcomes.size()) / s.seconds : 0.0;
        ctx.out << QStringLiteral("%1 %2 symbols, %3 failed, %4 bars written in %5 s (%6 symbols/s)\n")
                       .arg(s.cancelled ? QStringLiteral("Cancelled after") : QStringLiteral("Loaded"))
                       .arg(s.doneCount())
                       .arg(s.failedCount())
                       .arg(s.barsWritten)
                       .arg(s.seconds, 0, 'f', 2)
                       .arg(rate, 0, 'f', 1);
        if (s.failedCount() > 0) {
            ctx.out << "Failed:\n";
            for (const Tasks::SymbolOutcome& o : s.outcomes) {
                if (!o.ok) {
                    ctx.out << "  " << o.ticker << ": " << o.error << "\n";
                }
            }
        }
        ctx.err.flush();
    }
};

} // namespace

std::unique_ptr<Command> makeFetchCommand()
{
    return std::make_unique<FetchCommand>();
}

} // namespace Tessera::Cli
