#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "app/cli/TaskSupport.h"
#include "core/ml/Evaluation.h"
#include "core/ml/MlTypes.h"
#include "core/tasks/HourlySettings.h"
#include "core/tasks/HourlyTrainTask.h"
#include "core/tasks/TrainTask.h"

namespace Tessera::Cli {
namespace {

QString triple(const Tasks::Distribution& d, bool percent)
{
    if (d.n == 0) {
        return QStringLiteral("n/a");
    }
    const auto f = [percent](double v) {
        return percent ? QStringLiteral("%1%").arg(100 * v, 0, 'f', 1) : QString::number(v, 'f', 3);
    };
    return QStringLiteral("%1 / %2 / %3").arg(f(d.p10), f(d.median), f(d.p90));
}

QJsonObject distributionJson(const Tasks::Distribution& d)
{
    return QJsonObject{{QStringLiteral("n"), d.n},
                       {QStringLiteral("p10"), d.p10},
                       {QStringLiteral("median"), d.median},
                       {QStringLiteral("p90"), d.p90}};
}

/** `train`: per-stock models over a selection as a recorded, resumable run (SPEC §6, seeds 000/001). */
class TrainCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("train"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "train [selection] [--resolution daily|hourly] [--mode full|incremental] [--max-concurrent N] "
            "[--algos rf,gbm,linear] [--horizons 1,5,21 | hourly: 1,6,24] [--as-of YYYY-MM-DD]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Train random forest, gradient boosting and ridge models per stock and horizon with purged "
            "walk-forward validation, store them and refresh the prediction cache. Selection: --ticker, "
            "--symbols, --tickers-file, --universe, --tag; none = every symbol with bars. Most liquid "
            "first; resumable with 'runs resume ID'. --resolution hourly trains on stored hourly bars "
            "(crypto) "
            "with horizons in hours (default train/hourly/horizons = 1,6,24) over the last "
            "train/hourly/fullWindowDays (182) days; incremental refreshes features and predictions and "
            "refits "
            "ridge for symbols with new hours; predictions are cached for 'predictions top'.");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o = selectionOptions();
        o << QCommandLineOption(
            QStringLiteral("mode"),
            QStringLiteral("train: full (retrain all) or incremental (symbols with new bars; "
                           "refit ridge, retrain others past the maximum age)."),
            QStringLiteral("M"))
          << QCommandLineOption(QStringLiteral("max-concurrent"),
                                QStringLiteral("train: symbols trained at once (default: cores)."),
                                QStringLiteral("N"))
          << QCommandLineOption(QStringLiteral("algos"),
                                QStringLiteral("train: algorithms, e.g. rf,gbm,linear (default all)."),
                                QStringLiteral("LIST"))
          << QCommandLineOption(
                 QStringLiteral("horizons"),
                 QStringLiteral("train: horizons in trading days (default 1,5,21); with --resolution "
                                "hourly in hours (default 1,6,24)."),
                 QStringLiteral("LIST"))
          << QCommandLineOption(
                 QStringLiteral("resolution"),
                 QStringLiteral("train: daily (default: daily bars) or hourly (hourly bars, horizons "
                                "in hours)."),
                 QStringLiteral("R"))
          << QCommandLineOption(
                 QStringLiteral("as-of"),
                 QStringLiteral("train: use only bars dated on or before this day (a model as it would "
                                "have been trained then); fundamentals import: the date of rows "
                                "without one."),
                 QStringLiteral("YYYY-MM-DD"));
        return o;
    }

    int run(CliContext& ctx) override
    {
        const QString mode = ctx.parser.value(QStringLiteral("mode")).isEmpty()
                                 ? QStringLiteral("full")
                                 : ctx.parser.value(QStringLiteral("mode"));
        if (mode != u"full" && mode != u"incremental") {
            return ctx.error(QStringLiteral("--mode must be full or incremental"), ExitUsage);
        }
        const QString algos = ctx.parser.value(QStringLiteral("algos"));
        if (!algos.isEmpty()) {
            if (auto a = Ml::parseAlgorithms(algos); !a) {
                return ctx.error(a.error().message, ExitUsage);
            }
        }
        const QString resolution = ctx.parser.value(QStringLiteral("resolution")).isEmpty()
                                       ? QStringLiteral("daily")
                                       : ctx.parser.value(QStringLiteral("resolution")).toLower();
        if (resolution != u"daily" && resolution != u"hourly") {
            return ctx.error(QStringLiteral("--resolution must be daily or hourly"), ExitUsage);
        }
        const bool hourly = resolution == u"hourly";
        const QString horizons = ctx.parser.value(QStringLiteral("horizons"));
        if (!horizons.isEmpty()) {
            if (auto h = hourly ? Tasks::parseHourHorizons(horizons) : Ml::parseHorizons(horizons); !h) {
                return ctx.error(h.error().message, ExitUsage);
            }
        }
        QString asOf;
        if (ctx.parser.isSet(QStringLiteral("as-of"))) {
            asOf = ctx.parser.value(QStringLiteral("as-of"));
            if (!QDate::fromString(asOf, Qt::ISODate).isValid()) {
                return ctx.error(QStringLiteral("--as-of needs a date YYYY-MM-DD, not '%1'").arg(asOf),
                                 ExitUsage);
            }
        }
        int maxConcurrent = ctx.maxWorkers;
        if (ctx.parser.isSet(QStringLiteral("max-concurrent"))) {
            bool ok = false;
            maxConcurrent = ctx.parser.value(QStringLiteral("max-concurrent")).toInt(&ok);
            if (!ok || maxConcurrent < 1 || maxConcurrent > 256) {
                return ctx.error(QStringLiteral("--max-concurrent needs a number from 1 to 256"), ExitUsage);
            }
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        auto selection = resolveSelection(ctx.parser, *db);
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
        QJsonObject params = hourly
                                 ? Tasks::hourlyTrainParams(*selection, mode, algos, horizons, maxConcurrent)
                                 : Tasks::trainParams(*selection, mode, algos, horizons, maxConcurrent);
        if (!asOf.isEmpty()) {
            if (hourly) {
                return ctx.error(QStringLiteral("--as-of applies to daily training only"), ExitUsage);
            }
            params.insert(QStringLiteral("asOf"), asOf);
        }
        Tasks::RunOptions options;
        options.maxWorkers = maxConcurrent;
        options.trigger = QStringLiteral("cli");
        qint64 runId = 0;
        const int code = runTask(ctx, [&](Tasks::TaskContext& task) {
            auto r = Tasks::TaskRunner(db).start(
                hourly ? QStringLiteral("train-hourly") : QStringLiteral("train"), params, options, task);
            if (r) {
                runId = r->runId;
            }
            return r;
        });
        if (runId > 0 && !ctx.json) {
            auto summary = Tasks::trainSummary(*db, runId, hourly);
            if (!summary) {
                return ctx.error(summary.error().message, ExitSomeFailed);
            }
            printTrainSummary(ctx, *summary);
        }
        return code;
    }
};

} // namespace

