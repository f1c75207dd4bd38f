// Issue 18, "clear errors instead of silent surprises": every mistake a new user made on the command
// line ends with a usage error (exit 2) that says what was wrong and what would work, before anything
// is stored or a run recorded.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "core/store/Database.h"
#include "core/store/SymbolRepository.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

using Run = Test::CliRun;

Run cli(const QString& db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return Test::runCli(args);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

const QByteArray kBars("Date,Open,High,Low,Close,Volume\n"
                       "2024-01-02,10,11,9,10.5,100\n"
                       "2024-01-03,10.5,12,10,11,200\n"
                       "2024-01-04,11,12,10.5,11.5,300\n");

/** Runs recorded in db (a missing database has none). */
int runCount(const QString& db)
{
    const Run runs = cli(db, {QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")});
    return QJsonDocument::fromJson(runs.out.toUtf8()).array().size();
}

} // namespace

class TestCliErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void readingCommandsRefuseAMissingDatabase()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("no/such/dir"));
        const QString db = folder + QStringLiteral("/x.sqlite");
        for (const QStringList& args : {QStringList{QStringLiteral("status")},
                                        QStringList{QStringLiteral("runs"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("universe"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("settings"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("models"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("train")},
                                        QStringList{QStringLiteral("pipeline")},
                                        QStringList{QStringLiteral("schedule"), QStringLiteral("run-due")}}) {
            const Run r = cli(db, args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("no database at %1; commands that write create it, e.g. "
                                                   "'tessera-cli --db %1 fetch --provider synthetic'")
                                        .arg(db)),
                     qPrintable(r.err));
            QCOMPARE(r.err.count(u'\n'), 1);
        }
        QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))), "a reading command made folders");

        // The first writing command creates it and says so once; the next one does not repeat it.
        const Run created = cli(db,
                                {QStringLiteral("settings"),
                                 QStringLiteral("set"),
                                 QStringLiteral("train/folds"),
                                 QStringLiteral("4")});
        QCOMPARE(created.code, 0);
        QCOMPARE(created.err, QStringLiteral("note: created a new database at %1\n").arg(db));
        QVERIFY(QFileInfo::exists(db));
        const Run again = cli(db, {QStringLiteral("status")});
        QCOMPARE(again.code, 0);
        QVERIFY2(!again.err.contains(QStringLiteral("created")), qPrintable(again.err));
    }

    void aWritingCommandThatFailsLeavesNoDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("new/t.sqlite"));
        const Run r = cli(db,
                          {QStringLiteral("fetch"),
                           QStringLiteral("--provider"),
                           QStringLiteral("synthetic"),
                           QStringLiteral("--universe"),
                           QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no universe named 'nope': this database has none yet")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("created")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new"))));
    }

    void unknownTickersAreUsageErrorsWithSuggestions()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QCOMPARE(
            cli(db, {QStringLiteral("universe"), QStringLiteral("import"), QStringLiteral("bundled:nifty50")})
                .code,
            0);
        const Run pipeline =
            cli(db, {QStringLiteral("pipeline"), QStringLiteral("--ticker"), QStringLiteral("RELAINCE")});
        QCOMPARE(pipeline.code, 2);
        QCOMPARE(pipeline.err,
                 QStringLiteral("tessera-cli: unknown ticker RELAINCE (not a stored symbol); did you mean "
                                "RELIANCE.NS?\n"));
        const Run train =
            cli(db, {QStringLiteral("train"), QStringLiteral("--ticker"), QStringLiteral("NOPE")});
        QCOMPARE(train.code, 2);
        QVERIFY2(train.err.contains(QStringLiteral("unknown ticker NOPE (not a stored symbol)")),
                 qPrintable(train.err));
        // Case and a missing exchange suffix: the stored spelling is offered (or taken, when unique).
        const Run lower =
            cli(db, {QStringLiteral("indicators"), QStringLiteral("--ticker"), QStringLiteral("infy.ns")});
        QCOMPARE(lower.code, 2);
        QVERIFY2(lower.err.contains(QStringLiteral("did you mean INFY.NS?")), qPrintable(lower.err));
        const Run models =
            cli(db, {QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("TCSS")});
        QCOMPARE(models.code, 2);
        QVERIFY2(models.err.contains(
                     QStringLiteral("unknown ticker TCSS (not a stored symbol); did you mean TCS.NS?")),
                 qPrintable(models.err));
        const Run several = cli(db,
                                {QStringLiteral("pipeline"),
                                 QStringLiteral("--symbols"),
                                 QStringLiteral("RELIANCE,WIPRO.NS,FOOBAR,ZZZZZZZZ")});
        QCOMPARE(several.code, 2);
        QVERIFY2(several.err.contains(QStringLiteral("2 unknown tickers (not stored symbols): FOOBAR")),
                 qPrintable(several.err));
        QVERIFY2(several.err.contains(QStringLiteral("ZZZZZZZZ")), qPrintable(several.err));
        // Nothing was recorded: no failed run to retry.
        QCOMPARE(runCount(db), 0);

        // A load may bring new tickers, but only those the provider serves.
        const QString csv = dir.filePath(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(csv));
        writeFile(csv + QStringLiteral("/NEWCO.csv"), kBars);
        const Run missing = cli(db,
                                {QStringLiteral("fetch"),
                                 QStringLiteral("--provider"),
                                 u"csv:" + csv,
                                 QStringLiteral("--ticker"),
                                 QStringLiteral("NEWC")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral(
                     "unknown ticker NEWC (neither stored nor offered by csv); did you mean NEWCO")),
                 qPrintable(missing.err));
        QCOMPARE(runCount(db), 0);
        const Run fetched = cli(db,
                                {QStringLiteral("fetch"),
                                 QStringLiteral("--provider"),
                                 u"csv:" + csv,
                                 QStringLiteral("--ticker"),
                                 QStringLiteral("NEWCO")});
        QVERIFY2(fetched.code == 0, qPrintable(fetched.out + fetched.err));
    }

    void taggingRefusesUnknownTickersUnlessCreate()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QCOMPARE(
            cli(db, {QStringLiteral("universe"), QStringLiteral("import"), QStringLiteral("bundled:nifty50")})
                .code,
            0);
        const QString watch = dir.filePath(QStringLiteral("watch.txt"));
        writeFile(watch, "RELIANCE.NS\nINFY\nTATAMOTRS\n");
        const QStringList args = {QStringLiteral("universe"),
                                  QStringLiteral("import"),
                                  watch,
                                  QStringLiteral("--tag"),
                                  QStringLiteral("mywatch")};
        const Run refused = cli(db, args);
        QCOMPARE(refused.code, 2);
        QCOMPARE(refused.err,
                 QStringLiteral(
                     "tessera-cli: nothing tagged: 1 ticker of %1 is not a stored symbol: TATAMOTRS (did "
                     "you mean TATAMOTORS.NS?); fix the list, or add it as a new symbol with --create\n")
                     .arg(watch));
        {
            auto opened = Store::Database::open(db);
            QVERIFY(opened);
            Store::SymbolRepository symbols(**opened);
            QCOMPARE(symbols.tickersWithTag(QStringLiteral("mywatch"))->size(), 0);
            QVERIFY(!symbols.idOf(QStringLiteral("TATAMOTRS"))->has_value());
        }
        const Run created = cli(db, args + QStringList{QStringLiteral("--create")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(QStringLiteral("Tag 'mywatch': 3 symbols")), qPrintable(created.out));
        QVERIFY2(created.out.contains(QStringLiteral("New symbols (no bars yet): TATAMOTRS")),
                 qPrintable(created.out));
        auto opened = Store::Database::open(db);
        QVERIFY(opened);
        QCOMPARE(*Store::SymbolRepository(**opened).tickersWithTag(QStringLiteral("mywatch")),
                 (QStringList{
                     QStringLiteral("INFY.NS"), QStringLiteral("RELIANCE.NS"), QStringLiteral("TATAMOTRS")}));
    }

    void universeNamesIgnoreCase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run imported = cli(
            db, {QStringLiteral("universe"), QStringLiteral("import"), QStringLiteral("bundled:NIFTY50")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        for (const QString& name :
             {QStringLiteral("nifty50"), QStringLiteral("NIFTY50"), QStringLiteral("Nifty 50")}) {
            const Run shown = cli(db, {QStringLiteral("universe"), QStringLiteral("show"), name});
            QVERIFY2(shown.code == 0, qPrintable(shown.err));
            QVERIFY2(shown.out.contains(QStringLiteral("50 symbols in 'NIFTY 50'")), qPrintable(shown.out));
        }
        const Run selected = cli(db,
                                 {QStringLiteral("--json"),
                                  QStringLiteral("models"),
                                  QStringLiteral("list"),
                                  QStringLiteral("--universe"),
                                  QStringLiteral("nifty50")});
        QCOMPARE(selected.code, 0);
        const Run unknown =
            cli(db, {QStringLiteral("universe"), QStringLiteral("show"), QStringLiteral("nifty100")});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(
            unknown.err,
            QStringLiteral("tessera-cli: no universe named 'nifty100'; did you mean NIFTY 50? (the universes "
                           "are: NIFTY 50; names match in any case, so 'nifty500' is 'NIFTY 500')\n"));
        const Run bundledOnly =
            cli(db, {QStringLiteral("universe"), QStringLiteral("show"), QStringLiteral("SP500")});
        QCOMPARE(bundledOnly.code, 2);
        QVERIFY2(bundledOnly.err.contains(
                     QStringLiteral("no universe named 'SP500' yet; it is bundled: 'tessera-cli "
                                    "universe import bundled:sp500'")),
                 qPrintable(bundledOnly.err));
        const Run bundled = cli(
            db, {QStringLiteral("universe"), QStringLiteral("import"), QStringLiteral("bundled:nifty100")});
        QCOMPARE(bundled.code, 2);
        QVERIFY2(bundled.err.contains(QStringLiteral("available: nifty500, nifty50, sp500")),
                 qPrintable(bundled.err));
        // A re-import under another spelling replaces the stored universe instead of making a twin.
        QVERIFY(
            cli(db,
                {QStringLiteral("universe"), QStringLiteral("import"), QStringLiteral("bundled:nifty 50")})
                .code
            == 0);
        const Run list =
            cli(db, {QStringLiteral("--json"), QStringLiteral("universe"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    }

    void negativeValuesNeedNoDoubleDash()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run set = cli(db,
                            {QStringLiteral("settings"),
                             QStringLiteral("set"),
                             QStringLiteral("pipeline/downThreshold"),
                             QStringLiteral("-0.2")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(set.out, QStringLiteral("pipeline/downThreshold = -0.2\n"));
        const Run get = cli(
            db,
            {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("pipeline/downThreshold")});
        QCOMPARE(get.out, QStringLiteral("-0.2\n"));
        // Options may come after the value, and an option's own negative value stays its value.
        const Run after = Test::runCli({QStringLiteral("settings"),
                                        QStringLiteral("set"),
                                        QStringLiteral("pipeline/downThreshold"),
                                        QStringLiteral("-.25"),
                                        QStringLiteral("--db"),
                                        db});
        QVERIFY2(after.code == 0, qPrintable(after.err));
        QCOMPARE(after.out, QStringLiteral("pipeline/downThreshold = -0.25\n"));
        const Run outOfRange = cli(db,
                                   {QStringLiteral("settings"),
                                    QStringLiteral("set"),
                                    QStringLiteral("pipeline/downThreshold"),
                                    QStringLiteral("-5")});
        QCOMPARE(outOfRange.code, 2);
        QVERIFY2(outOfRange.err.contains(QStringLiteral("pipeline/downThreshold")),
                 qPrintable(outOfRange.err));
        const Run staleDays =
            cli(db, {QStringLiteral("status"), QStringLiteral("--stale-days"), QStringLiteral("-1")});
        QCOMPARE(staleDays.code, 2);
        QVERIFY2(staleDays.err.contains(QStringLiteral("--stale-days needs a whole number")),
                 qPrintable(staleDays.err));
    }

    void loadSummaryNamesSymbolsOutsideEveryUniverse()
    {
        // NIFTY 500's 2025/26 list has no TATAMOTORS: its CSV loads, and the summary says no universe has it.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QCOMPARE(
            cli(db,
                {QStringLiteral("universe"), QStringLiteral("import"), QStringLiteral("bundled:nifty500")})
                .code,
            0);
        const QString csv = dir.filePath(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(csv));
        for (const char* name : {"RELIANCE", "INFY", "TATAMOTORS", "ZOMATO"}) {
            writeFile(QDir(csv).filePath(QString::fromLatin1(name) + QStringLiteral(".csv")), kBars);
        }
        const Run fetched = cli(db, {QStringLiteral("fetch"), QStringLiteral("--provider"), u"csv:" + csv});
        QVERIFY2(fetched.code == 0, qPrintable(fetched.out + fetched.err));
        QVERIFY2(fetched.err.contains(
                     QStringLiteral("note: 2 symbols loaded are not in any universe: TATAMOTORS, ZOMATO\n")),
                 qPrintable(fetched.err));
        const Run json = cli(
            db,
            {QStringLiteral("--json"), QStringLiteral("fetch"), QStringLiteral("--provider"), u"csv:" + csv});
        const QJsonArray notes =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("notes")).toArray();
        QVERIFY2(
            notes.contains(QStringLiteral("2 symbols loaded are not in any universe: TATAMOTORS, ZOMATO")),
            qPrintable(json.out));
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "TestCliErrors.moc"
