#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "core/export/DailyExports.h"
#include "core/fetch/providers/CsvBarFile.h"
#include "core/store/BarRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/IndicatorsTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** CALM and SPY bars with their indicators, and CALM's name, sector and exchange. */
void fillDatabase(const Store::DatabasePtr& db)
{
    for (const auto& [file, ticker] : {std::pair{"CALM-1d-no-bad-divs.csv", "CALM"},
                                       std::pair{"yahoofinance-SPY-20200901-20210113.csv", "SPY"}}) {
        auto parsed =
            Fetch::parseBarsCsvFile(Test::dataPath(QStringLiteral("csv/real/") + QString::fromLatin1(file)));
        QVERIFY(parsed);
        QVERIFY(Store::BarRepository(*db).replaceAll(
            QString::fromLatin1(ticker), parsed->symbols.front().series, QStringLiteral("csv")));
    }
    Symbol calm;
    calm.ticker = QStringLiteral("CALM");
    calm.name = QStringLiteral("Cal-Maine Foods, Inc. \"Eggs\"");
    calm.sector = QStringLiteral("Consumer Defensive");
    calm.industry = QStringLiteral("Farm Products");
    calm.exchange = QStringLiteral("NASDAQ");
    calm.currency = QStringLiteral("USD");
    QVERIFY(Store::SymbolRepository(*db).upsert(calm));
    Tasks::TaskContext ctx;
    auto run = Tasks::TaskRunner(db).start(QStringLiteral("indicators"), Tasks::indicatorsParams(), {}, ctx);
    QVERIFY(run && run->done == 2);
    // last_updated is the time the bars were stored: pinned, so the stocks file is the same every run.
    Store::Statement pin(db->rawHandle(), "UPDATE bar_summary SET updated_at = '2024-08-22T06:00:00Z'");
    QVERIFY(pin.run());
}

} // namespace

/**
 * The daily exports, byte for byte, against files the exporter wrote before its SQL moved into
 * Store::ExportRepository (tests/data/golden/exports, see its README). Any change to a byte of the
 * output (a column, the number format, the row order, the quoting) fails here.
 */
class TestExportGoldens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void exportsAreByteIdentical_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("golden");
        const auto kind = [](Export::ExportKind k) {
            return static_cast<int>(k);
        };
        QTest::newRow("stocks, CALM with a year of bars")
            << kind(Export::ExportKind::Stocks) << QDate(2024, 8, 21) << 30
            << QStringLiteral("stocks_2024-08-21.csv");
        QTest::newRow("stocks, CALM without bars yet")
            << kind(Export::ExportKind::Stocks) << QDate(2021, 1, 13) << 30
            << QStringLiteral("stocks_2021-01-13.csv");
        QTest::newRow("history, 45 days") << kind(Export::ExportKind::History) << QDate(2021, 1, 13) << 45
                                          << QStringLiteral("historical_45d_2021-01-13.csv");
        QTest::newRow("indicators, 45 days") << kind(Export::ExportKind::Indicators) << QDate(2024, 8, 21)
                                             << 45 << QStringLiteral("technical_indicators_2024-08-21.csv");
        QTest::newRow("indicators, everything (open start, warm-up rows)")
            << kind(Export::ExportKind::Indicators) << QDate(2021, 1, 13) << 0
            << QStringLiteral("technical_indicators_2021-01-13.csv");
    }

    void exportsAreByteIdentical()
    {
        QFETCH(int, kind);
        QFETCH(QDate, asOf);
        QFETCH(int, days);
        QFETCH(QString, golden);
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        Export::ExportOptions o;
        o.folder = out.path();
        o.asOf = asOf;
        o.days = days;
        // TESSERA_EXPORT_GOLDEN_DB=FILE saves the database the exports read (see the goldens' README).
        const QString saveTo = qEnvironmentVariable("TESSERA_EXPORT_GOLDEN_DB");
        if (!saveTo.isEmpty() && !QFileInfo::exists(saveTo)) {
            Store::Statement save(t.db()->rawHandle(), "VACUUM INTO ?1");
            save.bind(1, saveTo);
            QVERIFY(save.run());
        }
        auto r = Export::runExport(*t.db(), static_cast<Export::ExportKind>(kind), o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(QFileInfo(r->path).fileName(), golden);
        const QByteArray bytes = readAll(r->path);
        const QByteArray expected = readAll(Test::dataPath(QStringLiteral("golden/exports/") + golden));
        QVERIFY2(!expected.isEmpty(), qPrintable(golden + QStringLiteral(": golden file missing")));
        QCOMPARE(bytes.size(), expected.size());
        QVERIFY(bytes == expected);
    }
};

QTEST_GUILESS_MAIN(TestExportGoldens)
#include "TestExportGoldens.moc"
