#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/export/DailyExports.h"
#include "core/export/ExportRetention.h"
#include "core/export/ExportSettings.h"
#include "core/store/BarRepository.h"
#include "core/store/RunRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/ExportTask.h"
#include "core/tasks/IndicatorsTask.h"
#include "core/tasks/TaskRunner.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

/** Data lines of a CSV file whose cells hold no line breaks (the header excluded). */
int dataLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return static_cast<int>(f.readAll().count("\r\n")) - 1;
}

void touch(const QString& path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x\r\n");
}

/**
 * Three symbols with one bar a calendar day: AAA and BBB from 2024-04-01 to 2024-05-20 (50 bars),
 * CCC from 2024-05-11 (10 bars). Values are simple ramps; only counts matter here.
 */
void fillDatabase(const Store::DatabasePtr& db)
{
    const QDate last(2024, 5, 20);
    for (const auto& [ticker, count] : {std::pair{"AAA", 50}, std::pair{"BBB", 50}, std::pair{"CCC", 10}}) {
        BarSeries s{QString::fromLatin1(ticker)};
        for (int i = count - 1; i >= 0; --i) {
            const double p = 100.0 + i;
            s.append(Bar{last.addDays(-i), p, p + 1, p - 1, p + 0.5, p + 0.5, 1000.0 + i});
        }
        QVERIFY(Store::BarRepository(*db).replaceAll(QString::fromLatin1(ticker), s, QStringLiteral("test")));
    }
    Tasks::TaskContext ctx;
    auto run = Tasks::TaskRunner(db).start(QStringLiteral("indicators"), Tasks::indicatorsParams(), {}, ctx);
    QVERIFY(run && run->done == 3);
}

} // namespace

