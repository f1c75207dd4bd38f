#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QDialog>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSemaphore>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QtTest>

#include "core/store/SymbolRepository.h"
#include "ui/charts/tiles/AbsorptionFlowTile.h"
#include "ui/charts/tiles/ActivityHeatmapTile.h"
#include "ui/charts/tiles/AnalysisLoader.h"
#include "ui/charts/tiles/CandlesTile.h"
#include "ui/charts/tiles/MonteCarloTile.h"
#include "ui/charts/tiles/OrderBookTile.h"
#include "ui/charts/tiles/ReturnsHistogramTile.h"
#include "ui/charts/tiles/SlippageTile.h"
#include "ui/charts/tiles/VerdictCard.h"
#include "ui/charts/tiles/VolumeProfileTile.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/VerdictFormat.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/UniverseFilterProxyModel.h"
#include "ui/models/UniverseTableModel.h"
#include "ui/panels/SymbolDashboard.h"

#include "tests/support/TestSupport.h"
#include "tests/support/WindowOptions.h"

using namespace Tessera;

// Expected values are read by hand from tests/data/dashboard/*.json (the peer's output for the
// NSE NIFTY 50 data; see PROVENANCE.md there).
namespace {

QString fixtures()
{
    return Test::dataPath(QStringLiteral("dashboard"));
}

Ui::AnalysisView fixtureView(const QString& ticker)
{
    auto stored = Ui::loadAnalysisJson(fixtures(), ticker);
    if (!stored || !*stored) {
        qFatal("fixture %s missing", qPrintable(ticker));
    }
    auto view = Ui::parseAnalysisView(**stored);
    if (!view) {
        qFatal("%s", qPrintable(view.error().message));
    }
    return *view;
}

/** The texts a chart draws (axis labels, title): what the user reads, whatever the model says. */
QStringList drawnTexts(QChart* chart)
{
    QStringList texts;
    QList<QGraphicsItem*> items = chart->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) {
            texts << text->toPlainText();
        }
        items << item->childItems();
    }
    return texts;
}

template <typename T>
T* tileOf(const Ui::SymbolDashboard& dashboard, const char* id)
{
    return qobject_cast<T*>(dashboard.tile(QString::fromLatin1(id)));
}

} // namespace

class TestSymbolDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesPeerDocuments();
    void parsesTesseraAdditions();
    void rejectsBrokenDocument();
    void drawsEveryTile();
    void downVerdictBarsPointLeft();
    void switchRedrawsAxes();
    void withheldShowsBanner();
    void noAnalysisShowsMessage();
    void dropsStaleResults();
    void doubleClickEnlarges();
    void universeVerdictColumnsAndFilter();
    void verdictTextsNameTheFormula();
    void mainWindowHasDashboardTab();

private:
    QThreadPool m_pool;
};

void TestSymbolDashboard::initTestCase()
{
    Test::initTestEnvironment();
    m_pool.setMaxThreadCount(2);
}

