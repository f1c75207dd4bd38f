#include <cmath>

#include <QtTest>

#include "core/config/Parameter.h"
#include "core/tiles/AbsorptionFlow.h"
#include "core/tiles/ActivityHeatmap.h"
#include "core/tiles/DataQuality.h"
#include "core/tiles/MonteCarloSlippage.h"
#include "core/tiles/NumpyCompat.h"
#include "core/tiles/OrderBook.h"
#include "core/tiles/ReturnsHistogram.h"
#include "core/tiles/Slippage.h"
#include "core/tiles/Verdict.h"
#include "core/tiles/VolumeProfile.h"

#include "tests/core/tiles/TileSeries.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Tiles;

/** Hand-checked values of each tile's formula on tiny inputs (the worked numbers are in the comments). */
class TestTileFormulas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }
    void pythonRounding();
    void linspaceAndGeomspace();
    void histogramEdges();
    void percentiles();
    void businessDays();
    void crc32OfTickers();
    void volumeProfileOnThreeBars();
    void valueAreaGrowsTowardsTheLargerNeighbour();
    void absorptionFlowSplitsByCloseLocation();
    void orderBookLevels();
    void heatmapMeansPerWeekdayAndMonth();
    void returnsHistogramWithNormalFit();
    void squareRootCost();
    void verdictComponentsAndThresholds();
    void directionalVerdictHandChecked();
    void directionalVerdictNeverLeansOnTradability();
    void directionalVerdictWithOtherWeights();
    void gradeBoundaries();
    void tesseraQualityChecks();
    void settingsFromText();
};

void TestTileFormulas::pythonRounding()
{
    QCOMPARE(pyRound(2.675, 2), 2.67); // 2.675 is 2.67499999… in binary
    QCOMPARE(pyRound(0.125, 2), 0.12); // exact tie: to even
    QCOMPARE(pyRound(0.375, 2), 0.38); // exact tie: to even
    QCOMPARE(pyRound(2.5, 0), 2.0);
    QCOMPARE(pyRound(-1.5, 0), -2.0);
    QCOMPARE(pyRound(1234.56789, 4), 1234.5679);
    QCOMPARE(pyRound(0.30000000000000004, 6), 0.3);
    QVERIFY(std::isnan(pyRound(std::nan(""), 3)));
}

void TestTileFormulas::linspaceAndGeomspace()
{
    QCOMPARE(linspace(0, 1, 5), (std::vector<double>{0, 0.25, 0.5, 0.75, 1}));
    QCOMPARE(linspace(2, 2, 3), (std::vector<double>{2, 2, 2}));
    const std::vector<double> g = geomspace(0.001, 0.2, 50);
    QCOMPARE(g.size(), std::size_t(50));
    QCOMPARE(g.front(), 0.001);
    QCOMPARE(g.back(), 0.2);
    // ratio (0.2/0.001)^(1/49) = 200^(1/49) = 1.114209…; the peer's second sample is 0.001114
    QCOMPARE(pyRound(g[1], 6), 0.001114);
    QVERIFY(std::fabs(g[25] / g[24] - std::pow(200.0, 1.0 / 49)) < 1e-12);
}

void TestTileFormulas::histogramEdges()
{
    // Edges 0,1,2,3,4; each value in [e_i, e_i+1) except the maximum, which the closed last bin takes.
    const Histogram h = histogram({0, 1, 2, 3, 4}, 4);
    QCOMPARE(h.edges, (std::vector<double>{0, 1, 2, 3, 4}));
    QCOMPARE(h.counts, (std::vector<std::int64_t>{1, 1, 1, 2}));
    // All equal: numpy widens the span to value ± 0.5.
    const Histogram flat = histogram({5, 5}, 2);
    QCOMPARE(flat.edges, (std::vector<double>{4.5, 5, 5.5}));
    QCOMPARE(flat.counts, (std::vector<std::int64_t>{0, 2}));
    // A value exactly on an inner edge goes to the bin starting there.
    const Histogram inner = histogram({0, 0.5, 1}, 2);
    QCOMPARE(inner.counts, (std::vector<std::int64_t>{1, 2}));
}

void TestTileFormulas::percentiles()
{
    const std::vector<double> v{1, 2, 3, 4};
    QCOMPARE(percentileLinear(v, 50), 2.5);  // virtual index 1.5
    QCOMPARE(percentileLinear(v, 5), 1.15);  // 0.15 → 1 + 0.15·1
    QCOMPARE(percentileLinear(v, 95), 3.85); // 2.85
    QCOMPARE(percentileLinear(v, 100), 4.0);
    QCOMPARE(percentileLinear({7}, 95), 7.0);
    // Selection gives the same values on unsorted input.
    for (double q : {0.0, 5.0, 37.5, 50.0, 95.0, 100.0}) {
        std::vector<double> shuffled{4, 1, 3, 2, 2.5, 0.5, 9};
        std::vector<double> sorted = shuffled;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(percentileLinearUnsorted(shuffled, q), percentileLinear(sorted, q));
    }
}

