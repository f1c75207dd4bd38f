#include <cmath>

#include <QDir>
#include <QJsonArray>
#include <QtTest>

#include "core/fetch/providers/CsvBarFile.h"
#include "core/tiles/NumpyCompat.h"
#include "core/tiles/SymbolAnalysis.h"

#include "tests/core/tiles/TileSeries.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Tiles;

/**
 * analyseSymbol as a whole: the NTPC scale break (acceptance 2), the Monte Carlo against the
 * deterministic cost, reproducibility, the JSON additions, and no false validation alarms on real NSE
 * data.
 */
class TestSymbolAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }
    void tooFewBarsIsAnError();
    void cleanSeriesIsValid();
    void tileWindowAndMissingValues();
    void scaleBreakWithholdsTheVerdict();
    void scaleBreakInsideTheWindow();
    void monteCarloAroundTheDeterministicCost();
    void reproducibleRunToRun();
    void tesseraAdditionsInTheJson();
    void noFalseAlarmsOnNifty50();
};

namespace {

BarSeries cleanSeries()
{
    return Test::businessDaySeries(
        300,
        [](int i) { return Test::wave(i, 320.0) * (1 + 0.0005 * i); },
        [](int i) { return 1e6 + 1e4 * (i % 7); });
}

/** The NTPC case: the clean series with every price of its last 60 bars ×10 against the rest. */
BarSeries scaledTail()
{
    const BarSeries clean = cleanSeries();
    BarSeries out(clean.ticker());
    for (qsizetype i = 0; i < clean.size(); ++i) {
        Bar b = clean.at(i);
        if (i >= clean.size() - 60) {
            b.open *= 10;
            b.high *= 10;
            b.low *= 10;
            b.close *= 10;
            b.adjClose *= 10;
        }
        out.append(b);
    }
    return out;
}

} // namespace

void TestSymbolAnalysis::tooFewBarsIsAnError()
{
    const auto r = analyseSymbol(QStringLiteral("NTPC.NS"),
                                 Test::businessDaySeries(20, [](int i) { return Test::wave(i); }));
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains(QStringLiteral("NTPC.NS")));
    QVERIFY(r.error().message.contains(QStringLiteral("20 bars")));
}

void TestSymbolAnalysis::cleanSeriesIsValid()
{
    const auto r = analyseSymbol(QStringLiteral("CLEAN"), cleanSeries());
    QVERIFY(r.has_value());
    QVERIFY2(r->summary.valid, qPrintable(r->summary.validationErrors.join(u'\n')));
    QVERIFY(r->summary.direction != QStringLiteral("WITHHELD"));
    QCOMPARE(r->summary.qualityGrade, QStringLiteral("A"));
    QCOMPARE(r->main[QStringLiteral("validation")][QStringLiteral("valid")].toBool(), true);
    QCOMPARE(r->main[QStringLiteral("validation")][QStringLiteral("errors")].toArray().size(), 0);
    QCOMPARE(r->main[QStringLiteral("tiles")][QStringLiteral("candles")].toArray().size(), 60);
    QCOMPARE(r->summary.asOf, cleanSeries().lastDate());
}

void TestSymbolAnalysis::tileWindowAndMissingValues()
{
    // 25 bars, fewer than the 60-bar window: every tile covers all 25. Indicators are missing (null,
    // never 0) until their window is full: Bollinger/MA20 from bar 20, MA50 never; the first return
    // is missing, so the histogram counts 24.
    const BarSeries bars = Test::businessDaySeries(25, [](int i) { return Test::wave(i); });
    const auto r = analyseSymbol(QStringLiteral("SHORT"), bars);
    QVERIFY(r.has_value());
    const QJsonObject tiles = r->main[QStringLiteral("tiles")].toObject();
    QCOMPARE(tiles[QStringLiteral("candles")].toArray().size(), 25);
    const QJsonArray middle = tiles[QStringLiteral("bollinger")][QStringLiteral("middle")].toArray();
    QCOMPARE(middle.size(), 25);
    QVERIFY(middle[18].isNull());
    QVERIFY(middle[19].isDouble());
    for (const QJsonValue& v : tiles[QStringLiteral("moving_averages")][QStringLiteral("ma50")].toArray()) {
        QVERIFY(v.isNull());
    }
    qint64 counted = 0;
    for (const QJsonValue& v :
         tiles[QStringLiteral("returns_histogram")][QStringLiteral("counts")].toArray()) {
        counted += v.toInteger();
    }
    QCOMPARE(counted, qint64(24));
    QCOMPARE(r->main[QStringLiteral("data_quality")][QStringLiteral("grade")].toString(),
             QStringLiteral("D"));
    QCOMPARE(r->summary.change, bars.close()[24] - bars.close()[23]);
    QCOMPARE(r->summary.asOf, bars.lastDate());
    QCOMPARE(r->main[QStringLiteral("as_of")].toString(), bars.lastDate().toString(Qt::ISODate));

    // A shorter window setting cuts every tile to it.
    AnalysisSettings s;
    s.tileBars = 20;
    const auto w = analyseSymbol(QStringLiteral("SHORT"), cleanSeries(), s);
    QVERIFY(w.has_value());
    const QJsonObject t = w->main[QStringLiteral("tiles")].toObject();
    QCOMPARE(t[QStringLiteral("candles")].toArray().size(), 20);
    QCOMPARE(t[QStringLiteral("absorption_flow")][QStringLiteral("buy_volume")].toArray().size(), 20);
    QCOMPARE(t[QStringLiteral("moving_averages")][QStringLiteral("dates")].toArray().size(), 20);
}

