#include <cmath>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/CliApp.h"
#include "app/cli/Command.h"
#include "core/market/HourlySeries.h"
#include "core/store/HourlyPredictionRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/HourlySettings.h"

namespace Tessera::Cli {
namespace {

QString utcText(qint64 t)
{
    return hourLabel(t) + QStringLiteral(" UTC");
}

QJsonObject predictionJson(const Store::HourlyPrediction& p, int rank)
{
    const auto number = [](double v) {
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
    };
    return {{QStringLiteral("rank"), rank},
            {QStringLiteral("symbol"), p.symbol},
            {QStringLiteral("horizonHours"), p.horizon},
            {QStringLiteral("validated"), p.productionReady},
            {QStringLiteral("expired"), p.expired(QDateTime::currentSecsSinceEpoch())},
            {QStringLiteral("asOf"), utcTime(p.asOf).toString(Qt::ISODate)},
            {QStringLiteral("expiresAt"), utcTime(p.expiresAt).toString(Qt::ISODate)},
            {QStringLiteral("asOfClose"), number(p.asOfClose)},
            {QStringLiteral("predictedLogReturn"), number(p.predictedReturn)},
            {QStringLiteral("movePercent"), number(p.movePercent())},
            {QStringLiteral("predictedPrice"), number(p.predictedPrice)},
            {QStringLiteral("ic"), number(p.ic)},
            {QStringLiteral("hitRate"), number(p.hitRate)},
            {QStringLiteral("baselineHitRate"), number(p.baseHitRate)},
            {QStringLiteral("mseSkill"), number(p.mseSkill)}};
}

/**
 * `predictions top`: the symbols ranked by their cached hourly consensus move (issue 21), validated
 * models first, unvalidated listed apart and labelled; read straight from the cache, never computed.
 */
class PredictionsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("predictions"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "predictions top [--universe U] [--horizon H] [--limit 20] [--include-expired] [--json]");
    }
    QString summary() const override
    {
        return QStringLiteral(
            "The top hourly predictions from the cache (train --resolution hourly fills it): symbols ranked "
            "by the size of the consensus's predicted move over H hours (default the first of "
            "train/hourly/horizons), validated models (passed the production-ready gate) first, unvalidated "
            "ones apart and labelled; each with its as-of hour, expiry, skill beside the baseline and the "
            "move. Expired predictions are left out and counted (--include-expired lists them, labelled).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("horizon"),
                               QStringLiteral("predictions top: horizon in hours (1h or 1)."),
                               QStringLiteral("H")),
            QCommandLineOption(QStringLiteral("include-expired"),
                               QStringLiteral("predictions top: also list expired predictions (labelled).")),
            QCommandLineOption(
                QStringLiteral("limit"),
                QStringLiteral("runs list: runs shown; predictions top: symbols per list (20)."),
                QStringLiteral("N"))};
    }

    int run(CliContext& ctx) override
    {
        if (ctx.args.value(0) != u"top") {
            return ctx.error(
                QStringLiteral("usage: predictions top [--universe U] [--horizon H] [--limit N]"), ExitUsage);
        }
        int limit = 20;
        if (ctx.parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = ctx.parser.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > 10000) {
                return ctx.error(QStringLiteral("--limit needs a number from 1 to 10000"), ExitUsage);
            }
        }
        auto db = ctx.openDatabase();
        if (!db) {
            return ctx.openFailure;
        }
        int horizon = 0;
        if (ctx.parser.isSet(QStringLiteral("horizon"))) {
            auto h = Tasks::parseHourHorizons(ctx.parser.value(QStringLiteral("horizon")));
            if (!h || h->size() != 1) {
                return ctx.error(h ? QStringLiteral("--horizon takes one horizon in hours")
                                   : h.error().message,
                                 ExitUsage);
            }
            horizon = h->front();
        } else {
            auto configured = Tasks::hourlySetting(*db, QStringLiteral("train/hourly/horizons"));
            auto h = configured ? Tasks::parseHourHorizons(*configured)
                                : Result<std::vector<int>>(fail(configured.error()));
            if (!h) {
                return ctx.error(h.error().message, ExitUsage);
            }
            horizon = h->front();
        }
        QString universe;
        if (ctx.parser.isSet(QStringLiteral("universe"))) {
            auto stored =
                Store::UniverseRepository(*db).storedName(ctx.parser.value(QStringLiteral("universe")));
            if (!stored) {
                return ctx.error(stored.error().message, ExitUsage);
            }
            if (!stored->has_value()) {
                return ctx.error(
                    QStringLiteral("unknown universe %1").arg(ctx.parser.value(QStringLiteral("universe"))),
                    ExitUsage);
            }
            universe = **stored;
        }
        QElapsedTimer timer;
        timer.start();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const bool includeExpired = ctx.parser.isSet(QStringLiteral("include-expired"));
        auto top = Store::HourlyPredictionRepository(*db).top(horizon, limit, universe, now, includeExpired);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!top) {
            return ctx.error(top.error().message, ExitStorage);
        }
        if (ctx.json) {
            QJsonArray validated;
            QJsonArray unvalidated;
            int rank = 0;
            for (const auto& p : top->validated) {
                validated.append(predictionJson(p, ++rank));
            }
            rank = 0;
            for (const auto& p : top->unvalidated) {
                unvalidated.append(predictionJson(p, ++rank));
            }
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("horizonHours"), horizon},
                                                    {QStringLiteral("universe"), universe},
                                                    {QStringLiteral("validated"), validated},
                                                    {QStringLiteral("unvalidated"), unvalidated},
                                                    {QStringLiteral("expired"), top->expired},
                                                    {QStringLiteral("queryMs"), ms}}));
            return ExitOk;
        }
        const auto table = [&ctx](const QList<Store::HourlyPrediction>& list) {
            ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                           .arg(QStringLiteral("#"), 3)
                           .arg(QStringLiteral("symbol"), -12)
                           .arg(QStringLiteral("move"), 9)
                           .arg(QStringLiteral("close → predicted"), -26)
                           .arg(QStringLiteral("as of"), -21)
                           .arg(QStringLiteral("expires"), -21)
                           .arg(QStringLiteral("IC"), 6)
                           .arg(QStringLiteral("hit (baseline)"));
            int rank = 0;
            for (const auto& p : list) {
                ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                               .arg(++rank, 3)
                               .arg(p.symbol, -12)
                               .arg(QStringLiteral("%1%2%")
                                        .arg(p.movePercent() >= 0 ? QStringLiteral("+") : QString())
                                        .arg(p.movePercent(), 0, 'f', 2),
                                    9)
                               .arg(QStringLiteral("%1 → %2")
                                        .arg(p.asOfClose, 0, 'g', 6)
                                        .arg(p.predictedPrice, 0, 'g', 6),
                                    -26)
                               .arg(utcText(p.asOf), -21)
                               .arg(p.expired(QDateTime::currentSecsSinceEpoch())
                                        ? QStringLiteral("EXPIRED ") + hourLabel(p.expiresAt)
                                        : utcText(p.expiresAt),
                                    -21)
                               .arg(p.ic, 6, 'f', 3)
                               .arg(QStringLiteral("%1% (%2%)")
                                        .arg(100 * p.hitRate, 0, 'f', 1)
                                        .arg(100 * p.baseHitRate, 0, 'f', 1));
            }
        };
        ctx.out << QStringLiteral("Top predicted moves over %1 h%2 (consensus of the hourly models; move = "
                                  "exp(predicted log return) − 1):\n")
                       .arg(horizon)
                       .arg(universe.isEmpty() ? QString() : QStringLiteral(" in %1").arg(universe));
        ctx.out << QStringLiteral("Validated (passed the production-ready gate): %1\n")
                       .arg(top->validated.size());
        if (!top->validated.isEmpty()) {
            table(top->validated);
        }
        ctx.out << QStringLiteral("UNVALIDATED (no model passed the gate; for reference only): %1\n")
                       .arg(top->unvalidated.size());
        if (!top->unvalidated.isEmpty()) {
            table(top->unvalidated);
        }
        if (top->expired > 0 && !includeExpired) {
            ctx.out << QStringLiteral(
                           "note: %1 expired prediction(s) left out; refresh with 'train --resolution "
                           "hourly --mode incremental', or list them with --include-expired\n")
                           .arg(top->expired);
        }
        if (top->validated.isEmpty() && top->unvalidated.isEmpty() && top->expired == 0) {
            ctx.out << QStringLiteral(
                           "note: no hourly predictions cached for %1 h; run 'train --resolution hourly'\n")
                           .arg(horizon);
        }
        ctx.out << QStringLiteral(
                       "IC: out-of-sample rank correlation of forecasts and outcomes (0 = no skill); "
                       "hit: share of test hours with the right direction beside the training-mean "
                       "baseline's. Read from the cache in %1 ms.\n")
                       .arg(ms, 0, 'f', 2);
        ctx.out.flush();
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePredictionsCommand()
{
    return std::make_unique<PredictionsCommand>();
}

} // namespace Tessera::Cli
