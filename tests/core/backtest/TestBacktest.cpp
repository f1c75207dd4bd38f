#include <cmath>
#include <random>

#include <QtTest>

#include "core/backtest/Backtest.h"
#include "core/screens/FieldCatalog.h"
#include "core/store/IsoDate.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Backtest;
using Test::must;

namespace {

constexpr qint64 kDay0 = 2460000; // a Julian day; the calendar is whatever days the bars have

/** A symbol whose bars are flat (open = high = low = close) at the given closes, from day0 + first. */
SymbolHistory flat(const QString& ticker,
                   const std::vector<double>& closes,
                   int first = -1,
                   const std::vector<int>& skip = {})
{
    SymbolHistory s;
    s.ticker = ticker;
    s.symbolId = ticker.at(0).unicode();
    for (size_t i = 0; i < closes.size(); ++i) {
        const int offset = first + static_cast<int>(i);
        if (std::find(skip.begin(), skip.end(), offset) != skip.end()) {
            continue;
        }
        const double c = closes[i];
        s.days.push_back(kDay0 + offset);
        s.bars.push_back({c, c, c, c, c, 1e9});
    }
    return s;
}

Screens::CompiledScreen compile(const QString& expression, const QString& ranking)
{
    Screens::ScreenDefinition d;
    d.name = QStringLiteral("test");
    d.expression = expression;
    d.ranking = ranking;
    return must(Screens::compile(d));
}

BacktestSettings settings(int days, int top, int hold, int rebalance)
{
    BacktestSettings s;
    s.from = QDate::fromJulianDay(kDay0);
    s.to = QDate::fromJulianDay(kDay0 + days - 1);
    s.top = top;
    s.hold = hold;
    s.rebalanceDays = rebalance;
    s.notional = 1e6;
    s.impactK = 0; // spread = its 2 bp floor, no impact: each leg costs exactly 1 bp
    return s;
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

#define COMPARE_NEAR(a, b)                                                                                   \
    QVERIFY2(close((a), (b)),                                                                                \
             qPrintable(QStringLiteral("%1 != %2").arg((a), 0, 'g', 15).arg((b), 0, 'g', 15)))

} // namespace

/**
 * The backtest engine (issue 16) on made-up bars: equity, costs on both legs, the benchmark definition,
 * stop/target exits with the tie rule, and the look-ahead property.
 */
class TestBacktest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    /** Top 1 by one-day change, rebalanced and held every 2 days: every value worked out by hand. */
    void handCheckedEquityAndBenchmark()
    {
        Panel p;
        //                 day: -1   0   1   2   3   4   5
        p.symbols.push_back(flat(QStringLiteral("A"), {9, 10, 11, 12, 12, 15, 15}));
        p.symbols.push_back(flat(QStringLiteral("B"), {21, 20, 20, 23, 21, 21, 22}));
        p.symbols.push_back(flat(QStringLiteral("C"), {50, 50, 50, 50, 50, 50, 50}));
        // D has no bar on day 2: it leaves the benchmark's first period and enters again on day 4.
        p.symbols.push_back(
            flat(QStringLiteral("D"), {100, 50, 60, 0, 30, 30, 30}, -1, {2})); // the 0 is skipped
        QCOMPARE(p.symbols.back().days.size(), size_t(6));
        const BacktestResult r = must(runBacktest(
            p, compile(QStringLiteral("close > 0"), QStringLiteral("change_pct")), settings(6, 1, 2, 2)));

        // Day 0: A (+11 %) bought with 1e6, 1 bp cost. Day 2: A sold at 12, B (+15 %) bought. Day 4: B sold
        // at 21, A (+25 %) bought at 15. Day 5: the last day, A sold at its close.
        const double k = 0.9999; // after a 1 bp cost
        const double sA = 1e6 * k / 10;
        const double cash2 = sA * 12 * k;
        const double sB = cash2 * k / 23;
        const double cash4 = sB * 21 * k;
        const double sA2 = cash4 * k / 15;
        const double expected[] = {sA * 10, sA * 11, sB * 23, sB * 21, sA2 * 15, sA2 * 15 * k};
        QCOMPARE(r.curve.size(), size_t(6));
        for (int i = 0; i < 6; ++i) {
            COMPARE_NEAR(r.curve[static_cast<size_t>(i)].equity * 1e6, expected[i]);
        }
        QCOMPARE(r.trades.size(), 3);
        QCOMPARE(r.trades[0].symbol, QStringLiteral("A"));
        QCOMPARE(r.trades[1].symbol, QStringLiteral("B"));
        QCOMPARE(r.trades[2].symbol, QStringLiteral("A"));
        QCOMPARE(r.trades[2].exitReason, QStringLiteral("end"));
        COMPARE_NEAR(r.trades[0].netReturn, 12 * k * k / 10 - 1);
        COMPARE_NEAR(r.trades[1].netReturn, 21.0 * k * k / 23 - 1);
        // Costs on both legs: 1 bp of each allotment and of each sale.
        COMPARE_NEAR(r.trades[0].entryCost, 100.0);
        COMPARE_NEAR(r.trades[0].exitCost, sA * 12 * 1e-4);
        COMPARE_NEAR(r.trades[1].entryCost, cash2 * 1e-4);
        COMPARE_NEAR(r.trades[1].exitCost, sB * 21 * 1e-4);
        COMPARE_NEAR(r.metrics.costs,
                     100.0 + sA * 12 * 1e-4 + cash2 * 1e-4 + sB * 21 * 1e-4 + cash4 * 1e-4 + sA2 * 15 * 1e-4);
        COMPARE_NEAR(r.metrics.hitRate, 1.0 / 3.0); // A +20 %; B −8.7 %; A 0 % less costs < 0
        QCOMPARE(r.metrics.trades, 3);
        QCOMPARE(r.metrics.rebalances, 3);
        COMPARE_NEAR(r.metrics.totalReturn, sA2 * 15 * k / 1e6 - 1);

        // The benchmark: each period's mean of close[end]/close[start] − 1 over the symbols with bars at
        // both ends, compounded; within a period the same mean up to the day.
        const double b1 = 1 + (0.1 + 0 + 0 + 0.2) / 4;
        const double b2 = 1 + (0.2 + 0.15 + 0) / 3;                 // D has no bar on day 2
        const double b3 = b2 * (1 + (0 + (21.0 / 23 - 1) + 0) / 3); // D had no bar at the period's start
        const double b4 = b2 * (1 + (0.25 + (21.0 / 23 - 1) + 0) / 3);
        const double b5 = b4 * (1 + (0 + (22.0 / 21 - 1) + 0 + 0) / 4);
        const double bench[] = {1.0, b1, b2, b3, b4, b5};
        for (int i = 0; i < 6; ++i) {
            COMPARE_NEAR(r.curve[static_cast<size_t>(i)].benchmark, bench[i]);
        }
        // What was ranked on each rebalance day.
        QCOMPARE(r.selections.size(), 3);
        QCOMPARE(r.selections[1].symbols, QStringList{QStringLiteral("B")});
        QCOMPARE(r.selections[1].universe, 3); // D had no bar
    }

