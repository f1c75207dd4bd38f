#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "core/fetch/providers/SyntheticProvider.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

// `tessera-cli pipeline` end to end: a CSV folder in, the stored run, the JSON folder out, exit codes.
namespace {

using Run = Test::CliRun;
const auto cli = [](const QStringList& args) {
    return Test::runCli(args);
};

/** DIR/<ticker>.csv in the common Date,Open,High,Low,Close,Adj Close,Volume layout (synthetic bars). */
void writeCsv(const QString& dir, const QString& ticker)
{
    Fetch::SyntheticOptions o;
    o.days = 260;
    o.endDate = QDate(2025, 6, 27);
    const BarSeries s = Fetch::generateSyntheticSeries(ticker, o);
    QByteArray text = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    for (qsizetype i = 0; i < s.size(); ++i) {
        const Bar b = s.at(i);
        text += b.date.toString(Qt::ISODate).toLatin1();
        for (double v : {b.open, b.high, b.low, b.close, b.adjClose, b.volume}) {
            text += ',' + QByteArray::number(v, 'g', 17);
        }
        text += '\n';
    }
    QFile f(dir + u'/' + ticker + QStringLiteral(".csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

/** Every file of dir parses: JSON files as objects with a "symbol", summary.csv with a header. */
QStringList unparseable(const QString& dir)
{
    QStringList bad;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(dir + u'/' + name);
        if (!f.open(QIODevice::ReadOnly)) {
            bad << name;
            continue;
        }
        const QByteArray bytes = f.readAll();
        if (name == u"summary.csv") {
            if (!bytes.startsWith("symbol,direction,score,grade")) {
                bad << name;
            }
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (!name.endsWith(QStringLiteral(".json")) || error.error != QJsonParseError::NoError
            || doc.object().value(QStringLiteral("symbol")).toString().isEmpty()) {
            bad << name;
        }
    }
    return bad;
}

} // namespace

class TestPipelineCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void csvFolderToStoredAnalysesAndJson()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(data));
        for (const QString& t :
             {QStringLiteral("ALPHA.NS"), QStringLiteral("BETA.NS"), QStringLiteral("M&M.NS")}) {
            writeCsv(data, t);
        }
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const QString out = dir.filePath(QStringLiteral("json"));
        const Run first = cli({QStringLiteral("--db"),
                               db,
                               QStringLiteral("--max-workers"),
                               QStringLiteral("2"),
                               QStringLiteral("pipeline"),
                               QStringLiteral("--provider"),
                               QStringLiteral("csv:") + data,
                               QStringLiteral("--json-out"),
                               out});
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(QStringLiteral("steps bars > indicators > analysis")),
                 qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("3 done, 0 failed")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("(3 symbols)")), qPrintable(first.out));
        QStringList files = QDir(out).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 3 * 3 + 1);
        QVERIFY(files.contains(QStringLiteral("M_M.NS.json"))); // '&' sanitised
        QVERIFY(files.contains(QStringLiteral("M_M.NS_monte_slippage.json")));
        QCOMPARE(unparseable(out), QStringList());

        // Nothing new: every analysis is up to date, and --json-out re-exports the stored documents.
        const QString again = dir.filePath(QStringLiteral("again"));
        const Run second = cli({QStringLiteral("--db"),
                                db,
                                QStringLiteral("--json"),
                                QStringLiteral("pipeline"),
                                QStringLiteral("--json-out"),
                                again});
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
        const QJsonObject result = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("pipeline"));
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(result.value(QStringLiteral("done")).toInt(), 3);
        QCOMPARE(QDir(again).entryList(QDir::Files).size(), 3 * 3 + 1);
        QFile a(out + QStringLiteral("/ALPHA.NS.json"));
        QFile b(again + QStringLiteral("/ALPHA.NS.json"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
        const Run shown = cli({QStringLiteral("--db"),
                               db,
                               QStringLiteral("runs"),
                               QStringLiteral("show"),
                               QStringLiteral("2")});
        QVERIFY2(shown.out.contains(QStringLiteral("3 skipped")), qPrintable(shown.out));
    }

    void usageErrorsAndFailedSymbols()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const Run badProvider = cli({QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("pipeline"),
                                     QStringLiteral("--provider"),
                                     QStringLiteral("ftp:x")});
        QCOMPARE(badProvider.code, 2);
        // Without --provider the pipeline works on stored bars: no database, nothing to do (and none made).
        const Run noDatabase = cli({QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("pipeline"),
                                    QStringLiteral("--universe"),
                                    QStringLiteral("nope")});
        QCOMPARE(noDatabase.code, 2);
        QVERIFY2(noDatabase.err.contains(QStringLiteral("no database at")), qPrintable(noDatabase.err));
        QVERIFY(!QFileInfo::exists(db));

        // The seed's run_all with the sample_data provider.
        const Run one = cli({QStringLiteral("--db"),
                             db,
                             QStringLiteral("pipeline"),
                             QStringLiteral("--provider"),
                             QStringLiteral("synthetic"),
                             QStringLiteral("--ticker"),
                             QStringLiteral("NTPC.NS")});
        QVERIFY2(one.code == 0, qPrintable(one.out + one.err));
        QVERIFY2(one.out.contains(QStringLiteral("1 done, 0 failed")), qPrintable(one.out));
        const Run badUniverse = cli({QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("pipeline"),
                                     QStringLiteral("--universe"),
                                     QStringLiteral("nope")});
        QCOMPARE(badUniverse.code, 2);
        QVERIFY2(badUniverse.err.contains(QStringLiteral("no universe named 'nope'")),
                 qPrintable(badUniverse.err));
        // An unknown ticker is a usage error before any run is recorded (issue 18), not a failed run.
        const Run missing = cli({QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("pipeline"),
                                 QStringLiteral("--symbols"),
                                 QStringLiteral("NTPC.NS,NOPE")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("unknown ticker NOPE (not a stored symbol)")),
                 qPrintable(missing.err));
        QVERIFY2(!missing.out.contains(QStringLiteral("runs retry")), qPrintable(missing.out));
        const Run runs = cli({QStringLiteral("--db"),
                              db,
                              QStringLiteral("--json"),
                              QStringLiteral("runs"),
                              QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(runs.out.toUtf8()).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPipelineCli)
#include "TestPipelineCli.moc"
