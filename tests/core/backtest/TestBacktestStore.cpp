#include <cmath>

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include "core/store/BacktestDataRepository.h"
#include "core/store/BacktestRepository.h"
#include "core/store/ScreenDataRepository.h"
#include "core/tasks/BacktestRun.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

void exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql)) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
}

/**
 * Three symbols with weekday bars from 2024-01-01 to 2024-04-30, an rsi_14 row per bar, fundamentals
 * as of 2024-02-01 and 2024-03-01, and cross-sectional scores of two models: one trained to
 * 2024-01-20 scoring 2024-01-25, one trained to 2024-03-10 that scored 2024-02-15 (a later model's
 * score of an earlier day).
 */
void fill(const Store::Database& db)
{
    QSqlQuery q(db.connection());
    exec(q, QStringLiteral("BEGIN"));
    for (int s = 1; s <= 3; ++s) {
        exec(q,
             QStringLiteral("INSERT INTO symbols (id, ticker, name) VALUES (%1, 'S%1', 'Stock %1')").arg(s));
        int i = 0;
        QDate first, last;
        for (QDate d(2024, 1, 1); d <= QDate(2024, 4, 30); d = d.addDays(1)) {
            if (d.dayOfWeek() > 5) {
                continue;
            }
            first = first.isValid() ? first : d;
            last = d;
            const double c = 100 + s * 10 + (i % 7) * s - (i % 3);
            exec(q,
                 QStringLiteral("INSERT INTO daily_bars VALUES (%1, '%2', %3, %4, %5, %3, %3, %6)")
                     .arg(s)
                     .arg(d.toString(Qt::ISODate))
                     .arg(c)
                     .arg(c + 1)
                     .arg(c - 1)
                     .arg(1000 * (i + 1)));
            exec(q,
                 QStringLiteral(
                     "INSERT INTO technical_indicators (id, symbol_id, date, rsi_14) VALUES (%1, %2, "
                     "'%3', %4)")
                     .arg(static_cast<qint64>(s) * 4294967296LL + d.toJulianDay())
                     .arg(s)
                     .arg(d.toString(Qt::ISODate))
                     .arg(30 + (i * 7 + s * 13) % 50));
            ++i;
        }
        exec(q,
             QStringLiteral(
                 "INSERT INTO bar_summary (symbol_id, bar_count, first_date, last_date, updated_at) "
                 "VALUES (%1, %2, '%3', '%4', 'now')")
                 .arg(s)
                 .arg(i)
                 .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        exec(q,
             QStringLiteral("INSERT INTO fundamentals (symbol_id, as_of, collected_at, pe_ratio) VALUES (%1, "
                            "'2024-02-01', 'x', %2), (%1, '2024-03-01', 'x', %3)")
                 .arg(s)
                 .arg(10 + s)
                 .arg(20 + s));
    }
    const QString model =
        QStringLiteral("INSERT INTO xs_models (id, selection, as_of, learner, transform, horizon, "
                       "feature_names, settings, symbols, "
                       "rows, gate, price_validated, risk_validated, price_metrics, risk_metrics, "
                       "trained_at) VALUES (%1, 'all', "
                       "'%2', 'xgb', 'rank', 5, '[]', '{}', 3, 100, 2, 1, 1, '{}', '{}', 'now')");
    exec(q, model.arg(1).arg(QStringLiteral("2024-01-20")));
    exec(q, model.arg(2).arg(QStringLiteral("2024-03-10")));
    const QString score = QStringLiteral("INSERT INTO xs_scores (symbol_id, as_of, model_id, "
                                         "ml_prediction_score, ml_confidence, ml_risk_score, "
                                         "price_validated, risk_validated, expires_on) VALUES (%1, '%2', %3, "
                                         "%4, 0.5, 0.5, 1, 1, '2099-01-01')");
    for (int s = 1; s <= 3; ++s) {
        exec(q, score.arg(s).arg(QStringLiteral("2024-01-25")).arg(1).arg(0.1 * s));
        exec(q, score.arg(s).arg(QStringLiteral("2024-02-15")).arg(2).arg(0.9));
    }
    exec(q, QStringLiteral("COMMIT"));
}

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
        fill(*t.db());
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
        fill(*t.db());
        auto early = Tasks::runStoredBacktest(
            *t.db(), request(QStringLiteral("pe_ratio < 100"), QDate(2024, 1, 15), QDate(2024, 4, 30)));
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QStringLiteral("2024-02-01"))
                     && early.error().message.contains(QStringLiteral("--allow-stale-fundamentals")),
                 qPrintable(early.error().message));
        Tasks::BacktestRequest allowed =
            request(QStringLiteral("pe_ratio < 100"), QDate(2024, 1, 15), QDate(2024, 4, 30));
        allowed.settings.allowStaleFundamentals = true;
        const Backtest::BacktestResult r = must(Tasks::runStoredBacktest(*t.db(), allowed));
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("not point-in-time")));
        QVERIFY(r.trades.size() > 0);
        const Backtest::BacktestResult later = must(Tasks::runStoredBacktest(
            *t.db(), request(QStringLiteral("pe_ratio < 100"), QDate(2024, 2, 1), QDate(2024, 4, 30))));
        QVERIFY(!later.notes.join(QLatin1Char(' ')).contains(QStringLiteral("not point-in-time")));
        QVERIFY(later.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Survivorship")));
    }

    void clearErrors()
    {
        Test::TempDatabase t;
        fill(*t.db());
        const QDate from(2024, 2, 1), to(2024, 4, 30);
        auto verdict = Tasks::runStoredBacktest(*t.db(), request(QStringLiteral("verdict = 'UP'"), from, to));
        QVERIFY(!verdict);
        QVERIFY2(verdict.error().message.contains(QStringLiteral("verdict cannot be replayed")),
                 qPrintable(verdict.error().message));
        auto parse = Tasks::runStoredBacktest(*t.db(), request(QStringLiteral("rsi_14 < "), from, to));
        QVERIFY(!parse);
        QVERIFY2(parse.error().message.contains(QStringLiteral("no stored screen is named"))
                     && parse.error().message.contains(QStringLiteral("column")),
                 qPrintable(parse.error().message));
        Tasks::BacktestRequest empty = request(QStringLiteral("close > 0"), from, to);
        empty.selection = QStringLiteral("S9");
        auto none = Tasks::runStoredBacktest(*t.db(), empty);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("no stored bars")),
                 qPrintable(none.error().message));
        auto unknownUniverse = Tasks::runStoredBacktest(*t.db(), [&] {
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
        fill(*t.db());
        Tasks::BacktestRequest req =
            request(QStringLiteral("momentum"), QDate(2024, 2, 1), QDate(2024, 4, 30));
        req.screen = QStringLiteral("close > 0");
        req.ranking = QStringLiteral("return_5d");
        const Backtest::BacktestResult r = must(Tasks::runStoredBacktest(*t.db(), req));
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
