// `tessera-cli calls backfill`, `scores` and `calls list` through the real SQLite file (issue 16).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

#include "core/store/BarRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

BarSeries walk(const QString& ticker, int n, quint32 seed)
{
    BarSeries s(ticker);
    QDate d(2023, 1, 2);
    double price = 100;
    quint32 x = seed;
    const auto next = [&x] {
        x = x * 1664525u + 1013904223u;
        return (x >> 8) / double(1u << 24) - 0.5;
    };
    for (int i = 0; i < n; ++i) {
        while (d.dayOfWeek() > 5) {
            d = d.addDays(1);
        }
        const double open = price;
        price *= 1.0 + 0.04 * next();
        Bar b;
        b.date = d;
        b.open = open;
        b.close = b.adjClose = price;
        b.high = std::max(open, price) * 1.01;
        b.low = std::min(open, price) * 0.99;
        b.volume = 1e6 * (1.0 + next());
        s.append(b);
        d = d.addDays(1);
    }
    return s;
}

} // namespace

class TestScoresCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void backfillScoreAndList()
    {
        Test::TempDatabase t;
        quint32 seed = 3;
        for (const QString& tk :
             {QStringLiteral("AAA.NS"), QStringLiteral("BBB.NS"), QStringLiteral("CCC.NS")}) {
            must(Store::BarRepository(*t.db()).replaceAll(tk, walk(tk, 260, seed++), QStringLiteral("test")));
        }
        const QStringList db = {QStringLiteral("--db"), t.path()};
        Test::CliRun fill = Test::runCli(db
                                         + QStringList{QStringLiteral("--json"),
                                                       QStringLiteral("calls"),
                                                       QStringLiteral("backfill"),
                                                       QStringLiteral("--verdicts"),
                                                       QStringLiteral("--monthly"),
                                                       QStringLiteral("--from"),
                                                       QStringLiteral("2023-03-01")});
        QVERIFY2(fill.code == 0, qPrintable(fill.err));
        const QJsonObject filled = QJsonDocument::fromJson(fill.out.toUtf8()).object();
        QCOMPARE(filled.value(QStringLiteral("symbols")).toInt(), 3);
        // 260 weekdays from 2023-01-02 end in December: month ends March … November.
        QCOMPARE(filled.value(QStringLiteral("dates")).toInt(), 9);
        const int verdicts = filled.value(QStringLiteral("verdicts")).toInt();
        QVERIFY(verdicts > 20);

        Test::CliRun board = Test::runCli(db
                                          + QStringList{QStringLiteral("--json"),
                                                        QStringLiteral("scores"),
                                                        QStringLiteral("--source"),
                                                        QStringLiteral("verdict")});
        QVERIFY2(board.code == 0, qPrintable(board.err));
        const QJsonObject o = QJsonDocument::fromJson(board.out.toUtf8()).object();
        int counted = 0;
        for (const QJsonValue& r : o.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = r.toObject();
            QCOMPARE(row.value(QStringLiteral("source")).toString(), QStringLiteral("verdict"));
            counted += row.value(QStringLiteral("count")).toInt();
            const double hit = row.value(QStringLiteral("hit_rate")).toDouble();
            const QJsonArray ci = row.value(QStringLiteral("hit_rate_ci95")).toArray();
            QVERIFY(ci[0].toDouble() <= hit && hit <= ci[1].toDouble());
            QVERIFY(row.value(QStringLiteral("sentence")).toString().contains(QStringLiteral("of the time")));
        }
        // Every back-filled verdict is scored (the last one, November's, has 5 December bars after it).
        QCOMPARE(counted + o.value(QStringLiteral("unscored")).toInt(), verdicts);
        QVERIFY(counted > 0);
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM calls WHERE scored_at IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), counted);

        // The text form, a period, and a symbol's list.
        Test::CliRun text = Test::runCli(
            db
            + QStringList{QStringLiteral("scores"), QStringLiteral("--from"), QStringLiteral("2023-06-01")});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(QStringLiteral("VERDICT")));
        QVERIFY(text.out.contains(QStringLiteral("for all stocks")));
        Test::CliRun list = Test::runCli(db
                                         + QStringList{QStringLiteral("--json"),
                                                       QStringLiteral("calls"),
                                                       QStringLiteral("list"),
                                                       QStringLiteral("AAA.NS")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const QJsonArray calls = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(calls.size() >= 8);
        QCOMPARE(calls[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("verdict"));

        // Usage errors.
        QCOMPARE(
            Test::runCli(
                db
                + QStringList{QStringLiteral("scores"), QStringLiteral("--source"), QStringLiteral("bogus")})
                .code,
            2);
        QCOMPARE(Test::runCli(db + QStringList{QStringLiteral("calls"), QStringLiteral("backfill")}).code, 2);
        QCOMPARE(Test::runCli(db
                              + QStringList{QStringLiteral("scores"),
                                            QStringLiteral("--from"),
                                            QStringLiteral("2023-13-01")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestScoresCli)
#include "TestScoresCli.moc"
