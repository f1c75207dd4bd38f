#include <cmath>
#include <random>

#include <QtTest>

#include "core/ml/Dataset.h"
#include "core/ml/HourlyFeatures.h"
#include "core/ml/ModelBlob.h"
#include "core/ml/TrainSettings.h"
#include "core/ml/Trainer.h"
#include "core/ml/WalkForward.h"
#include "core/store/HourlyBarRepository.h"
#include "core/store/HourlyPredictionRepository.h"
#include "core/store/ModelRepository.h"
#include "core/tasks/HourlyTrainTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

const qint64 kStart = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

/** A deterministic hourly market: a random walk with an intraday volume cycle; n hours from kStart. */
HourlySeries market(const QString& ticker, int n, unsigned seed = 11)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.004);
    HourlySeries s(ticker);
    double price = 100;
    for (int i = 0; i < n; ++i) {
        const double r = noise(rng) + 0.0004 * std::sin(i * 0.26); // a faint daily rhythm to learn
        const double next = price * std::exp(r);
        const double hi = std::max(price, next) * (1 + std::abs(noise(rng)) / 4);
        const double lo = std::min(price, next) * (1 - std::abs(noise(rng)) / 4);
        s.append(HourlyBar{kStart + i * 3600LL, price, hi, lo, next, 1000 + 400 * std::sin(i * 0.2618)});
        price = next;
    }
    return s;
}

Ml::TrainConfig quickConfig(QList<Ml::Algorithm> algorithms, std::vector<int> horizons)
{
    Ml::TrainConfig c;
    c.algorithms = std::move(algorithms);
    c.horizons = std::move(horizons);
    c.params.rfTrees = 20;
    c.params.rfXgboost = true;
    c.foldBars = 0; // as HourlyTrainTask: equal folds (the fold length counts trading days)
    c.keepOutOfSample = true;
    return c;
}

Tasks::RunResult
train(const Store::DatabasePtr& db, const QString& mode, const QString& algos, const QString& horizons)
{
    Tasks::RunOptions options;
    options.maxWorkers = 1;
    Tasks::TaskContext ctx;
    QJsonObject params = Tasks::hourlyTrainParams({}, mode, algos, horizons, 1);
    params.insert(QStringLiteral("settings"),
                  QJsonObject{{QStringLiteral("train/hourly/rfTrees"), QStringLiteral("20")}});
    auto r = Tasks::TaskRunner(db).start(QStringLiteral("train-hourly"), params, options, ctx);
    if (!r) {
        qFatal("%s", qPrintable(r.error().message));
    }
    return *r;
}

QHash<QString, Store::HourlyPrediction> bySlot(const QList<Store::HourlyPrediction>& list)
{
    QHash<QString, Store::HourlyPrediction> out;
    for (const auto& p : list) {
        out.insert(p.algorithm + QString::number(p.horizon), p);
    }
    return out;
}

} // namespace

/**
 * Hourly models (issue 21): the hourly feature table, the walk-forward purge in hours, the look-ahead
 * guarantee, and an incremental update giving the same new predictions as a full computation.
 */
class TestHourlyModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void hourlyFeatureTable()
    {
        const HourlySeries s = market(QStringLiteral("AAAUSDT"), 400);
        const Ml::HourlyTable t = Ml::buildHourlyFeatureTable(s);
        QCOMPARE(t.rows(), 400);
        QCOMPARE(t.times, s.times());
        QVERIFY(t.table.names.contains(QStringLiteral("hour_of_day")));
        QVERIFY(!t.table.names.contains(QStringLiteral("month")));
        QVERIFY(t.table.schemaHash != Ml::currentSchemaHash()); // never confused with daily models
        const int hour = static_cast<int>(t.table.names.indexOf(QStringLiteral("hour_of_day")));
        const int weekday = static_cast<int>(t.table.names.indexOf(QStringLiteral("day_of_week")));
        // Row 37: 2024-01-02 13:00 UTC, a Tuesday (Monday = 0).
        QCOMPARE(t.table.row(37)[hour], 13.0);
        QCOMPARE(t.table.row(37)[weekday], 1.0);
        // ret_1d is the one-bar (one-hour) return here.
        const int ret1 = static_cast<int>(t.table.names.indexOf(QStringLiteral("ret_1d")));
        QCOMPARE(t.table.row(300)[ret1], s.close()[300] / s.close()[299] - 1);
    }

    void walkForwardPurgeIsTheHorizonInHours()
    {
        HourlySeries s = market(QStringLiteral("AAAUSDT"), 1200);
        const Ml::HourlyTable t = Ml::buildHourlyFeatureTable(s);
        for (int h : {1, 6, 24}) {
            const Ml::Dataset ds = Ml::buildDataset(t.table, h);
            auto folds = Ml::walkForwardFolds(ds, 3, h, 40);
            QVERIFY(folds);
            QCOMPARE(folds->size(), size_t(3));
            for (const Ml::Fold& f : *folds) {
                const int lastTrain = ds.barIndex[static_cast<size_t>(f.trainEnd - 1)];
                const int firstTest = ds.barIndex[static_cast<size_t>(f.testBegin)];
                // The last training target (lastTrain, lastTrain + h] ends before the first test hour …
                QVERIFY2(lastTrain + h < firstTest, qPrintable(QStringLiteral("h=%1").arg(h)));
                // … and the purge is exactly h hours: the next row would overlap.
                QCOMPARE(ds.barIndex[static_cast<size_t>(f.trainEnd)] + h, firstTest);
                QVERIFY(t.times[static_cast<size_t>(firstTest)] - t.times[static_cast<size_t>(lastTrain)]
                        > h * 3600LL);
            }
        }
        // Through the trainer: every fold's training rows end more than 24 hours before its test rows.
        auto trained =
            Ml::trainSymbol(QStringLiteral("AAAUSDT"), t.table, quickConfig({Ml::Algorithm::Ridge}, {24}));
        QVERIFY2(trained, qPrintable(trained ? QString() : trained.error().message));
        QCOMPARE(trained->models.size(), 1);
        QCOMPARE(trained->models.front().evaluation.folds.size(), 3);
    }

    void noLookAheadOnHourlyData()
    {
        // A prediction as of hour H is the same whatever the bars after H are.
        const HourlySeries s = market(QStringLiteral("AAAUSDT"), 1300);
        const qint64 asOf = s.times()[1000];
        HourlySeries changed(s.ticker());
        for (qsizetype i = 0; i < s.size(); ++i) {
            HourlyBar b = s.at(i);
            if (b.time > asOf) {
                b.open *= 3;
                b.high *= 3;
                b.low *= 3;
                b.close *= 3;
                b.volume *= 7;
            }
            changed.append(b);
        }
        QList<QList<Store::HourlyPrediction>> runs;
        for (const HourlySeries* bars : {&s, static_cast<const HourlySeries*>(&changed)}) {
            const Ml::HourlyTable t = Ml::buildHourlyFeatureTable(bars->upTo(asOf));
            QCOMPARE(t.times.back(), asOf);
            auto trained = Ml::trainSymbol(
                QStringLiteral("AAAUSDT"),
                t.table,
                quickConfig(
                    {Ml::Algorithm::Ridge, Ml::Algorithm::GradientBoosting, Ml::Algorithm::RandomForest},
                    {1, 6}));
            QVERIFY(trained);
            QList<Tasks::HourlyModel> models;
            for (const Ml::ModelResult& m : trained->models) {
                Tasks::HourlyModel hm;
                hm.scored.algorithm = m.algorithm;
                hm.scored.horizon = m.horizon;
                hm.scored.model = m.model;
                hm.scored.schemaHash = t.table.schemaHash;
                hm.scored.ic = m.evaluation.oos.ic;
                hm.evaluation = m.evaluation;
                models << hm;
            }
            runs << Tasks::hourlyForecasts(QStringLiteral("AAAUSDT"), t, models, 6, 0);
        }
        QCOMPARE(runs[0].size(), 8); // 3 models + consensus, 2 horizons
        for (int i = 0; i < runs[0].size(); ++i) {
            QCOMPARE(runs[0][i].algorithm, runs[1][i].algorithm);
            QCOMPARE(runs[0][i].asOf, asOf + 3600);
            QCOMPARE(runs[0][i].predictedReturn, runs[1][i].predictedReturn);
            QCOMPARE(runs[0][i].ic, runs[1][i].ic);
        }
        // The changed bars do change a prediction made after them (the test can fail).
        const Ml::HourlyTable later = Ml::buildHourlyFeatureTable(changed.upTo(s.times()[1200]));
        const Ml::HourlyTable original = Ml::buildHourlyFeatureTable(s.upTo(s.times()[1200]));
        QVERIFY(later.table.values != original.table.values);
    }

    void incrementalEqualsFullOnTheNewPredictions()
    {
        const HourlySeries all = market(QStringLiteral("BBBUSDT"), 1206, 5);
        const HourlySeries first = all.slice(0, 1200);
        Test::TempDatabase a;
        Test::must(Store::HourlyBarRepository(*a.db()).replaceAll(
            QStringLiteral("BBBUSDT"), first, QStringLiteral("t")));
        const Tasks::RunResult full =
            train(a.db(), QStringLiteral("full"), QStringLiteral("rf,gbm,linear"), QStringLiteral("1,6"));
        QCOMPARE(full.done, 1);
        // Nothing new: the incremental run skips the symbol (no new model version).
        train(a.db(), QStringLiteral("incremental"), QStringLiteral("rf,gbm,linear"), QStringLiteral("1,6"));
        for (const Store::StoredModel& m :
             Test::must(Store::ModelRepository(*a.db(), true).latest(QStringLiteral("BBBUSDT")))) {
            QCOMPARE(m.version, 1);
        }
        // Six new hours: features and predictions refreshed, ridge refit, rf/gbm kept.
        Test::must(Store::HourlyBarRepository(*a.db()).replaceAll(
            QStringLiteral("BBBUSDT"), all, QStringLiteral("t")));
        const Tasks::RunResult inc = train(
            a.db(), QStringLiteral("incremental"), QStringLiteral("rf,gbm,linear"), QStringLiteral("1,6"));
        QCOMPARE(inc.done, 1);
        const auto incremental = bySlot(
            Test::must(Store::HourlyPredictionRepository(*a.db()).forSymbol(QStringLiteral("BBBUSDT"))));
        QCOMPARE(incremental.size(), 8);
        const qint64 asOf = all.lastTime() + 3600;
        for (const auto& p : incremental) {
            QCOMPARE(p.asOf, asOf);
        }
        Store::ModelRepository models(*a.db(), true);
        const auto latest = Test::must(models.latest(QStringLiteral("BBBUSDT")));
        QCOMPARE(latest.size(), 6);
        int ridgeV2 = 0;
        for (const Store::StoredModel& m : latest) {
            QCOMPARE(m.lastHour, m.algorithm == Ml::Algorithm::Ridge ? all.lastTime() : first.lastTime());
            ridgeV2 += m.algorithm == Ml::Algorithm::Ridge && m.version == 2 ? 1 : 0;
        }
        QCOMPARE(ridgeV2, 2);

        // Full, from scratch, on the same 1,206 hours: the ridge forecasts are the same numbers …
        Test::TempDatabase b;
        Test::must(Store::HourlyBarRepository(*b.db()).replaceAll(
            QStringLiteral("BBBUSDT"), all, QStringLiteral("t")));
        QCOMPARE(train(b.db(), QStringLiteral("full"), QStringLiteral("linear"), QStringLiteral("1,6")).done,
                 1);
        const auto fresh = bySlot(
            Test::must(Store::HourlyPredictionRepository(*b.db()).forSymbol(QStringLiteral("BBBUSDT"))));
        for (int h : {1, 6}) {
            const QString key = QStringLiteral("linear") + QString::number(h);
            QCOMPARE(incremental.value(key).predictedReturn, fresh.value(key).predictedReturn);
            QCOMPARE(incremental.value(key).asOf, fresh.value(key).asOf);
        }
        // … and the kept rf/gbm forecasts equal those models applied to features computed from scratch.
        const Ml::HourlyTable table = Ml::buildHourlyFeatureTable(all);
        const int row = table.table.lastCompleteRow();
        QCOMPARE(table.times[static_cast<size_t>(row)] + 3600, asOf);
        for (const Store::StoredModel& m : latest) {
            if (m.algorithm == Ml::Algorithm::Ridge) {
                continue;
            }
            Ml::ModelParams params;
            auto model = Test::must(
                Ml::ModelBlob::decode(Test::must(models.blob(m.id)), m.algorithm, m.featureCount, params));
            const double expected = model->predict(table.table.row(row), 1).front();
            QCOMPARE(
                incremental.value(Ml::toString(m.algorithm) + QString::number(m.horizon)).predictedReturn,
                expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestHourlyModels)
#include "TestHourlyModels.moc"