void TestSymbolAnalysis::scaleBreakWithholdsTheVerdict()
{
    const auto r = analyseSymbol(QStringLiteral("NTPC.NS"), scaledTail());
    QVERIFY(r.has_value());
    const AnalysisSummary& s = r->summary;
    QVERIFY(!s.valid);
    QCOMPARE(s.direction, QStringLiteral("WITHHELD"));
    // The window is at ~3300 and its MA50 starts at ~390 (49 bars of the old scale): far below 3000/2.5.
    const QString errors = s.validationErrors.join(u'\n');
    qInfo("%s", qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("moving_averages ma50")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("bollinger")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("outside the recent range")), qPrintable(errors));
    // The quality grade shows the break too.
    QCOMPARE(s.qualityGrade, QStringLiteral("D"));
    QVERIFY(s.qualityReasons.join(u' ').contains(QStringLiteral("scale mismatch")));

    const QJsonObject verdict = r->main[QStringLiteral("verdict")].toObject();
    QCOMPARE(verdict[QStringLiteral("direction")].toString(), QStringLiteral("WITHHELD"));
    QVERIFY(!verdict[QStringLiteral("computed_direction")].toString().isEmpty());
    QVERIFY(verdict[QStringLiteral("withheld_reason")].toString().contains(QStringLiteral("ma50")));
    const QJsonObject validation = r->main[QStringLiteral("validation")].toObject();
    QCOMPARE(validation[QStringLiteral("valid")].toBool(), false);
    const QJsonArray list = validation[QStringLiteral("errors")].toArray();
    QVERIFY(!list.isEmpty());
    bool ma50 = false;
    for (const QJsonValue& e : list) {
        const QJsonObject o = e.toObject();
        QVERIFY(!o[QStringLiteral("message")].toString().isEmpty());
        if (o[QStringLiteral("tile")] == QStringLiteral("moving_averages")
            && o[QStringLiteral("field")] == QStringLiteral("ma50")) {
            ma50 = true;
            QVERIFY(o[QStringLiteral("value")].toDouble()
                    < validation[QStringLiteral("reference_low")].toDouble() / 2.5);
        }
    }
    QVERIFY(ma50);
}

void TestSymbolAnalysis::scaleBreakInsideTheWindow()
{
    // Only the last 30 bars ×10: every value lies inside the window's (now 0.9P–11P) range, but the
    // candles mix two scales; the jump rule catches it.
    const BarSeries clean = cleanSeries();
    BarSeries broken(clean.ticker());
    for (qsizetype i = 0; i < clean.size(); ++i) {
        Bar b = clean.at(i);
        if (i >= clean.size() - 30) {
            b.open *= 10;
            b.high *= 10;
            b.low *= 10;
            b.close *= 10;
        }
        broken.append(b);
    }
    const auto r = analyseSymbol(QStringLiteral("NTPC.NS"), broken);
    QVERIFY(r.has_value());
    QCOMPARE(r->summary.direction, QStringLiteral("WITHHELD"));
    const QString errors = r->summary.validationErrors.join(u'\n');
    QVERIFY2(errors.contains(QStringLiteral("candles close jumps ×")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("scale break")), qPrintable(errors));
}

void TestSymbolAnalysis::monteCarloAroundTheDeterministicCost()
{
    const auto r = analyseSymbol(QStringLiteral("CLEAN"), cleanSeries());
    QVERIFY(r.has_value());
    const QJsonArray det = r->slippage[QStringLiteral("sizes")].toArray();
    const QJsonArray mc = r->monte[QStringLiteral("sizes")].toArray();
    QCOMPARE(mc.size(), 4);
    QCOMPARE(r->monte[QStringLiteral("simulations")].toInt(), 400);
    for (qsizetype i = 0; i < mc.size(); ++i) {
        const QJsonObject m = mc[i].toObject();
        const double cost = det[i].toObject()[QStringLiteral("cost_bps")].toDouble();
        const double p05 = m[QStringLiteral("p05_bps")].toDouble();
        const double p50 = m[QStringLiteral("p50_bps")].toDouble();
        const double p95 = m[QStringLiteral("p95_bps")].toDouble();
        const double mean = m[QStringLiteral("mean_bps")].toDouble();
        QVERIFY(p05 < p50 && p50 < p95);
        QVERIFY(m[QStringLiteral("std_bps")].toDouble() > 0);
        // Every draw is lognormal with median 1, so the median cost sits near the deterministic cost
        // (within 10 % for 400 draws), the mean above it (the lognormals' means exceed 1).
        QVERIFY2(std::fabs(p50 / cost - 1) < 0.10,
                 qPrintable(QStringLiteral("size %1: p50 %2, cost %3").arg(i).arg(p50).arg(cost)));
        QVERIFY(mean > p50 * 0.98);
        QVERIFY(p05 < cost && cost < p95);
    }
    // The seed is crc32 of the ticker, as the peer's.
    QCOMPARE(r->monte[QStringLiteral("rng_seed")].toInteger(), qint64(crc32(QByteArrayLiteral("CLEAN"))));
}

