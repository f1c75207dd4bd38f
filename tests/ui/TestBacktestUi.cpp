#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>

#include "core/store/BacktestRepository.h"
#include "ui/backtest/BacktestCharts.h"
#include "ui/backtest/BacktestWindow.h"

#include "tests/core/backtest/BacktestFixture.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

/** The Backtests window (issue 16), offscreen: a run on the pool, its charts and tables, compare, cancel. */
class TestBacktestUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void runShowCompareCancel()
    {
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        Ui::BacktestWindow w(t.db(), &pool);
        w.show();
        QSignalSpy listed(&w, &Ui::BacktestWindow::listLoaded);
        w.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 10000);
        // The form's period defaults to the stored history: last bar, and a year after the first at most.
        auto* to = w.findChild<QDateEdit*>(QStringLiteral("backtestToEdit"));
        QCOMPARE(to->date(), QDate(2024, 4, 30));
        auto* from = w.findChild<QDateEdit*>(QStringLiteral("backtestFromEdit"));
        from->setDate(QDate(2024, 2, 1));
        w.selectScreen(QStringLiteral("close > 0"));
        w.findChild<QComboBox*>(QStringLiteral("backtestRebalanceCombo"))
            ->setCurrentText(QStringLiteral("5"));

        QSignalSpy finished(&w, &Ui::BacktestWindow::runFinished);
        w.run();
        QVERIFY2(finished.count() == 1 || finished.wait(20000),
                 qPrintable(w.findChild<QLabel*>(QStringLiteral("backtestStatusLabel"))->text()));
        QVERIFY2(finished.at(0).at(0).toBool(),
                 qPrintable(w.findChild<QLabel*>(QStringLiteral("backtestStatusLabel"))->text()));
        auto* equity = w.findChild<Ui::BacktestChartView*>(QStringLiteral("backtestEquityChart"));
        QCOMPARE(equity->lineCount(), 2); // strategy and benchmark
        QCOMPARE(w.findChild<Ui::BacktestChartView*>(QStringLiteral("backtestDrawdownChart"))->lineCount(),
                 1);
        auto* metrics = w.findChild<QTableWidget*>(QStringLiteral("backtestMetricsTable"));
        QCOMPARE(metrics->rowCount(), 11);
        QCOMPARE(metrics->columnCount(), 3);
        auto* trades = w.findChild<QTableWidget*>(QStringLiteral("backtestTradesTable"));
        QCOMPARE(trades->rowCount(), static_cast<int>(w.current().trades.size()));
        QVERIFY(trades->rowCount() > 0);
        QCOMPARE(w.findChild<QTableWidget*>(QStringLiteral("backtestEquityTable"))->rowCount(),
                 static_cast<int>(w.current().curve.size()));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("backtestNotesLabel"))
                    ->text()
                    .contains(QStringLiteral("Survivorship")));
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 2, 10000); // the stored runs reread after the run
        QCOMPARE(w.storedIds().size(), 1);

        // A second run (top 1), then both on one chart.
        w.findChild<QSpinBox*>(QStringLiteral("backtestTopSpin"))->setValue(1);
        w.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 3, 10000);
        const QList<qint64> ids = w.storedIds();
        QCOMPARE(ids.size(), 2);
        QSignalSpy shown(&w, &Ui::BacktestWindow::shown);
        w.compare(ids[1], ids[0]);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(equity->lineCount(), 3); // two runs and the first one's benchmark
        QCOMPARE(metrics->columnCount(), 4);

        // Cancelled while queued behind other work (the pool's one thread held): it ends cancelled, nothing
        // is stored.
        QSemaphore hold;
        pool.start([&hold] { hold.acquire(); });
        finished.clear();
        w.run();
        w.cancel();
        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(must(Store::BacktestRepository(*t.db()).list()).size(), 2);

        // An expression error is shown with its column, and nothing runs.
        w.selectScreen(QStringLiteral("rsi_14 <"));
        finished.clear();
        w.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("backtestStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("column")));
        pool.waitForDone();
    }

    /**
     * A screen on verdict fields runs from the window (verdicts computed as of the rebalance days, the
     * notes say so); the walk-forward option reaches the run (three symbols are too few for a
     * cross-section: its refusal is shown).
     */
    void verdictsAndWalkForwardFromTheForm()
    {
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        Ui::BacktestWindow w(t.db(), &pool);
        QSignalSpy listed(&w, &Ui::BacktestWindow::listLoaded);
        w.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 10000);
        w.findChild<QDateEdit*>(QStringLiteral("backtestFromEdit"))->setDate(QDate(2024, 2, 1));
        w.selectScreen(QStringLiteral("verdict_score > -2"));
        QSignalSpy finished(&w, &Ui::BacktestWindow::runFinished);
        w.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        auto* status = w.findChild<QLabel*>(QStringLiteral("backtestStatusLabel"));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(status->text()));
        QVERIFY(w.current().trades.size() > 0);
        const QString notes = w.findChild<QLabel*>(QStringLiteral("backtestNotesLabel"))->text();
        QVERIFY2(notes.contains(QStringLiteral("Verdicts as of each rebalance day")), qPrintable(notes));

        w.selectScreen(QStringLiteral("ml_prediction_score > 0"));
        auto* walkForward = w.findChild<QCheckBox*>(QStringLiteral("backtestXsWalkForwardCheck"));
        auto* retrain = w.findChild<QSpinBox*>(QStringLiteral("backtestXsRetrainSpin"));
        QVERIFY(!retrain->isEnabled());
        walkForward->setChecked(true);
        QVERIFY(retrain->isEnabled());
        retrain->setValue(20);
        finished.clear();
        w.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(status->text().contains(QStringLiteral("at least 5 symbols")), qPrintable(status->text()));
        pool.waitForDone();
    }
};

QTEST_MAIN(TestBacktestUi)
#include "TestBacktestUi.moc"
