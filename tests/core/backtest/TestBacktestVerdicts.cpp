// Backtests on verdict fields (issue 16): a verdict as of each rebalance day, read from the call history
// or computed from the bars up to that day, and never from a later bar.

#include <cmath>
#include <functional>

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/tasks/BacktestRun.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

const QDate kStart(2024, 1, 1); // a Monday

/** The i-th weekday from kStart. */
QDate weekday(int i)
{
    QDate d = kStart;
    for (int n = 0; n < i || d.dayOfWeek() > 5;) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5) {
            ++n;
        }
    }
    return d;
}

/**
 * n weekday bars whose close moves by step(i) (a fraction) from 100, opening at the previous close, with
 * the close at the bar's extreme in its direction (a high 0.2 % above the larger of open and close, a
 * low 0.2 % below the smaller), constant volume.
 */
BarSeries path(const QString& ticker, int n, const std::function<double(int)>& step)
{
    BarSeries s(ticker);
    double price = 100;
    for (int i = 0; i < n; ++i) {
        const double open = price;
        price *= 1 + step(i);
        Bar b;
        b.date = weekday(i);
        b.open = open;
        b.close = price;
        b.adjClose = price;
        b.high = std::max(open, price) * 1.002;
        b.low = std::min(open, price) * 0.998;
        b.volume = 1e6;
        s.append(b);
    }
    return s;
}

/** A steady trend: +1.5 % and +0.5 % alternately (sign −1: the mirror fall), so the daily sd is ~0.5 %. */
double trend(int i, int sign)
{
    return sign * (i % 2 == 0 ? 0.015 : 0.005);
}

qint64 count(const Store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    return q.value(0).toLongLong();
}

Tasks::BacktestRequest request(const QString& screen, QDate from, QDate to, int rebalance, int top)
{
    Tasks::BacktestRequest r;
    r.screen = screen;
    r.settings.from = from;
    r.settings.to = to;
    r.settings.rebalanceDays = rebalance;
    r.settings.top = top;
    r.settings.hold = rebalance;
    return r;
}

/** Index of a weekday date in the bars' calendar. */
int indexOf(const QDate& d)
{
    int i = 0;
    while (weekday(i) < d) {
        ++i;
    }
    return i;
}

} // namespace

class TestBacktestVerdicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    /**
     * Three symbols whose verdicts follow from their bars: UPA rises all along (the 20-bar return of
     * ~+22 % is over 40 daily sds: momentum +1, so UP whatever the other components), DNB falls all
     * along (DOWN), REV rises for 60 bars then falls. `verdict = 'UP'` holds UPA every rebalance day,
     * never DNB, REV while its last 20 bars rose (day ≤ 59) and not once they all fell (day ≥ 80).
     * The verdicts are computed on the first run and stored as calls; the second run reads them back and
     * replays the same.
     */
    void verdictConditionPicksTheTrendingSymbols()
    {
        Test::TempDatabase t;
        const int n = 120;
        Store::BarRepository bars(*t.db());
        must(bars.replaceAll(
            QStringLiteral("UPA"), path(QStringLiteral("UPA"), n, [](int i) { return trend(i, 1); }), {}));
        must(bars.replaceAll(
            QStringLiteral("DNB"), path(QStringLiteral("DNB"), n, [](int i) { return trend(i, -1); }), {}));
        must(bars.replaceAll(QStringLiteral("REV"),
                             path(QStringLiteral("REV"), n, [](int i) { return trend(i, i < 60 ? 1 : -1); }),
                             {}));
        const Tasks::BacktestRequest up =
            request(QStringLiteral("verdict = 'UP'"), weekday(30), weekday(n - 1), 5, 3);
        const Backtest::BacktestResult first = must(Tasks::runStoredBacktest(t.db(), up));
        QCOMPARE(first.selections.size(), 18); // days 30, 35, …, 115
        int early = 0, late = 0;
        for (const Backtest::Selection& sel : first.selections) {
            const int day = indexOf(sel.date);
            QVERIFY2(sel.symbols.contains(QStringLiteral("UPA")), qPrintable(sel.date.toString(Qt::ISODate)));
            QVERIFY(!sel.symbols.contains(QStringLiteral("DNB")));
            if (day <= 59) {
                QCOMPARE(sel.symbols, (QStringList{QStringLiteral("REV"), QStringLiteral("UPA")}));
                ++early;
            } else if (day >= 80) {
                QCOMPARE(sel.symbols, QStringList{QStringLiteral("UPA")});
                ++late;
            }
        }
        QCOMPARE(early, 6); // 30 … 55
        QCOMPARE(late, 8);  // 80 … 115
        const QString notes = first.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("of 54 (symbol, day) pairs, 0 were read from the call history "
                                               "and 54 computed now")),
                 qPrintable(notes));
        // Each computed verdict is a stored call of its day (none withheld here).
        QCOMPARE(count(*t.db(), QStringLiteral("SELECT COUNT(*) FROM calls WHERE source = 'verdict'")), 54);
        QCOMPARE(
            count(*t.db(),
                  QStringLiteral("SELECT COUNT(*) FROM calls c JOIN symbols s ON s.id = c.symbol_id WHERE "
                                 "s.ticker = 'REV' AND c.direction = 'UP' AND c.as_of <= '%1'")
                      .arg(weekday(59).toString(Qt::ISODate))),
            6);

        // DOWN: DNB always, REV once its last 20 bars all fell, UPA never.
        const Backtest::BacktestResult down = must(Tasks::runStoredBacktest(
            t.db(), request(QStringLiteral("verdict = 'DOWN'"), up.settings.from, up.settings.to, 5, 3)));
        QVERIFY(down.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("54 were read from the call history")));
        for (const Backtest::Selection& sel : down.selections) {
            QVERIFY(sel.symbols.contains(QStringLiteral("DNB")));
            QVERIFY(!sel.symbols.contains(QStringLiteral("UPA")));
            if (indexOf(sel.date) >= 80) {
                QVERIFY(sel.symbols.contains(QStringLiteral("REV")));
            } else if (indexOf(sel.date) <= 59) {
                QVERIFY(!sel.symbols.contains(QStringLiteral("REV")));
            }
        }

        // Read back from the calls, the same verdicts replay the same backtest.
        const Backtest::BacktestResult again = must(Tasks::runStoredBacktest(t.db(), up));
        QVERIFY(again.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("54 were read from the call history and 0 computed now")));
        QCOMPARE(again.selections.size(), first.selections.size());
        for (qsizetype i = 0; i < first.selections.size(); ++i) {
            QCOMPARE(again.selections[i].symbols, first.selections[i].symbols);
        }
        QCOMPARE(again.curve.size(), first.curve.size());
        for (size_t i = 0; i < first.curve.size(); ++i) {
            QCOMPARE(again.curve[i].equity, first.curve[i].equity);
        }
    }

    /**
     * A close that jumps ×5 inside the tiles' span withholds the verdict (validation): the backtest sees
     * WITHHELD on those days, and no call is stored for them (a withheld verdict is not a call), so the
     * next backtest computes them again.
     */
    void withheldVerdictsAreSeenButNotStored()
    {
        Test::TempDatabase t;
        const int n = 80;
        Store::BarRepository bars(*t.db());
        must(bars.replaceAll(
            QStringLiteral("UPA"), path(QStringLiteral("UPA"), n, [](int i) { return trend(i, 1); }), {}));
        must(
            bars.replaceAll(QStringLiteral("JMP"),
                            path(QStringLiteral("JMP"), n, [](int i) { return i == 25 ? 4.0 : trend(i, 1); }),
                            {}));
        const Tasks::BacktestRequest withheld =
            request(QStringLiteral("verdict = 'WITHHELD'"), weekday(30), weekday(n - 1), 10, 2);
        const Backtest::BacktestResult r = must(Tasks::runStoredBacktest(t.db(), withheld));
        QCOMPARE(r.selections.size(), 5); // days 30, 40, …, 70
        for (const Backtest::Selection& sel : r.selections) {
            QCOMPARE(sel.symbols, QStringList{QStringLiteral("JMP")});
        }
        QVERIFY2(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("5 of them withheld")),
                 qPrintable(r.notes.join(QLatin1Char('\n'))));
        QCOMPARE(
            count(*t.db(),
                  QStringLiteral("SELECT COUNT(*) FROM calls c JOIN symbols s ON s.id = c.symbol_id WHERE "
                                 "s.ticker = 'JMP'")),
            0);
        QCOMPARE(count(*t.db(), QStringLiteral("SELECT COUNT(*) FROM calls WHERE source = 'verdict'")), 5);
        const Backtest::BacktestResult again = must(Tasks::runStoredBacktest(t.db(), withheld));
        QVERIFY(again.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("5 were read from the call history and 5 computed now")));
        QCOMPARE(again.selections[0].symbols, QStringList{QStringLiteral("JMP")});
    }

    /**
     * Look-ahead, end to end: two stores hold the same bars up to D and different bars after it; a
     * backtest on verdict fields computes its verdicts in each. No selection, trade or equity value dated
     * on or before D differs, while later ones do.
     */
    void laterBarsChangeNothingBeforeD()
    {
        const int n = 150;
        const int cut = 90;
        const QStringList tickers = {
            QStringLiteral("AAA"), QStringLiteral("BBB"), QStringLiteral("CCC"), QStringLiteral("DDD")};
        auto noise = [](int i, int s, bool changed) {
            // Deterministic wiggles with a symbol-specific drift that changes sign over time.
            const double base = 0.012 * std::sin(0.7 * i + s) + 0.006 * std::sin(i / (6.0 + s));
            return changed ? base * -1.7 + 0.004 : base;
        };
        Test::TempDatabase a, b;
        for (int s = 0; s < tickers.size(); ++s) {
            must(Store::BarRepository(*a.db()).replaceAll(
                tickers[s], path(tickers[s], n, [&](int i) { return noise(i, s, false); }), {}));
            must(Store::BarRepository(*b.db()).replaceAll(
                tickers[s], path(tickers[s], n, [&](int i) { return noise(i, s, i > cut); }), {}));
        }
        Tasks::BacktestRequest req =
            request(QStringLiteral("verdict != 'DOWN'"), weekday(30), weekday(n - 1), 3, 2);
        req.ranking = QStringLiteral("verdict_score, -verdict_confidence");
        req.settings.hold = 4;
        req.settings.stop = 0.02;
        const Backtest::BacktestResult before = must(Tasks::runStoredBacktest(a.db(), req));
        const Backtest::BacktestResult after = must(Tasks::runStoredBacktest(b.db(), req));
        const QDate d = weekday(cut);

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
        int ranked = 0;
        bool laterSelectionDiffers = false;
        for (qsizetype i = 0; i < before.selections.size(); ++i) {
            if (before.selections[i].date <= d) {
                QCOMPARE(after.selections[i].symbols, before.selections[i].symbols);
                QVERIFY(after.selections[i].scores == before.selections[i].scores);
                ++ranked;
            } else {
                laterSelectionDiffers =
                    laterSelectionDiffers || after.selections[i].scores != before.selections[i].scores;
            }
        }
        QVERIFY(ranked >= 15);
        QVERIFY2(laterSelectionDiffers,
                 "the later verdicts must differ, or the verdicts were not recomputed");
        int checked = 0;
        for (int i = 0; i < before.trades.size() && before.trades[i].entryDate <= d; ++i) {
            const Backtest::Trade& x = before.trades[i];
            const Backtest::Trade& y = after.trades.value(i);
            QCOMPARE(y.symbol, x.symbol);
            QCOMPARE(y.entryDate, x.entryDate);
            QCOMPARE(y.entryPrice, x.entryPrice);
            if (x.exitDate <= d) {
                QCOMPARE(y.exitDate, x.exitDate);
                QCOMPARE(y.netReturn, x.netReturn);
                ++checked;
            }
        }
        QVERIFY(checked >= 10);
    }
};

QTEST_GUILESS_MAIN(TestBacktestVerdicts)
#include "TestBacktestVerdicts.moc"
