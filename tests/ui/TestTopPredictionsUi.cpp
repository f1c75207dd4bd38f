#include <cmath>

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>

#include "core/store/HourlyPredictionRepository.h"
#include "ui/panels/TopPredictionsPanel.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

Store::HourlyPrediction
consensus(const QString& symbol, double logReturn, bool ready, qint64 asOf, int horizon = 6)
{
    Store::HourlyPrediction p;
    p.symbol = symbol;
    p.horizon = horizon;
    p.algorithm = QStringLiteral("consensus");
    p.asOf = asOf;
    p.predictedReturn = logReturn;
    p.asOfClose = 100;
    p.predictedPrice = 100 * std::exp(logReturn);
    p.productionReady = ready;
    p.ic = 0.05;
    p.hitRate = 0.53;
    p.baseHitRate = 0.5;
    p.mseSkill = 0.01;
    p.generatedAt = asOf;
    p.expiresAt = asOf + 6 * 3600;
    return p;
}

} // namespace

/** The Top predictions view (issue 21): ranked from the cache, validated apart, expired on request. */
class TestTopPredictionsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void ranksValidatedAndUnvalidatedApart()
    {
        Test::TempDatabase t;
        Store::HourlyPredictionRepository cache(*t.db());
        const qint64 now = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
        Test::must(cache.replace(QStringLiteral("BTCUSDT"),
                                 {consensus(QStringLiteral("BTCUSDT"), 0.01, true, now)}));
        Test::must(cache.replace(QStringLiteral("ETHUSDT"),
                                 {consensus(QStringLiteral("ETHUSDT"), -0.03, true, now)}));
        Test::must(cache.replace(QStringLiteral("SOLUSDT"),
                                 {consensus(QStringLiteral("SOLUSDT"), 0.05, false, now)}));
        // Expired a day ago: left out unless asked for.
        Test::must(cache.replace(QStringLiteral("XRPUSDT"),
                                 {consensus(QStringLiteral("XRPUSDT"), 0.2, true, now - 30 * 3600)}));

        QThreadPool pool;
        Ui::TopPredictionsPanel panel(t.db(), &pool);
        QSignalSpy loaded(&panel, &Ui::TopPredictionsPanel::loaded);
        panel.show();
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(panel.shown().horizon, 6);
        QTableWidget* validated = panel.validatedTable();
        QTableWidget* unvalidated = panel.unvalidatedTable();
        QCOMPARE(validated->rowCount(), 2);
        // Ranked by the size of the move: ETH (−2.96 %) before BTC (+1.01 %).
        QCOMPARE(validated->item(0, 1)->text(), QStringLiteral("ETHUSDT"));
        QCOMPARE(validated->item(0, 2)->text(), QStringLiteral("-2.96 %"));
        QCOMPARE(validated->item(1, 1)->text(), QStringLiteral("BTCUSDT"));
        QCOMPARE(validated->item(1, 2)->text(), QStringLiteral("+1.01 %"));
        QCOMPARE(validated->item(1, 7)->text(), QStringLiteral("53.0 % vs 50.0 %"));
        QCOMPARE(unvalidated->rowCount(), 1);
        QCOMPARE(unvalidated->item(0, 1)->text(), QStringLiteral("SOLUSDT"));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("topUnvalidatedLabel"))
                    ->text()
                    .contains(QStringLiteral("Unvalidated")));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("topSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("1 expired")));

        // Expired rows on request: XRP first (largest move), labelled expired.
        const int before = static_cast<int>(loaded.count());
        panel.findChild<QCheckBox*>(QStringLiteral("topExpiredCheckBox"))->setChecked(true);
        QTRY_VERIFY(loaded.count() > before);
        QCOMPARE(validated->rowCount(), 3);
        QCOMPARE(validated->item(0, 1)->text(), QStringLiteral("XRPUSDT"));
        QVERIFY(validated->item(0, 5)->text().startsWith(QStringLiteral("expired")));

        QSignalSpy activated(&panel, &Ui::TopPredictionsPanel::symbolActivated);
        emit validated->cellDoubleClicked(1, 0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("ETHUSDT"));
        pool.waitForDone();
    }

    void emptyCacheSaysWhatToDo()
    {
        Test::TempDatabase t;
        QThreadPool pool;
        Ui::TopPredictionsPanel panel(t.db(), &pool);
        QSignalSpy loaded(&panel, &Ui::TopPredictionsPanel::loaded);
        panel.show();
        QTRY_VERIFY(loaded.count() >= 1);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("topSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("train --resolution hourly")));
        QCOMPARE(panel.validatedTable()->rowCount(), 0);
        pool.waitForDone();
    }
};

QTEST_MAIN(TestTopPredictionsUi)
#include "TestTopPredictionsUi.moc"
