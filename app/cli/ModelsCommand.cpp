#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "app/cli/Selection.h"
#include "core/ml/FeatureTable.h"
#include "core/store/CrossSectionRepository.h"
#include "core/store/ModelRepository.h"
#include "core/store/PredictionRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/TrainTask.h"

namespace Tessera::Cli {
namespace {

QString pct(double v)
{
    return std::isfinite(v) ? QStringLiteral("%1%").arg(100 * v, 0, 'f', 1) : QStringLiteral("n/a");
}

QString dec(double v, int d = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', d) : QStringLiteral("n/a");
}

QJsonObject modelJson(const Store::StoredModel& m, bool full)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("symbol"), m.symbol},
                  {QStringLiteral("algorithm"), Ml::toString(m.algorithm)},
                  {QStringLiteral("horizon"), m.horizon},
                  {QStringLiteral("version"), m.version},
                  {QStringLiteral("schemaHash"), m.schemaHash},
                  {QStringLiteral("schemaCurrent"), m.schemaHash == Ml::currentSchemaHash()},
                  {QStringLiteral("dataFrom"), m.dataFrom.toString(Qt::ISODate)},
                  {QStringLiteral("dataTo"), m.dataTo.toString(Qt::ISODate)},
                  {QStringLiteral("lastBar"), m.lastBar.toString(Qt::ISODate)},
                  {QStringLiteral("rows"), m.rows},
                  {QStringLiteral("blobBytes"), m.blobBytes},
                  {QStringLiteral("trainedAt"), m.trainedAt.toString(Qt::ISODate)},
                  {QStringLiteral("runId"), m.runId},
                  {QStringLiteral("productionReady"), m.productionReady()},
                  {QStringLiteral("verdict"), m.evaluation.verdict}};
    if (full) {
        o.insert(QStringLiteral("params"), m.params);
        o.insert(QStringLiteral("evaluation"), m.evaluation.toJson());
    } else {
        o.insert(QStringLiteral("oos"), m.evaluation.oos.toJson());
        o.insert(QStringLiteral("baselineHitRate"), m.evaluation.oosMean.hitRate);
        o.insert(QStringLiteral("mseSkill"),
                 std::isfinite(m.evaluation.mseSkill) ? QJsonValue(m.evaluation.mseSkill) : QJsonValue());
    }
    return o;
}

/** `models list|show SYMBOL|summary`: the model registry and the prediction cache (SPEC §6). */
class ModelsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("models"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "models list [selection] [--ready] | show SYMBOL | summary [--run ID] | xs [ID]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "Trained models with out-of-sample metrics beside the naive baselines; one "
            "symbol's models, folds and cached predictions; metric distributions; the stored "
            "cross-sectional models (xs: newest first; xs ID: one in full).");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o = selectionOptions();
        o << QCommandLineOption(QStringLiteral("ready"),
                                QStringLiteral("models list: production-ready models only."))
          << QCommandLineOption(QStringLiteral("run"),
                                QStringLiteral("models summary: only the models written by this run."),
                                QStringLiteral("ID"));
        return o;
    }

    int run(CliContext& ctx) override
    {
        const QString sub = ctx.args.value(0);
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        if (sub == u"list") {
            return list(ctx, *db);
        }
        if (sub == u"show") {
            if (ctx.args.size() < 2) {
                return ctx.error(QStringLiteral("models show needs a SYMBOL"), ExitUsage);
            }
            return show(ctx, *db, ctx.args.at(1));
        }
        if (sub == u"summary") {
            const qint64 runId = ctx.parser.value(QStringLiteral("run")).toLongLong();
            auto s = Tasks::trainSummary(*db, runId);
            if (!s) {
                return ctx.error(s.error().message, ExitUsage);
            }
            printTrainSummary(ctx, *s);
            return ExitOk;
        }
        if (sub == u"xs") {
            return xs(ctx, *db);
        }
        return ctx.error(QStringLiteral("usage: %1").arg(synopsis()), ExitUsage);
    }

