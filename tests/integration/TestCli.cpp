#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include "core/store/Database.h"
#include "core/store/WriteLock.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

using Run = Test::CliRun;
const auto cli = [](const QStringList& args) {
    return Test::runCli(args);
};

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}).code, 2);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command")));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run noProvider = cli({QStringLiteral("--db"), db, QStringLiteral("fetch")});
        QCOMPARE(noProvider.code, 2);
        QVERIFY(noProvider.err.contains(QStringLiteral("--provider")));
        const Run badProvider = cli({QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("fetch"),
                                     QStringLiteral("--provider"),
                                     QStringLiteral("ftp:x")});
        QCOMPARE(badProvider.code, 2);
        QCOMPARE(badProvider.err.count(u'\n'), 1); // one clear line, never a stack dump
        const Run badUniverse = cli({QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("fetch"),
                                     QStringLiteral("--provider"),
                                     QStringLiteral("synthetic"),
                                     QStringLiteral("--universe"),
                                     QStringLiteral("nope")});
        QCOMPARE(badUniverse.code, 2);
        QVERIFY(badUniverse.err.contains(QStringLiteral("no universe named 'nope'")));
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--version")}).code, 0);
    }

    void universeImportAndStatus()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run imported = cli({QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("universe"),
                                  QStringLiteral("import"),
                                  QStringLiteral("bundled:nifty500")});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("500 symbols (500 added, 0 removed")),
                 qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("Financial Services")));
        const Run again = cli({QStringLiteral("--db"),
                               db,
                               QStringLiteral("--json"),
                               QStringLiteral("universe"),
                               QStringLiteral("import"),
                               QStringLiteral("bundled:nifty500")});
        QCOMPARE(again.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("symbols")).toInt(), 500);
        QCOMPARE(o.value(QStringLiteral("added")).toArray().size(), 0);
        const Run status =
            cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("symbolCount")).toInt(), 500);
        QCOMPARE(s.value(QStringLiteral("universes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("NIFTY 500"));
    }

    void syntheticFetchThenTagSelection()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run fetched = cli({QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("fetch"),
                                 QStringLiteral("--provider"),
                                 QStringLiteral("synthetic:7"),
                                 QStringLiteral("--symbols"),
                                 QStringLiteral("AAA,BBB")});
        QCOMPARE(fetched.code, 0);
        QVERIFY2(fetched.out.contains(QStringLiteral("Run 1 done: 2 done, 0 failed")),
                 qPrintable(fetched.out));
        const QString tags = dir.filePath(QStringLiteral("shariah.txt"));
        writeFile(tags, "# halal list\nBBB\n");
        QCOMPARE(cli({QStringLiteral("--db"),
                      db,
                      QStringLiteral("universe"),
                      QStringLiteral("import"),
                      tags,
                      QStringLiteral("--tag"),
                      QStringLiteral("shariah")})
                     .code,
                 0);
        const Run byTag = cli({QStringLiteral("--db"),
                               db,
                               QStringLiteral("--json"),
                               QStringLiteral("fetch"),
                               QStringLiteral("--provider"),
                               QStringLiteral("synthetic:7"),
                               QStringLiteral("--tag"),
                               QStringLiteral("shariah")});
        QCOMPARE(byTag.code, 0);
        const QJsonObject run = QJsonDocument::fromJson(byTag.out.toUtf8()).object();
        QCOMPARE(run.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        // The run recorded exactly the tagged symbol.
        const Run shown = cli({QStringLiteral("--db"),
                               db,
                               QStringLiteral("--json"),
                               QStringLiteral("runs"),
                               QStringLiteral("show"),
                               QString::number(run.value(QStringLiteral("run")).toInt())});
        QCOMPARE(shown.code, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())
                     .object()
                     .value(QStringLiteral("params"))
                     .toObject()
                     .value(QStringLiteral("tickers"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("BBB"));
    }

    void someFailedExitsOneAndListsThem()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("csv"));
        QDir().mkpath(folder);
        writeFile(folder + QStringLiteral("/GOOD.csv"),
                  "Date,Open,High,Low,Close,Adj "
                  "Close,Volume\n2024-01-02,10,11,9,10.5,10.5,100\n2024-01-03,10.5,12,10,11,11,200\n");
        writeFile(folder + QStringLiteral("/BAD.csv"),
                  "Date,Open,High,Low,Close,Adj "
                  "Close,Volume\n2024-01-02,10,11,9,10.5,10.5,100\n2024-01-03,10.5,abc,10,11,11,200\n");
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run r = cli({QStringLiteral("--db"),
                           db,
                           QStringLiteral("fetch"),
                           QStringLiteral("--provider"),
                           QStringLiteral("csv:") + folder});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("BAD (bars): BAD.csv:3:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("tessera-cli runs retry 1")), qPrintable(r.out));
        const Run status =
            cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("status")});
        const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("barCount")).toInt(), 2);
    }

    void scheduleRunDueRunsWhatIsDue()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"),
                      db,
                      QStringLiteral("schedule"),
                      QStringLiteral("set"),
                      QStringLiteral("Hourly demo"),
                      QStringLiteral("--kind"),
                      QStringLiteral("load"),
                      QStringLiteral("--every"),
                      QStringLiteral("1"),
                      QStringLiteral("--all-days"),
                      QStringLiteral("--params"),
                      QStringLiteral(R"({"provider":"synthetic:3","tickers":["AAA"]})")})
                     .code,
                 0);
        // Nothing is due yet: run-due runs nothing and says so with exit 0.
        QCOMPARE(
            cli({QStringLiteral("--db"), db, QStringLiteral("schedule"), QStringLiteral("run-due")}).code, 0);
        {
            auto opened = Store::Database::open(db);
            QVERIFY(opened);
            QSqlQuery q((*opened)->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schedule_entries SET next_run_at = '2020-01-01T00:00:00' "
                                          "WHERE name = 'Hourly demo'")));
        }
        const Run due =
            cli({QStringLiteral("--db"), db, QStringLiteral("schedule"), QStringLiteral("run-due")});
        QVERIFY2(due.code == 0, qPrintable(due.out + due.err));
        const Run runs = cli({QStringLiteral("--db"),
                              db,
                              QStringLiteral("--json"),
                              QStringLiteral("runs"),
                              QStringLiteral("list")});
        const QJsonArray list = QJsonDocument::fromJson(runs.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("trigger")).toString(),
                 QStringLiteral("schedule"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("done")).toInt(), 1);
        // The occurrence ran once: a second call finds nothing due.
        QCOMPARE(
            cli({QStringLiteral("--db"), db, QStringLiteral("schedule"), QStringLiteral("run-due")}).code, 0);
        const Run again = cli({QStringLiteral("--db"),
                               db,
                               QStringLiteral("--json"),
                               QStringLiteral("runs"),
                               QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).array().size(), 1);
    }

    void scheduleCryptoEntriesOnTheUtcClock()
    {
        // Issue 21: an entry read on the UTC clock, and seed 001's crypto entries from a universe import.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run set = cli({QStringLiteral("--db"),
                             db,
                             QStringLiteral("--json"),
                             QStringLiteral("schedule"),
                             QStringLiteral("set"),
                             QStringLiteral("Six"),
                             QStringLiteral("--kind"),
                             QStringLiteral("train-hourly"),
                             QStringLiteral("--every"),
                             QStringLiteral("6"),
                             QStringLiteral("--time-zone"),
                             QStringLiteral("UTC")});
        QVERIFY2(set.code == 0, qPrintable(set.out + set.err));
        const QJsonObject six = QJsonDocument::fromJson(set.out.toUtf8()).object();
        QCOMPARE(six.value(QStringLiteral("timeZone")).toString(), QStringLiteral("UTC"));
        QCOMPARE(six.value(QStringLiteral("when")).toString(), QStringLiteral("every 6 h from 00:00 UTC"));
        const QDateTime next =
            QDateTime::fromString(six.value(QStringLiteral("nextRunAt")).toString(), Qt::ISODate).toUTC();
        QVERIFY(next.isValid());
        QCOMPARE(next.time().hour() % 6, 0);
        QCOMPARE(next.time().minute(), 0);
        const Run bad = cli({QStringLiteral("--db"),
                             db,
                             QStringLiteral("schedule"),
                             QStringLiteral("set"),
                             QStringLiteral("Six"),
                             QStringLiteral("--time-zone"),
                             QStringLiteral("Mars/Olympus")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("'Mars/Olympus' is not a time zone")), qPrintable(bad.err));

        const Run imported = cli({QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("universe"),
                                  QStringLiteral("import"),
                                  QStringLiteral("bundled:topcryptousdt")});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Scheduled (crypto, UTC): Crypto update (Top crypto "
                                                      "(USDT)), Crypto full retrain (Top crypto (USDT))")),
                 qPrintable(imported.out));
        const Run again = cli({QStringLiteral("--db"),
                               db,
                               QStringLiteral("schedule"),
                               QStringLiteral("crypto-defaults"),
                               QStringLiteral("topcryptousdt")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("were added before")), qPrintable(again.out));
        const Run list = cli({QStringLiteral("--db"),
                              db,
                              QStringLiteral("--json"),
                              QStringLiteral("schedule"),
                              QStringLiteral("list")});
        int crypto = 0;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("Crypto "))) {
                ++crypto;
                QCOMPARE(e.value(QStringLiteral("timeZone")).toString(), QStringLiteral("UTC"));
                QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("train-hourly"));
            }
        }
        QCOMPARE(crypto, 2);
        // A stock universe schedules nothing of the kind.
        const Run nifty = cli({QStringLiteral("--db"),
                               db,
                               QStringLiteral("universe"),
                               QStringLiteral("import"),
                               QStringLiteral("bundled:nifty50")});
        QCOMPARE(nifty.code, 0);
        QVERIFY(!nifty.out.contains(QStringLiteral("Scheduled")));
    }

    void scheduleHolidaysInferFindsTheExchangeHolidays()
    {
        // Six symbols with the same real NSE history: every day the exchange was closed is a weekday none
        // of them has a bar, e.g. Republic Day 2024-01-26 (a Friday).
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(csv));
        const QString source = Test::dataPath(QStringLiteral("csv/real/JIOFIN_2020-10-01_to_2025-09-30.csv"));
        for (int i = 1; i <= 6; ++i) {
            QVERIFY(QFile::copy(source, QDir(csv).filePath(QStringLiteral("S%1.csv").arg(i))));
        }
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run fetched = cli({QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("fetch"),
                                 QStringLiteral("--provider"),
                                 u"csv:" + csv});
        QVERIFY2(fetched.code == 0, qPrintable(fetched.out + fetched.err));

        // More symbols required than there are: refused with the reason, nothing stored.
        const Run tooFew = cli({QStringLiteral("--db"),
                                db,
                                QStringLiteral("schedule"),
                                QStringLiteral("holidays"),
                                QStringLiteral("infer"),
                                QStringLiteral("--min-symbols"),
                                QStringLiteral("7")});
        QCOMPARE(tooFew.code, 2);
        QVERIFY2(tooFew.err.contains(QStringLiteral("only 6 symbol(s) have stored bars")),
                 qPrintable(tooFew.err));

        const Run inferred = cli({QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("--json"),
                                  QStringLiteral("schedule"),
                                  QStringLiteral("holidays"),
                                  QStringLiteral("infer")});
        QVERIFY2(inferred.code == 0, qPrintable(inferred.out + inferred.err));
        const QJsonObject result = QJsonDocument::fromJson(inferred.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("symbols")).toInt(), 6);
        const QJsonArray days = result.value(QStringLiteral("days")).toArray();
        QVERIFY(days.contains(QStringLiteral("2024-01-26")));
        // NSE closes on roughly 12-16 weekdays a year; the history spans about two years.
        QVERIFY2(days.size() >= 20 && days.size() <= 40, qPrintable(QString::number(days.size())));

        const Run list = cli({QStringLiteral("--db"),
                              db,
                              QStringLiteral("schedule"),
                              QStringLiteral("holidays"),
                              QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("2024-01-26  Fri  closed (no bar for any of 6 symbols)")));

        // Symbols of one exchange (.NS): without --calendar the days go into NSE's calendar, the one their
        // quality grades follow, not the scheduler's "default".
        const QString nseCsv = dir.filePath(QStringLiteral("nse"));
        QVERIFY(QDir().mkpath(nseCsv));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(QFile::copy(source, QDir(nseCsv).filePath(QStringLiteral("N%1.NS.csv").arg(i))));
        }
        const QString nseDb = dir.filePath(QStringLiteral("nse.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"),
                      nseDb,
                      QStringLiteral("fetch"),
                      QStringLiteral("--provider"),
                      u"csv:" + nseCsv})
                     .code,
                 0);
        const Run nse = cli({QStringLiteral("--db"),
                             nseDb,
                             QStringLiteral("schedule"),
                             QStringLiteral("holidays"),
                             QStringLiteral("infer")});
        QVERIFY2(nse.code == 0, qPrintable(nse.out + nse.err));
        QVERIFY2(nse.out.contains(QStringLiteral("into calendar 'NSE'")), qPrintable(nse.out));
        QVERIFY2(nse.out.contains(QStringLiteral("The quality grades of NSE symbols follow calendar 'NSE'.")),
                 qPrintable(nse.out));
    }

    void busyDatabaseNamesTheHolder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"),
                      db,
                      QStringLiteral("settings"),
                      QStringLiteral("set"),
                      QStringLiteral("train/folds"),
                      QStringLiteral("4")})
                     .code,
                 0);
        auto lock = Store::WriteLock::acquire(QFileInfo(db).absoluteFilePath());
        QVERIFY(lock);
        const Run r = cli({QStringLiteral("--db"),
                           db,
                           QStringLiteral("fetch"),
                           QStringLiteral("--provider"),
                           QStringLiteral("synthetic"),
                           QStringLiteral("--ticker"),
                           QStringLiteral("X")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(r.err));
    }

    void settingsCoverTrainingParameters()
    {
        // `settings` lists the training parameters beside the fetch ones and validates them alike.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QVERIFY(Store::Database::open(db)); // `settings list` reads an existing database only
        const Run list =
            cli({QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("fetch/maxConcurrent = 8")));
        QVERIFY2(list.out.contains(QStringLiteral("train/rf/trees = 100  (default)")), qPrintable(list.out));
        const Run set = cli({QStringLiteral("--db"),
                             db,
                             QStringLiteral("settings"),
                             QStringLiteral("set"),
                             QStringLiteral("train/folds"),
                             QStringLiteral("4")});
        QCOMPARE(set.code, 0);
        const Run get = cli({QStringLiteral("--db"),
                             db,
                             QStringLiteral("settings"),
                             QStringLiteral("get"),
                             QStringLiteral("train/folds")});
        QCOMPARE(get.out.trimmed(), QStringLiteral("4"));
        const Run outOfRange = cli({QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("settings"),
                                    QStringLiteral("set"),
                                    QStringLiteral("train/folds"),
                                    QStringLiteral("99")});
        QCOMPARE(outOfRange.code, 2);
        QVERIFY(outOfRange.err.contains(QStringLiteral("train/folds")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
