#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include <QElapsedTimer>
#include <QSet>
#include <QtConcurrent>
#include <QtTest>

#include "core/fetch/providers/SyntheticProvider.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Fetch;

namespace {

/** A fixed, non-weekend end date so the tests never depend on today's date. */
QDate fixedEnd()
{
    return QDate(2024, 6, 28); // a Friday
}

SyntheticOptions options(int days, quint64 seed = 42, QDate end = fixedEnd())
{
    SyntheticOptions o;
    o.seed = seed;
    o.days = days;
    o.endDate = end;
    return o;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size()
           && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

bool identical(const BarSeries& a, const BarSeries& b)
{
    return a.ticker() == b.ticker() && a.days() == b.days() && sameBits(a.open(), b.open())
           && sameBits(a.high(), b.high()) && sameBits(a.low(), b.low()) && sameBits(a.close(), b.close())
           && sameBits(a.adjClose(), b.adjClose()) && sameBits(a.volume(), b.volume());
}

double mean(const std::vector<double>& x)
{
    double s = 0.0;
    for (const double v : x)
        s += v;
    return s / static_cast<double>(x.size());
}

/** Excess kurtosis with population moments: m4 / m2^2 - 3. */
double excessKurtosis(const std::vector<double>& x)
{
    const double m = mean(x);
    double m2 = 0.0;
    double m4 = 0.0;
    for (const double v : x) {
        const double d = (v - m) * (v - m);
        m2 += d;
        m4 += d * d;
    }
    m2 /= static_cast<double>(x.size());
    m4 /= static_cast<double>(x.size());
    return m4 / (m2 * m2) - 3.0;
}

/** Lag-1 sample autocorrelation: sum (x_t - m)(x_t-1 - m) / sum (x_t - m)^2. */
double lag1Autocorrelation(const std::vector<double>& x)
{
    const double m = mean(x);
    double num = 0.0;
    double den = 0.0;
    for (size_t t = 0; t < x.size(); ++t) {
        den += (x[t] - m) * (x[t] - m);
        if (t > 0)
            num += (x[t] - m) * (x[t - 1] - m);
    }
    return num / den;
}

double pearson(const std::vector<double>& x, const std::vector<double>& y)
{
    const double mx = mean(x);
    const double my = mean(y);
    double sxy = 0.0;
    double sxx = 0.0;
    double syy = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

double median(std::vector<double> x)
{
    std::sort(x.begin(), x.end());
    const size_t n = x.size();
    return n % 2 == 1 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
}

QStringList demoTickers()
{
    QStringList tickers;
    for (const Symbol& s : demoSymbols())
        tickers.append(s.ticker);
    return tickers;
}

} // namespace

class TestSyntheticProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deterministic();
    void goldenValues();
    void seedAndTickerChangeTheSeries();
    void independentOfOtherTickers();
    void businessDays_data();
    void businessDays();
    void invalidEndDateEndsBeforeToday();
    void nonPositiveDaysGiveEmptySeries();
    void ohlcValidity();
    void longHorizonStaysValid();
    void stylisedFacts_data();
    void stylisedFacts();
    void generationTime();
    void demoUniverse();
    void planAllIsDemoUniverse();
    void planSelection();
    void fetchDeliversSeries();
    void invalidOptionsAreRejected_data();
    void invalidOptionsAreRejected();
};

void TestSyntheticProvider::initTestCase()
{
    Test::initTestEnvironment();
}

void TestSyntheticProvider::deterministic()
{
    const BarSeries a = generateSyntheticSeries(QStringLiteral("ALVORA.DEMO"), options(750, 7));
    const BarSeries b = generateSyntheticSeries(QStringLiteral("ALVORA.DEMO"), options(750, 7));
    QCOMPARE(a.size(), 750);
    QVERIFY(identical(a, b));
}

void TestSyntheticProvider::goldenValues()
{
    // Pins the stream (FNV-1a, splitmix64, xoshiro256**, polar normals) and the parameter draw order:
    // any change here changes every stored demo market and every machine must print these numbers.
    const BarSeries s = generateSyntheticSeries(QStringLiteral("RELIANCE.NS"), options(500, 1));
    QCOMPARE(s.size(), 500);
    QCOMPARE(s.firstDate(), QDate(2022, 8, 1)); // 100 whole weeks back
    const Bar first = s.at(0);
    const Bar last = s.at(s.size() - 1);
    qInfo("golden: first O %.2f H %.2f L %.2f C %.2f V %.0f; last C %.2f V %.0f",
          first.open,
          first.high,
          first.low,
          first.close,
          first.volume,
          last.close,
          last.volume);
    // Exact comparisons: the values are the doubles nearest to these cents.
    QVERIFY(first.open == 31.37 && first.high == 31.43 && first.low == 30.60 && first.close == 31.10);
    QVERIFY(first.volume == 5845461.0);
    QVERIFY(last.close == 53.07 && last.volume == 3913304.0);
}

void TestSyntheticProvider::seedAndTickerChangeTheSeries()
{
    const BarSeries base = generateSyntheticSeries(QStringLiteral("ALVORA.DEMO"), options(300, 1));
    const BarSeries otherSeed = generateSyntheticSeries(QStringLiteral("ALVORA.DEMO"), options(300, 2));
    const BarSeries otherTicker = generateSyntheticSeries(QStringLiteral("CALDERA.DEMO"), options(300, 1));
    QVERIFY(!sameBits(base.close(), otherSeed.close()));
    QVERIFY(!sameBits(base.close(), otherTicker.close()));
    QVERIFY(!sameBits(base.volume(), otherSeed.volume()));
    // Same dates whatever the ticker: the calendar depends only on days and endDate.
    QCOMPARE(base.days(), otherTicker.days());
}

void TestSyntheticProvider::independentOfOtherTickers()
{
    const QString target = QStringLiteral("NIMBRA.DEMO");
    const SyntheticOptions o = options(400, 3);
    const BarSeries alone = generateSyntheticSeries(target, o);

    // Generated after others in one thread...
    BarSeries inSequence;
    for (const QString& ticker : demoTickers()) {
        const BarSeries s = generateSyntheticSeries(ticker, o);
        if (ticker == target)
            inSequence = s;
    }
    QVERIFY(identical(alone, inSequence));

    // ...and concurrently with others, as the load task's pool does.
    const QList<BarSeries> parallel = QtConcurrent::blockingMapped(
        demoTickers(), [&o](const QString& t) { return generateSyntheticSeries(t, o); });
    const qsizetype index = demoTickers().indexOf(target);
    QVERIFY(index >= 0);
    QVERIFY(identical(alone, parallel[index]));
}

void TestSyntheticProvider::businessDays_data()
{
    QTest::addColumn<QDate>("endDate");
    QTest::addColumn<QDate>("expectedLast");
    QTest::addColumn<int>("days");
    QTest::newRow("friday") << QDate(2024, 6, 28) << QDate(2024, 6, 28) << 500;
    QTest::newRow("wednesday") << QDate(2024, 6, 26) << QDate(2024, 6, 26) << 37;
    QTest::newRow("monday, one day") << QDate(2024, 6, 24) << QDate(2024, 6, 24) << 1;
    QTest::newRow("saturday") << QDate(2024, 6, 29) << QDate(2024, 6, 28) << 260;
    QTest::newRow("sunday") << QDate(2024, 6, 30) << QDate(2024, 6, 28) << 6;
    QTest::newRow("leap day, long") << QDate(2024, 2, 29) << QDate(2024, 2, 29) << 5000;
}

void TestSyntheticProvider::businessDays()
{
    QFETCH(QDate, endDate);
    QFETCH(QDate, expectedLast);
    QFETCH(int, days);
    const BarSeries s = generateSyntheticSeries(QStringLiteral("TELORA.DEMO"), options(days, 42, endDate));
    QCOMPARE(s.size(), days);
    QCOMPARE(s.lastDate(), expectedLast);
    for (qsizetype i = 0; i < s.size(); ++i) {
        QVERIFY2(s.date(i).dayOfWeek() <= Qt::Friday, qPrintable(s.date(i).toString(Qt::ISODate)));
        if (i > 0) {
            // Ascending and unique, and no weekday skipped: consecutive bars are 1 day apart, or 3
            // across a weekend.
            const qint64 step = s.days()[static_cast<size_t>(i)] - s.days()[static_cast<size_t>(i - 1)];
            QVERIFY(step == 1 || (step == 3 && s.date(i).dayOfWeek() == Qt::Monday));
        }
    }
}

void TestSyntheticProvider::invalidEndDateEndsBeforeToday()
{
    SyntheticOptions o = options(20);
    o.endDate = QDate();
    const BarSeries s = generateSyntheticSeries(QStringLiteral("TELORA.DEMO"), o);
    QCOMPARE(s.size(), 20);
    QDate expected = QDate::currentDate().addDays(-1);
    while (expected.dayOfWeek() > Qt::Friday)
        expected = expected.addDays(-1);
    // A run across midnight may see a newer "today" than the generator did.
    QVERIFY2(s.lastDate() == expected || s.lastDate().daysTo(expected) <= 3,
             qPrintable(s.lastDate().toString(Qt::ISODate)));
    QVERIFY(s.lastDate() < QDate::currentDate());
    QVERIFY(s.lastDate().dayOfWeek() <= Qt::Friday);
}

void TestSyntheticProvider::nonPositiveDaysGiveEmptySeries()
{
    QVERIFY(generateSyntheticSeries(QStringLiteral("X"), options(0)).isEmpty());
    QVERIFY(generateSyntheticSeries(QStringLiteral("X"), options(-5)).isEmpty());
}

void TestSyntheticProvider::ohlcValidity()
{
    for (const QString& ticker : demoTickers()) {
        const BarSeries s = generateSyntheticSeries(ticker, options(2000, 11));
        QCOMPARE(s.size(), 2000);
        for (qsizetype i = 0; i < s.size(); ++i) {
            const Bar b = s.at(i);
            const QByteArray where = ticker.toUtf8() + ' ' + b.date.toString(Qt::ISODate).toUtf8();
            QVERIFY2(b.low > 0.0, where.constData());
            QVERIFY2(b.low <= std::min(b.open, b.close), where.constData());
            QVERIFY2(b.high >= std::max(b.open, b.close), where.constData());
            QVERIFY2(b.adjClose == b.close, where.constData());
            QVERIFY2(b.volume >= 1.0 && b.volume == std::round(b.volume), where.constData());
            for (const double p : {b.open, b.high, b.low, b.close}) {
                QVERIFY2(std::isfinite(p), where.constData());
                // Whole cents: the value is the double nearest to some k / 100.
                QVERIFY2(std::round(p * 100.0) / 100.0 == p, where.constData());
            }
            if (i > 0) {
                // The +-20 % band (plus a cent of rounding) between consecutive closes.
                const double move = b.close / s.close()[static_cast<size_t>(i - 1)];
                QVERIFY2(move > 0.79 && move < 1.21, where.constData());
            }
        }
    }
}

void TestSyntheticProvider::longHorizonStaysValid()
{
    // The longest history the provider accepts: prices stay positive, finite and above pennies (the
    // lowest low over 50 symbols x seeds 1-5 at this length is 0.79).
    const BarSeries s = generateSyntheticSeries(QStringLiteral("CARBONA.DEMO"), options(20000, 5));
    QCOMPARE(s.size(), 20000);
    const auto [lo, hi] = std::minmax_element(s.low().begin(), s.low().end());
    QVERIFY2(*lo >= 0.5, qPrintable(QString::number(*lo)));
    QVERIFY(std::isfinite(*hi));
    QVERIFY(
        std::all_of(s.high().begin(), s.high().end(), [](double h) { return std::isfinite(h) && h < 1e7; }));
}

void TestSyntheticProvider::stylisedFacts_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
    QTest::newRow("seed 42") << quint64(42);
}

