#include <QtTest>

#include "core/common/Paths.h"
#include "core/market/BarSeries.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

class TestBarSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void adjustedViewScalesOhlcByAdjCloseOverClose()
    {
        BarSeries s(QStringLiteral("X"));
        // A 2:1 split between the bars: the source's adj close halves the first bar.
        s.append(Bar{QDate(2024, 1, 2), 98.0, 104.0, 96.0, 100.0, 50.0, 1000.0});
        s.append(Bar{QDate(2024, 1, 3), 50.0, 52.0, 49.0, 51.0, 51.0, 2000.0});
        s.append(Bar{QDate(2024, 1, 4), 51.0, 53.0, 50.0, 52.0, kMissing, 3000.0}); // no adj close: factor 1
        const BarSeries a = s.adjusted();
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.open()[0], 49.0);
        QCOMPARE(a.high()[0], 52.0);
        QCOMPARE(a.low()[0], 48.0);
        QCOMPARE(a.close()[0], 50.0);
        QCOMPARE(a.adjClose()[0], 50.0);
        QCOMPARE(a.volume()[0], 1000.0); // volume is not rescaled
        QCOMPARE(a.close()[1], 51.0);
        QCOMPARE(a.close()[2], 52.0);
        QCOMPARE(a.open()[2], 51.0);
    }

    void adjustedKeepsZeroOrMissingClose()
    {
        BarSeries s(QStringLiteral("X"));
        s.append(Bar{QDate(2024, 1, 2), 1.0, 1.0, 1.0, 0.0, 5.0, 0.0});
        const BarSeries a = s.adjusted();
        QCOMPARE(a.open()[0], 1.0);
        QCOMPARE(a.close()[0], 0.0);
    }

    void sortAndDeduplicateKeepsTheLastOccurrence()
    {
        BarSeries s(QStringLiteral("X"));
        s.append(Bar{QDate(2024, 1, 4), 1, 1, 1, 4.0, kMissing, 1});
        s.append(Bar{QDate(2024, 1, 2), 1, 1, 1, 2.0, kMissing, 1});
        s.append(Bar{QDate(2024, 1, 4), 1, 1, 1, 44.0, kMissing, 1});
        s.append(Bar{QDate(2024, 1, 3), 1, 1, 1, 3.0, kMissing, 1});
        QCOMPARE(s.sortAndDeduplicate(), 1);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.firstDate(), QDate(2024, 1, 2));
        QCOMPARE(s.lastDate(), QDate(2024, 1, 4));
        QCOMPARE(s.close(), (std::vector<double>{2.0, 3.0, 44.0}));
    }

    void sliceClampsItsBounds()
    {
        BarSeries s(QStringLiteral("X"));
        for (int i = 0; i < 5; ++i) {
            s.append(Bar{QDate(2024, 1, 1).addDays(i), 1, 1, 1, double(i), kMissing, 1});
        }
        QCOMPARE(s.slice(1, 3).close(), (std::vector<double>{1.0, 2.0}));
        QCOMPARE(s.slice(-5, 99).size(), 5);
        QCOMPARE(s.slice(4, 2).size(), 0);
        QCOMPARE(s.slice(1, 3).ticker(), QStringLiteral("X"));
    }

    void tickersNeverEscapeAFolder_data()
    {
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<QString>("stem");
        QTest::newRow("plain") << QStringLiteral("NTPC.NS") << QStringLiteral("NTPC.NS");
        QTest::newRow("ampersand") << QStringLiteral("M&M.NS") << QStringLiteral("M_M.NS");
        QTest::newRow("index") << QStringLiteral("^NSEI") << QStringLiteral("_NSEI");
        QTest::newRow("slash") << QStringLiteral("../../etc/passwd") << QStringLiteral(".._.._etc_passwd");
        QTest::newRow("dots") << QStringLiteral("..") << QStringLiteral("___");
        QTest::newRow("empty") << QString() << QStringLiteral("_");
    }

    void tickersNeverEscapeAFolder()
    {
        QFETCH(QString, ticker);
        QFETCH(QString, stem);
        const QString out = Paths::sanitizeForFileName(ticker);
        QCOMPARE(out, stem);
        QVERIFY(!out.contains(u'/'));
    }
};

QTEST_GUILESS_MAIN(TestBarSeries)
#include "TestBarSeries.moc"
