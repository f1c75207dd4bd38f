#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "app/cli/TaskSupport.h"
#include "core/fetch/BarProvider.h"
#include "core/fetch/FetchSettings.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/LoadTask.h"

namespace Tessera::Cli {
namespace {

/** The CLI options of the fetch settings table, once each (--rate serves every network provider). */
QList<const Config::Parameter*> settingOptions()
{
    QList<const Config::Parameter*> out;
    QStringList seen;
    for (const Config::Parameter& p : Fetch::fetchParameters()) {
        if (!p.cliOption.isEmpty() && !seen.contains(p.cliOption)) {
            seen << p.cliOption;
            out << &p;
        }
    }
    return out;
}

/** Help of a setting option: its sentence, what is allowed, and the default of each provider. */
QString settingHelp(const Config::Parameter& first)
{
    QStringList defaults;
    for (const Config::Parameter& p : Fetch::fetchParameters()) {
        if (p.cliOption == first.cliOption) {
            defaults << (p.scope.isEmpty() ? p.defaultValue
                                           : QStringLiteral("%1 for %2").arg(p.defaultValue, p.scope));
        }
    }
    QString help = first.help;
    if (first.type == Config::ParameterType::Integer || first.type == Config::ParameterType::Real) {
        help += QStringLiteral(" %1.").arg(Config::allowedValues(first));
    }
    return help
           + QStringLiteral(" Default: %1 (or the database setting %2).")
                 .arg(defaults.join(QStringLiteral(", ")),
                      first.scope.isEmpty()
                          ? first.key
                          : QStringLiteral("fetch/PROVIDER/") + first.key.section(u'/', -1));
}

/** `fetch`: load daily bars from a provider into the database (SPEC §1, §3). */
class FetchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("fetch"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "fetch [--provider yahoo|stooq|binance|csv:DIR|synthetic[:SEED]] [--interval 1h|1d] "
            "[--base-url URL] [--max-concurrent N] [--rate R] [--timeout S] [--range 2y|max|...] [selection] "
            "[--into-universe N]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Load or update daily bars, or hourly bars (binance --interval 1h, hourly CSV files), as a "
            "recorded run. Selection: --ticker, --symbols, --tickers-file, --universe, --tag; none = "
            "everything the provider has (yahoo/stooq/binance: every stored symbol). Without --provider: "
            "the provider of the last load. Network providers update incrementally from the last stored "
            "bar (binance: hour).");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o = selectionOptions();
        o << QCommandLineOption(
            QStringLiteral("provider"),
            QStringLiteral("Data source: yahoo (chart API), stooq (CSV), binance (spot klines), csv:DIR (or "
                           "csv:FILE; hourly files are stored as hourly bars), synthetic or synthetic:SEED."),
            QStringLiteral("SPEC"))
          << QCommandLineOption(QStringLiteral("into-universe"),
                                QStringLiteral("Also store the loaded symbols as a universe with this name."),
                                QStringLiteral("N"));
        for (const Config::Parameter* p : settingOptions()) {
            o << QCommandLineOption(p->cliOption, settingHelp(*p), p->cliOption.section(u'-', -1).toUpper());
        }
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
        auto db = ctx.openDatabase(DbAccess::CreateIfMissing);
        if (!db) {
            return ctx.openFailure;
        }
        QString effective = spec;
        if (spec.isEmpty()) {
            // Without --provider the load uses the database's configured provider (the last one used).
            auto stored = Store::SettingsRepository(*db).value(QStringLiteral("fetch/provider"));
            if (!stored || stored->isEmpty()) {
                return ctx.error(
                    QStringLiteral("fetch needs --provider yahoo, stooq, binance, csv:DIR or synthetic (no "
                                   "provider configured for this database yet)"),
                    ExitUsage);
            }
            effective = *stored;
        }
        // Named tickers must be stored or served by the provider (a CSV folder's files); checked here so
        // a typo is a usage error, not a failed run.
        auto provider = Fetch::makeProvider(effective);
        if (!provider) {
            return ctx.error(provider.error().message, ExitUsage);
        }
        auto selection = resolveSelection(ctx.parser, *db, provider->get());
        if (!selection) {
            return ctx.error(selection.error().message, exitCodeFor(selection.error(), ExitUsage));
        }
        if (hasSelection(ctx.parser) && selection->isEmpty()) {
            return ctx.error(QStringLiteral("the selection is empty"), ExitUsage);
        }
        Fetch::SettingValues overrides;
        for (const Config::Parameter* p : settingOptions()) {
            if (!ctx.parser.isSet(p->cliOption)) {
                continue;
            }
            const QString key = Fetch::isNetworkProvider(effective)
                                    ? Fetch::settingForOption(p->cliOption, effective)
                                    : QString();
            if (key.isEmpty()) {
                return ctx.error(
                    QStringLiteral("--%1 applies to the network providers (%2), not to %3")
                        .arg(p->cliOption, Fetch::networkProviderIds().join(QStringLiteral(", ")), effective),
                    ExitUsage);
            }
            auto valid = Config::validate(*Config::findParameter(Fetch::fetchParameters(), key),
                                          ctx.parser.value(p->cliOption));
            if (!valid) {
                return ctx.error(QStringLiteral("--%1: %2").arg(p->cliOption, valid.error().message),
                                 ExitUsage);
            }
            overrides.insert(key, *valid);
        }
        auto lock = acquireWriteLock(ctx, *db);
        if (!lock) {
            return ExitUsage;
        }
        const QJsonObject params =
            Tasks::loadParams(spec, *selection, ctx.parser.value(QStringLiteral("into-universe")), overrides);
        Tasks::RunOptions options;
        options.maxWorkers = ctx.maxWorkers;
        options.trigger = QStringLiteral("cli");
        if (!ctx.json) {
            ctx.out << QStringLiteral("Loading from %1 into %2\n")
                           .arg(spec.isEmpty() ? QStringLiteral("the configured provider (%1)").arg(effective)
                                               : spec,
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
