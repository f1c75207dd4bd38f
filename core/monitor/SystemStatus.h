#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/common/Result.h"
#include "core/monitor/ProcessStats.h"
#include "core/store/DatabaseStats.h"
#include "core/store/RunRecords.h"

namespace Tessera::Store {
class Database;
}

namespace Tessera::Monitor {

/** How bad a health check is. `tessera-cli status --check` exits 1 when any check is an Error. */
enum class Severity
{
    Ok,
    Warning, ///< worth a look (stale data, low disk, a run with failures); the system still works
    Error,   ///< needs action (a failed run, a damaged database, an almost full disk)
};

QString toString(Severity s); ///< "ok", "warning", "error"

/** A byte count for people, in decimal units like df -H ("58.9 MB", "1.2 GB"); "-" when negative. */
QString formatBytes(qint64 bytes);

/** Rows and newest date of one table (see Store::DatabaseStats). */
using TableStats = Store::TableStats;

/** A symbol whose newest bar is behind the expected trading day. */
struct LaggingSymbol
{
    QString ticker;
    QDate lastDate;
    int businessDaysBehind = 0;
};

/**
 * How current the stored bars are. A symbol's lag is the number of weekdays after its last bar up
 * to and including `expectedDate` (holidays are not known here, so a holiday adds a day of lag).
 * Counts cover every symbol: fresh + stale + noData == symbols.
 */
struct Freshness
{
    QDate expectedDate;     ///< the last trading day whose bar should be stored (see expectedLastTradingDay)
    int staleAfterDays = 0; ///< lag in business days above which a symbol is stale
    int symbols = 0;
    int withBars = 0;
    int upToDate = 0;             ///< lag 0 (also counted in fresh)
    int fresh = 0;                ///< lag <= staleAfterDays
    int stale = 0;                ///< lag > staleAfterDays
    int noData = 0;               ///< no stored bar
    int lastFetchFailed = 0;      ///< symbols whose last fetch or import recorded an error
    QDate oldestLastDate;         ///< the stalest symbol's last bar
    QDate newestLastDate;         ///< the most current symbol's last bar
    QList<LaggingSymbol> stalest; ///< most behind first (lag > 0 only), at most StatusOptions::stalestListed

    /** stale / withBars, 0 when no symbol has bars. */
    double staleShare() const { return withBars > 0 ? static_cast<double>(stale) / withBars : 0.0; }
};

/** Sizes of the database and its volume, and the process's own resource use. Missing values are -1. */
struct Resources
{
    QString databasePath;
    qint64 databaseBytes = -1; ///< main file plus WAL
    qint64 walBytes = -1;
    qint64 freeDiskBytes = -1;  ///< available to this user on the database's volume
    qint64 totalDiskBytes = -1; ///< size of that volume
    ProcessStats process;
};

/** One health check: a stable id ("freshness", "disk", "run:load", ...), a severity and a sentence. */
struct HealthCheck
{
    QString id;
    Severity severity = Severity::Ok;
    QString message;
};

/**
 * A snapshot of the system's health: the seed-003 /admin/system/status content (record counts and
 * latest dates per table, data freshness, database and disk size, process CPU and memory, last runs,
 * health warnings). Plain value; collectSystemStatus() builds it.
 */
struct SystemStatus
{
    QDateTime collectedAt;     ///< the `now` the snapshot was judged against
    double collectSeconds = 0; ///< wall time spent collecting
    int schemaVersion = 0;
    QList<TableStats> tables; ///< every table of the schema, by name
    Freshness freshness;
    Resources resources;
    QList<Store::RunRecord> lastRuns; ///< the latest run of each kind, by kind
    QList<HealthCheck> health;
    bool integrityChecked = false; ///< PRAGMA quick_check ran (StatusOptions::integrity)

    /** The worst severity among the health checks (Ok when there are none). */
    Severity worst() const;
    /** The stats of table `name`, or nullptr when the schema has no such table. */
    const TableStats* table(const QString& name) const;
};

/** What to judge against and the thresholds of the health checks. Defaults suit a daily-bar desk. */
struct StatusOptions
{
    /**
     * The moment to judge freshness at, read in its own time spec; invalid = the current local time.
     * Tests inject it so expectations do not depend on the day they run.
     */
    QDateTime now;
    int closeHour = 18;                     ///< from this local hour on, today's bar is expected
    int staleAfterBusinessDays = 3;         ///< lag above which a symbol is stale
    double staleShareWarning = 0.10;        ///< warn when more than this share of symbols with bars is stale
    int stalestListed = 5;                  ///< how many lagging symbols Freshness::stalest names
    qint64 lowDiskBytes = 1'000'000'000;    ///< warn below this much free space...
    double lowDiskFraction = 0.05;          ///< ...or below this share of the volume
    qint64 criticalDiskBytes = 100'000'000; ///< error below this much free space
    bool integrity = false; ///< run PRAGMA quick_check (seconds on a large file, so off by default)
};

/**
 * The last trading day whose bar should be stored at `now`: today if it is a weekday and the hour is
 * at least closeHour, else the last weekday strictly before today. Weekends only: exchange holidays
 * and time zones are ignored on purpose (a holiday shows as one extra day of lag, well below the
 * stale threshold).
 */
QDate expectedLastTradingDay(const QDateTime& now, int closeHour);

/** Weekdays d with from < d <= to; 0 when to <= from. */
int businessDaysBetween(QDate from, QDate to);

/**
 * Collects the snapshot: reads the database (one read transaction, so counts agree with each other
 * while a task writes), /proc and the file system. Synchronous and free of GUI types; call it from a
 * worker thread in the GUI (it uses the calling thread's connection). Fails only when the database
 * cannot be read; resource figures that cannot be read stay missing (-1).
 */
[[nodiscard]] Result<SystemStatus> collectSystemStatus(const Store::Database& db, const StatusOptions& opts);

/**
 * The health checks of a snapshot without integrity (collectSystemStatus adds that one): symbols,
 * freshness, disk, database size against free disk, and the last run of each kind. Pure, so the
 * GUI can re-judge a snapshot with other thresholds and tests can feed made-up figures.
 */
QList<HealthCheck> evaluateHealth(const SystemStatus& status, const StatusOptions& opts);

/**
 * The snapshot as JSON, keys `tables`, `freshness`, `resources`, `lastRuns`, `health` (plus
 * `collectedAt`, `worst`), for `tessera-cli status --json`. Dates are ISO strings, missing values null.
 */
QJsonObject toJson(const SystemStatus& status);

} // namespace Tessera::Monitor