void TestTileFormulas::businessDays()
{
    const qint64 monday = QDate(2024, 1, 1).toJulianDay();
    QCOMPARE(businessDayCount(monday, monday + 7), std::int64_t(5));
    QCOMPARE(businessDayCount(monday + 4, monday + 7), std::int64_t(1)); // Fri → Mon: Friday only
    QCOMPARE(businessDayCount(monday + 5, monday + 7), std::int64_t(0)); // the weekend
    QCOMPARE(businessDayCount(monday, monday + 30), std::int64_t(22));
    QCOMPARE(businessDayCount(monday, monday), std::int64_t(0));
}

void TestTileFormulas::crc32OfTickers()
{
    QCOMPARE(crc32(QByteArrayLiteral("123456789")), 0xCBF43926U);  // the CRC-32 check value
    QCOMPARE(crc32(QByteArrayLiteral("SYN0001.NS")), 3098279517U); // the peer's rng_seed for it
}

void TestTileFormulas::volumeProfileOnThreeBars()
{
    // Bars [10,12]×100, [11,13]×200, flat 12.5×50; span [10,13], 3 buckets of 1:
    //   bar 1 → 50, 50, 0; bar 2 → 0, 100, 100; the flat bar → bucket of 12.5 (the last) → 50.
    //   profile 50, 150, 150; POC = first maximum = bucket 1 (mid 11.5); total 350, target 245;
    //   grows up (150 ≥ 50) → 300 ≥ 245: value area [11, 13], share 300/350.
    const std::vector<double> high{12, 13, 12.5}, low{10, 11, 12.5}, close{11, 12, 12.5},
        volume{100, 200, 50};
    const VolumeProfile p = volumeProfile(high, low, close, volume, 0, 3, 3, 0.70);
    QCOMPARE(p.edges, (std::vector<double>{10, 11, 12, 13}));
    QCOMPARE(p.volumes, (std::vector<double>{50, 150, 150}));
    QCOMPARE(p.poc, std::size_t(1));
    QCOMPARE(p.pocPrice(), 11.5);
    QCOMPARE(p.valueAreaLow(), 11.0);
    QCOMPARE(p.valueAreaHigh(), 13.0);
    QCOMPARE(p.areaVolumeShare, 300.0 / 350.0);

    // A flat bar at the very top of the span is clipped into the last bucket; one flat bar alone
    // widens the span to [low, low + 0.01].
    const VolumeProfile top = volumeProfile({12, 13}, {10, 13}, {11, 13}, {100, 40}, 0, 2, 3, 0.7);
    QCOMPARE(top.volumes.back(), 40.0);
    const VolumeProfile single = volumeProfile({5}, {5}, {5}, {10}, 0, 1, 2, 0.7);
    QCOMPARE(single.edges.front(), 5.0);
    QCOMPARE(single.edges.back(), 5.01);
    QCOMPARE(single.volumes, (std::vector<double>{10, 0}));
}

void TestTileFormulas::valueAreaGrowsTowardsTheLargerNeighbour()
{
    // One bar per bucket [i, i+1]: profile 10, 30, 40, 5, 15 (total 100). POC = bucket 2.
    // 70 %: 40 → down (30 > 5) → 70, reached: [1, 3]. 90 %: then down (10 > 5) → 80, then up (the
    // lower side is exhausted: −1) 5 → 85, then 15 → 100: [0, 5].
    const std::vector<double> low{0, 1, 2, 3, 4}, high{1, 2, 3, 4, 5}, close{0.5, 1.5, 2.5, 3.5, 4.5},
        volume{10, 30, 40, 5, 15};
    const VolumeProfile p70 = volumeProfile(high, low, close, volume, 0, 5, 5, 0.70);
    QCOMPARE(p70.poc, std::size_t(2));
    QCOMPARE(p70.valueAreaLow(), 1.0);
    QCOMPARE(p70.valueAreaHigh(), 3.0);
    QCOMPARE(p70.areaVolumeShare, 0.7);
    const VolumeProfile p90 = volumeProfile(high, low, close, volume, 0, 5, 5, 0.90);
    QCOMPARE(p90.valueAreaLow(), 0.0);
    QCOMPARE(p90.valueAreaHigh(), 5.0);
    QCOMPARE(p90.areaVolumeShare, 1.0);
    // Equal neighbours: upwards first.
    const VolumeProfile tie =
        volumeProfile({1, 2, 3}, {0, 1, 2}, {0.5, 1.5, 2.5}, {20, 50, 20}, 0, 3, 3, 0.6);
    QCOMPARE(tie.areaLow, std::size_t(1));
    QCOMPARE(tie.areaHigh, std::size_t(2));
}

