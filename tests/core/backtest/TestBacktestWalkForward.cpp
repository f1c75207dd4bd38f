// Backtests with cross-sectional scores retrained walk-forward (issue 16): each model trained on data up
// to its retrain day only, scoring the days until the next, without touching the stored models.

#include <cmath>

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include "core/backtest/Backtest.h"
#include "core/ml/CrossSection.h"
#include "core/store/BacktestDataRepository.h"
#include "core/store/BarRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/BacktestRun.h"
#include "core/tasks/TrainXsTask.h"
#include "core/tasks/XsWalkForward.h"

#include "tests/core/ml/MlTestData.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

constexpr int kSymbols = 8;
constexpr int kBars = 420;

QString tickerOf(int s)
{
    return QStringLiteral("S%1").arg(s);
}

/** Small models so that a test trains several in a second: 120 days, 2 folds, 10 trees, no fundamentals. */
void quickXsSettings(const Store::Database& db)
{
    Store::SettingsRepository settings(db);
    must(settings.setValue(QStringLiteral("xs/featureDays"), QStringLiteral("120")));
    must(settings.setValue(QStringLiteral("xs/folds"), QStringLiteral("2")));
    must(settings.setValue(QStringLiteral("xs/rf/trees"), QStringLiteral("10")));
    must(settings.setValue(QStringLiteral("xs/fundamentals"), QStringLiteral("off")));
}

/** kSymbols planted series (tests/core/ml/MlTestData.h); with a cut, every bar after it is changed. */
void fill(const Store::Database& db, const QDate& cut = {})
{
    for (int s = 0; s < kSymbols; ++s) {
        const BarSeries planted = Test::plantedSeries(tickerOf(s), kBars, 40 + 7 * s);
        BarSeries bars(tickerOf(s));
        for (qsizetype i = 0; i < planted.size(); ++i) {
            Bar b = planted.at(i);
            if (cut.isValid() && b.date > cut) {
                const double f = 1.0 + 0.03 * std::sin(0.9 * static_cast<double>(i) + s);
                b.open *= f;
                b.high *= f * 1.01;
                b.low *= f * 0.99;
                b.close *= f;
                b.adjClose = b.close;
                b.volume *= 2;
            }
            bars.append(b);
        }
        must(Store::BarRepository(db).replaceAll(tickerOf(s), bars, {}));
    }
    quickXsSettings(db);
}

qint64 count(const Store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    return q.value(0).toLongLong();
}

Tasks::BacktestRequest walkForward(QDate from, QDate to)
{
    Tasks::BacktestRequest r;
    r.screen = QStringLiteral("close > 0");
    r.ranking = QStringLiteral("ml_prediction_score");
    r.settings.from = from;
    r.settings.to = to;
    r.settings.rebalanceDays = 5;
    r.settings.top = 3;
    r.settings.hold = 5;
    r.settings.xsWalkForward = true;
    r.settings.xsRetrainDays = 40;
    return r;
}

} // namespace

