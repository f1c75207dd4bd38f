#include <QtTest>

#include "core/common/Suggest.h"
#include "core/market/Universe.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

/** The "did you mean" of unknown tickers and universe names (issue 18). */
class TestSuggest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void editDistanceCountsSwapsAsOne()
    {
        QCOMPARE(editDistance(u"RELIANCE", u"RELIANCE"), 0);
        QCOMPARE(editDistance(u"RELAINCE", u"RELIANCE"), 1); // neighbours swapped
        QCOMPARE(editDistance(u"TATAMOTRS", u"TATAMOTORS"), 1);
        QCOMPARE(editDistance(u"", u"ABC"), 3);
        QCOMPARE(editDistance(u"KITTEN", u"SITTING"), 3);
    }

    void closeMatches_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("exchange suffix missing")
            << QStringLiteral("FOOBAR") << QStringList{QStringLiteral("FOOBAR.NS")};
        QTest::newRow("case") << QStringLiteral("infy.ns") << QStringList{QStringLiteral("INFY.NS")};
        QTest::newRow("swap") << QStringLiteral("RELAINCE") << QStringList{QStringLiteral("RELIANCE.NS")};
        QTest::newRow("two listings, both offered")
            << QStringLiteral("DUAL") << QStringList{QStringLiteral("DUAL.BO"), QStringLiteral("DUAL.NS")};
        QTest::newRow("prefix") << QStringLiteral("TATAMOT") << QStringList{QStringLiteral("TATAMOTORS.NS")};
        QTest::newRow("nothing close") << QStringLiteral("ZZZZZZ") << QStringList{};
        QTest::newRow("short tickers need an exact base") << QStringLiteral("AB") << QStringList{};
    }

    void closeMatches()
    {
        QFETCH(QString, wanted);
        QFETCH(QStringList, expected);
        const QStringList stored = {QStringLiteral("DUAL.BO"),
                                    QStringLiteral("DUAL.NS"),
                                    QStringLiteral("FOOBAR.NS"),
                                    QStringLiteral("INFY.NS"),
                                    QStringLiteral("RELIANCE.NS"),
                                    QStringLiteral("TATAMOTORS.NS"),
                                    QStringLiteral("TATASTEEL.NS"),
                                    QStringLiteral("XYZ")};
        QCOMPARE(Tessera::closeMatches(wanted, stored), expected);
    }

    void didYouMeanReadsAsASentence()
    {
        QCOMPARE(didYouMean({}), QString());
        QCOMPARE(didYouMean({QStringLiteral("A")}), QStringLiteral("; did you mean A?"));
        QCOMPARE(didYouMean({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}),
                 QStringLiteral("; did you mean A, B or C?"));
    }

    void universeKeysIgnoreCaseAndPunctuation()
    {
        QCOMPARE(universeKey(QStringLiteral("NIFTY 500")), QStringLiteral("nifty500"));
        QCOMPARE(universeKey(QStringLiteral("nifty500")), QStringLiteral("nifty500"));
        QCOMPARE(universeKey(QStringLiteral("S&P 500")), QStringLiteral("sp500"));
        QVERIFY(universeKey(QStringLiteral("NIFTY 50")) != universeKey(QStringLiteral("NIFTY 500")));
    }
};

QTEST_GUILESS_MAIN(TestSuggest)
#include "TestSuggest.moc"
