#pragma once

#include <QtGlobal>

namespace Tessera::Test {

/**
 * A fault-injecting SQLite VFS, for tests only (the product registers no VFS). Like the test VFS of
 * SQLite's own harness (src/test_vfs.c and the I/O-error tests), it sits over the platform VFS
 * ("unix"), counts the writes, syncs and truncates of database, WAL and journal files, and makes the
 * Nth one fail:
 *
 *  - IoError: nothing is written and SQLite gets SQLITE_IOERR_WRITE / _FSYNC / _TRUNCATE (EIO);
 *  - DiskFull: a write stores the first half of its bytes and returns SQLITE_FULL (a real ENOSPC is
 *    a short write); a sync or truncate returns SQLITE_IOERR_FSYNC / SQLITE_FULL.
 *
 * install() makes it the process's default VFS, so every connection (Qt's QSQLITE driver, the raw
 * writer and checkpointer connections) goes through it. Thread-safe: counters are atomic.
 */
class FaultVfs
{
public:
    enum class Op
    {
        Write,
        Sync,
        Truncate,
    };
    enum class Kind
    {
        IoError,
        DiskFull,
    };

    /** Registers the VFS as the default (once per process; before the first connection opens). */
    static void install();

    /**
     * Fails the nth operation op from now on (1 = the next one). Once: later operations succeed again
     * (a transient fault); persistent: every later one of that op fails too (a disk that stays full).
     */
    static void arm(Op op, qint64 nth, Kind kind, bool persistent = false);
    /** No more faults; counters keep counting. */
    static void disarm();
    /** Whether the armed fault has happened since arm(). */
    static bool fired();

    /** Operations of each kind since the last resetCounts(). */
    static qint64 count(Op op);
    static void resetCounts();
};

} // namespace Tessera::Test