void TestSyntheticProvider::stylisedFacts()
{
    QFETCH(quint64, seed);
    std::vector<double> kurtosis;
    std::vector<double> archAutocorr;
    std::vector<double> returnAutocorr;
    std::vector<double> volumeLink;
    std::vector<double> annualVol;
    std::vector<double> meanRange;
    for (const QString& ticker : demoTickers()) {
        const BarSeries s = generateSyntheticSeries(ticker, options(1000, seed));
        std::vector<double> r;
        std::vector<double> r2;
        std::vector<double> absR;
        std::vector<double> logVolume;
        std::vector<double> range;
        for (size_t t = 1; t < s.close().size(); ++t) {
            const double ret = std::log(s.close()[t] / s.close()[t - 1]);
            r.push_back(ret);
            r2.push_back(ret * ret);
            absR.push_back(std::abs(ret));
            logVolume.push_back(std::log(s.volume()[t]));
            range.push_back((s.high()[t] - s.low()[t]) / s.close()[t]);
        }
        kurtosis.push_back(excessKurtosis(r));
        archAutocorr.push_back(lag1Autocorrelation(r2));
        returnAutocorr.push_back(std::abs(lag1Autocorrelation(r)));
        volumeLink.push_back(pearson(logVolume, absR));
        const double m = mean(r);
        double var = 0.0;
        for (const double x : r)
            var += (x - m) * (x - m);
        annualVol.push_back(std::sqrt(var / static_cast<double>(r.size() - 1) * 252.0));
        meanRange.push_back(mean(range));
    }
    const auto [volMin, volMax] = std::minmax_element(annualVol.begin(), annualVol.end());
    qInfo(
        "medians over %d symbols x 1000 days: excess kurtosis %.2f, lag-1 acf r^2 %.3f, |lag-1 acf r| %.3f, "
        "corr(log V, |r|) %.2f, annual vol %.2f (min %.2f, max %.2f), (H-L)/C %.2f %%",
        int(demoTickers().size()),
        median(kurtosis),
        median(archAutocorr),
        median(returnAutocorr),
        median(volumeLink),
        median(annualVol),
        *volMin,
        *volMax,
        100.0 * median(meanRange));

    QVERIFY2(median(kurtosis) > 1.0, "fat tails");
    QVERIFY2(median(archAutocorr) > 0.05, "volatility clustering");
    QVERIFY2(median(returnAutocorr) < 0.1, "no linear return predictability");
    QVERIFY2(median(volumeLink) > 0.2, "volume rises with the size of the move");
    QVERIFY2(*volMin > 0.12 && *volMax < 0.6, "plausible annualised volatility for every symbol");
}