void TestSymbolDashboard::parsesPeerDocuments()
{
    const Ui::AnalysisView v = fixtureView(QStringLiteral("SBIN"));
    QCOMPARE(v.ticker, QStringLiteral("SBIN"));
    QCOMPARE(v.asOf, QDate(2025, 9, 30));
    QCOMPARE(v.bars, 1241);
    QCOMPARE(v.direction, QStringLiteral("UP"));
    QCOMPARE(v.score, 0.642602);
    QVERIFY(v.valid);
    QCOMPARE(v.components.size(), 4);
    QCOMPARE(v.components[0].key, QStringLiteral("momentum"));
    QCOMPARE(v.components[0].value, 0.982049);
    QCOMPARE(v.components[0].weight, 0.45);
    QCOMPARE(v.components[3].value, 0.801506);
    QCOMPARE(v.qualityGrade, QStringLiteral("C"));
    // The peer stores only counts: 63 missing business days out of 1241 bars = 5.1 %.
    QCOMPARE(v.qualityReasons, QStringList{QStringLiteral("63 missing business days (5.1 % of the bars)")});

    QCOMPARE(v.volumeProfile.buckets.size(), 24);
    QCOMPARE(v.volumeProfile.buckets[0].low, 786.55);
    QCOMPARE(v.volumeProfile.buckets[0].volume, 3652189.2);
    QCOMPARE(v.volumeProfile.pocPrice, 823.7385);
    QCOMPARE(v.candles.size(), 60);
    QCOMPARE(v.candles[0].date, QDate(2025, 7, 7));
    QCOMPARE(v.candles[0].open, 811.2);
    QCOMPARE(v.lastPrice, 872.45);
    QVERIFY(qAbs(v.change - 1.70) < 1e-9); // 872.45 - 870.75
    QCOMPARE(v.dates.size(), 60);
    QCOMPARE(v.bollinger.upper.last(), 888.0571);
    QCOMPARE(v.movingAverages.ma50.last(), 822.727);
    QCOMPARE(v.orderBook.bids.size(), 10);
    QVERIFY(v.orderBook.synthetic); // never a real book, even when the document does not say so
    QCOMPARE(v.heatmap.rowLabels.size(), 5);
    QCOMPARE(v.heatmap.columnLabels.size(), 12);
    QVERIFY(std::isnan(v.heatmap.values[0][0])); // no Monday in January within the last 60 bars
    QCOMPARE(v.histogram.counts.size(), 20);
    QCOMPARE(v.histogram.sampleCount(), 60);
    // No fitted normal in the peer's document: the moments of the binned returns (bin middles).
    QVERIFY(qAbs(v.histogram.normalMean - 0.0011130833) < 1e-9);
    QVERIFY(qAbs(v.histogram.normalSd - 0.0082959315) < 1e-9);
    QCOMPARE(v.slippageSamples.size(), 50);
    QCOMPARE(v.slippageSamples[0].costBps, 5.161);
    QCOMPARE(v.slippageSizes.size(), 4);
    QCOMPARE(v.slippageSizes[1].costBps, 4.9623);
    QCOMPARE(v.slippageSizes[1].mcP50, 5.0871);
    QCOMPARE(v.slippageSizes[3].mcP95, 9.9776);
    QCOMPARE(v.simulations, 400);
}

void TestSymbolDashboard::parsesTesseraAdditions()
{
    // NTPC's fixture carries the seed's bug (price tiles at ~10x the spot) and Tessera's additions.
    const Ui::AnalysisView v = fixtureView(QStringLiteral("NTPC"));
    QVERIFY(!v.valid);
    QCOMPARE(v.direction, QStringLiteral("WITHHELD"));
    QCOMPARE(v.validationErrors.size(), 2);
    QVERIFY(v.validationErrors[0].startsWith(QStringLiteral("bollinger upper")));
    QCOMPARE(v.histogram.normalMean, 0.0005);
    QCOMPARE(v.histogram.normalSd, 0.012);
    QCOMPARE(v.qualityReasons, QStringList{QStringLiteral("63 missing business days (5.1 % of the bars)")});
}

void TestSymbolDashboard::rejectsBrokenDocument()
{
    auto stored = Ui::loadAnalysisJson(fixtures(), QStringLiteral("TCS"));
    QVERIFY(stored && *stored);
    QJsonObject tiles = (*stored)->analysis.main.value(QStringLiteral("tiles")).toObject();
    tiles.remove(QStringLiteral("order_book"));
    (*stored)->analysis.main.insert(QStringLiteral("tiles"), tiles);
    auto view = Ui::parseAnalysisView(**stored);
    QVERIFY(!view);
    QVERIFY2(view.error().message.contains(QStringLiteral("TCS")), qPrintable(view.error().message));
    QVERIFY2(view.error().message.contains(QStringLiteral("tiles.order_book")),
             qPrintable(view.error().message));
    QVERIFY(!Ui::loadAnalysisJson(fixtures(), QStringLiteral("NOSUCH")).value().has_value());
}

