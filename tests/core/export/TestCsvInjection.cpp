#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "core/common/CsvText.h"
#include "core/export/CsvWriter.h"
#include "core/export/DailyExports.h"
#include "core/fetch/providers/SyntheticProvider.h"
#include "core/store/BarRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/PipelineTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The data lines of a CSV file whose cells hold no line breaks, header excluded. */
QStringList dataLines(const QString& path)
{
    QStringList lines = QString::fromUtf8(readAll(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (!lines.isEmpty()) {
        lines.removeFirst();
    }
    return lines;
}

BarSeries syntheticBars(const QString& ticker)
{
    Fetch::SyntheticOptions o;
    o.days = 300;
    o.endDate = QDate(2025, 6, 27);
    return Fetch::generateSyntheticSeries(ticker, o);
}

} // namespace

/**
 * CSV formula injection (OWASP "CSV Injection"): a text cell a spreadsheet would run as a formula
 * gets a leading apostrophe in every CSV Tessera writes; numbers, signed ones included, stay numbers.
 */
class TestCsvInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void cells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("=") << QStringLiteral("=1+2") << QByteArray("'=1+2");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("+ text") << QStringLiteral("+cmd") << QByteArray("'+cmd");
        QTest::newRow("- formula") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                                   << QByteArray("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("DDE, quoted") << QStringLiteral("=cmd|' /C calc'!A0,x")
                                     << QByteArray("\"'=cmd|' /C calc'!A0,x\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("CR, quoted") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("lone minus") << QStringLiteral("-") << QByteArray("'-");
        QTest::newRow("negative number") << QStringLiteral("-5.2") << QByteArray("-5.2");
        QTest::newRow("plus number") << QStringLiteral("+3") << QByteArray("+3");
        QTest::newRow("exponent") << QStringLiteral("-1e-07") << QByteArray("-1e-07");
        QTest::newRow("leading point") << QStringLiteral("-.5") << QByteArray("-.5");
        QTest::newRow("bad exponent") << QStringLiteral("-1e") << QByteArray("'-1e");
        QTest::newRow("formula inside") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("ticker") << QStringLiteral("BAJAJ-AUTO.NS") << QByteArray("BAJAJ-AUTO.NS");
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void cells()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, written);
        QByteArray out;
        Export::appendCsvField(out, cell);
        QCOMPARE(out, written);
        // What the reader side compares with (the pipeline's summary merge).
        QCOMPARE(Csv::formulaGuarded(cell).toUtf8(),
                 Csv::needsFormulaGuard(cell) ? QByteArray("'") + cell.toUtf8() : cell.toUtf8());
    }

    void tableExportGuardsTextAndKeepsNumbers()
    {
        // The GUI's "Export rows to CSV…" goes through exportTable with display or raw texts.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        auto written =
            Export::exportTable({QStringLiteral("name"), QStringLiteral("change")},
                                {{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-0.25")},
                                 {QStringLiteral("@evil"), QStringLiteral("+1.5")}},
                                path);
        QVERIFY(written);
        QCOMPARE(readAll(path),
                 QByteArray("name,change\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-0.25\r\n'@evil,+1.5\r\n"));
    }

    void dailyExportsGuardTextCells()
    {
        Test::TempDatabase t;
        QVERIFY(Store::BarRepository(*t.db()).replaceAll(
            QStringLiteral("EVIL"), syntheticBars(QStringLiteral("EVIL")), QStringLiteral("test")));
        Symbol s;
        s.ticker = QStringLiteral("EVIL");
        s.name = QStringLiteral("=1+2");
        s.sector = QStringLiteral("@SUM(A1)");
        s.industry = QStringLiteral("-Energy");
        QVERIFY(Store::SymbolRepository(*t.db()).upsert(s));
        QTemporaryDir out;
        Export::ExportOptions o;
        o.folder = out.path();
        o.asOf = QDate(2025, 6, 27);
        auto r = Export::runExport(*t.db(), Export::ExportKind::Stocks, o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const QStringList lines = dataLines(r->path);
        QCOMPARE(lines.size(), 1);
        const QStringList cells = lines[0].split(u',');
        QCOMPARE(cells[1], QStringLiteral("'=1+2"));
        QVERIFY(cells.contains(QStringLiteral("'@SUM(A1)")));
        QVERIFY(cells.contains(QStringLiteral("'-Energy")));
        // Numbers are never guarded: every cell starting with a sign is a plain number or guarded text.
        for (const QString& c : cells) {
            if (c.startsWith(u'-') || c.startsWith(u'+')) {
                QVERIFY2(Csv::isPlainNumber(c), qPrintable(c));
            }
        }
    }

    void summaryGuardsTickersAndKeepsThemInLaterRuns()
    {
        Test::TempDatabase t;
        const QStringList tickers = {
            QStringLiteral("=EVIL"), QStringLiteral("ALPHA.NS"), QStringLiteral("BETA.NS")};
        for (const QString& ticker : tickers) {
            QVERIFY(Store::BarRepository(*t.db()).replaceAll(
                ticker, syntheticBars(ticker), QStringLiteral("test")));
        }
        const QString out = t.dir() + QStringLiteral("/json");
        Tasks::TaskContext ctx;
        auto first = Tasks::TaskRunner(t.db()).start(
            QStringLiteral("pipeline"),
            Tasks::pipelineParams({QStringLiteral("=EVIL"), QStringLiteral("ALPHA.NS")}, {}, false, out),
            {},
            ctx);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->done, 2);
        // A later run over another symbol keeps the guarded row: the merge reads back what was written.
        auto second = Tasks::TaskRunner(t.db()).start(
            QStringLiteral("pipeline"),
            Tasks::pipelineParams({QStringLiteral("BETA.NS")}, {}, false, out),
            {},
            ctx);
        QVERIFY(second);
        const QStringList lines = dataLines(out + QStringLiteral("/summary.csv"));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("'=EVIL,")), qPrintable(lines[0]));
        QVERIFY(lines[1].startsWith(QStringLiteral("ALPHA.NS,")));
        QVERIFY(lines[2].startsWith(QStringLiteral("BETA.NS,")));
    }
};

QTEST_GUILESS_MAIN(TestCsvInjection)
#include "TestCsvInjection.moc"
