#include <cmath>

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "app/cli/TaskSupport.h"
#include "core/ml/CrossSectionSettings.h"
#include "core/store/CrossSectionRepository.h"
#include "core/tasks/TrainXsTask.h"

namespace Tessera::Cli {
namespace {

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString fixed(double v, int d)
{
    return std::isfinite(v) ? QString::number(v, 'f', d) : QStringLiteral("n/a");
}

QString percent(double v)
{
    return std::isfinite(v) ? QStringLiteral("%1 %").arg(100 * v, 0, 'f', 2) : QStringLiteral("n/a");
}

/** The JSON of one model: {"rank_ic_mean", "rank_ic_t", "icir", "r2", "decile_spread", "folds", …}.
 */
QJsonObject modelJson(const Store::XsModelFigures& f, const QJsonObject& metrics)
{
    return QJsonObject{
        {QStringLiteral("rank_ic_mean"), num(f.rankIc)},
        {QStringLiteral("rank_ic_sd"), metrics.value(QStringLiteral("rank_ic_sd"))},
        {QStringLiteral("rank_ic_t"), num(f.rankIcT)},
        {QStringLiteral("newey_west_lag"), metrics.value(QStringLiteral("newey_west_lag"))},
        {QStringLiteral("icir"), num(f.icir)},
        {QStringLiteral("ic_days"), metrics.value(QStringLiteral("ic_days"))},
        {QStringLiteral("r2"), num(f.r2)},
        {QStringLiteral("decile_spread"), num(f.spread)},
        {QStringLiteral("decile_spread_net"), num(f.spreadNet)},
        {QStringLiteral("turnover"), metrics.value(QStringLiteral("turnover"))},
        {QStringLiteral("deciles"), metrics.value(QStringLiteral("deciles"))},
        {QStringLiteral("baseline"), metrics.value(QStringLiteral("baseline"))},
        {QStringLiteral("baseline_rank_ic_mean"), metrics.value(QStringLiteral("baseline_rank_ic_mean"))},
        {QStringLiteral("baseline_rank_ic_t"), metrics.value(QStringLiteral("baseline_rank_ic_t"))},
        {QStringLiteral("validated"), f.validated},
        {QStringLiteral("folds"), metrics.value(QStringLiteral("folds"))}};
}

void printModelText(CliContext& ctx,
                    const QString& title,
                    const Store::XsModelFigures& f,
                    const QJsonObject& m)
{
    ctx.out << QStringLiteral(
                   "  %1: daily rank IC %2 (sd %3, ICIR %4, Newey–West t %5 at lag %6, %7 days) — %8\n")
                   .arg(title,
                        fixed(f.rankIc, 4),
                        fixed(m.value(QStringLiteral("rank_ic_sd")).toDouble(std::nan("")), 4),
                        fixed(f.icir, 3),
                        fixed(f.rankIcT, 2))
                   .arg(m.value(QStringLiteral("newey_west_lag")).toInt())
                   .arg(m.value(QStringLiteral("ic_days")).toInt())
                   .arg(f.validated ? QStringLiteral("validated")
                                    : QStringLiteral("UNVALIDATED (t below the gate)"));
    ctx.out << QStringLiteral("    baseline %1: rank IC %2 (t %3); R² %4 (in the label's per-day space)\n")
                   .arg(m.value(QStringLiteral("baseline")).toString(),
                        fixed(m.value(QStringLiteral("baseline_rank_ic_mean")).toDouble(std::nan("")), 4),
                        fixed(m.value(QStringLiteral("baseline_rank_ic_t")).toDouble(std::nan("")), 2),
                        fixed(f.r2, 4));
    QStringList deciles;
    for (const QJsonValue& v : m.value(QStringLiteral("deciles")).toArray()) {
        deciles << (v.isNull() ? QStringLiteral("n/a") : QString::number(100 * v.toDouble(), 'f', 2));
    }
    ctx.out << QStringLiteral("    mean 10-day outcome by predicted decile (low → high, %): %1\n")
                   .arg(deciles.join(u' '));
    ctx.out << QStringLiteral(
                   "    top − bottom decile: %1 before costs, %2 after (turnover %3 per 10 days)\n")
                   .arg(percent(f.spread),
                        percent(f.spreadNet),
                        fixed(m.value(QStringLiteral("turnover")).toDouble(std::nan("")), 2));
    for (const QJsonValue& v : m.value(QStringLiteral("folds")).toArray()) {
        const QJsonObject fo = v.toObject();
        ctx.out << QStringLiteral("    fold %1: test %2 … %3, %4 train rows, rank IC %5 (t %6), spread %7\n")
                       .arg(fo.value(QStringLiteral("fold")).toInt())
                       .arg(fo.value(QStringLiteral("testFrom")).toString(),
                            fo.value(QStringLiteral("testTo")).toString())
                       .arg(fo.value(QStringLiteral("trainRows")).toInt())
                       .arg(fixed(fo.value(QStringLiteral("rank_ic_mean")).toDouble(std::nan("")), 4),
                            fixed(fo.value(QStringLiteral("rank_ic_t")).toDouble(std::nan("")), 2),
                            percent(fo.value(QStringLiteral("decile_spread")).toDouble(std::nan(""))));
    }
}

} // namespace

QJsonObject xsModelJson(const Store::XsModelRow& m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("run"), m.runId},
                       {QStringLiteral("selection"), m.selection},
                       {QStringLiteral("asOf"), m.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("dataFrom"), m.dataFrom.toString(Qt::ISODate)},
                       {QStringLiteral("learner"), m.learner},
                       {QStringLiteral("transform"), m.transform},
                       {QStringLiteral("horizon"), m.horizon},
                       {QStringLiteral("gate"), m.gate},
                       {QStringLiteral("features"), QJsonArray::fromStringList(m.featureNames)},
                       {QStringLiteral("price"), modelJson(m.price, m.priceMetrics)},
                       {QStringLiteral("risk"), modelJson(m.risk, m.riskMetrics)},
                       {QStringLiteral("symbols"), m.symbols},
                       {QStringLiteral("rows"), m.rows},
                       {QStringLiteral("seconds"), m.seconds},
                       {QStringLiteral("trainedAt"), m.trainedAt}};
}

