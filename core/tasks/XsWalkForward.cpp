#include "core/tasks/XsWalkForward.h"

#include <algorithm>
#include <map>

#include <QElapsedTimer>
#include <QHash>

#include "core/ml/CrossSection.h"
#include "core/store/BarRepository.h"
#include "core/tasks/TaskContext.h"
#include "core/tasks/TrainXsTask.h"

namespace Tessera::Tasks {

namespace {

/** Too little history for a model (no row with every feature, too few dates for the folds): not a failure. */
bool tooLittleHistory(const Error& e)
{
    return e.code == ErrorCode::InvalidInput;
}

} // namespace

Result<XsWalkForwardSummary> walkForwardXs(const Store::Database& db,
                                           Backtest::Panel& panel,
                                           const std::vector<qint64>& calendar,
                                           int retrainDays,
                                           TaskContext* ctx)
{
    QElapsedTimer clock;
    clock.start();
    XsWalkForwardSummary summary;
    if (retrainDays < 1) {
        return fail(Error::invalidInput(
            QStringLiteral("--xs-retrain-days: expected a number of trading days ≥ 1, got %1")
                .arg(retrainDays)));
    }
    auto settings = storedXsSettings(db);
    if (!settings) {
        return fail(settings.error());
    }
    std::map<QString, BarSeries> bars;
    for (const Backtest::SymbolHistory& s : panel.symbols) {
        auto loaded = Store::BarRepository(db).load(s.ticker);
        if (!loaded) {
            return fail(loaded.error().prefixed(QStringLiteral("walk-forward cross-section")));
        }
        bars.emplace(s.ticker, std::move(*loaded));
    }
    auto inputs = xsInputs(db, std::move(bars), settings->useFundamentals);
    if (!inputs) {
        return fail(inputs.error());
    }
    summary.symbols = static_cast<int>(inputs->symbols.size());
    if (summary.symbols < settings->minSymbolsPerDay) {
        return fail(Error::invalidInput(
            QStringLiteral(
                "--xs-walk-forward: a cross-section needs at least %1 symbols; the selection has %2")
                .arg(settings->minSymbolsPerDay)
                .arg(summary.symbols)));
    }

    std::vector<size_t> starts; // calendar indexes of the retrain days
    for (size_t i = 0; i < calendar.size(); i += static_cast<size_t>(retrainDays)) {
        starts.push_back(i);
    }
    summary.retrains = static_cast<int>(starts.size());
    const int fitsPerModel = 2 * (settings->folds + 1);
    if (ctx) {
        ctx->beginStep(QStringLiteral("xs models"), static_cast<qint64>(starts.size()) * fitsPerModel);
    }
    QHash<QString, size_t> indexOf;
    for (size_t i = 0; i < panel.symbols.size(); ++i) {
        Backtest::SymbolHistory& s = panel.symbols[i];
        indexOf.insert(s.ticker, i);
        s.xsDays.clear();
        s.xsModelDays.clear();
        s.xs.clear();
    }

    for (size_t k = 0; k < starts.size(); ++k) {
        const size_t first = starts[k];
        const size_t last = k + 1 < starts.size() ? starts[k + 1] - 1 : calendar.size() - 1;
        const QDate asOf = QDate::fromJulianDay(calendar[first]);
        const auto progress = [ctx, &asOf](int, int, const QString& what) {
            if (!ctx) {
                return true;
            }
            ctx->unitFinished(QStringLiteral("%1 as of %2").arg(what, asOf.toString(Qt::ISODate)), true);
            return !ctx->isCanceled();
        };
        Result<Ml::XsResult> model = fail(Error::internal(QStringLiteral("not trained")));
        if (auto trainingPanel = Ml::buildXsPanel(inputs->symbols, inputs->extraNames, *settings, asOf)) {
            model = Ml::trainCrossSection(*trainingPanel, *settings, progress);
        } else {
            model = fail(trainingPanel.error());
        }
        if (!model) {
            if (!tooLittleHistory(model.error())) {
                return fail(model.error().code == ErrorCode::Cancelled
                                ? model.error()
                                : model.error().prefixed(QStringLiteral("cross-sectional models as of %1")
                                                             .arg(asOf.toString(Qt::ISODate))));
            }
            if (summary.untrained.isEmpty()) {
                summary.untrained = model.error().message;
            }
            continue;
        }
        ++summary.models;
        summary.validated += model->price.validated ? 1 : 0;
        if (!summary.firstModel.isValid()) {
            summary.firstModel = asOf;
        }
        // The days this model scores, from a panel of exactly those days (its rows read no later bar).
        Ml::XsSettings window = *settings;
        window.featureDays = static_cast<int>(last - first + 1);
        auto scoring = Ml::buildXsPanel(
            inputs->symbols, inputs->extraNames, window, QDate::fromJulianDay(calendar[last]));
        if (!scoring) {
            continue; // no row with every feature on these days
        }
        const auto from = std::lower_bound(scoring->dates.begin(), scoring->dates.end(), calendar[first]);
        auto scores = Ml::scoreCrossSection(
            *model, *scoring, static_cast<int>(from - scoring->dates.begin()), scoring->dateCount() - 1);
        if (!scores) {
            return fail(scores.error());
        }
        const double validated = model->price.validated ? 1.0 : 0.0;
        for (const Ml::XsScore& sc : *scores) {
            const auto at = indexOf.constFind(sc.ticker);
            if (at == indexOf.cend()) {
                continue;
            }
            Backtest::SymbolHistory& s = panel.symbols[*at];
            s.xsDays.push_back(sc.asOf.toJulianDay());
            s.xsModelDays.push_back(calendar[first]);
            // In the order of Backtest::XsValue; the predicted return in percent, as the screens show it.
            s.xs.push_back({sc.predictionScore,
                            sc.priceTarget,
                            sc.predictedReturn * 100.0,
                            sc.confidence,
                            sc.riskScore,
                            validated});
            ++summary.scores;
        }
    }
    if (ctx) {
        ctx->finish();
    }
    summary.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace Tessera::Tasks
