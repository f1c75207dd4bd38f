#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "core/export/CsvWriter.h"
#include "core/export/TileJsonExport.h"

#include "tests/support/TestSupport.h"
#include <sys/resource.h>

using namespace Tessera;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writePlain(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/** Every entry of a folder, hidden ones and links included, by name. */
QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

Store::AnalysisDocuments documents(const QByteArray& tag)
{
    return {"{\"main\":\"" + tag + "\"}", "{\"slippage\":\"" + tag + "\"}", "{\"monte\":\"" + tag + "\"}"};
}

} // namespace

/**
 * Every file the exporters write (tile JSON documents, summary.csv, the CSV exports and table exports
 * through CsvWriter) goes through AtomicFile: a link planted in the folder is never written through,
 * a failure leaves the old file and no temporary or ".part" file behind.
 */
class TestAtomicExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void tileJsonNeverWritesThroughAPlantedLink()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("tiles"));
        QVERIFY(QDir().mkpath(folder));
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        const QString victim2 = dir.filePath(QStringLiteral("victim2.txt"));
        writePlain(victim, "precious");
        writePlain(victim2, "precious too");
        // The old writer's temporary name, and a document's final name.
        QVERIFY(QFile::link(victim, QDir(folder).filePath(QStringLiteral(".T.json.part"))));
        QVERIFY(QFile::link(victim2, QDir(folder).filePath(QStringLiteral("T_slippage.json"))));

        auto r = Export::writeAnalysisFiles(folder, QStringLiteral("T"), documents("new"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QCOMPARE(readAll(victim2), QByteArray("precious too"));
        QCOMPARE(readAll(QDir(folder).filePath(QStringLiteral("T.json"))), QByteArray("{\"main\":\"new\"}"));
        QVERIFY(!QFileInfo(QDir(folder).filePath(QStringLiteral("T_slippage.json"))).isSymLink());
        QCOMPARE(readAll(QDir(folder).filePath(QStringLiteral("T_slippage.json"))),
                 QByteArray("{\"slippage\":\"new\"}"));
        // Nothing of ours left beside the documents (the planted link is someone else's file).
        QCOMPARE(entries(folder),
                 (QStringList{QStringLiteral(".T.json.part"),
                              QStringLiteral("T.json"),
                              QStringLiteral("T_monte_slippage.json"),
                              QStringLiteral("T_slippage.json")}));
    }

    void aFailedDocumentLeavesTheOldOneAndNoTemporary()
    {
        QTemporaryDir dir;
        QVERIFY(Export::writeAnalysisFiles(dir.path(), QStringLiteral("T"), documents("old")));
        // The second document's name is taken by a folder: its write fails after the first succeeded.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("T_slippage.json"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("T_slippage.json"))));
        auto r = Export::writeAnalysisFiles(dir.path(), QStringLiteral("T"), documents("new"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(dir.filePath(QStringLiteral("T_slippage.json"))),
                 qPrintable(r.error().message));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("T_monte_slippage.json"))),
                 QByteArray("{\"monte\":\"old\"}"));
        QCOMPARE(entries(dir.path()),
                 (QStringList{QStringLiteral("T.json"),
                              QStringLiteral("T_monte_slippage.json"),
                              QStringLiteral("T_slippage.json")}));
    }

    void csvWriterReplacesALinkAtTheTarget()
    {
        // QSaveFile (Qt 6.4) resolves a link at the target and replaces the file it points to.
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        writePlain(victim, "precious");
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        QVERIFY(QFile::link(victim, path));
        auto written = Export::exportTable({QStringLiteral("a")}, {{QStringLiteral("1")}}, path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(readAll(path), QByteArray("a\r\n1\r\n"));

        // summary.csv is written the same way.
        const QString summary = dir.filePath(QStringLiteral("summary.csv"));
        QVERIFY(QFile::link(victim, summary));
        QVERIFY(Export::writePipelineSummary(dir.path(), {}));
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(readAll(summary).startsWith("symbol,direction,score"));
    }

    void aCsvWriteThatFailsKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stocks_2024-05-01.csv"));
        writePlain(path, "old\r\n");
        Result<qint64> r;
        {
            // A real write error part-way through (EFBIG past 64 KB), as a full disk would give.
            rlimit saved{};
            QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
            auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit small = saved;
            small.rlim_cur = 64 * 1024;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
            Export::CsvWriter w(path);
            if (auto opened = w.open({QStringLiteral("v")}); opened) {
                for (int i = 0; i < 200000; ++i) {
                    w.number(i * 0.5);
                    w.endRow();
                }
                r = w.commit();
            } else {
                r = fail(opened.error());
            }
            setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, oldHandler);
        }
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(path)
                     && r.error().message.contains(QStringLiteral("file too large")),
                 qPrintable(r.error().message));
        QCOMPARE(readAll(path), QByteArray("old\r\n"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("stocks_2024-05-01.csv")});
    }
};

QTEST_GUILESS_MAIN(TestAtomicExports)
#include "TestAtomicExports.moc"
