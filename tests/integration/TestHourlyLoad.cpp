#include <QDir>
#include <QFile>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/Database.h"
#include "core/store/HourlyBarRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

Test::CliRun fetchCsv(const QString& db, const QString& dir)
{
    return Test::runCli({QStringLiteral("--db"),
                         db,
                         QStringLiteral("fetch"),
                         QStringLiteral("--provider"),
                         QStringLiteral("csv:") + dir});
}

} // namespace

/**
 * Hourly CSV loads through tessera-cli (issue 21): the fixture pairs, a second load with six more
 * hours, the daily bars derived for a 24/7 market, and the 20 shared pairs with their exact row counts.
 */
class TestHourlyLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void fixtureLoadsAndGrowsBySixHours()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Test::CliRun first = fetchCsv(db, Test::dataPath(QStringLiteral("crypto/hourly")));
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        auto opened = Store::Database::open(db);
        QVERIFY(opened);
        Store::HourlyBarRepository hourly(**opened);
        const QStringList pairs{
            QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")};
        QHash<QString, HourlySeries> before;
        for (const QString& p : pairs) {
            auto s = hourly.load(p);
            QVERIFY(s);
            QCOMPARE(s->size(), 72);
            before.insert(p, *s);
        }
        // Daily bars derived at the UTC-midnight boundary: three whole days.
        auto days = Store::BarRepository(**opened).load(QStringLiteral("BTCUSDT"));
        QVERIFY(days);
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->at(0).close, 30585.9);
        opened->reset();

        const Test::CliRun second = fetchCsv(db, Test::dataPath(QStringLiteral("crypto/hourly-plus6")));
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
        auto reopened = Store::Database::open(db);
        QVERIFY(reopened);
        Store::HourlyBarRepository after(**reopened);
        for (const QString& p : pairs) {
            auto s = after.load(p);
            QVERIFY(s);
            QCOMPARE(s->size(), 78);
            // The first 72 hours are untouched; the six new ones follow.
            const HourlySeries head = s->slice(0, 72);
            QCOMPARE(head.times(), before.value(p).times());
            QCOMPARE(head.close(), before.value(p).close());
            QCOMPARE(s->lastTime(), QDateTime(QDate(2023, 7, 4), QTime(5, 0), Qt::UTC).toSecsSinceEpoch());
        }
        auto days2 = Store::BarRepository(**reopened).load(QStringLiteral("BTCUSDT"));
        QVERIFY(days2);
        QCOMPARE(days2->size(), 4); // 2023-07-04 so far: six hours
    }

    void sharedTwentyPairsLoadWithExactRowCounts()
    {
        const QString shared = Test::sharedDir();
        const QString folder = shared + QStringLiteral("/data/ohlcv/intraday/crypto_binance_usdt");
        if (shared.isEmpty() || !QFileInfo::exists(folder + QStringLiteral("/SOURCES.csv"))) {
            QSKIP("../shared/data/ohlcv/intraday/crypto_binance_usdt is not present");
        }
        QFile sources(folder + QStringLiteral("/SOURCES.csv"));
        QVERIFY(sources.open(QIODevice::ReadOnly));
        QHash<QString, qint64> expected; // pair -> rows_kept
        const QList<QByteArray> lines = sources.readAll().split('\n');
        for (const QByteArray& line : lines.mid(1)) {
            const QList<QByteArray> f = line.trimmed().split(',');
            if (f.size() == 6) {
                expected.insert(QString::fromLatin1(f[0]).section(u'_', 0, 0), f[5].toLongLong());
            }
        }
        QCOMPARE(expected.size(), 20);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Test::CliRun run = fetchCsv(db, folder);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        auto opened = Store::Database::open(db);
        QVERIFY(opened);
        auto spans = Store::HourlyBarRepository(**opened).spans();
        QVERIFY(spans);
        QCOMPARE(spans->size(), 20);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(spans->contains(it.key()), qPrintable(it.key()));
            QCOMPARE(spans->value(it.key()).count, it.value());
            QCOMPARE(spans->value(it.key()).firstTime,
                     QDateTime(QDate(2023, 7, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        }
    }
};

QTEST_GUILESS_MAIN(TestHourlyLoad)
#include "TestHourlyLoad.moc"
