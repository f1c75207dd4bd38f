#include "core/monitor/SystemStatus.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStorageInfo>

#include "core/store/Database.h"
#include "core/store/DatabaseStats.h"
#include "core/store/RunRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Monitor {
namespace {

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

Result<QList<Store::RunRecord>> lastRunsOf(const Store::Database& db)
{
    Store::RunRepository runs(db);
    auto kinds = runs.kinds();
    if (!kinds) {
        return fail(kinds.error());
    }
    QList<Store::RunRecord> out;
    for (const QString& kind : *kinds) {
        auto latest = runs.list(1, kind);
        if (!latest) {
            return fail(latest.error());
        }
        out << latest->value(0);
    }
    return out;
}

/** True when a run says it is running in a process of this host that no longer exists. */
bool isAbandoned(const Store::RunRecord& run)
{
#ifdef Q_OS_LINUX
    return run.status == Store::RunStatus::Running && run.pid > 0 && run.host == QHostInfo::localHostName()
           && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(run.pid));
#else
    Q_UNUSED(run)
    return false;
#endif
}

HealthCheck runCheck(const Store::RunRecord& run)
{
    HealthCheck c{QStringLiteral("run:") + run.kind, Severity::Ok, {}};
    const QString started = run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString note = run.message.isEmpty() ? QString() : QStringLiteral(": ") + run.message;
    switch (run.status) {
    case Store::RunStatus::Failed:
        // The run could not start at all (bad parameters, provider unavailable): nothing was done, and
        // a scheduled run will fail the same way until someone acts.
        c.severity = Severity::Error;
        c.message = QCoreApplication::translate("Tessera::Monitor", "The last %1 run (#%2, %3) failed%4.")
                        .arg(run.kind)
                        .arg(run.id)
                        .arg(started, note);
        break;
    case Store::RunStatus::Interrupted:
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
    case Store::RunStatus::DoneWithFailures:
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
    case Store::RunStatus::Running:
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
    case Store::RunStatus::Done:
    case Store::RunStatus::Cancelled:
        c.message = QCoreApplication::translate("Tessera::Monitor", "The last %1 run (#%2, %3) was %4.")
                        .arg(run.kind)
                        .arg(run.id)
                        .arg(started, Store::toString(run.status));
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

    for (const Store::RunRecord& run : s.lastRuns) {
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
    Store::DatabaseStats stats(db);
    {
        const Store::ReadSnapshot snapshot(db);
        auto tables = stats.tables();
        if (!tables) {
            return fail(tables.error());
        }
        s.tables = *tables;
        auto freshness = freshnessOf(db, opts, s.collectedAt);
        if (!freshness) {
            return fail(freshness.error());
        }
        s.freshness = *freshness;
        if (s.table(QStringLiteral("runs"))) {
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
        auto lines = stats.quickCheck();
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
    // The last data-validation findings of the run-all saga (issue 20), one warning each (at most 20).
    if (auto stored = Store::SettingsRepository(db).value(QStringLiteral("runAll/validationFindings"));
        stored && !stored->isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(stored->toUtf8()).object();
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        for (qsizetype i = 0; i < findings.size() && i < 20; ++i) {
            const QJsonObject f = findings.at(i).toObject();
            s.health.append({QStringLiteral("validation-") + f.value(QStringLiteral("kind")).toString(),
                             Severity::Warning,
                             QCoreApplication::translate("Tessera::Monitor", "Data validation: %1 %2 — %3")
                                 .arg(f.value(QStringLiteral("kind")).toString(),
                                      f.value(QStringLiteral("subject")).toString(),
                                      f.value(QStringLiteral("detail")).toString())});
        }
        if (findings.size() > 20) {
            s.health.append(
                {QStringLiteral("validation-more"),
                 Severity::Warning,
                 QCoreApplication::translate(
                     "Tessera::Monitor", "Data validation: %1 more findings (tessera-cli run-all findings)")
                     .arg(findings.size() - 20)});
        }
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
    for (const Store::RunRecord& run : s.lastRuns) {
        lastRuns.append(QJsonObject{
            {QStringLiteral("id"), run.id},
            {QStringLiteral("kind"), run.kind},
            {QStringLiteral("status"), Store::toString(run.status)},
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