private:
    /** `models xs [ID]`: the stored cross-sectional models, newest first, or one of them in full. */
    static int xs(CliContext& ctx, const Store::Database& db)
    {
        Store::CrossSectionRepository repo(db);
        if (ctx.args.size() >= 2) {
            bool ok = false;
            const qint64 id = ctx.args.at(1).toLongLong(&ok);
            if (!ok) {
                return ctx.error(QStringLiteral("models xs needs a model id"), ExitUsage);
            }
            auto m = repo.get(id);
            if (!m) {
                return ctx.error(m.error().message, ExitUsage);
            }
            if (!*m) {
                return ctx.error(QStringLiteral("no cross-sectional model %1").arg(id), ExitUsage);
            }
            if (ctx.json) {
                QJsonObject o = xsModelJson(**m);
                QJsonArray scores;
                if (auto s = repo.scoresOf(id); s) {
                    for (const Store::XsScoreRow& r : *s) {
                        scores.append(
                            QJsonObject{{QStringLiteral("symbol"), r.ticker},
                                        {QStringLiteral("asOf"), r.asOf.toString(Qt::ISODate)},
                                        {QStringLiteral("ml_prediction_score"), r.predictionScore},
                                        {QStringLiteral("ml_price_target"), r.priceTarget},
                                        {QStringLiteral("ml_confidence"), r.confidence},
                                        {QStringLiteral("ml_risk_score"), r.riskScore},
                                        {QStringLiteral("predicted_return"), r.predictedReturn},
                                        {QStringLiteral("predicted_drawdown"), r.predictedDrawdown},
                                        {QStringLiteral("validated"), r.priceValidated},
                                        {QStringLiteral("expiresOn"), r.expiresOn.toString(Qt::ISODate)}});
                    }
                }
                o.insert(QStringLiteral("scores"), scores);
                ctx.printJson(QJsonDocument(o));
            } else {
                printXsModel(ctx, **m);
                if (auto s = repo.scoresOf(id); s && !s->isEmpty()) {
                    ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                                   .arg(QStringLiteral("symbol"), -14)
                                   .arg(QStringLiteral("ML score"), 8)
                                   .arg(QStringLiteral("target"), 10)
                                   .arg(QStringLiteral("conf."), 6)
                                   .arg(QStringLiteral("risk"), 6)
                                   .arg(QStringLiteral("mark"));
                    for (const Store::XsScoreRow& r : *s) {
                        ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                                       .arg(r.ticker, -14)
                                       .arg(r.predictionScore, 8, 'f', 2)
                                       .arg(r.priceTarget, 10, 'f', 2)
                                       .arg(r.confidence, 6, 'f', 2)
                                       .arg(r.riskScore, 6, 'f', 2)
                                       .arg(r.mark());
                    }
                }
            }
            return ExitOk;
        }
        auto models = repo.list(50, true);
        if (!models) {
            return ctx.error(models.error().message, ExitUsage);
        }
        if (ctx.json) {
            QJsonArray a;
            for (const Store::XsModelRow& m : *models) {
                a.append(xsModelJson(m));
            }
            ctx.printJson(QJsonDocument(a));
            return ExitOk;
        }
        if (models->isEmpty()) {
            ctx.out << "No cross-sectional models stored (train them with: tessera-cli train-xs).\n";
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                       .arg(QStringLiteral("id"), 4)
                       .arg(QStringLiteral("as of"), -10)
                       .arg(QStringLiteral("selection"), -20)
                       .arg(QStringLiteral("sym"), 4)
                       .arg(QStringLiteral("price IC"), 9)
                       .arg(QStringLiteral("t"), 6)
                       .arg(QStringLiteral("risk IC"), 8)
                       .arg(QStringLiteral("t"), 6)
                       .arg(QStringLiteral("status"));
        for (const Store::XsModelRow& m : *models) {
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                           .arg(m.id, 4)
                           .arg(m.asOf.toString(Qt::ISODate), -10)
                           .arg(m.selection.left(20), -20)
                           .arg(m.symbols, 4)
                           .arg(dec(m.price.rankIc, 4), 9)
                           .arg(dec(m.price.rankIcT, 2), 6)
                           .arg(dec(m.risk.rankIc, 4), 8)
                           .arg(dec(m.risk.rankIcT, 2), 6)
                           .arg(QStringLiteral("price %1, risk %2")
                                    .arg(m.price.validated ? QStringLiteral("validated")
                                                           : QStringLiteral("unvalidated"),
                                         m.risk.validated ? QStringLiteral("validated")
                                                          : QStringLiteral("unvalidated")));
        }
        return ExitOk;
    }

    static int list(CliContext& ctx, const Store::Database& db)
    {
        auto selection = resolveSelection(ctx.parser, db);
        if (!selection) {
            return ctx.error(selection.error().message, exitCodeFor(selection.error(), ExitUsage));
        }
        const QSet<QString> wanted(selection->cbegin(), selection->cend());
        auto models = Store::ModelRepository(db).latestAll();
        if (!models) {
            return ctx.error(models.error().message, ExitUsage);
        }
        const bool readyOnly = ctx.parser.isSet(QStringLiteral("ready"));
        const QString current = Ml::currentSchemaHash();
        QList<Store::StoredModel> shown;
        for (const Store::StoredModel& m : *models) {
            if ((wanted.isEmpty() || wanted.contains(m.symbol)) && (!readyOnly || m.productionReady())) {
                shown << m;
            }
        }
        if (ctx.json) {
            QJsonArray a;
            for (const auto& m : shown) {
                a.append(modelJson(m, false));
            }
            ctx.printJson(QJsonDocument(a));
            return ExitOk;
        }
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
                       .arg(QStringLiteral("symbol"), -16)
                       .arg(QStringLiteral("model"), -6)
                       .arg(QStringLiteral("h"), -4)
                       .arg(QStringLiteral("ver"), 3)
                       .arg(QStringLiteral("trained"), -10)
                       .arg(QStringLiteral("IC"), 7)
                       .arg(QStringLiteral("hit"), 7)
                       .arg(QStringLiteral("base hit"), 8)
                       .arg(QStringLiteral("R²"), 8)
                       .arg(QStringLiteral("MSE skill"), 9)
                       .arg(QStringLiteral("status"));
        for (const auto& m : shown) {
            const QString status = m.schemaHash != current ? QStringLiteral("unusable (old feature schema)")
                                   : m.productionReady()   ? QStringLiteral("production ready")
                                                           : QStringLiteral("not ready");
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
                           .arg(m.symbol, -16)
                           .arg(Ml::toString(m.algorithm), -6)
                           .arg(Ml::horizonLabel(m.horizon), -4)
                           .arg(m.version, 3)
                           .arg(m.trainedAt.date().toString(Qt::ISODate), -10)
                           .arg(dec(m.evaluation.oos.ic), 7)
                           .arg(pct(m.evaluation.oos.hitRate), 7)
                           .arg(pct(m.evaluation.oosMean.hitRate), 8)
                           .arg(dec(m.evaluation.oos.r2), 8)
                           .arg(pct(m.evaluation.mseSkill), 9)
                           .arg(status);
        }
        ctx.out << QStringLiteral("%1 model(s)\n").arg(shown.size());
        return ExitOk;
    }

    static int show(CliContext& ctx, const Store::Database& db, const QString& ticker)
    {
        auto stored = Store::SymbolRepository(db).lookup(ticker);
        if (!stored) {
            return ctx.error(stored.error().message, exitCodeFor(stored.error(), ExitUsage));
        }
        if (!stored->has_value()) {
            auto known = checkTickers({ticker}, db); // fails: its message carries the close matches
            return ctx.error(known ? QStringLiteral("unknown ticker %1").arg(ticker) : known.error().message,
                             ExitUsage);
        }
        const QString symbol = **stored;
        Store::ModelRepository repo(db);
        auto models = repo.latest(symbol);
        if (!models) {
            return ctx.error(models.error().message, ExitUsage);
        }
        if (models->isEmpty()) {
            return ctx.error(
                QStringLiteral("%1 has no trained models (tessera-cli train --ticker %1)").arg(symbol),
                ExitUsage);
        }
        auto predictions = Store::PredictionRepository(db).forSymbol(symbol);
        if (!predictions) {
            return ctx.error(predictions.error().message, ExitUsage);
        }
        auto bytes = repo.storedBytes(symbol);
        if (ctx.json) {
            QJsonArray m;
            for (const auto& model : *models) {
                m.append(modelJson(model, true));
            }
            QJsonArray p;
            for (const auto& c : *predictions) {
                p.append(QJsonObject{{QStringLiteral("algorithm"), c.prediction.algorithm},
                                     {QStringLiteral("horizon"), c.prediction.horizon},
                                     {QStringLiteral("asOf"), c.prediction.asOf.toString(Qt::ISODate)},
                                     {QStringLiteral("predictedReturn"), c.prediction.predictedReturn},
                                     {QStringLiteral("predictedPrice"), c.prediction.predictedPrice},
                                     {QStringLiteral("confidence"), c.prediction.confidence},
                                     {QStringLiteral("productionReady"), c.prediction.productionReady},
                                     {QStringLiteral("expiresAt"), c.expiresAt.toString(Qt::ISODate)},
                                     {QStringLiteral("expired"), c.expired},
                                     {QStringLiteral("freshness"), c.freshness()}});
            }
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("symbol"), symbol},
                                                    {QStringLiteral("storedBytes"), bytes ? *bytes : 0},
                                                    {QStringLiteral("models"), m},
                                                    {QStringLiteral("predictions"), p}}));
            return ExitOk;
        }
        const QString current = Ml::currentSchemaHash();
        ctx.out << QStringLiteral("%1: %2 model(s), %3 KB stored (all kept versions)\n")
                       .arg(symbol)
                       .arg(models->size())
                       .arg((bytes ? *bytes : 0) / 1024.0, 0, 'f', 1);
        for (const auto& m : *models) {
            const Ml::Evaluation& e = m.evaluation;
            ctx.out << QStringLiteral("\n%1 %2 v%3 (trained %4 on %5 rows %6..%7, %8 KB%9)\n")
                           .arg(Ml::displayName(m.algorithm), Ml::horizonLabel(m.horizon))
                           .arg(m.version)
                           .arg(m.trainedAt.toString(Qt::ISODate))
                           .arg(m.rows)
                           .arg(m.dataFrom.toString(Qt::ISODate), m.dataTo.toString(Qt::ISODate))
                           .arg(m.blobBytes / 1024.0, 0, 'f', 1)
                           .arg(m.schemaHash == current ? QString()
                                                        : QStringLiteral(", OLD FEATURE SCHEMA: never used"));
            ctx.out << "  " << e.verdict << "\n";
            ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                           .arg(QStringLiteral("fold"), -25)
                           .arg(QStringLiteral("IC"), 7)
                           .arg(QStringLiteral("hit (base)"), 16)
                           .arg(QStringLiteral("R² (zero/mean)"), 24)
                           .arg(QStringLiteral("RMSE (zero/mean)"), 28)
                           .arg(QStringLiteral("MAE (zero)"), 18);
            const auto row = [&ctx](const QString& label,
                                    const Ml::Metrics& mm,
                                    const Ml::Metrics& z,
                                    const Ml::Metrics& mean) {
                ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                               .arg(label, -25)
                               .arg(dec(mm.ic), 7)
                               .arg(QStringLiteral("%1 (%2)").arg(pct(mm.hitRate), pct(mean.hitRate)), 16)
                               .arg(QStringLiteral("%1 (%2/%3)").arg(dec(mm.r2), dec(z.r2), dec(mean.r2)), 24)
                               .arg(QStringLiteral("%1 (%2/%3)")
                                        .arg(dec(mm.rmse, 4), dec(z.rmse, 4), dec(mean.rmse, 4)),
                                    28)
                               .arg(QStringLiteral("%1 (%2)").arg(dec(mm.mae, 4), dec(z.mae, 4)), 18);
            };
            for (const Ml::FoldReport& f : e.folds) {
                row(QStringLiteral("%1 %2..%3")
                        .arg(f.fold)
                        .arg(f.testFrom.toString(Qt::ISODate), f.testTo.toString(Qt::ISODate)),
                    f.model,
                    f.zero,
                    f.mean);
            }
            row(QStringLiteral("all test rows (%1)").arg(e.oos.n), e.oos, e.oosZero, e.oosMean);
        }
        ctx.out << "\nCached predictions (log return over the horizon; confidence = out-of-sample IC, 0 = no "
                   "skill):\n";
        for (const auto& c : *predictions) {
            const Ml::Prediction& p = c.prediction;
            ctx.out << QStringLiteral("  %1 %2 as of %3: %4 → %5  confidence %6  %7  %8\n")
                           .arg(Ml::horizonLabel(p.horizon), -4)
                           .arg(p.algorithm, -9)
                           .arg(p.asOf.toString(Qt::ISODate))
                           .arg(QStringLiteral("%1%2%")
                                    .arg(p.predictedReturn >= 0 ? QStringLiteral("+") : QString())
                                    .arg(100 * (std::exp(p.predictedReturn) - 1), 0, 'f', 2),
                                8)
                           .arg(p.predictedPrice, 0, 'f', 2)
                           .arg(p.confidence, 0, 'f', 2)
                           .arg(p.productionReady ? QStringLiteral("production ready")
                                                  : QStringLiteral("not ready"),
                                -16)
                           .arg(c.freshness());
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeModelsCommand()
{
    return std::make_unique<ModelsCommand>();
}

} // namespace Tessera::Cli