void TestTileFormulas::absorptionFlowSplitsByCloseLocation()
{
    // CLV: (9.5−8 − (10−9.5))/2 = 0.5 → 75/25; flat bar → 0 → 20/20; close at the high → 1 → 60/0.
    // Imbalance (155 − 45) / 200 = 0.55.
    const std::vector<double> volume{100, 40, 60}, clv{0.5, 0.0, 1.0};
    const AbsorptionFlow f = absorptionFlow(volume, clv, 0, 3);
    QCOMPARE(f.buy, (std::vector<double>{75, 20, 60}));
    QCOMPARE(f.sell, (std::vector<double>{25, 20, 0}));
    QCOMPARE(f.buyTotal, 155.0);
    QCOMPARE(f.sellTotal, 45.0);
    QCOMPARE(f.imbalance, 0.55);
    // No volume at all: divided by 1, not 0.
    QCOMPARE(absorptionFlow({0, 0}, {1, -1}, 0, 2).imbalance, 0.0);
}

void TestTileFormulas::orderBookLevels()
{
    // mid 100, spread 1 %: level i at 100·(1 ∓ 0.005 ∓ 0.005·i); depth 0.2 % of 10 000 = 20 growing
    // 25 % a level; tilt 0.5 → bids ×1.1, asks ×0.9.
    const OrderBook b = syntheticOrderBook(100, 0.01, 10000, 0.5);
    QCOMPARE(b.spreadBps, 100.0);
    QCOMPARE(b.bids.size(), std::size_t(10));
    QCOMPARE(b.bids[0].price, 99.5);
    QCOMPARE(b.asks[0].price, 100.5);
    QCOMPARE(pyRound(b.bids[1].price, 9), 99.0);
    QCOMPARE(pyRound(b.bids[9].price, 9), 95.0);
    QCOMPARE(pyRound(b.asks[9].price, 9), 105.0);
    QCOMPARE(pyRound(b.bids[0].size, 9), 22.0);
    QCOMPARE(pyRound(b.asks[0].size, 9), 18.0);
    QCOMPARE(pyRound(b.bids[9].size, 9), 71.5); // 20 · 3.25 · 1.1
    QCOMPARE(pyRound(b.asks[9].size, 9), 58.5);
}

void TestTileFormulas::heatmapMeansPerWeekdayAndMonth()
{
    // Mon 1 Jan 2024 (100), Mon 8 Jan (300), Tue 2 Jan (50), Sat 6 Jan (dropped), Mon 5 Feb (70).
    const auto jd = [](int m, int d) {
        return QDate(2024, m, d).toJulianDay();
    };
    const std::vector<qint64> days{jd(1, 1), jd(1, 2), jd(1, 6), jd(1, 8), jd(2, 5)};
    const std::vector<double> volume{100, 50, 999, 300, 70};
    const ActivityHeatmap h = activityHeatmap(days, volume, 0, days.size());
    QCOMPARE(h.meanVolume[0][0], 200.0);
    QCOMPARE(h.meanVolume[1][0], 50.0);
    QCOMPARE(h.meanVolume[0][1], 70.0);
    QVERIFY(std::isnan(h.meanVolume[4][0]));
}

void TestTileFormulas::returnsHistogramWithNormalFit()
{
    // Returns −0.02, 0, 0.02 (and a missing one): edges −0.02 … 0.02 in 20 bins of 0.002; counts in the
    // first, the middle (0 is edge 10) and the last bin. Fit: mean 0, sd √(0.0008/3) = 0.016330.
    const double nan = std::nan("");
    const ReturnsHistogram h = returnsHistogram({nan, -0.02, 0.0, 0.02}, 0, 4);
    QCOMPARE(h.counts.size(), std::size_t(20));
    QCOMPARE(h.counts[0], std::int64_t(1));
    QCOMPARE(h.counts[10], std::int64_t(1));
    QCOMPARE(h.counts[19], std::int64_t(1));
    QCOMPARE(h.edges.front(), -0.02);
    QCOMPARE(h.edges.back(), 0.02);
    QVERIFY(std::fabs(h.mean) < 1e-18);
    QVERIFY(std::fabs(h.sd - std::sqrt(0.0008 / 3)) < 1e-15);
    // Expected counts sum to n · P(−0.02 ≤ X ≤ 0.02) = 3 · (2Φ(1.2247) − 1) = 3 · 0.77933 = 2.338.
    double expected = 0;
    for (double e : h.expectedCounts) {
        expected += e;
    }
    QVERIFY(std::fabs(expected - 3 * std::erf(0.02 / h.sd / std::sqrt(2.0))) < 1e-12);
    QVERIFY(std::fabs(expected - 2.338) < 1e-3);
    // No returns: zeros, as the peer writes.
    const ReturnsHistogram empty = returnsHistogram({nan}, 0, 1);
    QCOMPARE(empty.counts, std::vector<std::int64_t>(20, 0));
    QCOMPARE(empty.edges, std::vector<double>(21, 0.0));
}

