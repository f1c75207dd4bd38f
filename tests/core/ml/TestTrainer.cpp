#include <cmath>
#include <cstring>

#include <QtTest>

#include "core/fetch/providers/SyntheticProvider.h"
#include "core/ml/FeatureTable.h"
#include "core/ml/Predictor.h"
#include "core/ml/Trainer.h"

#include "tests/core/ml/MlTestData.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

/** Every number of two metric records equal bit for bit (NaN included). */
bool sameMetrics(const Ml::Metrics& a, const Ml::Metrics& b)
{
    return a.n == b.n && sameBits(a.r2, b.r2) && sameBits(a.mae, b.mae) && sameBits(a.rmse, b.rmse)
           && sameBits(a.hitRate, b.hitRate) && sameBits(a.ic, b.ic);
}

QList<Ml::ScoredModel> scored(const Ml::SymbolTraining& t)
{
    QList<Ml::ScoredModel> out;
    for (const Ml::ModelResult& m : t.models) {
        out << Ml::ScoredModel{m.algorithm,
                               m.horizon,
                               m.model,
                               t.schemaHash,
                               m.evaluation.oos.ic,
                               m.evaluation.productionReady,
                               0,
                               0};
    }
    return out;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void plantedSignalIsProductionReady()
    {
        const BarSeries bars = Test::plantedSeries(QStringLiteral("PLANT"), 500, 11);
        const Ml::FeatureTable table = Ml::buildFeatureTable(bars);
        QCOMPARE(table.columns(), 55);
        Ml::TrainConfig config;
        auto trained = Ml::trainSymbol(QStringLiteral("PLANT"), table, config);
        QVERIFY2(trained, trained ? "" : qPrintable(trained.error().message));
        QCOMPARE(trained->models.size(), 9);
        int ready = 0;
        for (const Ml::ModelResult& m : trained->models) {
            const Ml::Evaluation& e = m.evaluation;
            qInfo().noquote() << Ml::describeModel(QStringLiteral("PLANT"), m);
            QCOMPARE(m.usableRows, 500 - 199 - m.horizon); // SMA-200 warm-up, then the last h rows
            // Quarterly folds after a first third that only trains: 301 − h usable rows → 3 folds of 63
            // rows for 1D and 5D, 2 for 21D (280 rows: (280 − 93) / 63 = 2).
            QCOMPARE(e.folds.size(), (m.usableRows - m.usableRows / 3) / 63);
            for (const Ml::FoldReport& f : e.folds) {
                QCOMPARE(f.testRows, 63);
            }
            QCOMPARE(m.excludedNoTarget, m.horizon);
            ready += e.productionReady ? 1 : 0;
            if (e.productionReady) {
                QVERIFY(e.verdict.startsWith(QStringLiteral("production ready")));
                QVERIFY(e.oos.ic > 0.05 && e.mseSkill > 0.01);
            }
            QVERIFY(!m.blob.isEmpty());
        }
        // Mean reversion of this strength is learnable by every family at every horizon; allow one miss.
        QVERIFY2(ready >= 8, qPrintable(QStringLiteral("%1 of 9 production ready").arg(ready)));
        // And every horizon has a production-ready consensus.
        const Ml::PredictionSet set = Ml::predictLatest(table, scored(*trained));
        QCOMPARE(set.predictions.size(), 12);
        int readyConsensus = 0;
        for (const Ml::Prediction& p : set.predictions) {
            QCOMPARE(p.asOf, bars.lastDate());
            QVERIFY(std::isfinite(p.predictedReturn) && p.predictedPrice > 0);
            if (p.algorithm == u"consensus" && p.productionReady) {
                ++readyConsensus;
            }
        }
        QCOMPARE(readyConsensus, 3);
    }

    void unpredictableMarketIsNotProductionReadyAndSaysSo()
    {
        Fetch::SyntheticOptions options;
        options.seed = 42;
        options.days = 500;
        options.endDate = QDate(2025, 6, 30);
        int models = 0;
        for (const char* ticker : {"NOISE.A", "NOISE.B", "NOISE.C"}) {
            const QString symbol = QString::fromLatin1(ticker);
            const Ml::FeatureTable table =
                Ml::buildFeatureTable(Fetch::generateSyntheticSeries(symbol, options));
            auto trained = Ml::trainSymbol(symbol, table, Ml::TrainConfig{});
            QVERIFY2(trained, trained ? "" : qPrintable(trained.error().message));
            for (const Ml::ModelResult& m : trained->models) {
                ++models;
                QVERIFY2(!m.evaluation.productionReady, qPrintable(Ml::describeModel(symbol, m)));
                QVERIFY(
                    m.evaluation.verdict.startsWith(QStringLiteral("not production ready, out of sample: ")));
                QVERIFY(m.evaluation.verdict.contains(QStringLiteral("baseline")));
            }
        }
        QCOMPARE(models, 27);
    }

    void changingBarsAfterTheCutoffChangesNothingBefore()
    {
        // Acceptance 1: with the cutoff as the as-of date, any change to later bars leaves every fold
        // metric, every walk-forward forecast, the final models and their predictions bit for bit equal.
        const BarSeries original = Test::plantedSeries(QStringLiteral("CUT"), 540, 5);
        const QDate cutoff = original.date(480);
        BarSeries changed(QStringLiteral("CUT"));
        for (qsizetype i = 0; i < original.size(); ++i) {
            Bar b = original.at(i);
            if (b.date > cutoff) {
                const double f = i % 2 == 0 ? 1.3 : 0.7; // violent, alternating: any leak would show
                b.open *= f;
                b.high *= f * 1.01;
                b.low *= f * 0.99;
                b.close *= f;
                b.adjClose = b.close;
                b.volume *= 5;
            }
            changed.append(b);
        }
        Ml::TrainConfig config;
        config.asOf = cutoff;
        config.keepOutOfSample = true;
        const Ml::FeatureTable a = Ml::buildFeatureTable(original);
        const Ml::FeatureTable b = Ml::buildFeatureTable(changed);
        auto ta = Ml::trainSymbol(QStringLiteral("CUT"), a, config);
        auto tb = Ml::trainSymbol(QStringLiteral("CUT"), b, config);
        QVERIFY(ta && tb);
        QCOMPARE(ta->lastBar, cutoff);
        QCOMPARE(ta->models.size(), 9);
        QCOMPARE(tb->models.size(), 9);
        for (int i = 0; i < ta->models.size(); ++i) {
            const Ml::ModelResult& ma = ta->models.at(i);
            const Ml::ModelResult& mb = tb->models.at(i);
            QCOMPARE(ma.evaluation.folds.size(), mb.evaluation.folds.size());
            for (int f = 0; f < ma.evaluation.folds.size(); ++f) {
                const Ml::FoldReport& fa = ma.evaluation.folds.at(f);
                const Ml::FoldReport& fb = mb.evaluation.folds.at(f);
                QVERIFY(sameMetrics(fa.model, fb.model));
                QVERIFY(sameMetrics(fa.zero, fb.zero));
                QVERIFY(sameMetrics(fa.mean, fb.mean));
                QVERIFY(fa.testTo <= cutoff);
            }
            QVERIFY(sameMetrics(ma.evaluation.oos, mb.evaluation.oos));
            QCOMPARE(ma.evaluation.verdict, mb.evaluation.verdict);
            QCOMPARE(ma.oosDays, mb.oosDays);
            QVERIFY(sameBits(ma.oosPredictions, mb.oosPredictions));
            QCOMPARE(ma.blob, mb.blob);
            QVERIFY(ma.dataTo < cutoff);
        }
        const Ml::PredictionSet pa = Ml::predictLatest(a.truncated(cutoff), scored(*ta));
        const Ml::PredictionSet pb = Ml::predictLatest(b.truncated(cutoff), scored(*tb));
        QCOMPARE(pa.predictions.size(), 12);
        for (int i = 0; i < pa.predictions.size(); ++i) {
            QCOMPARE(pa.predictions.at(i).asOf, cutoff);
            QVERIFY(sameBits(pa.predictions.at(i).predictedReturn, pb.predictions.at(i).predictedReturn));
            QVERIFY(sameBits(pa.predictions.at(i).predictedPrice, pb.predictions.at(i).predictedPrice));
        }

        // The control: without the cutoff the change does reach the models.
        auto full = Ml::trainSymbol(QStringLiteral("CUT"), b, Ml::TrainConfig{});
        QVERIFY(full);
        QVERIFY(full->models.first().blob != ta->models.first().blob);
    }

    void failureReasonsAreNamed()
    {
        Ml::TrainConfig config;
        auto none = Ml::trainSymbol(QStringLiteral("EMPTY"), Ml::FeatureTable{}, config);
        QVERIFY(!none);
        QVERIFY(none.error().message.startsWith(QStringLiteral("no data: ")));

        const BarSeries shortHistory = Test::plantedSeries(QStringLiteral("SHORT"), 260, 2);
        auto fewRows = Ml::trainSymbol(QStringLiteral("SHORT"), Ml::buildFeatureTable(shortHistory), config);
        QVERIFY(!fewRows);
        QVERIFY2(fewRows.error().message.startsWith(QStringLiteral("insufficient history: ")),
                 qPrintable(fewRows.error().message));

        // A constant price: features planted by hand (the indicators themselves are undefined on it).
        Ml::FeatureTable flat;
        flat.names = {QStringLiteral("a"), QStringLiteral("b")};
        flat.schemaHash = QStringLiteral("plain");
        for (int r = 0; r < 300; ++r) {
            flat.days.push_back(QDate(2024, 1, 1).toJulianDay() + r);
            flat.close.push_back(50.0);
            flat.values.push_back(r);
            flat.values.push_back(r % 5);
            flat.complete.push_back(1);
        }
        auto degenerate = Ml::trainSymbol(QStringLiteral("FLAT"), flat, config);
        QVERIFY(!degenerate);
        QVERIFY(degenerate.error().message.startsWith(QStringLiteral("degenerate target: ")));

        // Enough history for 1D and 5D but not 21D (its first fold would train on 21 rows): trained, with
        // the gap named.
        Ml::TrainConfig partial;
        partial.algorithms = {Ml::Algorithm::Ridge};
        const BarSeries mid = Test::plantedSeries(QStringLiteral("MID"), 390, 2);
        auto some = Ml::trainSymbol(QStringLiteral("MID"), Ml::buildFeatureTable(mid), partial);
        QVERIFY(some);
        QCOMPARE(some->models.size(), 2);
        QCOMPARE(some->notes.size(), 1);
        QVERIFY(some->notes.first().startsWith(QStringLiteral("insufficient history: ")));
        QVERIFY(some->notes.first().contains(QStringLiteral("21D")));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "TestTrainer.moc"
