#include <cmath>
#include <cstring>
#include <functional>
#include <random>

#include <xgboost/c_api.h>

#include <QtTest>

#include "core/ml/Baselines.h"
#include "core/ml/Dataset.h"
#include "core/ml/Evaluation.h"
#include "core/ml/Metrics.h"
#include "core/ml/ModelBlob.h"
#include "core/ml/Predictor.h"
#include "core/ml/WalkForward.h"
#include "core/ml/models/Model.h"
#include "core/ml/models/RidgeModel.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

/** A plain table: `rows` rows, features complete from row `firstComplete`, close = 100·e^(0.01·t). */
Ml::FeatureTable rampTable(int rows, int firstComplete, int columns = 2)
{
    Ml::FeatureTable t;
    for (int c = 0; c < columns; ++c) {
        t.names << QStringLiteral("f%1").arg(c);
    }
    t.schemaHash = QStringLiteral("test");
    for (int r = 0; r < rows; ++r) {
        t.days.push_back(QDate(2024, 1, 1).toJulianDay() + r);
        t.close.push_back(100 * std::exp(0.01 * r + 0.001 * (r % 7)));
        for (int c = 0; c < columns; ++c) {
            t.values.push_back(r >= firstComplete ? r * 0.5 + c : std::nan(""));
        }
        t.complete.push_back(r >= firstComplete ? 1 : 0);
    }
    return t;
}

/** Random regression rows: y = 0.5·x0 − 0.2·x1 + noise·ε over `columns` standard normal features. */
void randomRows(int n,
                int columns,
                double noise,
                std::vector<double>& x,
                std::vector<double>& y,
                std::vector<int>& bars,
                unsigned seed = 3)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    x.resize(static_cast<size_t>(n * columns));
    y.resize(static_cast<size_t>(n));
    bars.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        for (int c = 0; c < columns; ++c) {
            x[static_cast<size_t>(i * columns + c)] = normal(rng);
        }
        y[static_cast<size_t>(i)] = 0.5 * x[static_cast<size_t>(i * columns)]
                                    - 0.2 * x[static_cast<size_t>(i * columns + 1)] + noise * normal(rng);
        bars[static_cast<size_t>(i)] = i;
    }
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

} // namespace

class TestMlCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void metricsFollowTheirFormulas()
    {
        const double y[] = {1, 2, 3, 4};
        const double p[] = {2, 4, 6, 8};
        const Ml::Metrics m = Ml::computeMetrics(y, p, 4);
        QCOMPARE(m.n, 4);
        QCOMPARE(m.ic, 1.0);
        QCOMPARE(m.hitRate, 1.0);
        QCOMPARE(m.mae, 2.5);
        QCOMPARE(m.rmse, std::sqrt(7.5));
        QCOMPARE(m.r2, 1 - 30.0 / 5.0);

        // Ties share their average rank: ranks (1.5, 1.5, 3) against (1, 2, 3).
        const double a[] = {1, 1, 2};
        const double b[] = {1, 2, 3};
        QVERIFY(std::fabs(Ml::spearman(a, b, 3) - 1.5 / std::sqrt(3.0)) < 1e-12);
        // A constant forecast ranks nothing.
        const double flat[] = {5, 5, 5};
        QVERIFY(std::isnan(Ml::spearman(flat, b, 3)));

        // Hit rate counts rows that moved; a zero forecast has no direction and misses.
        const double moves[] = {0, 1, -1};
        const double calls[] = {1, 0, -1};
        QCOMPARE(Ml::computeMetrics(moves, calls, 3).hitRate, 0.5);

        // Baselines: the zero forecast has no hit rate, the mean forecast "always up" hits the up moves.
        const double test[] = {0.01, -0.02, 0.03, 0.01};
        QVERIFY(std::isnan(Ml::baselineMetrics(Ml::Baseline::ZeroReturn, test, 4, 0.001).hitRate));
        QCOMPARE(Ml::baselineMetrics(Ml::Baseline::TrainingMean, test, 4, 0.001).hitRate, 0.75);
        QCOMPARE(Ml::baselineMetrics(Ml::Baseline::TrainingMean, test, 4, -0.001).hitRate, 0.25);

        // t of a correlation over n_eff independent periods.
        QVERIFY(std::fabs(Ml::correlationT(0.2, 102) - 0.2 * std::sqrt(100 / 0.96)) < 1e-12);
    }

    void datasetCountsExcludedRowsAndFoldsArePurged()
    {
        const Ml::FeatureTable t = rampTable(60, 10);
        const Ml::Dataset ds = Ml::buildDataset(t, 3);
        QCOMPARE(ds.size(), 47); // rows 10..56: t + 3 <= 59
        QCOMPARE(ds.excludedIncomplete, 10);
        QCOMPARE(ds.excludedNoTarget, 3);
        QCOMPARE(ds.barIndex.front(), 10);
        QCOMPARE(ds.barIndex.back(), 56);
        QCOMPARE(ds.y.front(), std::log(t.close[13] / t.close[10]));
        QCOMPARE(ds.row(1)[0], t.row(11)[0]);

        auto folds = Ml::walkForwardFolds(ds, 3, 3, 5);
        QVERIFY(folds);
        QCOMPARE(folds->size(), size_t(3));
        int previousEnd = 0;
        for (const Ml::Fold& f : *folds) {
            const int firstTestBar = ds.barIndex[static_cast<size_t>(f.testBegin)];
            // The last training target (t, t + h] ends strictly before the first test bar...
            QVERIFY(ds.barIndex[static_cast<size_t>(f.trainEnd - 1)] + 3 < firstTestBar);
            // ...and the gap is no wider than the horizon.
            QVERIFY(ds.barIndex[static_cast<size_t>(f.trainEnd)] + 3 >= firstTestBar);
            QCOMPARE(f.testBegin - f.trainEnd, 3);
            QVERIFY(f.trainEnd > previousEnd); // expanding
            previousEnd = f.trainEnd;
        }
        QCOMPARE(folds->back().testEnd, ds.size());

        // Too little history is an error that says so.
        auto tooFew = Ml::walkForwardFolds(ds, 3, 3, 40);
        QVERIFY(!tooFew);
        QVERIFY(tooFew.error().message.contains(QStringLiteral("would train on")));
    }

    void ridgeRecoversALinearRelationAndShrinksOnNoise()
    {
        std::vector<double> x, y;
        std::vector<int> bars;
        randomRows(300, 5, 0.01, x, y, bars);
        Ml::TrainingView v{x.data(), y.data(), bars.data(), 300, 5, 1};
        Ml::RidgeModel ridge(Ml::ModelParams{});
        ridge.fit(v);
        const double probe[] = {1, 1, 0, 0, 0};
        QVERIFY(std::fabs(ridge.predict(probe, 1).front() - 0.3) < 0.02);

        // Pure noise: the chosen λ is large and forecasts stay near the training mean.
        std::mt19937_64 rng(9);
        std::normal_distribution<double> normal;
        for (double& v2 : y) {
            v2 = 0.01 * normal(rng);
        }
        ridge.fit(v);
        QVERIFY(ridge.lambda() >= 300.0);
        const std::vector<double> p = ridge.predict(x.data(), 300);
        double spread = 0;
        for (double v2 : p) {
            spread = std::max(spread, std::fabs(v2 - p.front()));
        }
        QVERIFY2(spread < 0.01, qPrintable(QString::number(spread)));
    }

    void everyModelRoundTripsThroughItsBlobBitForBit_data()
    {
        QTest::addColumn<int>("algorithm");
        for (Ml::Algorithm a : Ml::allAlgorithms()) {
            QTest::newRow(qPrintable(Ml::toString(a))) << static_cast<int>(a);
        }
    }

    void everyModelRoundTripsThroughItsBlobBitForBit()
    {
        QFETCH(int, algorithm);
        const auto a = static_cast<Ml::Algorithm>(algorithm);
        std::vector<double> x, y;
        std::vector<int> bars;
        randomRows(200, 6, 0.5, x, y, bars);
        Ml::ModelParams params;
        params.rfTrees = 20;
        auto model = Ml::makeModel(a, params);
        model->fit(Ml::TrainingView{x.data(), y.data(), bars.data(), 200, 6, 2});
        const std::vector<double> before = model->predict(x.data(), 200);

        const QByteArray blob = Ml::ModelBlob::encode(*model);
        auto restored = Ml::ModelBlob::decode(blob, a, 6, params);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QVERIFY(sameBits((*restored)->predict(x.data(), 200), before));
        // Deterministic: the same data and seed give the same blob.
        auto again = Ml::makeModel(a, params);
        again->fit(Ml::TrainingView{x.data(), y.data(), bars.data(), 200, 6, 2});
        QCOMPARE(Ml::ModelBlob::encode(*again), blob);

        // A blob is checked before any library parses it.
        QVERIFY(!Ml::ModelBlob::decode(blob, a, 7, params));
        const Ml::Algorithm other =
            a == Ml::Algorithm::Ridge ? Ml::Algorithm::RandomForest : Ml::Algorithm::Ridge;
        QVERIFY(!Ml::ModelBlob::decode(blob, other, 6, params));
        QTest::ignoreMessage(QtWarningMsg, "qUncompress: Input data is corrupted");
        QVERIFY(!Ml::ModelBlob::decode(QByteArray("not a model"), a, 6, params));
    }

    /**
     * Issue 15: dlib's forest split nodes below its leaf setting and had no depth limit. The XGBoost
     * forest (the default engine) must hold every leaf to the bound — the larger of the rows setting
     * and the share of the training rows — and every tree to the depth setting. Read from the stored
     * booster itself (XGBoost's JSON dump with statistics: a leaf's cover is its row count for squared
     * error), not from our own bookkeeping.
     */
    void forestLeavesHoldTheBoundAndTreesStayShallow()
    {
        std::vector<double> x, y;
        std::vector<int> bars;
        randomRows(600, 6, 0.8, x, y, bars);
        Ml::ModelParams params;
        QVERIFY(params.rfXgboost); // the default engine
        params.rfTrees = 12;
        params.rfMinSamplesPerLeaf = 20;
        params.rfMinLeafShare = 0.1; // 600 rows → 60 per leaf
        params.rfMaxDepth = 3;
        QCOMPARE(Ml::forestLeafRows(params, 600), 60);
        QCOMPARE(Ml::forestLeafRows(params, 100), 20);
        auto model = Ml::makeModel(Ml::Algorithm::RandomForest, params);
        model->fit(Ml::TrainingView{x.data(), y.data(), bars.data(), 600, 6, 2});
        const QByteArray payload = model->payload();
        QVERIFY(payload.startsWith("RFX1"));

        BoosterHandle booster = nullptr;
        QCOMPARE(XGBoosterCreate(nullptr, 0, &booster), 0);
        const QByteArray ubj = payload.mid(4);
        QCOMPARE(XGBoosterLoadModelFromBuffer(booster, ubj.constData(), static_cast<bst_ulong>(ubj.size())),
                 0);
        bst_ulong count = 0;
        const char** dumps = nullptr;
        QCOMPARE(XGBoosterDumpModelEx(booster, "", 1, "json", &count, &dumps), 0);
        QCOMPARE(static_cast<int>(count), 12);
        int leaves = 0;
        int deepest = 0;
        double smallest = 1e300;
        std::function<void(const QJsonObject&, int)> walk = [&](const QJsonObject& node, int depth) {
            const QJsonArray children = node.value(QStringLiteral("children")).toArray();
            if (children.isEmpty()) {
                ++leaves;
                deepest = std::max(deepest, depth);
                smallest = std::min(smallest, node.value(QStringLiteral("cover")).toDouble());
                return;
            }
            for (const QJsonValue& c : children) {
                walk(c.toObject(), depth + 1);
            }
        };
        for (bst_ulong t = 0; t < count; ++t) {
            walk(QJsonDocument::fromJson(QByteArray(dumps[t])).object(), 0);
        }
        XGBoosterFree(booster);
        QVERIFY(leaves > 12); // the trees did split (the rows carry a signal)
        QVERIFY2(deepest <= 3, qPrintable(QStringLiteral("a leaf at depth %1").arg(deepest)));
        QVERIFY2(smallest >= 60, qPrintable(QStringLiteral("a leaf with %1 rows").arg(smallest)));
    }

    void consensusWeighsBySkillAndPrefersProductionReadyModels()
    {
        auto pred = [](const char* algo, double r, double confidence, bool ready) {
            Ml::Prediction p;
            p.algorithm = QString::fromLatin1(algo);
            p.horizon = 5;
            p.asOf = QDate(2025, 1, 2);
            p.predictedReturn = r;
            p.confidence = confidence;
            p.productionReady = ready;
            return p;
        };
        const Ml::Prediction c = Ml::consensus(
            {pred("rf", 0.1, 0.3, true), pred("gbm", -0.1, 0.1, true), pred("linear", 0.5, 0.0, false)},
            200.0);
        QCOMPARE(c.algorithm, QStringLiteral("consensus"));
        QVERIFY(std::fabs(c.predictedReturn - 0.05) < 1e-12);
        QVERIFY(std::fabs(c.confidence - 0.25) < 1e-12);
        QVERIFY(c.productionReady);
        QVERIFY(std::fabs(c.predictedPrice - 200 * std::exp(0.05)) < 1e-9);

        // No skill anywhere: the plain mean, confidence 0, not ready.
        const Ml::Prediction none =
            Ml::consensus({pred("rf", 0.1, 0, false), pred("gbm", 0.3, 0, false)}, 10.0);
        QVERIFY(std::fabs(none.predictedReturn - 0.2) < 1e-12);
        QCOMPARE(none.confidence, 0.0);
        QVERIFY(!none.productionReady);
    }

    void predictorNeverUsesAModelOfAnotherSchema()
    {
        Ml::FeatureTable t = rampTable(40, 0, 2);
        std::vector<double> x, y;
        std::vector<int> bars;
        randomRows(100, 2, 0.1, x, y, bars);
        auto model = std::shared_ptr<Ml::Model>(Ml::makeModel(Ml::Algorithm::Ridge, {}));
        model->fit(Ml::TrainingView{x.data(), y.data(), bars.data(), 100, 2, 1});
        Ml::ScoredModel good{Ml::Algorithm::Ridge, 1, model, t.schemaHash, 0.2, true, 7, 1};
        Ml::ScoredModel foreign = good;
        foreign.schemaHash = QStringLiteral("another schema");
        foreign.horizon = 5;
        const Ml::PredictionSet set = Ml::predictLatest(t, {good, foreign});
        QCOMPARE(set.predictions.size(), 2); // the model and the 1D consensus
        QCOMPARE(set.skipped.size(), 1);
        QVERIFY(set.skipped.first().contains(QStringLiteral("another feature schema")));
        const Ml::Prediction& p = set.predictions.first();
        QCOMPARE(p.asOf, t.date(39));
        QCOMPARE(p.predictedReturn, model->predict(t.row(39), 1).front());
        QCOMPARE(p.confidence, 0.2);
        QCOMPARE(p.modelId, qint64(7));
    }

    void quarterlyFoldsTestTheLastBlocksAfterAFirstThird()
    {
        const Ml::FeatureTable t = rampTable(400, 0);
        const Ml::Dataset ds = Ml::buildDataset(t, 5);
        QCOMPARE(ds.size(), 395);
        // First training window ≥ 395 / 3 = 131 rows → (395 − 131) / 63 = 4 blocks of 63 at the end.
        auto folds = Ml::walkForwardFoldsByLength(ds, 63, 12, 3, 5, 40);
        QVERIFY(folds);
        QCOMPARE(folds->size(), size_t(4));
        QCOMPARE(folds->front().testBegin, 395 - 4 * 63);
        QCOMPARE(folds->back().testEnd, 395);
        for (size_t i = 0; i < folds->size(); ++i) {
            const Ml::Fold& f = (*folds)[i];
            QCOMPARE(f.testRows(), 63);
            QCOMPARE(f.testBegin - f.trainEnd, 5); // purged by the horizon
            if (i > 0) {
                QCOMPARE(f.testBegin, (*folds)[i - 1].testEnd); // consecutive quarters
            }
        }
        // At most maxFolds: the oldest blocks only train.
        auto capped = Ml::walkForwardFoldsByLength(ds, 63, 2, 3, 5, 40);
        QVERIFY(capped);
        QCOMPARE(capped->size(), size_t(2));
        QCOMPARE(capped->front().testBegin, 395 - 2 * 63);
        // Too short for two quarters: the equal layout with the fallback count.
        const Ml::Dataset shortDs = Ml::buildDataset(rampTable(150, 0), 5);
        auto fallback = Ml::walkForwardFoldsByLength(shortDs, 63, 12, 3, 5, 20);
        QVERIFY(fallback);
        QCOMPARE(fallback->size(), size_t(3));
        QCOMPARE(fallback->front().testRows(), 145 / 4);
        // Fold length 0 = the equal layout.
        auto equal = Ml::walkForwardFoldsByLength(ds, 0, 12, 3, 5, 40);
        QVERIFY(equal);
        QCOMPARE(equal->size(), size_t(3));
    }

    void foldIcsAggregateAndMultipleTestingIsCounted()
    {
        Ml::Evaluation e;
        for (double ic : {0.10, -0.02, 0.04, 0.08}) {
            Ml::FoldReport f;
            f.model.ic = ic;
            e.folds << f;
        }
        const Ml::FoldIcSummary s = Ml::foldIcSummary(e);
        QCOMPARE(s.folds, 4);
        QCOMPARE(s.positive, 3);
        // mean 0.05; deviations .05 −.07 −.01 .03 → squares sum .0084, / 3 = .0028, sd .052915;
        // t = .05 / (.052915 / 2) = 1.88982
        QVERIFY(std::fabs(s.mean - 0.05) < 1e-12);
        QVERIFY(std::fabs(s.sd - std::sqrt(0.0028)) < 1e-12);
        QVERIFY(std::fabs(s.t - 1.889822) < 1e-6);
        QVERIFY(
            e.toJson().value(QStringLiteral("foldIc")).toObject().value(QStringLiteral("positive")).toInt()
            == 3);

        // P(Z ≥ 2) = 0.0227501 (normal table); 450 models → about 10 by chance.
        Ml::Gate gate;
        QVERIFY(std::fabs(Ml::chancePassShare(gate) - 0.0227501) < 1e-6);
        const QString note = Ml::multipleTestingNote(450, 3, Ml::chancePassShare(gate));
        QVERIFY2(note.contains(QStringLiteral("450 models")) && note.contains(QStringLiteral("about 10 "))
                     && note.contains(QStringLiteral("2.3%"))
                     && note.contains(QStringLiteral("no more than chance")),
                 qPrintable(note));
        QVERIFY(!Ml::multipleTestingNote(450, 40, 0.0227501).contains(QStringLiteral("no more than chance")));
    }

    void gateNamesEveryFailedCondition()
    {
        Ml::Evaluation e;
        e.oos.n = 200;
        e.oos.rmse = 0.010;
        e.oos.ic = 0.30;
        e.oos.hitRate = 0.60;
        e.oosZero.rmse = 0.011;
        e.oosMean.rmse = 0.0105;
        e.oosMean.hitRate = 0.52;
        for (int i = 0; i < 3; ++i) {
            Ml::FoldReport f;
            f.model.rmse = 0.010;
            f.zero.rmse = 0.011;
            f.mean.rmse = 0.011;
            e.folds << f;
        }
        Ml::judge(e, Ml::Gate{}, 1);
        QVERIFY2(e.productionReady, qPrintable(e.verdict));
        QVERIFY(e.verdict.startsWith(QStringLiteral("production ready")));
        QCOMPARE(e.bestBaseline, QStringLiteral("mean"));
        QVERIFY(std::fabs(e.mseSkill - (1 - 1e-4 / (0.0105 * 0.0105))) < 1e-12);

        // Same IC over a 21-day horizon: only 200/21 independent periods, not significant.
        Ml::Evaluation slow = e;
        Ml::judge(slow, Ml::Gate{}, 21);
        QVERIFY(!slow.productionReady);
        QVERIFY(slow.verdict.startsWith(QStringLiteral("not production ready")));
        QVERIFY(slow.verdict.contains(QStringLiteral("IC 0.300")));

        Ml::Evaluation worse = e;
        worse.oos.rmse = 0.012;
        worse.oos.hitRate = 0.50;
        Ml::judge(worse, Ml::Gate{}, 1);
        QVERIFY(!worse.productionReady);
        QVERIFY(worse.verdict.contains(QStringLiteral("higher")));
        QVERIFY(worse.verdict.contains(QStringLiteral("hit rate 50.0% vs 52.0%")));
        QVERIFY(!worse.verdict.contains(QStringLiteral("accuracy")));

        // The record survives its JSON form (stored with the model).
        const Ml::Evaluation back = Ml::Evaluation::fromJson(e.toJson());
        QCOMPARE(back.verdict, e.verdict);
        QCOMPARE(back.oos.ic, e.oos.ic);
        QCOMPARE(back.folds.size(), 3);
        QVERIFY(std::isnan(back.oosZero.hitRate));
    }

    void algorithmsAndHorizonsParse()
    {
        auto a = Ml::parseAlgorithms(QStringLiteral("linear, rf,ridge"));
        QVERIFY(a);
        QCOMPARE(a->size(), 2);
        QVERIFY(a->first() == Ml::Algorithm::RandomForest);
        QVERIFY(!Ml::parseAlgorithms(QStringLiteral("rf,svm")));
        auto h = Ml::parseHorizons(QStringLiteral("21,1,5d,5"));
        QVERIFY(h);
        QCOMPARE(*h, (std::vector<int>{1, 5, 21}));
        QVERIFY(!Ml::parseHorizons(QStringLiteral("0")));
    }
};

QTEST_GUILESS_MAIN(TestMlCore)
#include "TestMlCore.moc"
