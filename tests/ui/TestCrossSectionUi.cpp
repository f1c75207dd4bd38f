// The cross-sectional model view: the newest stored model read off the GUI thread, its summary with the
// validated/unvalidated mark, the daily rank-IC line chart and the decile bar chart.
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QThreadPool>
#include <QtTest>

#include "core/ml/CrossSection.h"
#include "core/store/CrossSectionRepository.h"
#include "ui/charts/CrossSectionCharts.h"
#include "ui/common/ModelFormat.h"
#include "ui/panels/CrossSectionPanel.h"
#include "ui/panels/PredictionsPanel.h"

#include "tests/core/ml/MlTestData.h"
#include "tests/support/Shots.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;

class TestCrossSectionUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        Test::applyShotTheme();
    }

    void emptyStoreSaysHowToTrain()
    {
        Test::TempDatabase t;
        QThreadPool pool;
        Ui::CrossSectionPanel panel(t.db(), &pool);
        QSignalSpy refreshed(&panel, &Ui::CrossSectionPanel::refreshed);
        panel.refresh();
        QTRY_VERIFY(refreshed.count() >= 1);
        QVERIFY(panel.summaryText().contains(QStringLiteral("No cross-sectional model")));
        QCOMPARE(panel.icChart()->pointCount(), 0);
    }

    void storedModelIsDrawn()
    {
        Test::TempDatabase t;
        std::vector<Ml::XsSymbolInput> in;
        for (int s = 0; s < 15; ++s) {
            in.push_back({Test::plantedSeries(QStringLiteral("S%1").arg(s), 420, 70 + s), {}});
        }
        Ml::XsSettings settings;
        settings.rfTrees = 10;
        settings.folds = 3;
        settings.threads = 1;
        auto panelData = Ml::buildXsPanel(in, {}, settings);
        QVERIFY(panelData);
        auto result = Ml::trainCrossSection(*panelData, settings);
        QVERIFY(result);
        QVERIFY(Store::CrossSectionRepository(*t.db()).save(*result, QStringLiteral("test"), 0, 1.0));

        QThreadPool pool;
        Ui::CrossSectionPanel panel(t.db(), &pool);
        panel.resize(1100, 520);
        QSignalSpy refreshed(&panel, &Ui::CrossSectionPanel::refreshed);
        panel.refresh();
        QTRY_VERIFY(refreshed.count() >= 1);
        QCOMPARE(panel.icChart()->pointCount(), static_cast<int>(result->price.icSeries.size()));
        QCOMPARE(panel.decileChart()->barCount(), 10);
        const QString mark =
            result->price.validated ? QStringLiteral("validated (t") : QStringLiteral("unvalidated");
        QVERIFY2(panel.summaryText().contains(mark), qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains(QStringLiteral("Newey–West t")));
        Test::saveShot(&panel, QStringLiteral("cross-section-price"));
        panel.setTarget(QStringLiteral("risk"));
        QCOMPARE(panel.icChart()->pointCount(), static_cast<int>(result->risk.icSeries.size()));
        QVERIFY(panel.summaryText().contains(QStringLiteral("atr_pct")));
        Test::saveShot(&panel, QStringLiteral("cross-section-risk"));

        // The symbol's Predictions tab shows its newest cross-sectional score beside the per-stock
        // consensus (here there are no per-stock models: the card alone).
        auto scores = Store::CrossSectionRepository(*t.db()).scoresOf(1);
        QVERIFY(scores && !scores->isEmpty());
        const Store::XsScoreRow expected = scores->first();
        Ui::PredictionsPanel predictions(t.db(), &pool);
        predictions.resize(1100, 520);
        QSignalSpy loaded(&predictions, &Ui::PredictionsPanel::loaded);
        predictions.show();
        predictions.setTicker(expected.ticker);
        QTRY_VERIFY(loaded.count() >= 1);
        auto* card = predictions.findChild<QFrame*>(QStringLiteral("crossSectionCard"));
        QVERIFY(card);
        auto* score = card->findChild<QLabel*>(QStringLiteral("crossSectionScoreLabel"));
        QVERIFY(score);
        QCOMPARE(score->text(),
                 QStringLiteral("ML score %1").arg(QLocale().toString(expected.predictionScore, 'f', 2)));
        auto* badge = card->findChild<QLabel*>(QStringLiteral("crossSectionBadgeLabel"));
        QVERIFY(badge->text().contains(expected.asOf.toString(Qt::ISODate)));
        // The planted series end years ago: the score expired 10 trading days after its as-of date.
        QVERIFY(expected.expiredOn(QDate::currentDate()));
        QVERIFY2(badge->text().startsWith(QStringLiteral("expired")), qPrintable(badge->text()));
        QVERIFY(score->styleSheet().contains(Ui::ModelFormat::mutedColor(predictions.palette()).name()));
        const QString header = card->findChild<QLabel*>(QStringLiteral("crossSectionHeadLabel"))->text();
        QVERIFY2(header.contains(QStringLiteral("cross-section · of 15")), qPrintable(header));
        Test::saveShot(&predictions, QStringLiteral("predictions-cross-section"));
    }
};

QTEST_MAIN(TestCrossSectionUi)
#include "TestCrossSectionUi.moc"
