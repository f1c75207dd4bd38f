#include <memory>

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

#include "core/store/HolidayRepository.h"
#include "core/store/ScheduleRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/tasks/DefaultSchedule.h"
#include "core/tasks/Scheduler.h"
#include "core/tasks/TaskKind.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Tasks::DueRun;
using Tasks::Frequency;
using Tasks::ScheduleEntry;
using Tasks::Scheduler;

namespace {

const QTimeZone NewYork(QByteArrayLiteral("America/New_York"));

QDateTime ny(int y, int m, int d, int h, int min = 0, int sec = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, sec), NewYork);
}

ScheduleEntry entry(const QString& name, Frequency f, QTime time)
{
    ScheduleEntry e;
    e.name = name;
    e.kind = QStringLiteral("load");
    e.frequency = f;
    e.time = time;
    return e;
}

/** A database, a hand-moved clock, and schedulers on them ("processes" sharing the file). */
struct Fixture
{
    Test::TempDatabase tmp;
    QDateTime now;

    explicit Fixture(QDateTime start)
        : now(std::move(start))
    {}

    std::unique_ptr<Scheduler> make()
    {
        return std::make_unique<Scheduler>(
            tmp.db(), [this] { return now; }, NewYork);
    }

    ScheduleEntry stored(const QString& name) const
    {
        auto e = Store::ScheduleRepository(*tmp.db()).find(name);
        if (!e || !e->has_value()) {
            qFatal("no schedule entry %s", qPrintable(name));
        }
        return **e;
    }
};

