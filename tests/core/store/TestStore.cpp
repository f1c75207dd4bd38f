#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "core/store/BarRepository.h"
#include "core/store/Database.h"
#include "core/store/IsoDate.h"
#include "core/store/Schema.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SqliteLibraryCheck.h"
#include "core/store/SymbolRepository.h"
#include "core/store/UniverseRepository.h"
#include "core/store/WriteLock.h"

#include "tests/support/TestSupport.h"
#include <sqlite3.h>

using namespace Tessera;

namespace {

BarSeries makeSeries(const QString& ticker, QDate start, int n, double base)
{
    BarSeries s(ticker);
    QDate d = start;
    for (int i = 0; i < n; ++i) {
        while (d.dayOfWeek() > 5) {
            d = d.addDays(1);
        }
        const double c = base + i;
        s.append(Bar{d, c - 0.5, c + 1.0, c - 1.0, c, i % 2 ? c * 0.98 : kMissing, 1000.0 + i});
        d = d.addDays(1);
    }
    return s;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void isoDatesWithoutACalendarObject()
    {
        const auto iso = [](QDate d) {
            char buf[10];
            Store::formatIsoDate(d.toJulianDay(), buf);
            return QByteArray(buf, 10);
        };
        QCOMPARE(iso(QDate(2024, 2, 29)), QByteArray("2024-02-29"));
        QCOMPARE(iso(QDate(1970, 1, 1)), QByteArray("1970-01-01"));
        QCOMPARE(iso(QDate(1900, 3, 1)), QByteArray("1900-03-01")); // 1900 is not a leap year
        QCOMPARE(iso(QDate(2000, 12, 31)), QByteArray("2000-12-31"));
        QCOMPARE(iso(QDate(1, 1, 1)), QByteArray("0001-01-01"));
        // Every day of four centuries agrees with QDate.
        for (qint64 jd = QDate(1850, 1, 1).toJulianDay(); jd < QDate(2250, 1, 1).toJulianDay(); ++jd) {
            const QDate d = QDate::fromJulianDay(jd);
            if (iso(d) != d.toString(Qt::ISODate).toLatin1()) {
                QFAIL(qPrintable(d.toString(Qt::ISODate)));
            }
        }
    }

    void migratesFromEmpty()
    {
        Test::TempDatabase t;
        QCOMPARE(t.db()->schemaVersion(), Store::Database::latestSchemaVersion());
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        for (const char* table : {"symbols",
                                  "universes",
                                  "universe_members",
                                  "tags",
                                  "symbol_tags",
                                  "daily_bars",
                                  "bar_summary",
                                  "settings"}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), table);
        }
        // Reopening an up-to-date file is a no-op and keeps the version.
        auto again = Store::Database::open(t.path());
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), Store::Database::latestSchemaVersion());
    }

    void schema8KeysTechnicalIndicatorsBySymbolAndJulianDay()
    {
        // A schema-7 file with indicator rows, as an older Tessera left it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        sqlite3* h = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &h), SQLITE_OK);
        for (const Store::Migration& m : Store::migrations()) {
            if (m.version <= 7) {
                QCOMPARE(sqlite3_exec(h, m.sql.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            }
        }
        QCOMPARE(sqlite3_exec(h,
                              "PRAGMA user_version = 7;"
                              "INSERT INTO symbols(id, ticker) VALUES (3, 'AAA'), (70000, 'BBB');"
                              "INSERT INTO technical_indicators(symbol_id, date, rsi_14, atr_14) VALUES "
                              "(3, '2024-01-02', 55.5, 1.25), (3, '2024-01-03', NULL, 1.5), "
                              "(70000, '1999-12-31', 12.0, NULL);",
                              nullptr,
                              nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(h);

        auto db = Store::Database::open(path);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Store::Database::latestSchemaVersion());
        QSqlQuery q((*db)->connection());
        // Hand-checked keys: 2024-01-02 is Julian day 2460312, 1999-12-31 is 2451544 (QDate agrees).
        QCOMPARE(QDate(2024, 1, 2).toJulianDay(), qint64(2460312));
        QCOMPARE(QDate(1999, 12, 31).toJulianDay(), qint64(2451544));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id, symbol_id, date, rsi_14, atr_14 FROM technical_indicators ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 3 * 4294967296LL + 2460312);
        QCOMPARE(q.value(2).toString(), QStringLiteral("2024-01-02"));
        QCOMPARE(q.value(3).toDouble(), 55.5);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 3 * 4294967296LL + 2460313);
        QVERIFY(q.value(3).isNull());
        QCOMPARE(q.value(4).toDouble(), 1.5);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 70000 * 4294967296LL + 2451544);
        QCOMPARE(q.value(1).toLongLong(), qint64(70000));
        QVERIFY(!q.next());
        // Deleting a symbol still deletes its rows (the trigger now deletes its key range) and only them.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM symbols WHERE id = 3")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(symbol_id) FROM technical_indicators")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toLongLong(), qint64(70000));
    }

    void refusesNewerSchema()
    {
        Test::TempDatabase t;
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        auto again = Store::Database::open(t.path());
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("newer")), qPrintable(again.error().message));
    }

    void barsRoundTrip()
    {
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        const BarSeries in = makeSeries(QStringLiteral("ABC"), QDate(2024, 1, 1), 300, 100.0);
        auto written = bars.replaceAll(QStringLiteral("ABC"), in, QStringLiteral("test"));
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->written, 300);
        QCOMPARE(written->total, 300);
        auto out = bars.load(QStringLiteral("ABC"));
        QVERIFY(out);
        QCOMPARE(out->size(), in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            const Bar a = in.at(i);
            const Bar b = out->at(i);
            QCOMPARE(b.date, a.date);
            QCOMPARE(b.close, a.close);
            QCOMPARE(b.volume, a.volume);
            QCOMPARE(isMissing(b.adjClose), isMissing(a.adjClose)); // NULL stays missing, never 0
        }
        // Summary row follows the bars.
        auto rows = Store::SymbolRepository(*t.db()).rows();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().barCount, 300);
        QCOMPARE(rows->first().lastClose, 399.0);
        QCOMPARE(rows->first().prevClose, 398.0);
        QVERIFY(qAbs(rows->first().changePercent() - (399.0 / 398.0 - 1.0) * 100.0) < 1e-12);
        // Date-bounded load.
        auto part = bars.load(QStringLiteral("ABC"), in.date(10), in.date(19));
        QVERIFY(part);
        QCOMPARE(part->size(), 10);
    }

    void upsertKeepsOlderBarsAndReplaceRemoves()
    {
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        const BarSeries first = makeSeries(QStringLiteral("X"), QDate(2024, 1, 1), 100, 10.0);
        QVERIFY(bars.replaceAll(QStringLiteral("X"), first, QStringLiteral("t")));
        const BarSeries tail = first.slice(90, 100).adjusted();
        const BarSeries more = makeSeries(QStringLiteral("X"), first.lastDate().addDays(1), 5, 500.0);
        QVERIFY(bars.upsert(QStringLiteral("X"), more, QStringLiteral("t")));
        QCOMPARE(*bars.count(QStringLiteral("X")), 105);
        QVERIFY(bars.replaceAll(QStringLiteral("X"), tail, QStringLiteral("t")));
        QCOMPARE(*bars.count(QStringLiteral("X")), 10);
    }

    void replaceRewritesOnlyFromTheFirstDifference()
    {
        Test::TempDatabase t;
        Store::BarRepository repo(*t.db());
        const BarSeries history = makeSeries(QStringLiteral("R"), QDate(2024, 1, 1), 200, 50.0);
        QVERIFY(repo.replaceAll(QStringLiteral("R"), history, QStringLiteral("csv")));

        // The same file again: nothing to write.
        auto same = repo.replaceAll(QStringLiteral("R"), history, QStringLiteral("csv"));
        QVERIFY(same);
        QCOMPARE(same->written, qint64(0));
        QCOMPARE(same->removed, qint64(0));
        QCOMPARE(same->total, qint64(200));

        // One bar longer (the nightly reload): one row written.
        const BarSeries longer = makeSeries(QStringLiteral("R"), QDate(2024, 1, 1), 201, 50.0);
        auto appended = repo.replaceAll(QStringLiteral("R"), longer, QStringLiteral("csv"));
        QVERIFY(appended);
        QCOMPARE(appended->written, qint64(1));
        QCOMPARE(appended->removed, qint64(0));

        // A revised bar in the middle (and a missing value becoming one): rewritten from there on.
        BarSeries revised(QStringLiteral("R"));
        for (qsizetype i = 0; i < longer.size(); ++i) {
            Bar b = longer.at(i);
            if (i == 150) {
                b.adjClose = b.close * 0.5;
            }
            revised.append(b);
        }
        auto changed = repo.replaceAll(QStringLiteral("R"), revised, QStringLiteral("csv"));
        QVERIFY(changed);
        QCOMPARE(changed->removed, qint64(51));
        QCOMPARE(changed->written, qint64(51));

        // A shorter history: the bars past its end go.
        const BarSeries shorter = revised.slice(0, 120);
        auto cut = repo.replaceAll(QStringLiteral("R"), shorter, QStringLiteral("csv"));
        QVERIFY(cut);
        QCOMPARE(cut->removed, qint64(81));
        QCOMPARE(cut->written, qint64(0));
        QCOMPARE(cut->total, qint64(120));

        // Whatever was skipped, the table holds exactly the last series given.
        auto back = repo.load(QStringLiteral("R"));
        QVERIFY(back);
        QCOMPARE(back->size(), shorter.size());
        for (qsizetype i = 0; i < shorter.size(); ++i) {
            QCOMPARE(back->at(i).date, shorter.at(i).date);
            QCOMPARE(back->at(i).close, shorter.at(i).close);
            QCOMPARE(std::isnan(back->at(i).adjClose), std::isnan(shorter.at(i).adjClose));
        }
    }

    void qtDriverMustRunOnTheLinkedSqlite()
    {
        // Tessera's own connections carry the linked library's marker, so the check passes for them.
        Test::TempDatabase t;
        QVERIFY(Store::verifyDriverLibrary(t.db()->connection()));

        // A connection the linked library never marked stands for a driver on another SQLite copy (as
        // Qt's bundled one on Windows and macOS): refused, with both libraries named.
        sqlite3_reset_auto_extension();
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("unmarked"));
            other.setDatabaseName(t.dir() + QStringLiteral("/other.sqlite"));
            QVERIFY(other.open());
            auto check = Store::verifyDriverLibrary(other);
            QVERIFY(!check);
            QVERIFY2(check.error().message.contains(QString::fromLatin1(sqlite3_libversion())),
                     qPrintable(check.error().message));
            QVERIFY(check.error().message.contains(QStringLiteral("libqt6sql6-sqlite")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("unmarked"));
        Store::registerLinkedLibraryMarker();
        Test::TempDatabase again;
        QVERIFY(Store::verifyDriverLibrary(again.db()->connection()));
    }

    void failedWriteLeavesStoredBarsUntouched()
    {
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        QVERIFY(bars.replaceAll(QStringLiteral("Y"),
                                makeSeries(QStringLiteral("Y"), QDate(2024, 1, 1), 50, 1.0),
                                QStringLiteral("t")));
        // A trigger makes the 10th insert fail: the transaction must roll back the DELETE too.
        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON daily_bars WHEN NEW.close = 109 "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        auto r = bars.replaceAll(QStringLiteral("Y"),
                                 makeSeries(QStringLiteral("Y"), QDate(2025, 1, 1), 50, 100.0),
                                 QStringLiteral("t"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("Y")), qPrintable(r.error().message));
        auto kept = bars.load(QStringLiteral("Y"));
        QVERIFY(kept);
        QCOMPARE(kept->size(), 50);
        QCOMPARE(kept->firstDate(), QDate(2024, 1, 1));
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void universeImportReportsDiff()
    {
        Test::TempDatabase t;
        Store::UniverseRepository universes(*t.db());
        Universe u{QStringLiteral("Watch"), QStringLiteral("test"), {}};
        for (const char* tk : {"A", "B", "C"}) {
            Symbol s;
            s.ticker = QString::fromLatin1(tk);
            s.sector = QStringLiteral("Tech");
            u.members << s;
        }
        auto d1 = universes.import(u);
        QVERIFY(d1);
        QCOMPARE(d1->added, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QVERIFY(d1->removed.isEmpty());
        u.members.removeAt(0);
        Symbol d;
        d.ticker = QStringLiteral("D");
        u.members << d;
        auto d2 = universes.import(u);
        QVERIFY(d2);
        QCOMPARE(d2->added, QStringList{QStringLiteral("D")});
        QCOMPARE(d2->removed, QStringList{QStringLiteral("A")});
        QCOMPARE(d2->unchanged, 2);
        QCOMPARE(*universes.members(QStringLiteral("Watch")),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
        // Empty fields of a later import never erase what is stored.
        auto b = Store::SymbolRepository(*t.db()).find(QStringLiteral("B"));
        QVERIFY(b && b->has_value());
        QCOMPARE((*b)->sector, QStringLiteral("Tech"));
    }

    void tagsAndResolve()
    {
        Test::TempDatabase t;
        Store::SymbolRepository symbols(*t.db());
        Symbol s;
        s.ticker = QStringLiteral("NTPC.NS");
        QVERIFY(symbols.upsert(s));
        QCOMPARE(*symbols.resolve(QStringLiteral("NTPC")), QStringLiteral("NTPC.NS"));
        QCOMPARE(*symbols.resolve(QStringLiteral("NTP")), QStringLiteral("NTP"));
        Symbol bo;
        bo.ticker = QStringLiteral("NTPC.BO");
        QVERIFY(symbols.upsert(bo));
        QCOMPARE(*symbols.resolve(QStringLiteral("NTPC")), QStringLiteral("NTPC")); // ambiguous: keep as is
        auto tagged =
            symbols.addTag(QStringLiteral("shariah"), {QStringLiteral("NTPC.NS"), QStringLiteral("NEW")});
        QVERIFY(tagged);
        QCOMPARE(*tagged, 2);
        QCOMPARE(*symbols.addTag(QStringLiteral("shariah"), {QStringLiteral("NTPC.NS")}), 0);
        QCOMPARE(*symbols.tickersWithTag(QStringLiteral("shariah")),
                 (QStringList{QStringLiteral("NEW"), QStringLiteral("NTPC.NS")}));
        auto found = symbols.find(QStringLiteral("NTPC.NS"));
        QCOMPARE((*found)->tags, QStringList{QStringLiteral("shariah")});
    }

    void settingsRoundTrip()
    {
        Test::TempDatabase t;
        Store::SettingsRepository settings(*t.db());
        QCOMPARE(*settings.value(QStringLiteral("k"), QStringLiteral("d")), QStringLiteral("d"));
        QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(*settings.value(QStringLiteral("k")), QStringLiteral("v"));
    }

    void connectionPerThread()
    {
        Test::TempDatabase t;
        sqlite3* mine = t.db()->rawHandle();
        sqlite3* other = nullptr;
        QThread* thread = QThread::create([&] { other = t.db()->rawHandle(); });
        thread->start();
        thread->wait();
        delete thread;
        QVERIFY(mine != nullptr);
        QVERIFY(other != nullptr);
        QVERIFY(mine != other);
    }

    void writeLockIsExclusive()
    {
        Test::TempDatabase t;
        auto first = Store::WriteLock::acquire(t.path());
        QVERIFY(first);
        auto second = Store::WriteLock::acquire(t.path());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Busy);
        QVERIFY2(
            second.error().message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
            qPrintable(second.error().message));
        first->reset();
        QVERIFY(Store::WriteLock::acquire(t.path()));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
