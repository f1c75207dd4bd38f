// Outcomes of calls and the scoreboard's statistics (issue 16), hand-checked on made-up bars.

#include <cmath>

#include <QtTest>

#include "core/track/Outcome.h"
#include "core/track/Scoreboard.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Track;

namespace {

/** Bars from 2024-01-01 (Monday) on consecutive weekdays: closes, highs, lows; adj = close × factor. */
BarSeries bars(const QList<double>& closes,
               const QList<double>& highs = {},
               const QList<double>& lows = {},
               double factor = 1.0)
{
    BarSeries s(QStringLiteral("T.NS"));
    QDate d(2024, 1, 1);
    for (qsizetype i = 0; i < closes.size(); ++i) {
        while (d.dayOfWeek() > 5) {
            d = d.addDays(1);
        }
        Bar b;
        b.date = d;
        b.close = closes[i];
        b.open = closes[i];
        b.high = highs.isEmpty() ? closes[i] : highs[i];
        b.low = lows.isEmpty() ? closes[i] : lows[i];
        b.adjClose = closes[i] * factor;
        b.volume = 1000;
        s.append(b);
        d = d.addDays(1);
    }
    return s;
}

Call call(const QString& direction, int horizon, const QDate& asOf = QDate(2024, 1, 1))
{
    Call c;
    c.direction = direction;
    c.horizon = horizon;
    c.asOf = asOf;
    return c;
}

ScoredCall scored(CallSource source,
                  const QString& direction,
                  const QDate& asOf,
                  double score,
                  double realised,
                  double excess,
                  int hit,
                  double base,
                  int horizon = 1)
{
    ScoredCall sc;
    sc.call.source = source;
    sc.call.direction = direction;
    sc.call.asOf = asOf;
    sc.call.score = score;
    sc.call.horizon = horizon;
    sc.outcome.complete = true;
    sc.outcome.realisedReturn = realised;
    sc.outcome.excessReturn = excess;
    sc.outcome.hit = hit;
    sc.outcome.baseRate = base;
    return sc;
}

} // namespace

class TestCallOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void returnsHitsExcessAndBaseRate()
    {
        const PriceHistory h = PriceHistory::fromBars(bars({100, 102, 99, 104, 103, 106}));
        // Universe over the same window: mean 0.02; 3 of 4 rose, 1 fell, none moved less than 1 %.
        const std::vector<double> universe = {0.04, -0.02, 0.01, 0.05};
        const Outcome up = scoreCall(call(QStringLiteral("UP"), 3), h, universe);
        QVERIFY(up.complete);
        QCOMPARE(up.endDate, QDate(2024, 1, 4));
        QCOMPARE(up.realisedReturn, 104.0 / 100.0 - 1.0);
        QCOMPARE(up.universeReturn, 0.02);
        QVERIFY(std::fabs(up.excessReturn - 0.02) < 1e-12);
        QCOMPARE(up.hit, 1);
        QCOMPARE(up.baseRate, 0.75);
        QCOMPARE(up.universeSize, 4);
        QVERIFY(up.exit.isEmpty()); // not a pick

        const Outcome down = scoreCall(call(QStringLiteral("DOWN"), 3), h, universe);
        QCOMPARE(down.hit, 0);
        QCOMPARE(down.baseRate, 0.25);

        // NEUTRAL: a hit inside ±1 % (strict), so 0.01 is outside; +4 % is a miss.
        const Outcome neutral = scoreCall(call(QStringLiteral("NEUTRAL"), 3), h, universe);
        QCOMPARE(neutral.hit, 0);
        QCOMPARE(neutral.baseRate, 0.0);
        // 102 → 99 → 104 → 103: from 2024-01-04 (104) one day on is 103, −0.96 %: inside the band.
        const Outcome calm = scoreCall(call(QStringLiteral("NEUTRAL"), 1, QDate(2024, 1, 4)), h, {});
        QCOMPARE(calm.hit, 1);
        QCOMPARE(calm.realisedReturn, 103.0 / 104.0 - 1.0);
        QCOMPARE(calm.universeReturn, calm.realisedReturn); // no universe: itself
        QCOMPARE(calm.excessReturn, 0.0);
    }

    void asOfOnAHolidayUsesTheBarBefore()
    {
        // 2024-01-06 is a Saturday: the as-of bar is Friday's (103), two bars on is Tuesday's.
        const PriceHistory h = PriceHistory::fromBars(bars({100, 102, 99, 104, 103, 106, 110}));
        const Outcome o = scoreCall(call(QStringLiteral("UP"), 2, QDate(2024, 1, 6)), h, {});
        QVERIFY(o.complete);
        QCOMPARE(o.endDate, QDate(2024, 1, 9));
        QCOMPARE(o.realisedReturn, 110.0 / 103.0 - 1.0);
    }

    void horizonNotPassedIsIncomplete()
    {
        const PriceHistory h = PriceHistory::fromBars(bars({100, 101, 102}));
        QVERIFY(!scoreCall(call(QStringLiteral("UP"), 3), h, {}).complete);
        QVERIFY(scoreCall(call(QStringLiteral("UP"), 2), h, {}).complete);
        qint64 a = 0, b = 0;
        QVERIFY(!callWindow(call(QStringLiteral("UP"), 3), h, &a, &b));
        QVERIFY(
            !callWindow(call(QStringLiteral("UP"), 1, QDate(2023, 12, 29)), h, &a, &b)); // before the bars
    }

    void windowReturnsNeedBothEnds()
    {
        const PriceHistory a = PriceHistory::fromBars(bars({100, 110, 120}));
        const PriceHistory b = PriceHistory::fromBars(bars({50, 40}));    // no bar on the end day
        const PriceHistory c = PriceHistory::fromBars(bars({10, 10, 8})); // −20 %
        const std::vector<double> r =
            windowReturns({&a, &b, &c}, QDate(2024, 1, 1).toJulianDay(), QDate(2024, 1, 3).toJulianDay());
        QCOMPARE(r.size(), size_t(2));
        QCOMPARE(r[0], 0.2);
        QVERIFY(std::fabs(r[1] + 0.2) < 1e-12);
    }

    void targetOrStopFirst_data()
    {
        QTest::addColumn<QList<double>>("highs");
        QTest::addColumn<QList<double>>("lows");
        QTest::addColumn<QString>("exit");
        QTest::addColumn<QDate>("exitDate");
        // Entry 100, target 105, stop 97, horizon 3.
        QTest::newRow("stop first") << QList<double>{100, 103, 104, 108} << QList<double>{100, 99, 96.5, 99}
                                    << QStringLiteral("stop") << QDate(2024, 1, 3);
        QTest::newRow("target first") << QList<double>{100, 103, 106, 101} << QList<double>{100, 99, 98, 90}
                                      << QStringLiteral("target") << QDate(2024, 1, 3);
        QTest::newRow("both on one bar: stop")
            << QList<double>{100, 103, 106, 108} << QList<double>{100, 99, 96, 99} << QStringLiteral("stop")
            << QDate(2024, 1, 3);
        QTest::newRow("touch counts") << QList<double>{100, 105, 100, 100} << QList<double>{100, 99, 99, 99}
                                      << QStringLiteral("target") << QDate(2024, 1, 2);
        QTest::newRow("neither") << QList<double>{100, 103, 104, 104.9} << QList<double>{100, 99, 97.5, 98}
                                 << QStringLiteral("neither") << QDate();
        // The as-of bar itself is not walked (the call was made at its close).
        QTest::newRow("as-of bar ignored")
            << QList<double>{120, 101, 101, 101} << QList<double>{90, 99, 99, 99} << QStringLiteral("neither")
            << QDate();
    }

    void targetOrStopFirst()
    {
        QFETCH(QList<double>, highs);
        QFETCH(QList<double>, lows);
        QFETCH(QString, exit);
        QFETCH(QDate, exitDate);
        for (double factor : {1.0, 0.5}) { // adjusted history (a later dividend/split) moves the levels too
            const PriceHistory h = PriceHistory::fromBars(bars({100, 101, 102, 100}, highs, lows, factor));
            Call c = call(QStringLiteral("UP"), 3);
            c.source = CallSource::Pick;
            c.entryPrice = 100;
            c.target = 105;
            c.stop = 97;
            const Outcome o = scoreCall(c, h, {});
            QCOMPARE(o.exit, exit);
            QCOMPARE(o.exitDate, exitDate);
            QCOMPARE(o.realisedReturn, 0.0);
        }
    }

    void wilsonInterval()
    {
        const auto ci = Track::wilsonInterval(54, 100);
        QVERIFY(std::fabs(ci.first - 0.44264685393523856) < 1e-12);
        QVERIFY(std::fabs(ci.second - 0.6343935614666815) < 1e-12);
        const auto zero = Track::wilsonInterval(0, 10);
        QCOMPARE(zero.first, 0.0);
        QVERIFY(std::fabs(zero.second - 0.2775401687666166) < 1e-12);
        QVERIFY(std::isnan(Track::wilsonInterval(0, 0).first));
    }

    void meanMedianAndT()
    {
        QCOMPARE(tStatistic(0.01, 0.02, 16), 2.0);
        QVERIFY(std::isnan(tStatistic(0.01, 0.0, 16)));
        QVERIFY(std::isnan(tStatistic(0.01, 0.02, 1)));
        QCOMPARE(median({3, 1, 2}), 2.0);
        QCOMPARE(median({4, 1, 3, 2}), 2.5);
        const auto ms = meanAndSd({1, 2, 3, 4});
        QCOMPARE(ms.first, 2.5);
        QVERIFY(std::fabs(ms.second - std::sqrt(5.0 / 3.0)) < 1e-12);
    }

    void scoreboardGroupsAndStatistics()
    {
        const QDate mon(2024, 1, 1), tue(2024, 1, 2);
        QList<ScoredCall> calls;
        calls << scored(CallSource::Verdict, QStringLiteral("UP"), mon, 0.5, 0.02, 0.01, 1, 0.6)
              << scored(CallSource::Verdict, QStringLiteral("UP"), mon, 0.3, -0.01, -0.02, 0, 0.6)
              << scored(CallSource::Verdict, QStringLiteral("UP"), tue, 0.4, 0.03, 0.02, 1, 0.5)
              << scored(CallSource::Verdict, QStringLiteral("UP"), tue, 0.2, 0.01, 0.0, 1, 0.5)
              << scored(CallSource::Verdict, QStringLiteral("DOWN"), mon, -0.4, -0.03, -0.02, 1, 0.4, 2);
        ScoredCall waiting = calls.constFirst();
        waiting.outcome = Outcome{};
        calls << waiting;
        const Scoreboard board = buildScoreboard(calls);
        QCOMPARE(board.unscored, 1);
        QCOMPARE(board.rows.size(), 2);
        const ScoreboardRow& up = board.rows[0];
        QCOMPARE(up.group, QStringLiteral("UP"));
        QCOMPARE(up.count, 4);
        QCOMPARE(up.hits, 3);
        QCOMPARE(up.hitRate, 0.75);
        QVERIFY(std::fabs(up.baseRate - 0.55) < 1e-12);
        QVERIFY(std::fabs(up.meanExcess - 0.0025) < 1e-12);
        QVERIFY(std::fabs(up.medianExcess - 0.005) < 1e-12);
        // Day means −0.005 and 0.01: mean 0.0025, sd 0.0106066; n_eff = min(2 days, 1 weekday / 1 + 1) = 2.
        QCOMPARE(up.effectiveDays, 2.0);
        QVERIFY(std::fabs(up.tExcess - 1.0 / 3.0) < 1e-9);
        QCOMPARE(up.cumulative.size(), 2);
        QVERIFY(std::fabs(up.cumulative[0].second + 0.005) < 1e-12);
        QVERIFY(std::fabs(up.cumulative[1].second - 0.005) < 1e-12);
        QVERIFY(up.ic.isEmpty()); // fewer than three calls a day
        QVERIFY(up.sentence.startsWith(QStringLiteral("UP verdicts were followed by a rise 75 % of the time, "
                                                      "against 55 % for all stocks: not significant")));
        // DOWN: the excess is signed for the curve (−(−0.02)) and spread over its 2-day horizon.
        const ScoreboardRow& down = board.rows[1];
        QCOMPARE(down.group, QStringLiteral("DOWN"));
        QVERIFY(std::fabs(down.cumulative[0].second - 0.01) < 1e-12);
        QVERIFY(down.sentence.contains(QStringLiteral("followed by a fall 100 %")));
        // Period filter: Tuesday only.
        const Scoreboard tuesday = buildScoreboard(calls, tue, tue);
        QCOMPARE(tuesday.rows.size(), 1);
        QCOMPARE(tuesday.rows[0].count, 2);
    }

    void scoreboardSignificanceAndIc()
    {
        // 100 xs calls in the top decile on one day, 80 rising against a base rate of 0.5: significant.
        QList<ScoredCall> calls;
        for (int i = 0; i < 100; ++i) {
            const double r = i < 20 ? -0.01 : 0.01 * (i + 1); // the 20 lowest scores fell
            calls << scored(CallSource::Xs,
                            QStringLiteral("UP"),
                            QDate(2024, 1, 1),
                            0.9 + i * 0.0009,
                            r,
                            r,
                            i >= 20,
                            0.5,
                            5);
        }
        const Scoreboard board = buildScoreboard(calls);
        QCOMPARE(board.rows.size(), 1);
        QCOMPARE(board.rows[0].group, QStringLiteral("decile 10"));
        QVERIFY(board.rows[0].ciLow > 0.5);
        QCOMPARE(board.rows[0].significance, QStringLiteral("significantly above"));
        QCOMPARE(board.rows[0].ic.size(), 1);
        QVERIFY(board.rows[0].ic[0].second > 0.5);
        QCOMPARE(board.totals.size(), 1);
    }

    void groups()
    {
        Call c;
        c.source = CallSource::Model;
        c.algorithm = QStringLiteral("gbm");
        c.horizon = 5;
        c.productionReady = true;
        QCOMPARE(groupOf(c), QStringLiteral("gbm · 5 d · ready"));
        c.source = CallSource::Xs;
        c.score = 0.05;
        QCOMPARE(groupOf(c), QStringLiteral("decile 01"));
        c.score = 1.0;
        QCOMPARE(groupOf(c), QStringLiteral("decile 10"));
        c.source = CallSource::Pick;
        c.strategy = QStringLiteral("momentum");
        QCOMPARE(groupOf(c), QStringLiteral("momentum"));
    }
};

QTEST_GUILESS_MAIN(TestCallOutcomes)
#include "TestCallOutcomes.moc"
