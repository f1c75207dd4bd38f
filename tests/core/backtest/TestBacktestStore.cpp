#include <cmath>

#include <QSqlQuery>
#include <QtTest>

#include "core/store/BacktestDataRepository.h"
#include "core/store/BacktestRepository.h"
#include "core/store/ScreenDataRepository.h"
#include "core/tasks/BacktestRun.h"

#include "tests/core/backtest/BacktestFixture.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

Tasks::BacktestRequest request(const QString& screen, QDate from, QDate to)
{
    Tasks::BacktestRequest r;
    r.screen = screen;
    r.settings.from = from;
    r.settings.to = to;
    r.settings.top = 2;
    r.settings.hold = 5;
    return r;
}

} // namespace

/** Backtests on the store (issue 16): the bulk panel against the screen loader, the refusals, storage. */
class TestBacktestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    /**
     * Each day's table from the bulk panel equals the one-day screen loader's (bars, returns, indicator
     * rows dated ≤ D and their previous row, fundamentals ≤ D), except for scores of a model trained
     * after the day, which the backtest must not see.
     */
    void panelMatchesTheScreenLoaderAsOfEachDay()
    {
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        Screens::FieldNeeds needs;
        needs.fields = QStringList{QStringLiteral("close"),
                                   QStringLiteral("return_5d"),
                                   QStringLiteral("rsi_14"),
                                   QStringLiteral("pe_ratio"),
                                   QStringLiteral("ml_prediction_score")};
        needs.previous.insert(QStringLiteral("rsi_14"));
        const QDate from(2024, 1, 15), to(2024, 3, 20);
        const Backtest::Panel panel = must(Store::BacktestDataRepository(*t.db()).load({}, from, to, needs));
        QCOMPARE(panel.symbols.size(), size_t(3));
        QCOMPARE(QDate::fromJulianDay(panel.firstFundamentalsDay), QDate(2024, 2, 1));
        for (const Backtest::SymbolHistory& s : panel.symbols) {
            QVERIFY(QDate::fromJulianDay(s.days.back()) <= to); // nothing after the period is read
            QVERIFY(QDate::fromJulianDay(s.technicalDays.back()) <= to);
        }
        const Backtest::AsOfBuilder builder(panel, needs);
        Store::ScreenDataRepository loader(*t.db());
        int days = 0, laterModel = 0;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5) {
                continue;
            }
            const Screens::ScreenData a = builder.at(d.toJulianDay());
            const Screens::ScreenData b = must(loader.load({}, d, needs));
            QCOMPARE(a.tickers, b.tickers);
            for (qsizetype row = 0; row < a.size(); ++row) {
                for (const QString& key : {QStringLiteral("close"),
                                           QStringLiteral("return_5d"),
                                           QStringLiteral("rsi_14"),
                                           QStringLiteral("pe_ratio")}) {
                    QVERIFY2(
                        same(a.valueOf(key, row), b.valueOf(key, row)),
                        qPrintable(
                            QStringLiteral("%1 %2 %3").arg(key, d.toString(Qt::ISODate), a.tickers[row])));
                }
                QVERIFY(same(a.previousOf(QStringLiteral("rsi_14"), row),
                             b.previousOf(QStringLiteral("rsi_14"), row)));
                const double xsA = a.valueOf(QStringLiteral("ml_prediction_score"), row);
                const double xsB = b.valueOf(QStringLiteral("ml_prediction_score"), row);
                if (d >= QDate(2024, 2, 15) && d < QDate(2024, 3, 10)) {
                    // The loader shows the later model's score; the backtest keeps the one known then.
                    QCOMPARE(xsB, 0.9);
                    QCOMPARE(xsA, 0.1 * (row + 1));
                    ++laterModel;
                } else {
                    QVERIFY(same(xsA, xsB));
                }
            }
            ++days;
        }
        QVERIFY(days > 40);
        QVERIFY(laterModel > 0);
        // Fundamentals before the first as-of are missing (no override), the first row after it.
        const Screens::ScreenData jan = builder.at(QDate(2024, 1, 31).toJulianDay());
        QVERIFY(std::isnan(jan.valueOf(QStringLiteral("pe_ratio"), 0)));
        const Backtest::AsOfBuilder stale(panel, needs, true);
        QCOMPARE(stale.at(QDate(2024, 1, 31).toJulianDay()).valueOf(QStringLiteral("pe_ratio"), 0), 11.0);
    }

    void fundamentalsBeforeTheFirstAsOfAreRefused()
    {
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        auto early = Tasks::runStoredBacktest(
            t.db(), request(QStringLiteral("pe_ratio < 100"), QDate(2024, 1, 15), QDate(2024, 4, 30)));
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QStringLiteral("2024-02-01"))
                     && early.error().message.contains(QStringLiteral("--allow-stale-fundamentals")),
                 qPrintable(early.error().message));
        Tasks::BacktestRequest allowed =
            request(QStringLiteral("pe_ratio < 100"), QDate(2024, 1, 15), QDate(2024, 4, 30));
        allowed.settings.allowStaleFundamentals = true;
        const Backtest::BacktestResult r = must(Tasks::runStoredBacktest(t.db(), allowed));
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("not point-in-time")));
        QVERIFY(r.trades.size() > 0);
        const Backtest::BacktestResult later = must(Tasks::runStoredBacktest(
            t.db(), request(QStringLiteral("pe_ratio < 100"), QDate(2024, 2, 1), QDate(2024, 4, 30))));
        QVERIFY(!later.notes.join(QLatin1Char(' ')).contains(QStringLiteral("not point-in-time")));
        QVERIFY(later.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Survivorship")));
    }

    void clearErrors()
    {
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        const QDate from(2024, 2, 1), to(2024, 4, 30);
        // The per-stock consensus is refused by name (it would need every symbol's models retrained as of
        // each day); verdicts are not (TestBacktestVerdicts).
        auto consensus = Tasks::runStoredBacktest(
            t.db(), request(QStringLiteral("verdict = 'UP' and consensus_return > 1"), from, to));
        QVERIFY(!consensus);
        QVERIFY2(consensus.error().message.contains(QStringLiteral("consensus_return cannot be replayed"))
                     && !consensus.error().message.contains(QStringLiteral("verdict cannot")),
                 qPrintable(consensus.error().message));
        auto parse = Tasks::runStoredBacktest(t.db(), request(QStringLiteral("rsi_14 < "), from, to));
        QVERIFY(!parse);
        QVERIFY2(parse.error().message.contains(QStringLiteral("no stored screen is named"))
                     && parse.error().message.contains(QStringLiteral("column")),
                 qPrintable(parse.error().message));
        Tasks::BacktestRequest empty = request(QStringLiteral("close > 0"), from, to);
        empty.selection = QStringLiteral("S9");
        auto none = Tasks::runStoredBacktest(t.db(), empty);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("no stored bars")),
                 qPrintable(none.error().message));
        auto unknownUniverse = Tasks::runStoredBacktest(t.db(), [&] {
            Tasks::BacktestRequest r = request(QStringLiteral("close > 0"), from, to);
            r.selection = QStringLiteral("universe:NOPE");
            return r;
        }());
        QVERIFY(!unknownUniverse);
        QVERIFY(unknownUniverse.error().message.contains(QStringLiteral("NOPE")));
    }

    void storedRunsRoundTrip()
    {
        Test::TempDatabase t;
        Test::fillBacktestFixture(*t.db());
        Tasks::BacktestRequest req =
            request(QStringLiteral("momentum"), QDate(2024, 2, 1), QDate(2024, 4, 30));
        req.screen = QStringLiteral("close > 0");
        req.ranking = QStringLiteral("return_5d");
        const Backtest::BacktestResult r = must(Tasks::runStoredBacktest(t.db(), req));
        Store::BacktestRepository repo(*t.db());
        const qint64 id = must(repo.save(r, QStringLiteral("five-day winners")));
        const qint64 id2 = must(repo.save(r));
        const QList<Store::BacktestSummary> all = must(repo.list());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, id2); // newest first
        QCOMPARE(all[1].name, QStringLiteral("five-day winners"));
        QCOMPARE(all[0].name, QStringLiteral("close > 0 2024-02-01–2024-04-30"));
        const Backtest::BacktestResult back = must(repo.load(id));
        QCOMPARE(back.curve.size(), r.curve.size());
        for (size_t i = 0; i < r.curve.size(); ++i) {
            QCOMPARE(back.curve[i].date, r.curve[i].date);
            QCOMPARE(back.curve[i].equity, r.curve[i].equity);
            QCOMPARE(back.curve[i].benchmark, r.curve[i].benchmark);
        }
        QCOMPARE(back.trades.size(), r.trades.size());
        QCOMPARE(back.trades.last().netReturn, r.trades.last().netReturn);
        QCOMPARE(back.metrics.cagr, r.metrics.cagr);
        QCOMPARE(back.settings.top, 2);
        QCOMPARE(back.notes, r.notes);
        QCOMPARE(back.ranking, r.ranking);
        must(repo.remove(id));
        QCOMPARE(repo.load(id).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.remove(id).error().code, ErrorCode::NotFound);
        QSqlQuery q(t.db()->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM backtest_equity WHERE backtest_id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(must(repo.list()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBacktestStore)
#include "TestBacktestStore.moc"
