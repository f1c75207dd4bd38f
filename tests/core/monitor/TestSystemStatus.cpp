#include <limits>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include "core/monitor/SystemStatus.h"
#include "core/store/BarRepository.h"
#include "core/store/RunRepository.h"
#include "core/store/SymbolRepository.h"
#include "core/tasks/RunTypes.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;

namespace {

/** Wednesday 13 March 2024, 10:00 local: before the close, so the expected last bar is Tuesday the 12th. */
QDateTime wednesdayMorning()
{
    return QDateTime(QDate(2024, 3, 13), QTime(10, 0));
}

/** n weekday bars ending on `last` (a weekday). */
BarSeries barsEndingOn(const QString& ticker, QDate last, int n)
{
    QList<QDate> dates;
    for (QDate d = last; dates.size() < n; d = d.addDays(-1)) {
        if (d.dayOfWeek() <= 5) {
            dates.prepend(d);
        }
    }
    BarSeries s(ticker);
    for (int i = 0; i < dates.size(); ++i) {
        const double c = 100.0 + i;
        s.append(Bar{dates[i], c, c + 1.0, c - 1.0, c, kMissing, 1000.0});
    }
    return s;
}

void storeBars(const Store::Database& db, const QString& ticker, QDate last, int n)
{
    auto written =
        Store::BarRepository(db).replaceAll(ticker, barsEndingOn(ticker, last, n), QStringLiteral("test"));
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
}

Monitor::SystemStatus collect(const Store::Database& db, const Monitor::StatusOptions& opts)
{
    auto status = Monitor::collectSystemStatus(db, opts);
    if (!status) {
        qWarning("collectSystemStatus: %s", qPrintable(status.error().message));
        return {};
    }
    return *status;
}

Monitor::StatusOptions optionsAt(const QDateTime& now)
{
    Monitor::StatusOptions opts;
    opts.now = now;
    return opts;
}

const Monitor::HealthCheck* check(const Monitor::SystemStatus& s, const QString& id)
{
    for (const Monitor::HealthCheck& c : s.health) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

/** The severity of check `id` as its name ("ok", "warning", "error"), or "absent", for readable failures. */
QString severityOf(const Monitor::SystemStatus& s, const QString& id)
{
    const Monitor::HealthCheck* c = check(s, id);
    return c ? Monitor::toString(c->severity) : QStringLiteral("absent");
}

qint64 scalar(const Store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

/** Creates a run of kind over symbols and finishes it with status (through the lead's RunRepository). */
qint64
makeRun(const Store::Database& db, const QString& kind, const QStringList& symbols, Tasks::RunStatus status)
{
    Store::RunRepository runs(db);
    Store::RunRepository::NewRun run;
    run.kind = kind;
    run.trigger = QStringLiteral("cli");
    run.steps = {QStringLiteral("load")};
    run.symbols = symbols;
    auto id = runs.create(run);
    if (!id) {
        qWarning("create run: %s", qPrintable(id.error().message));
        return 0;
    }
    if (!runs.markRunning(*id)) {
        return 0;
    }
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        // The first symbol fails when the run is to end with failures.
        const bool failed = i == 0 && status == Tasks::RunStatus::DoneWithFailures;
        auto r = runs.recordOutcome(*id,
                                    0,
                                    symbols[i],
                                    failed ? Tasks::OutcomeStatus::Failed : Tasks::OutcomeStatus::Done,
                                    failed ? QStringLiteral("injected") : QString(),
                                    0.01);
        if (!r) {
            return 0;
        }
    }
    if (status != Tasks::RunStatus::Running
        && !runs.finish(*id,
                        status,
                        status == Tasks::RunStatus::Failed ? QStringLiteral("provider unavailable")
                                                           : QString())) {
        return 0;
    }
    return *id;
}

} // namespace

class TestSystemStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void expectedLastTradingDay_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Wednesday morning: Tuesday") << wednesdayMorning() << QDate(2024, 3, 12);
        QTest::newRow("Wednesday 17:59: Tuesday")
            << QDateTime(QDate(2024, 3, 13), QTime(17, 59)) << QDate(2024, 3, 12);
        QTest::newRow("Wednesday 18:00: today")
            << QDateTime(QDate(2024, 3, 13), QTime(18, 0)) << QDate(2024, 3, 13);
        QTest::newRow("Monday morning: Friday")
            << QDateTime(QDate(2024, 3, 11), QTime(9, 0)) << QDate(2024, 3, 8);
        QTest::newRow("Saturday evening: Friday")
            << QDateTime(QDate(2024, 3, 16), QTime(20, 0)) << QDate(2024, 3, 15);
        QTest::newRow("Sunday: Friday") << QDateTime(QDate(2024, 3, 17), QTime(12, 0)) << QDate(2024, 3, 15);
    }
    void expectedLastTradingDay()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDate, expected);
        QCOMPARE(Monitor::expectedLastTradingDay(now, 18), expected);
    }

    void businessDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("days");
        QTest::newRow("same day") << QDate(2024, 3, 12) << QDate(2024, 3, 12) << 0;
        QTest::newRow("backwards") << QDate(2024, 3, 12) << QDate(2024, 3, 1) << 0;
        QTest::newRow("Friday to Monday") << QDate(2024, 3, 8) << QDate(2024, 3, 11) << 1;
        QTest::newRow("Saturday to Monday") << QDate(2024, 3, 9) << QDate(2024, 3, 11) << 1;
        QTest::newRow("Friday to Sunday") << QDate(2024, 3, 8) << QDate(2024, 3, 10) << 0;
        QTest::newRow("Monday to Sunday") << QDate(2024, 3, 4) << QDate(2024, 3, 10) << 4;
        QTest::newRow("two weeks") << QDate(2024, 3, 4) << QDate(2024, 3, 18) << 10;
        QTest::newRow("a year") << QDate(2023, 3, 13) << QDate(2024, 3, 13) << 262;
        QTest::newRow("before 1900") << QDate(1899, 12, 29) << QDate(1900, 1, 1) << 1;
        QTest::newRow("all before 1900") << QDate(1899, 12, 25) << QDate(1899, 12, 29) << 4;
    }
    void businessDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, days);
        QCOMPARE(Monitor::businessDaysBetween(from, to), days);
        // Cross-check against counting day by day.
        int counted = 0;
        for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
            counted += d.dayOfWeek() <= 5 ? 1 : 0;
        }
        QCOMPARE(counted, days);
    }

    void countsAndLatestDates()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        storeBars(db, QStringLiteral("AAA"), QDate(2024, 3, 12), 10);
        storeBars(db, QStringLiteral("BBB"), QDate(2024, 3, 1), 5);
        QVERIFY(Store::SymbolRepository(db).ensure(QStringLiteral("CCC")).has_value());

        const Monitor::SystemStatus s = collect(db, optionsAt(wednesdayMorning()));
        QCOMPARE(s.schemaVersion, db.schemaVersion());

        // Every table of the schema is listed, in name order, with its exact row count.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' ORDER BY name")));
        QStringList expected;
        while (q.next()) {
            expected << q.value(0).toString();
        }
        QStringList listed;
        for (const Monitor::TableStats& table : s.tables) {
            listed << table.name;
            QCOMPARE(table.rows, scalar(db, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table.name)));
        }
        QCOMPARE(listed, expected);

        // daily_bars is read from bar_summary: the same answer as scanning the bars.
        const Monitor::TableStats* bars = s.table(QStringLiteral("daily_bars"));
        QVERIFY(bars);
        QCOMPARE(bars->rows, 15);
        QVERIFY(bars->hasDate);
        QCOMPARE(bars->latestDate, QDate(2024, 3, 12));
        QCOMPARE(s.table(QStringLiteral("symbols"))->rows, 3);
        QCOMPARE(s.table(QStringLiteral("bar_summary"))->rows, 2);
        QVERIFY(!s.table(QStringLiteral("symbols"))->hasDate);
        QVERIFY(!s.table(QStringLiteral("no_such_table")));
    }

    void laterTablesAppearAutomatically()
    {
        // Tables that later issues add (indicators keyed by symbol and date, picks with a date) are
        // listed without any change here; both MAX(date) paths give the exact answer.
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        storeBars(db, QStringLiteral("AAA"), QDate(2024, 3, 12), 3);
        storeBars(db, QStringLiteral("BBB"), QDate(2024, 3, 12), 3);
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE indicators (symbol_id INTEGER NOT NULL, date TEXT NOT NULL, "
                                  "rsi REAL, PRIMARY KEY (symbol_id, date)) WITHOUT ROWID")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO indicators SELECT symbol_id, date, 50 FROM daily_bars")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO indicators VALUES (1, '2024-03-14', 55)")));
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE picks (id INTEGER PRIMARY KEY, date TEXT, ticker TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO picks(date, ticker) VALUES ('2024-03-01', 'AAA'), "
                                      "('2024-03-08', 'BBB')")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE \"odd \"\"name\" (date TEXT)")));

        const Monitor::SystemStatus s = collect(db, optionsAt(wednesdayMorning()));
        const Monitor::TableStats* indicators = s.table(QStringLiteral("indicators"));
        QVERIFY(indicators);
        QCOMPARE(indicators->rows, 7);
        QCOMPARE(indicators->latestDate, QDate(2024, 3, 14));
        const Monitor::TableStats* picks = s.table(QStringLiteral("picks"));
        QVERIFY(picks);
        QCOMPARE(picks->rows, 2);
        QCOMPARE(picks->latestDate, QDate(2024, 3, 8));
        const Monitor::TableStats* odd = s.table(QStringLiteral("odd \"name"));
        QVERIFY(odd);
        QCOMPARE(odd->rows, 0);
        QVERIFY(odd->hasDate);
        QVERIFY(!odd->latestDate.isValid());
    }

    void freshnessAgainstInjectedToday()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        storeBars(db, QStringLiteral("UP"), QDate(2024, 3, 12), 5);    // lag 0
        storeBars(db, QStringLiteral("LAG2"), QDate(2024, 3, 8), 5);   // Mon + Tue: lag 2
        storeBars(db, QStringLiteral("STALE"), QDate(2024, 3, 1), 5);  // lag 7
        storeBars(db, QStringLiteral("OLDEST"), QDate(2024, 2, 1), 5); // lag 28
        QVERIFY(Store::SymbolRepository(db).ensure(QStringLiteral("NONE")).has_value());
        QVERIFY(Store::SymbolRepository(db)
                    .recordFetchOutcome(
                        QStringLiteral("STALE"), QStringLiteral("test"), QStringLiteral("HTTP 404"))
                    .has_value());

        Monitor::StatusOptions opts = optionsAt(wednesdayMorning());
        opts.stalestListed = 2;
        Monitor::SystemStatus s = collect(db, opts);
        const Monitor::Freshness& f = s.freshness;
        QCOMPARE(f.expectedDate, QDate(2024, 3, 12));
        QCOMPARE(f.staleAfterDays, 3);
        QCOMPARE(f.symbols, 5);
        QCOMPARE(f.withBars, 4);
        QCOMPARE(f.upToDate, 1);
        QCOMPARE(f.fresh, 2);
        QCOMPARE(f.stale, 2);
        QCOMPARE(f.noData, 1);
        QCOMPARE(f.lastFetchFailed, 1);
        QCOMPARE(f.fresh + f.stale + f.noData, f.symbols);
        QCOMPARE(f.oldestLastDate, QDate(2024, 2, 1));
        QCOMPARE(f.newestLastDate, QDate(2024, 3, 12));
        QCOMPARE(f.stalest.size(), 2); // capped by stalestListed
        QCOMPARE(f.stalest[0].ticker, QStringLiteral("OLDEST"));
        QCOMPARE(f.stalest[0].businessDaysBehind, 28);
        QCOMPARE(f.stalest[1].ticker, QStringLiteral("STALE"));
        QCOMPARE(f.stalest[1].businessDaysBehind, 7);

        // After the close, today's bar is expected: UP (last bar Tuesday) is one day behind on Wednesday.
        opts.now = QDateTime(QDate(2024, 3, 13), QTime(19, 0));
        s = collect(db, opts);
        QCOMPARE(s.freshness.expectedDate, QDate(2024, 3, 13));
        QCOMPARE(s.freshness.upToDate, 0);
        QCOMPARE(s.freshness.fresh, 2);

        // A wider threshold makes STALE fresh; OLDEST stays stale.
        opts.now = wednesdayMorning();
        opts.staleAfterBusinessDays = 10;
        s = collect(db, opts);
        QCOMPARE(s.freshness.stale, 1);
        QCOMPARE(s.freshness.fresh, 3);
    }

    void staleDataWarnsAboveTenPercent()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        for (int i = 0; i < 9; ++i) {
            storeBars(db, QStringLiteral("F%1").arg(i), QDate(2024, 3, 12), 3);
        }
        storeBars(db, QStringLiteral("S0"), QDate(2024, 1, 2), 3);
        const Monitor::StatusOptions opts = optionsAt(wednesdayMorning());

        // 1 of 10 stale is exactly 10%: not more than the threshold.
        Monitor::SystemStatus s = collect(db, opts);
        QCOMPARE(s.freshness.stale, 1);
        QVERIFY(check(s, QStringLiteral("freshness")));
        QCOMPARE(severityOf(s, QStringLiteral("freshness")), QStringLiteral("ok"));

        // 2 of 11 (18%) is.
        storeBars(db, QStringLiteral("S1"), QDate(2024, 1, 2), 3);
        s = collect(db, opts);
        const Monitor::HealthCheck* c = check(s, QStringLiteral("freshness"));
        QVERIFY(c);
        QCOMPARE(Monitor::toString(c->severity), QStringLiteral("warning"));
        QVERIFY2(c->message.contains(QStringLiteral("2 of 11")), qPrintable(c->message));
        QCOMPARE(Monitor::toString(s.worst()), QStringLiteral("warning"));

        // The same data is fresh when judged in January.
        s = collect(db, optionsAt(QDateTime(QDate(2024, 1, 3), QTime(9, 0))));
        QCOMPARE(severityOf(s, QStringLiteral("freshness")), QStringLiteral("ok"));
    }

    void noSymbolsWarns()
    {
        Test::TempDatabase t;
        const Monitor::SystemStatus s = collect(*t.db(), optionsAt(wednesdayMorning()));
        QCOMPARE(s.freshness.symbols, 0);
        const Monitor::HealthCheck* c = check(s, QStringLiteral("symbols"));
        QVERIFY(c);
        QCOMPARE(Monitor::toString(c->severity), QStringLiteral("warning"));
        QVERIFY(!check(s, QStringLiteral("freshness")));
        QVERIFY(s.lastRuns.isEmpty());
    }

    void lastRunOfEachKind()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        storeBars(db, QStringLiteral("AAA"), QDate(2024, 3, 12), 3);
        const QStringList symbols{QStringLiteral("AAA"), QStringLiteral("BBB"), QStringLiteral("CCC")};
        const qint64 oldLoad = makeRun(db, QStringLiteral("load"), symbols, Tasks::RunStatus::Done);
        const qint64 failedLoad = makeRun(db, QStringLiteral("load"), symbols, Tasks::RunStatus::Failed);
        const qint64 export1 = makeRun(db, QStringLiteral("export"), symbols, Tasks::RunStatus::Done);
        const qint64 partial =
            makeRun(db, QStringLiteral("pipeline"), symbols, Tasks::RunStatus::DoneWithFailures);
        const qint64 interrupted =
            makeRun(db, QStringLiteral("train"), symbols, Tasks::RunStatus::Interrupted);
        QVERIFY(oldLoad > 0 && failedLoad > 0 && export1 > 0 && partial > 0 && interrupted > 0);

        const Monitor::SystemStatus s = collect(db, optionsAt(wednesdayMorning()));
        QCOMPARE(s.lastRuns.size(), 4); // one per kind, by kind
        QCOMPARE(s.lastRuns[0].kind, QStringLiteral("export"));
        QCOMPARE(s.lastRuns[1].kind, QStringLiteral("load"));
        QCOMPARE(s.lastRuns[1].id, failedLoad); // the latest load, not the earlier success
        QCOMPARE(Tasks::toString(s.lastRuns[1].status), QStringLiteral("failed"));
        QCOMPARE(s.lastRuns[2].kind, QStringLiteral("pipeline"));
        QCOMPARE(s.lastRuns[2].done, 2);
        QCOMPARE(s.lastRuns[2].failed, 1);
        QCOMPARE(s.lastRuns[2].total, 3);
        QVERIFY(s.lastRuns[2].startedAt.isValid());

        const Monitor::HealthCheck* load = check(s, QStringLiteral("run:load"));
        QVERIFY(load);
        QCOMPARE(Monitor::toString(load->severity), QStringLiteral("error"));
        QVERIFY2(load->message.contains(QStringLiteral("failed"))
                     && load->message.contains(QStringLiteral("provider unavailable")),
                 qPrintable(load->message));
        QCOMPARE(severityOf(s, QStringLiteral("run:export")), QStringLiteral("ok"));
        QCOMPARE(severityOf(s, QStringLiteral("run:pipeline")), QStringLiteral("warning"));
        QCOMPARE(severityOf(s, QStringLiteral("run:train")), QStringLiteral("warning"));
        QVERIFY(check(s, QStringLiteral("run:train"))->message.contains(QStringLiteral("interrupted")));
        QCOMPARE(Monitor::toString(s.worst()), QStringLiteral("error"));

        // A newer successful load clears the error.
        QVERIFY(makeRun(db, QStringLiteral("load"), symbols, Tasks::RunStatus::Done) > 0);
        const Monitor::SystemStatus after = collect(db, optionsAt(wednesdayMorning()));
        QCOMPARE(severityOf(after, QStringLiteral("run:load")), QStringLiteral("ok"));
    }

    void abandonedRunningRunWarns()
    {
        Test::TempDatabase t;
        const Store::Database& db = *t.db();
        const qint64 mine =
            makeRun(db, QStringLiteral("load"), {QStringLiteral("AAA")}, Tasks::RunStatus::Running);
        QVERIFY(mine > 0);
        Monitor::SystemStatus s = collect(db, optionsAt(wednesdayMorning()));
        // Marked running by this very process, which is alive.
        QCOMPARE(severityOf(s, QStringLiteral("run:load")), QStringLiteral("ok"));
#ifdef Q_OS_LINUX
        // A pid above the kernel's limit (pid_max is at most 2^22) cannot exist.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE runs SET pid = 2147483647 WHERE id = %1").arg(mine)));
        s = collect(db, optionsAt(wednesdayMorning()));
        QCOMPARE(severityOf(s, QStringLiteral("run:load")), QStringLiteral("warning"));
        QVERIFY(check(s, QStringLiteral("run:load"))->message.contains(QStringLiteral("gone")));
#endif
    }

    void lowDiskThresholds()
    {
        Test::TempDatabase t;
        Monitor::StatusOptions opts = optionsAt(wednesdayMorning());
        Monitor::SystemStatus s = collect(*t.db(), opts);
        QVERIFY(s.resources.freeDiskBytes > 0);
        QVERIFY(s.resources.totalDiskBytes >= s.resources.freeDiskBytes);

        // Simulated through the thresholds: every real disk is "low" against the largest possible one.
        opts.lowDiskBytes = std::numeric_limits<qint64>::max();
        s = collect(*t.db(), opts);
        QCOMPARE(severityOf(s, QStringLiteral("disk")), QStringLiteral("warning"));
        QVERIFY(check(s, QStringLiteral("disk"))->message.contains(QStringLiteral("Low disk space")));

        opts.lowDiskBytes = 0;
        opts.lowDiskFraction = 1.01; // free share below 101%: always
        s = collect(*t.db(), opts);
        QCOMPARE(severityOf(s, QStringLiteral("disk")), QStringLiteral("warning"));

        opts.criticalDiskBytes = std::numeric_limits<qint64>::max();
        s = collect(*t.db(), opts);
        QCOMPARE(severityOf(s, QStringLiteral("disk")), QStringLiteral("error"));
        QCOMPARE(Monitor::toString(s.worst()), QStringLiteral("error"));
    }

    void databaseLargerThanFreeDisk()
    {
        // Judged on made-up figures through evaluateHealth: a 10 GB database with 5 GB free.
        Monitor::SystemStatus s;
        s.freshness.symbols = 1;
        s.resources.databaseBytes = 10'000'000'000;
        s.resources.freeDiskBytes = 5'000'000'000;
        s.resources.totalDiskBytes = 50'000'000'000;
        const QList<Monitor::HealthCheck> checks = Monitor::evaluateHealth(s, Monitor::StatusOptions{});
        bool found = false;
        for (const Monitor::HealthCheck& c : checks) {
            if (c.id == QStringLiteral("database-size")) {
                found = true;
                QCOMPARE(Monitor::toString(c.severity), QStringLiteral("warning"));
                QVERIFY2(c.message.contains(QStringLiteral("10.0 GB")), qPrintable(c.message));
            }
            if (c.id == QStringLiteral("disk")) {
                QCOMPARE(Monitor::toString(c.severity), QStringLiteral("ok")); // 5 GB and 10% free
            }
        }
        QVERIFY(found);
    }

    void resourcesAreFilled()
    {
        Test::TempDatabase t;
        const Monitor::SystemStatus s = collect(*t.db(), optionsAt(wednesdayMorning()));
        QCOMPARE(s.resources.databasePath, t.db()->path());
        QVERIFY(s.resources.databaseBytes > 0);
        QVERIFY(s.resources.walBytes >= 0);
        QVERIFY(s.resources.process.cores >= 1);
        QVERIFY(s.collectSeconds >= 0);
        QCOMPARE(s.collectedAt, wednesdayMorning());
#ifdef Q_OS_LINUX
        QVERIFY(s.resources.process.residentBytes > 0);
        QVERIFY(s.resources.process.cpuSeconds() >= 0);
#endif
    }

    void integrityCheckOnlyWhenAsked()
    {
        Test::TempDatabase t;
        Monitor::StatusOptions opts = optionsAt(wednesdayMorning());
        Monitor::SystemStatus s = collect(*t.db(), opts);
        QVERIFY(!s.integrityChecked);
        QVERIFY(!check(s, QStringLiteral("integrity")));
        opts.integrity = true;
        s = collect(*t.db(), opts);
        QVERIFY(s.integrityChecked);
        QVERIFY(check(s, QStringLiteral("integrity")));
        QCOMPARE(severityOf(s, QStringLiteral("integrity")), QStringLiteral("ok"));
    }

    void damagedDatabaseIsAnError()
    {
        // Pages that belong to no table and are not on the free list: the file-header damage a torn
        // write can leave. Every table still reads, so only the integrity check sees it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto db = Store::Database::open(path);
            QVERIFY(db.has_value());
            storeBars(**db, QStringLiteral("AAA"), QDate(2024, 3, 12), 2000);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE scratch AS SELECT * FROM daily_bars")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE scratch"))); // its pages go to the free list
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(scalar(**db, QStringLiteral("PRAGMA freelist_count")) > 0);
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            // Header offsets 32 and 36: first free-list trunk page and number of free pages.
            QVERIFY(f.seek(32));
            QCOMPARE(f.write(QByteArray(8, '\0')), 8);
        }
        auto db = Store::Database::open(path);
        QVERIFY(db.has_value());
        Monitor::StatusOptions opts = optionsAt(wednesdayMorning());
        opts.integrity = true;
        const Monitor::SystemStatus s = collect(**db, opts);
        QCOMPARE(s.table(QStringLiteral("daily_bars"))->rows, 2000);
        const Monitor::HealthCheck* c = check(s, QStringLiteral("integrity"));
        QVERIFY(c);
        QCOMPARE(Monitor::toString(c->severity), QStringLiteral("error"));
        QVERIFY2(c->message.contains(QStringLiteral("never used")), qPrintable(c->message));
        QCOMPARE(Monitor::toString(s.worst()), QStringLiteral("error"));
    }

    void runsOnAWorkerThread()
    {
        // The GUI collects on a pool thread, which gets its own connection.
        Test::TempDatabase t;
        storeBars(*t.db(), QStringLiteral("AAA"), QDate(2024, 3, 12), 4);
        const Store::DatabasePtr db = t.db();
        const Monitor::StatusOptions opts = optionsAt(wednesdayMorning());
        auto future = QtConcurrent::run([db, opts] { return Monitor::collectSystemStatus(*db, opts); });
        const Result<Monitor::SystemStatus> s = future.result();
        QVERIFY(s.has_value());
        QCOMPARE(s->table(QStringLiteral("daily_bars"))->rows, 4);
        QCOMPARE(s->freshness.upToDate, 1);
    }

    void jsonHasTheSections()
    {
        Test::TempDatabase t;
        storeBars(*t.db(), QStringLiteral("AAA"), QDate(2024, 2, 1), 4);
        QVERIFY(makeRun(*t.db(), QStringLiteral("load"), {QStringLiteral("AAA")}, Tasks::RunStatus::Done)
                > 0);
        const QJsonObject o = Monitor::toJson(collect(*t.db(), optionsAt(wednesdayMorning())));
        for (const char* key : {"tables", "freshness", "resources", "lastRuns", "health"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(
            o.value(QStringLiteral("freshness")).toObject().value(QStringLiteral("expectedDate")).toString(),
            QStringLiteral("2024-03-12"));
        QCOMPARE(o.value(QStringLiteral("freshness")).toObject().value(QStringLiteral("stale")).toInt(), 1);
        QCOMPARE(
            o.value(QStringLiteral("lastRuns")).toArray().first().toObject().value(QStringLiteral("status")),
            QStringLiteral("done"));
        QCOMPARE(o.value(QStringLiteral("worst")).toString(), QStringLiteral("warning"));
        bool sawBars = false;
        for (const QJsonValue& v : o.value(QStringLiteral("tables")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("daily_bars")) {
                sawBars = true;
                QCOMPARE(v.toObject().value(QStringLiteral("rows")).toInt(), 4);
                QCOMPARE(v.toObject().value(QStringLiteral("latestDate")).toString(),
                         QStringLiteral("2024-02-01"));
            }
        }
        QVERIFY(sawBars);
        QVERIFY(
            o.value(QStringLiteral("resources")).toObject().value(QStringLiteral("databaseBytes")).toDouble()
            > 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemStatus)
#include "TestSystemStatus.moc"
