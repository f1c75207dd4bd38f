#include "core/monitor/ProcessStats.h"

#include <algorithm>

#include <QFile>
#include <QList>
#include <QThread>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace Tessera::Monitor {
namespace {

#ifdef Q_OS_LINUX
/**
 * Reads a /proc file whole. QFile::readAll works on /proc although the files report size 0,
 * because it reads until end of file instead of trusting the size.
 */
QByteArray readProcFile(const char* path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}
#endif

/** The number after `key` in a "Key:   1234 kB" line of /proc/<pid>/status, in bytes; -1 if absent. */
qint64 statusKilobytes(const QByteArray& text, const QByteArray& key)
{
    for (const QByteArray& line : text.split('\n')) {
        if (!line.startsWith(key)) {
            continue;
        }
        const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
        bool ok = false;
        const qint64 kb = parts.value(0).toLongLong(&ok);
        return ok ? kb * 1024 : -1;
    }
    return -1;
}

} // namespace

bool parseProcStat(const QByteArray& statLine,
                   double ticksPerSecond,
                   double systemUptimeSeconds,
                   ProcessStats& stats)
{
    // The command name (field 2) is in parentheses and may itself contain spaces and ')', so the
    // numbered fields are counted from the last ')'. proc(5): field 3 is the state, then utime is
    // field 14, stime 15, num_threads 20 and starttime (ticks after boot) 22.
    const qsizetype close = statLine.lastIndexOf(')');
    if (close < 0 || ticksPerSecond <= 0) {
        return false;
    }
    const QList<QByteArray> fields = statLine.mid(close + 1).simplified().split(' ');
    constexpr int FirstField = 3;
    auto field = [&](int number, bool* ok) {
        return fields.value(number - FirstField).toLongLong(ok);
    };
    bool okUser = false;
    bool okSystem = false;
    bool okThreads = false;
    bool okStart = false;
    const qint64 user = field(14, &okUser);
    const qint64 system = field(15, &okSystem);
    const qint64 threads = field(20, &okThreads);
    const qint64 start = field(22, &okStart);
    if (!okUser || !okSystem || !okThreads || !okStart) {
        return false;
    }
    stats.userCpuSeconds = static_cast<double>(user) / ticksPerSecond;
    stats.systemCpuSeconds = static_cast<double>(system) / ticksPerSecond;
    stats.threads = static_cast<int>(threads);
    if (systemUptimeSeconds > 0) {
        stats.uptimeSeconds =
            std::max(0.0, systemUptimeSeconds - static_cast<double>(start) / ticksPerSecond);
    }
    return true;
}

void parseProcStatus(const QByteArray& statusText, ProcessStats& stats)
{
    stats.residentBytes = statusKilobytes(statusText, "VmRSS:");
    stats.peakResidentBytes = statusKilobytes(statusText, "VmHWM:");
}

ProcessStats readProcessStats()
{
    ProcessStats stats;
    stats.cores = QThread::idealThreadCount();
#ifdef Q_OS_LINUX
    const long ticks = sysconf(_SC_CLK_TCK);
    const QByteArray uptime = readProcFile("/proc/uptime");
    const double systemUptime = uptime.split(' ').value(0).toDouble();
    parseProcStat(readProcFile("/proc/self/stat"), static_cast<double>(ticks), systemUptime, stats);
    parseProcStatus(readProcFile("/proc/self/status"), stats);
#endif
    return stats;
}

} // namespace Tessera::Monitor