void TestSyntheticProvider::generationTime()
{
    // Reported, not asserted (STYLE.md §8: no timed assertions); the demo load budget is < 100 ms here.
    const QStringList tickers = demoTickers();
    QElapsedTimer timer;
    timer.start();
    qsizetype bars = 0;
    for (const QString& ticker : tickers)
        bars += generateSyntheticSeries(ticker, options(500)).size();
    const qint64 ns = timer.nsecsElapsed();
    qInfo("generated %d symbols x 500 days (%lld bars) in %.1f ms",
          int(tickers.size()),
          static_cast<long long>(bars),
          static_cast<double>(ns) / 1e6);
    QCOMPARE(bars, tickers.size() * 500);
}

void TestSyntheticProvider::demoUniverse()
{
    QCOMPARE(demoUniverseName(), QStringLiteral("Demo market"));
    const QList<Symbol> symbols = demoSymbols();
    QSet<QString> tickers;
    QSet<QString> names;
    QSet<QString> sectors;
    for (const Symbol& s : symbols) {
        tickers.insert(s.ticker);
        names.insert(s.name);
        sectors.insert(s.sector);
        QVERIFY(!s.ticker.isEmpty() && !s.name.isEmpty() && !s.industry.isEmpty());
        QVERIFY(s.ticker.endsWith(QStringLiteral(".DEMO")));
        QCOMPARE(s.exchange, QStringLiteral("DEMO"));
        QCOMPARE(s.currency, QStringLiteral("INR"));
    }
    QVERIFY(symbols.size() >= 40 && symbols.size() <= 60);
    QCOMPARE(tickers.size(), symbols.size());
    QCOMPARE(names.size(), symbols.size());
    QVERIFY(sectors.size() >= 8);
}