void TestTileFormulas::squareRootCost()
{
    // price 50, ADV 10 000, vol 2 %, spread 0.2 %: 1e5 → Q = 2000, participation 0.2;
    // half spread 10 bps; impact 10⁴·0.1·0.02·√0.2 = 20·0.447214 = 8.94427 bps.
    const SlippageModel m{50, 10000, 0.02, 0.002, 0.1};
    const SlippageCost c = m.cost(1e5);
    QCOMPARE(c.shares, 2000.0);
    QCOMPARE(c.participation, 0.2);
    QCOMPARE(c.halfSpreadBps, 10.0);
    QCOMPARE(pyRound(c.impactBps, 5), 8.94427);
    QCOMPARE(pyRound(c.costBps, 5), 18.94427);
    QCOMPARE(pyRound(c.costValue(), 4), 189.4427);
    const std::vector<SlippageCost> samples = slippageSamples(m);
    QCOMPARE(samples.size(), std::size_t(50));
    QCOMPARE(samples.front().notional, 0.001 * 10000 * 50);
    QCOMPARE(samples.back().participation, 0.2);
    QVERIFY(samples.back().costBps > samples.front().costBps);

    // Monte Carlo with no simulations: missing statistics, not a crash.
    const std::vector<MonteCarloStats> none = monteCarloSlippage(m, {1e5}, 0, 1);
    QCOMPARE(none.size(), std::size_t(1));
    QVERIFY(std::isnan(none.front().p50));
}

void TestTileFormulas::verdictComponentsAndThresholds()
{
    // momentum: ret20 = 0.5 · 2·vol·√20 → 0.5; flow (0.2 + 0)/2 = 0.1; liquidity: today 2 among {3, 1, 2},
    // one below → 1 − 2/3; cost 25 bps → 0. Seed score .45·.5 + .25·.1 + .15/3 + 0 = 0.3 → UP.
    AnalysisSettings s;
    s.verdictFormula = VerdictFormula::Seed;
    VerdictInputs in;
    in.vol = 0.01;
    in.ret20 = 0.5 * 2 * 0.01 * std::sqrt(20.0);
    in.flowTilt = 0.2;
    in.imbalance = 0;
    in.amihudTail = {3, 1, 2};
    in.costBps = 25;
    Verdict v = verdict(in, s);
    QCOMPARE(v.momentum, 0.5);
    QCOMPARE(v.flow, 0.1);
    QCOMPARE(v.liquidity, 1 - 2.0 / 3);
    QCOMPARE(v.cost, 0.0);
    QVERIFY(std::fabs(v.score - 0.3) < 1e-15);
    QCOMPARE(v.direction, QStringLiteral("UP"));
    QCOMPARE(v.confidence, v.score);

    // The thresholds are strict: a score equal to one is NEUTRAL.
    s.upThreshold = v.score;
    QCOMPARE(verdict(in, s).direction, QStringLiteral("NEUTRAL"));
    s.upThreshold = std::nextafter(v.score, 0.0);
    QCOMPARE(verdict(in, s).direction, QStringLiteral("UP"));
    s = AnalysisSettings{};
    s.verdictFormula = VerdictFormula::Seed;
    in.ret20 = -in.ret20;
    in.flowTilt = -0.2;
    in.amihudTail = {1, 3, 2}; // one below today's 2: same liquidity
    in.costBps = 25;
    v = verdict(in, s);
    QVERIFY(std::fabs(v.score - (-0.225 - 0.025 + 0.05)) < 1e-15); // −0.2 < −0.15
    QCOMPARE(v.direction, QStringLiteral("DOWN"));
    s.downThreshold = v.score;
    QCOMPARE(verdict(in, s).direction, QStringLiteral("NEUTRAL"));

    // Clipping and degenerate inputs: a huge return → momentum 1; vol 0 → 0; 60 bps → cost −1.
    in.ret20 = 5;
    in.costBps = 60;
    QCOMPARE(verdict(in, s).momentum, 1.0);
    QCOMPARE(verdict(in, s).cost, -1.0);
    in.vol = 0;
    QCOMPARE(verdict(in, s).momentum, 0.0);
    in.amihudTail.clear();
    QCOMPARE(verdict(in, s).liquidity, 0.0);
}

