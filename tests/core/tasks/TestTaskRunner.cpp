#include <mutex>

#include <QSqlQuery>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/RunRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/SymbolWriter.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Tasks::OutcomeStatus;
using Tasks::RunStatus;

namespace {

/** A provider whose units fail on demand, to test failure isolation, retry and cancellation. */
class ScriptedProvider final : public Fetch::BarProvider
{
public:
    QStringList tickers;
    QSet<QString> failing;
    std::function<void(const QString&)> onFetch;
    std::atomic<int> fetches{0};

    QString id() const override { return QStringLiteral("scripted"); }
    Result<QList<Fetch::FetchUnit>> plan(const QStringList& selection) override
    {
        QList<Fetch::FetchUnit> units;
        for (const QString& t : selection.isEmpty() ? tickers : selection) {
            Fetch::FetchUnit u;
            u.ticker = t;
            u.meta.ticker = t;
            u.meta.sector = QStringLiteral("Sector ") + t.left(1);
            units << u;
        }
        return units;
    }

protected:
    Result<Fetch::FetchedBars> fetchUnit(const Fetch::FetchUnit& unit, const Fetch::CancelCheck&) override
    {
        ++fetches;
        if (onFetch) {
            onFetch(unit.ticker);
        }
        if (failing.contains(unit.ticker)) {
            return fail(Error::invalidInput(QStringLiteral("%1.csv:3: injected failure").arg(unit.ticker)));
        }
        Fetch::FetchedBars f;
        f.ticker = unit.ticker;
        f.meta = unit.meta;
        f.series.setTicker(unit.ticker);
        for (int i = 0; i < 20; ++i) {
            f.series.append(Bar{QDate(2024, 1, 1).addDays(i), 10, 11.0 + i, 9, 10.0 + i, kMissing, 100});
        }
        return f;
    }
};

/** A second step that counts stored bars, fails for some symbols and skips others. */
class CountStep final : public Tasks::TaskStep
{
    Store::DatabasePtr m_db;

public:
    void setDatabase(Store::DatabasePtr db) { m_db = std::move(db); }

public:
    QSet<QString> failing;
    QSet<QString> skipping;
    QSet<QString> failingWrite;  ///< the write fails (inside the symbol's transaction)
    bool deferred = false;       ///< mayRunBeforeEarlierWritesCommit
    QHash<QString, qint64> seen; ///< bars the step's own connection saw stored in process()
    std::mutex seenMutex;
    QString name() const override { return QStringLiteral("count"); }
    bool mayRunBeforeEarlierWritesCommit() const override { return deferred; }
    Result<Tasks::StepWrite> process(Tasks::SymbolWork& work, Tasks::TaskContext&) override
    {
        if (deferred) {
            auto n = Store::BarRepository(*m_db).count(work.symbol);
            std::lock_guard lock(seenMutex);
            seen.insert(work.symbol, n ? *n : -1);
        }
        if (failingWrite.contains(work.symbol)) {
            return Tasks::StepWrite([](const Store::Database&) -> Result<void> {
                return fail(Error::database(QStringLiteral("count write failed")));
            });
        }
        if (skipping.contains(work.symbol)) {
            return skip(QStringLiteral("up to date"));
        }
        if (failing.contains(work.symbol)) {
            return fail(Error::invalidInput(QStringLiteral("%1: count failed").arg(work.symbol)));
        }
        const QString symbol = work.symbol;
        return Tasks::StepWrite([symbol](const Store::Database& db) -> Result<void> {
            auto n = Store::BarRepository(db).count(symbol);
            return n && *n == 20 ? Result<void>{}
                                 : Result<void>(fail(Error::internal(QStringLiteral("bars missing"))));
        });
    }
};

QString registerKind(const QString& id,
                     std::shared_ptr<ScriptedProvider> provider,
                     std::shared_ptr<CountStep> count = {})
{
    Tasks::TaskKind kind;
    kind.id = id;
    kind.title = id;
    kind.build = [provider, count](const Store::DatabasePtr& db,
                                   const QJsonObject& params,
                                   const QStringList& only) -> Result<Tasks::TaskPlan> {
        auto plan = Tasks::makeLoadPlan(db, provider, params, only);
        if (plan && count) {
            // The runner owns the steps it is given; the test keeps its own instance to script it.
            struct Forward final : Tasks::TaskStep
            {
                std::shared_ptr<CountStep> inner;
                QString name() const override { return inner->name(); }
                bool mayRunBeforeEarlierWritesCommit() const override
                {
                    return inner->mayRunBeforeEarlierWritesCommit();
                }
                Result<Tasks::StepWrite> process(Tasks::SymbolWork& w, Tasks::TaskContext& c) override
                {
                    return inner->process(w, c);
                }
            };
            auto forward = std::make_unique<Forward>();
            forward->inner = count;
            plan->steps.push_back(std::move(forward));
        }
        return plan;
    };
    Tasks::TaskRegistry::add(kind);
    return id;
}

QStringList names(const QList<Tasks::SymbolOutcomeRecord>& outcomes)
{
    QStringList out;
    for (const auto& o : outcomes) {
        out << o.symbol;
    }
    return out;
}

} // namespace

class TestTaskRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void failuresAreIsolatedRecordedAndRetried()
    {
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        // B already has bars: its failed fetch must not touch them.
        BarSeries old(QStringLiteral("B"));
        old.append(Bar{QDate(2020, 1, 1), 1, 1, 1, 1, kMissing, 1});
        QVERIFY(bars.replaceAll(QStringLiteral("B"), old, QStringLiteral("seed")));

        auto provider = std::make_shared<ScriptedProvider>();
        provider->tickers = {
            QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
        provider->failing = {QStringLiteral("B"), QStringLiteral("D")};
        const QString kind = registerKind(QStringLiteral("scripted-fail"), provider);
        QList<Tasks::TaskProgress> reports;
        std::mutex m;
        Tasks::TaskContext ctx([&](const Tasks::TaskProgress& p) {
            std::lock_guard lock(m);
            reports << p;
        });
        Tasks::RunOptions options;
        options.maxWorkers = 2;
        auto result = Tasks::TaskRunner(t.db()).start(
            kind, Tasks::loadParams({}, {}, QStringLiteral("Loaded")), options, ctx);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(Tasks::toString(result->status), Tasks::toString(RunStatus::DoneWithFailures));
        QCOMPARE(result->done, 2);
        QCOMPARE(result->failed, 2);
        QCOMPARE(names(result->failures), (QStringList{QStringLiteral("B"), QStringLiteral("D")}));
        QVERIFY(result->failures.first().reason.contains(QStringLiteral("B.csv:3: injected failure")));
        QCOMPARE(*bars.count(QStringLiteral("A")), 20);
        QCOMPARE(*bars.count(QStringLiteral("B")), 1);
        QCOMPARE(*bars.count(QStringLiteral("D")), 0);
        QCOMPARE(*Store::UniverseRepository(*t.db()).members(QStringLiteral("Loaded")),
                 (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.last().finished(), 4);
        QCOMPARE(reports.last().steps.size(), 1);
        QCOMPARE(reports.last().steps.first().failed, 2);

        // Retry runs only the failed symbols, as a new run linked to the first.
        provider->failing = {QStringLiteral("D")};
        const int fetchesBefore = provider->fetches;
        Tasks::TaskContext retryCtx;
        auto retry = Tasks::TaskRunner(t.db()).retryFailed(result->runId, options, retryCtx);
        QVERIFY2(retry, retry ? "" : qPrintable(retry.error().message));
        QCOMPARE(provider->fetches - fetchesBefore, 2);
        QCOMPARE(retry->total, 2);
        QCOMPARE(retry->done, 1);
        QCOMPARE(names(retry->failures), QStringList{QStringLiteral("D")});
        auto record = Store::RunRepository(*t.db()).get(retry->runId);
        QCOMPARE((*record)->parentRunId, result->runId);
        QCOMPARE((*record)->trigger, QStringLiteral("retry"));
        QCOMPARE(*bars.count(QStringLiteral("B")), 20);
    }

    void laterStepsOfAFailedSymbolAreSkippedAndSkipsAreNotFailures()
    {
        Test::TempDatabase t;
        auto provider = std::make_shared<ScriptedProvider>();
        provider->tickers = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        provider->failing = {QStringLiteral("A")};
        auto count = std::make_shared<CountStep>();
        count->failing = {QStringLiteral("B")};
        count->skipping = {QStringLiteral("C")};
        const QString kind = registerKind(QStringLiteral("scripted-two-steps"), provider, count);
        Tasks::TaskContext ctx;
        auto result = Tasks::TaskRunner(t.db()).start(kind, {}, {}, ctx);
        QVERIFY(result);
        QCOMPARE(result->done, 1); // C: bars done, count skipped ("up to date")
        QCOMPARE(result->failed, 2);
        auto steps = Store::RunRepository(*t.db()).steps(result->runId);
        QVERIFY(steps);
        QCOMPARE(steps->size(), 2);
        QCOMPARE(steps->at(0).done, 2);
        QCOMPARE(steps->at(0).failed, 1);
        QCOMPARE(steps->at(1).done, 0);
        QCOMPARE(steps->at(1).failed, 1);
        QCOMPARE(steps->at(1).skipped, 2); // A (not run: bars failed) and C (up to date)
        auto problems = Store::RunRepository(*t.db()).outcomes(result->runId, true);
        QVERIFY(problems);
        // A's bars failure and its dependent skip, B's count failure; C's "up to date" is no problem.
        QCOMPARE(problems->size(), 3);
        QCOMPARE(problems->at(1).reason, QStringLiteral("not run: an earlier step failed"));
    }

    void deferredStepCommitsWithTheSymbolAndAFailingWriteIsUndoneAlone()
    {
        Test::TempDatabase t;
        auto provider = std::make_shared<ScriptedProvider>();
        provider->tickers = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        auto count = std::make_shared<CountStep>();
        count->setDatabase(t.db());
        count->deferred = true;
        count->failingWrite = {QStringLiteral("B")};
        const QString kind = registerKind(QStringLiteral("scripted-deferred"), provider, count);
        Tasks::TaskContext ctx;
        auto result = Tasks::TaskRunner(t.db()).start(kind, {}, {}, ctx);
        QVERIFY(result);
        // The count step ran before the bars of its symbol were committed: they commit together.
        for (const QString& s : provider->tickers) {
            QCOMPARE(count->seen.value(s, -2), qint64(0));
        }
        QCOMPARE(result->done, 2);
        QCOMPARE(result->failed, 1);
        auto steps = Store::RunRepository(*t.db()).steps(result->runId);
        QVERIFY(steps);
        QCOMPARE(steps->at(0).done, 3); // B's bars committed although its count write failed
        QCOMPARE(steps->at(1).done, 2);
        QCOMPARE(steps->at(1).failed, 1);
        QCOMPARE(*Store::BarRepository(*t.db()).count(QStringLiteral("B")), qint64(20));
        auto problems = Store::RunRepository(*t.db()).outcomes(result->runId, true);
        QVERIFY(problems);
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().symbol, QStringLiteral("B"));
        QCOMPARE(problems->first().reason, QStringLiteral("count write failed"));

        // A retry starts at the failed step and finishes it.
        count->failingWrite.clear();
        auto retry = Tasks::TaskRunner(t.db()).retryFailed(result->runId, {}, ctx);
        QVERIFY(retry);
        QCOMPARE(retry->done, 1);
        QCOMPARE(retry->failed, 0);
        auto retried = Store::RunRepository(*t.db()).steps(retry->runId);
        QVERIFY(retried);
        QCOMPARE(retried->at(0).done + retried->at(0).skipped, 0);
        QCOMPARE(retried->at(1).done, 1);
    }

    void writerBatchesSymbolsAndAFailingOneDoesNotUndoTheOthers()
    {
        Test::TempDatabase t;
        const QStringList symbols = {QStringLiteral("A"),
                                     QStringLiteral("B"),
                                     QStringLiteral("C"),
                                     QStringLiteral("D"),
                                     QStringLiteral("E")};
        Store::RunRepository::NewRun run;
        run.kind = QStringLiteral("writer-test");
        run.steps = {QStringLiteral("store")};
        run.symbols = symbols;
        auto runId = Store::RunRepository(*t.db()).create(run);
        QVERIFY(runId);
        Tasks::TaskContext ctx;
        ctx.beginRun(*runId, run.steps, symbols.size(), -1);
        // Each symbol's write stores a setting; C's fails after writing it (its row must not stay).
        const auto writeOf = [](const QString& symbol) {
            return [symbol](const Store::Database& db) -> Result<void> {
                Store::Statement st(db.rawHandle(), "INSERT INTO settings(key, value) VALUES (?1, 'x')");
                st.bind(1, QStringLiteral("written/") + symbol);
                if (auto r = st.run(); !r) {
                    return r;
                }
                if (symbol == QStringLiteral("C")) {
                    return fail(Error::database(QStringLiteral("disk full (injected)")));
                }
                return {};
            };
        };
        {
            Tasks::SymbolWriter writer(*t.db(), *runId, ctx);
            for (const QString& s : symbols) {
                std::vector<Tasks::PendingStep> steps;
                steps.push_back({0, OutcomeStatus::Done, writeOf(s), {}, 0.01});
                writer.submit(s, std::move(steps), true);
            }
        } // finish(): everything queued is stored
        const Tasks::TaskProgress p = ctx.progress();
        QCOMPARE(p.done, qint64(4));
        QCOMPARE(p.failed, qint64(1));
        for (const QString& s : symbols) {
            Store::Statement st(t.db()->rawHandle(), "SELECT COUNT(*) FROM settings WHERE key = ?1");
            st.bind(1, QStringLiteral("written/") + s);
            auto row = st.step();
            QVERIFY(row && *row);
            QCOMPARE(st.int64At(0), s == QStringLiteral("C") ? qint64(0) : qint64(1));
        }
        auto problems = Store::RunRepository(*t.db()).outcomes(*runId, true);
        QVERIFY(problems);
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().symbol, QStringLiteral("C"));
        QVERIFY(problems->first().status == OutcomeStatus::Failed);
        QCOMPARE(problems->first().reason, QStringLiteral("disk full (injected)"));
    }

    void cancelLeavesPendingWorkThatResumeFinishesExactlyOnce()
    {
        Test::TempDatabase t;
        auto provider = std::make_shared<ScriptedProvider>();
        for (int i = 0; i < 200; ++i) {
            provider->tickers << QStringLiteral("S%1").arg(i, 3, 10, QChar(u'0'));
        }
        const QString kind = registerKind(QStringLiteral("scripted-cancel"), provider);
        Tasks::TaskContext ctx;
        provider->onFetch = [&](const QString&) {
            if (provider->fetches == 5) {
                ctx.cancel();
            }
        };
        Tasks::RunOptions options;
        options.maxWorkers = 1;
        auto result = Tasks::TaskRunner(t.db()).start(kind, {}, options, ctx);
        QVERIFY(result);
        QCOMPARE(Tasks::toString(result->status), Tasks::toString(RunStatus::Cancelled));
        QCOMPARE(result->done, 5);
        QCOMPARE(result->pending, 195);
        QCOMPARE(*Store::BarRepository(*t.db()).totalCount(), 100);

        provider->onFetch = {};
        const int before = provider->fetches;
        Tasks::TaskContext again;
        auto resumed = Tasks::TaskRunner(t.db()).resume(result->runId, options, again);
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed->runId, result->runId);
        QCOMPARE(Tasks::toString(resumed->status), Tasks::toString(RunStatus::Done));
        QCOMPARE(provider->fetches - before, 195); // finished symbols are not redone
        QCOMPARE(resumed->done, 200);
        QCOMPARE(*Store::BarRepository(*t.db()).totalCount(), 200 * 20);
        // Nothing left: a second resume says so instead of running.
        Tasks::TaskContext third;
        QVERIFY(!Tasks::TaskRunner(t.db()).resume(result->runId, options, third));
    }

    void runsLeftRunningBecomeInterruptedAndResumable()
    {
        Test::TempDatabase t;
        Store::RunRepository runs(*t.db());
        Store::RunRepository::NewRun run;
        run.kind = QStringLiteral("scripted-interrupted");
        run.steps = {QStringLiteral("bars")};
        run.symbols = {QStringLiteral("X"), QStringLiteral("Y")};
        auto id = runs.create(run);
        QVERIFY(id);
        QCOMPARE(*Tasks::TaskRunner::recoverInterrupted(*t.db()), 1);
        auto record = runs.get(*id);
        QCOMPARE(Tasks::toString((*record)->status), Tasks::toString(RunStatus::Interrupted));
        QCOMPARE((*record)->pending, 2);
        QCOMPARE(*Tasks::TaskRunner::recoverInterrupted(*t.db()), 0);
        auto provider = std::make_shared<ScriptedProvider>();
        provider->tickers = {QStringLiteral("X"), QStringLiteral("Y")};
        registerKind(run.kind, provider);
        Tasks::TaskContext ctx;
        auto resumed = Tasks::TaskRunner(t.db()).resume(*id, {}, ctx);
        QVERIFY(resumed);
        QCOMPARE(Tasks::toString(resumed->status), Tasks::toString(RunStatus::Done));
        QCOMPARE(resumed->done, 2);
    }

    void estimateComesFromEarlierRuns()
    {
        Test::TempDatabase t;
        auto provider = std::make_shared<ScriptedProvider>();
        provider->tickers = {QStringLiteral("A"), QStringLiteral("B")};
        const QString kind = registerKind(QStringLiteral("scripted-estimate"), provider);
        Tasks::TaskRunner runner(t.db());
        QCOMPARE(runner.estimateSeconds(kind, 10, 1), -1.0);
        Tasks::TaskContext ctx;
        auto first = runner.start(kind, {}, {}, ctx);
        QVERIFY(first);
        QCOMPARE(first->estimatedSeconds, -1.0);
        QVERIFY(runner.estimateSeconds(kind, 10, 1) >= 0.0);
        Tasks::TaskContext ctx2;
        auto second = runner.start(kind, {}, {}, ctx2);
        QVERIFY(second->estimatedSeconds >= 0.0);
        auto record = Store::RunRepository(*t.db()).get(second->runId);
        QCOMPARE((*record)->estimatedSeconds, second->estimatedSeconds);
    }

    void unknownKindAndBadParamsDoNotStart()
    {
        Test::TempDatabase t;
        Tasks::TaskContext ctx;
        QVERIFY(!Tasks::TaskRunner(t.db()).start(QStringLiteral("nope"), {}, {}, ctx));
        auto noProvider = Tasks::TaskRunner(t.db()).start(QStringLiteral("load"), {}, {}, ctx);
        QVERIFY(!noProvider);
        QVERIFY(noProvider.error().message.contains(QStringLiteral("no data provider configured")));
        QVERIFY(Store::RunRepository(*t.db()).list()->isEmpty());
    }

    void loadKindRemembersItsProvider()
    {
        Test::TempDatabase t;
        Tasks::TaskContext ctx;
        auto first = Tasks::TaskRunner(t.db()).start(
            QStringLiteral("load"),
            Tasks::loadParams(QStringLiteral("synthetic:3"), {QStringLiteral("AAA")}),
            {},
            ctx);
        QVERIFY(first);
        QCOMPARE(first->done, 1);
        // The nightly "Data update" has no provider of its own: it reuses the last one.
        Tasks::TaskContext ctx2;
        auto nightly = Tasks::TaskRunner(t.db()).start(
            QStringLiteral("load"), Tasks::loadParams({}, {QStringLiteral("BBB")}), {}, ctx2);
        QVERIFY2(nightly, nightly ? "" : qPrintable(nightly.error().message));
        QCOMPARE(nightly->done, 1);
    }
};

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "TestTaskRunner.moc"