void TestSymbolDashboard::drawsEveryTile()
{
    Ui::SymbolDashboard dashboard(&m_pool);
    dashboard.setLoader(Ui::jsonDirectoryLoader(fixtures()));
    dashboard.resize(1400, 1100);
    dashboard.show();
    QSignalSpy shown(&dashboard, &Ui::SymbolDashboard::analysisShown);
    dashboard.showSymbol(QStringLiteral("SBIN"), QStringLiteral("State Bank of India"));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toString(), QStringLiteral("SBIN"));

    auto* title = dashboard.findChild<QLabel*>(QStringLiteral("dashboardTitleLabel"));
    QCOMPARE(title->text(), QStringLiteral("SBIN"));
    auto* name = dashboard.findChild<Ui::ElidedLabel*>(QStringLiteral("dashboardNameLabel"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("— State Bank of India"));
    QVERIFY(name->toolTip().isEmpty()); // shown whole
    QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("dashboardPriceLabel"))
                ->text()
                .contains(QStringLiteral("872.45")));
    // The score signed on its −1…+1 scale, never "64 %" (it read as an expected move).
    auto* badge = dashboard.findChild<QLabel*>(QStringLiteral("verdictBadgeLabel"));
    QCOMPARE(badge->text(), QStringLiteral("UP · +0.64"));
    QVERIFY2(badge->toolTip().contains(QStringLiteral("not a probability")), qPrintable(badge->toolTip()));
    QVERIFY2(badge->toolTip().contains(QStringLiteral("momentum +0.98")), qPrintable(badge->toolTip()));
    auto* quality = dashboard.findChild<QLabel*>(QStringLiteral("qualityGradeLabel"));
    QCOMPARE(quality->text(), QStringLiteral("Quality C"));
    QVERIFY(quality->toolTip().contains(QStringLiteral("63 missing business days")));
    QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("validationBannerLabel"))->isHidden());
    // Hovering a tile shows the value under the pointer, else its hint and the enlarge instruction; an
    // enlarged tile never offers to be enlarged again.
    auto* absorption = tileOf<Ui::TileView>(dashboard, "absorption_flow");
    QVERIFY(absorption->toolTipText().contains(QStringLiteral("Buying")));
    QVERIFY(absorption->toolTipText().contains(QStringLiteral("Double-click to enlarge")));
    absorption->setEnlargeable(false);
    QVERIFY(!absorption->toolTipText().contains(QStringLiteral("Double-click")));
    absorption->setEnlargeable(true);
    // Amihud and Kyle's λ with a unit a trader can picture, never a bare "4.34e-13".
    const QString features = dashboard.findChild<QLabel*>(QStringLiteral("featuresLabel"))->text();
    QVERIFY2(features.count(QStringLiteral("% per bn traded")) == 2, qPrintable(features));
    QVERIFY2(!features.contains(QStringLiteral("e-1")), qPrintable(features));

    auto* profile = tileOf<Ui::VolumeProfileTile>(dashboard, "volume_profile");
    QCOMPARE(profile->bucketCount(), 24);
    QCOMPARE(profile->pocLinePrice(), 823.7385);
    QVERIFY(profile->describeBucket(0).contains(QStringLiteral("786.55")));
    auto* candles = tileOf<Ui::CandlesTile>(dashboard, "candles");
    QCOMPARE(candles->candleCount(), 60);
    QCOMPARE(candles->candleSeries()->sets().at(59)->close(), 872.45);
    QCOMPARE(candles->candleSeries()->sets().at(0)->open(), 811.2);
    // One price axis for both: the profile's buckets are level with the candles.
    QCOMPARE(profile->priceAxisRange(), candles->priceAxisRange());
    QVERIFY(candles->describeCandle(59).contains(QStringLiteral("872.45")));

    auto* book = tileOf<Ui::OrderBookTile>(dashboard, "order_book");
    QCOMPARE(book->cumulativeBid(1), 19485.0 + 24357.0);
    QCOMPARE(book->cumulativeAsk(0), 17309.0);
    QVERIFY(book->title().contains(QStringLiteral("SYNTHETIC")));
    auto* flow = tileOf<Ui::AbsorptionFlowTile>(dashboard, "absorption_flow");
    QCOMPARE(flow->buySeries()->count(), 60);
    QCOMPARE(flow->volumeScale(), 1e6); // bars in millions of shares
    QCOMPARE(flow->buySeries()->sets().at(59)->close() * 1e6, 6223323.0);
    QCOMPARE(flow->sellSeries()->sets().at(59)->close() * 1e6, -6608270.0);
    auto* heat = tileOf<Ui::ActivityHeatmapTile>(dashboard, "activity_heatmap");
    QCOMPARE(heat->cellCount(), 15); // 5 weekdays x Jul, Aug, Sep
    QCOMPARE(heat->shownColumns(),
             (QStringList{QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep")}));
    auto* histogram = tileOf<Ui::ReturnsHistogramTile>(dashboard, "returns_histogram");
    QCOMPARE(histogram->barCount(), 20);
    QVERIFY(histogram->normalCurve());
    // Peak of the normal: N * bin width / (sd * sqrt(2 pi)) = 60 * 0.00212205 / (0.00829593 * 2.50663).
    QVERIFY(qAbs(histogram->expectedCount(0.0011130833) - 6.1228239) < 1e-4);
    auto* slippage = tileOf<Ui::SlippageTile>(dashboard, "slippage_samples");
    QCOMPARE(slippage->sampleCurve()->count(), 50);
    QCOMPARE(slippage->sampleCurve()->at(0).y(), 5.161);
    QCOMPARE(slippage->sizeMarkers()->count(), 4);
    auto* monte = tileOf<Ui::MonteCarloTile>(dashboard, "monte_carlo");
    QCOMPARE(monte->sizeCount(), 4);
    QCOMPARE(monte->medianMarkers()->count(), 4);
    QCOMPARE(monte->medianMarkers()->at(1).y(), 5.0871);
    QCOMPARE(monte->deterministicMarkers()->at(1).y(), 4.9623);
    QVERIFY(monte->describeSize(3).contains(QStringLiteral("9.98"))
            || monte->describeSize(3).contains(QStringLiteral("10.0")));

    Ui::VerdictCard* card = dashboard.verdictCard();
    QCOMPARE(card->components().size(), 4);
    QCOMPARE(card->rowText(0), QStringLiteral("Momentum (45%)"));
    QVERIFY(card->barRect(0).width() > card->barRect(1).width()); // 0.98 against 0.15

    // The Fundamentals section: missing values as "—", derived ones starred, none stored said so.
    auto* fundamentals = dashboard.findChild<QLabel*>(QStringLiteral("fundamentalsLabel"));
    QVERIFY(fundamentals);
    dashboard.setFundamentals(std::nullopt);
    QVERIFY(fundamentals->text().contains(QStringLiteral("None stored")));
    Fundamentals::Record sbin;
    sbin.ticker = QStringLiteral("SBIN");
    sbin.asOf = QDate(2025, 9, 30);
    sbin.source = QStringLiteral("csv:nse.csv");
    sbin.set(Fundamentals::Field::PeRatio, 9.5);
    sbin.set(Fundamentals::Field::PbRatio, 1.6);
    sbin.derived.insert(Fundamentals::Field::PbRatio);
    sbin.capCategory = QStringLiteral("large");
    sbin.capCategoryDerived = true;
    dashboard.setFundamentals(sbin);
    const QString text = fundamentals->text();
    QVERIFY2(text.contains(QStringLiteral("as of 2025-09-30")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("9.50")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1.60*")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Large cap*")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("—")) && !text.contains(QStringLiteral(">0.00<")),
             qPrintable(text));

    // Narrow: the ticker stays whole, the company name gives way with "…" (whole in its tooltip), and a
    // tile title that no longer fits shows the tile's name, its key figure moving to the tooltip.
    auto* moving = tileOf<Ui::TileView>(dashboard, "moving_averages");
    const QString wholeTitle = moving->title();
    QVERIFY2(wholeTitle.contains(QStringLiteral(" · ")), qPrintable(wholeTitle));
    QCOMPARE(moving->shownTitle(), wholeTitle);
    dashboard.resize(560, 1100);
    QTRY_VERIFY(name->text().endsWith(QStringLiteral("…")));
    QCOMPARE(name->toolTip(), QStringLiteral("— State Bank of India"));
    QCOMPARE(title->text(), QStringLiteral("SBIN"));
    QVERIFY(title->width() >= title->sizeHint().width());
    QTRY_COMPARE(moving->shownTitle(), wholeTitle.section(QStringLiteral(" · "), 0, 0));
    QCOMPARE(moving->title(), wholeTitle);
    QVERIFY2(moving->toolTipText().startsWith(wholeTitle), qPrintable(moving->toolTipText()));
}

void TestSymbolDashboard::downVerdictBarsPointLeft()
{
    Ui::SymbolDashboard dashboard(&m_pool);
    dashboard.setLoader(Ui::jsonDirectoryLoader(fixtures()));
    dashboard.resize(1400, 1100);
    dashboard.show();
    QSignalSpy shown(&dashboard, &Ui::SymbolDashboard::analysisShown);
    dashboard.showSymbol(QStringLiteral("TCS"));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(dashboard.findChild<QLabel*>(QStringLiteral("verdictBadgeLabel"))->text(),
             QStringLiteral("DOWN · -0.33"));
    Ui::VerdictCard* card = dashboard.verdictCard();
    // Momentum -0.64 grows left of the centre line, cost +0.75 right of it.
    QVERIFY(card->barRect(0).right() <= card->barRect(3).left() + 1e-6);
}

void TestSymbolDashboard::switchRedrawsAxes()
{
    // SBIN trades at 780-890, TCS at 2,870-3,420: after the switch the axes must show TCS's prices.
    Ui::SymbolDashboard dashboard(&m_pool);
    dashboard.setLoader(Ui::jsonDirectoryLoader(fixtures()));
    dashboard.resize(1400, 1100);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QSignalSpy shown(&dashboard, &Ui::SymbolDashboard::analysisShown);
    dashboard.showSymbol(QStringLiteral("SBIN"));
    QTRY_COMPARE(shown.count(), 1);
    QTest::qWait(50);
    dashboard.showSymbol(QStringLiteral("TCS"));
    QTRY_COMPARE(shown.count(), 2);
    QChart* candles = tileOf<Ui::CandlesTile>(dashboard, "candles")->chart();
    QChart* profile = tileOf<Ui::VolumeProfileTile>(dashboard, "volume_profile")->chart();
    // Level buckets and candles: both plot areas span the same rows of pixels.
    QVERIFY2(qAbs(profile->plotArea().top() - candles->plotArea().top()) <= 1.0
                 && qAbs(profile->plotArea().bottom() - candles->plotArea().bottom()) <= 1.0,
             qPrintable(QStringLiteral("profile %1..%2, candles %3..%4")
                            .arg(profile->plotArea().top())
                            .arg(profile->plotArea().bottom())
                            .arg(candles->plotArea().top())
                            .arg(candles->plotArea().bottom())));
    // Drawn as soon as the analysis is shown, not on some later layout pass.
    QVERIFY2(drawnTexts(candles).contains(QStringLiteral("3000")),
             qPrintable(drawnTexts(candles).join(u',')));
    // The old axes' items go with the deferred deletes of the next event-loop turn.
    QTRY_VERIFY2(!drawnTexts(candles).contains(QStringLiteral("800")),
                 qPrintable(drawnTexts(candles).join(u',')));
    QVERIFY2(drawnTexts(profile).join(u',').contains(QStringLiteral("3054.16")),
             qPrintable(drawnTexts(profile).join(u',')));
}

void TestSymbolDashboard::withheldShowsBanner()
{
    Ui::SymbolDashboard dashboard(&m_pool);
    dashboard.setLoader(Ui::jsonDirectoryLoader(fixtures()));
    dashboard.show();
    QSignalSpy shown(&dashboard, &Ui::SymbolDashboard::analysisShown);
    dashboard.showSymbol(QStringLiteral("NTPC"));
    QTRY_COMPARE(shown.count(), 1);
    auto* banner = dashboard.findChild<QLabel*>(QStringLiteral("validationBannerLabel"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("withheld")));
    QVERIFY(banner->text().contains(QStringLiteral("bollinger upper")));
    QCOMPARE(dashboard.findChild<QLabel*>(QStringLiteral("verdictBadgeLabel"))->text(),
             QStringLiteral("WITHHELD"));
    // The candles keep their own range; the misplaced profile is not allowed to squash them.
    auto* candles = tileOf<Ui::CandlesTile>(dashboard, "candles");
    QVERIFY(candles->priceAxisRange().second < 1000);
    QVERIFY(tileOf<Ui::VolumeProfileTile>(dashboard, "volume_profile")
                ->title()
                .contains(QStringLiteral("OUT OF RANGE")));
}

void TestSymbolDashboard::noAnalysisShowsMessage()
{
    Ui::SymbolDashboard dashboard(&m_pool);
    dashboard.setLoader(Ui::jsonDirectoryLoader(fixtures()));
    QSignalSpy message(&dashboard, &Ui::SymbolDashboard::messageShown);
    dashboard.showSymbol(QStringLiteral("NOSUCH"));
    QTRY_COMPARE(message.count(), 1);
    QVERIFY(message.first().at(1).toString().contains(QStringLiteral("No analysis of NOSUCH")));
    QVERIFY(!dashboard.currentView().has_value());
}

void TestSymbolDashboard::dropsStaleResults()
{
    // SBIN's read blocks until released; TCS's and NTPC's wait only until all three were asked for,
    // so both later requests finish first. (Without that wait a read can finish before showSymbol()
    // attaches its continuation, and Qt 6.4 then delivers the result inside that call: TCS would be
    // shown, correctly, before NTPC is even requested.)
    auto gate = std::make_shared<QSemaphore>(0);
    auto asked = std::make_shared<QSemaphore>(0);
    QThreadPool pool;
    pool.setMaxThreadCount(3);
    Ui::SymbolDashboard dashboard(&pool);
    dashboard.setLoader([gate, asked](const QString& ticker) {
        (ticker == QStringLiteral("SBIN") ? gate : asked)->acquire();
        return Ui::loadAnalysisJson(fixtures(), ticker);
    });
    QSignalSpy shown(&dashboard, &Ui::SymbolDashboard::analysisShown);
    QSignalSpy stale(&dashboard, &Ui::SymbolDashboard::staleResultDropped);
    dashboard.showSymbol(QStringLiteral("SBIN"));
    dashboard.showSymbol(QStringLiteral("TCS"));
    dashboard.showSymbol(QStringLiteral("NTPC"));
    asked->release(2);
    QTRY_VERIFY(shown.count() >= 1);
    gate->release();
    QTRY_COMPARE(stale.count(), 2);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toString(), QStringLiteral("NTPC"));
    QStringList dropped{stale.at(0).first().toString(), stale.at(1).first().toString()};
    dropped.sort();
    QCOMPARE(dropped, (QStringList{QStringLiteral("SBIN"), QStringLiteral("TCS")}));
    QCOMPARE(dashboard.currentView()->ticker, QStringLiteral("NTPC"));
    pool.waitForDone();
}

