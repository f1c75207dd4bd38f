#include <cmath>
#include <limits>
#include <random>

#include <QtTest>

#include "core/ml/CrossSection.h"
#include "core/ml/Metrics.h"
#include "core/ml/XsFundamentals.h"

#include "tests/core/ml/MlTestData.h"

using namespace Tessera;
using namespace Tessera::Ml;

namespace {

/** n symbols of planted mean-reverting series (MlTestData.h), each with its own seed, same dates. */
std::vector<XsSymbolInput> plantedMarket(int symbols, int days, unsigned seed)
{
    std::vector<XsSymbolInput> out;
    for (int s = 0; s < symbols; ++s) {
        XsSymbolInput in;
        in.bars =
            Test::plantedSeries(QStringLiteral("S%1").arg(s, 2, 10, QLatin1Char('0')), days, seed + 17 * s);
        out.push_back(std::move(in));
    }
    return out;
}

XsSettings quickSettings()
{
    XsSettings s;
    s.rfTrees = 12;
    s.threads = 1;
    s.folds = 3;
    return s;
}

} // namespace

class TestCrossSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Per-day ranking by hand: day 0 = {3, 1, NaN, 2}, day 1 = {5, 5} (a tie).
    /** Fundamentals enter as of their collection day, never earlier; market cap is logged. */
    void fundamentalsArePointInTime()
    {
        BarSeries bars(QStringLiteral("F"));
        const QDate d0(2024, 1, 1);
        for (int i = 0; i < 6; ++i) {
            bars.append(Bar{d0.addDays(i), 10, 10, 10, 10, 10, 100});
        }
        Fundamentals::Record early;
        early.ticker = QStringLiteral("F");
        early.asOf = d0.addDays(2);
        early.values.fill(std::numeric_limits<double>::quiet_NaN());
        early.set(Fundamentals::Field::PeRatio, 20);
        early.set(Fundamentals::Field::MarketCap, std::exp(10.0));
        Fundamentals::Record late = early;
        late.asOf = d0.addDays(4);
        late.set(Fundamentals::Field::PeRatio, 25);
        late.set(Fundamentals::Field::Roe, 12.5);
        // Given out of order: the function sorts by as-of date.
        const std::vector<double> x = Ml::pointInTimeFundamentals(bars, {late, early});
        const int cols = static_cast<int>(Ml::xsFundamentalFeatureNames().size());
        QCOMPARE(cols, 10);
        QCOMPARE(x.size(), size_t(6 * cols));
        const int pe = static_cast<int>(Ml::xsFundamentalFeatureNames().indexOf(QStringLiteral("pe_ratio")));
        const int cap =
            static_cast<int>(Ml::xsFundamentalFeatureNames().indexOf(QStringLiteral("log_market_cap")));
        const int roe = static_cast<int>(Ml::xsFundamentalFeatureNames().indexOf(QStringLiteral("roe")));
        const auto at = [&](int row, int col) {
            return x[static_cast<size_t>(row * cols + col)];
        };
        QVERIFY(std::isnan(at(0, pe)) && std::isnan(at(1, pe))); // before the first collection: missing
        QCOMPARE(at(2, pe), 20.0);
        QCOMPARE(at(3, pe), 20.0);
        QVERIFY(std::fabs(at(3, cap) - 10.0) < 1e-12);
        QVERIFY(std::isnan(at(3, roe))); // the early record lacks ROE
        QCOMPARE(at(4, pe), 25.0);
        QCOMPARE(at(5, roe), 12.5);
        // A record collected later changes nothing before its day.
        Fundamentals::Record future = late;
        future.asOf = d0.addDays(5);
        future.set(Fundamentals::Field::PeRatio, 99);
        const std::vector<double> y = Ml::pointInTimeFundamentals(bars, {early, late, future});
        for (int row = 0; row < 5; ++row) {
            for (int c = 0; c < cols; ++c) {
                const double a = at(row, c);
                const double b = y[static_cast<size_t>(row * cols + c)];
                QVERIFY((std::isnan(a) && std::isnan(b)) || a == b);
            }
        }
        QCOMPARE(y[static_cast<size_t>(5 * cols + pe)], 99.0);
    }

    void rankPerDay()
    {
        const double nan = std::nan("");
        const std::vector<double> v = {3, 1, nan, 2, 5, 5};
        const std::vector<int> begin = {0, 4, 6};
        const std::vector<double> r = transformPerDay(v, begin, XsTransform::Rank);
        QCOMPARE(r[0], 1.0); // highest of three: rank 3 → (3 − 1)/(3 − 1)
        QCOMPARE(r[1], 0.0);
        QVERIFY(std::isnan(r[2]));
        QCOMPARE(r[3], 0.5);
        QCOMPARE(r[4], 0.5); // tied pair: average rank 1.5 → 0.5
        QCOMPARE(r[5], 0.5);
        // z-scores: day 0 mean 2, sample sd 1; day 1 has sd 0 → 0.
        const std::vector<double> z = transformPerDay(v, begin, XsTransform::ZScore);
        QCOMPARE(z[0], 1.0);
        QCOMPARE(z[1], -1.0);
        QVERIFY(std::isnan(z[2]));
        QCOMPARE(z[3], 0.0);
        QCOMPARE(z[4], 0.0);
        // Clipping at ±3: {0 ×9, 10} has mean 1, sd √10, so 10 → 9/√10 = 2.846 (inside); 20 of {0 ×15, 20}
        // gives 18.75/5 = 3.75 → 3.
        std::vector<double> w(16, 0.0);
        w[15] = 20;
        const std::vector<double> zc = transformPerDay(w, {0, 16}, XsTransform::ZScore);
        QCOMPARE(zc[15], 3.0);
        const std::vector<double> a = averageRanks(std::vector<double>{2, 7, 2, 1}.data(), 4);
        QCOMPARE(a, (std::vector<double>{2.5, 4, 2.5, 1}));
    }

    // Rank IC: Spearman of p = 1..5 and y = {2, 1, 4, 3, 5}: Σd² = 4, ρ = 1 − 6·4/(5·24) = 0.8.
    void rankIc()
    {
        const std::vector<double> p = {1, 2, 3, 4, 5};
        const std::vector<double> y = {2, 1, 4, 3, 5};
        QCOMPARE(spearman(p.data(), y.data(), 5), 0.8);
        // A monotone transform of the prediction changes nothing.
        const std::vector<double> e = {
            std::exp(1.0), std::exp(2.0), std::exp(3.0), std::exp(4.0), std::exp(5.0)};
        QCOMPARE(spearman(e.data(), y.data(), 5), 0.8);
        const IcStats s = icStats({0.1, 0.2, 0.3}, 0);
        QCOMPARE(s.days, 3);
        QVERIFY(std::fabs(s.mean - 0.2) < 1e-12);
        QVERIFY(std::fabs(s.sd - 0.1) < 1e-12);
        QVERIFY(std::fabs(s.icir - 2.0) < 1e-9);
    }

    // Newey–West by hand on x = {1, 2, 3, 4}: mean 2.5, deviations ±1.5, ±0.5; γ0 = 5/4 = 1.25,
    // γ1 = (0.75 − 0.25 + 0.75)/4 = 0.3125. Lag 0: t = 2.5/√(1.25/4) = 4.4721; lag 1: S = 1.25 + 2·½·0.3125
    // = 1.5625, t = 2.5/√(1.5625/4) = 2.5/0.625 = 4.
    void neweyWest()
    {
        const std::vector<double> x = {1, 2, 3, 4};
        QVERIFY(std::fabs(neweyWestT(x, 0) - 2.5 / std::sqrt(0.3125)) < 1e-12);
        QVERIFY(std::fabs(neweyWestT(x, 1) - 4.0) < 1e-12);
        // Lag 2: γ2 = ((0.5)(−1.5) + (1.5)(−0.5))/4 = −0.375; S = 1.25 + 2·(2/3)·0.3125 + 2·(1/3)·(−0.375)
        // = 1.25 + 0.416667 − 0.25 = 1.416667; t = 2.5/√(1.416667/4) = 4.2008.
        QVERIFY(std::fabs(neweyWestT(x, 2) - 2.5 / std::sqrt((1.25 + 0.3125 * 4.0 / 3.0 - 0.25) / 4))
                < 1e-12);
        QVERIFY(std::isnan(neweyWestT(x, 4))); // lag ≥ T
        QVERIFY(std::isnan(neweyWestT({1.0}, 0)));
        // Alternating series: mean 0, t = 0.
        QCOMPARE(neweyWestT({1, -1, 1, -1}, 1), 0.0);
    }

    // Fold boundaries: 100 labelled dates, 2 folds, half initial, embargo 10.
    void foldsAndPurge()
    {
        auto f = xsFolds(100, 2, 0.5, 10);
        QVERIFY(f);
        QCOMPARE(f->size(), size_t(2));
        QCOMPARE((*f)[0].testBegin, 50);
        QCOMPARE((*f)[0].testEnd, 75);
        QCOMPARE((*f)[0].trainLimit, 40);
        QCOMPARE((*f)[1].testBegin, 75);
        QCOMPARE((*f)[1].testEnd, 100);
        QCOMPARE((*f)[1].trainLimit, 65);
        QVERIFY(!xsFolds(100, 30, 0.5, 10)); // blocks of one date
        QVERIFY(!xsFolds(20, 1, 0.1, 5));    // the embargo eats all training dates

        // On a panel of aligned dates, a row dated d has its label end at d + 1 + h: the last training
        // date is trainLimit − (h + 2), i.e. nothing whose label reaches the embargo or the test.
        XsSettings s = quickSettings();
        s.featureDays = 200;
        auto panel = buildXsPanel(plantedMarket(6, 420, 3), {}, s);
        QVERIFY2(panel, panel ? "" : qPrintable(panel.error().message));
        const XsFold fold{0, 120, 130, 150};
        const std::vector<int> rows = xsTrainRows(*panel, fold, panel->yPrice);
        QVERIFY(!rows.empty());
        int lastDate = -1;
        for (int r : rows) {
            QVERIFY(panel->labelEnd[static_cast<size_t>(r)] < fold.trainLimit);
            lastDate = std::max(lastDate, panel->dateOf[static_cast<size_t>(r)]);
        }
        QCOMPARE(lastDate, fold.trainLimit - (s.horizon + 2));
        QCOMPARE(panel->labelEnd[static_cast<size_t>(rows.back())], fold.trainLimit - 1);
    }

    // Labels by hand: a path planted after the warm-up, horizon 3, the row before the entry bar.
    void labels()
    {
        BarSeries bars = Test::plantedSeries(QStringLiteral("A"), 260, 5);
        BarSeries edited(QStringLiteral("A"));
        const double path[4] = {50, 60, 45, 55};
        for (qsizetype i = 0; i < bars.size(); ++i) {
            Bar b = bars.at(i);
            if (i >= 230 && i < 234) {
                b.close = b.adjClose = path[i - 230];
                b.open = b.high = b.low = b.close;
            }
            edited.append(b);
        }
        XsSettings s = quickSettings();
        s.horizon = 3;
        s.transform = XsTransform::None;
        std::vector<XsSymbolInput> in(1);
        in[0].bars = edited;
        auto panel = buildXsPanel(in, {}, s);
        QVERIFY(panel);
        const qint64 day = edited.days()[229];
        int row = -1;
        for (int r = 0; r < panel->rows(); ++r) {
            if (panel->dates[static_cast<size_t>(panel->dateOf[static_cast<size_t>(r)])] == day) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        QVERIFY(std::fabs(panel->rawPrice[static_cast<size_t>(row)] - (55.0 / 50.0 - 1))
                < 1e-12); // t+1 → t+4
        QVERIFY(std::fabs(panel->rawRisk[static_cast<size_t>(row)] - (1 - 45.0 / 60.0)) < 1e-12); // 60 → 45
        // The last h + 1 bars have no label (their exit bar is missing); the one before them does.
        QVERIFY(!panel->hasLabel(panel->rows() - 1));
        QVERIFY(!panel->hasLabel(panel->rows() - 3));
        QVERIFY(panel->hasLabel(panel->rows() - 5));
        QVERIFY(std::isnan(panel->rawPrice[static_cast<size_t>(panel->rows()) - 4]));
    }

    // The planted mean reversion is found out of sample, and the report is self-consistent.
    void plantedSignalIsFound()
    {
        XsSettings s = quickSettings();
        auto panel = buildXsPanel(plantedMarket(30, 420, 11), {}, s);
        QVERIFY(panel);
        int calls = 0;
        auto r = trainCrossSection(*panel, s, [&](int done, int total, const QString&) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(calls, 2 * (s.folds + 1));
        QCOMPARE(r->symbols, 30);
        QCOMPARE(r->price.folds.size(), size_t(3));
        QVERIFY2(r->price.ic.mean > 0.1, qPrintable(QString::number(r->price.ic.mean)));
        QVERIFY(r->price.ic.t > s.gate);
        QVERIFY(r->price.validated);
        QVERIFY(r->price.spread > 0);
        QVERIFY(r->price.deciles[9] > r->price.deciles[0]);
        QVERIFY(r->price.spreadNet < r->price.spread); // costs are charged
        QVERIFY(r->price.turnover > 0 && r->price.turnover <= 1);
        QCOMPARE(r->scores.size(), size_t(30));
        for (const XsScore& sc : r->scores) {
            QVERIFY(sc.predictionScore >= 0 && sc.predictionScore <= 1);
            QVERIFY(sc.riskScore >= 0 && sc.riskScore <= 1);
            QVERIFY(sc.confidence >= 0 && sc.confidence <= 1);
            QVERIFY(std::fabs(sc.priceTarget - sc.close * (1 + sc.predictedReturn)) < 1e-9);
        }
        QVERIFY(!r->price.payload.isEmpty());
        // Cancel after the first fit.
        auto c = trainCrossSection(*panel, s, [](int, int, const QString&) { return false; });
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::Cancelled);
    }

    // Pure noise labels: no validation (the gate holds), confidence 0 when t ≤ 0.
    void noiseIsNotValidated()
    {
        XsSettings s = quickSettings();
        std::vector<XsSymbolInput> in;
        std::mt19937_64 rng(99);
        std::normal_distribution<double> normal;
        for (int k = 0; k < 20; ++k) {
            BarSeries b(QStringLiteral("N%1").arg(k));
            QDate d(2022, 1, 3);
            double c = 100;
            for (int i = 0; i < 420; ++i) {
                while (d.dayOfWeek() > 5) {
                    d = d.addDays(1);
                }
                c *= std::exp(0.01 * normal(rng));
                b.append(Bar{d, c, c * 1.005, c * 0.995, c, c, 1e6});
                d = d.addDays(1);
            }
            in.push_back({b, {}});
        }
        auto panel = buildXsPanel(in, {}, s);
        QVERIFY(panel);
        auto r = trainCrossSection(*panel, s);
        QVERIFY(r);
        QVERIFY2(!(r->price.ic.t >= s.gate), qPrintable(QString::number(r->price.ic.t)));
        QVERIFY(!r->price.validated);
    }

    // Look-ahead: every bar after D changed (prices scaled by a random walk, volumes too) leaves every
    // score, fold and metric of a run as of D unchanged.
    void noLookAhead()
    {
        XsSettings s = quickSettings();
        std::vector<XsSymbolInput> a = plantedMarket(12, 420, 21);
        const QDate d = a[0].bars.date(380);
        std::vector<XsSymbolInput> b;
        std::mt19937_64 rng(5);
        std::normal_distribution<double> normal;
        for (const XsSymbolInput& in : a) {
            BarSeries changed(in.bars.ticker());
            double f = 1;
            for (qsizetype i = 0; i < in.bars.size(); ++i) {
                Bar bar = in.bars.at(i);
                if (bar.date > d) {
                    f *= std::exp(0.05 * normal(rng));
                    bar.open *= f;
                    bar.high *= f;
                    bar.low *= f;
                    bar.close *= f;
                    bar.adjClose *= f * 0.9;
                    bar.volume *= 3;
                }
                changed.append(bar);
            }
            b.push_back({changed, {}});
        }
        auto pa = buildXsPanel(a, {}, s, d);
        auto pb = buildXsPanel(b, {}, s, d);
        QVERIFY(pa && pb);
        QCOMPARE(pa->asOf(), d);
        QCOMPARE(pa->x, pb->x);
        QCOMPARE(pa->labelEnd, pb->labelEnd);
        auto ra = trainCrossSection(*pa, s);
        auto rb = trainCrossSection(*pb, s);
        QVERIFY2(ra, ra ? "" : qPrintable(ra.error().message));
        QVERIFY(rb);
        QCOMPARE(ra->price.icSeries, rb->price.icSeries);
        QCOMPARE(ra->risk.icSeries, rb->risk.icSeries);
        QCOMPARE(QJsonDocument(ra->price.toJson(true)).toJson(),
                 QJsonDocument(rb->price.toJson(true)).toJson());
        QCOMPARE(QJsonDocument(ra->risk.toJson(true)).toJson(),
                 QJsonDocument(rb->risk.toJson(true)).toJson());
        QCOMPARE(ra->scores.size(), rb->scores.size());
        for (size_t i = 0; i < ra->scores.size(); ++i) {
            QCOMPARE(ra->scores[i].ticker, rb->scores[i].ticker);
            QCOMPARE(ra->scores[i].predictionScore, rb->scores[i].predictionScore);
            QCOMPARE(ra->scores[i].priceTarget, rb->scores[i].priceTarget);
            QCOMPARE(ra->scores[i].riskScore, rb->scores[i].riskScore);
            QCOMPARE(ra->scores[i].confidence, rb->scores[i].confidence);
        }
        // And the change is visible when the as-of date moves past D (the test can fail).
        auto late = buildXsPanel(b, {}, s);
        QVERIFY(late);
        QVERIFY(late->asOf() > d);
    }

    /**
     * A model trained as of D scores D from a panel built as of a later day exactly as it scored D in
     * training (the stored payload, reloaded; the date's rows do not depend on later bars), and scores
     * the later dates from the same panel: the walk-forward backtest's way of scoring the days after a
     * retrain.
     */
    void laterPanelScoresEarlierDatesAsTraining()
    {
        XsSettings s = quickSettings();
        const std::vector<XsSymbolInput> market = plantedMarket(12, 420, 31);
        const QDate d = market[0].bars.date(380);
        auto trained = buildXsPanel(market, {}, s, d);
        QVERIFY(trained);
        auto model = trainCrossSection(*trained, s);
        QVERIFY2(model, model ? "" : qPrintable(model.error().message));
        auto late = buildXsPanel(market, {}, s);
        QVERIFY(late);
        const int at = static_cast<int>(std::find(late->dates.begin(), late->dates.end(), d.toJulianDay())
                                        - late->dates.begin());
        QVERIFY(at < late->dateCount() - 1);
        auto same = scoreCrossSection(*model, *late, at, at);
        QVERIFY2(same, same ? "" : qPrintable(same.error().message));
        QCOMPARE(same->size(), model->scores.size());
        for (size_t i = 0; i < same->size(); ++i) {
            QCOMPARE((*same)[i].ticker, model->scores[i].ticker);
            QCOMPARE((*same)[i].asOf, d);
            QCOMPARE((*same)[i].predictionScore, model->scores[i].predictionScore);
            QCOMPARE((*same)[i].riskScore, model->scores[i].riskScore);
            QCOMPARE((*same)[i].predictedReturn, model->scores[i].predictedReturn);
            QCOMPARE((*same)[i].confidence, model->scores[i].confidence);
        }
        auto after = scoreCrossSection(*model, *late, at + 1, late->dateCount() - 1);
        QVERIFY(after);
        QCOMPARE(after->size(), size_t(12 * (late->dateCount() - 1 - at)));
        QCOMPARE(after->front().asOf, QDate::fromJulianDay(late->dates[static_cast<size_t>(at) + 1]));
        QCOMPARE(after->back().asOf, late->asOf());
        for (const XsScore& sc : *after) {
            QVERIFY(sc.predictionScore >= 0 && sc.predictionScore <= 1);
        }
        // A panel with other columns is refused.
        XsPanel other = *late;
        other.featureNames << QStringLiteral("extra");
        QVERIFY(!scoreCrossSection(*model, other, at, at));
    }

    void weekdays()
    {
        QCOMPARE(addWeekdays(QDate(2024, 3, 1), 10), QDate(2024, 3, 15)); // Friday + 10 trading days
        QCOMPARE(addWeekdays(QDate(2024, 3, 2), 1), QDate(2024, 3, 4));   // Saturday → Monday
    }
};

QTEST_GUILESS_MAIN(TestCrossSection)
#include "TestCrossSection.moc"
