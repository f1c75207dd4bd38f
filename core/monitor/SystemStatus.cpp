#include "core/monitor/SystemStatus.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QHostInfo>
#include <QJsonArray>
#include <QStorageInfo>

#include "core/store/Database.h"
#include "core/store/RunRepository.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

#include <sqlite3.h>

namespace Tessera::Monitor {
namespace {

using Store::Statement;

/**
 * A read transaction for the duration of the collection: in WAL mode every query then sees the same
 * snapshot, so the table counts, the bar summary and the runs agree with each other even while a
 * task commits. Joins the caller's transaction when one is open (a nested BEGIN would fail).
 */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3* handle)
        : m_handle(handle)
    {
        if (m_handle && sqlite3_get_autocommit(m_handle)) {
            m_active = sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        }
    }
    ~ReadSnapshot()
    {
        if (m_active) {
            // Nothing was written, so COMMIT and ROLLBACK are the same; COMMIT ends it cheaply.
            sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_handle = nullptr;
    bool m_active = false;
};

/** Steps through every row of st, calling onRow; returns the first error. */
template <typename F>
Result<void> forEachRow(Statement& st, F onRow)
{
    if (!st.isValid()) {
        return fail(Error::database(st.prepareError()));
    }
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            return {};
        }
        onRow(st);
    }
}

/**
 * A table name as an SQL identifier. Identifiers cannot be bound as parameters; the names come from
 * sqlite_master (our own schema), and doubling quotes keeps even an odd name a single identifier.
 */
QByteArray quoted(const QString& identifier)
{
    return '"' + identifier.toUtf8().replace('"', "\"\"") + '"';
}