void TestSymbolDashboard::doubleClickEnlarges()
{
    Ui::SymbolDashboard dashboard(&m_pool);
    dashboard.setLoader(Ui::jsonDirectoryLoader(fixtures()));
    dashboard.resize(1400, 1100);
    dashboard.show();
    QSignalSpy shown(&dashboard, &Ui::SymbolDashboard::analysisShown);
    dashboard.showSymbol(QStringLiteral("SBIN"));
    QTRY_COMPARE(shown.count(), 1);
    auto* histogram = tileOf<Ui::ReturnsHistogramTile>(dashboard, "returns_histogram");
    QTest::mouseDClick(histogram->viewport(), Qt::LeftButton, {}, histogram->viewport()->rect().center());
    QTRY_VERIFY(dashboard.enlargedDialog());
    auto* enlarged = dashboard.enlargedDialog()->findChild<Ui::ReturnsHistogramTile*>();
    QVERIFY(enlarged);
    QCOMPARE(enlarged->barCount(), 20);
    QVERIFY(dashboard.enlargedDialog()->windowTitle().startsWith(QStringLiteral("SBIN")));
    dashboard.enlargedDialog()->close();
}

void TestSymbolDashboard::verdictTextsNameTheFormula()
{
    // The fixtures are the peer's documents from before verdict.formula existed: the seed's sum.
    // SBIN: momentum .982049, flow .153815, liquidity .28, cost .801506;
    // seed .45·.982049 + .25·.153815 + .15·.28 + .15·.801506 = 0.6426017.
    Ui::AnalysisView view = fixtureView(QStringLiteral("SBIN"));
    QCOMPARE(view.formula, QStringLiteral("seed"));
    QCOMPARE(view.upThreshold, 0.15);
    Ui::VerdictFormat::Display d = view.verdictDisplay();
    QCOMPARE(Ui::VerdictFormat::badgeText(d), QStringLiteral("UP · +0.64"));
    QString tip = Ui::VerdictFormat::toolTip(d);
    for (const char* part : {"Verdict UP: score +0.643 on a −1…+1 scale (UP above +0.15, DOWN below -0.15)",
                             "not a probability",
                             "|score| = 0.64",
                             "momentum +0.98, flow +0.15, liquidity +0.28, cost +0.80",
                             "Formula seed (plain sum): score = 0.45·momentum + 0.25·flow + 0.15·liquidity + "
                             "0.15·cost = +0.643",
                             "lean UP"}) {
        QVERIFY2(tip.contains(QString::fromUtf8(part)), qPrintable(tip));
    }
    Ui::VerdictCard card;
    card.setAnalysis(view);
    QVERIFY2(card.scoreText().contains(QStringLiteral("Σ weight × component")), qPrintable(card.scoreText()));
    QVERIFY(card.toolTipText(0).contains(QStringLiteral("of the score")));

    // The same components under the directional formula, worked out by the engine's arithmetic:
    // d = .45·.982049 + .25·.153815 = 0.4803758; t = (.28 + .801506)/2 = 0.540753;
    // score = d·(1 + 3/7·t) = 0.5917063.
    view.formula = QStringLiteral("directional");
    d = view.verdictDisplay();
    tip = Ui::VerdictFormat::toolTip(d);
    for (const char* part : {"Formula directional: d = 0.45·momentum + 0.25·flow = +0.480",
                             "t = max(0, (liquidity + cost)/2) = 0.541",
                             "score = d·(1 + 0.43·t) = +0.592",
                             "can only strengthen"}) {
        QVERIFY2(tip.contains(QString::fromUtf8(part)), qPrintable(tip));
    }
    card.setAnalysis(view);
    QVERIFY2(card.scoreText().contains(QStringLiteral("d·(1 + 0.43·t)")), qPrintable(card.scoreText()));
    QVERIFY2(card.toolTipText(0).contains(QStringLiteral("direction part")), qPrintable(card.toolTipText(0)));
    QVERIFY2(card.toolTipText(3).contains(QStringLiteral("tradability")), qPrintable(card.toolTipText(3)));
    QVERIFY(card.toolTipText(-1).contains(QStringLiteral("not a probability")));

    // Signs: a rounded zero has none; a negative score keeps its minus.
    QCOMPARE(Ui::VerdictFormat::signedScore(-0.001), QStringLiteral("0.00"));
    QCOMPARE(Ui::VerdictFormat::signedScore(0.172), QStringLiteral("+0.17"));
    QCOMPARE(Ui::VerdictFormat::signedScore(-0.33), QStringLiteral("-0.33"));

    // The universe table's summaries carry the formula but not the weights: the formula in symbols.
    Tiles::AnalysisSummary summary = Ui::summaryOf(fixtureView(QStringLiteral("TCS")));
    summary.formula = QStringLiteral("directional");
    tip = Ui::VerdictFormat::toolTip(Ui::VerdictFormat::fromSummary(summary));
    QVERIFY2(tip.contains(QStringLiteral("Verdict DOWN: score -0.33")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("d = wM·momentum + wF·flow")), qPrintable(tip));
}

