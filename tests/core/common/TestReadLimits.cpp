#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "core/common/ReadLimits.h"
#include "core/market/TradingCalendar.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/** A sparse file of the given size: no disk space, no memory, but stat() reports the size. */
void sparseFile(const QString& path, qint64 size)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(f.resize(size));
}

} // namespace

/**
 * Whole-file reads are bounded: the size is checked before a byte is read, lines before they are
 * split. readFileWithin is the one reader; the holiday file is its smallest user.
 */
class TestReadLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void formatsSizes()
    {
        QCOMPARE(formatByteSize(300), QStringLiteral("300 bytes"));
        QCOMPARE(formatByteSize(1024), QStringLiteral("1 KB"));
        QCOMPARE(formatByteSize(qint64(1) << 20), QStringLiteral("1 MB"));
        QCOMPARE(formatByteSize(qint64(512) << 20), QStringLiteral("512 MB"));
        QCOMPARE(formatByteSize(qint64(3) << 29), QStringLiteral("1.5 GB"));
    }

    void readsAFileWithinTheCaps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ok.txt"));
        writeFile(path, "abc\r\ndefgh\n");
        auto data = readFileWithin(path, {11, 5, QStringLiteral("test files")});
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        QCOMPARE(*data, QByteArray("abc\r\ndefgh\n")); // exactly at both caps: the CR is not counted
    }

    void refusesALargeFileBeforeReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        sparseFile(path, 3 * 1024);
        auto data = readFileWithin(path, {2 * 1024, 0, QStringLiteral("test files")});
        QVERIFY(!data);
        QCOMPARE(data.error().code, ErrorCode::InvalidInput);
        QCOMPARE(data.error().message,
                 path + QStringLiteral(": 3 KB is too large: test files are read up to 2 KB"));
    }

    void aFileWithoutASizeStopsAtTheCap()
    {
        // /dev/zero reports size 0 and never ends: reading stops one byte past the cap.
        auto data = readFileWithin(QStringLiteral("/dev/zero"), {4096, 0, QStringLiteral("test files")});
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(QStringLiteral("more than 4 KB")),
                 qPrintable(data.error().message));
    }

    void refusesALongLineWithItsNumber()
    {
        const QByteArray text = "short\nalso short\r\n" + QByteArray(2000, 'x') + "\nlast";
        auto checked = checkLineLengths(text, 1024, QStringLiteral("f.csv"));
        QVERIFY(!checked);
        QCOMPARE(checked.error().message, QStringLiteral("f.csv:3: line longer than 1 KB"));
        QVERIFY(checkLineLengths(text, 2000, QStringLiteral("f.csv")));
        // The last line counts too, with or without a final newline.
        QVERIFY(!checkLineLengths(QByteArray("a\n" + QByteArray(11, 'y')), 10, QStringLiteral("g")));
    }

    void holidayFileIsCapped()
    {
        QTemporaryDir dir;
        // The default cap (1 MB) checked on a sparse file: refused without reading it.
        const QString huge = dir.filePath(QStringLiteral("huge.txt"));
        sparseFile(huge, qint64(5) << 20);
        auto refused = TradingCalendar::readHolidayFile(huge);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 huge + QStringLiteral(": 5 MB is too large: holiday files are read up to 1 MB"));
        // A long line, with a small line cap.
        const QString path = dir.filePath(QStringLiteral("nse.txt"));
        writeFile(path, QByteArray("2026-01-26,Republic Day\n2026-03-03," + QByteArray(300, 'H') + "\n"));
        auto ok = TradingCalendar::readHolidayFile(path);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->size(), 2);
        auto longLine =
            TradingCalendar::readHolidayFile(path, {1 << 20, 256, QStringLiteral("holiday files")});
        QVERIFY(!longLine);
        QCOMPARE(longLine.error().message, path + QStringLiteral(":2: line longer than 256 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestReadLimits)
#include "TestReadLimits.moc"