void TestSyntheticProvider::planAllIsDemoUniverse()
{
    SyntheticProvider provider(options(100));
    QCOMPARE(provider.id(), QStringLiteral("synthetic"));
    const auto units = provider.plan({});
    QVERIFY2(units, units ? "" : qPrintable(units.error().message));
    const QList<Symbol> demo = demoSymbols();
    QCOMPARE(units->size(), demo.size());
    for (qsizetype i = 0; i < demo.size(); ++i) {
        QCOMPARE(units->at(i).ticker, demo[i].ticker);
        QCOMPARE(units->at(i).meta.name, demo[i].name);
        QCOMPARE(units->at(i).meta.sector, demo[i].sector);
        QVERIFY(units->at(i).files.isEmpty());
    }
}

void TestSyntheticProvider::planSelection()
{
    SyntheticProvider provider(options(100));
    const auto units = provider.plan({QStringLiteral("RELIANCE.NS"), QStringLiteral("CORVEX.DEMO")});
    QVERIFY(units);
    QCOMPARE(units->size(), 2);
    QCOMPARE(units->at(0).ticker, QStringLiteral("RELIANCE.NS"));
    QCOMPARE(units->at(0).meta.ticker, QStringLiteral("RELIANCE.NS"));
    QVERIFY(units->at(0).meta.name.isEmpty());
    QCOMPARE(units->at(1).ticker, QStringLiteral("CORVEX.DEMO"));
    QCOMPARE(units->at(1).meta.name, QStringLiteral("Corvex Software Ltd"));
    QCOMPARE(units->at(1).meta.sector, QStringLiteral("Technology"));
}