void TestSymbolDashboard::universeVerdictColumnsAndFilter()
{
    Ui::UniverseTableModel model;
    Ui::UniverseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QList<Store::SymbolRow> rows;
    for (const QString& t :
         {QStringLiteral("NTPC"), QStringLiteral("SBIN"), QStringLiteral("TCS"), QStringLiteral("ZZZ")}) {
        Store::SymbolRow row;
        row.symbol.ticker = t;
        rows.append(row);
    }
    QHash<QString, Tiles::AnalysisSummary> analyses;
    for (const QString& t : {QStringLiteral("NTPC"), QStringLiteral("SBIN"), QStringLiteral("TCS")}) {
        analyses.insert(t, Ui::summaryOf(fixtureView(t)));
    }
    model.setAnalyses(analyses);
    model.setRows(rows);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(1, Ui::UniverseTableModel::VerdictColumn).toString(), QStringLiteral("UP"));
    QCOMPARE(cell(1, Ui::UniverseTableModel::ScoreColumn).toString(), QStringLiteral("+0.64"));
    QCOMPARE(cell(2, Ui::UniverseTableModel::ScoreColumn).toString(), QStringLiteral("-0.33"));
    QCOMPARE(cell(1, Ui::UniverseTableModel::QualityColumn).toString(), QStringLiteral("C"));
    QCOMPARE(cell(0, Ui::UniverseTableModel::VerdictColumn).toString(), QStringLiteral("WITHHELD"));
    QVERIFY(cell(0, Ui::UniverseTableModel::VerdictColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("bollinger")));
    const QString scoreTip = cell(1, Ui::UniverseTableModel::ScoreColumn, Qt::ToolTipRole).toString();
    QVERIFY2(scoreTip.contains(QStringLiteral("score +0.643")), qPrintable(scoreTip));
    QVERIFY2(scoreTip.contains(QStringLiteral("not a probability")), qPrintable(scoreTip));
    QVERIFY2(scoreTip.contains(QStringLiteral("seed (plain sum)")), qPrintable(scoreTip));
    QCOMPARE(cell(3, Ui::UniverseTableModel::VerdictColumn).toString(), QString());
    QVERIFY(!cell(3, Ui::UniverseTableModel::ScoreColumn, Ui::UniverseTableModel::SortRole).isValid());

    proxy.setVerdictFilter(QStringLiteral("UP"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(Ui::UniverseTableModel::TickerRole).toString(), QStringLiteral("SBIN"));
    proxy.setVerdictFilter(Ui::UniverseFilterProxyModel::noAnalysisFilter());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(Ui::UniverseTableModel::TickerRole).toString(), QStringLiteral("ZZZ"));
    proxy.setVerdictFilter({});
    QCOMPARE(proxy.rowCount(), 4);
    proxy.sort(Ui::UniverseTableModel::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(Ui::UniverseTableModel::TickerRole).toString(), QStringLiteral("SBIN"));
}