    /** The slippage model's cost with impact, worked out from the model's formula, on both legs. */
    void costsOnBothLegsFromTheSlippageModel()
    {
        // 23 bars alternating 100/101 with a volume of 1,000: the 20-bar vol is ln(1.01)·√(20/19) on
        // every day, ADV is 1,000.
        std::vector<double> closes;
        for (int i = 0; i < 24; ++i) {
            closes.push_back(i % 2 == 0 ? 100.0 : 101.0);
        }
        SymbolHistory s = flat(QStringLiteral("A"), closes, -22);
        for (auto& b : s.bars) {
            b.volume = 1000;
        }
        Panel p;
        p.symbols.push_back(s);
        BacktestSettings st = settings(2, 1, 5, 5);
        st.impactK = 0.1;
        const BacktestResult r = must(runBacktest(p, compile(QStringLiteral("close > 0"), {}), st));
        QCOMPARE(r.trades.size(), 1);
        const double vol = std::log(1.01) * std::sqrt(20.0 / 19.0);
        auto bps = [&](double notional, double price) {
            return 0.5 * (0.1 * vol) * 1e4 + 1e4 * 0.1 * vol * std::sqrt(notional / price / 1000.0);
        };
        const Trade& t = r.trades[0];
        QCOMPARE(t.entryPrice, 100.0); // day 0 is the 23rd bar: even index, 100
        const double entryCost = 1e6 * bps(1e6, 100) / 1e4;
        COMPARE_NEAR(t.entryCost, entryCost);
        const double proceeds = (1e6 - entryCost) / 100 * 101;
        COMPARE_NEAR(t.exitCost, proceeds * bps(proceeds, 101) / 1e4);
        COMPARE_NEAR(r.curve.back().equity * 1e6, proceeds - t.exitCost);
        COMPARE_NEAR(r.metrics.costs, t.entryCost + t.exitCost);
    }

    void stopTargetAndTie_data()
    {
        QTest::addColumn<double>("open");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("exitPrice");
        QTest::addColumn<QString>("reason");
        QTest::newRow("stop") << 100.0 << 94.0 << 104.0 << 95.0 << QStringLiteral("stop");
        QTest::newRow("target") << 100.0 << 96.0 << 111.0 << 110.0 << QStringLiteral("target");
        QTest::newRow("tie is a stop") << 100.0 << 94.0 << 111.0 << 95.0 << QStringLiteral("stop");
        QTest::newRow("gap below the stop fills at the open")
            << 90.0 << 89.0 << 92.0 << 90.0 << QStringLiteral("stop");
        QTest::newRow("gap above the target fills at the open")
            << 113.0 << 112.0 << 115.0 << 113.0 << QStringLiteral("target");
    }

