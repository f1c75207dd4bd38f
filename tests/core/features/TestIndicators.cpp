#include <cmath>

#include <QtTest>

#include "core/features/FeatureMatrix.h"
#include "core/features/IndicatorFrame.h"
#include "core/features/Microstructure.h"
#include "core/features/Momentum.h"
#include "core/features/Trend.h"
#include "core/features/Volatility.h"
#include "core/features/Volume.h"

#include "tests/core/features/GoldenCsv.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Features;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

/** Element-wise: both NaN, or equal within 1e-12 relative (hand-computed values are exact decimals). */
bool sameSeries(const Series& got, const Series& want, QString* why)
{
    if (got.size() != want.size()) {
        *why = QStringLiteral("%1 values, expected %2").arg(got.size()).arg(want.size());
        return false;
    }
    for (size_t i = 0; i < got.size(); ++i) {
        if (!Test::agrees(got[i], want[i], 1e-12) && std::fabs(got[i] - want[i]) > 1e-12) {
            *why = QStringLiteral("[%1] = %2, expected %3")
                       .arg(i)
                       .arg(got[i], 0, 'g', 17)
                       .arg(want[i], 0, 'g', 17);
            return false;
        }
    }
    return true;
}

#define COMPARE_SERIES(got, ...)                                                                             \
    do {                                                                                                     \
        QString why;                                                                                         \
        QVERIFY2(sameSeries((got), Series(__VA_ARGS__), &why), qPrintable(QStringLiteral(#got ": ") + why)); \
    } while (false)

BarSeries barsFrom(const Series& o, const Series& h, const Series& l, const Series& c, const Series& v)
{
    BarSeries s(QStringLiteral("T"));
    QDate d(2024, 1, 1); // a Monday
    for (size_t i = 0; i < c.size(); ++i) {
        s.append(Bar{d, o[i], h[i], l[i], c[i], c[i], v[i]});
        d = d.addDays(d.dayOfWeek() == 5 ? 3 : 1);
    }
    return s;
}

BarSeries flatBars(int n, double price = 100.0, double volume = 1000.0)
{
    const Series p(static_cast<size_t>(n), price);
    return barsFrom(p, p, p, p, Series(static_cast<size_t>(n), volume));
}

bool allNan(const Series& s)
{
    return std::all_of(s.begin(), s.end(), [](double v) { return std::isnan(v); });
}

} // namespace

/**
 * Hand-checked values for every indicator on short series (small periods so the arithmetic can be
 * followed in the comments), series with gaps, flat and too-short series, and properties on real data.
 */
class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void simpleMovingAverage()
    {
        COMPARE_SERIES(sma({1, 2, 3, 4, 5}, 3), {NaN, NaN, 2, 3, 4});
        // A missing value spoils every window that holds it, then the average resumes.
        COMPARE_SERIES(sma({1, 2, NaN, 4, 5, 6, 7}, 2), {NaN, 3.0 / 2, NaN, NaN, 4.5, 5.5, 6.5});
    }

    void exponentialMovingAverageIsSeededWithTheSma()
    {
        // n = 3: seed (2+4+6)/3 = 4 at the third value; then alpha = 2/(3+1) = 0.5.
        COMPARE_SERIES(ema({2, 4, 6, 8, 12}, 3), {NaN, NaN, 4, 6, 9});
        // Leading NaNs: the seed is the mean of the first n present values, placed at the n-th of them.
        COMPARE_SERIES(ema({NaN, 2, 4, 8}, 2, true), {NaN, NaN, 3, 5.5}); // Wilder: alpha = 1/2
        // A missing value keeps the previous EMA; the next value then weighs (1−a)² against a.
        // (6·0.25 + 0.5·10)/(0.25 + 0.5) = 6.5/0.75.
        COMPARE_SERIES(ema({2, 4, 6, NaN, 10}, 3), {NaN, NaN, 4, 4, (4 * 0.25 + 0.5 * 10) / 0.75});
    }

    void macdInPriceUnits()
    {
        // fast 2, slow 3, signal 2 on a straight line: EMA2 runs 0.5 above EMA3 once both exist.
        const Macd m = macd({1, 2, 3, 4, 5, 6}, 2, 3, 2);
        COMPARE_SERIES(m.macd, {NaN, NaN, 0.5, 0.5, 0.5, 0.5});
        COMPARE_SERIES(m.signal, {NaN, NaN, NaN, 0.5, 0.5, 0.5});
        COMPARE_SERIES(m.histogram, {NaN, NaN, NaN, 0, 0, 0});
    }

    void rsiWilder()
    {
        // n = 2 on 1, 2, 4, 3, 5: up moves 1, 2, 0, 2, down moves 0, 0, 1, 0.
        // Seeds (1+2)/2 = 1.5 and 0 -> RSI 100; then up 0.75, down 0.5 -> 60; then 1.375 / 0.25.
        COMPARE_SERIES(rsi({1, 2, 4, 3, 5}, 2), {NaN, NaN, 100, 60, 100 * 1.375 / 1.625});
    }

    void stochasticAndWilliams()
    {
        const Series h{3, 4, 5, 6, 6}, l{1, 2, 3, 4, 4}, c{2, 3, 5, 4, 5};
        // n = 3: HH/LL 5/1 then 6/2 then 6/3: fast %K 100, 50, 66.67; slow %K = SMA2, slow %D = SMA2 of it.
        const Stochastic s = stochastic(h, l, c, 3, 2, 2);
        COMPARE_SERIES(s.fastK, {NaN, NaN, 100, 50, 100.0 * 2 / 3});
        COMPARE_SERIES(s.slowK, {NaN, NaN, NaN, 75, 100.0 * (0.5 + 2.0 / 3) / 2});
        COMPARE_SERIES(s.slowD, {NaN, NaN, NaN, NaN, 100.0 * (0.75 + (0.5 + 2.0 / 3) / 2) / 2});
        COMPARE_SERIES(williamsR(h, l, c, 3), {NaN, NaN, -0.0, -50, -100.0 * 1 / 3});
        // HH == LL: the middle of the range.
        const Series p(4, 7.0);
        COMPARE_SERIES(stochastic(p, p, p, 3, 2, 2).fastK, {NaN, NaN, 50, 50});
        COMPARE_SERIES(williamsR(p, p, p, 3), {NaN, NaN, -50, -50});
    }

    void commodityChannelIndex()
    {
        // TP = 1, 2, 3, 4 (H = L = C); n = 3: mean 2, mean deviation 2/3 -> (3−2)/(0.015·2/3) = 100.
        const Series tp{1, 2, 3, 4};
        COMPARE_SERIES(cci(tp, tp, tp, 3), {NaN, NaN, 100, 100});
        const Series flat(5, 3.0);
        QVERIFY(allNan(cci(flat, flat, flat, 3))); // mean deviation 0: undefined, as TTR
    }

    void rateOfChangeAndMomentum()
    {
        COMPARE_SERIES(roc({10, 11, 12.1, 10}, 2), {NaN, NaN, 12.1 / 10 - 1, 10.0 / 11 - 1});
        COMPARE_SERIES(momentum({10, 11, 12.1, 10}, 2), {NaN, NaN, 12.1 - 10, -1});
    }

    void trueRangeAtrAndAtrPercent()
    {
        const Series h{10, 12, 11, 13}, l{9, 10, 8, 12}, c{9.5, 11, 10, 12.5};
        const Series tr = trueRange(h, l, c);
        // max(12, 9.5) − min(10, 9.5) = 2.5; max(11, 11) − min(8, 11) = 3; max(13, 10) − min(12, 10) = 3.
        COMPARE_SERIES(tr, {NaN, 2.5, 3, 3});
        const Series a = atr(tr, 2); // seed (2.5+3)/2 at the second TR, then Wilder 1/2
        COMPARE_SERIES(a, {NaN, NaN, 2.75, 2.875});
        COMPARE_SERIES(atrPercent(a, c), {NaN, NaN, 27.5, 100 * 2.875 / 12.5});
    }

    void adxWithWilderSums()
    {
        const Series h{10, 11, 12, 11, 13}, l{9, 9.5, 10, 9, 11}, c{9.5, 10.5, 11.5, 10, 12};
        // +DM 1, 1, 0, 2; −DM 0, 0, 1, 0; TR 1.5, 2, 2.5, 3.
        // wilderSum(n=2)/n seeds at t=2: TR (2 + 1.5/2)/2 = 1.375, +DM 0.75, −DM 0; then halve and add x/2.
        const Adx a = adx(h, l, trueRange(h, l, c), 2);
        COMPARE_SERIES(a.plusDi,
                       {NaN, NaN, 100 * 0.75 / 1.375, 100 * 0.375 / 1.9375, 100 * 1.1875 / 2.46875});
        COMPARE_SERIES(a.minusDi, {NaN, NaN, 0, 100 * 0.5 / 1.9375, 100 * 0.25 / 2.46875});
        COMPARE_SERIES(a.dx, {NaN, NaN, 100, 100.0 / 7, 100 * 0.9375 / 1.4375});
        const double seed = (100 + 100.0 / 7) / 2;
        COMPARE_SERIES(a.adx, {NaN, NaN, NaN, seed, (seed + 100 * 0.9375 / 1.4375) / 2});
    }

    void bollingerPopulationSd()
    {
        const Bollinger b = bollinger({1, 2, 3}, 3, 2.0);
        const double sd = std::sqrt(2.0 / 3); // population: divisor n
        COMPARE_SERIES(b.middle, {NaN, NaN, 2});
        COMPARE_SERIES(b.upper, {NaN, NaN, 2 + 2 * sd});
        COMPARE_SERIES(b.lower, {NaN, NaN, 2 - 2 * sd});
        COMPARE_SERIES(b.pctB, {NaN, NaN, (1 + 2 * sd) / (4 * sd)});
        COMPARE_SERIES(b.width, {NaN, NaN, 4 * sd / 2});
    }

    void volatilities()
    {
        const double e = std::exp(1.0);
        const Series lr = logReturns({1, e, e * e * e});
        COMPARE_SERIES(lr, {NaN, 1, 2});
        COMPARE_SERIES(rollingVolatility(lr, 2), {NaN, NaN, std::sqrt(0.5)}); // sample sd of 1, 2
        COMPARE_SERIES(historicalVolatility(lr, 2), {NaN, NaN, std::sqrt(0.5) * std::sqrt(252.0)});
        // One year: 252 returns alternating ±a (mean 0): sample sd a·√(252/251), annualised × √252.
        Series close{100};
        const double a = 0.01;
        for (int i = 0; i < 252; ++i) {
            close.push_back(close.back() * std::exp(i % 2 ? -a : a));
        }
        const Series hv = historicalVolatility(logReturns(close));
        QVERIFY(allNan(Series(hv.begin(), hv.end() - 1))); // needs 253 closes
        QVERIFY(std::fabs(hv.back() - a * std::sqrt(252.0 / 251) * std::sqrt(252.0)) < 1e-12);
    }

    void volumeIndicators()
    {
        // OBV: +200 (up), 0 (unchanged), −400 (down), +500 (up).
        COMPARE_SERIES(obv({10, 11, 11, 10.5, 12}, {100, 200, 300, 400, 500}), {100, 300, 300, -100, 400});
        // MFI n=2 on TP 10, 11, 10.5, 12 with volumes 100, 100, 200, 100: flows +1100, −2100, +1200.
        const Series tp{10, 11, 10.5, 12};
        COMPARE_SERIES(mfi(tp, tp, tp, {100, 100, 200, 100}, 2),
                       {NaN, NaN, 100 - 100 / (1 + 1100.0 / 2100), 100 - 100 / (1 + 1200.0 / 2100)});
        COMPARE_SERIES(mfi({1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {5, 5, 5}, 2),
                       {NaN, NaN, 100}); // no negative flow
        const Series flat(4, 5.0);
        COMPARE_SERIES(mfi(flat, flat, flat, {1, 1, 1, 1}, 2), {NaN, NaN, 50, 50}); // no flow at all
        // CLV 0.5 and −1; CMF n=2 = (0.5·100 − 1·300)/400; CLV is 0 when H == L.
        COMPARE_SERIES(closeLocationValue({11, 12, 5}, {9, 10, 5}, {10.5, 10, 5}), {0.5, -1, 0});
        COMPARE_SERIES(chaikinMoneyFlow({11, 12}, {9, 10}, {10.5, 10}, {100, 300}, 2), {NaN, -0.625});
        COMPARE_SERIES(vwap({10, 20}, {1, 3}, 2), {NaN, 17.5});
        Series v;
        for (int i = 1; i <= 31; ++i) {
            v.push_back(i);
        }
        const Series avg = averageVolume(v);
        QVERIFY(allNan(Series(avg.begin(), avg.begin() + 29)));
        QCOMPARE(avg[29], 15.5);
        QCOMPARE(avg[30], 16.5);
    }

    void microstructureFeatures()
    {
        // Closes double every day and C·V = 1000: |r|/(C·V) = 1/1000 from the second bar, every range
        // is 10 % of the close, every bar closes above its open.
        Series o, h, l, c, v;
        for (int i = 0; i < 25; ++i) {
            const double close = std::ldexp(1.0, i);
            c.push_back(close);
            o.push_back(close * 0.95);
            h.push_back(close * 1.05);
            l.push_back(close * 0.95);
            v.push_back(1000.0 / close);
        }
        const Microstructure m = microstructure(barsFrom(o, h, l, c, v));
        QVERIFY(std::isnan(m.returns[0]));
        QCOMPARE(m.returns[1], 1.0);
        // Amihud needs 15 present values in its window of 20: the first is at bar 15 (returns start at 1).
        QVERIFY(allNan(Series(m.amihud.begin(), m.amihud.begin() + 15)));
        QVERIFY(std::fabs(m.amihud[15] - 0.001) < 1e-18);
        // Constant signed value: its variance is 0, so Kyle's λ is undefined (not 0, not ∞).
        QVERIFY(allNan(m.kyleLambda));
        QVERIFY(std::fabs(m.hlRatio[3] - 0.1) < 1e-15);
        QCOMPARE(m.fragmentation[19], 1.0);   // today's range equals its 20-bar mean
        QCOMPARE(m.coordinatedFlow[19], 1.0); // every bar is a buy bar
        QVERIFY(std::isnan(m.coordinatedFlow[18]));
        QCOMPARE(m.weekday[0], 0.0); // 2024-01-01 is a Monday
        QCOMPARE(m.weekday[4], 4.0); // Friday
        QCOMPARE(m.weekday[5], 0.0); // next Monday
        QVERIFY(std::isfinite(m.volumeZ[19]));
        QVERIFY(std::fabs(m.volatility[20] - 0.0) < 1e-15); // every log return is ln 2: sd 0
    }

    void flatSeries()
    {
        const IndicatorFrame f = computeIndicators(flatBars(60));
        QCOMPARE(f[Column::Sma20].back(), 100.0);
        QCOMPARE(f[Column::Ema26].back(), 100.0);
        QCOMPARE(f[Column::Macd].back(), 0.0);
        QVERIFY(std::isnan(f[Column::Rsi14].back())); // no move up or down: 0/0, as TTR
        QCOMPARE(f[Column::StochFastK].back(), 50.0);
        QCOMPARE(f[Column::WillR14].back(), -50.0);
        QVERIFY(std::isnan(f[Column::Cci20].back()));
        QCOMPARE(f[Column::Atr14].back(), 0.0);
        QCOMPARE(f[Column::BbUpper].back(), 100.0);
        QCOMPARE(f[Column::BbLower].back(), 100.0);
        QVERIFY(std::isnan(f[Column::BbPctB].back()));
        QCOMPARE(f[Column::BbWidth].back(), 0.0);
        QCOMPARE(f[Column::Obv].back(), 1000.0); // the first volume, then no change
        QCOMPARE(f[Column::Mfi14].back(), 50.0);
        QCOMPARE(f[Column::Cmf20].back(), 0.0);
        QCOMPARE(f[Column::Vol20].back(), 0.0);
        QCOMPARE(f[Column::Roc10].back(), 0.0);
        QCOMPARE(f[Column::Mom10].back(), 0.0);
        QVERIFY(std::isnan(f[Column::Adx14].back())); // no directional movement: DX is 0/0
        QVERIFY(std::isnan(f[Column::VolumeZ20].back()));
    }

    void tooShortInputGivesMissingValuesNeverZero()
    {
        const IndicatorFrame f = computeIndicators(flatBars(10));
        for (Column c : {Column::Sma20,
                         Column::Sma200,
                         Column::Ema12,
                         Column::Ema26,
                         Column::Macd,
                         Column::MacdSignal,
                         Column::Rsi14,
                         Column::Atr14,
                         Column::BbMiddle,
                         Column::Adx14,
                         Column::Hv252,
                         Column::AvgVolume30,
                         Column::Amihud20,
                         Column::StochFastK}) {
            QVERIFY2(allNan(f[c]), columnInfo(c).key);
        }
        QCOMPARE(f[Column::Sma5][4], 100.0);
        // Empty and single-bar input: no crash, right length.
        QCOMPARE(computeIndicators(BarSeries()).size(), 0);
        const IndicatorFrame one = computeIndicators(flatBars(1));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[Column::Obv][0], 1000.0);
        QVERIFY(std::isnan(one[Column::TrueRange][0]));
        QCOMPARE(buildFeatureMatrix(flatBars(1)).completeRows(), 0);
    }

    void seriesWithGaps()
    {
        Series c{10, 11, 12, 13, NaN, 15, 16, 17, 18, 19, 20};
        Series v(c.size(), 100.0);
        v[8] = NaN;
        const BarSeries bars = barsFrom(c, c, c, c, v);
        const IndicatorFrame f = computeIndicators(bars);
        // SMA 5 is missing while the gap is in its window (bars 4..8), defined again at bar 9.
        for (int i = 4; i <= 8; ++i) {
            QVERIFY(std::isnan(f[Column::Sma5][static_cast<size_t>(i)]));
        }
        QCOMPARE(f[Column::Sma5][9], 17.0);
        // EMA 5 carries its value over the gap (seeded at bar 4 with a NaN inside: starts at bar 5).
        QVERIFY(std::isnan(f[Column::Ema5][4]));
        QCOMPARE(f[Column::Ema5][5], 15.0);
        // OBV: a missing close counts as a fall; a missing volume makes the running sum missing.
        QCOMPARE(f[Column::Obv][4], 400.0 - 100.0);
        QVERIFY(std::isnan(f[Column::Obv][8]));
        // Simple returns carry the last close over the gap (0 on the missing day, 15/13 − 1 after).
        QCOMPARE(f[Column::Returns][4], 0.0);
        QCOMPARE(f[Column::Returns][5], 15.0 / 13 - 1);
        QVERIFY(std::isnan(f[Column::LogReturn][5]));
    }

    void propertiesOnRealData()
    {
        const BarSeries s = Test::readGoldenSeries(Test::dataPath(QStringLiteral("golden/CALM.input.csv")));
        QVERIFY(s.size() > 600);
        const IndicatorFrame f = computeIndicators(s);
        for (qsizetype i = 0; i < f.size(); ++i) {
            const double r = f.value(Column::Rsi14, i);
            QVERIFY(std::isnan(r) || (r >= 0 && r <= 100));
            const double atr = f.value(Column::Atr14, i);
            QVERIFY(std::isnan(atr) || atr >= 0);
            const double mfi = f.value(Column::Mfi14, i);
            QVERIFY(std::isnan(mfi) || (mfi >= 0 && mfi <= 100));
            const double k = f.value(Column::StochK, i);
            QVERIFY(std::isnan(k) || (k >= 0 && k <= 100));
            QVERIFY(f.value(Column::BbLower, i) <= f.value(Column::BbUpper, i)
                    || std::isnan(f.value(Column::BbUpper, i)));
        }
        // Bollinger middle is the SMA 20, bit for bit.
        QVERIFY(std::memcmp(f[Column::BbMiddle].data(), f[Column::Sma20].data(), sizeof(double) * s.size())
                == 0);
        // The first defined values sit exactly where the windows fill.
        QCOMPARE(firstValid(f[Column::Sma200]), size_t(199));
        QCOMPARE(firstValid(f[Column::Ema12]), size_t(11));
        QCOMPARE(firstValid(f[Column::Rsi14]), size_t(14));
        QCOMPARE(firstValid(f[Column::Atr14]), size_t(14));
        QCOMPARE(firstValid(f[Column::MacdSignal]), size_t(33));
        QCOMPARE(firstValid(f[Column::Adx14]), size_t(27));
        QCOMPARE(firstValid(f[Column::Hv252]), size_t(252));
    }

    void emaOfAConstantIsTheConstant()
    {
        for (double value : {0.0, 1.0, 7.3, 1234.5678, -2.5}) {
            const Series x(80, value);
            for (int n : {5, 10, 12, 20, 26, 50}) {
                const Series e = ema(x, n);
                for (size_t i = static_cast<size_t>(n) - 1; i < x.size(); ++i) {
                    QCOMPARE(e[i], value);
                }
            }
        }
    }

    void catalogIsComplete()
    {
        const auto catalog = indicatorCatalog();
        QCOMPARE(static_cast<int>(catalog.size()), kColumnCount);
        QSet<QString> keys;
        for (const ColumnInfo& info : catalog) {
            keys.insert(QString::fromLatin1(info.key));
            QCOMPARE(columnByKey(QString::fromLatin1(info.key)), std::optional<Column>(info.column));
        }
        QCOMPARE(keys.size(), kColumnCount);
        QVERIFY(!columnByKey(u"no_such_indicator").has_value());
    }

    void featureSchemaIsStable()
    {
        const FeatureSchema& s = featureSchema();
        QCOMPARE(s.version, 1);
        QCOMPARE(s.columnCount(), 55);
        QCOMPARE(s.names.first(), QStringLiteral("close_sma_5"));
        QCOMPARE(s.names.last(), QStringLiteral("month"));
        // Pinned: a change of names or order must be a deliberate new schema version.
        QCOMPARE(
            s.hash,
            QString::fromLatin1(
                QCryptographicHash::hash(s.names.join(u',').toUtf8(), QCryptographicHash::Sha1).toHex()));
        QCOMPARE(s.hash, QStringLiteral("cbd184961badbcc5870896de67de0ea5a59b9dab"));
    }

    void featureMatrixMarksIncompleteRows()
    {
        const BarSeries s = Test::readGoldenSeries(Test::dataPath(QStringLiteral("golden/CALM.input.csv")));
        const FeatureMatrix m = buildFeatureMatrix(s);
        QCOMPARE(m.rows(), static_cast<int>(s.size()));
        QCOMPARE(m.columns(), 55);
        QCOMPARE(m.schemaHash(), featureSchema().hash);
        QVERIFY(!m.complete(0));
        QVERIFY(!m.complete(198)); // SMA 200 not yet defined
        QVERIFY(m.complete(m.rows() - 1));
        QCOMPARE(m.completeRows(), m.rows() - 199);
        // Row-major: row(r)[c] == at(r, c).
        QCOMPARE(m.row(300)[10], m.at(300, 10));
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "TestIndicators.moc"
