#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Tessera::Monitor {

/**
 * Resource use of the current process and the machine's core count, read from /proc on Linux (no
 * QSysInfo, no extra library). Every field that the platform cannot give is negative ("missing"):
 * on other operating systems only `cores` is filled.
 *
 * Units: seconds and bytes. A plain value type; readProcessStats() is thread-safe.
 */
struct ProcessStats
{
    double userCpuSeconds = -1;    ///< CPU time in user mode, all threads
    double systemCpuSeconds = -1;  ///< CPU time in the kernel on behalf of the process
    qint64 residentBytes = -1;     ///< resident set size now (VmRSS)
    qint64 peakResidentBytes = -1; ///< high-water mark of the resident set (VmHWM)
    double uptimeSeconds = -1;     ///< wall time since the process started
    int threads = -1;              ///< threads of the process now
    int cores = 0;                 ///< logical cores of the machine

    /** User plus system CPU time, or -1 when unknown. */
    double cpuSeconds() const
    {
        return userCpuSeconds < 0 || systemCpuSeconds < 0 ? -1 : userCpuSeconds + systemCpuSeconds;
    }
};

/** Reads the current process's statistics. Never fails: what cannot be read stays missing. */
ProcessStats readProcessStats();

/**
 * Parses the one line of /proc/<pid>/stat into `stats` (CPU times, threads, uptime). Exposed for
 * tests. `ticksPerSecond` is sysconf(_SC_CLK_TCK); `systemUptimeSeconds` is the first number of
 * /proc/uptime (the process start time in the stat line counts ticks since boot). Returns false on
 * a malformed line, leaving `stats` unchanged.
 */
bool parseProcStat(const QByteArray& statLine,
                   double ticksPerSecond,
                   double systemUptimeSeconds,
                   ProcessStats& stats);

/** Parses VmRSS and VmHWM (kB) of /proc/<pid>/status into `stats`. Exposed for tests. */
void parseProcStatus(const QByteArray& statusText, ProcessStats& stats);

} // namespace Tessera::Monitor