    void stopTargetAndTie()
    {
        QFETCH(double, open);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, exitPrice);
        QFETCH(QString, reason);
        SymbolHistory s = flat(QStringLiteral("A"), {100, 100, 100, 100, 100}, 0);
        s.bars[1] = {100, 104, 96, 100, 100, 1e9}; // inside both levels: held
        s.bars[2] = {open, high, low, 100, 100, 1e9};
        Panel p;
        p.symbols.push_back(s);
        BacktestSettings st = settings(5, 1, 50, 50);
        st.stop = 0.05;
        st.target = 0.10;
        const BacktestResult r = must(runBacktest(p, compile(QStringLiteral("close > 0"), {}), st));
        QCOMPARE(r.trades.size(), 1);
        const Trade& t = r.trades[0];
        QCOMPARE(t.exitReason, reason);
        QCOMPARE(t.exitDate, QDate::fromJulianDay(kDay0 + 2));
        COMPARE_NEAR(t.exitPrice, exitPrice);
        COMPARE_NEAR(t.netReturn, exitPrice * 0.9999 * 0.9999 / 100 - 1);
        // The slot stays in cash until the next rebalance.
        QCOMPARE(r.curve[3].exposure, 0.0);
        COMPARE_NEAR(r.curve[4].equity, r.curve[2].equity);
    }

    /**
     * Look-ahead: every bar, indicator row, verdict and score dated after D changed at random changes no
     * equity value, trade or ranking dated on or before D.
     */
    void changingTheFutureChangesNothingBefore()
    {
        std::mt19937 rng(16);
        std::uniform_real_distribution<double> move(-0.03, 0.03);
        std::uniform_real_distribution<double> unit(0, 1);
        const int days = 160;
        Panel p;
        p.technicalKeys = {QStringLiteral("rsi_14")};
        for (int sym = 0; sym < 8; ++sym) {
            SymbolHistory s;
            s.ticker = QStringLiteral("S%1").arg(sym);
            s.symbolId = sym + 1;
            s.technical.resize(1);
            double c = 100;
            for (int d = -30; d < days; ++d) {
                const double o = c;
                c *= 1 + move(rng);
                s.days.push_back(kDay0 + d);
                s.bars.push_back(
                    {o, std::max(o, c) * 1.01, std::min(o, c) * 0.99, c, c, 1e5 * (1 + unit(rng))});
                s.technicalDays.push_back(kDay0 + d);
                s.technical[0].push_back(100 * unit(rng));
                // A verdict every third day (the days between read the one before), one the day after D.
                if (d % 3 == 2) {
                    const double score = 2 * unit(rng) - 1;
                    s.verdictDays.push_back(kDay0 + d);
                    s.verdicts.push_back({score > 0.15    ? QStringLiteral("UP")
                                          : score < -0.15 ? QStringLiteral("DOWN")
                                                          : QStringLiteral("NEUTRAL"),
                                          score,
                                          QStringLiteral("A")});
                }
                if (d % 10 == 0) {
                    s.xsDays.push_back(kDay0 + d);
                    // Every other score was made by a model trained 15 days later: unusable until then.
                    s.xsModelDays.push_back(kDay0 + d + (d % 20 == 0 ? 15 : 0));
                    s.xs.push_back({unit(rng), c, 0, 0.5, 0.5, 1});
                }
            }
            p.symbols.push_back(std::move(s));
        }
        const Screens::CompiledScreen screen =
            compile(QStringLiteral("close > 0 and rsi_14 < 90 and verdict != 'DOWN'"),
                    QStringLiteral("return_5d, ml_prediction_score, verdict_score"));
        BacktestSettings st = settings(days, 3, 7, 5);
        st.impactK = 0.1;
        st.stop = 0.03;
        st.target = 0.04;
        const BacktestResult before = must(runBacktest(p, screen, st));

        const qint64 cut = kDay0 + 85; // a rebalance day: reading one day ahead on it changes its ranking
        Panel q = p;
        for (SymbolHistory& s : q.symbols) {
            for (size_t i = 0; i < s.days.size(); ++i) {
                if (s.days[i] > cut) {
                    Screens::BarRow& b = s.bars[i];
                    const double f = 1 + 5 * move(rng);
                    b = {b.open * f,
                         b.high * f * 1.02,
                         b.low * f * 0.97,
                         b.close * f,
                         b.adj * f,
                         b.volume * 3};
                    s.technical[0][i] = 100 * unit(rng);
                }
            }
            for (size_t i = 0; i < s.xsDays.size(); ++i) {
                if (s.xsDays[i] > cut || s.xsModelDays[i] > cut) {
                    s.xs[i][0] = unit(rng);
                }
            }
            for (size_t i = 0; i < s.verdictDays.size(); ++i) {
                if (s.verdictDays[i] > cut) {
                    s.verdicts[i].score = 2 * unit(rng) - 1;
                    s.verdicts[i].direction =
                        s.verdicts[i].score > 0 ? QStringLiteral("UP") : QStringLiteral("DOWN");
                }
            }
        }
        const BacktestResult after = must(runBacktest(q, screen, st));
        const QDate d = QDate::fromJulianDay(cut);
        QCOMPARE(before.curve.size(), after.curve.size());
        bool laterDiffers = false;
        for (size_t i = 0; i < before.curve.size(); ++i) {
            if (before.curve[i].date <= d) {
                QCOMPARE(after.curve[i].equity, before.curve[i].equity);
                QCOMPARE(after.curve[i].benchmark, before.curve[i].benchmark);
            } else {
                laterDiffers = laterDiffers || after.curve[i].equity != before.curve[i].equity;
            }
        }
        QVERIFY2(laterDiffers, "the changed future must change the later curve, or this test checks nothing");
        int checked = 0;
        for (int i = 0; i < before.trades.size() && before.trades[i].entryDate <= d; ++i) {
            const Trade& a = before.trades[i];
            const Trade& b = after.trades.value(i);
            QCOMPARE(b.symbol, a.symbol);
            QCOMPARE(b.entryDate, a.entryDate);
            QCOMPARE(b.entryPrice, a.entryPrice);
            QCOMPARE(b.entryCost, a.entryCost);
            if (a.exitDate <= d) {
                QCOMPARE(b.exitDate, a.exitDate);
                QCOMPARE(b.exitPrice, a.exitPrice);
                QCOMPARE(b.netReturn, a.netReturn);
                ++checked;
            }
        }
        QVERIFY(checked >= 5);
        int ranked = 0;
        for (int i = 0; i < before.selections.size() && before.selections[i].date <= d; ++i) {
            QCOMPARE(after.selections[i].symbols, before.selections[i].symbols);
            QVERIFY(after.selections[i].scores == before.selections[i].scores);
            ++ranked;
        }
        QVERIFY(ranked >= 10);
    }

    /** The bulk loader's date parser agrees with QDate over leap years and century rules. */
    void isoDatesParse()
    {
        for (QDate d(1899, 12, 25); d <= QDate(2101, 3, 5); d = d.addDays(17)) {
            const QByteArray text = d.toString(Qt::ISODate).toLatin1();
            QCOMPARE(Store::parseIsoDate(text.constData(), text.size()), d.toJulianDay());
        }
        QCOMPARE(Store::parseIsoDate("2024-02-29", 10), QDate(2024, 2, 29).toJulianDay());
        QCOMPARE(Store::parseIsoDate("2024-13-01", 10), -1);
        QCOMPARE(Store::parseIsoDate("2024-1-01", 9), -1);
    }

    void rebalanceRules()
    {
        BacktestSettings s;
        QVERIFY(s.setRebalance(QStringLiteral("weekly")));
        QCOMPARE(s.rule, RebalanceRule::Weekly);
        QVERIFY(s.setRebalance(QStringLiteral("daily")));
        QCOMPARE(s.rebalanceDays, 1);
        QVERIFY(s.setRebalance(QStringLiteral("10")));
        QCOMPARE(s.rebalanceText(), QStringLiteral("10"));
        auto bad = s.setRebalance(QStringLiteral("fortnightly"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("fortnightly")));
        // Weekly: the first trading day of each calendar week (2025-01-06 is a Monday).
        Panel p;
        SymbolHistory a;
        a.ticker = QStringLiteral("A");
        for (QDate d(2025, 1, 6); d <= QDate(2025, 1, 24); d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5 && d != QDate(2025, 1, 13)) { // Monday the 13th a holiday
                a.days.push_back(d.toJulianDay());
                a.bars.push_back({10, 10, 10, 10, 10, 1e6});
            }
        }
        p.symbols.push_back(a);
        BacktestSettings w;
        w.from = QDate(2025, 1, 6);
        w.to = QDate(2025, 1, 24);
        w.rule = RebalanceRule::Weekly;
        const BacktestResult r = must(runBacktest(p, compile(QStringLiteral("close > 0"), {}), w));
        QCOMPARE(r.selections.size(), 3);
        QCOMPARE(r.selections[1].date, QDate(2025, 1, 14));
        QCOMPARE(r.selections[2].date, QDate(2025, 1, 20));
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "TestBacktest.moc"
