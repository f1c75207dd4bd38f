#include <cmath>
#include <cstring>

#include <QSqlQuery>
#include <QtTest>

#include "core/fetch/providers/SyntheticProvider.h"
#include "core/ml/FeatureTable.h"
#include "core/ml/ModelBlob.h"
#include "core/ml/Predictor.h"
#include "core/store/BarRepository.h"
#include "core/store/ModelRepository.h"
#include "core/store/PredictionRepository.h"
#include "core/store/RunRepository.h"
#include "core/tasks/TaskRunner.h"
#include "core/tasks/TrainTask.h"

#include "tests/core/ml/MlTestData.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

/** Small, fast settings for tests: 30 trees, 60 boosting rounds at most. */
QJsonObject fastParams(const QStringList& tickers, const QString& mode = QStringLiteral("full"))
{
    QJsonObject p = Tasks::trainParams(tickers, mode, {}, {}, 2);
    p.insert(QStringLiteral("settings"),
             QJsonObject{{QStringLiteral("train/rf/trees"), QStringLiteral("30")},
                         {QStringLiteral("train/gbm/maxRounds"), QStringLiteral("60")}});
    return p;
}

/** Stores a planted series per ticker; volumes scaled so liquidity ranks tickers by `volumeScale`. */
void storeBars(
    const Store::Database& db, const QString& ticker, int days, unsigned seed, double volumeScale = 1)
{
    BarSeries s = Test::plantedSeries(ticker, days, seed);
    BarSeries scaled(ticker);
    for (qsizetype i = 0; i < s.size(); ++i) {
        Bar b = s.at(i);
        b.volume *= volumeScale;
        scaled.append(b);
    }
    QVERIFY(Store::BarRepository(db).replaceAll(ticker, scaled, QStringLiteral("test")));
}

Result<Tasks::RunResult>
runTrain(const Store::DatabasePtr& db, const QJsonObject& params, Tasks::TaskContext& ctx)
{
    Tasks::RunOptions options;
    options.maxWorkers = params.value(QStringLiteral("maxConcurrent")).toInt(1);
    return Tasks::TaskRunner(db).start(QStringLiteral("train"), params, options, ctx);
}