/** The "export" task kind (files through TaskRunner, one unit per export kind) and export retention. */
class TestExportTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void runWritesTheThreeFiles()
    {
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        const QJsonObject params = Tasks::exportParams({}, out.path(), QDate(2024, 5, 20));
        Tasks::TaskContext ctx;
        auto run = Tasks::TaskRunner(t.db()).start(Tasks::kExportTaskKind, params, {}, ctx);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QCOMPARE(Tasks::toString(run->status), QStringLiteral("done"));
        QCOMPARE(run->total, 4);
        QCOMPARE(run->done, 4);
        QCOMPARE(run->failed, 0);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files, QDir::Name),
                 (QStringList{
                     QStringLiteral("historical_30d_2024-05-20.csv"),
                     QStringLiteral("stocks_2024-05-20.csv"),
                     QStringLiteral("suggested_stocks_2024-05-20.csv"), // issue 20: no picks yet, header only
                     QStringLiteral("technical_indicators_2024-05-20.csv")}));
        // stocks: one row per symbol. history and indicators: 2024-04-20 … 2024-05-20 is 31 days a
        // symbol for AAA and BBB (their bars cover it), plus CCC's 10.
        QCOMPARE(dataLines(out.filePath(QStringLiteral("stocks_2024-05-20.csv"))), 3);
        QCOMPARE(dataLines(out.filePath(QStringLiteral("historical_30d_2024-05-20.csv"))), 31 + 31 + 10);
        QCOMPARE(dataLines(out.filePath(QStringLiteral("technical_indicators_2024-05-20.csv"))),
                 31 + 31 + 10);

        // The run's units are the export kinds, so the operations view lists one row per file.
        auto outcomes = Store::RunRepository(*t.db()).outcomes(run->runId, false);
        QVERIFY(outcomes);
        QStringList units;
        for (const Tasks::SymbolOutcomeRecord& o : *outcomes) {
            units << o.symbol;
            QCOMPARE(Tasks::toString(o.status), QStringLiteral("done"));
        }
        units.sort();
        QCOMPARE(units,
                 (QStringList{QStringLiteral("history"),
                              QStringLiteral("indicators"),
                              QStringLiteral("stocks"),
                              QStringLiteral("suggested")}));

        auto targets = Tasks::exportTargets(*t.db(), params);
        QVERIFY(targets);
        QCOMPARE(targets->size(), 4);
        QCOMPARE(targets->at(0).kind, QStringLiteral("stocks"));
        QCOMPARE(targets->at(0).path, out.filePath(QStringLiteral("stocks_2024-05-20.csv")));
        QCOMPARE(targets->at(2).path, out.filePath(QStringLiteral("technical_indicators_2024-05-20.csv")));
    }

    void cancelledRunResumesWithTheFilesLeft()
    {
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        Tasks::TaskRunner runner(t.db());
        Tasks::TaskContext cancelled;
        cancelled.cancel(); // cancelled before the first file: nothing is written, all four stay pending
        auto run = runner.start(
            Tasks::kExportTaskKind, Tasks::exportParams({}, out.path(), QDate(2024, 5, 20)), {}, cancelled);
        QVERIFY(run);
        QCOMPARE(Tasks::toString(run->status), QStringLiteral("cancelled"));
        QCOMPARE(run->pending, 4);
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
        Tasks::TaskContext ctx;
        auto resumed = runner.resume(run->runId, {}, ctx);
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        QCOMPARE(Tasks::toString(resumed->status), QStringLiteral("done"));
        QCOMPARE(resumed->done, 4);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 4);
    }

    void kindsFolderSettingAndBadParameters()
    {
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        QVERIFY(Store::SettingsRepository(*t.db()).setValue(QStringLiteral("export/folder"), out.path()));
        Tasks::TaskContext ctx;
        Tasks::TaskRunner runner(t.db());
        // Only history, the whole of it, into the folder of the setting.
        auto run = runner.start(Tasks::kExportTaskKind,
                                Tasks::exportParams({QStringLiteral("history")}, {}, QDate(2024, 5, 20), 0),
                                {},
                                ctx);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QCOMPARE(run->total, 1);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("historical_all_2024-05-20.csv")});
        QCOMPARE(dataLines(out.filePath(QStringLiteral("historical_all_2024-05-20.csv"))), 50 + 50 + 10);

        auto bogus =
            runner.start(Tasks::kExportTaskKind, Tasks::exportParams({QStringLiteral("bonds")}), {}, ctx);
        QVERIFY(!bogus);
        QVERIFY(bogus.error().message.contains(QStringLiteral("bonds")));
        auto badDate = runner.start(Tasks::kExportTaskKind,
                                    QJsonObject{{QStringLiteral("date"), QStringLiteral("20/05/2024")}},
                                    {},
                                    ctx);
        QVERIFY(!badDate);
        QVERIFY(badDate.error().message.contains(QStringLiteral("20/05/2024")));
    }

    void fileNameDates()
    {
        QCOMPARE(Export::exportFileDate(QStringLiteral("stocks_2024-05-01.csv")), QDate(2024, 5, 1));
        QCOMPARE(Export::exportFileDate(QStringLiteral("historical_30d_2024-05-01.csv")), QDate(2024, 5, 1));
        QCOMPARE(Export::exportFileDate(QStringLiteral("historical_7d_2024-05-01.csv")), QDate(2024, 5, 1));
        QCOMPARE(Export::exportFileDate(QStringLiteral("historical_all_2024-05-01.csv")), QDate(2024, 5, 1));
        QCOMPARE(Export::exportFileDate(QStringLiteral("technical_indicators_2024-05-01.csv")),
                 QDate(2024, 5, 1));
        for (const char* other : {"stocks_2024-05-01.csv.bak",
                                  "my_stocks_2024-05-01.csv",
                                  "stocks_2024-5-1.csv",
                                  "stocks_2024-13-01.csv", // not a date
                                  "stocks.csv",
                                  "historical_0d_2024-05-01.csv",
                                  "indicators_2024-05-01.csv",
                                  "Stocks_2024-05-01.csv"}) {
            QVERIFY2(!Export::exportFileDate(QString::fromLatin1(other)).isValid(), other);
        }
    }

    void retentionDeletesOnlyOldExportFiles()
    {
        QTemporaryDir dir;
        const QDate today(2024, 6, 30);
        // Cut-off for 30 days: 2024-05-31. Older export files go; that day and later stay.
        const QStringList old = {QStringLiteral("stocks_2024-05-30.csv"),
                                 QStringLiteral("historical_30d_2024-01-02.csv"),
                                 QStringLiteral("historical_all_2023-12-31.csv"),
                                 QStringLiteral("technical_indicators_2024-05-01.csv")};
        const QStringList kept = {QStringLiteral("stocks_2024-05-31.csv"), // exactly 30 days: kept
                                  QStringLiteral("stocks_2024-06-30.csv"),
                                  QStringLiteral("technical_indicators_2024-06-01.csv"),
                                  QStringLiteral("notes_2020-01-01.csv"), // not an export name
                                  QStringLiteral("stocks_2020-01-01.csv.bak"),
                                  QStringLiteral("my_stocks_2020-01-01.csv"),
                                  QStringLiteral("historical_30d_2020-01-01.csv")}; // in `keep`
        for (const QString& name : old + kept) {
            touch(dir.filePath(name));
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("stocks_2020-01-02.csv"))); // a folder: never
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("stocks_2024-06-30.csv")),
                            dir.filePath(QStringLiteral("stocks_2020-01-03.csv")))); // a link: never

        auto none = Export::applyRetention(dir.path(), 0, today);
        QVERIFY(none);
        QVERIFY(none->deleted.isEmpty()); // 0 keeps everything

        auto swept = Export::applyRetention(
            dir.path(), 30, today, {dir.filePath(QStringLiteral("historical_30d_2020-01-01.csv"))});
        QVERIFY(swept);
        QStringList deleted;
        for (const QString& path : swept->deleted) {
            deleted << QFileInfo(path).fileName();
        }
        deleted.sort();
        QStringList expected = old;
        expected.sort();
        QCOMPARE(deleted, expected);
        QVERIFY(swept->failed.isEmpty());
        for (const QString& name : kept) {
            QVERIFY2(QFileInfo::exists(dir.filePath(name)), qPrintable(name));
        }
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("stocks_2020-01-02.csv"))).isDir());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("stocks_2020-01-03.csv"))).isSymLink());

        auto missing = Export::applyRetention(dir.filePath(QStringLiteral("nope")), 30, today);
        QVERIFY(missing && missing->deleted.isEmpty());
    }

    void runAppliesTheRetentionSetting()
    {
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        QCOMPARE(*Export::retentionDays(*t.db()), 30); // the declared default
        QVERIFY(
            Store::SettingsRepository(*t.db()).setValue(Export::kRetentionDaysSetting, QStringLiteral("10")));
        QCOMPARE(*Export::retentionDays(*t.db()), 10);
        // Retention counts from today's date, whatever the as-of date of the export.
        const QDate today = QDate::currentDate();
        const QString tooOld = QStringLiteral("stocks_%1.csv").arg(today.addDays(-11).toString(Qt::ISODate));
        const QString young = QStringLiteral("stocks_%1.csv").arg(today.addDays(-10).toString(Qt::ISODate));
        touch(out.filePath(tooOld));
        touch(out.filePath(young));
        touch(out.filePath(QStringLiteral("readme.csv")));
        // A back-fill as of 2024-05-20: its own (old) files are kept, the other old export goes.
        Tasks::TaskContext ctx;
        auto run = Tasks::TaskRunner(t.db()).start(
            Tasks::kExportTaskKind, Tasks::exportParams({}, out.path(), QDate(2024, 5, 20)), {}, ctx);
        QVERIFY(run);
        QCOMPARE(run->done, 4);
        QVERIFY(!QFileInfo::exists(out.filePath(tooOld)));
        QVERIFY(QFileInfo::exists(out.filePath(young)));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("readme.csv"))));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("stocks_2024-05-20.csv"))));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("technical_indicators_2024-05-20.csv"))));

        QVERIFY(
            Store::SettingsRepository(*t.db()).setValue(Export::kRetentionDaysSetting, QStringLiteral("-3")));
        QVERIFY(!Export::retentionDays(*t.db()));
    }

    void cliRetentionSettingsAndSchedule()
    {
        Test::TempDatabase t;
        fillDatabase(t.db());
        QTemporaryDir out;
        const QString old = QStringLiteral("historical_30d_%1.csv")
                                .arg(QDate::currentDate().addDays(-8).toString(Qt::ISODate));
        touch(out.filePath(old));
        const auto cli = [&t](const QStringList& args, QString* output = nullptr) {
            QProcess p;
            p.start(Test::cliPath(), QStringList{QStringLiteral("--db"), t.path()} + args);
            p.waitForFinished(60000);
            if (output) {
                *output = QString::fromUtf8(p.readAllStandardOutput());
            }
            return p.exitCode();
        };
        const QStringList exportArgs = {QStringLiteral("export"),
                                        QStringLiteral("stocks"),
                                        QStringLiteral("--out"),
                                        out.path(),
                                        QStringLiteral("--date"),
                                        QStringLiteral("2024-05-20")};
        // Without --retention-days the CLI deletes nothing.
        QCOMPARE(cli(exportArgs), 0);
        QVERIFY(QFileInfo::exists(out.filePath(old)));
        QCOMPARE(cli(exportArgs + QStringList{QStringLiteral("--retention-days"), QStringLiteral("0")}), 2);
        QString output;
        QCOMPARE(
            cli(exportArgs + QStringList{QStringLiteral("--retention-days"), QStringLiteral("7")}, &output),
            0);
        QVERIFY2(output.contains(QStringLiteral("Deleted")), qPrintable(output));
        QVERIFY(!QFileInfo::exists(out.filePath(old)));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("stocks_2024-05-20.csv"))));

        // The setting is declared: settings validates it.
        QCOMPARE(cli({QStringLiteral("settings"),
                      QStringLiteral("set"),
                      QStringLiteral("export/retentionDays"),
                      QStringLiteral("14")}),
                 0);
        QCOMPARE(*Export::retentionDays(*t.db()), 14);
        QCOMPARE(cli({QStringLiteral("settings"),
                      QStringLiteral("set"),
                      QStringLiteral("export/retentionDays"),
                      QStringLiteral("-1")}),
                 2);
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("list")}, &output), 0);
        QVERIFY(output.contains(QStringLiteral("export/retentionDays = 14")));

        // The export folder is declared too: an absolute path (or ~/…), empty = the default place.
        QTemporaryDir elsewhere;
        QCOMPARE(cli({QStringLiteral("settings"),
                      QStringLiteral("set"),
                      QStringLiteral("export/folder"),
                      QStringLiteral("relative/dir")}),
                 2);
        QCOMPARE(cli({QStringLiteral("settings"),
                      QStringLiteral("set"),
                      QStringLiteral("export/folder"),
                      elsewhere.path()}),
                 0);
        QCOMPARE(Export::exportFolder(*t.db()), elsewhere.path());
        QCOMPARE(cli({QStringLiteral("export"),
                      QStringLiteral("stocks"),
                      QStringLiteral("--date"),
                      QStringLiteral("2024-05-20")}),
                 0);
        QVERIFY(QFileInfo::exists(QDir(elsewhere.path()).filePath(QStringLiteral("stocks_2024-05-20.csv"))));
        const Config::Parameter* folder =
            Config::findParameter(Export::exportParameters(), Export::kExportFolderSetting);
        QVERIFY(folder);
        QCOMPARE(*Config::validate(*folder, QStringLiteral("  ")), QString());
        QCOMPARE(*Config::validate(*folder, QStringLiteral("~/exports/")),
                 QDir::home().filePath(QStringLiteral("exports")));
        QCOMPARE(*Config::validate(*folder, QStringLiteral("/srv//tiles/../csv")),
                 QStringLiteral("/srv/csv"));

        // The default schedule has the 22:00 export.
        QCOMPARE(cli({QStringLiteral("schedule"), QStringLiteral("list")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("CSV export")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestExportTask)
#include "TestExportTask.moc"