using Test::must;

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QVERIFY2(NewYork.isValid(), "the system has no tz data for America/New_York");
    }

    void persistenceRoundTrip()
    {
        Fixture f(ny(2026, 3, 2, 9, 15));
        auto s = f.make();
        ScheduleEntry e = entry(QStringLiteral("Weekly export"), Frequency::Weekly, QTime(22, 30));
        e.weekday = Qt::Wednesday;
        e.kind = QStringLiteral("load");
        e.params =
            QJsonObject{{QStringLiteral("provider"), QStringLiteral("synthetic:7")},
                        {QStringLiteral("symbols"), QJsonArray{QStringLiteral("A"), QStringLiteral("B")}}};
        e.marketDaysOnly = true;
        e.catchUp = false;
        const ScheduleEntry saved = must(s->saveEntry(e));
        QVERIFY(saved.id > 0);
        QCOMPARE(saved.nextRunAt, ny(2026, 3, 4, 22, 30));
        must(s->recordRunStarted(saved.id, 42));
        f.now = f.now.addSecs(600);
        must(s->recordRunFinished(
            saved.id, 42, Tasks::RunStatus::DoneWithFailures, QStringLiteral("2 failed")));

        // Another Database object on the same file: what a restarted app or the CLI sees.
        auto reopened = must(Store::Database::open(f.tmp.path()));
        auto list = must(Store::ScheduleRepository(*reopened).list());
        QCOMPARE(list.size(), 1);
        const ScheduleEntry& r = list.constFirst();
        QCOMPARE(r.id, saved.id);
        QCOMPARE(r.name, e.name);
        QCOMPARE(r.kind, e.kind);
        QCOMPARE(r.params, e.params);
        QCOMPARE(Tasks::toString(r.frequency), QStringLiteral("weekly"));
        QCOMPARE(r.weekday, int(Qt::Wednesday));
        QCOMPARE(r.time, QTime(22, 30));
        QVERIFY(r.marketDaysOnly);
        QVERIFY(r.enabled);
        QVERIFY(!r.catchUp);
        QCOMPARE(r.lastRunId, qint64(42));
        QCOMPARE(r.lastRunAt, ny(2026, 3, 2, 9, 15)); // the start, not the finish
        QCOMPARE(r.lastStatus, QStringLiteral("done-with-failures"));
        QCOMPARE(r.lastMessage, QStringLiteral("2 failed"));
        QCOMPARE(r.nextRunAt, ny(2026, 3, 4, 22, 30));

        ScheduleEntry every = entry(QStringLiteral("Hourly"), Frequency::EveryNHours, QTime(0, 15));
        every.everyHours = 3;
        every.enabled = false;
        must(s->saveEntry(every));
        const ScheduleEntry h =
            must(Store::ScheduleRepository(*reopened).find(QStringLiteral("Hourly"))).value();
        QCOMPARE(Tasks::toString(h.frequency), QStringLiteral("every"));
        QCOMPARE(h.everyHours, 3);
        QCOMPARE(h.time, QTime(0, 15));
        QVERIFY(!h.enabled);
        QVERIFY(!h.nextRunAt.isValid()); // disabled entries have no next run
    }

    void defaultScheduleCreatedOnce()
    {
        Fixture f(ny(2026, 3, 6, 21, 30)); // Friday evening
        auto s = f.make();
        // One entry per default line whose task kind is registered (load now; training once it exists).
        QStringList expected;
        for (const ScheduleEntry& line : Tasks::defaultSchedule()) {
            if (Tasks::TaskRegistry::find(line.kind)) {
                expected << line.name;
            }
        }
        const QStringList created = must(s->ensureDefaults());
        QCOMPARE(created, expected);
        QVERIFY(created.contains(QStringLiteral("Data update")));
        const ScheduleEntry d = f.stored(QStringLiteral("Data update"));
        QCOMPARE(d.kind, QStringLiteral("load"));
        QCOMPARE(Tasks::toString(d.frequency), QStringLiteral("daily"));
        QCOMPARE(d.time, QTime(21, 0));
        QVERIFY(d.marketDaysOnly);
        QVERIFY(d.enabled);
        QVERIFY(d.catchUp);
        QVERIFY(d.params.isEmpty());
        QCOMPARE(d.defaultKey, QStringLiteral("data-update"));
        QCOMPARE(d.nextRunAt, ny(2026, 3, 9, 21)); // Monday: market days only
        // Issue 15: the cross-sectional models after the nightly training (seed 003: 02:00).
        QVERIFY(Tasks::TaskRegistry::find(QStringLiteral("train-xs")));
        const ScheduleEntry xs = f.stored(QStringLiteral("Cross-sectional models"));
        QCOMPARE(xs.kind, QStringLiteral("train-xs"));
        QCOMPARE(xs.time, QTime(2, 5)); // before the picks at 02:15
        QVERIFY(xs.marketDaysOnly);
        // Every default line names a kind and validates (the later issues' lines too).
        for (const ScheduleEntry& line : Tasks::defaultSchedule()) {
            QVERIFY(!line.defaultKey.isEmpty());
            QVERIFY(line.validate());
        }

        QCOMPARE(must(s->ensureDefaults()), QStringList{});
        QCOMPARE(must(s->entries()).size(), expected.size());

        // Deleted by the user: stays deleted, also for another process and an empty table.
        must(s->removeEntry(d.id));
        QCOMPARE(must(s->ensureDefaults()), QStringList{});
        QCOMPARE(must(f.make()->ensureDefaults()), QStringList{});
        QCOMPARE(must(s->entries()).size(), expected.size() - 1);
    }

    void defaultAddedWhenItsKindAppears()
    {
        Fixture f(ny(2026, 3, 2, 12));
        auto s = f.make();
        const QString kindId = QStringLiteral("test-later-kind");
        ScheduleEntry later = entry(QStringLiteral("Later job"), Frequency::Weekly, QTime(3, 0));
        later.weekday = Qt::Sunday;
        later.kind = kindId;
        later.defaultKey = QStringLiteral("later-job");
        ScheduleEntry clash = entry(QStringLiteral("Mine"), Frequency::Daily, QTime(22, 0));
        clash.defaultKey = QStringLiteral("clash");
        const QList<ScheduleEntry> table = {later, clash};

        // The user already has an entry called "Mine": the default does not replace it.
        ScheduleEntry mine = entry(QStringLiteral("Mine"), Frequency::Daily, QTime(7, 0));
        must(s->saveEntry(mine));
        QCOMPARE(must(s->ensureDefaults(table)), QStringList{});
        QCOMPARE(f.stored(QStringLiteral("Mine")).time, QTime(7, 0));
        QVERIFY(f.stored(QStringLiteral("Mine")).defaultKey.isEmpty());

        // The kind is registered later (a later issue's build): its default appears then, once.
        Tasks::TaskRegistry::add(Tasks::TaskKind{
            kindId,
            QStringLiteral("Later"),
            [](const Store::DatabasePtr&, const QJsonObject&, const QStringList&) {
                return Result<Tasks::TaskPlan>(fail(Error::internal(QStringLiteral("not runnable"))));
            }});
        QCOMPARE(must(s->ensureDefaults(table)), QStringList{QStringLiteral("Later job")});
        QCOMPARE(f.stored(QStringLiteral("Later job")).nextRunAt, ny(2026, 3, 8, 3));
        QCOMPARE(must(s->ensureDefaults(table)), QStringList{});
        must(s->removeEntry(f.stored(QStringLiteral("Later job")).id));
        QCOMPARE(must(s->ensureDefaults(table)), QStringList{});
        QVERIFY(!must(s->entry(QStringLiteral("Later job"))).has_value());
    }

    void cryptoDefaultsForAUniverse()
    {
        // Saturday 2026-03-07 23:30 New York = Sunday 04:30 UTC, a day before the DST change.
        Fixture f(ny(2026, 3, 7, 23, 30));
        auto s = f.make();
        const QList<ScheduleEntry> table = Tasks::cryptoDefaultSchedule(QStringLiteral("Top crypto (USDT)"));
        QCOMPARE(table.size(), 2);
        QCOMPARE(must(s->ensureDefaults(table)),
                 (QStringList{QStringLiteral("Crypto update (Top crypto (USDT))"),
                              QStringLiteral("Crypto full retrain (Top crypto (USDT))")}));
        // Read back through the store (schema 18's time_zone column): on the UTC clock, every day.
        const ScheduleEntry update = f.stored(QStringLiteral("Crypto update (Top crypto (USDT))"));
        QCOMPARE(update.kind, QStringLiteral("train-hourly"));
        QCOMPARE(update.timeZone, QStringLiteral("UTC"));
        QVERIFY(update.frequency == Frequency::EveryNHours);
        QCOMPARE(update.everyHours, 6);
        QVERIFY(!update.marketDaysOnly);
        QCOMPARE(update.defaultKey, QStringLiteral("crypto-update:topcryptousdt"));
        QCOMPARE(update.params.value(QStringLiteral("mode")).toString(), QStringLiteral("incremental"));
        QCOMPARE(update.params.value(QStringLiteral("fromUniverse")).toString(),
                 QStringLiteral("Top crypto (USDT)"));
        QCOMPARE(update.params.value(QStringLiteral("provider")).toString(), QStringLiteral("binance"));
        QCOMPARE(update.describe(), QStringLiteral("every 6 h from 00:00 UTC"));
        QCOMPARE(update.nextRunAt.toUTC(), QDateTime(QDate(2026, 3, 8), QTime(6, 0), Qt::UTC));
        const ScheduleEntry retrain = f.stored(QStringLiteral("Crypto full retrain (Top crypto (USDT))"));
        QCOMPARE(retrain.params.value(QStringLiteral("mode")).toString(), QStringLiteral("full"));
        QCOMPARE(retrain.describe(), QStringLiteral("weekly Sun 03:00 UTC"));
        QCOMPARE(retrain.nextRunAt.toUTC(), QDateTime(QDate(2026, 3, 15), QTime(3, 0), Qt::UTC));

        // Claimed across the DST change, the update stays on 00/06/12/18 UTC.
        f.now = QDateTime(QDate(2026, 3, 8), QTime(6, 0, 30), Qt::UTC).toTimeZone(NewYork);
        auto due = must(s->claimNext());
        QVERIFY(due.has_value());
        QCOMPARE(due->entry.name, update.name);
        QCOMPARE(due->scheduledAt.toUTC(), QDateTime(QDate(2026, 3, 8), QTime(6, 0), Qt::UTC));
        QCOMPARE(due->entry.nextRunAt.toUTC(), QDateTime(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC));
        must(s->recordRunFinished(due->entry.id, 0, Tasks::RunStatus::Done));

        // Once per universe: again nothing; another universe gets its own pair; a removed one stays away.
        QCOMPARE(must(s->ensureDefaults(table)), QStringList{});
        QCOMPARE(must(s->ensureDefaults(Tasks::cryptoDefaultSchedule(QStringLiteral("Alts")))).size(), 2);
        must(s->removeEntry(update.id));
        QCOMPARE(must(s->ensureDefaults(table)), QStringList{});

        QVERIFY(Tasks::isCryptoUniverse({QStringLiteral("BTCUSDT"), QStringLiteral("ETH-USD")}));
        QVERIFY(!Tasks::isCryptoUniverse({QStringLiteral("BTCUSDT"), QStringLiteral("RELIANCE.NS")}));
        QVERIFY(!Tasks::isCryptoUniverse({}));
    }

    void missedNightCaughtUpExactlyOnce()
    {
        Fixture f(ny(2026, 3, 2, 20)); // Monday 20:00
        const qint64 id =
            must(f.make()->saveEntry(entry(QStringLiteral("Nightly"), Frequency::Daily, QTime(21, 0)))).id;
        {
            auto s = f.make();
            QSignalSpy due(s.get(), &Scheduler::entryDue);
            f.now = ny(2026, 3, 2, 20, 59, 30);
            QVERIFY(must(s->checkNow()).isEmpty());
            QCOMPARE(due.count(), 0);
        }
        // The app was closed (or the machine slept) for three nights: Mon, Tue and Wed 21:00 were missed.
        f.now = ny(2026, 3, 5, 10);
        auto s = f.make();
        QSignalSpy due(s.get(), &Scheduler::entryDue);
        s->start(); // the start-up check runs at once
        QVERIFY(s->isActive());
        s->stop();
        QCOMPARE(due.count(), 1);
        const auto dueEntry = due.at(0).at(0).value<ScheduleEntry>();
        QCOMPARE(dueEntry.id, id);
        QCOMPARE(due.at(0).at(1).toDateTime(), ny(2026, 3, 2, 21)); // the first missed occurrence
        QCOMPARE(dueEntry.nextRunAt, ny(2026, 3, 5, 21));           // then the normal next time
        QCOMPARE(f.stored(QStringLiteral("Nightly")).nextRunAt, ny(2026, 3, 5, 21));

        // Running it and checking again does not hand out another of the missed nights.
        must(s->recordRunStarted(id, 7));
        f.now = f.now.addSecs(300);
        must(s->recordRunFinished(id, 7, Tasks::RunStatus::Done));
        QVERIFY(must(s->checkNow()).isEmpty());
        QVERIFY(must(f.make()->checkNow()).isEmpty());
        QCOMPARE(due.count(), 1);
        const ScheduleEntry after = f.stored(QStringLiteral("Nightly"));
        QCOMPARE(after.lastRunId, qint64(7));
        QCOMPARE(after.lastStatus, QStringLiteral("done"));
        QCOMPARE(after.lastRunAt, ny(2026, 3, 5, 10));

        // Thursday 21:00 is an ordinary, on-time occurrence.
        f.now = ny(2026, 3, 5, 21, 0, 20);
        const auto onTime = must(s->checkNow());
        QCOMPARE(onTime.size(), 1);
        QVERIFY(!onTime.constFirst().late);
        QCOMPARE(onTime.constFirst().scheduledAt, ny(2026, 3, 5, 21));
        QCOMPARE(due.count(), 2);
    }

    void catchUpOffSkipsMissedRuns()
    {
        Fixture f(ny(2026, 3, 2, 20));
        ScheduleEntry e = entry(QStringLiteral("No catch-up"), Frequency::Daily, QTime(21, 0));
        e.catchUp = false;
        must(f.make()->saveEntry(e));
        f.now = ny(2026, 3, 5, 10);
        auto s = f.make();
        QSignalSpy due(s.get(), &Scheduler::entryDue);

        const QList<DueRun> preview = must(s->dueNow());
        QCOMPARE(preview.size(), 1);
        QVERIFY(preview.constFirst().late);
        QVERIFY(preview.constFirst().skip);
        QCOMPARE(f.stored(e.name).nextRunAt, ny(2026, 3, 2, 21)); // a preview claims nothing

        QVERIFY(must(s->checkNow()).isEmpty());
        QCOMPARE(due.count(), 0);
        const ScheduleEntry skipped = f.stored(e.name);
        QCOMPARE(skipped.nextRunAt, ny(2026, 3, 5, 21));
        QVERIFY(skipped.lastStatus.isEmpty());

        // A check a little late (within the grace) is on time, so it runs even without catch-up.
        f.now = ny(2026, 3, 5, 21, 1, 30);
        QCOMPARE(must(s->checkNow()).size(), 1);
        QCOMPARE(due.count(), 1);
    }

    void neverHandsOutAnOccurrenceTwice()
    {
        Fixture f(ny(2026, 3, 2, 20));
        const qint64 id =
            must(f.make()->saveEntry(entry(QStringLiteral("Once"), Frequency::Daily, QTime(21, 0)))).id;
        auto gui = f.make();
        auto cli = f.make(); // a second process on the same file (cron's run-due)
        QSignalSpy guiDue(gui.get(), &Scheduler::entryDue);
        QSignalSpy cliDue(cli.get(), &Scheduler::entryDue);
        f.now = ny(2026, 3, 2, 21, 0, 10);
        QCOMPARE(must(gui->checkNow()).size(), 1);
        f.now = ny(2026, 3, 2, 21, 0, 40);
        QVERIFY(must(gui->checkNow()).isEmpty());
        QVERIFY(must(cli->checkNow()).isEmpty());
        QCOMPARE(guiDue.count(), 1);
        QCOMPARE(cliDue.count(), 0);
        // The claim is a compare-and-set on the stored next run: a stale claimant loses.
        QVERIFY(!must(Store::ScheduleRepository(*f.tmp.db())
                          .advanceNextRun(id, ny(2026, 3, 2, 21), ny(2026, 3, 3, 21))));
    }

    void runningEntryIsNotHandedOutAgain()
    {
        Fixture f(ny(2026, 1, 5, 0, 30));
        ScheduleEntry e = entry(QStringLiteral("Hourly"), Frequency::EveryNHours, QTime(0, 0));
        e.everyHours = 1;
        const qint64 id = must(f.make()->saveEntry(e)).id;
        auto s = f.make();
        QSignalSpy due(s.get(), &Scheduler::entryDue);
        f.now = ny(2026, 1, 5, 1, 0, 5);
        QCOMPARE(must(s->checkNow()).size(), 1);
        must(s->recordRunStarted(id, 1));
        // The 02:00 occurrence comes while the 01:00 run still goes: held back.
        f.now = ny(2026, 1, 5, 2, 0, 5);
        QVERIFY(must(s->checkNow()).isEmpty());
        // It finishes at 02:30: 02:00 is skipped rather than started back to back.
        f.now = ny(2026, 1, 5, 2, 30);
        must(s->recordRunFinished(id, 1, Tasks::RunStatus::Done));
        QCOMPARE(f.stored(e.name).nextRunAt, ny(2026, 1, 5, 3));
        QVERIFY(must(s->checkNow()).isEmpty());
        f.now = ny(2026, 1, 5, 3, 0, 5);
        QCOMPARE(must(s->checkNow()).size(), 1);
        QCOMPARE(due.count(), 2);
    }

    void pauseAndResume()
    {
        Fixture f(ny(2026, 3, 2, 20));
        ScheduleEntry e = entry(QStringLiteral("Nightly"), Frequency::Daily, QTime(21, 0));
        must(f.make()->saveEntry(e));
        auto gui = f.make();
        QSignalSpy pausedSpy(gui.get(), &Scheduler::pausedChanged);
        QSignalSpy due(gui.get(), &Scheduler::entryDue);
        QVERIFY(!gui->isPaused());

        // Paused from the CLI (another process): the GUI's next timer check notices it.
        auto cli = f.make();
        must(cli->setPaused(true));
        QVERIFY(cli->isPaused());
        QCOMPARE(must(Store::SettingsRepository(*f.tmp.db()).value(QStringLiteral("scheduler/paused"))),
                 QStringLiteral("1"));
        gui->start();
        gui->stop();
        QCOMPARE(pausedSpy.count(), 1);
        QCOMPARE(pausedSpy.at(0).at(0).toBool(), true);
        QVERIFY(f.make()->isPaused()); // persisted

        // Nothing runs while paused, on time or not.
        f.now = ny(2026, 3, 2, 21, 0, 10);
        QVERIFY(must(gui->checkNow()).isEmpty());
        QVERIFY(must(gui->dueNow()).isEmpty());
        f.now = ny(2026, 3, 4, 9);
        QVERIFY(must(gui->checkNow()).isEmpty());
        QCOMPARE(due.count(), 0);
        // Next-due still answers (the tray shows it with "paused").
        QCOMPARE(must(gui->nextDue())->at, ny(2026, 3, 2, 21));

        // Resume: what passed during the pause is skipped, not caught up.
        must(gui->setPaused(false));
        QVERIFY(!gui->isPaused());
        QCOMPARE(pausedSpy.count(), 2);
        QCOMPARE(f.stored(e.name).nextRunAt, ny(2026, 3, 4, 21));
        QVERIFY(must(gui->checkNow()).isEmpty());
        f.now = ny(2026, 3, 4, 21, 0, 5);
        QCOMPARE(must(gui->checkNow()).size(), 1);
        QCOMPARE(due.count(), 1);
    }

    void nextDueIsTheSoonestEnabledEntry()
    {
        Fixture f(ny(2026, 1, 5, 13)); // Monday 13:00
        auto s = f.make();
        QVERIFY(!must(s->nextDue()).has_value());
        must(s->saveEntry(entry(QStringLiteral("Nightly"), Frequency::Daily, QTime(21, 0))));
        ScheduleEntry six = entry(QStringLiteral("Six-hourly"), Frequency::EveryNHours, QTime(0, 0));
        six.everyHours = 6;
        six = must(s->saveEntry(six));
        auto next = must(s->nextDue());
        QVERIFY(next.has_value());
        QCOMPARE(next->entry.name, QStringLiteral("Six-hourly"));
        QCOMPARE(next->at, ny(2026, 1, 5, 18));
        six.enabled = false;
        must(s->saveEntry(six));
        next = must(s->nextDue());
        QCOMPARE(next->entry.name, QStringLiteral("Nightly"));
        QCOMPARE(next->at, ny(2026, 1, 5, 21));
    }

    void holidaysFromTheDatabase()
    {
        Fixture f(ny(2026, 4, 2, 22)); // Thursday before Good Friday
        auto s = f.make();
        auto holidays =
            must(TradingCalendar::readHolidayFile(Test::dataPath(QStringLiteral("holidays/nyse_2026.txt"))));
        Store::HolidayRepository repo(*f.tmp.db());
        QCOMPARE(must(repo.import(QStringLiteral("NYSE"), holidays, false)), 10);
        QCOMPARE(must(repo.calendars()).constFirst().count, 10);

        ScheduleEntry e = entry(QStringLiteral("Market nights"), Frequency::Daily, QTime(21, 0));
        e.marketDaysOnly = true;
        e = must(s->saveEntry(e));
        QCOMPARE(e.nextRunAt, ny(2026, 4, 3, 21)); // "default" calendar: no holidays yet
        must(s->setCalendarName(QStringLiteral("NYSE")));
        QCOMPARE(must(s->calendarName()), QStringLiteral("NYSE"));
        QCOMPARE(f.stored(e.name).nextRunAt, ny(2026, 4, 6, 21)); // refreshed: Good Friday skipped

        // A next run stored before its day became a holiday is not run when its time comes.
        must(s->setCalendarName(QStringLiteral("default")));
        QCOMPARE(f.stored(e.name).nextRunAt, ny(2026, 4, 3, 21));
        QCOMPARE(must(repo.import(QStringLiteral("default"),
                                  {Holiday{QDate(2026, 4, 3), QStringLiteral("Good Friday")}},
                                  false)),
                 1);
        f.now = ny(2026, 4, 3, 21, 0, 10);
        QSignalSpy due(s.get(), &Scheduler::entryDue);
        const QList<DueRun> preview = must(s->dueNow());
        QCOMPARE(preview.size(), 1);
        QVERIFY(preview.constFirst().skip);
        QVERIFY(must(s->checkNow()).isEmpty());
        QCOMPARE(due.count(), 0);
        QCOMPARE(f.stored(e.name).nextRunAt, ny(2026, 4, 6, 21));

        // Replace drops the dates not in the new list.
        QCOMPARE(must(repo.import(QStringLiteral("NYSE"), {holidays.constFirst()}, true)), 1);
        QCOMPARE(must(repo.holidays(QStringLiteral("NYSE"))).size(), 1);
    }

    void savingRules()
    {
        Fixture f(ny(2026, 1, 5, 12));
        auto s = f.make();
        ScheduleEntry e =
            must(s->saveEntry(entry(QStringLiteral("Nightly"), Frequency::Daily, QTime(21, 0))));
        QCOMPARE(e.nextRunAt, ny(2026, 1, 5, 21));
        // An edit that does not touch the timing keeps the pending occurrence, even at 21:00:10.
        f.now = ny(2026, 1, 5, 21, 0, 10);
        e.params = QJsonObject{{QStringLiteral("provider"), QStringLiteral("synthetic")}};
        e = must(s->saveEntry(e));
        QCOMPARE(e.nextRunAt, ny(2026, 1, 5, 21));
        // A new time counts from now.
        e.time = QTime(22, 0);
        e = must(s->saveEntry(e));
        QCOMPARE(e.nextRunAt, ny(2026, 1, 5, 22));
        // Disabled: no next run; enabled again: from now, without catching up what passed meanwhile.
        e.enabled = false;
        e = must(s->saveEntry(e));
        QVERIFY(!e.nextRunAt.isValid());
        f.now = ny(2026, 1, 7, 12);
        QVERIFY(must(s->checkNow()).isEmpty());
        e.enabled = true;
        e = must(s->saveEntry(e));
        QCOMPARE(e.nextRunAt, ny(2026, 1, 7, 22));

        ScheduleEntry twin = entry(QStringLiteral("Nightly"), Frequency::Daily, QTime(1, 0));
        auto dup = s->saveEntry(twin);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::InvalidInput);
        QVERIFY(dup.error().message.contains(QStringLiteral("'Nightly' already exists")));
        ScheduleEntry bad = entry(QStringLiteral("Bad"), Frequency::EveryNHours, QTime(0, 0));
        bad.everyHours = 200;
        QVERIFY(!s->saveEntry(bad));
        QCOMPARE(s->removeEntry(9999).error().code, ErrorCode::NotFound);
    }

    void runThatCouldNotStart()
    {
        Fixture f(ny(2026, 1, 5, 20));
        auto s = f.make();
        const qint64 id =
            must(s->saveEntry(entry(QStringLiteral("Nightly"), Frequency::Daily, QTime(21, 0)))).id;
        f.now = ny(2026, 1, 5, 21, 0, 5);
        QCOMPARE(must(s->checkNow()).size(), 1);
        must(s->recordRunFinished(id, 0, Tasks::RunStatus::Failed, QStringLiteral("unknown task kind 'x'")));
        const ScheduleEntry r = f.stored(QStringLiteral("Nightly"));
        QCOMPARE(r.lastStatus, QStringLiteral("failed"));
        QCOMPARE(r.lastMessage, QStringLiteral("unknown task kind 'x'"));
        QCOMPARE(r.lastRunId, qint64(0));
        QCOMPARE(r.lastRunAt, ny(2026, 1, 5, 21, 0, 5));
        QCOMPARE(r.nextRunAt, ny(2026, 1, 6, 21));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "TestScheduler.moc"
