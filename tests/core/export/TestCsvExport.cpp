#include <cmath>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/export/CsvWriter.h"
#include "core/export/DailyExports.h"
#include "core/fetch/providers/CsvBarFile.h"
#include "core/store/BarRepository.h"
#include "core/store/IndicatorRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/ExportTask.h"
#include "core/tasks/IndicatorsTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

/**
 * A strict RFC 4180 reader (what a spreadsheet does): quoted fields may hold commas, CR/LF and doubled
 * quotes; records end with CRLF. Fails the test on a malformed file.
 */
QList<QStringList> parseCsv(const QByteArray& bytes, bool* ok)
{
    *ok = true;
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty()) {
                *ok = false; // a quote in the middle of an unquoted field
            }
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n') {
                *ok = false;
            }
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
        } else {
            if (wasQuoted) {
                *ok = false; // text after a closing quote
            }
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty()) {
        *ok = false; // the last record must end with CRLF
    }
    return rows;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A database with CALM and SPY bars and their indicators. */
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
    calm.exchange = QStringLiteral("NASDAQ");
    calm.currency = QStringLiteral("USD");
    QVERIFY(Store::SymbolRepository(*db).upsert(calm));
    Tasks::TaskContext ctx;
    auto run = Tasks::TaskRunner(db).start(QStringLiteral("indicators"), Tasks::indicatorsParams(), {}, ctx);
    QVERIFY(run && run->done == 2);
}

} // namespace

