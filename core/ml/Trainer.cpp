#include "core/ml/Trainer.h"

#include <cmath>
#include <exception>

#include <QElapsedTimer>

#include "core/common/Log.h"
#include "core/ml/Baselines.h"
#include "core/ml/Dataset.h"
#include "core/ml/ModelBlob.h"
#include "core/ml/WalkForward.h"

namespace Tessera::Ml {
namespace {

Error failure(TrainFailure f, const QString& detail)
{
    return Error::invalidInput(toString(f) + QStringLiteral(": ") + detail);
}

TrainingView viewOf(const Dataset& ds, int begin, int end)
{
    TrainingView v;
    v.x = ds.row(begin);
    v.y = ds.y.data() + begin;
    v.barIndex = ds.barIndex.data() + begin;
    v.rows = end - begin;
    v.columns = ds.columns;
    v.horizon = ds.horizon;
    return v;
}

/** Walk-forward evaluation and final fit of one (algorithm, horizon). May throw library errors. */
ModelResult trainOne(Algorithm algorithm,
                     const Dataset& ds,
                     const std::vector<Fold>& folds,
                     const FeatureTable& table,
                     const TrainConfig& config)
{
    QElapsedTimer clock;
    clock.start();
    ModelResult r;
    r.algorithm = algorithm;
    r.horizon = ds.horizon;
    r.usableRows = ds.size();
    r.excludedIncomplete = ds.excludedIncomplete;
    r.excludedNoTarget = ds.excludedNoTarget;

    std::vector<double> pooledY;
    std::vector<double> pooledModel;
    std::vector<double> pooledMean;
    for (const Fold& f : folds) {
        auto model = makeModel(algorithm, config.params);
        model->fit(viewOf(ds, 0, f.trainEnd));
        const std::vector<double> p = model->predict(ds.row(f.testBegin), f.testRows());
        const double* yTest = ds.y.data() + f.testBegin;

        FoldReport report;
        report.fold = f.index + 1;
        report.trainRows = f.trainRows();
        report.testRows = f.testRows();
        report.trainFrom = table.date(ds.barIndex[0]);
        report.trainTo = table.date(ds.barIndex[static_cast<size_t>(f.trainEnd - 1)]);
        report.testFrom = table.date(ds.barIndex[static_cast<size_t>(f.testBegin)]);
        report.testTo = table.date(ds.barIndex[static_cast<size_t>(f.testEnd - 1)]);
        report.trainMean = trainingMean(ds.y.data(), f.trainEnd);
        report.rounds = model->rounds();
        report.model = computeMetrics(yTest, p.data(), f.testRows());
        report.zero = baselineMetrics(Baseline::ZeroReturn, yTest, f.testRows(), report.trainMean);
        report.mean = baselineMetrics(Baseline::TrainingMean, yTest, f.testRows(), report.trainMean);
        r.evaluation.folds << report;

        pooledY.insert(pooledY.end(), yTest, yTest + f.testRows());
        pooledModel.insert(pooledModel.end(), p.begin(), p.end());
        pooledMean.insert(pooledMean.end(), static_cast<size_t>(f.testRows()), report.trainMean);
        if (config.keepOutOfSample) {
            for (int i = f.testBegin; i < f.testEnd; ++i) {
                r.oosDays.push_back(table.days[static_cast<size_t>(ds.barIndex[static_cast<size_t>(i)])]);
            }
            r.oosPredictions.insert(r.oosPredictions.end(), p.begin(), p.end());
        }
    }
    const int n = static_cast<int>(pooledY.size());
    r.evaluation.oos = computeMetrics(pooledY.data(), pooledModel.data(), n);
    const std::vector<double> zeros(static_cast<size_t>(n), 0.0);
    r.evaluation.oosZero = computeMetrics(pooledY.data(), zeros.data(), n);
    r.evaluation.oosZero.hitRate = Metrics::kNaN; // no direction (see baselineMetrics)
    r.evaluation.oosZero.ic = Metrics::kNaN;
    r.evaluation.oosMean = computeMetrics(pooledY.data(), pooledMean.data(), n);
    // Pooled over folds the mean forecast varies a little between folds; it still ranks nothing.
    r.evaluation.oosMean.ic = Metrics::kNaN;
    judge(r.evaluation, config.gate, ds.horizon);

    auto final = makeModel(algorithm, config.params);
    final->fit(viewOf(ds, 0, ds.size()));
    r.params = final->params();
    r.dataFrom = table.date(ds.barIndex.front());
    r.dataTo = table.date(ds.barIndex.back());
    r.blob = ModelBlob::encode(*final);
    r.model = std::shared_ptr<Model>(std::move(final));
    r.seconds = clock.nsecsElapsed() / 1e9;
    return r;
}

QString pct(double v)
{
    return std::isfinite(v) ? QStringLiteral("%1%").arg(100 * v, 0, 'f', 1) : QStringLiteral("n/a");
}

QString dec(double v, int d = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', d) : QStringLiteral("n/a");
}

} // namespace

QString toString(TrainFailure f)
{
    switch (f) {
    case TrainFailure::NoData:
        return QStringLiteral("no data");
    case TrainFailure::InsufficientHistory:
        return QStringLiteral("insufficient history");
    case TrainFailure::DegenerateTarget:
        return QStringLiteral("degenerate target");
    case TrainFailure::LibraryError:
        return QStringLiteral("library error");
    }
    return {};
}

QString describeModel(const QString& symbol, const ModelResult& m)
{
    const Evaluation& e = m.evaluation;
    return QStringLiteral(
               "%1 %2 %3: out of sample (%4 rows, %5 folds) IC %6 (baseline 0), hit rate %7 "
               "(baseline %8), R² %9 (zero %10, mean %11), MAE %12 (zero %13), MSE skill %14 → %15")
        .arg(symbol, toString(m.algorithm), horizonLabel(m.horizon))
        .arg(e.oos.n)
        .arg(e.folds.size())
        .arg(dec(e.oos.ic),
             pct(e.oos.hitRate),
             pct(e.oosMean.hitRate),
             dec(e.oos.r2),
             dec(e.oosZero.r2),
             dec(e.oosMean.r2))
        .arg(dec(e.oos.mae, 4), dec(e.oosZero.mae, 4), pct(e.mseSkill))
        .arg(e.productionReady ? QStringLiteral("production ready") : QStringLiteral("not production ready"));
}

Result<SymbolTraining> trainSymbol(const QString& symbol,
                                   const FeatureTable& fullTable,
                                   const TrainConfig& config,
                                   const std::function<bool()>& isCanceled)
{
    const FeatureTable table = fullTable.truncated(config.asOf);
    if (table.rows() == 0) {
        return fail(failure(TrainFailure::NoData, QStringLiteral("%1 has no bars").arg(symbol)));
    }
    if (table.lastCompleteRow() < 0) {
        return fail(failure(TrainFailure::NoData,
                            QStringLiteral("%1 has no bar with every feature (%2 bars; the longest indicator "
                                           "needs 200)")
                                .arg(symbol)
                                .arg(table.rows())));
    }
    SymbolTraining out;
    out.schemaHash = table.schemaHash;
    out.schemaVersion = table.schemaVersion;
    out.columns = table.columns();
    out.lastBar = table.date(table.rows() - 1);

    QList<Error> horizonErrors;
    for (int h : config.horizons) {
        const Dataset ds = buildDataset(table, h);
        if (ds.size() < config.minRows) {
            horizonErrors << failure(TrainFailure::InsufficientHistory,
                                     QStringLiteral("%1 usable rows for %2 (need %3; %4 bars, %5 without "
                                                    "complete features)")
                                         .arg(ds.size())
                                         .arg(horizonLabel(h))
                                         .arg(config.minRows)
                                         .arg(table.rows())
                                         .arg(ds.excludedIncomplete));
            continue;
        }
        if (!(targetVariance(ds) > 1e-16)) {
            horizonErrors << failure(
                TrainFailure::DegenerateTarget,
                QStringLiteral("the %1 forward returns of %2 do not vary (constant price)")
                    .arg(horizonLabel(h), symbol));
            continue;
        }
        auto folds = walkForwardFoldsByLength(
            ds, config.foldBars, config.maxFolds, config.folds, h, config.minTrainRows);
        if (!folds) {
            horizonErrors << failure(TrainFailure::InsufficientHistory,
                                     QStringLiteral("%1: %2").arg(horizonLabel(h), folds.error().message));
            continue;
        }
        for (Algorithm a : config.algorithms) {
            if (isCanceled && isCanceled()) {
                return fail(Error::cancelled());
            }
            try {
                ModelResult r = trainOne(a, ds, *folds, table, config);
                spdlog::info("train: {}", describeModel(symbol, r));
                out.models << std::move(r);
            } catch (const std::exception& e) {
                return fail(Error::internal(
                    toString(TrainFailure::LibraryError)
                    + QStringLiteral(": %1 %2 %3: %4")
                          .arg(symbol, toString(a), horizonLabel(h), QString::fromLocal8Bit(e.what()))));
            }
        }
    }
    if (out.models.isEmpty()) {
        if (horizonErrors.isEmpty()) {
            return fail(
                Error::invalidInput(QStringLiteral("nothing to train (no algorithm or horizon selected)")));
        }
        return fail(horizonErrors.first());
    }
    for (const Error& e : horizonErrors) {
        out.notes << e.message;
    }
    return out;
}

} // namespace Tessera::Ml