/** A stored date: ISO 'YYYY-MM-DD', possibly followed by a time. */
QDate parseDate(const QString& text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

Result<QStringList> tableNames(sqlite3* h)
{
    // sqlite_% tables (sqlite_sequence, sqlite_stat1) are SQLite's bookkeeping, not data.
    Statement st(h,
                 "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                 "ESCAPE '\\' ORDER BY name");
    QStringList names;
    if (auto r = forEachRow(st, [&names](const Statement& s) { names << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return names;
}

Result<QStringList> columnsOf(sqlite3* h, const QString& table)
{
    Statement st(h, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    st.bind(1, table);
    QStringList names;
    if (auto r = forEachRow(st, [&names](const Statement& s) { names << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return names;
}

/** True when some index of table (the primary key of a WITHOUT ROWID table included) starts with columns. */
Result<bool> hasIndexStartingWith(sqlite3* h, const QString& table, const QStringList& columns)
{
    Statement st(h,
                 "SELECT il.name, ii.seqno, ii.name FROM pragma_index_list(?1) AS il, "
                 "pragma_index_info(il.name) AS ii ORDER BY il.name, ii.seqno");
    st.bind(1, table);
    QHash<QString, QStringList> indexes;
    if (auto r = forEachRow(st, [&indexes](const Statement& s) { indexes[s.textAt(0)] << s.textAt(2); });
        !r) {
        return fail(r.error());
    }
    return std::any_of(indexes.cbegin(), indexes.cend(), [&columns](const QStringList& c) {
        return c.mid(0, columns.size()) == columns;
    });
}

/** Runs a query returning one row of (count, date) into stats. */
Result<void> readCountAndDate(sqlite3* h, const QByteArray& sql, TableStats& stats, bool withDate)
{
    Statement st(h, sql.constData());
    if (!st.isValid()) {
        return fail(Error::database(st.prepareError()));
    }
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (*row) {
        stats.rows = st.int64At(0);
        if (withDate) {
            stats.latestDate = parseDate(st.textAt(1));
        }
    }
    return {};
}

/** Rows and MAX(date) of one table, with the fastest query that gives the exact answer. */
Result<TableStats> statsOf(sqlite3* h, const QString& table, const QStringList& allTables)
{
    TableStats stats;
    stats.name = table;
    auto columns = columnsOf(h, table);
    if (!columns) {
        return fail(columns.error());
    }
    stats.hasDate = columns->contains(QStringLiteral("date"));
    const QByteArray name = quoted(table);

    // bar_summary is written in the same transaction as the bars (BarRepository), so its sums are the
    // exact count and newest date of daily_bars, read from 2,000 rows instead of a million.
    if (table == QStringLiteral("daily_bars") && allTables.contains(QStringLiteral("bar_summary"))) {
        auto r = readCountAndDate(
            h, "SELECT COALESCE(SUM(bar_count), 0), MAX(last_date) FROM bar_summary", stats, true);
        if (!r) {
            return fail(r.error());
        }
        return stats;
    }
    if (auto r = readCountAndDate(h, "SELECT COUNT(*) FROM " + name, stats, false); !r) {
        return fail(r.error());
    }
    if (!stats.hasDate || stats.rows == 0) {
        return stats;
    }
    // MAX(date) over a (symbol_id, date) key is a full scan (~0.1 s per million rows); one index seek
    // per symbol (~2,000) answers the same in milliseconds. Per-symbol tables of later issues
    // (indicators, predictions) take this path by having such a key; their rows reference symbols
    // (foreign key with cascade), so no row is missed by walking the symbols.
    QByteArray dateSql = "SELECT MAX(date) FROM " + name;
    if (columns->contains(QStringLiteral("symbol_id")) && allTables.contains(QStringLiteral("symbols"))) {
        auto indexed = hasIndexStartingWith(h, table, {QStringLiteral("symbol_id"), QStringLiteral("date")});
        if (!indexed) {
            return fail(indexed.error());
        }
        if (*indexed) {
            dateSql =
                "SELECT MAX((SELECT MAX(date) FROM " + name + " WHERE symbol_id = s.id)) FROM symbols s";
        }
    }
    Statement st(h, dateSql.constData());
    if (!st.isValid()) {
        return fail(Error::database(st.prepareError()));
    }
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (*row) {
        stats.latestDate = parseDate(st.textAt(0));
    }
    return stats;
}

Result<Freshness> freshnessOf(const Store::Database& db, const StatusOptions& opts, const QDateTime& now)
{
    auto rows = Store::SymbolRepository(db).rows();
    if (!rows) {
        return fail(rows.error());
    }
    Freshness f;
    f.expectedDate = expectedLastTradingDay(now, opts.closeHour);
    f.staleAfterDays = opts.staleAfterBusinessDays;
    f.symbols = static_cast<int>(rows->size());
    QList<LaggingSymbol> lagging;
    for (const Store::SymbolRow& r : *rows) {
        if (!r.lastError.isEmpty()) {
            ++f.lastFetchFailed;
        }
        if (r.barCount <= 0 || !r.lastDate.isValid()) {
            ++f.noData;
            continue;
        }
        ++f.withBars;
        f.oldestLastDate = !f.oldestLastDate.isValid() ? r.lastDate : std::min(f.oldestLastDate, r.lastDate);
        f.newestLastDate = !f.newestLastDate.isValid() ? r.lastDate : std::max(f.newestLastDate, r.lastDate);
        const int lag = businessDaysBetween(r.lastDate, f.expectedDate);
        if (lag == 0) {
            ++f.upToDate;
        }
        if (lag > f.staleAfterDays) {
            ++f.stale;
        } else {
            ++f.fresh;
        }
        // Listed from one day behind: the stalest few are worth naming even below the threshold.
        if (lag > 0) {
            lagging.append({r.symbol.ticker, r.lastDate, lag});
        }
    }
    std::stable_sort(lagging.begin(), lagging.end(), [](const LaggingSymbol& a, const LaggingSymbol& b) {
        return a.businessDaysBehind > b.businessDaysBehind;
    });
    f.stalest = lagging.mid(0, std::max(0, opts.stalestListed));
    return f;
}

Resources resourcesOf(const Store::Database& db)
{
    Resources r;
    r.databasePath = db.path();
    r.databaseBytes = db.fileSizeBytes();
    const QFileInfo wal(db.path() + QStringLiteral("-wal"));
    r.walBytes = wal.exists() ? wal.size() : 0;
    const QStorageInfo volume(QFileInfo(db.path()).absolutePath());
    if (volume.isValid() && volume.isReady()) {
        r.freeDiskBytes = volume.bytesAvailable();
        r.totalDiskBytes = volume.bytesTotal();
    }
    r.process = readProcessStats();
    return r;
}

Result<QList<Tasks::RunRecord>> lastRunsOf(const Store::Database& db)
{
    // GROUP BY kind walks the runs_by_kind index; list(1, kind) then reads the newest run with its counts.
    Statement st(db.rawHandle(), "SELECT kind FROM runs GROUP BY kind ORDER BY kind");
    QStringList kinds;
    if (auto r = forEachRow(st, [&kinds](const Statement& s) { kinds << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    Store::RunRepository runs(db);
    QList<Tasks::RunRecord> out;
    for (const QString& kind : kinds) {
        auto latest = runs.list(1, kind);
        if (!latest) {
            return fail(latest.error());
        }
        out << latest->value(0);
    }
    return out;
}

Result<QStringList> quickCheck(sqlite3* h)
{
    // quick_check skips the index-versus-table cross checks of integrity_check: O(N) instead of
    // O(N log N), still catching damaged pages and records. At most 10 problems are reported.
    Statement st(h, "PRAGMA quick_check(10)");
    QStringList lines;
    if (auto r = forEachRow(st, [&lines](const Statement& s) { lines << s.textAt(0); }); !r) {
        return fail(r.error());
    }
    return lines;
}

/** True when a run says it is running in a process of this host that no longer exists. */
bool isAbandoned(const Tasks::RunRecord& run)
{
#ifdef Q_OS_LINUX
    return run.status == Tasks::RunStatus::Running && run.pid > 0 && run.host == QHostInfo::localHostName()
           && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(run.pid));
#else
    Q_UNUSED(run)
    return false;
#endif
}

HealthCheck runCheck(const Tasks::RunRecord& run)
{
    HealthCheck c{QStringLiteral("run:") + run.kind, Severity::Ok, {}};
    const QString started = run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString note = run.message.isEmpty() ? QString() : QStringLiteral(": ") + run.message;
    switch (run.status) {
    case Tasks::RunStatus::Failed:
        // The run could not start at all (bad parameters, provider unavailable): nothing was done, and
        // a scheduled run will fail the same way until someone acts.
        c.severity = Severity::Error;
        c.message = QCoreApplication::translate("Tessera::Monitor", "The last %1 run (#%2, %3) failed%4.")
                        .arg(run.kind)
                        .arg(run.id)
                        .arg(started, note);
        break;
    case Tasks::RunStatus::Interrupted:
        // Resumable, so not an error: nothing committed was lost, the rest waits for "runs resume".
        c.severity = Severity::Warning;
        c.message = QCoreApplication::translate(
                        "Tessera::Monitor",
                        "The last %1 run (#%2, %3) was interrupted with %4 symbols left; resume it.")
                        .arg(run.kind)
                        .arg(run.id)
                        .arg(started)
                        .arg(run.pending);
        break;
    case Tasks::RunStatus::DoneWithFailures:
        c.severity = Severity::Warning;
        c.message = QCoreApplication::translate(
                        "Tessera::Monitor",
                        "The last %1 run (#%2, %3) finished with %4 of %5 symbols failed; retry the failed.")
                        .arg(run.kind)
                        .arg(run.id)
                        .arg(started)
                        .arg(run.failed)
                        .arg(run.total);
        break;
    case Tasks::RunStatus::Running:
        if (isAbandoned(run)) {
            c.severity = Severity::Warning;
            c.message = QCoreApplication::translate(
                            "Tessera::Monitor",
                            "The %1 run #%2 is marked running but its process %3 is gone; it will be "
                            "marked interrupted at the next start.")
                            .arg(run.kind)
                            .arg(run.id)
                            .arg(run.pid);
        } else {
            c.message = QCoreApplication::translate("Tessera::Monitor", "A %1 run (#%2) is running since %3.")
                            .arg(run.kind)
                            .arg(run.id)
                            .arg(started);
        }
        break;
    case Tasks::RunStatus::Done:
    case Tasks::RunStatus::Cancelled:
        c.message = QCoreApplication::translate("Tessera::Monitor", "The last %1 run (#%2, %3) was %4.")
                        .arg(run.kind)
                        .arg(run.id)
                        .arg(started, Tasks::toString(run.status));
        break;
    }
    return c;
}

/** Weekdays in [1900-01-01 (a Monday), d] minus one, any date (floor division keeps earlier dates right). */
qint64 weekdayIndex(QDate d)
{
    static const qint64 Monday1900 = QDate(1900, 1, 1).toJulianDay();
    const qint64 days = d.toJulianDay() - Monday1900;
    const qint64 weeks = days >= 0 ? days / 7 : -((-days + 6) / 7);
    const qint64 rest = days - weeks * 7; // 0 = Monday ... 6 = Sunday
    return weeks * 5 + std::min<qint64>(rest, 4);
}

QJsonValue dateJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberJson(double v)
{
    return v < 0 || std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonValue bytesJson(qint64 v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

} // namespace

QString toString(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0) {
        return QStringLiteral("-");
    }
    // Decimal units, like df -H and file managers: 1 GB = 10^9 bytes.
    const double b = static_cast<double>(bytes);
    if (b >= 1e9) {
        return QStringLiteral("%1 GB").arg(b / 1e9, 0, 'f', 1);
    }
    if (b >= 1e6) {
        return QStringLiteral("%1 MB").arg(b / 1e6, 0, 'f', 1);
    }
    if (b >= 1e3) {
        return QStringLiteral("%1 kB").arg(b / 1e3, 0, 'f', 1);
    }
    return QStringLiteral("%1 B").arg(bytes);
}

QList<HealthCheck> evaluateHealth(const SystemStatus& s, const StatusOptions& opts)
{
    QList<HealthCheck> checks;
    const Freshness& f = s.freshness;
    if (f.symbols == 0) {
        checks.append({QStringLiteral("symbols"),
                       Severity::Warning,
                       QCoreApplication::translate(
                           "Tessera::Monitor", "No symbols are stored: import a universe or load data.")});
    } else {
        checks.append({QStringLiteral("symbols"),
                       Severity::Ok,
                       QCoreApplication::translate("Tessera::Monitor", "%1 symbols, %2 with bars.")
                           .arg(f.symbols)
                           .arg(f.withBars)});
        if (f.withBars == 0) {
            checks.append(
                {QStringLiteral("freshness"),
                 Severity::Warning,
                 QCoreApplication::translate("Tessera::Monitor", "No symbol has bars: load data.")});
        } else if (f.staleShare() > opts.staleShareWarning) {
            // The share is of symbols with bars: symbols just imported without data are "no data",
            // not stale, so importing a universe does not raise a stale-data warning by itself.
            checks.append(
                {QStringLiteral("freshness"),
                 Severity::Warning,
                 QCoreApplication::translate("Tessera::Monitor",
                                             "%1 of %2 symbols with bars (%3%) are stale: their last "
                                             "bar is more than %4 business days before %5.")
                     .arg(f.stale)
                     .arg(f.withBars)
                     .arg(f.staleShare() * 100.0, 0, 'f', 1)
                     .arg(f.staleAfterDays)
                     .arg(f.expectedDate.toString(Qt::ISODate))});
        } else {
            checks.append({QStringLiteral("freshness"),
                           Severity::Ok,
                           QCoreApplication::translate("Tessera::Monitor",
                                                       "%1 of %2 symbols with bars are fresh (%3 up to %4).")
                               .arg(f.fresh)
                               .arg(f.withBars)
                               .arg(f.upToDate)
                               .arg(f.expectedDate.toString(Qt::ISODate))});
        }
    }

    const Resources& r = s.resources;
    if (r.freeDiskBytes >= 0) {
        const double share = r.totalDiskBytes > 0 ? static_cast<double>(r.freeDiskBytes)
                                                        / static_cast<double>(r.totalDiskBytes)
                                                  : 1.0;
        HealthCheck disk{QStringLiteral("disk"), Severity::Ok, {}};
        // Near zero SQLite fails writes with SQLITE_FULL and the WAL cannot be checkpointed: an error.
        if (r.freeDiskBytes < opts.criticalDiskBytes) {
            disk.severity = Severity::Error;
        } else if (r.freeDiskBytes < opts.lowDiskBytes || share < opts.lowDiskFraction) {
            disk.severity = Severity::Warning;
        }
        disk.message =
            disk.severity == Severity::Ok
                ? QCoreApplication::translate("Tessera::Monitor", "%1 free on the database's disk (%2%).")
                      .arg(formatBytes(r.freeDiskBytes))
                      .arg(share * 100.0, 0, 'f', 1)
                : QCoreApplication::translate("Tessera::Monitor",
                                              "Low disk space: %1 free on the database's disk (%2%).")
                      .arg(formatBytes(r.freeDiskBytes))
                      .arg(share * 100.0, 0, 'f', 1);
        checks << disk;
        if (r.databaseBytes > r.freeDiskBytes) {
            // A backup, VACUUM or full re-import writes a second copy of the file.
            checks.append({QStringLiteral("database-size"),
                           Severity::Warning,
                           QCoreApplication::translate("Tessera::Monitor",
                                                       "The database (%1) is larger than the free disk space "
                                                       "(%2): a backup or VACUUM would not fit.")
                               .arg(formatBytes(r.databaseBytes), formatBytes(r.freeDiskBytes))});
        }
    }

    for (const Tasks::RunRecord& run : s.lastRuns) {
        checks << runCheck(run);
    }
    return checks;
}

Severity SystemStatus::worst() const
{
    Severity w = Severity::Ok;
    for (const HealthCheck& c : health) {
        w = std::max(w, c.severity);
    }
    return w;
}

const TableStats* SystemStatus::table(const QString& name) const
{
    for (const TableStats& t : tables) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

QDate expectedLastTradingDay(const QDateTime& now, int closeHour)
{
    auto isWeekday = [](QDate d) {
        return d.dayOfWeek() <= 5;
    };
    const QDate today = now.date();
    if (isWeekday(today) && now.time().hour() >= closeHour) {
        return today;
    }
    QDate d = today.addDays(-1);
    while (!isWeekday(d)) {
        d = d.addDays(-1);
    }
    return d;
}

int businessDaysBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from) {
        return 0;
    }
    // Weekdays in (from, to] = weekdays up to `to` minus weekdays up to `from`, where a weekend day
    // counts as the Friday before it (weekdayIndex caps the day within the week at Friday).
    return static_cast<int>(weekdayIndex(to) - weekdayIndex(from));
}

Result<SystemStatus> collectSystemStatus(const Store::Database& db, const StatusOptions& opts)
{
    QElapsedTimer timer;
    timer.start();
    SystemStatus s;
    s.collectedAt = opts.now.isValid() ? opts.now : QDateTime::currentDateTime();
    s.schemaVersion = db.schemaVersion();
    sqlite3* h = db.rawHandle();
    if (!h) {
        return fail(Error::database(QStringLiteral("cannot open database %1").arg(db.path())));
    }
    {
        const ReadSnapshot snapshot(h);
        auto tables = tableNames(h);
        if (!tables) {
            return fail(tables.error());
        }
        for (const QString& name : *tables) {
            auto stats = statsOf(h, name, *tables);
            if (!stats) {
                return fail(stats.error());
            }
            s.tables << *stats;
        }
        auto freshness = freshnessOf(db, opts, s.collectedAt);
        if (!freshness) {
            return fail(freshness.error());
        }
        s.freshness = *freshness;
        if (tables->contains(QStringLiteral("runs"))) {
            auto runs = lastRunsOf(db);
            if (!runs) {
                return fail(runs.error());
            }
            s.lastRuns = *runs;
        }
    }
    s.resources = resourcesOf(db);
    s.health = evaluateHealth(s, opts);
    if (opts.integrity) {
        // Outside the read snapshot: a long check should not hold back WAL checkpoints any longer than
        // it must, and it reads the file as committed at its own start anyway.
        auto lines = quickCheck(h);
        if (!lines) {
            return fail(lines.error());
        }
        s.integrityChecked = true;
        const bool ok = *lines == QStringList{QStringLiteral("ok")};
        s.health.append(
            {QStringLiteral("integrity"),
             ok ? Severity::Ok : Severity::Error,
             ok ? QCoreApplication::translate("Tessera::Monitor", "Database integrity check: ok.")
                : QCoreApplication::translate("Tessera::Monitor", "Database integrity check failed: %1")
                      .arg(lines->join(QStringLiteral("; ")))});
    }
    s.collectSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return s;
}

QJsonObject toJson(const SystemStatus& s)
{
    QJsonArray tables;
    for (const TableStats& t : s.tables) {
        QJsonObject o{{QStringLiteral("name"), t.name}, {QStringLiteral("rows"), t.rows}};
        if (t.hasDate) {
            o.insert(QStringLiteral("latestDate"), dateJson(t.latestDate));
        }
        tables.append(o);
    }

    const Freshness& f = s.freshness;
    QJsonArray stalest;
    for (const LaggingSymbol& l : f.stalest) {
        stalest.append(QJsonObject{{QStringLiteral("ticker"), l.ticker},
                                   {QStringLiteral("lastDate"), dateJson(l.lastDate)},
                                   {QStringLiteral("businessDaysBehind"), l.businessDaysBehind}});
    }
    const QJsonObject freshness{{QStringLiteral("expectedDate"), dateJson(f.expectedDate)},
                                {QStringLiteral("staleAfterBusinessDays"), f.staleAfterDays},
                                {QStringLiteral("symbols"), f.symbols},
                                {QStringLiteral("withBars"), f.withBars},
                                {QStringLiteral("upToDate"), f.upToDate},
                                {QStringLiteral("fresh"), f.fresh},
                                {QStringLiteral("stale"), f.stale},
                                {QStringLiteral("noData"), f.noData},
                                {QStringLiteral("lastFetchFailed"), f.lastFetchFailed},
                                {QStringLiteral("oldestLastDate"), dateJson(f.oldestLastDate)},
                                {QStringLiteral("newestLastDate"), dateJson(f.newestLastDate)},
                                {QStringLiteral("stalest"), stalest}};

    const Resources& r = s.resources;
    const ProcessStats& p = r.process;
    const QJsonObject resources{
        {QStringLiteral("databasePath"), r.databasePath},
        {QStringLiteral("databaseBytes"), bytesJson(r.databaseBytes)},
        {QStringLiteral("walBytes"), bytesJson(r.walBytes)},
        {QStringLiteral("freeDiskBytes"), bytesJson(r.freeDiskBytes)},
        {QStringLiteral("totalDiskBytes"), bytesJson(r.totalDiskBytes)},
        {QStringLiteral("cpuSeconds"), numberJson(p.cpuSeconds())},
        {QStringLiteral("userCpuSeconds"), numberJson(p.userCpuSeconds)},
        {QStringLiteral("systemCpuSeconds"), numberJson(p.systemCpuSeconds)},
        {QStringLiteral("residentBytes"), bytesJson(p.residentBytes)},
        {QStringLiteral("peakResidentBytes"), bytesJson(p.peakResidentBytes)},
        {QStringLiteral("uptimeSeconds"), numberJson(p.uptimeSeconds)},
        {QStringLiteral("threads"), p.threads < 0 ? QJsonValue() : QJsonValue(p.threads)},
        {QStringLiteral("cores"), p.cores}};

    QJsonArray lastRuns;
    for (const Tasks::RunRecord& run : s.lastRuns) {
        lastRuns.append(QJsonObject{
            {QStringLiteral("id"), run.id},
            {QStringLiteral("kind"), run.kind},
            {QStringLiteral("status"), Tasks::toString(run.status)},
            {QStringLiteral("trigger"), run.trigger},
            {QStringLiteral("startedAt"), run.startedAt.toString(Qt::ISODate)},
            {QStringLiteral("finishedAt"),
             run.finishedAt.isValid() ? QJsonValue(run.finishedAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("seconds"), run.seconds()},
            {QStringLiteral("total"), run.total},
            {QStringLiteral("done"), run.done},
            {QStringLiteral("failed"), run.failed},
            {QStringLiteral("pending"), run.pending},
            {QStringLiteral("message"), run.message}});
    }

    QJsonArray health;
    for (const HealthCheck& c : s.health) {
        health.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("severity"), toString(c.severity)},
                                  {QStringLiteral("message"), c.message}});
    }

    return QJsonObject{{QStringLiteral("collectedAt"), s.collectedAt.toString(Qt::ISODate)},
                       {QStringLiteral("collectSeconds"), s.collectSeconds},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("freshness"), freshness},
                       {QStringLiteral("resources"), resources},
                       {QStringLiteral("lastRuns"), lastRuns},
                       {QStringLiteral("health"), health},
                       {QStringLiteral("integrityChecked"), s.integrityChecked},
                       {QStringLiteral("worst"), toString(s.worst())}};
}

} // namespace Tessera::Monitor
