#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/tasks/LoadBarsTask.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

/** A provider whose units fail on demand, to test isolation of failures and cancellation. */
class ScriptedProvider final : public Fetch::BarProvider
{
public:
    QStringList tickers;
    QSet<QString> failing;
    std::function<void(const QString&)> onFetch;

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
    Result<Fetch::FetchedBars> fetch(const Fetch::FetchUnit& unit) override
    {
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
            f.series.append(Bar{QDate(2024, 1, 1).addDays(i), 10, 11, 9, 10.0 + i, kMissing, 100});
        }
        return f;
    }
};

} // namespace

class TestLoadBarsTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void failuresAreIsolatedAndRecorded()
    {
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        // B already has bars: its failed fetch must not touch them.
        BarSeries old(QStringLiteral("B"));
        old.append(Bar{QDate(2020, 1, 1), 1, 1, 1, 1, kMissing, 1});
        QVERIFY(bars.replaceAll(QStringLiteral("B"), old, QStringLiteral("seed")));

        ScriptedProvider p;
        p.tickers = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
        p.failing = {QStringLiteral("B"), QStringLiteral("D")};
        QList<Tasks::TaskProgress> reports;
        std::mutex m;
        Tasks::TaskContext ctx([&](const Tasks::TaskProgress& pr) {
            std::lock_guard lock(m);
            reports << pr;
        });
        Tasks::LoadRequest request;
        request.maxWorkers = 2;
        request.universeName = QStringLiteral("Loaded");
        auto summary = Tasks::runLoadBars(t.db(), p, request, ctx);
        QVERIFY(summary);
        QCOMPARE(summary->doneCount(), 2);
        QCOMPARE(summary->failedCount(), 2);
        QCOMPARE(summary->failedTickers(), (QStringList{QStringLiteral("B"), QStringLiteral("D")}));
        QVERIFY(summary->outcomes[1].error.contains(QStringLiteral("B.csv:3")));
        QCOMPARE(summary->barsWritten, 40);
        QCOMPARE(*bars.count(QStringLiteral("A")), 20);
        QCOMPARE(*bars.count(QStringLiteral("B")), 1);
        QCOMPARE(*bars.count(QStringLiteral("D")), 0);
        // The universe holds the loaded symbols only; failures are shown in the symbol table.
        QCOMPARE(*Store::UniverseRepository(*t.db()).members(QStringLiteral("Loaded")),
                 (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        auto rows = Store::SymbolRepository(*t.db()).rows();
        QVERIFY(rows);
        for (const auto& r : *rows) {
            QCOMPARE(r.lastError.isEmpty(),
                     r.symbol.ticker != QStringLiteral("B") && r.symbol.ticker != QStringLiteral("D"));
        }
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.last().finished(), 4);
        QCOMPARE(reports.last().total, 4);
    }

    void cancelStopsHandingOutWork()
    {
        Test::TempDatabase t;
        ScriptedProvider p;
        for (int i = 0; i < 200; ++i) {
            p.tickers << QStringLiteral("S%1").arg(i, 3, 10, QChar(u'0'));
        }
        Tasks::TaskContext ctx;
        std::atomic<int> fetched{0};
        p.onFetch = [&](const QString&) {
            if (++fetched == 5) {
                ctx.cancel();
            }
        };
        Tasks::LoadRequest request;
        request.maxWorkers = 1;
        auto summary = Tasks::runLoadBars(t.db(), p, request, ctx);
        QVERIFY(summary);
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->doneCount(), 5);
        QCOMPARE(*Store::BarRepository(*t.db()).totalCount(), 100);
    }

    void selectionRestrictsUnits()
    {
        Test::TempDatabase t;
        ScriptedProvider p;
        p.tickers = {QStringLiteral("A"), QStringLiteral("B")};
        Tasks::TaskContext ctx;
        Tasks::LoadRequest request;
        request.tickers = {QStringLiteral("B")};
        auto summary = Tasks::runLoadBars(t.db(), p, request, ctx);
        QVERIFY(summary);
        QCOMPARE(summary->outcomes.size(), 1);
        QCOMPARE(summary->outcomes.first().ticker, QStringLiteral("B"));
    }
};

QTEST_GUILESS_MAIN(TestLoadBarsTask)
#include "TestLoadBarsTask.moc"
