#include <cmath>
#include <limits>

#include <QtTest>

#include "core/ml/CrossSection.h"
#include "core/store/BarRepository.h"
#include "core/store/CrossSectionRepository.h"
#include "core/store/FundamentalsRepository.h"
#include "core/store/ModelRepository.h"
#include "core/store/PredictionRepository.h"
#include "core/store/RunRepository.h"
#include "core/tasks/TaskRunner.h"
#include "core/tasks/TrainTask.h"
#include "core/tasks/TrainXsTask.h"

#include "tests/core/ml/MlTestData.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

QJsonObject fastSettings()
{
    return QJsonObject{{QStringLiteral("xs/rf/trees"), QStringLiteral("12")},
                       {QStringLiteral("xs/folds"), QStringLiteral("3")}};
}

Result<Tasks::RunResult>
runXs(const Store::DatabasePtr& db, const QJsonObject& params, Tasks::TaskContext& ctx)
{
    Tasks::RunOptions options;
    options.maxWorkers = 2;
    return Tasks::TaskRunner(db).start(QStringLiteral("train-xs"), params, options, ctx);
}

} // namespace

class TestTrainXsTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void runStoresModelAndScores()
    {
        Test::TempDatabase t;
        for (int s = 0; s < 12; ++s) {
            const QString ticker = QStringLiteral("X%1").arg(s, 2, 10, QLatin1Char('0'));
            QVERIFY(Store::BarRepository(*t.db()).replaceAll(
                ticker, Test::plantedSeries(ticker, 420, 40 + s), QStringLiteral("test")));
        }
        // One symbol too short for the 200-bar average: skipped, not failed.
        QVERIFY(Store::BarRepository(*t.db()).replaceAll(QStringLiteral("SHORT"),
                                                         Test::plantedSeries(QStringLiteral("SHORT"), 120, 3),
                                                         QStringLiteral("test")));

        const QDate asOf = Test::plantedSeries(QStringLiteral("X00"), 420, 40).date(400);
        Tasks::TaskContext ctx;
        auto r = runXs(t.db(), Tasks::trainXsParams({}, QStringLiteral("all"), asOf, fastSettings()), ctx);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(Tasks::toString(r->status), Tasks::toString(Tasks::RunStatus::Done));
        QCOMPARE(r->done, 13);

        Store::CrossSectionRepository repo(*t.db());
        auto models = repo.list(10, true);
        QVERIFY(models);
        QCOMPARE(models->size(), 1);
        const Store::XsModelRow& m = models->first();
        QCOMPARE(m.runId, r->runId);
        QCOMPARE(m.asOf, asOf);
        QCOMPARE(m.symbols, 12);
        QCOMPARE(m.learner, QStringLiteral("rf"));
        QCOMPARE(m.transform, QStringLiteral("rank"));
        QCOMPARE(m.priceMetrics.value(QStringLiteral("folds")).toArray().size(), 3);
        QCOMPARE(m.price.validated, m.price.rankIcT >= 2.0);
        QVERIFY(!m.priceMetrics.value(QStringLiteral("ic_series")).toArray().isEmpty());
        QVERIFY(!repo.blob(m.id, QStringLiteral("price"))->isEmpty());
        QVERIFY(!repo.blob(m.id, QStringLiteral("risk"))->isEmpty());

        auto scores = repo.scoresOf(m.id);
        QVERIFY(scores);
        QCOMPARE(scores->size(), 12);
        for (const Store::XsScoreRow& s : *scores) {
            QCOMPARE(s.asOf, asOf);
            QCOMPARE(s.expiresOn, Ml::addWeekdays(asOf, 10)); // from the as-of date, not the run's time
            QCOMPARE(s.priceValidated, m.price.validated);
            QCOMPARE(s.mark().isEmpty(), m.price.validated);
            QVERIFY(s.predictionScore >= 0 && s.predictionScore <= 1);
            QVERIFY(std::fabs(s.priceTarget - s.close * (1 + s.predictedReturn)) < 1e-9);
        }
        // The close is the as-of day's, not the last stored bar's.
        auto bars = Store::BarRepository(*t.db()).load(QStringLiteral("X00"));
        QCOMPARE(scores->first().close, bars->close()[400]);

        // Retraining the same as-of day replaces its scores; latestScores gives one per symbol.
        Tasks::TaskContext again;
        QVERIFY(runXs(t.db(), Tasks::trainXsParams({}, QStringLiteral("all"), asOf, fastSettings()), again));
        auto latest = repo.latestScores();
        QVERIFY(latest);
        QCOMPARE(latest->size(), 12);
        QCOMPARE(repo.list(10)->size(), 2);
        QCOMPARE(latest->first().modelId, repo.list(1)->first().id);
        // No fundamentals collected: technical features only.
        QVERIFY(!repo.list(1)->first().featureNames.contains(QStringLiteral("pe_ratio")));

        // Fundamentals collected for some symbols join as (point-in-time) feature columns...
        QList<Fundamentals::Record> records;
        for (int s = 0; s < 6; ++s) {
            Fundamentals::Record f;
            f.ticker = QStringLiteral("X%1").arg(s, 2, 10, QLatin1Char('0'));
            f.asOf = asOf.addDays(-30);
            f.values.fill(std::numeric_limits<double>::quiet_NaN());
            f.set(Fundamentals::Field::PeRatio, 10 + s);
            f.set(Fundamentals::Field::Roe, 5 + s);
            records << f;
        }
        QVERIFY(Store::FundamentalsRepository(*t.db()).store(records, QStringLiteral("US")));
        Tasks::TaskContext withFundamentals;
        QVERIFY(runXs(
            t.db(), Tasks::trainXsParams({}, QStringLiteral("all"), asOf, fastSettings()), withFundamentals));
        const QStringList names = repo.list(1)->first().featureNames;
        QVERIFY2(names.contains(QStringLiteral("pe_ratio")) && names.contains(QStringLiteral("roe")),
                 qPrintable(names.join(u',')));
        // ...unless switched off.
        QJsonObject off = fastSettings();
        off.insert(QStringLiteral("xs/fundamentals"), QStringLiteral("off"));
        Tasks::TaskContext without;
        QVERIFY(runXs(t.db(), Tasks::trainXsParams({}, QStringLiteral("all"), asOf, off), without));
        QVERIFY(!repo.list(1)->first().featureNames.contains(QStringLiteral("pe_ratio")));
    }

    // `train --as-of`: the per-stock models and predictions use bars up to that date only.
    void perStockTrainAsOf()
    {
        Test::TempDatabase t;
        const BarSeries bars = Test::plantedSeries(QStringLiteral("P.X"), 470, 8);
        QVERIFY(
            Store::BarRepository(*t.db()).replaceAll(QStringLiteral("P.X"), bars, QStringLiteral("test")));
        QJsonObject p =
            Tasks::trainParams({}, QStringLiteral("full"), QStringLiteral("linear"), QStringLiteral("5"), 1);
        p.insert(QStringLiteral("asOf"), bars.date(420).toString(Qt::ISODate));
        Tasks::TaskContext ctx;
        Tasks::RunOptions options;
        options.maxWorkers = 1;
        auto r = Tasks::TaskRunner(t.db()).start(QStringLiteral("train"), p, options, ctx);
        QVERIFY(r);
        QCOMPARE(r->done, 1);
        auto models = Store::ModelRepository(*t.db()).latest(QStringLiteral("P.X"));
        QVERIFY(models && !models->isEmpty());
        // The last training row's target ends on the as-of bar at the latest (horizon 5).
        QVERIFY2(models->first().dataTo <= bars.date(420) && models->first().dataTo >= bars.date(410),
                 qPrintable(models->first().dataTo.toString(Qt::ISODate)));
        auto cached = Store::PredictionRepository(*t.db()).forSymbol(QStringLiteral("P.X"));
        QVERIFY(cached && !cached->isEmpty());
        QCOMPARE(cached->first().prediction.asOf, bars.date(420));
        // A date that is not one is refused before anything runs.
        p.insert(QStringLiteral("asOf"), QStringLiteral("2024-13-40"));
        Tasks::TaskContext bad;
        QVERIFY(!Tasks::TaskRunner(t.db()).start(QStringLiteral("train"), p, options, bad));
    }

    void tooFewSymbolsFailsTheRun()
    {
        Test::TempDatabase t;
        for (int s = 0; s < 3; ++s) {
            const QString ticker = QStringLiteral("Y%1").arg(s);
            QVERIFY(Store::BarRepository(*t.db()).replaceAll(
                ticker, Test::plantedSeries(ticker, 300, 9 + s), QStringLiteral("test")));
        }
        Tasks::TaskContext ctx;
        auto r = runXs(t.db(), Tasks::trainXsParams({}, QStringLiteral("all"), {}, fastSettings()), ctx);
        QVERIFY(r);
        QCOMPARE(Tasks::toString(r->status), Tasks::toString(Tasks::RunStatus::Failed));
        QCOMPARE(Store::CrossSectionRepository(*t.db()).list()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTrainXsTask)
#include "TestTrainXsTask.moc"