/** The CSV writer (RFC 4180, atomic) and the seed-003 daily exports, read back as a spreadsheet would. */
class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void quotingAndEmptyCellsParseBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        const QList<QStringList> rows = {
            {QStringLiteral("plain"), QStringLiteral("with,comma"), QStringLiteral("say \"hi\"")},
            {QStringLiteral("two\r\nlines"), QString(), QStringLiteral(" padded ")},
            {QStringLiteral("Société Générale"), QStringLiteral("₹ 1,00,000"), QStringLiteral("")},
        };
        auto written =
            Export::exportTable({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, rows, path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, qint64(3));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("a,b,c\r\nplain,\"with,comma\",\"say \"\"hi\"\"\"\r\n"));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
        bool ok = false;
        const QList<QStringList> back = parseCsv(bytes, &ok);
        QVERIFY(ok);
        QCOMPARE(back.size(), 4);
        for (int r = 0; r < rows.size(); ++r) {
            QCOMPARE(back[r + 1].size(), 3);
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(back[r + 1][c], rows[r][c].isNull() ? QString(QLatin1String("")) : rows[r][c]);
            }
        }
    }

    void numbersAreShortestRoundTripAndMissingIsEmpty()
    {
        QTemporaryDir dir;
        Export::CsvWriter w(dir.filePath(QStringLiteral("n.csv")));
        QVERIFY(w.open({QStringLiteral("x")}));
        const double values[] = {0.1, 352.600006, 1e-7, -2.5, 1234567.0, 1.0 / 3.0, 0.0};
        for (double v : values) {
            w.number(v);
            w.endRow();
        }
        for (double v : {std::nan(""), HUGE_VAL, -HUGE_VAL}) {
            w.number(v);
            w.endRow();
        }
        QVERIFY(w.commit());
        bool ok = false;
        const auto rows = parseCsv(readAll(w.path()), &ok);
        QVERIFY(ok);
        QCOMPARE(rows[1][0], QStringLiteral("0.1"));
        QCOMPARE(rows[2][0], QStringLiteral("352.600006"));
        QCOMPARE(rows[5][0], QStringLiteral("1234567"));
        for (size_t i = 0; i < std::size(values); ++i) {
            QCOMPARE(rows[static_cast<qsizetype>(i) + 1][0].toDouble(), values[i]); // exact round trip
        }
        QCOMPARE(rows[8][0], QString(QLatin1String("")));
        QCOMPARE(rows[9][0], QString(QLatin1String("")));
        QCOMPARE(rows[10][0], QString(QLatin1String("")));
    }

    void writesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.csv"));
        QVERIFY(Export::exportTable({QStringLiteral("v")}, {{QStringLiteral("old")}}, path));
        {
            Export::CsvWriter w(path);
            QVERIFY(w.open({QStringLiteral("v")}));
            w.row({QStringLiteral("new")});
            // Abandoned without commit (a failed or cancelled export): the old file stays whole.
        }
        QCOMPARE(readAll(path), QByteArray("v\r\nold\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
        // An unwritable target is a clear error, not a crash.
        auto bad = Export::exportTable({QStringLiteral("v")}, {}, QStringLiteral("/proc/no/such/dir/x.csv"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("/proc/no/such/dir")));
    }

    void indicatorsExportHasTheSeedColumns()
    {
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        Export::ExportOptions o;
        o.folder = out.path();
        o.asOf = QDate(2024, 8, 21);
        o.days = 0; // everything: includes the warm-up rows with empty cells
        Tasks::TaskContext ctx;
        Tasks::TaskExportProgress progress(ctx);
        auto r = Export::runExport(*t.db(), Export::ExportKind::Indicators, o, progress);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(ctx.progress().done, qint64(2)); // one unit per symbol written, through the adapter
        QCOMPARE(ctx.progress().total, qint64(2));
        QCOMPARE(QFileInfo(r->path).fileName(), QStringLiteral("technical_indicators_2024-08-21.csv"));
        QCOMPARE(r->symbols, qint64(2));
        bool ok = false;
        const auto rows = parseCsv(readAll(r->path), &ok);
        QVERIFY(ok);
        QCOMPARE(
            rows[0].join(u','),
            QStringLiteral("symbol,date,rsi_14,macd,signal_line,macd_histogram,sma_20,sma_50,sma_200,ema_12,"
                           "ema_26,atr_14,atr_percentage,bollinger_upper,bollinger_middle,bollinger_lower"));
        auto stored = Store::IndicatorRepository(*t.db()).rowCount();
        QCOMPARE(qint64(rows.size() - 1), *stored);
        QCOMPARE(r->rows, *stored);
        QCOMPARE(rows[1][0], QStringLiteral("CALM"));
        QCOMPARE(rows[1][1], QStringLiteral("2022-01-03"));
        QCOMPARE(rows[1][2], QString(QLatin1String(""))); // RSI warm-up: empty, never 0
        // Every value reads back as the stored double, bit for bit.
        auto frame = Store::IndicatorRepository(*t.db()).load(QStringLiteral("CALM"));
        QVERIFY(frame);
        const qsizetype last = frame->size();
        QCOMPARE(rows[last][1], frame->date(last - 1).toString(Qt::ISODate));
        int c = 2;
        for (const Store::TechnicalColumn& col : Store::technicalColumns()) {
            QCOMPARE(rows[last][c++].toDouble(), frame->value(col.column, last - 1));
        }
        QCOMPARE(rows.last()[0], QStringLiteral("SPY"));
        // The default 30-day window before the as-of date.
        o.days = 30;
        auto recent = Export::runExport(*t.db(), Export::ExportKind::Indicators, o, progress);
        QVERIFY(recent);
        QVERIFY(recent->rows > 18 && recent->rows < 24);
        QCOMPARE(recent->symbols, qint64(1)); // SPY ends in 2021
    }

    void historyAndStocksExports()
    {
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        QVERIFY(Store::SettingsRepository(*t.db()).setValue(Export::kExportFolderSetting, out.path()));
        QCOMPARE(Export::exportFolder(*t.db()), out.path());
        Export::ExportOptions o;
        o.asOf = QDate(2021, 1, 13);
        Tasks::TaskContext ctx;
        Tasks::TaskExportProgress progress(ctx);
        auto history = Export::runExport(*t.db(), Export::ExportKind::History, o, progress);
        QVERIFY2(history, history ? "" : qPrintable(history.error().message));
        QCOMPARE(history->path, QDir(out.path()).filePath(QStringLiteral("historical_30d_2021-01-13.csv")));
        bool ok = false;
        const auto h = parseCsv(readAll(history->path), &ok);
        QVERIFY(ok);
        QCOMPARE(h[0].join(u','), QStringLiteral("symbol,date,open,high,low,close,adj_close,volume"));
        QCOMPARE(h[1][1], QStringLiteral("2020-12-14"));     // 30 calendar days before 2021-01-13
        QCOMPARE(h.last()[1], QStringLiteral("2021-01-12")); // the last bar of the file
        QCOMPARE(h.last()[0], QStringLiteral("SPY"));

        auto stocks = Export::runExport(*t.db(), Export::ExportKind::Stocks, o, progress);
        QVERIFY(stocks);
        const auto s = parseCsv(readAll(stocks->path), &ok);
        QVERIFY(ok);
        QCOMPARE(s.size(), 3);
        const QStringList header = s[0];
        QCOMPARE(header.mid(0, 6).join(u','),
                 QStringLiteral("symbol,stock_name,current_price,market_cap,volume,avg_volume_30d"));
        QVERIFY(header.contains(QStringLiteral("historical_volatility_1y")));
        QVERIFY(header.contains(QStringLiteral("high_52w")));
        const auto cell = [&header](const QStringList& row, const char* name) {
            return row[header.indexOf(QString::fromLatin1(name))];
        };
        const QStringList calm = s[1];
        QCOMPARE(cell(calm, "symbol"), QStringLiteral("CALM"));
        QCOMPARE(cell(calm, "stock_name"), QStringLiteral("Cal-Maine Foods, Inc. \"Eggs\""));
        QCOMPARE(cell(calm, "current_price"), QString(QLatin1String(""))); // CALM starts in 2022: no bar yet
        QCOMPARE(cell(calm, "pe_ratio"), QString(QLatin1String("")));
        const QStringList spy = s[2];
        QCOMPARE(cell(spy, "price_date"), QStringLiteral("2021-01-12"));
        QCOMPARE(cell(spy, "current_price").toDouble(), 378.769989);
        QVERIFY(cell(spy, "avg_volume_30d").toDouble() > 1e6);
        QCOMPARE(cell(spy, "historical_volatility_1y"), QString(QLatin1String(""))); // 91 bars < 253
        QVERIFY(cell(spy, "atr_14").toDouble() > 0);
        QVERIFY(cell(spy, "high_52w").toDouble() >= cell(spy, "current_price").toDouble());
        QVERIFY(!cell(spy, "change_percent").isEmpty());

        // As of CALM's last day it has a price, a 1-year volatility and a 52-week range.
        o.asOf = QDate(2024, 8, 21);
        auto later = Export::runExport(*t.db(), Export::ExportKind::Stocks, o, progress);
        QVERIFY(later);
        const auto s2 = parseCsv(readAll(later->path), &ok);
        QCOMPARE(cell(s2[1], "current_price").toDouble(), 71.88999938964844);
        const double hv = cell(s2[1], "historical_volatility_1y").toDouble();
        QVERIFY(hv > 0.1 && hv < 1.0);
        QCOMPARE(cell(s2[1], "sector"), QStringLiteral("Consumer Defensive"));
    }

    void cliExport()
    {
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        QProcess p;
        p.start(Test::cliPath(),
                {QStringLiteral("--db"),
                 t.path(),
                 QStringLiteral("export"),
                 QStringLiteral("all"),
                 QStringLiteral("--out"),
                 out.path(),
                 QStringLiteral("--date"),
                 QStringLiteral("2024-08-21")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList files = QDir(out.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
                 (QStringList{QStringLiteral("historical_30d_2024-08-21.csv"),
                              QStringLiteral("stocks_2024-08-21.csv"),
                              QStringLiteral("suggested_stocks_2024-08-21.csv"), // issue 20: the daily picks
                              QStringLiteral("technical_indicators_2024-08-21.csv")}));
        p.start(Test::cliPath(),
                {QStringLiteral("--db"), t.path(), QStringLiteral("export"), QStringLiteral("bogus")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        p.start(Test::cliPath(),
                {QStringLiteral("--db"),
                 t.path(),
                 QStringLiteral("export"),
                 QStringLiteral("stocks"),
                 QStringLiteral("--date"),
                 QStringLiteral("21/08/2024")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "TestCsvExport.moc"