namespace {

bool near(double a, double b)
{
    return std::fabs(a - b) < 1e-12;
}

AnalysisSettings formula(VerdictFormula f)
{
    AnalysisSettings s;
    s.verdictFormula = f;
    return s;
}

} // namespace

void TestTileFormulas::directionalVerdictHandChecked()
{
    const AnalysisSettings directional;
    QCOMPARE(directional.verdictFormula, VerdictFormula::Directional); // the default
    const AnalysisSettings seed = formula(VerdictFormula::Seed);

    // The inputs of verdictComponentsAndThresholds: momentum 0.5, flow 0.1, liquidity 1/3, cost 0.
    // d = .45·.5 + .25·.1 = 0.25; t = max(0, (1/3 + 0)/2) = 1/6; k = 0.30/0.70 = 3/7;
    // score = 0.25·(1 + 3/7 · 1/6) = 0.25·15/14 = 0.267857… → UP (the seed's sum gave 0.3).
    VerdictInputs in;
    in.vol = 0.01;
    in.ret20 = 0.5 * 2 * 0.01 * std::sqrt(20.0);
    in.flowTilt = 0.2;
    in.amihudTail = {3, 1, 2};
    in.costBps = 25;
    Verdict v = verdict(in, directional);
    QCOMPARE(v.formula, VerdictFormula::Directional);
    QVERIFY(near(v.directionPart, 0.25));
    QVERIFY(near(v.tradability, 1.0 / 6));
    QCOMPARE(v.strengthening, 0.30 / 0.70); // bit for bit the peer's factor
    QVERIFY(near(v.score, 0.25 * 15 / 14));
    QCOMPARE(v.direction, QStringLiteral("UP"));
    QCOMPARE(v.confidence, v.score);
    QVERIFY(near(verdict(in, seed).score, 0.3));

    // The case of issue 18: momentum and flow both −0.2, the most liquid day and free to trade
    // (liquidity +1, cost +1). Seed: −.09 − .05 + .15 + .15 = +0.16 → UP against the market.
    // Directional: d = −0.14, t = 1, score = −0.14·(1 + 3/7) = −0.2 → DOWN.
    v = combineVerdict(-0.2, -0.2, 1, 1, seed);
    QVERIFY(near(v.score, 0.16));
    QCOMPARE(v.direction, QStringLiteral("UP"));
    v = combineVerdict(-0.2, -0.2, 1, 1, directional);
    QVERIFY(near(v.directionPart, -0.14));
    QCOMPARE(v.tradability, 1.0);
    QVERIFY(near(v.score, -0.2));
    QCOMPARE(v.direction, QStringLiteral("DOWN"));
    QVERIFY(near(v.confidence, 0.2));
    // The same through verdict(): ret20 for momentum −0.2, tilt −0.4 for flow −0.2, today's Amihud the
    // lowest of the year (liquidity +1), 0 bps (cost +1).
    in.ret20 = -0.2 * 2 * 0.01 * std::sqrt(20.0);
    in.flowTilt = -0.4;
    in.amihudTail = {3, 2, 1};
    in.costBps = 0;
    v = verdict(in, directional);
    QVERIFY(near(v.momentum, -0.2));
    QCOMPARE(v.liquidity, 1.0);
    QCOMPARE(v.cost, 1.0);
    QVERIFY(near(v.score, -0.2));
    QCOMPARE(v.direction, QStringLiteral("DOWN"));
    QCOMPARE(verdict(in, seed).direction, QStringLiteral("UP"));

    // A zero direction part gives a zero score whatever the tradability: .45·.25 = .25·.45 exactly.
    v = combineVerdict(0.25, -0.45, 1, 1, directional);
    QCOMPARE(v.directionPart, 0.0);
    QCOMPARE(v.score, 0.0);
    QCOMPARE(v.direction, QStringLiteral("NEUTRAL"));
    QCOMPARE(combineVerdict(0, 0, 1, 1, directional).score, 0.0);
    // The seed's lean: no signal at all, yet UP.
    QVERIFY(near(combineVerdict(0, 0, 1, 1, seed).score, 0.3));
    QCOMPARE(combineVerdict(0, 0, 1, 1, seed).direction, QStringLiteral("UP"));

    // Poor tradability cannot weaken a signal: t is clipped at 0, the score is d.
    v = combineVerdict(0.6, 0.2, -1, -0.5, directional);
    QCOMPARE(v.tradability, 0.0);
    QCOMPARE(v.score, v.directionPart);
    QVERIFY(near(v.score, 0.32));
    // The extremes stay on the −1…+1 scale: 0.7·(1 + 3/7) = 1.
    QVERIFY(near(combineVerdict(1, 1, 1, 1, directional).score, 1.0));
    QVERIFY(near(combineVerdict(-1, -1, 1, 1, directional).score, -1.0));
    QVERIFY(near(combineVerdict(-1, -1, -1, -1, directional).score, -0.7));
}

