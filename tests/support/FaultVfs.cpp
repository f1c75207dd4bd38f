#include "tests/support/FaultVfs.h"

#include <array>
#include <atomic>
#include <mutex>

#include <sqlite3.h>

namespace Tessera::Test {
namespace {

constexpr size_t kOps = 3;

std::array<std::atomic<qint64>, kOps> s_counts{};
std::array<std::atomic<qint64>, kOps> s_target{}; ///< absolute count that fails; 0 = none
std::atomic<int> s_kind{0};
std::atomic<bool> s_persistent{false};
std::atomic<bool> s_fired{false};

sqlite3_vfs* s_real = nullptr;
sqlite3_vfs s_vfs{};
sqlite3_io_methods s_methods{};

/** Our file object: the real VFS's file follows it in the same allocation (szOsFile covers both). */
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
    bool counted; ///< database, WAL or rollback journal: the files whose writes can fail
};

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<FaultFile*>(f)->real;
}

bool shouldFail(FaultVfs::Op op, sqlite3_file* f)
{
    if (!reinterpret_cast<FaultFile*>(f)->counted) {
        return false;
    }
    const auto i = static_cast<size_t>(op);
    const qint64 n = ++s_counts[i];
    const qint64 target = s_target[i].load();
    if (target > 0 && (n == target || (s_persistent.load() && n > target))) {
        s_fired.store(true);
        return true;
    }
    return false;
}

FaultVfs::Kind kind()
{
    return static_cast<FaultVfs::Kind>(s_kind.load());
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* real = realOf(f);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int xRead(sqlite3_file* f, void* p, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), p, amount, offset);
}
int xWrite(sqlite3_file* f, const void* p, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultVfs::Op::Write, f)) {
        if (kind() == FaultVfs::Kind::IoError) {
            return SQLITE_IOERR_WRITE;
        }
        // A full disk is a short write: the first half lands, then ENOSPC.
        realOf(f)->pMethods->xWrite(realOf(f), p, amount / 2, offset);
        return SQLITE_FULL;
    }
    return realOf(f)->pMethods->xWrite(realOf(f), p, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (shouldFail(FaultVfs::Op::Truncate, f)) {
        return kind() == FaultVfs::Kind::IoError ? SQLITE_IOERR_TRUNCATE : SQLITE_FULL;
    }
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (shouldFail(FaultVfs::Op::Sync, f)) {
        return SQLITE_IOERR_FSYNC;
    }
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* f = reinterpret_cast<FaultFile*>(file);
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->real->pMethods = nullptr;
    f->counted = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0;
    const int rc = s_real->xOpen(s_real, name, f->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open: forward it then too.
    f->base.pMethods = f->real->pMethods ? &s_methods : nullptr;
    return rc;
}

// The rest of the VFS is the platform's, called with the platform's own object.
int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return s_real->xDelete(s_real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return s_real->xAccess(s_real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return s_real->xFullPathname(s_real, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return s_real->xDlOpen(s_real, name);
}
void xDlError(sqlite3_vfs*, int size, char* out)
{
    s_real->xDlError(s_real, size, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return s_real->xDlSym(s_real, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle)
{
    s_real->xDlClose(s_real, handle);
}
int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return s_real->xRandomness(s_real, size, out);
}
int xSleep(sqlite3_vfs*, int micros)
{
    return s_real->xSleep(s_real, micros);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return s_real->xCurrentTime(s_real, out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    return s_real->xGetLastError(s_real, size, out);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return s_real->xCurrentTimeInt64(s_real, out);
}

} // namespace

void FaultVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        s_real = sqlite3_vfs_find(nullptr);
        s_methods.iVersion = 3;
        s_methods.xClose = &xClose;
        s_methods.xRead = &xRead;
        s_methods.xWrite = &xWrite;
        s_methods.xTruncate = &xTruncate;
        s_methods.xSync = &xSync;
        s_methods.xFileSize = &xFileSize;
        s_methods.xLock = &xLock;
        s_methods.xUnlock = &xUnlock;
        s_methods.xCheckReservedLock = &xCheckReservedLock;
        s_methods.xFileControl = &xFileControl;
        s_methods.xSectorSize = &xSectorSize;
        s_methods.xDeviceCharacteristics = &xDeviceCharacteristics;
        s_methods.xShmMap = &xShmMap;
        s_methods.xShmLock = &xShmLock;
        s_methods.xShmBarrier = &xShmBarrier;
        s_methods.xShmUnmap = &xShmUnmap;
        s_methods.xFetch = &xFetch;
        s_methods.xUnfetch = &xUnfetch;

        s_vfs.iVersion = 2;
        s_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + s_real->szOsFile;
        s_vfs.mxPathname = s_real->mxPathname;
        s_vfs.zName = "tessera-test-fault";
        s_vfs.xOpen = &xOpen;
        s_vfs.xDelete = &xDelete;
        s_vfs.xAccess = &xAccess;
        s_vfs.xFullPathname = &xFullPathname;
        s_vfs.xDlOpen = &xDlOpen;
        s_vfs.xDlError = &xDlError;
        s_vfs.xDlSym = &xDlSym;
        s_vfs.xDlClose = &xDlClose;
        s_vfs.xRandomness = &xRandomness;
        s_vfs.xSleep = &xSleep;
        s_vfs.xCurrentTime = &xCurrentTime;
        s_vfs.xGetLastError = &xGetLastError;
        s_vfs.xCurrentTimeInt64 = &xCurrentTimeInt64;
        sqlite3_vfs_register(&s_vfs, 1);
    });
}

void FaultVfs::arm(Op op, qint64 nth, Kind k, bool persistent)
{
    disarm();
    s_kind.store(static_cast<int>(k));
    s_persistent.store(persistent);
    s_fired.store(false);
    const auto i = static_cast<size_t>(op);
    s_target[i].store(s_counts[i].load() + nth);
}

void FaultVfs::disarm()
{
    for (auto& t : s_target) {
        t.store(0);
    }
}

bool FaultVfs::fired()
{
    return s_fired.load();
}

qint64 FaultVfs::count(Op op)
{
    return s_counts[static_cast<size_t>(op)].load();
}

void FaultVfs::resetCounts()
{
    disarm();
    for (auto& c : s_counts) {
        c.store(0);
    }
}

} // namespace Tessera::Test
