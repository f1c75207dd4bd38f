// The Scoreboard dock and the symbol's Calls tab (issue 16), offscreen: calls scored on the pool, the table
// per source, the selected row's sentence and charts, the export with full-precision numbers.

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/CallRepository.h"
#include "core/store/SymbolRepository.h"
#include "ui/common/TableExport.h"
#include "ui/panels/ScoreboardPanel.h"
#include "ui/panels/SymbolCallsPanel.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

/** n weekday bars from 2024-01-01, closes start·(1 + step)^i. */
BarSeries trend(const QString& ticker, int n, double start, double step)
{
    BarSeries s(ticker);
    QDate d(2024, 1, 1);
    double c = start;
    for (int i = 0; i < n; ++i) {
        while (d.dayOfWeek() > 5) {
            d = d.addDays(1);
        }
        Bar b;
        b.date = d;
        b.open = b.high = b.low = b.close = b.adjClose = c;
        b.volume = 1000;
        s.append(b);
        c *= 1.0 + step;
        d = d.addDays(1);
    }
    return s;
}

} // namespace

class TestScoreboardUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void showsScoredCallsAndExportsEveryNumber()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        must(Store::BarRepository(db).replaceAll(
            QStringLiteral("UP.NS"), trend(QStringLiteral("UP.NS"), 30, 100, 0.01), QStringLiteral("test")));
        must(Store::BarRepository(db).replaceAll(
            QStringLiteral("DN.NS"), trend(QStringLiteral("DN.NS"), 30, 100, -0.01), QStringLiteral("test")));
        // Rising UP.NS called UP on 10 days (all hits), falling DN.NS called UP too (all misses).
        const BarSeries days = trend(QStringLiteral("X"), 30, 1, 0);
        for (const QString& tk : {QStringLiteral("UP.NS"), QStringLiteral("DN.NS")}) {
            const qint64 id = must(Store::SymbolRepository(db).ensure(tk));
            for (int i = 0; i < 10; ++i) {
                Tiles::AnalysisSummary v;
                v.asOf = days.date(i);
                v.direction = QStringLiteral("UP");
                v.score = 0.3;
                must(Store::CallRepository(db).recordVerdict(id, v, 5));
            }
        }
        QThreadPool pool;
        Ui::ScoreboardPanel panel(t.db(), &pool);
        QSignalSpy loaded(&panel, &Ui::ScoreboardPanel::loaded);
        panel.resize(1200, 800);
        panel.show();
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(panel.table()->rowCount(), 1);
        QCOMPARE(panel.table()->item(0, 1)->text(), QStringLiteral("UP"));
        QCOMPARE(panel.table()->item(0, 2)->text(), QStringLiteral("20"));
        QCOMPARE(panel.shown().board.rows[0].hitRate, 0.5);
        QCOMPARE(panel.shown().board.rows[0].baseRate, 0.5); // one of the two stocks rose each time
        QVERIFY(panel.sentenceLabel()->text().startsWith(QStringLiteral(
            "UP verdicts were followed by a rise 50 % of the time, against 50 % for all stocks")));
        // The export writes the raw numbers, not the rounded text.
        const Ui::TableContents contents = Ui::tableContents(panel.table(), Ui::ScoreboardPanel::RawRole);
        QCOMPARE(contents.rows.size(), 1);
        const int mean = static_cast<int>(contents.headers.indexOf(QStringLiteral("Mean excess")));
        QVERIFY(mean > 0);
        QCOMPARE(contents.rows[0][mean].toDouble(), panel.shown().board.rows[0].meanExcess);

        // Another source has nothing: the table empties and says so.
        loaded.clear();
        panel.sourceBox()->setCurrentIndex(panel.sourceBox()->findData(QStringLiteral("pick")));
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(panel.table()->rowCount(), 0);
        QVERIFY(panel.sentenceLabel()->text().contains(QStringLiteral("No scored calls")));

        Ui::SymbolCallsPanel calls(t.db(), &pool);
        QSignalSpy callsLoaded(&calls, &Ui::SymbolCallsPanel::loaded);
        calls.setTicker(QStringLiteral("DN.NS"));
        QTRY_VERIFY(callsLoaded.count() >= 1);
        QCOMPARE(calls.table()->rowCount(), 10);
        QCOMPARE(calls.table()->item(0, 9)->text(), QStringLiteral("miss"));
    }
};

QTEST_MAIN(TestScoreboardUi)
#include "TestScoreboardUi.moc"
