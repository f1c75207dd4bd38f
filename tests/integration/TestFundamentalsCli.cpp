// `tessera-cli fundamentals import|show|list` through the real binary and database file: the S&P 500
// financials sample, rows of tickers that are not stored, JSON nulls for missing values, and the errors
// a user meets (a file of another kind, an unknown ticker, a bad date).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/TestSupport.h"

using namespace Tessera;

class TestFundamentalsCli : public QObject
{
    Q_OBJECT

private slots:
    void importShowAndList()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const QString tickers = dir.filePath(QStringLiteral("watch.txt"));
        QFile f(tickers);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("AAPL\nMO\nBRK-B\n");
        f.close();
        QCOMPARE(
            Test::runCli(
                {QStringLiteral("--db"), db, QStringLiteral("universe"), QStringLiteral("import"), tickers})
                .code,
            0);
        const QString sample = Test::dataPath(QStringLiteral("fundamentals/sp500_financials_sample.csv"));
        const Test::CliRun imported = Test::runCli({QStringLiteral("--db"),
                                                    db,
                                                    QStringLiteral("fundamentals"),
                                                    QStringLiteral("import"),
                                                    sample,
                                                    QStringLiteral("--as-of"),
                                                    QStringLiteral("2026-08-22")});
        QVERIFY2(imported.code == 0, qPrintable(imported.out + imported.err));
        // AAPL, MO and BRK.B (stored as BRK-B); the 12 other rows are named as skipped.
        QVERIFY2(imported.out.contains(QStringLiteral("Fundamentals of 3 symbol(s)")),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(
                     QStringLiteral("Skipped 12 row(s) of tickers that are not stored symbols: MMM")),
                 qPrintable(imported.out));

        const Test::CliRun shown = Test::runCli({QStringLiteral("--db"),
                                                 db,
                                                 QStringLiteral("--json"),
                                                 QStringLiteral("fundamentals"),
                                                 QStringLiteral("show"),
                                                 QStringLiteral("AAPL")});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        const QJsonObject aapl = QJsonDocument::fromJson(shown.out.toUtf8()).array().first().toObject();
        QCOMPARE(aapl.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-08-22"));
        QCOMPARE(aapl.value(QStringLiteral("pe_ratio")).toDouble(), 35.475918);
        QVERIFY(aapl.value(QStringLiteral("roe")).isNull()); // missing is null, never 0
        QCOMPARE(aapl.value(QStringLiteral("market_cap_category")).toString(), QStringLiteral("mega"));
        QVERIFY(aapl.value(QStringLiteral("derived")).toArray().contains(QStringLiteral("book_value")));

        const Test::CliRun list = Test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("fundamentals"), QStringLiteral("list")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("3 symbol(s)")), qPrintable(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("BRK-B")), qPrintable(list.out));

        // Mistakes: an unknown ticker (with a suggestion), a bar file, a bad date — exit 2, nothing stored.
        const Test::CliRun unknown = Test::runCli({QStringLiteral("--db"),
                                                   db,
                                                   QStringLiteral("fundamentals"),
                                                   QStringLiteral("show"),
                                                   QStringLiteral("AAPLL")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("did you mean AAPL?")), qPrintable(unknown.err));
        const Test::CliRun bars =
            Test::runCli({QStringLiteral("--db"),
                          db,
                          QStringLiteral("fundamentals"),
                          QStringLiteral("import"),
                          Test::dataPath(QStringLiteral("csv/real/JIOFIN_2020-10-01_to_2025-09-30.csv"))});
        QCOMPARE(bars.code, 2);
        QVERIFY2(bars.err.contains(
                     QStringLiteral("JIOFIN_2020-10-01_to_2025-09-30.csv:1: not a fundamentals file")),
                 qPrintable(bars.err));
        const Test::CliRun date = Test::runCli({QStringLiteral("--db"),
                                                db,
                                                QStringLiteral("fundamentals"),
                                                QStringLiteral("import"),
                                                sample,
                                                QStringLiteral("--as-of"),
                                                QStringLiteral("22.08.2026")});
        QCOMPARE(date.code, 2);
        QVERIFY2(date.err.contains(QStringLiteral("--as-of needs a date YYYY-MM-DD")), qPrintable(date.err));
    }
};

QTEST_GUILESS_MAIN(TestFundamentalsCli)
#include "TestFundamentalsCli.moc"