void TestSyntheticProvider::fetchDeliversSeries()
{
    const SyntheticOptions o = options(250, 9);
    SyntheticProvider provider(o);
    const auto units = provider.plan({QStringLiteral("CORVEX.DEMO"), QStringLiteral("AAPL")});
    QVERIFY(units);
    for (const FetchUnit& unit : *units) {
        const auto fetched = provider.fetch(unit);
        QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().message));
        QCOMPARE(fetched->ticker, unit.ticker);
        QCOMPARE(fetched->meta.ticker, unit.ticker);
        QCOMPARE(fetched->meta.name, unit.meta.name);
        QVERIFY(fetched->replacesHistory);
        QVERIFY(fetched->warnings.isEmpty());
        QCOMPARE(fetched->series.size(), 250);
        QVERIFY(identical(fetched->series, generateSyntheticSeries(unit.ticker, o)));
    }
}

void TestSyntheticProvider::invalidOptionsAreRejected_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
    QTest::newRow("too many") << 20001;
}

void TestSyntheticProvider::invalidOptionsAreRejected()
{
    QFETCH(int, days);
    SyntheticProvider provider(options(days));
    const auto units = provider.plan({});
    QVERIFY(!units);
    QCOMPARE(units.error().code, ErrorCode::InvalidInput);
    QVERIFY(units.error().message.contains(QString::number(days)));
    const auto fetched = provider.fetch(FetchUnit{QStringLiteral("ALVORA.DEMO"), {}, {}});
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSyntheticProvider)
#include "TestSyntheticProvider.moc"
