#include <cmath>
#include <limits>

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

#include "core/export/DailyExports.h"
#include "core/screens/Evaluator.h"
#include "core/screens/FieldCatalog.h"
#include "core/screens/Picks.h"
#include "core/store/PickRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Screens;
using Test::must;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Pick pick(const QString& symbol, int rank, double score)
{
    Pick p;
    p.symbol = symbol;
    p.stockName = symbol + QStringLiteral(" Ltd");
    p.rank = rank;
    p.selectionScore = score;
    p.currentPrice = 100 + rank;
    p.marketCap = kNaN;
    p.mlPredictionScore = kNaN;
    p.mlPriceTarget = kNaN;
    p.mlConfidence = kNaN;
    p.mlRiskScore = kNaN;
    p.recommendation = QStringLiteral("WATCH");
    p.reason = QStringLiteral("because, \"quoted\"");
    return p;
}

} // namespace

/** Daily picks (issue 20): upsert, 90-day cleanup, the target/stop and recommendation rules, reasons, CSV. */
class TestPicks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void upsertReplacesTheDay()
    {
        Test::TempDatabase t;
        Store::PickRepository repo(*t.db());
        const QDate day(2025, 9, 30);
        QCOMPARE(must(repo.store(QStringLiteral("momentum"),
                                 day,
                                 {pick(QStringLiteral("A"), 1, 0.9), pick(QStringLiteral("B"), 2, 0.8)})),
                 2);
        QCOMPARE(must(repo.store(QStringLiteral("value"), day, {pick(QStringLiteral("A"), 1, 0.7)})), 1);
        // The same day again: A moves to rank 2 with a new score, B is dropped, C is new; value untouched.
        Pick a = pick(QStringLiteral("A"), 2, 0.5);
        a.rsi14 = 55.5;
        must(repo.store(QStringLiteral("momentum"), day, {pick(QStringLiteral("C"), 1, 0.95), a}));
        const QList<Pick> back = must(repo.picks(QStringLiteral("momentum"), day));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].symbol, QStringLiteral("C"));
        QCOMPARE(back[1].symbol, QStringLiteral("A"));
        QCOMPARE(back[1].selectionScore, 0.5);
        QCOMPARE(back[1].rsi14, 55.5);
        QVERIFY(std::isnan(back[1].mlPredictionScore)); // missing stays missing
        QCOMPARE(back[1].reason, QStringLiteral("because, \"quoted\""));
        QCOMPARE(must(repo.picks(QStringLiteral("value"), day)).size(), 1);
        QCOMPARE(must(repo.picks({}, day)).size(), 3);
        // One row per (date, symbol, strategy): the table's unique key holds.
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM daily_suggested_stocks")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void cleanupKeepsNinetyDays()
    {
        Test::TempDatabase t;
        Store::PickRepository repo(*t.db());
        const QDate today(2025, 10, 1);
        for (int age : {0, 89, 90, 91, 200}) {
            must(repo.store(
                QStringLiteral("growth"), today.addDays(-age), {pick(QStringLiteral("A"), 1, 0.5)}));
        }
        QCOMPARE(must(repo.cleanup(90, today)), 2); // 91 and 200 days old
        const QList<QDate> left = must(repo.dates(QStringLiteral("growth")));
        QCOMPARE(left, (QList<QDate>{today, today.addDays(-89), today.addDays(-90)}));
        QCOMPARE(must(repo.cleanup(0, today)), 0); // 0 keeps everything
        QCOMPARE(must(repo.latestDate(QStringLiteral("growth"), today.addDays(-1))), today.addDays(-89));
    }

    void targetStopRecommendationAndReason()
    {
        // Two symbols passing "close > sma_200 and rsi_14 between 40 and 70", ranked by return_60d and
        // -pe_ratio over a selection of four in one sector.
        ScreenData d;
        for (const char* s : {"AAA", "BBB", "CCC", "DDD"}) {
            d.addSymbol(QString::fromLatin1(s), 0, QString::fromLatin1(s) + QStringLiteral(" Ltd"));
        }
        d.text(QStringLiteral("sector")) = {
            QStringLiteral("IT"), QStringLiteral("IT"), QStringLiteral("IT"), QStringLiteral("IT")};
        d.number(QStringLiteral("close")).now = {106, 90, 120, 50};
        d.number(QStringLiteral("sma_200")).now = {100, 100, 100, 100};
        NumericColumn& rsi = d.number(QStringLiteral("rsi_14"));
        rsi.now = {42, 50, 65, 30};
        rsi.prev = {40, 55, 66, 31};
        d.number(QStringLiteral("return_60d")).now = {12, 1, 5, -3};
        d.number(QStringLiteral("pe_ratio")).now = {18, 30, 24, 40};
        d.number(QStringLiteral("atr_14")).now = {3, 2, 4, 1};
        d.number(QStringLiteral("ml_prediction_score")).now = {0.81, kNaN, 0.2, kNaN};
        d.number(QStringLiteral("ml_price_target")).now = {130, kNaN, 150, kNaN};
        d.number(QStringLiteral("ml_risk_score")).now = {0.3, kNaN, 0.5, kNaN};
        d.number(QStringLiteral("ml_validated")).now = {0, kNaN, 1, kNaN};
        d.text(QStringLiteral("verdict")) = {
            QStringLiteral("UP"), QStringLiteral("UP"), QStringLiteral("NEUTRAL"), QStringLiteral("DOWN")};
        d.number(QStringLiteral("verdict_confidence")).now = {0.4, 0.4, 0.1, 0.9};
        d.asOf = QDate(2025, 9, 30);
        const Expression e = *parseExpression(QStringLiteral("close > sma_200 and rsi_14 between 40 and 70"),
                                              FieldCatalog::instance());
        const QList<RankTerm> ranking = must(parseRanking(QStringLiteral("return_60d, -pe_ratio")));
        const ScreenResult r = evaluate(e, ranking, 50, d);
        const QList<Pick> picks = buildPicks(QStringLiteral("balanced"), e, ranking, r, d);
        QCOMPARE(picks.size(), 2);
        // AAA: return_60d ranks 1 of 4 (p = 1), -pe 18 is the lowest (p = 1): score 1. CCC: 5 → 2/3,
        // pe 24 → 2/3: score 2/3.
        const Pick& a = picks[0];
        QCOMPARE(a.symbol, QStringLiteral("AAA"));
        QCOMPARE(a.rank, 1);
        QCOMPARE(a.selectionScore, 1.0);
        // Unvalidated model: its target is not used; close + 2 × ATR = 112, stop 106 − 6 = 100.
        QCOMPARE(a.targetPrice, 112.0);
        QCOMPARE(a.stopLoss, 100.0);
        QCOMPARE(a.recommendation, QStringLiteral("BUY"));
        QCOMPARE(
            a.reason,
            QStringLiteral("60-day return +12.0 % (top 1 %); P/E 18.0 (top 1 %); close 6.0 % above SMA 200; "
                           "RSI 42 and rising; ML score 0.81 (unvalidated)"));
        const Pick& c = picks[1];
        QCOMPARE(c.symbol, QStringLiteral("CCC"));
        QVERIFY(std::abs(c.selectionScore - 2.0 / 3) < 1e-12);
        QCOMPARE(c.targetPrice, 150.0); // validated: the ML target
        QCOMPARE(c.stopLoss, 112.0);
        QCOMPARE(c.recommendation, QStringLiteral("AVOID")); // validated ML score 0.2 < 0.3
        QCOMPARE(c.reason,
                 QStringLiteral(
                     "60-day return +5.0 % (top 33 %); P/E 24.0 (top 33 %); close 20.0 % above SMA 200; "
                     "RSI 65 and falling; ML score 0.20"));

        // The rule's other branches.
        Pick p = pick(QStringLiteral("X"), 1, 0.7);
        QCOMPARE(recommend(p, QStringLiteral("UP"), 0.3), QStringLiteral("BUY"));
        QCOMPARE(recommend(p, QStringLiteral("DOWN"), 0.3), QStringLiteral("WATCH"));
        QCOMPARE(recommend(p, QStringLiteral("DOWN"), 0.6), QStringLiteral("AVOID"));
        p.mlRiskScore = 0.85;
        QCOMPARE(recommend(p, QStringLiteral("UP"), 0.3), QStringLiteral("AVOID"));
        p.mlRiskScore = 0.7;
        QCOMPARE(recommend(p, QStringLiteral("UP"), 0.3), QStringLiteral("WATCH"));
        p.mlRiskScore = kNaN;
        p.selectionScore = 0.59;
        QCOMPARE(recommend(p, QStringLiteral("UP"), 0.3), QStringLiteral("WATCH"));
    }

    void suggestedCsvColumns()
    {
        Test::TempDatabase t;
        Store::PickRepository repo(*t.db());
        must(repo.store(QStringLiteral("momentum"), QDate(2025, 9, 30), {pick(QStringLiteral("A"), 1, 0.9)}));
        must(repo.store(
            QStringLiteral("momentum"), QDate(2025, 9, 29), {pick(QStringLiteral("OLD"), 1, 0.9)}));
        Export::ExportOptions o;
        o.folder = t.dir();
        o.asOf = QDate(2025, 10, 1);
        const Export::ExportResult r = must(Export::runExport(*t.db(), Export::ExportKind::Suggested, o));
        QCOMPARE(QFileInfo(r.path).fileName(), QStringLiteral("suggested_stocks_2025-10-01.csv"));
        QCOMPARE(r.rows, 1);
        QFile f(r.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(
            lines[0].trimmed(),
            QByteArray(
                "date,symbol,stock_name,current_price,market_cap,strategy,selection_score,rank,"
                "ml_prediction_score,ml_price_target,ml_confidence,ml_risk_score,rsi_14,macd,sma_50,sma_200,"
                "pe_ratio,pb_ratio,roe,eps,beta,revenue_growth,earnings_growth,operating_margin,target_price,"
                "stop_loss,recommendation,reason,sector,market_cap_category,created_at"));
        QVERIFY2(lines[1].startsWith("2025-09-30,A,A Ltd,101,,momentum,0.9,1,,,,,0,0,0,0,"),
                 lines[1].constData());
        QVERIFY(lines[1].contains(",WATCH,\"because, \"\"quoted\"\"\","));
        QCOMPARE(Export::kindFromName(QStringLiteral("suggested")),
                 std::optional(Export::ExportKind::Suggested));
    }
};

QTEST_GUILESS_MAIN(TestPicks)
#include "TestPicks.moc"