void printTrainSummary(CliContext& ctx, const Tasks::TrainSummary& s)
{
    if (ctx.json) {
        QJsonArray groups;
        for (const Tasks::ModelGroupSummary& g : s.groups) {
            groups.append(QJsonObject{{QStringLiteral("algorithm"), Ml::toString(g.algorithm)},
                                      {QStringLiteral("horizon"), g.horizon},
                                      {QStringLiteral("models"), g.models},
                                      {QStringLiteral("productionReady"), g.productionReady},
                                      {QStringLiteral("ic"), distributionJson(g.ic)},
                                      {QStringLiteral("hitRate"), distributionJson(g.hitRate)},
                                      {QStringLiteral("baselineHitRate"), distributionJson(g.baseHit)},
                                      {QStringLiteral("r2"), distributionJson(g.r2)},
                                      {QStringLiteral("mseSkill"), distributionJson(g.mseSkill)}});
        }
        ctx.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("symbols"), s.symbols},
                                      {QStringLiteral("models"), s.models},
                                      {QStringLiteral("productionReadyModels"), s.productionReadyModels},
                                      {QStringLiteral("productionReadySymbols"), s.productionReadySymbols},
                                      {QStringLiteral("storedKBPerSymbol"), s.meanStoredKBPerSymbol},
                                      {QStringLiteral("chancePassShare"), s.chancePassShare},
                                      {QStringLiteral("expectedChancePasses"), s.chancePassShare * s.models},
                                      {QStringLiteral("groups"), groups}}));
        return;
    }
    ctx.out << QStringLiteral(
                   "Trained %1 symbol(s): %2 model(s), %3 production ready (in %4 symbol(s)); %5 KB "
                   "of models stored per symbol (all kept versions)\n")
                   .arg(s.symbols)
                   .arg(s.models)
                   .arg(s.productionReadyModels)
                   .arg(s.productionReadySymbols)
                   .arg(s.meanStoredKBPerSymbol, 0, 'f', 0);
    if (s.groups.isEmpty()) {
        return;
    }
    ctx.out << "Out of sample (walk-forward test rows), p10 / median / p90 over symbols:\n";
    ctx.out << QStringLiteral("  %1 %2 %3 %4  %5  %6  %7  %8\n")
                   .arg(QStringLiteral("horizon"), -7)
                   .arg(QStringLiteral("model"), -6)
                   .arg(QStringLiteral("ready"), 7)
                   .arg(QStringLiteral("IC (baseline 0)"), -24)
                   .arg(QStringLiteral("hit rate"), -24)
                   .arg(QStringLiteral("baseline hit rate"), -24)
                   .arg(QStringLiteral("R²"), -24)
                   .arg(QStringLiteral("MSE vs best baseline"));
    for (const Tasks::ModelGroupSummary& g : s.groups) {
        ctx.out << QStringLiteral("  %1 %2 %3 %4  %5  %6  %7  %8\n")
                       .arg(s.hourly ? QStringLiteral("%1h").arg(g.horizon) : Ml::horizonLabel(g.horizon), -7)
                       .arg(Ml::toString(g.algorithm), -6)
                       .arg(QStringLiteral("%1/%2").arg(g.productionReady).arg(g.models), 7)
                       .arg(triple(g.ic, false), -24)
                       .arg(triple(g.hitRate, true), -24)
                       .arg(triple(g.baseHit, true), -24)
                       .arg(triple(g.r2, false), -24)
                       .arg(triple(g.mseSkill, true));
    }
    ctx.out << "MSE vs best baseline: 1 − MSE / MSE of the better of zero return and training mean "
               "(> 0 = better). Hit rate = share of test rows with the right direction (not accuracy).\n";
    ctx.out << Ml::multipleTestingNote(s.models, s.productionReadyModels, s.chancePassShare) << '\n';
    ctx.out.flush();
}

std::unique_ptr<Command> makeTrainCommand()
{
    return std::make_unique<TrainCommand>();
}

} // namespace Tessera::Cli