void TestSymbolDashboard::mainWindowHasDashboardTab()
{
    Test::TempDatabase temp;
    Store::SymbolRepository symbols(*temp.db());
    for (const QString& t : {QStringLiteral("SBIN"), QStringLiteral("TCS")}) {
        Symbol s;
        s.ticker = t;
        QVERIFY(symbols.upsert(s).has_value());
    }
    Ui::MainWindow::Options options = Test::quietWindowOptions(-1);
    options.analysisLoader = Ui::jsonDirectoryLoader(fixtures());
    options.analysisSummaries = Ui::jsonDirectorySummaryLoader(fixtures());
    Ui::MainWindow window(temp.db(), options);
    window.show();
    QTabWidget* tabs = window.symbolTabs();
    int dashboardTab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == window.dashboard()) {
            dashboardTab = i;
        }
    }
    QVERIFY(dashboardTab >= 0);
    QCOMPARE(tabs->tabText(dashboardTab), QStringLiteral("Dashboard"));
    QTRY_COMPARE(window.universeModel()->rowCount(), 2);
    QTRY_COMPARE(window.universeModel()->index(0, Ui::UniverseTableModel::VerdictColumn).data().toString(),
                 QStringLiteral("UP"));
    QSignalSpy shown(window.dashboard(), &Ui::SymbolDashboard::analysisShown);
    QVERIFY(window.selectTicker(QStringLiteral("TCS")));
    QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toString() == QStringLiteral("TCS"));
}

QTEST_MAIN(TestSymbolDashboard)
#include "TestSymbolDashboard.moc"
