#include <limits>

#include <QDir>
#include <QFile>
#include <QtTest>

#include "core/fetch/BarValidation.h"
#include "core/fetch/providers/CsvFolderProvider.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/store/BarRepository.h"
#include "core/store/IsoDate.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/LoadTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"

Q_DECLARE_METATYPE(Tessera::Bar)

using namespace Tessera;
using namespace Tessera::Fetch;

namespace {

const QDate kToday(2024, 6, 14);
constexpr double kInf = std::numeric_limits<double>::infinity();

Bar bar(const QDate& date, double open, double high, double low, double close, double volume = 1000)
{
    return Bar{date, open, high, low, close, kMissing, volume};
}

FetchUnit unitFor(const QString& ticker)
{
    FetchUnit unit;
    unit.ticker = ticker;
    unit.meta.ticker = ticker;
    return unit;
}

FetchedBars delivery(const QString& ticker, const QList<Bar>& bars, bool replaces = true)
{
    FetchedBars f;
    f.ticker = ticker;
    f.series.setTicker(ticker);
    for (const Bar& b : bars) {
        f.series.append(b);
    }
    f.replacesHistory = replaces;
    return f;
}

/**
 * A provider as a later one might be written, delivering whatever it is told to: fetch() must still
 * pass its bars through the gate, since BarProvider::fetch cannot be overridden.
 */
class ScriptedProvider final : public BarProvider
{
public:
    FetchedBars next;

    QString id() const override { return QStringLiteral("scripted"); }
    Result<QList<FetchUnit>> plan(const QStringList& selection) override
    {
        QList<FetchUnit> units;
        for (const QString& t : selection) {
            units << unitFor(t);
        }
        return units;
    }

protected:
    Result<FetchedBars> fetchUnit(const FetchUnit&, const CancelCheck&) override { return next; }
};

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray isoOf(qint64 julianDay, bool* ok = nullptr)
{
    char buf[10];
    const bool valid = Store::formatIsoDate(julianDay, buf);
    if (ok) {
        *ok = valid;
    }
    return QByteArray(buf, 10);
}

} // namespace

/**
 * The validation gate every provider's delivery passes (BarValidation): the row rules with their
 * reasons, what a delivery with nothing valid does (never replaces stored history), deliveries for
 * another symbol, a provider that cannot skip the gate, the CSV and synthetic providers through it, a
 * load that can no longer wipe a symbol's bars, and IsoDate's behaviour outside the store's years.
 */
class TestBarValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void barRules_data()
    {
        QTest::addColumn<Bar>("bar");
        QTest::addColumn<QString>("problem"); // empty = valid
        const QDate d(2020, 10, 1);
        QTest::newRow("valid") << bar(d, 10, 11, 9, 10.5) << QString();
        QTest::newRow("close only") << Bar{d, kMissing, kMissing, kMissing, 10, kMissing, kMissing}
                                    << QString();
        QTest::newRow("open = high = low = close") << bar(d, 10, 10, 10, 10, 0) << QString();
        QTest::newRow("adjusted close below low") << Bar{d, 10, 11, 9, 10, 4.2, 1} << QString();
        QTest::newRow("today + 1 (exchange ahead of UTC)") << bar(kToday.addDays(1), 1, 1, 1, 1) << QString();
        QTest::newRow("first day") << bar(QDate(1900, 1, 1), 1, 1, 1, 1) << QString();
        QTest::newRow("negative close")
            << bar(d, 10, 11, 9, -5) << QStringLiteral("close -5 is not a positive price");
        QTest::newRow("zero open") << bar(d, 0, 11, 9, 10)
                                   << QStringLiteral("open 0 is not a positive price");
        QTest::newRow("infinite high")
            << bar(d, 10, kInf, 9, 10) << QStringLiteral("high inf is not a finite price");
        QTest::newRow("huge high") << bar(d, 10, 1.7e308, 9, 10)
                                   << QStringLiteral("high 1.7e+308 is not a plausible price (above 1e+15)");
        QTest::newRow("negative adjusted close")
            << Bar{d, 10, 11, 9, 10, -1, 1} << QStringLiteral("adj close -1 is not a positive price");
        QTest::newRow("low above high") << bar(d, 10, 9, 11, 10) << QStringLiteral("low 11 is above high 9");
        QTest::newRow("open above high")
            << bar(d, 12, 11, 9, 10) << QStringLiteral("open 12 is above high 11");
        QTest::newRow("close below low")
            << bar(d, 10, 11, 9, 8.5) << QStringLiteral("close 8.5 is below low 9");
        QTest::newRow("close above high, no low") << Bar{d, kMissing, 11, kMissing, 11.5, kMissing, 1}
                                                  << QStringLiteral("close 11.5 is above high 11");
        QTest::newRow("negative volume")
            << bar(d, 10, 11, 9, 10, -1) << QStringLiteral("volume -1 is negative");
        QTest::newRow("infinite volume")
            << bar(d, 10, 11, 9, 10, kInf) << QStringLiteral("volume inf is not finite");
        QTest::newRow("no close") << Bar{d, 10, 11, 9, kMissing, kMissing, 1} << QStringLiteral("no close");
        QTest::newRow("before 1900") << bar(QDate(1899, 12, 31), 1, 1, 1, 1)
                                     << QStringLiteral("date 1899-12-31 is outside 1900-01-01 to 2024-06-15");
        QTest::newRow("the day after tomorrow")
            << bar(kToday.addDays(2), 1, 1, 1, 1)
            << QStringLiteral("date 2024-06-16 is outside 1900-01-01 to 2024-06-15");
        QTest::newRow("no date") << bar(QDate(), 1, 1, 1, 1) << QStringLiteral("no valid date");
    }

    void barRules()
    {
        QFETCH(Bar, bar);
        QFETCH(QString, problem);
        QCOMPARE(BarValidation::barProblem(bar, kToday), problem);
    }

    void corporateActionRules()
    {
        const QDate d(2020, 8, 31);
        QCOMPARE(BarValidation::splitProblem(Split{d, 4, 1}, kToday), QString());
        QCOMPARE(BarValidation::splitProblem(Split{d, 1, 10}, kToday), QString());
        QCOMPARE(BarValidation::splitProblem(Split{d, 0, 0}, kToday),
                 QStringLiteral("split 0:0 is not a positive ratio"));
        QCOMPARE(BarValidation::splitProblem(Split{d, kMissing, 1}, kToday),
                 QStringLiteral("split nan:1 is not a positive ratio"));
        QCOMPARE(BarValidation::splitProblem(Split{d, 1e300, 1e-300}, kToday),
                 QStringLiteral("split 1e+300:1e-300 is not a positive ratio"));
        QCOMPARE(BarValidation::splitProblem(Split{QDate(1850, 1, 1), 2, 1}, kToday),
                 QStringLiteral("split date 1850-01-01 is outside 1900-01-01 to 2024-06-15"));
        QCOMPARE(BarValidation::dividendProblem(Dividend{d, 0.205}, kToday), QString());
        QCOMPARE(BarValidation::dividendProblem(Dividend{d, 0}, kToday), QString());
        QCOMPARE(BarValidation::dividendProblem(Dividend{d, -1e308}, kToday),
                 QStringLiteral("dividend -1e+308 is not a plausible amount (0 to 1e+15)"));
        QCOMPARE(BarValidation::dividendProblem(Dividend{d, kMissing}, kToday),
                 QStringLiteral("dividend nan is not a plausible amount (0 to 1e+15)"));
    }

    void invalidRowsAreDroppedAndNamed()
    {
        FetchedBars in = delivery(QStringLiteral("ADANIENT"),
                                  {bar(QDate(2020, 9, 30), 10, 11, 9, 10),
                                   bar(QDate(2020, 10, 1), 10, 11, 9, -5),
                                   bar(QDate(2020, 10, 2), 10, 9, 11, 10),
                                   bar(QDate(2020, 10, 5), 10, 12, 9, 11)});
        in.splits = {Split{QDate(2020, 10, 2), 0, 0}, Split{QDate(2020, 10, 5), 2, 1}};
        in.dividends = {Dividend{QDate(2020, 10, 2), -1e308}, Dividend{QDate(2020, 10, 5), 0.5}};
        const auto out = BarValidation::validate(in, unitFor(QStringLiteral("ADANIENT")), kToday);
        QVERIFY2(out, out ? "" : qPrintable(out.error().message));
        QCOMPARE(out->series.size(), 2);
        QCOMPARE(out->series.firstDate(), QDate(2020, 9, 30));
        QCOMPARE(out->series.lastDate(), QDate(2020, 10, 5));
        QCOMPARE(out->splits.size(), 1);
        QCOMPARE(out->splits.first().numerator, 2.0);
        QCOMPARE(out->dividends.size(), 1);
        QCOMPARE(out->dividends.first().amount, 0.5);
        QVERIFY(
            out->warnings.contains(QStringLiteral("ADANIENT 2020-10-01: close -5 is not a positive price")));
        QVERIFY(out->warnings.contains(QStringLiteral("ADANIENT 2020-10-02: low 11 is above high 9")));
        QVERIFY(
            out->warnings.contains(QStringLiteral("ADANIENT 2020-10-02: split 0:0 is not a positive ratio")));
        QVERIFY(out->warnings.contains(
            QStringLiteral("ADANIENT 2020-10-02: dividend -1e+308 is not a plausible amount (0 to 1e+15)")));
        QVERIFY(out->warnings.contains(QStringLiteral("ADANIENT: kept 2 of 4 bar(s); 2 failed validation")));
    }

    void reasonsAreCappedAndCounted()
    {
        QList<Bar> bars;
        for (int i = 0; i < 100; ++i) {
            bars << bar(QDate(2020, 1, 1).addDays(i), 10, 11, 9, -1);
        }
        bars << bar(QDate(2021, 1, 1), 10, 11, 9, 10);
        const auto out = BarValidation::validate(
            delivery(QStringLiteral("X"), bars), unitFor(QStringLiteral("X")), kToday);
        QVERIFY(out);
        QCOMPARE(out->series.size(), 1);
        QCOMPARE(out->warnings.size(), BarValidation::kMaxReasons + 2);
        QVERIFY(out->warnings.contains(QStringLiteral("X: 95 more invalid row(s) dropped")));
    }

    void nothingValidNeverReplacesStoredHistory()
    {
        const FetchUnit unit = unitFor(QStringLiteral("ADANIENT"));
        // Every row invalid: refused, with the first reasons.
        const auto allBad = BarValidation::validate(
            delivery(QStringLiteral("ADANIENT"), {bar(QDate(2020, 10, 1), 10, 11, 9, -5)}), unit, kToday);
        QVERIFY(!allBad);
        QCOMPARE(allBad.error().message,
                 QStringLiteral("ADANIENT: no valid bars; stored history kept (2020-10-01: close -5 is not a "
                                "positive price)"));
        // The same for an update: rows came, and none is usable.
        QVERIFY(!BarValidation::validate(
            delivery(QStringLiteral("ADANIENT"), {bar(QDate(2020, 10, 1), 10, 11, 9, -5)}, false),
            unit,
            kToday));

        // No rows, as the whole history: refused, with the provider's own notes as the reason.
        FetchedBars empty = delivery(QStringLiteral("ADANIENT"), {});
        empty.warnings << QStringLiteral("ADANIENT.csv: skipped 1 row(s) whose prices are all empty");
        const auto none = BarValidation::validate(empty, unit, kToday);
        QVERIFY(!none);
        QCOMPARE(
            none.error().message,
            QStringLiteral("ADANIENT: no valid bars; stored history kept (ADANIENT.csv: skipped 1 row(s) "
                           "whose prices are all empty)"));
        QVERIFY(!BarValidation::validate(delivery(QStringLiteral("ADANIENT"), {}), unit, kToday));

        // No rows in an update: nothing new since the last one, which is fine.
        const auto nothingNew =
            BarValidation::validate(delivery(QStringLiteral("ADANIENT"), {}, false), unit, kToday);
        QVERIFY(nothingNew);
        QVERIFY(nothingNew->series.isEmpty());
    }

    void anAnswerForAnotherSymbolIsRefused()
    {
        FetchedBars f = delivery(QStringLiteral("AAPL"), {bar(QDate(2020, 10, 1), 10, 11, 9, 10)});
        f.sourceSymbol = QStringLiteral("MSFT");
        const auto other = BarValidation::validate(f, unitFor(QStringLiteral("AAPL")), kToday);
        QVERIFY(!other);
        QCOMPARE(other.error().message, QStringLiteral("answer is for MSFT, not AAPL; stored history kept"));

        f.sourceSymbol = QStringLiteral("aapl"); // Yahoo upper-cases what it was asked for
        QVERIFY(BarValidation::validate(f, unitFor(QStringLiteral("AAPL")), kToday));

        FetchedBars wrongTicker = delivery(QStringLiteral("MSFT"), {bar(QDate(2020, 10, 1), 10, 11, 9, 10)});
        QVERIFY(!BarValidation::validate(wrongTicker, unitFor(QStringLiteral("AAPL")), kToday));
    }

    void unorderedDatesAreSortedOnce()
    {
        const auto out = BarValidation::validate(delivery(QStringLiteral("X"),
                                                          {bar(QDate(2020, 1, 3), 1, 1, 1, 1),
                                                           bar(QDate(2020, 1, 2), 2, 2, 2, 2),
                                                           bar(QDate(2020, 1, 3), 3, 3, 3, 3)}),
                                                 unitFor(QStringLiteral("X")),
                                                 kToday);
        QVERIFY(out);
        QCOMPARE(out->series.size(), 2);
        QCOMPARE(out->series.firstDate(), QDate(2020, 1, 2));
        QCOMPARE(out->series.at(1).close, 3.0);
        QCOMPARE(out->warnings.size(), 1);
    }

    void noProviderCanSkipTheGate()
    {
        ScriptedProvider provider;
        provider.next = delivery(QStringLiteral("NEW"),
                                 {bar(QDate(2020, 10, 1), 10, 11, 9, 10),
                                  bar(QDate(2020, 10, 2), 10, 1.7e308, 9, 10),
                                  Bar{QDate(), 1, 1, 1, 1, kMissing, 1}});
        const auto fetched = provider.fetch(unitFor(QStringLiteral("NEW")));
        QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().message));
        QCOMPARE(fetched->series.size(), 1);
        QVERIFY(fetched->warnings.contains(QStringLiteral("NEW (no date): no valid date")));

        provider.next = delivery(QStringLiteral("NEW"), {});
        const auto empty = provider.fetch(unitFor(QStringLiteral("NEW")));
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.startsWith(QStringLiteral("NEW: no valid bars; stored history kept")),
                 qPrintable(empty.error().message));
    }

    void csvRowsThatTheParserAcceptsStillPassTheGate()
    {
        QTemporaryDir dir;
        // The CSV parser rejects High < Low and negative values itself; a zero close, an open above the
        // high and a date before 1900 are the gate's to drop.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("GATE.csv")),
                          "Date,Open,High,Low,Close,Volume\n"
                          "1850-01-02,1,1,1,1,10\n"
                          "2020-10-01,10,11,9,10.5,100\n"
                          "2020-10-02,12,11,9,10.5,100\n"
                          "2020-10-05,10,11,9,0,100\n"
                          "2020-10-06,10,11,9,10,100\n"));
        CsvFolderProvider provider(dir.path());
        const auto units = provider.plan({});
        QVERIFY(units);
        QCOMPARE(units->size(), 1);
        const auto fetched = provider.fetch(units->front());
        QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().message));
        QCOMPARE(fetched->series.size(), 2);
        QCOMPARE(fetched->series.firstDate(), QDate(2020, 10, 1));
        QVERIFY(fetched->warnings.contains(QStringLiteral("GATE 2020-10-02: open 12 is above high 11")));
        QVERIFY(
            fetched->warnings.contains(QStringLiteral("GATE 2020-10-05: close 0 is not a positive price")));
    }

    void anInvalidRowNeverWinsAMerge()
    {
        // Two files of XYZ: the later one (by name) wins shared dates, but not with an invalid bar.
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("yahoofinance-XYZ-20201001-20201003.csv")),
                          "Date,Open,High,Low,Close,Volume\n"
                          "2020-10-01,10,11,9,10,100\n"
                          "2020-10-02,10,11,9,10.25,100\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("yahoofinance-XYZ-20201002-20201006.csv")),
                          "Date,Open,High,Low,Close,Volume\n"
                          "2020-10-02,12,11,9,10.5,100\n"
                          "2020-10-05,10,11,9,10.75,100\n"));
        CsvFolderProvider provider(dir.path());
        const auto units = provider.plan({});
        QVERIFY(units);
        QCOMPARE(units->size(), 1);
        const auto fetched = provider.fetch(units->front());
        QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().message));
        QCOMPARE(fetched->series.size(), 3);
        QCOMPARE(fetched->series.at(1).date, QDate(2020, 10, 2));
        QCOMPARE(fetched->series.at(1).close, 10.25); // the earlier file's valid bar
        QVERIFY2(fetched->warnings.contains(QStringLiteral(
                     "XYZ: 1 invalid row(s) of yahoofinance-XYZ-20201002-20201006.csv left out of the "
                     "merge (first: 2020-10-02: open 12 is above high 11)")),
                 qPrintable(fetched->warnings.join(u'\n')));
    }

    void anEmptyCsvFailsItsSymbol()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ADANIENT_2020-10-01_to_2025-09-30.csv")),
                          "Date,Open,High,Low,Close,Volume\n2020-10-01,,,,,\n"));
        CsvFolderProvider provider(dir.path());
        const auto units = provider.plan({});
        QVERIFY(units);
        const auto fetched = provider.fetch(units->front());
        QVERIFY(!fetched);
        QVERIFY2(fetched.error().message.startsWith(
                     QStringLiteral("ADANIENT: no valid bars; stored history kept (")),
                 qPrintable(fetched.error().message));
    }

    void syntheticBarsPassUntouched()
    {
        SyntheticProvider provider;
        const auto fetched = provider.fetch(unitFor(QStringLiteral("ALVORA.DEMO")));
        QVERIFY(fetched);
        QCOMPARE(fetched->series.size(), 500);
        QVERIFY2(fetched->warnings.isEmpty(), qPrintable(fetched->warnings.join(u'\n')));
    }

    void aLoadNeverWipesStoredBars()
    {
        // The finding: a CSV whose only row is empty replaced ADANIENT's stored bars with nothing.
        QTemporaryDir good;
        QTemporaryDir empty;
        QByteArray csv = "Date,Open,High,Low,Close,Volume\n";
        for (int i = 0; i < 30; ++i) {
            csv += QDate(2020, 10, 1).addDays(i).toString(Qt::ISODate).toLatin1() + ",10,11,9,"
                   + QByteArray::number(10 + i % 2) + ",100\n";
        }
        const QString name = QStringLiteral("ADANIENT_2020-10-01_to_2025-09-30.csv");
        QVERIFY(writeFile(QDir(good.path()).filePath(name), csv));
        QVERIFY(writeFile(QDir(empty.path()).filePath(name),
                          "Date,Open,High,Low,Close,Volume\n2020-10-01,,,,,\n"));

        Test::TempDatabase t;
        const auto run = [&t](const QString& folder) {
            Tasks::RunOptions options;
            options.maxWorkers = 1;
            Tasks::TaskContext ctx;
            return Tasks::TaskRunner(t.db()).start(
                QStringLiteral("load"), Tasks::loadParams(QStringLiteral("csv:") + folder), options, ctx);
        };
        const auto first = run(good.path());
        QVERIFY(first);
        QCOMPARE(first->done, 1);
        const auto before = Store::BarRepository(*t.db()).load(QStringLiteral("ADANIENT"));
        QVERIFY(before);
        QCOMPARE(before->size(), 30);

        const auto second = run(empty.path());
        QVERIFY(second);
        QCOMPARE(second->done, 0);
        QCOMPARE(second->failed, 1);
        QVERIFY2(second->failures.first().reason.startsWith(
                     QStringLiteral("ADANIENT: no valid bars; stored history kept")),
                 qPrintable(second->failures.first().reason));
        const auto after = Store::BarRepository(*t.db()).load(QStringLiteral("ADANIENT"));
        QVERIFY(after);
        QCOMPARE(after->size(), 30);
        QCOMPARE(after->close(), before->close());
        // The reason is the symbol's last error, as for any failed fetch.
        const auto rows = Store::SymbolRepository(*t.db()).rows();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().lastError, second->failures.first().reason);
    }

    void isoDatesOutsideTheStoreYearsAreSafe()
    {
        bool ok = false;
        QCOMPARE(isoOf(Store::kFirstIsoJulianDay, &ok), QByteArray("0000-01-01"));
        QVERIFY(ok);
        QCOMPARE(isoOf(Store::kLastIsoJulianDay, &ok), QByteArray("9999-12-31"));
        QVERIFY(ok);
        QCOMPARE(isoOf(QDate(2020, 10, 1).toJulianDay(), &ok), QByteArray("2020-10-01"));
        QVERIFY(ok);
        // An invalid QDate's Julian day is the minimum qint64: the arithmetic used to overflow there
        // and wrote ")0.'-04-27".
        for (const qint64 day : {QDate().toJulianDay(),
                                 std::numeric_limits<qint64>::max(),
                                 Store::kFirstIsoJulianDay - 1,
                                 Store::kLastIsoJulianDay + 1}) {
            QCOMPARE(isoOf(day, &ok), QByteArray("0000-00-00"));
            QVERIFY(!ok);
        }
    }
};

QTEST_GUILESS_MAIN(TestBarValidation)
#include "TestBarValidation.moc"