void TestSymbolAnalysis::reproducibleRunToRun()
{
    const BarSeries bars = cleanSeries();
    const auto a = analyseSymbol(QStringLiteral("ONE.NS"), bars);
    const auto b = analyseSymbol(QStringLiteral("ONE.NS"), bars);
    const auto other = analyseSymbol(QStringLiteral("TWO.NS"), bars);
    QVERIFY(a && b && other);
    QCOMPARE(a->main, b->main);
    QCOMPARE(a->slippage, b->slippage);
    QCOMPARE(a->monte, b->monte);
    // Another ticker seeds another stream: same deterministic figures, different simulations.
    QCOMPARE(a->slippage[QStringLiteral("sizes")], other->slippage[QStringLiteral("sizes")]);
    QVERIFY(a->monte[QStringLiteral("sizes")] != other->monte[QStringLiteral("sizes")]);
}

void TestSymbolAnalysis::tesseraAdditionsInTheJson()
{
    const auto r = analyseSymbol(QStringLiteral("CLEAN"), cleanSeries());
    QVERIFY(r.has_value());
    const QJsonObject tiles = r->main[QStringLiteral("tiles")].toObject();
    QCOMPARE(tiles.size(), 9);
    QCOMPARE(tiles[QStringLiteral("order_book")][QStringLiteral("synthetic")].toBool(), true);
    const QJsonObject fit =
        tiles[QStringLiteral("returns_histogram")][QStringLiteral("normal_fit")].toObject();
    QCOMPARE(fit[QStringLiteral("expected_counts")].toArray().size(), 20);
    QVERIFY(fit[QStringLiteral("sd")].toDouble() > 0);
    QCOMPARE(r->main[QStringLiteral("data_quality")][QStringLiteral("reasons")].toArray().size(), 0);
    QCOMPARE(r->main[QStringLiteral("last_price")].toDouble(), r->summary.lastPrice);
    QCOMPARE(r->main[QStringLiteral("verdict")][QStringLiteral("score")].toDouble(),
             std::round(r->summary.score * 1e6) / 1e6);
}

void TestSymbolAnalysis::noFalseAlarmsOnNifty50()
{
    const QString shared = Test::sharedDir();
    if (shared.isEmpty()) {
        QSKIP("../shared is absent: the NSE Nifty 50 data lives there");
    }
    const QDir dir(shared + QStringLiteral("/data/ohlcv/daily/nse_nifty50_upstox"));
    const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 50);
    // The latest analysis of every symbol, and, to be sure the tolerance is not tuned to one day, the
    // analysis as of every 60th bar of their five years.
    QStringList alarms;
    QMap<QString, int> latest; // "UP A" → symbols, for the log
    int analyses = 0;
    for (const QString& f : files) {
        auto parsed = Fetch::parseBarsCsvFile(dir.filePath(f));
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().message));
        const QString ticker = parsed->symbols.front().ticker;
        const BarSeries bars = parsed->symbols.front().series.adjusted();
        for (qsizetype end = bars.size(); end >= 120; end -= 60) {
            const auto r = analyseSymbol(ticker, end == bars.size() ? bars : bars.slice(0, end));
            QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
            ++analyses;
            if (end == bars.size()) {
                ++latest[r->summary.direction + u' ' + r->summary.qualityGrade];
                if (!r->summary.qualityReasons.isEmpty()) {
                    qInfo("%s: grade %s: %s",
                          qPrintable(ticker),
                          qPrintable(r->summary.qualityGrade),
                          qPrintable(r->summary.qualityReasons.join(QStringLiteral("; "))));
                }
            }
            if (!r->summary.valid) {
                alarms << ticker + u'@' + bars.date(end - 1).toString(Qt::ISODate) + QStringLiteral(": ")
                              + r->summary.validationErrors.join(QStringLiteral("; "));
            }
        }
    }
    qInfo("%d analyses of %lld symbols, %lld validation alarms",
          analyses,
          static_cast<long long>(files.size()),
          static_cast<long long>(alarms.size()));
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        qInfo("latest: %s × %d", qPrintable(it.key()), it.value());
    }
    QVERIFY2(alarms.isEmpty(), qPrintable(alarms.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSymbolAnalysis)
#include "TestSymbolAnalysis.moc"