class TestBacktestWalkForward : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    /**
     * Each retrain day's scores are those of train-xs's computation as of that day (the same panel,
     * settings and scores), and the days up to the next retrain are scored by that model (model day =
     * the retrain day).
     */
    void eachRetrainDayScoresAsTrainingAsOfIt()
    {
        Test::TempDatabase t;
        fill(*t.db());
        const BarSeries any = Test::plantedSeries(tickerOf(0), kBars, 40);
        const QDate from = any.date(300), to = any.date(kBars - 1);
        Screens::FieldNeeds needs;
        needs.fields = QStringList{QStringLiteral("close"), QStringLiteral("ml_prediction_score")};
        Backtest::Panel panel = must(Store::BacktestDataRepository(*t.db()).load({}, from, to, needs));
        const std::vector<qint64> calendar = Backtest::tradingCalendar(panel, from, to);
        QCOMPARE(calendar.size(), size_t(kBars - 300));
        const Tasks::XsWalkForwardSummary summary = must(Tasks::walkForwardXs(*t.db(), panel, calendar, 40));
        QCOMPARE(summary.retrains, 3); // days 300, 340, 380
        QCOMPARE(summary.models, 3);
        QCOMPARE(summary.symbols, kSymbols);
        QCOMPARE(summary.scores, kSymbols * (kBars - 300));

        const Ml::XsSettings settings = must(Tasks::storedXsSettings(*t.db()));
        QCOMPARE(settings.featureDays, 120);
        QCOMPARE(settings.rfTrees, 10);
        std::vector<Ml::XsSymbolInput> inputs;
        for (int s = 0; s < kSymbols; ++s) {
            inputs.push_back({Test::plantedSeries(tickerOf(s), kBars, 40 + 7 * s), {}});
        }
        for (int retrain : {300, 340, 380}) {
            const QDate asOf = any.date(retrain);
            const Ml::XsResult model =
                must(Ml::trainCrossSection(must(Ml::buildXsPanel(inputs, {}, settings, asOf)), settings));
            QCOMPARE(model.scores.size(), size_t(kSymbols));
            for (const Ml::XsScore& sc : model.scores) {
                const Backtest::SymbolHistory& s =
                    panel.symbols[static_cast<size_t>(sc.ticker.mid(1).toInt())];
                QCOMPARE(s.ticker, sc.ticker);
                const qsizetype x = Backtest::xsRowAt(s, asOf.toJulianDay());
                QVERIFY(x >= 0);
                QCOMPARE(s.xsDays[static_cast<size_t>(x)], asOf.toJulianDay());
                QCOMPARE(s.xs[static_cast<size_t>(x)][0], sc.predictionScore);
                QCOMPARE(s.xs[static_cast<size_t>(x)][4], sc.riskScore);
                QCOMPARE(s.xs[static_cast<size_t>(x)][3], sc.confidence);
                // The next 39 days carry this model's scores.
                for (int k = 0; k < 40 && retrain + k < kBars; ++k) {
                    const qsizetype y = Backtest::xsRowAt(s, any.date(retrain + k).toJulianDay());
                    QCOMPARE(s.xsDays[static_cast<size_t>(y)], any.date(retrain + k).toJulianDay());
                    QCOMPARE(s.xsModelDays[static_cast<size_t>(y)], asOf.toJulianDay());
                }
            }
        }
    }

    /**
     * Look-ahead, end to end: two stores with the same bars up to D and different bars after it give the
     * same walk-forward backtest up to D (scores, selections, trades, equity), and a different one after.
     * The stored models and scores are not written.
     */
    void laterBarsChangeNothingBeforeD()
    {
        const BarSeries any = Test::plantedSeries(tickerOf(0), kBars, 40);
        const QDate d = any.date(340); // a retrain day: a model trained a day later would show
        Test::TempDatabase a, b;
        fill(*a.db());
        fill(*b.db(), d);
        const Tasks::BacktestRequest req = walkForward(any.date(300), any.date(kBars - 1));
        const Backtest::BacktestResult before = must(Tasks::runStoredBacktest(a.db(), req));
        const Backtest::BacktestResult after = must(Tasks::runStoredBacktest(b.db(), req));
        QVERIFY2(before.notes.join(QLatin1Char('\n')).contains(QStringLiteral("recomputed walk-forward")),
                 qPrintable(before.notes.join(QLatin1Char('\n'))));
        QVERIFY(before.xsSeconds > 0);
        QCOMPARE(count(*a.db(), QStringLiteral("SELECT COUNT(*) FROM xs_models")), 0);
        QCOMPARE(count(*a.db(), QStringLiteral("SELECT COUNT(*) FROM xs_scores")), 0);

        int ranked = 0;
        bool laterDiffers = false;
        QCOMPARE(before.selections.size(), after.selections.size());
        for (qsizetype i = 0; i < before.selections.size(); ++i) {
            if (before.selections[i].date <= d) {
                QCOMPARE(after.selections[i].symbols, before.selections[i].symbols);
                QVERIFY(after.selections[i].scores == before.selections[i].scores);
                ++ranked;
            } else {
                // Percentile scores repeat (k/7 among 8 symbols): which symbols hold them is what changes.
                laterDiffers = laterDiffers || after.selections[i].symbols != before.selections[i].symbols;
            }
        }
        QCOMPARE(ranked, 9); // days 300, 305, …, 340
        QVERIFY2(laterDiffers, "the later scores must differ, or this test checks nothing");
        for (size_t i = 0; i < before.curve.size(); ++i) {
            if (before.curve[i].date <= d) {
                QCOMPARE(after.curve[i].equity, before.curve[i].equity);
            }
        }
        int checked = 0;
        for (int i = 0; i < before.trades.size() && before.trades[i].entryDate <= d; ++i) {
            QCOMPARE(after.trades[i].symbol, before.trades[i].symbol);
            QCOMPARE(after.trades[i].entryDate, before.trades[i].entryDate);
            QCOMPARE(after.trades[i].entryPrice, before.trades[i].entryPrice);
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    /** Without the option the stored scores are used, and the report says so. */
    void storedScoresByDefault()
    {
        Test::TempDatabase t;
        fill(*t.db());
        const BarSeries any = Test::plantedSeries(tickerOf(0), kBars, 40);
        Tasks::BacktestRequest req = walkForward(any.date(300), any.date(kBars - 1));
        req.settings.xsWalkForward = false;
        const Backtest::BacktestResult r = must(Tasks::runStoredBacktest(t.db(), req));
        const QString notes = r.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("came from the stored models only"))
                     && notes.contains(QStringLiteral("gave 0 of 24 rebalance days scores")),
                 qPrintable(notes));
        QCOMPARE(r.xsSeconds, 0.0);
        // Too few symbols for a cross-section: a clear refusal.
        Tasks::BacktestRequest few = walkForward(any.date(300), any.date(kBars - 1));
        few.selection = QStringLiteral("S1");
        auto refused = Tasks::runStoredBacktest(t.db(), few);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("at least 5 symbols")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBacktestWalkForward)
#include "TestBacktestWalkForward.moc"
