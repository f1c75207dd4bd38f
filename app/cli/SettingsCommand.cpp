#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/broker/LiveTrading.h"
#include "core/export/ExportSettings.h"
#include "core/fetch/BarProvider.h"
#include "core/fetch/FetchSettings.h"
#include "core/ml/CrossSectionSettings.h"
#include "core/ml/TrainSettings.h"
#include "core/portfolio/PaperEngine.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/HourlySettings.h"
#include "core/tasks/PicksTask.h"
#include "core/tasks/PipelineTask.h"
#include "core/tiles/SymbolAnalysis.h"
#include "core/track/TrackSettings.h"

namespace Tessera::Cli {
namespace {

const QString kProviderKey = QStringLiteral("fetch/provider");

/** The declared parameter with key in the fetch or the training table, or nullptr. */
/** Every declared table of database settings, in the order `settings list` shows them. */
QList<const QList<Config::Parameter>*> settingTables()
{
    return {&Fetch::fetchParameters(),
            &Export::exportParameters(),
            &Ml::trainParameters(),
            &Ml::xsParameters(),
            &Tiles::pipelineParameters(),
            &Tasks::pipelineOutputParameters(),
            &Tasks::hourlyParameters(),
            &Tasks::picksParameters(),
            &Broker::brokerParameters(),
            &Track::trackParameters(),
            &Portfolio::portfolioParameters()};
}

const Config::Parameter* findSetting(const QString& key)
{
    for (const QList<Config::Parameter>* table : settingTables()) {
        if (const Config::Parameter* p = Config::findParameter(*table, key)) {
            return p;
        }
    }
    return nullptr;
}

/**
 * `settings list | get KEY | set KEY VALUE`: the database's fetch settings (SPEC §3) and model-training
 * settings (SPEC §6), validated against their one declaration (Fetch::fetchParameters,
 * Ml::trainParameters) plus the remembered provider.
 */
class SettingsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString synopsis() const override { return QStringLiteral("settings list | get KEY | set KEY VALUE"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Fetch settings (provider, base URLs, rate, concurrency, timeout, retries, history range, "
            "overlap), export retention, training settings (folds, model parameters, the "
            "production-ready gate, kept versions, prediction expiry) and pipeline settings (tile bars, "
            "slippage sizes, verdict weights and thresholds), and the hourly settings (day boundary of 24/7 "
            "markets, hourly horizons, full-retrain window, forest trees and library, prediction lifetime) "
            "stored in the database, with their defaults and ranges.");
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        if (sub != u"list" && sub != u"get" && sub != u"set") {
            return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
        }
        const QString key = ctx.args.value(1);
        const Config::Parameter* p = findSetting(key);
        if (sub != u"list" && key != kProviderKey && !p) {
            return ctx.error(
                QStringLiteral("unknown setting '%1' (see 'tessera-cli settings list')").arg(key), ExitUsage);
        }
        if (sub == u"set" && ctx.args.size() != 3) {
            return ctx.error(QStringLiteral("settings set needs KEY and VALUE"), ExitUsage);
        }
        // Validated before the database is opened (or created by the first `set`).
        QString newValue = ctx.args.value(2);
        if (sub == u"set") {
            if (p) {
                auto valid = Config::validate(*p, newValue);
                if (!valid) {
                    return ctx.error(valid.error().message, ExitUsage);
                }
                newValue = *valid;
            } else if (auto provider = Fetch::makeProvider(newValue); !provider) {
                return ctx.error(provider.error().message, ExitUsage);
            }
        }
        auto db = ctx.openDatabase(sub == u"set" ? DbAccess::CreateIfMissing : DbAccess::Existing);
        if (!db) {
            return ctx.openFailure;
        }
        Store::SettingsRepository settings(*db);
        if (sub == u"set") {
            if (auto r = settings.setValue(key, newValue); !r) {
                return ctx.error(r.error().message, ExitUsage);
            }
            ctx.out << key << " = " << newValue << "\n";
            return ExitOk;
        }
        QJsonArray items;
        const auto add =
            [&](const QString& k, const QString& fallback, const QString& allowed, const QString& help) {
                auto stored = settings.value(k);
                const bool isSet = stored && !stored->isEmpty();
                const QString value = isSet ? *stored : fallback;
                if (sub == u"get" && k != key) {
                    return;
                }
                if (ctx.json) {
                    items.append(QJsonObject{{QStringLiteral("key"), k},
                                             {QStringLiteral("value"), value},
                                             {QStringLiteral("default"), fallback},
                                             {QStringLiteral("set"), isSet},
                                             {QStringLiteral("allowed"), allowed},
                                             {QStringLiteral("help"), help}});
                } else if (sub == u"get") {
                    ctx.out << value << "\n";
                } else {
                    ctx.out << QStringLiteral("%1 = %2%3\n    %4 Allowed: %5.\n")
                                   .arg(k,
                                        value.isEmpty() ? QStringLiteral("(none)") : value,
                                        isSet ? QString() : QStringLiteral("  (default)"),
                                        help,
                                        allowed);
                }
            };
        add(kProviderKey,
            {},
            QStringLiteral("yahoo, stooq, csv:DIR, synthetic, synthetic:SEED"),
            QStringLiteral("Provider of the last successful load; 'fetch' without --provider uses it."));
        // The tasks read the same tables (stored values over these defaults).
        for (const QList<Config::Parameter>* table : settingTables()) {
            for (const Config::Parameter& param : *table) {
                add(param.key, param.defaultValue, Config::allowedValues(param), param.help);
            }
        }
        if (ctx.json) {
            ctx.printJson(QJsonDocument(items));
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSettingsCommand()
{
    return std::make_unique<SettingsCommand>();
}

} // namespace Tessera::Cli
