#include <cmath>

#include <QtTest>

#include "core/features/IndicatorFrame.h"
#include "core/features/Momentum.h"
#include "core/features/Studies.h"
#include "core/features/Trend.h"
#include "core/fetch/providers/SyntheticProvider.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Features;

namespace {

BarSeries bars(int days)
{
    Fetch::SyntheticOptions options;
    options.days = days;
    options.endDate = QDate(2025, 6, 30);
    return Fetch::generateSyntheticSeries(QStringLiteral("STUDY.DEMO"), options).adjusted();
}

bool same(const Series& a, const Series& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) != std::isnan(b[i]) || (!std::isnan(a[i]) && a[i] != b[i])) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestStudies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void defaultsEqualTheIndicatorFrame_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<double>("factor");
        const struct
        {
            const char* text;
            int line;
            Column column;
            double factor;
        } rows[] = {
            {"sma:20", 0, Column::Sma20, 1},       {"ema:26", 0, Column::Ema26, 1},
            {"bb", 0, Column::BbUpper, 1},         {"bb", 2, Column::BbLower, 1},
            {"vwap", 0, Column::Vwap20, 1},        {"rsi", 0, Column::Rsi14, 1},
            {"macd", 0, Column::Macd, 1},          {"macd", 1, Column::MacdSignal, 1},
            {"macd", 2, Column::MacdHist, 1},      {"stoch", 0, Column::StochK, 1},
            {"stoch", 1, Column::StochD, 1},       {"willr", 0, Column::WillR14, 1},
            {"cci", 0, Column::Cci20, 1},          {"roc", 0, Column::Roc10, 100},
            {"mom", 0, Column::Mom10, 1},          {"adx", 0, Column::Adx14, 1},
            {"adx", 1, Column::PlusDi14, 1},       {"adx", 2, Column::MinusDi14, 1},
            {"atr", 0, Column::Atr14, 1},          {"atrp", 0, Column::AtrPct, 1},
            {"bbpctb", 0, Column::BbPctB, 1},      {"bbwidth", 0, Column::BbWidth, 1},
            {"hv", 0, Column::Hv252, 100},         {"obv", 0, Column::Obv, 1},
            {"mfi", 0, Column::Mfi14, 1},          {"cmf", 0, Column::Cmf20, 1},
            {"avgvol", 0, Column::AvgVolume30, 1},
        };
        for (const auto& r : rows) {
            QTest::addRow("%s/%d", r.text, r.line)
                << QString::fromLatin1(r.text) << r.line << static_cast<int>(r.column) << r.factor;
        }
    }

    void defaultsEqualTheIndicatorFrame()
    {
        // A study with the frame's parameters draws exactly the frame's column (percent studies × 100).
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(double, factor);
        const BarSeries b = bars(400);
        const IndicatorFrame frame = computeIndicators(b);
        const auto spec = parseStudy(text);
        QVERIFY(spec);
        const StudyValues values = computeStudy(*spec, b);
        QVERIFY(static_cast<size_t>(line) < values.lines.size());
        Series expected = frame[static_cast<Column>(column)];
        for (double& v : expected) {
            v *= factor;
        }
        QVERIFY(same(values.lines[static_cast<size_t>(line)], expected));
    }

    void everyCatalogStudyComputesItsLines()
    {
        const BarSeries b = bars(300);
        for (const StudyInfo& info : studyCatalog()) {
            const auto spec = defaultStudy(QString::fromLatin1(info.key));
            QVERIFY(spec);
            const StudyValues values = computeStudy(*spec, b);
            QCOMPARE(values.lines.size(), info.lines.size());
            for (const Series& s : values.lines) {
                QCOMPARE(static_cast<qsizetype>(s.size()), b.size());
                QVERIFY2(std::isfinite(s.back()), info.key);
            }
        }
    }

    void parametersAndSourceChangeTheValues()
    {
        const BarSeries b = bars(200);
        const auto spec = parseStudy(u"rsi:9:hl2");
        QVERIFY(spec);
        QCOMPARE(spec->params, std::vector<double>{9.0});
        QCOMPARE(spec->source, PriceSource::Hl2);
        QVERIFY(same(computeStudy(*spec, b).lines[0], rsi(priceSource(b, PriceSource::Hl2), 9)));
        const auto m = parseStudy(u"macd:8:21:5");
        QVERIFY(same(computeStudy(*m, b).lines[1], macd(b.close(), 8, 21, 5).signal));
        QCOMPARE(studyText(*spec), QStringLiteral("rsi:9:hl2"));
        QCOMPARE(studyText(*m), QStringLiteral("macd:8:21:5"));
        QCOMPARE(studyTitle(*m), QStringLiteral("MACD 8, 21, 5"));
        QCOMPARE(priceSource(b, PriceSource::Hlc3)[5], (b.high()[5] + b.low()[5] + b.close()[5]) / 3.0);
    }

    void parseRejectsAndClamps()
    {
        QString error;
        QVERIFY(!parseStudy(u"nope:3", &error));
        QVERIFY(error.contains(QStringLiteral("unknown indicator")));
        QVERIFY(!parseStudy(u"rsi:14:15", &error));     // one parameter only
        QVERIFY(!parseStudy(u"atr:14:hl2", &error));    // ATR reads the bars, not a source
        QCOMPARE(parseStudy(u"rsi:0")->params[0], 1.0); // clamped to the range
        QCOMPARE(parseStudy(u"bb:20:2.5")->params[1], 2.5);
        QCOMPARE(parseStudy(u"sma:7.6")->params[0], 8.0); // periods are whole bars
        QCOMPARE(parseStudy(u" EMA ")->params[0], 20.0);
    }
};

QTEST_GUILESS_MAIN(TestStudies)
#include "TestStudies.moc"