void printXsModel(CliContext& ctx, const Store::XsModelRow& m)
{
    ctx.out << QStringLiteral(
                   "Cross-sectional model %1 (%2, %3 per day, as of %4; %5 symbols, %6 rows from %7; "
                   "%8 s)\n")
                   .arg(m.id)
                   .arg(m.learner, m.transform, m.asOf.toString(Qt::ISODate))
                   .arg(m.symbols)
                   .arg(m.rows)
                   .arg(m.dataFrom.toString(Qt::ISODate))
                   .arg(m.seconds, 0, 'f', 2);
    ctx.out << QStringLiteral("  outcome over %1 trading days from the next close; gate: Newey–West t ≥ %2\n")
                   .arg(m.horizon)
                   .arg(m.gate);
    printModelText(ctx, QStringLiteral("price (10-day return)"), m.price, m.priceMetrics);
    printModelText(ctx, QStringLiteral("risk (10-day max drawdown)"), m.risk, m.riskMetrics);
}

namespace {

/** `train-xs`: the pooled cross-sectional price and risk models over a selection (issue 15). */
class TrainXsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("train-xs"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "train-xs [selection] [--as-of DATE] [--feature-days N] [--transform rank|zscore|none] "
            "[--learner rf|gbm] [--folds K] [--initial-train F] [--gate T] [--fundamentals on|off]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Train the cross-sectional price (10-day return) and risk (10-day drawdown) models pooled over a "
            "selection, validated walk-forward by date; report daily rank IC with its Newey–West t, decile "
            "spreads before and after costs; store the per-symbol scores of the as-of date.");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o = selectionOptions();
        o << QCommandLineOption(
            QStringLiteral("as-of"),
            QStringLiteral("train-xs, train: use only bars up to this date (YYYY-MM-DD)."),
            QStringLiteral("DATE"))
          << QCommandLineOption(QStringLiteral("feature-days"),
                                QStringLiteral("train-xs: trading days of features (default 365)."),
                                QStringLiteral("N"))
          << QCommandLineOption(QStringLiteral("transform"),
                                QStringLiteral("train-xs: per-day transform rank, zscore or none."),
                                QStringLiteral("T"))
          << QCommandLineOption(QStringLiteral("learner"),
                                QStringLiteral("train-xs: rf (XGBoost random forest) or gbm."),
                                QStringLiteral("L"))
          << QCommandLineOption(QStringLiteral("folds"),
                                QStringLiteral("train-xs: walk-forward folds (default 5)."),
                                QStringLiteral("K"))
          << QCommandLineOption(QStringLiteral("initial-train"),
                                QStringLiteral("train-xs: share of dates before the first test block (0.5)."),
                                QStringLiteral("F"))
          << QCommandLineOption(QStringLiteral("gate"),
                                QStringLiteral("train-xs: rank-IC t-statistic a model needs (default 2)."),
                                QStringLiteral("T"))
          << QCommandLineOption(
                 QStringLiteral("fundamentals"),
                 QStringLiteral("train-xs: use the stored fundamentals as features (on, default) "
                                "or not (off)."),
                 QStringLiteral("on|off"));
        return o;
    }

    int run(CliContext& ctx) override
    {
        QDate asOf;
        if (ctx.parser.isSet(QStringLiteral("as-of"))) {
            asOf = QDate::fromString(ctx.parser.value(QStringLiteral("as-of")), Qt::ISODate);
            if (!asOf.isValid()) {
                return ctx.error(QStringLiteral("--as-of needs a date YYYY-MM-DD"), ExitUsage);
            }
        }
        QJsonObject overrides;
        const std::pair<const char*, const char*> map[] = {{"feature-days", "xs/featureDays"},
                                                           {"transform", "xs/transform"},
                                                           {"learner", "xs/learner"},
                                                           {"folds", "xs/folds"},
                                                           {"initial-train", "xs/initialTrainFraction"},
                                                           {"gate", "xs/gate"},
                                                           {"fundamentals", "xs/fundamentals"}};
        QHash<QString, QString> check;
        for (const auto& [option, key] : map) {
            const QString o = QString::fromLatin1(option);
            if (ctx.parser.isSet(o)) {
                overrides.insert(QString::fromLatin1(key), ctx.parser.value(o));
                check.insert(QString::fromLatin1(key), ctx.parser.value(o));
            }
        }
        if (auto valid = Ml::resolveXsSettings({}, check); !valid) {
            return ctx.error(valid.error().message, ExitUsage);
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
        QString label = QStringLiteral("all");
        if (ctx.parser.isSet(QStringLiteral("universe"))) {
            label = QStringLiteral("universe ") + ctx.parser.values(QStringLiteral("universe")).join(u',');
        } else if (hasSelection(ctx.parser)) {
            label = QStringLiteral("%1 symbols").arg(selection->size());
        }
        auto lock = acquireWriteLock(ctx, *db);
        if (!lock) {
            return ExitUsage;
        }
        Tasks::RunOptions options;
        options.maxWorkers = ctx.maxWorkers;
        options.trigger = QStringLiteral("cli");
        std::optional<Tasks::RunResult> run;
        const int code = runTask(
            ctx,
            [&](Tasks::TaskContext& task) {
                auto r = Tasks::TaskRunner(db).start(QStringLiteral("train-xs"),
                                                     Tasks::trainXsParams(*selection, label, asOf, overrides),
                                                     options,
                                                     task);
                if (r) {
                    run = *r;
                }
                return r;
            },
            false);
        if (!run) {
            return code;
        }
        std::optional<Store::XsModelRow> model;
        if (auto models = Store::CrossSectionRepository(*db).list(5, true); models) {
            for (const Store::XsModelRow& m : *models) {
                if (m.runId == run->runId) {
                    model = m;
                    break;
                }
            }
        }
        if (ctx.json) {
            QJsonObject o = model ? xsModelJson(*model) : QJsonObject{};
            o.insert(QStringLiteral("run"), run->runId);
            o.insert(QStringLiteral("status"), Tasks::toString(run->status));
            o.insert(QStringLiteral("seconds"), run->seconds);
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(run->notes));
            if (!model) {
                o.insert(QStringLiteral("symbols"), 0);
                o.insert(QStringLiteral("rows"), 0);
            }
            ctx.printJson(QJsonDocument(o));
        } else {
            printRunResult(ctx, *run);
            if (model) {
                printXsModel(ctx, *model);
            }
        }
        return code;
    }
};

} // namespace

std::unique_ptr<Command> makeTrainXsCommand()
{
    return std::make_unique<TrainXsCommand>();
}

} // namespace Tessera::Cli