void TestTileFormulas::directionalVerdictNeverLeansOnTradability()
{
    // Over a grid of components: the score has d's sign, |d| ≤ |score| ≤ |d|·(1 + 3/7), falling
    // momentum and flow are never UP and rising ones never DOWN, whatever liquidity and cost say.
    const AnalysisSettings s;
    int seedUpAgainstTheMarket = 0;
    for (int mi = -10; mi <= 10; ++mi) {
        for (int fi = -10; fi <= 10; ++fi) {
            for (int li = -4; li <= 4; ++li) {
                for (int ci = -4; ci <= 4; ++ci) {
                    const double m = mi / 10.0;
                    const double f = fi / 10.0;
                    const double l = li / 4.0;
                    const double c = ci / 4.0;
                    const Verdict v = combineVerdict(m, f, l, c, s);
                    const double d = v.directionPart;
                    QVERIFY(d == 0 ? v.score == 0 : (v.score > 0) == (d > 0));
                    QVERIFY(std::fabs(v.score) >= std::fabs(d) - 1e-15);
                    QVERIFY(std::fabs(v.score) <= std::fabs(d) * (1 + 3.0 / 7) + 1e-15);
                    QVERIFY(std::fabs(v.score) <= 1 + 1e-15);
                    if (m <= 0 && f <= 0) {
                        QVERIFY2(
                            v.direction != QStringLiteral("UP"),
                            qPrintable(QStringLiteral("m %1 f %2 l %3 c %4").arg(m).arg(f).arg(l).arg(c)));
                        seedUpAgainstTheMarket +=
                            combineVerdict(m, f, l, c, formula(VerdictFormula::Seed)).direction
                            == QStringLiteral("UP");
                    }
                    if (m >= 0 && f >= 0) {
                        QVERIFY(v.direction != QStringLiteral("DOWN"));
                    }
                }
            }
        }
    }
    QVERIFY(seedUpAgainstTheMarket > 0); // what the directional formula fixes
}

void TestTileFormulas::directionalVerdictWithOtherWeights()
{
    // wM .5, wF .3, wL .15, wC .05: k = (.15 + .05)/(.5 + .3) = 0.25; t weighs liquidity 3:1 against cost.
    // momentum .4, flow .2, liquidity .6, cost −.2: d = .2 + .06 = 0.26; t = .75·.6 − .25·.2 = 0.4;
    // score = 0.26·(1 + .25·.4) = 0.286 → UP. Seed: .2 + .06 + .09 − .01 = 0.34.
    AnalysisSettings s;
    s.weightMomentum = 0.5;
    s.weightFlow = 0.3;
    s.weightLiquidity = 0.15;
    s.weightCost = 0.05;
    Verdict v = combineVerdict(0.4, 0.2, 0.6, -0.2, s);
    QVERIFY(near(v.strengthening, 0.25));
    QVERIFY(near(v.directionPart, 0.26));
    QVERIFY(near(v.tradability, 0.4));
    QVERIFY(near(v.score, 0.286));
    QCOMPARE(v.direction, QStringLiteral("UP"));
    s.verdictFormula = VerdictFormula::Seed;
    QVERIFY(near(combineVerdict(0.4, 0.2, 0.6, -0.2, s).score, 0.34));

    // No tradability weight: nothing strengthens, the score is d. No direction weight: always 0.
    s = AnalysisSettings{};
    s.weightLiquidity = 0;
    s.weightCost = 0;
    v = combineVerdict(0.4, 0.2, 1, 1, s);
    QCOMPARE(v.strengthening, 0.0);
    QCOMPARE(v.tradability, 0.0);
    QVERIFY(near(v.score, 0.23));
    s = AnalysisSettings{};
    s.weightMomentum = 0;
    s.weightFlow = 0;
    v = combineVerdict(1, 1, 1, 1, s);
    QCOMPARE(v.score, 0.0);
    QCOMPARE(v.direction, QStringLiteral("NEUTRAL"));
}

