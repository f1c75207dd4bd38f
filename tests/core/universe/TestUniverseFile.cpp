#include <QTemporaryDir>
#include <QtTest>

#include "core/store/UniverseRepository.h"
#include "core/universe/UniverseFile.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

} // namespace

class TestUniverseFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void tickersFile()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir,
                      QStringLiteral("shariah.txt"),
                      "# Shariah list\n\nTCS.NS\r\nINFY.NS  # trailing comment\n  WIPRO.NS\nTCS.NS\n");
        auto tickers = Universes::readTickersFile(path);
        QVERIFY(tickers);
        QCOMPARE(
            *tickers,
            (QStringList{QStringLiteral("TCS.NS"), QStringLiteral("INFY.NS"), QStringLiteral("WIPRO.NS")}));
        auto u = Universes::readUniverseFile(path);
        QVERIFY(u);
        QCOMPARE(u->name, QStringLiteral("shariah"));
        QCOMPARE(u->members.size(), 3);
    }

    void tickersFileErrorNamesLine()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.txt"), "AAPL\nMSFT\nBRK B\n");
        auto tickers = Universes::readTickersFile(path);
        QVERIFY(!tickers);
        QVERIFY2(tickers.error().message.startsWith(QStringLiteral("bad.txt:3:")),
                 qPrintable(tickers.error().message));
    }

    void errorsKeepPercentSignsOfFileNames_data()
    {
        // Chained .arg() calls read a "%2" in a file name as the line number (tests/fuzz, issue 14).
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("tickers file")
            << QStringLiteral("list%2.txt") << QByteArray("AAPL\nBRK B\n")
            << QStringLiteral("list%2.txt:2: 'BRK B' is not a single ticker (one per line)");
        QTest::newRow("no symbol") << QStringLiteral("S%26P.csv") << QByteArray("Symbol,Name\n,Nobody\n")
                                   << QStringLiteral("S%26P.csv:2: no symbol in this row");
        QTest::newRow("ticker with a space")
            << QStringLiteral("S%1P%3.csv") << QByteArray("Symbol,Name\nBRK B,Berkshire\n")
            << QStringLiteral("S%1P%3.csv:2: 'BRK B' is not a ticker (contains a space)");
    }

    void errorsKeepPercentSignsOfFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto u = Universes::readUniverseFile(writeFile(dir, name, content));
        QVERIFY(!u);
        QCOMPARE(u.error().message, message);
    }

    void bundledNifty500()
    {
        auto u = Universes::readBundledUniverse(QStringLiteral("nifty500"));
        QVERIFY2(u, u ? "" : qPrintable(u.error().message));
        QCOMPARE(u->members.size(), 500);
        QCOMPARE(u->members.first().ticker, QStringLiteral("360ONE.NS"));
        QCOMPARE(u->members.first().name, QStringLiteral("360 ONE WAM Ltd."));
        QCOMPARE(u->members.first().industry, QStringLiteral("Financial Services"));
        QCOMPARE(u->members.first().isin, QStringLiteral("INE466L01038"));
        QCOMPARE(u->members.first().currency, QStringLiteral("INR"));
        bool hasMM = false;
        QSet<QString> industries;
        for (const Symbol& s : u->members) {
            hasMM = hasMM || s.ticker == QStringLiteral("M&M.NS");
            QVERIFY2(!s.industry.isEmpty(), qPrintable(s.ticker));
            industries.insert(s.industry);
        }
        QVERIFY(hasMM);
        QVERIFY(industries.size() >= 15);
    }

    void bundledSp500()
    {
        auto u = Universes::readBundledUniverse(QStringLiteral("sp500"));
        QVERIFY(u);
        QCOMPARE(u->members.size(), 503);
        QCOMPARE(u->members.first().ticker, QStringLiteral("MMM"));
        QCOMPARE(u->members.first().sector, QStringLiteral("Industrials"));
        QCOMPARE(u->members.first().industry, QStringLiteral("Industrial Conglomerates"));
        QSet<QString> sectors;
        bool hasBrk = false;
        for (const Symbol& s : u->members) {
            sectors.insert(s.sector);
            hasBrk = hasBrk || s.ticker == QStringLiteral("BRK-B");
        }
        QCOMPARE(sectors.size(), 11); // the 11 GICS sectors
        QVERIFY(hasBrk);              // Wikipedia's BRK.B in Yahoo's spelling
    }

    void sharedFilesImportAsTheyAre_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("nifty500") << QStringLiteral("ind_nifty500list.csv") << 500;
        QTest::newRow("nifty50") << QStringLiteral("ind_nifty50list.csv") << 50;
        QTest::newRow("sp500") << QStringLiteral("sp500_constituents.csv") << 503;
    }

    void sharedFilesImportAsTheyAre()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        if (Test::sharedDir().isEmpty()) {
            QSKIP("../shared is not beside the checkout; the bundled copies are tested above");
        }
        auto u = Universes::readUniverseFile(Test::sharedDir() + QStringLiteral("/data/universes/") + file);
        QVERIFY(u);
        QCOMPARE(u->members.size(), count);
    }

    void reimportReportsChanges()
    {
        Test::TempDatabase t;
        Store::UniverseRepository repo(*t.db());
        auto full = Universes::readBundledUniverse(QStringLiteral("nifty50"));
        QVERIFY(full);
        Universe smaller = *full;
        smaller.members.removeLast();
        QVERIFY(repo.import(smaller));
        auto diff = repo.import(*full);
        QVERIFY(diff);
        QCOMPARE(diff->added, QStringList{full->members.last().ticker});
        QVERIFY(diff->removed.isEmpty());
        QCOMPARE(diff->unchanged, 49);
    }

    void oversizedFilesAreRefused()
    {
        QTemporaryDir dir;
        // The default cap (16 MB) on a sparse file: refused from its size, never read.
        const QString huge = dir.filePath(QStringLiteral("huge.txt"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(20) << 20));
        }
        for (const auto& result :
             {Universes::readTickersFile(huge).error(), Universes::readUniverseFile(huge).error()}) {
            QCOMPARE(result.code, ErrorCode::InvalidInput);
            QCOMPARE(result.message,
                     huge
                         + QStringLiteral(
                             ": 20 MB is too large: tickers and universe files are read up to 16 MB"));
        }
        // Small caps given as parameters: the file size, then a line.
        const QString path =
            writeFile(dir,
                      QStringLiteral("list.csv"),
                      QByteArray("Symbol,Name\nAAA,Alpha\nBBB," + QByteArray(100, 'b') + "\n"));
        QVERIFY(Universes::readUniverseFile(path));
        auto small = Universes::readUniverseFile(path, {}, {64, 1 << 20, QStringLiteral("universe files")});
        QVERIFY(!small);
        QVERIFY2(small.error().message.startsWith(path + QStringLiteral(": ")),
                 qPrintable(small.error().message));
        auto longLine =
            Universes::readUniverseFile(path, {}, {1 << 20, 64, QStringLiteral("universe files")});
        QVERIFY(!longLine);
        QCOMPARE(longLine.error().message, QStringLiteral("list.csv:3: line longer than 64 bytes"));
        const QString tickers =
            writeFile(dir, QStringLiteral("t.txt"), QByteArray("AAA\n" + QByteArray(70, 'B') + "\n"));
        auto longTicker = Universes::readTickersFile(tickers, {1 << 20, 64, QStringLiteral("tickers files")});
        QVERIFY(!longTicker);
        QCOMPARE(longTicker.error().message, QStringLiteral("t.txt:2: line longer than 64 bytes"));
    }

    void unknownBundled()
    {
        auto u = Universes::readBundledUniverse(QStringLiteral("dax"));
        QVERIFY(!u);
        QVERIFY(u.error().message.contains(QStringLiteral("nifty500")));
    }
};

QTEST_GUILESS_MAIN(TestUniverseFile)
#include "TestUniverseFile.moc"
