#include <algorithm>

#include <QDir>
#include <QFile>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include "core/fetch/providers/CsvFolderProvider.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Fetch;

namespace {

QString fixture(const QString& relative)
{
    return Test::dataPath(QStringLiteral("csv/") + relative);
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool copyFixture(const QString& relative, const QTemporaryDir& dir, const QString& name = {})
{
    return QFile::copy(fixture(relative),
                       dir.filePath(name.isEmpty() ? QFileInfo(relative).fileName() : name));
}

QStringList tickersOf(const QList<FetchUnit>& units)
{
    QStringList tickers;
    for (const FetchUnit& unit : units) {
        tickers.append(unit.ticker);
    }
    return tickers;
}

QStringList fileNamesOf(const FetchUnit& unit)
{
    QStringList names;
    for (const QString& file : unit.files) {
        names.append(QFileInfo(file).fileName());
    }
    return names;
}

const FetchUnit* unitOf(const QList<FetchUnit>& units, const QString& ticker)
{
    const auto it = std::find_if(
        units.cbegin(), units.cend(), [&ticker](const FetchUnit& u) { return u.ticker == ticker; });
    return it == units.cend() ? nullptr : &*it;
}

/** Index of date in a series, or -1. */
qsizetype indexOf(const BarSeries& series, QDate date)
{
    const auto& days = series.days();
    const auto it = std::find(days.begin(), days.end(), date.toJulianDay());
    return it == days.end() ? -1 : static_cast<qsizetype>(it - days.begin());
}

} // namespace

class TestCsvFolderProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void plansCommittedFixtures()
    {
        CsvFolderProvider provider(fixture(QStringLiteral("real")));
        QCOMPARE(provider.id(), QStringLiteral("csv"));
        const auto units = provider.plan({});
        QVERIFY2(units, qPrintable(units ? QString() : units.error().message));
        QCOMPARE(tickersOf(*units),
                 (QStringList{QStringLiteral("4063.T"),
                              QStringLiteral("AAPL"),
                              QStringLiteral("CALM"),
                              QStringLiteral("GOOG"),
                              QStringLiteral("HISTORICAL-EURGBP-NULLS"),
                              QStringLiteral("JIOFIN"),
                              QStringLiteral("NIFTYINDEX"),
                              QStringLiteral("SP500"),
                              QStringLiteral("SPY")}));
        for (const FetchUnit& unit : *units) {
            QCOMPARE(unit.meta.ticker, unit.ticker);
            for (const QString& file : unit.files) {
                QVERIFY(QFileInfo(file).isAbsolute());
            }
        }
        // The bad and the yfinance-repaired 4063.T files are one unit, in file-name order.
        const FetchUnit* shinEtsu = unitOf(*units, QStringLiteral("4063.T"));
        QVERIFY(shinEtsu);
        QCOMPARE(fileNamesOf(*shinEtsu),
                 (QStringList{QStringLiteral("4063-T-1d-bad-stock-split-fixed.csv"),
                              QStringLiteral("4063-T-1d-bad-stock-split.csv")}));
    }

    void mergesFilesOfOneTicker()
    {
        CsvFolderProvider provider(fixture(QStringLiteral("real")));
        const auto units = provider.plan({QStringLiteral("4063.t")});
        QVERIFY(units);
        QCOMPARE(units->size(), 1);
        const auto fetched = provider.fetch(units->front());
        QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
        QCOMPARE(fetched->ticker, QStringLiteral("4063.T"));
        QCOMPARE(fetched->meta.ticker, QStringLiteral("4063.T"));
        QCOMPARE(fetched->series.ticker(), QStringLiteral("4063.T"));
        QVERIFY(fetched->replacesHistory);
        QCOMPARE(fetched->series.size(), qsizetype(22));
        // "-split.csv" sorts after "-split-fixed.csv", so the unrepaired file's pre-split 20,205 wins
        // over the repaired 4,041 on 2023-03-15.
        QCOMPARE(fetched->series.close().front(), 20205.0);
        QCOMPARE(fetched->warnings,
                 QStringList{QStringLiteral("4063.T: merged 2 files (4063-T-1d-bad-stock-split-fixed.csv, "
                                            "4063-T-1d-bad-stock-split.csv); on 22 shared date(s) the later "
                                            "file's bar was kept")});
    }