Tasks::RunResult mustRun(const Store::DatabasePtr& db, const QJsonObject& params)
{
    Tasks::TaskContext ctx;
    auto r = runTrain(db, params, ctx);
    if (!r) {
        qFatal("train run failed: %s", qPrintable(r.error().message));
    }
    return *r;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestTrainTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void trainRunStoresModelsAndPredictionsThatRoundTrip()
    {
        Test::TempDatabase t;
        storeBars(*t.db(), QStringLiteral("LOW.X"), 470, 1, 0.1);
        storeBars(*t.db(), QStringLiteral("HIGH.X"), 470, 2, 10);
        const Tasks::RunResult r = mustRun(t.db(), fastParams({}));
        QCOMPARE(Tasks::toString(r.status), Tasks::toString(Tasks::RunStatus::Done));
        QCOMPARE(r.done, 2);

        // Most liquid first.
        auto outcomes = Store::RunRepository(*t.db()).outcomes(r.runId, false);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->first().symbol, QStringLiteral("HIGH.X"));

        Store::ModelRepository models(*t.db());
        auto latest = models.latest(QStringLiteral("HIGH.X"));
        QVERIFY(latest);
        QCOMPARE(latest->size(), 9);
        const auto highBars = Store::BarRepository(*t.db()).load(QStringLiteral("HIGH.X"));
        QVERIFY(highBars);
        // Read as of the last bar's day: expiry counts from the as-of bar (the end of its day, UTC, plus
        // the TTL), not from training time, so today the same cache of an old history is expired.
        const QDateTime asOfNoon(highBars->lastDate(), QTime(12, 0), Qt::UTC);
        auto cached = Store::PredictionRepository(*t.db()).forSymbol(QStringLiteral("HIGH.X"), asOfNoon);
        QVERIFY(cached);
        QCOMPARE(cached->size(), 12); // 9 models + 3 consensus
        const QDateTime expected =
            QDateTime(highBars->lastDate().addDays(1), QTime(0, 0), Qt::UTC).addSecs(96 * 3600);
        QCOMPARE(cached->first().expiresAt, expected);
        auto today = Store::PredictionRepository(*t.db()).forSymbol(QStringLiteral("HIGH.X"));
        QVERIFY(today);
        QCOMPARE(today->first().expired, QDateTime::currentDateTimeUtc() >= expected);

        // Every stored model, decoded from its blob, predicts exactly what the cache holds.
        auto bars = Store::BarRepository(*t.db()).load(QStringLiteral("HIGH.X"));
        const Ml::FeatureTable table = Ml::buildFeatureTable(*bars);
        QList<Ml::ScoredModel> fromDb;
        for (const Store::StoredModel& m : *latest) {
            QCOMPARE(m.version, 1);
            QCOMPARE(m.runId, r.runId);
            QCOMPARE(m.schemaHash, Ml::currentSchemaHash());
            QCOMPARE(m.lastBar, bars->lastDate());
            // 470 bars → ~270 usable rows: quarterly folds (63 test rows each) after the first third.
            QVERIFY(m.evaluation.folds.size() >= 2);
            for (const Ml::FoldReport& f : m.evaluation.folds) {
                QCOMPARE(f.testRows, 63);
            }
            QVERIFY(!m.params.isEmpty());
            auto blob = models.blob(m.id);
            QVERIFY(blob);
            QCOMPARE(blob->size(), m.blobBytes);
            auto model = Ml::ModelBlob::decode(*blob, m.algorithm, m.featureCount, {});
            QVERIFY2(model, model ? "" : qPrintable(model.error().message));
            fromDb << Ml::ScoredModel{m.algorithm,
                                      m.horizon,
                                      std::shared_ptr<const Ml::Model>(std::move(*model)),
                                      m.schemaHash,
                                      m.evaluation.oos.ic,
                                      m.productionReady(),
                                      m.id,
                                      m.version};
        }
        const Ml::PredictionSet again = Ml::predictLatest(table, fromDb);
        QCOMPARE(again.predictions.size(), cached->size());
        for (const Store::CachedPrediction& c : *cached) {
            QVERIFY(!c.expired);
            QCOMPARE(c.freshness(), QStringLiteral("fresh"));
            QCOMPARE(c.prediction.asOf, bars->lastDate());
            bool found = false;
            for (const Ml::Prediction& p : again.predictions) {
                if (p.algorithm == c.prediction.algorithm && p.horizon == c.prediction.horizon) {
                    found = true;
                    QVERIFY(sameBits(p.predictedReturn, c.prediction.predictedReturn));
                    QVERIFY(sameBits(p.predictedPrice, c.prediction.predictedPrice));
                    QCOMPARE(p.productionReady, c.prediction.productionReady);
                    QCOMPARE(p.modelId, c.prediction.modelId);
                }
            }
            QVERIFY(found);
        }
        // Storage budget per stock (SPEC: ≤ 1 MB), with a fast forest of 30 trees here.
        QVERIFY(*models.storedBytes(QStringLiteral("HIGH.X")) < 1024 * 1024);

        // The summary counts the run's models.
        auto summary = Tasks::trainSummary(*t.db(), r.runId);
        QVERIFY(summary);
        QCOMPARE(summary->symbols, 2);
        QCOMPARE(summary->models, 18);
        QCOMPARE(summary->groups.size(), 9);
        QCOMPARE(summary->groups.first().ic.n, 2);

        // Retraining keeps the newest N versions only.
        QJsonObject keepTwo = fastParams({QStringLiteral("LOW.X")});
        QJsonObject settings = keepTwo.value(QStringLiteral("settings")).toObject();
        settings.insert(QStringLiteral("train/keepVersions"), QStringLiteral("2"));
        keepTwo.insert(QStringLiteral("settings"), settings);
        keepTwo.insert(QStringLiteral("algos"), QStringLiteral("linear"));
        mustRun(t.db(), keepTwo);
        mustRun(t.db(), keepTwo);
        auto versions = models.versions(QStringLiteral("LOW.X"), Ml::Algorithm::Ridge, 5);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->first().version, 3);
        QCOMPARE(versions->last().version, 2);
    }

    void cancelledRunResumesWithoutRetrainingAndEqualsAnUninterruptedRun()
    {
        const QStringList tickers = {QStringLiteral("A.X"), QStringLiteral("B.X"), QStringLiteral("C.X")};
        Test::TempDatabase interrupted;
        Test::TempDatabase straight;
        for (int i = 0; i < tickers.size(); ++i) {
            storeBars(*interrupted.db(), tickers.at(i), 470, 10 + i, 3 - i);
            storeBars(*straight.db(), tickers.at(i), 470, 10 + i, 3 - i);
        }
        QJsonObject params = fastParams(tickers);
        params.insert(QStringLiteral("maxConcurrent"), 1);
        params.insert(QStringLiteral("algos"), QStringLiteral("gbm,linear"));

        Tasks::TaskContext ctx;
        ctx.setProgressCallback([&ctx](const Tasks::TaskProgress& p) {
            // As Ctrl-C after the first symbol (cancel() reports progress again: call it once).
            if (p.done >= 1 && !ctx.isCanceled()) {
                ctx.cancel();
            }
        });
        auto first = runTrain(interrupted.db(), params, ctx);
        QVERIFY(first);
        QCOMPARE(Tasks::toString(first->status), Tasks::toString(Tasks::RunStatus::Cancelled));
        // A is committed (and reported) by the run's writer while the worker already trains B, so B may
        // finish too before the cancel stops the run; C never starts.
        QVERIFY2(first->done == 1 || first->done == 2, qPrintable(QString::number(first->done)));
        QCOMPARE(first->done + first->pending, 3);
        Store::ModelRepository models(*interrupted.db());
        auto before = models.latest(QStringLiteral("A.X"));
        QVERIFY(before && before->size() == 6);
        const QDateTime trainedAt = before->first().trainedAt;

        Tasks::TaskContext resumeCtx;
        Tasks::RunOptions options;
        options.maxWorkers = 1;
        auto resumed = Tasks::TaskRunner(interrupted.db()).resume(first->runId, options, resumeCtx);
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed->done, 3); // over the whole run, so the same however many the first part did
        QCOMPARE(resumed->pending, 0);
        auto after = models.latest(QStringLiteral("A.X"));
        QVERIFY(after);
        for (const Store::StoredModel& s : *after) {
            QCOMPARE(s.version, 1); // not retrained
            QCOMPARE(s.trainedAt, trainedAt);
        }

        mustRun(straight.db(), params);
        Store::ModelRepository reference(*straight.db());
        for (const QString& ticker : tickers) {
            auto a = models.latest(ticker);
            auto b = reference.latest(ticker);
            QVERIFY(a && b);
            QCOMPARE(a->size(), b->size());
            for (int i = 0; i < a->size(); ++i) {
                QCOMPARE(a->at(i).evaluation.toJson(), b->at(i).evaluation.toJson());
                QCOMPARE(*models.blob(a->at(i).id), *reference.blob(b->at(i).id));
            }
        }
    }

    void incrementalUpdatesRefitRidgeAndKeepYoungForests()
    {
        Test::TempDatabase t;
        storeBars(*t.db(), QStringLiteral("INC.X"), 470, 21);
        QJsonObject full = fastParams({QStringLiteral("INC.X")});
        mustRun(t.db(), full);

        // Nothing new: the symbol is skipped as up to date.
        const Tasks::RunResult nothing =
            mustRun(t.db(), fastParams({QStringLiteral("INC.X")}, QStringLiteral("incremental")));
        auto outcomes = Store::RunRepository(*t.db()).outcomes(nothing.runId, false);
        QVERIFY(outcomes);
        QCOMPARE(Tasks::toString(outcomes->first().status), QStringLiteral("skipped"));
        QVERIFY(outcomes->first().reason.startsWith(QStringLiteral("up to date")));

        // New bars arrive: the cache is stale until the update.
        BarSeries more = Test::plantedSeries(QStringLiteral("INC.X"), 476, 21);
        QVERIFY(Store::BarRepository(*t.db()).upsert(
            QStringLiteral("INC.X"), more.slice(470, 476), QStringLiteral("test")));
        auto stale = Store::PredictionRepository(*t.db()).forSymbol(QStringLiteral("INC.X"));
        QVERIFY(stale && !stale->isEmpty());
        QVERIFY(stale->first().expired);
        QCOMPARE(stale->first().freshness(), QStringLiteral("stale (newer bar)"));

        mustRun(t.db(), fastParams({QStringLiteral("INC.X")}, QStringLiteral("incremental")));
        Store::ModelRepository models(*t.db());
        auto latest = models.latest(QStringLiteral("INC.X"));
        QVERIFY(latest);
        QCOMPARE(latest->size(), 9);
        for (const Store::StoredModel& m : *latest) {
            QCOMPARE(m.version, m.algorithm == Ml::Algorithm::Ridge ? 2 : 1);
        }
        auto fresh = Store::PredictionRepository(*t.db()).forSymbol(
            QStringLiteral("INC.X"), QDateTime(more.lastDate(), QTime(12, 0), Qt::UTC));
        QVERIFY(fresh);
        QCOMPARE(fresh->size(), 12);
        for (const Store::CachedPrediction& c : *fresh) {
            QCOMPARE(c.prediction.asOf, more.lastDate());
            QVERIFY(!c.expired);
            QVERIFY(c.prediction.modelId > 0 || c.prediction.algorithm == u"consensus");
        }
        // Expiry by time-to-live.
        auto later = Store::PredictionRepository(*t.db()).forSymbol(
            QStringLiteral("INC.X"), QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(later && later->first().expired);
        QCOMPARE(later->first().freshness(), QStringLiteral("expired"));

        // A model of another feature schema is never used: incremental mode retrains it.
        QSqlQuery q(t.db()->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE models SET schema_hash = 'old-schema' WHERE algorithm = 'rf'")));
        BarSeries evenMore = Test::plantedSeries(QStringLiteral("INC.X"), 478, 21);
        QVERIFY(Store::BarRepository(*t.db()).upsert(
            QStringLiteral("INC.X"), evenMore.slice(476, 478), QStringLiteral("test")));
        mustRun(t.db(), fastParams({QStringLiteral("INC.X")}, QStringLiteral("incremental")));
        latest = models.latest(QStringLiteral("INC.X"));
        for (const Store::StoredModel& m : *latest) {
            const int expected = m.algorithm == Ml::Algorithm::Ridge          ? 3
                                 : m.algorithm == Ml::Algorithm::RandomForest ? 2
                                                                              : 1;
            QCOMPARE(m.version, expected);
            QCOMPARE(m.schemaHash,
                     m.algorithm == Ml::Algorithm::RandomForest ? Ml::currentSchemaHash() : m.schemaHash);
        }
    }

    void trainingAsOfAPastDayReadsNothingAfterIt()
    {
        Test::TempDatabase t;
        storeBars(*t.db(), QStringLiteral("ASOF.X"), 470, 3);
        const auto bars = Store::BarRepository(*t.db()).load(QStringLiteral("ASOF.X"));
        QVERIFY(bars);
        const QDate cut = bars->date(420);
        QJsonObject params = fastParams({QStringLiteral("ASOF.X")});
        params.insert(QStringLiteral("asOf"), cut.toString(Qt::ISODate));
        const Tasks::RunResult r = mustRun(t.db(), params);
        QCOMPARE(r.done, 1);
        QVERIFY2(r.notes.join(u'\n').contains(QStringLiteral("as of %1").arg(cut.toString(Qt::ISODate))),
                 qPrintable(r.notes.join(u'\n')));
        for (const Store::StoredModel& m :
             Test::must(Store::ModelRepository(*t.db()).latest(QStringLiteral("ASOF.X")))) {
            QCOMPARE(m.lastBar, cut);
        }
        const auto cached =
            Test::must(Store::PredictionRepository(*t.db()).forSymbol(QStringLiteral("ASOF.X")));
        for (const Store::CachedPrediction& c : cached) {
            QCOMPARE(c.prediction.asOf, cut);
            QCOMPARE(c.freshness(), QStringLiteral("stale (newer bar)")); // 49 bars came after it
        }
        params.insert(QStringLiteral("asOf"), QStringLiteral("31.12.2024"));
        Tasks::TaskContext ctx;
        const auto refused = Tasks::TaskRunner(t.db()).start(QStringLiteral("train"), params, {}, ctx);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("is not a YYYY-MM-DD date")),
                 qPrintable(refused.error().message));
    }

    void failuresCarryTheirReason()
    {
        Test::TempDatabase t;
        storeBars(*t.db(), QStringLiteral("SHORT.X"), 250, 3);
        QJsonObject params = fastParams({QStringLiteral("SHORT.X"), QStringLiteral("NOBARS.X")});
        params.insert(QStringLiteral("algos"), QStringLiteral("linear"));
        const Tasks::RunResult r = mustRun(t.db(), params);
        QCOMPARE(Tasks::toString(r.status), Tasks::toString(Tasks::RunStatus::DoneWithFailures));
        QCOMPARE(r.failed, 2);
        for (const auto& f : r.failures) {
            if (f.symbol == u"SHORT.X") {
                QVERIFY2(f.reason.startsWith(QStringLiteral("insufficient history: ")), qPrintable(f.reason));
            } else {
                QVERIFY2(f.reason.startsWith(QStringLiteral("no data: ")), qPrintable(f.reason));
            }
        }
        // Bad parameters stop the run before it starts.
        QJsonObject bad = params;
        bad.insert(QStringLiteral("algos"), QStringLiteral("svm"));
        Tasks::TaskContext ctx;
        QVERIFY(!runTrain(t.db(), bad, ctx));
    }
};

QTEST_GUILESS_MAIN(TestTrainTask)
#include "TestTrainTask.moc"