void TestTileFormulas::gradeBoundaries()
{
    const AnalysisSettings s;
    const auto gradeOf = [&s](const BarSeries& b) {
        return dataQuality(b, static_cast<std::size_t>(std::max<qsizetype>(b.size() - 60, 0)), s);
    };
    const auto series = [](int n) {
        return Test::businessDaySeries(n, [](int i) { return Test::wave(i); });
    };
    QCOMPARE(gradeOf(series(250)).grade, QStringLiteral("A"));
    QVERIFY(gradeOf(series(250)).reasons.isEmpty());
    QCOMPARE(gradeOf(series(249)).grade, QStringLiteral("B"));
    QVERIFY(gradeOf(series(249)).reasons.first().contains(QStringLiteral("249 bars")));
    QCOMPARE(gradeOf(series(120)).grade, QStringLiteral("B"));
    QCOMPARE(gradeOf(series(119)).grade, QStringLiteral("C"));
    QCOMPARE(gradeOf(series(60)).grade, QStringLiteral("C"));
    QCOMPARE(gradeOf(series(59)).grade, QStringLiteral("D"));

    // Missing business days: 300 bars, k dropped inside → missing share k/(300 − k).
    const auto withGaps = [](int dropped) {
        const BarSeries full = Test::businessDaySeries(300, [](int i) { return Test::wave(i); });
        BarSeries out(full.ticker());
        for (qsizetype i = 0; i < full.size(); ++i) {
            if (i < 10 || i >= 10 + dropped) {
                out.append(full.at(i));
            }
        }
        return out;
    };
    const DataQuality two = gradeOf(withGaps(2)); // 2/298 = 0.67 % → A
    QCOMPARE(two.missingBusinessDays, qint64(2));
    QCOMPARE(two.grade, QStringLiteral("A"));
    const DataQuality three = gradeOf(withGaps(3)); // 3/297 = 1.01 % → B
    QCOMPARE(three.grade, QStringLiteral("B"));
    QVERIFY(three.reasons.first().contains(QStringLiteral("3 missing business days")));
    QCOMPARE(gradeOf(withGaps(9)).grade, QStringLiteral("C")); // 9/291 = 3.1 %

    // An exchange calendar: its holidays are not missing days (3 dropped days declared holidays → A).
    AnalysisSettings withCalendar;
    const BarSeries gaps = withGaps(3);
    for (qsizetype i = 10; i < 13; ++i) {
        withCalendar.calendar.addHoliday(
            {Test::businessDaySeries(300, [](int k) { return Test::wave(k); }).date(i), {}});
    }
    const DataQuality holidays = dataQuality(gaps, 237, withCalendar);
    QCOMPARE(holidays.missingBusinessDays, qint64(0));
    QCOMPARE(holidays.grade, QStringLiteral("A"));

    // Zero-volume days: 3 of 300 = 1 % → B (the rule is "< 1 %" for A).
    const BarSeries zeros = Test::businessDaySeries(
        300, [](int i) { return Test::wave(i); }, [](int i) { return i % 100 == 7 ? 0.0 : 1e3; });
    const DataQuality z = gradeOf(zeros);
    QCOMPARE(z.zeroVolumeDays, qint64(3));
    QCOMPARE(z.grade, QStringLiteral("B"));
}

void TestTileFormulas::tesseraQualityChecks()
{
    AnalysisSettings s;
    // A ×10 scale break in the last 60 bars: median ratio 10 → scale mismatch → D (the peer says A), and
    // the jump itself is a suspect tick.
    const BarSeries broken =
        Test::businessDaySeries(300, [](int i) { return Test::wave(i) * (i >= 240 ? 10.0 : 1.0); });
    const DataQuality q = dataQuality(broken, 240, s);
    QCOMPARE(q.peerGrade, QStringLiteral("A"));
    QCOMPARE(q.grade, QStringLiteral("D"));
    QVERIFY(std::fabs(q.scaleRatio - 10) < 0.5);
    QCOMPARE(q.suspectTicks, qint64(1));
    QVERIFY(q.reasons.join(u' ').contains(QStringLiteral("scale mismatch")));

    // Stale: a reference date two weeks after the last bar is 10 business days later → C.
    const BarSeries clean = Test::businessDaySeries(300, [](int i) { return Test::wave(i); });
    QCOMPARE(dataQuality(clean, 240, s).grade, QStringLiteral("A"));
    s.referenceDate = clean.lastDate().addDays(14); // two full weeks later: 10 business days
    const DataQuality stale = dataQuality(clean, 240, s);
    QCOMPARE(stale.staleBusinessDays, qint64(10));
    QCOMPARE(stale.grade, QStringLiteral("C"));
    s.referenceDate = clean.lastDate().addDays(7);
    QCOMPARE(dataQuality(clean, 240, s).grade, QStringLiteral("A")); // 5 business days: not stale
}