    void laterFileWinsOnSharedDates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("abc.csv")),
                          "Date,Close\n2021-01-04,1\n2021-01-05,2\n2021-01-06,3\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("abc_d.csv")),
                          "Date,Close\n2021-01-07,40\n2021-01-06,30\n"));
        QVERIFY(copyFixture(QStringLiteral("real/yahoofinance-SPY-20200901-20210113.csv"), dir));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("spy.csv")), "Date,Close\n2020-08-31,1\n2020-09-01,2\n"));

        CsvFolderProvider provider(dir.path());
        const auto units = provider.plan({});
        QVERIFY(units);
        QCOMPARE(tickersOf(*units), (QStringList{QStringLiteral("ABC"), QStringLiteral("SPY")}));

        const auto abc = provider.fetch(units->at(0));
        QVERIFY(abc);
        QCOMPARE(abc->series.close(), (std::vector<double>{1, 2, 30, 40}));
        QCOMPARE(
            abc->warnings,
            QStringList{QStringLiteral("ABC: merged 2 files (abc.csv, abc_d.csv); on 1 shared date(s) the "
                                       "later file's bar was kept")});

        const auto spy = provider.fetch(units->at(1));
        QVERIFY(spy);
        QCOMPARE(fileNamesOf(units->at(1)),
                 (QStringList{QStringLiteral("spy.csv"),
                              QStringLiteral("yahoofinance-SPY-20200901-20210113.csv")}));
        QCOMPARE(spy->series.size(), qsizetype(93));
        QCOMPARE(spy->series.firstDate(), QDate(2020, 8, 31));
        QCOMPARE(spy->series.close().front(), 1.0);
        // 2020-09-01 is in both files: the Yahoo file comes later in name order and wins.
        QCOMPARE(spy->series.close()[1], 352.600006);
    }

    void badFileFailsOnlyItsUnits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyFixture(QStringLiteral("real/SP500_NOV2019_Hist.csv"), dir));
        QVERIFY(copyFixture(QStringLiteral("malformed/bad-number.csv"), dir));
        QVERIFY(copyFixture(QStringLiteral("malformed/broken-long.csv"), dir));
        QVERIFY(copyFixture(QStringLiteral("malformed/empty.csv"), dir));

        CsvFolderProvider provider(dir.path());
        const auto units = provider.plan({});
        QVERIFY(units);
        QCOMPARE(tickersOf(*units),
                 (QStringList{QStringLiteral("BAD-NUMBER"),
                              QStringLiteral("BROKEN-LONG"),
                              QStringLiteral("EMPTY"),
                              QStringLiteral("SP500")}));
        const QStringList expected{
            QStringLiteral("bad-number.csv:7: 'abc' is not a number in column High"),
            QStringLiteral("broken-long.csv:3: 'oops' is not a number in column Close"),
            QStringLiteral("empty.csv: empty file")};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto fetched = provider.fetch(units->at(i));
            QVERIFY(!fetched);
            QCOMPARE(fetched.error().code, ErrorCode::InvalidInput);
            QCOMPARE(fetched.error().message, expected[i]);
        }
        const auto sp500 = provider.fetch(units->at(3));
        QVERIFY(sp500);
        QCOMPARE(sp500->series.size(), qsizetype(20));
        QVERIFY(sp500->warnings.isEmpty());
    }

    void selectionRestrictsAndReportsUnknownTickers()
    {
        const QString folder = fixture(QStringLiteral("real"));
        CsvFolderProvider provider(folder);
        const auto units =
            provider.plan({QStringLiteral("spy"), QStringLiteral(" nope "), QStringLiteral("SPY")});
        QVERIFY(units);
        QCOMPARE(tickersOf(*units), (QStringList{QStringLiteral("NOPE"), QStringLiteral("SPY")}));
        QVERIFY(units->at(0).files.isEmpty());
        const auto nope = provider.fetch(units->at(0));
        QVERIFY(!nope);
        QCOMPARE(nope.error().code, ErrorCode::NotFound);
        QCOMPARE(nope.error().message, QStringLiteral("no CSV file for NOPE in ") + folder);
        const auto spy = provider.fetch(units->at(1));
        QVERIFY(spy);
        QCOMPARE(spy->series.size(), qsizetype(92));
    }

    void symbolColumnFileIsSplitAtPlan()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyFixture(QStringLiteral("handmade/long-format.csv"), dir));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bbb.txt")),
                          "Date,Close\n2021-01-05,99\n2021-01-06,100\n"));

        CsvFolderProvider provider(dir.path());
        const auto units = provider.plan({});
        QVERIFY(units);
        QCOMPARE(tickersOf(*units), (QStringList{QStringLiteral("AAA"), QStringLiteral("BBB")}));
        QCOMPARE(fileNamesOf(units->at(1)),
                 (QStringList{QStringLiteral("bbb.txt"), QStringLiteral("long-format.csv")}));

        const auto aaa = provider.fetch(units->at(0));
        QVERIFY(aaa);
        QCOMPARE(aaa->series.close(), (std::vector<double>{10, 10.6}));
        QCOMPARE(aaa->warnings,
                 QStringList{
                     QStringLiteral("long-format.csv: 1 repeated date(s) for AAA; the later row was kept")});

        // long-format.csv comes after bbb.txt, so its 20.5 replaces 99 on 2021-01-05.
        const auto bbb = provider.fetch(units->at(1));
        QVERIFY(bbb);
        QCOMPARE(bbb->series.close(), (std::vector<double>{19.5, 20.5, 100}));
    }

    void folderFilterAndSingleFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("upper.CSV")), "Date,Close\n2021-01-04,1\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("text.TXT")), "Date,Close\n2021-01-04,1\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.json")), "{}"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.csv")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sub.csv/inner.csv")), "Date,Close\n2021-01-04,1\n"));

        CsvFolderProvider folder(dir.path());
        const auto units = folder.plan({});
        QVERIFY(units);
        QCOMPARE(tickersOf(*units), (QStringList{QStringLiteral("TEXT"), QStringLiteral("UPPER")}));

        CsvFolderProvider single(fixture(QStringLiteral("real/niftyindex.csv")));
        const auto one = single.plan({});
        QVERIFY(one);
        QCOMPARE(tickersOf(*one), QStringList{QStringLiteral("NIFTYINDEX")});
        const auto fetched = single.fetch(one->front());
        QVERIFY(fetched);
        QCOMPARE(fetched->series.size(), qsizetype(2719));
    }

    void skipsFilesThatAreNotPriceData()
    {
        // gen_market.py folders hold tickers.txt and fundamentals.csv beside the bar files.
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("SYN0001.NS.csv")), "Date,Close\n2021-01-04,1\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("tickers.txt")), "SYN0001.NS\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("fundamentals.csv")),
                          "symbol,name,sector,pe_ratio\nSYN0001.NS,X,Y,12\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.csv")), "Date,Opn,Hgh\n2021-01-04,1,2\n"));
        Fetch::CsvFolderProvider provider(dir.path());
        auto units = provider.plan({});
        QVERIFY(units);
        QStringList tickers;
        for (const auto& u : *units) {
            tickers << u.ticker;
        }
        // A file that looks like bars but is broken is still planned, so its error is reported.
        QCOMPARE(tickers, (QStringList{QStringLiteral("BROKEN"), QStringLiteral("SYN0001.NS")}));
        QCOMPARE(provider.planNotes().size(), 2);
        QVERIFY(provider.planNotes().join(u' ').contains(QStringLiteral("tickers.txt")));
        QVERIFY(provider.planNotes().join(u' ').contains(QStringLiteral("fundamentals.csv")));
    }

    void semicolonAndUtf16FilesArePlanned()
    {
        // Issue 18: both used to be skipped as "not a price file".
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("EURO.csv")), "Date;Close\n02.01.2024;1,5\n"));
        QStringEncoder encode(QStringConverter::Utf16LE);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("WIDE.csv")),
                          QByteArray("\xFF\xFE", 2)
                              + QByteArray(encode(QStringLiteral("Date,Close\r\n2024-01-02,2\r\n")))));
        Fetch::CsvFolderProvider provider(dir.path());
        auto units = provider.plan({});
        QVERIFY(units);
        QCOMPARE(tickersOf(*units), (QStringList{QStringLiteral("EURO"), QStringLiteral("WIDE")}));
        QVERIFY2(provider.planNotes().isEmpty(), qPrintable(provider.planNotes().join(u'\n')));
        for (const FetchUnit& unit : *units) {
            auto fetched = provider.fetch(unit);
            QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
            QCOMPARE(fetched->series.firstDate(), QDate(2024, 1, 2));
        }
    }

    void unitsWithoutAFileAreNotServed()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("AAA.csv")), "Date,Close\n2024-01-02,1\n"));
        Fetch::CsvFolderProvider provider(dir.path());
        auto units = provider.plan({QStringLiteral("aaa"), QStringLiteral("BBB")});
        QVERIFY(units);
        QCOMPARE(units->size(), 2);
        QVERIFY(provider.serves(*unitOf(*units, QStringLiteral("AAA"))));
        QVERIFY(!provider.serves(*unitOf(*units, QStringLiteral("BBB"))));
    }

    void missingPathFailsPlan()
    {
        const QString path = fixture(QStringLiteral("no-such-folder"));
        CsvFolderProvider provider(path);
        const auto units = provider.plan({});
        QVERIFY(!units);
        QCOMPARE(units.error().code, ErrorCode::NotFound);
        QCOMPARE(units.error().message, QStringLiteral("cannot read %1: no such file or folder").arg(path));
    }

    void concurrentFetchMatchesSequential()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString& name : QDir(fixture(QStringLiteral("real"))).entryList(QDir::Files)) {
            QVERIFY(copyFixture(QStringLiteral("real/") + name, dir));
        }
        QVERIFY(copyFixture(QStringLiteral("handmade/long-format.csv"), dir));
        CsvFolderProvider provider(dir.path());
        const auto units = provider.plan({});
        QVERIFY(units);
        QList<FetchUnit> many;
        for (int round = 0; round < 8; ++round) {
            many += *units;
        }
        const QList<qsizetype> parallel =
            QtConcurrent::blockingMapped(many, [&provider](const FetchUnit& unit) {
                const auto fetched = provider.fetch(unit);
                return fetched ? fetched->series.size() : qsizetype(-1);
            });
        for (qsizetype i = 0; i < many.size(); ++i) {
            const auto fetched = provider.fetch(many[i]);
            QVERIFY(fetched);
            QCOMPARE(parallel[i], fetched->series.size());
        }
    }

    /** Acceptance on the shared folders: merged tickers and their files. */
    void sharedFolders()
    {
        const QString shared = Test::sharedDir();
        if (shared.isEmpty()) {
            QSKIP("../shared/data is not beside the checkout; the shared-folder test needs it");
        }
        const QString daily = shared + QStringLiteral("/data/ohlcv/daily/");

        CsvFolderProvider yahoo(daily + QStringLiteral("us_yahoo_csv"));
        const auto yahooUnits = yahoo.plan({});
        QVERIFY(yahooUnits);
        QCOMPARE(tickersOf(*yahooUnits),
                 (QStringList{QStringLiteral("AAPL"),
                              QStringLiteral("GOOG"),
                              QStringLiteral("INTC"),
                              QStringLiteral("NVDA"),
                              QStringLiteral("ORCL"),
                              QStringLiteral("SP500"),
                              QStringLiteral("SPY"),
                              QStringLiteral("YHOO")}));
        const FetchUnit* spyUnit = unitOf(*yahooUnits, QStringLiteral("SPY"));
        QVERIFY(spyUnit);
        QCOMPARE(fileNamesOf(*spyUnit),
                 (QStringList{QStringLiteral("spy.csv"),
                              QStringLiteral("yahoofinance-SPY-20080101-20180101.csv"),
                              QStringLiteral("yahoofinance-SPY-20200901-20210113.csv")}));
        const auto spy = yahoo.fetch(*spyUnit);
        QVERIFY(spy);
        // Union of the three files' dates (5,114 + 92; the 2008-2017 file lies inside spy.csv's range).
        QCOMPARE(spy->series.size(), qsizetype(5206));
        QCOMPARE(spy->series.firstDate(), QDate(1999, 12, 31));
        QCOMPARE(spy->series.lastDate(), QDate(2021, 1, 12));
        const qsizetype day = indexOf(spy->series, QDate(2007, 12, 31));
        QVERIFY(day >= 0);
        // The 2008-2017 file sorts after spy.csv: its Adj Close 118.624741 replaces spy.csv's 113.582450...
        QCOMPARE(spy->series.adjClose()[static_cast<size_t>(day)], 118.624741);

        CsvFolderProvider quality(daily + QStringLiteral("yfinance_history/data_quality_cases"));
        const auto qualityUnits = quality.plan({});
        QVERIFY(qualityUnits);
        QCOMPARE(tickersOf(*qualityUnits), (QStringList{QStringLiteral("4063.T"), QStringLiteral("AET.L")}));
        for (const FetchUnit& unit : *qualityUnits) {
            QCOMPARE(unit.files.size(), 2);
        }

        CsvFolderProvider misc(daily + QStringLiteral("us_misc"));
        const auto miscUnits = misc.plan({});
        QVERIFY(miscUnits);
        QCOMPARE(tickersOf(*miscUnits),
                 (QStringList{QStringLiteral("AAPL"),
                              QStringLiteral("COKE"),
                              QStringLiteral("GOOG"),
                              QStringLiteral("GOOGL"),
                              QStringLiteral("TSLA"),
                              QStringLiteral("YHOO")}));
        const auto apple = misc.fetch(*unitOf(*miscUnits, QStringLiteral("AAPL")));
        QVERIFY(apple);
        QCOMPARE(apple->series.size(),
                 qsizetype(753)); // finance-charts-apple's 506 days all lie in the dash file
    }
};

QTEST_GUILESS_MAIN(TestCsvFolderProvider)
#include "TestCsvFolderProvider.moc"
