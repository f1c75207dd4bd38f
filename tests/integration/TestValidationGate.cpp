#include <QDir>
#include <QFile>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/Database.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

/** The bars stored for ticker in the database file at path (empty when unreadable). */
BarSeries storedBars(const QString& path, const QString& ticker)
{
    auto db = Store::Database::open(path);
    if (!db) {
        return {};
    }
    return Store::BarRepository(**db).load(ticker).value_or(BarSeries());
}

} // namespace

/**
 * The validation gate as the user meets it through tessera-cli: a CSV whose only row is empty
 * (`Date,Open,High,Low,Close,Volume` + `2020-10-01,,,,,`) used to exit 0 and replace ADANIENT's
 * stored bars with nothing. Now the symbol fails with its reason, the exit code says so, and the
 * stored bars stay as they were.
 */
class TestValidationGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void anEmptyCsvNeverWipesStoredBars()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("ADANIENT_2020-10-01_to_2025-09-30.csv");
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("good")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("empty")));
        QByteArray csv = "Date,Open,High,Low,Close,Volume\n";
        for (int i = 0; i < 20; ++i) {
            csv += QDate(2020, 10, 1).addDays(i).toString(Qt::ISODate).toLatin1() + ",100,200,95,"
                   + QByteArray::number(100 + i) + ",1000\n";
        }
        QVERIFY(writeFile(dir.filePath(QStringLiteral("good/") + name), csv));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("empty/") + name),
                          "Date,Open,High,Low,Close,Volume\n2020-10-01,,,,,\n"));
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));

        const Test::CliRun good =
            Test::runCli({QStringLiteral("--db"),
                          db,
                          QStringLiteral("fetch"),
                          QStringLiteral("--provider"),
                          QStringLiteral("csv:") + dir.filePath(QStringLiteral("good"))});
        QVERIFY2(good.code == 0, qPrintable(good.out + good.err));
        const BarSeries before = storedBars(db, QStringLiteral("ADANIENT"));
        QCOMPARE(before.size(), 20);

        const Test::CliRun empty =
            Test::runCli({QStringLiteral("--db"),
                          db,
                          QStringLiteral("fetch"),
                          QStringLiteral("--provider"),
                          QStringLiteral("csv:") + dir.filePath(QStringLiteral("empty"))});
        QCOMPARE(empty.code, 1); // finished with a failed symbol
        QVERIFY2(QString(empty.out + empty.err)
                     .contains(QStringLiteral("ADANIENT: no valid bars; stored history kept")),
                 qPrintable(empty.out + empty.err));
        const BarSeries after = storedBars(db, QStringLiteral("ADANIENT"));
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.close(), before.close());
    }
};

QTEST_GUILESS_MAIN(TestValidationGate)
#include "TestValidationGate.moc"