void TestTileFormulas::settingsFromText()
{
    auto d = analysisSettings({});
    QVERIFY(d.has_value());
    QCOMPARE(d->tileBars, 60);
    QCOMPARE(d->notionals[3], 1e8);
    QCOMPARE(d->monteCarloSimulations, 400);
    QCOMPARE(d->weightMomentum, 0.45);

    auto custom =
        analysisSettings({{QStringLiteral("pipeline/notionals"), QStringLiteral("5e4, 5e5,5e6,5e7")},
                          {QStringLiteral("pipeline/tileBars"), QStringLiteral("90")}});
    QVERIFY(custom.has_value());
    QCOMPARE(custom->notionals[0], 5e4);
    QCOMPARE(custom->notionals[3], 5e7);
    QCOMPARE(custom->tileBars, 90);

    auto three = analysisSettings({{QStringLiteral("pipeline/notionals"), QStringLiteral("1,2,3")}});
    QVERIFY(!three.has_value());
    QVERIFY(three.error().message.contains(QStringLiteral("pipeline/notionals")));
    auto bad = analysisSettings({{QStringLiteral("pipeline/tileBars"), QStringLiteral("abc")}});
    QVERIFY(!bad.has_value());
    QVERIFY(bad.error().message.contains(QStringLiteral("pipeline/tileBars")));
    auto heavy = analysisSettings({{QStringLiteral("pipeline/weightMomentum"), QStringLiteral("0.9")}});
    QVERIFY(!heavy.has_value());
    QVERIFY(heavy.error().message.contains(QStringLiteral("sum")));
    // The list type checks every item against the range.
    for (const char* text : {"1e5,abc,1e7,1e8", "0,1e6,1e7,1e8", "1e5,,1e7,1e8"}) {
        auto wrong = analysisSettings({{QStringLiteral("pipeline/notionals"), QString::fromLatin1(text)}});
        QVERIFY2(!wrong.has_value(), text);
        QVERIFY(wrong.error().message.contains(QStringLiteral("comma-separated numbers from 1 to")));
    }
    for (const Config::Parameter& p : pipelineParameters()) {
        QVERIFY2(Config::validate(p, p.defaultValue).has_value(), qPrintable(p.key));
    }

    // The verdict formula: directional by default; any spelling of a declared name; nothing else.
    const QString formulaKey = QStringLiteral("pipeline/verdictFormula");
    QCOMPARE(d->verdictFormula, VerdictFormula::Directional);
    QCOMPARE(verdictFormulaName(d->verdictFormula), QStringLiteral("directional"));
    QCOMPARE(analysisSettings({{formulaKey, QStringLiteral("seed")}})->verdictFormula, VerdictFormula::Seed);
    QCOMPARE(analysisSettings({{formulaKey, QStringLiteral(" Seed ")}})->verdictFormula,
             VerdictFormula::Seed);
    QCOMPARE(analysisSettings({{formulaKey, QStringLiteral("DIRECTIONAL")}})->verdictFormula,
             VerdictFormula::Directional);
    QCOMPARE(analysisSettings({{formulaKey, QString()}})->verdictFormula, VerdictFormula::Directional);
    for (const char* text : {"linear", "seeds", "0", "directional,seed"}) {
        auto unknown = analysisSettings({{formulaKey, QString::fromLatin1(text)}});
        QVERIFY2(!unknown.has_value(), text);
        QVERIFY2(unknown.error().message.contains(formulaKey), qPrintable(unknown.error().message));
        QVERIFY2(unknown.error().message.contains(QStringLiteral("one of: directional, seed")),
                 qPrintable(unknown.error().message));
        QVERIFY2(unknown.error().message.contains(QString::fromLatin1(text)),
                 qPrintable(unknown.error().message));
    }
    const Config::Parameter* formulaParameter = Config::findParameter(pipelineParameters(), formulaKey);
    QVERIFY(formulaParameter);
    QCOMPARE(formulaParameter->type, Config::ParameterType::Choice);
    QCOMPARE(formulaParameter->defaultValue, QStringLiteral("directional"));
    QCOMPARE(Config::validate(*formulaParameter, QStringLiteral("sEeD")).value(), QStringLiteral("seed"));
    // The weights' sum is checked in either formula.
    auto heavySeed = analysisSettings({{formulaKey, QStringLiteral("seed")},
                                       {QStringLiteral("pipeline/weightFlow"), QStringLiteral("0.5")}});
    QVERIFY(!heavySeed.has_value());
}

QTEST_GUILESS_MAIN(TestTileFormulas)
#include "TestTileFormulas.moc"
