#include "core/store/WalWriteBuffer.h"

#include <algorithm>
#include <cstring>
#include <mutex>

#include "core/common/Log.h"

#include <sqlite3.h>

namespace Tessera::Store {
namespace {

constexpr int kFrameHeaderBytes = 24; // WAL_FRAME_HDRSIZE
constexpr int kWalHeaderBytes = 32;   // WAL_HDRSIZE

sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_vfs;
const sqlite3_io_methods* methods();

/**
 * The file SQLite sees: our methods, then the base VFS's own file (allocated by SQLite right after
 * this struct, szOsFile covers both). Only main database files and WAL files are wrapped; every
 * other file is the base VFS's file directly.
 */
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real;
    bool isWal;
    ShimFile* wal; ///< main database: its connection's WAL file, for the shared-memory calls
    ShimFile* db;  ///< WAL: its database file
    // The WAL's gathered appends: bytes [offset, offset + length) of the file.
    char* buffer;
    sqlite3_int64 offset;
    int length;
    sqlite3_int64 writtenEnd; ///< the largest end offset written so far
    bool flushAfterNextWrite; ///< a commit frame's header was buffered; its page comes next
    int stickyError;          ///< a write-back failed where SQLite could not be told; later calls fail
};

constexpr size_t realOffset()
{
    return (sizeof(ShimFile) + 7) & ~size_t(7);
}

ShimFile* shim(sqlite3_file* f)
{
    return reinterpret_cast<ShimFile*>(f);
}

const sqlite3_io_methods* realMethods(sqlite3_file* f)
{
    return shim(f)->real->pMethods;
}

/** Writes the gathered bytes; on failure they are dropped and the error returned. */
int flush(ShimFile* f)
{
    if (f->length == 0) {
        return f->stickyError;
    }
    const int rc = f->real->pMethods->xWrite(f->real, f->buffer, f->length, f->offset);
    f->length = 0;
    return rc;
}

/** For the calls that cannot report an error (xShmBarrier): a failure fails every later call. */
void flushOrRemember(ShimFile* wal)
{
    if (!wal) {
        return;
    }
    if (const int rc = flush(wal); rc != SQLITE_OK) {
        wal->stickyError = rc;
        spdlog::error("SQLite WAL write failed (error {}); the connection's later writes fail", rc);
    }
}

/** For the database file's shared-memory calls: its connection's WAL goes out first. */
int flushWalOf(sqlite3_file* dbFile)
{
    ShimFile* s = shim(dbFile);
    return s->wal ? flush(s->wal) : SQLITE_OK;
}

quint32 bigEndian32(const void* p)
{
    const auto* b = static_cast<const unsigned char*>(p);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

int xClose(sqlite3_file* f)
{
    ShimFile* s = shim(f);
    int rc = s->isWal ? flush(s) : SQLITE_OK;
    if (s->isWal && s->db) {
        s->db->wal = nullptr;
    }
    if (!s->isWal && s->wal) {
        s->wal->db = nullptr;
    }
    const int closed = s->real->pMethods ? s->real->pMethods->xClose(s->real) : SQLITE_OK;
    sqlite3_free(s->buffer);
    s->buffer = nullptr;
    return rc != SQLITE_OK ? rc : closed;
}

int xRead(sqlite3_file* f, void* out, int n, sqlite3_int64 offset)
{
    ShimFile* s = shim(f);
    if (s->isWal) {
        if (const int rc = flush(s); rc != SQLITE_OK) {
            return rc;
        }
    }
    return realMethods(f)->xRead(s->real, out, n, offset);
}

int xWrite(sqlite3_file* f, const void* data, int n, sqlite3_int64 offset)
{
    ShimFile* s = shim(f);
    if (!s->isWal) {
        return realMethods(f)->xWrite(s->real, data, n, offset);
    }
    if (s->stickyError != SQLITE_OK) {
        return s->stickyError;
    }
    const sqlite3_int64 end = offset + n;
    if (s->length > 0 && (offset != s->offset + s->length || s->length + n > kWalBufferBytes)) {
        if (const int rc = flush(s); rc != SQLITE_OK) {
            return rc;
        }
    }
    if (!s->buffer) {
        s->buffer = static_cast<char*>(sqlite3_malloc(kWalBufferBytes));
    }
    if (!s->buffer || n > kWalBufferBytes) {
        s->flushAfterNextWrite = false;
        const int rc = realMethods(f)->xWrite(s->real, data, n, offset);
        s->writtenEnd = std::max(s->writtenEnd, end);
        return rc;
    }
    if (s->length == 0) {
        s->offset = offset;
    }
    std::memcpy(s->buffer + s->length, data, static_cast<size_t>(n));
    s->length += n;
    const bool rewrite = end < s->writtenEnd;
    s->writtenEnd = std::max(s->writtenEnd, end);
    if (s->flushAfterNextWrite) {
        // The page of a commit frame: the transaction is complete, so it reaches the OS now, where
        // a failure can still fail the COMMIT (the barrier that publishes it cannot report one).
        s->flushAfterNextWrite = false;
        return flush(s);
    }
    const bool commitHeader = n == kFrameHeaderBytes && offset >= kWalHeaderBytes
                              && bigEndian32(static_cast<const char*>(data) + 4) != 0;
    if (commitHeader) {
        if (rewrite) {
            return flush(s); // a checksum rewrite of a frame already written: no page follows
        }
        s->flushAfterNextWrite = true;
    }
    return SQLITE_OK;
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (shim(f)->isWal) {
        if (const int rc = flush(shim(f)); rc != SQLITE_OK) {
            return rc;
        }
        shim(f)->writtenEnd = std::min(shim(f)->writtenEnd, size);
    }
    return realMethods(f)->xTruncate(shim(f)->real, size);
}

int xSync(sqlite3_file* f, int flags)
{
    if (shim(f)->isWal) {
        if (const int rc = flush(shim(f)); rc != SQLITE_OK) {
            return rc;
        }
    }
    return realMethods(f)->xSync(shim(f)->real, flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    if (shim(f)->isWal) {
        if (const int rc = flush(shim(f)); rc != SQLITE_OK) {
            return rc;
        }
    }
    return realMethods(f)->xFileSize(shim(f)->real, size);
}

int xLock(sqlite3_file* f, int level)
{
    return realMethods(f)->xLock(shim(f)->real, level);
}

int xUnlock(sqlite3_file* f, int level)
{
    return realMethods(f)->xUnlock(shim(f)->real, level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return realMethods(f)->xCheckReservedLock(shim(f)->real, out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    if (shim(f)->isWal) {
        if (const int rc = flush(shim(f)); rc != SQLITE_OK) {
            return rc;
        }
    }
    return realMethods(f)->xFileControl(shim(f)->real, op, arg);
}

int xSectorSize(sqlite3_file* f)
{
    return realMethods(f)->xSectorSize(shim(f)->real);
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    return realMethods(f)->xDeviceCharacteristics(shim(f)->real);
}

// The shared-memory calls come on the database file; SQLite publishes a commit to other
// connections through them, so the WAL's gathered frames go out first.
int xShmMap(sqlite3_file* f, int page, int pageSize, int extend, void volatile** out)
{
    if (const int rc = flushWalOf(f); rc != SQLITE_OK) {
        return rc;
    }
    return realMethods(f)->xShmMap(shim(f)->real, page, pageSize, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    if (const int rc = flushWalOf(f); rc != SQLITE_OK) {
        return rc;
    }
    return realMethods(f)->xShmLock(shim(f)->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    flushOrRemember(shim(f)->wal);
    realMethods(f)->xShmBarrier(shim(f)->real);
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    flushOrRemember(shim(f)->wal);
    return realMethods(f)->xShmUnmap(shim(f)->real, deleteFlag);
}

int xFetch(sqlite3_file* f, sqlite3_int64 offset, int n, void** out)
{
    return realMethods(f)->xFetch(shim(f)->real, offset, n, out);
}

int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return realMethods(f)->xUnfetch(shim(f)->real, offset, p);
}

const sqlite3_io_methods* methods()
{
    static const sqlite3_io_methods m = {
        3,
        xClose,
        xRead,
        xWrite,
        xTruncate,
        xSync,
        xFileSize,
        xLock,
        xUnlock,
        xCheckReservedLock,
        xFileControl,
        xSectorSize,
        xDeviceCharacteristics,
        xShmMap,
        xShmLock,
        xShmBarrier,
        xShmUnmap,
        xFetch,
        xUnfetch,
    };
    return &m;
}

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    const bool wal = flags & SQLITE_OPEN_WAL;
    if (!wal && !(flags & SQLITE_OPEN_MAIN_DB)) {
        return g_base->xOpen(g_base, name, file, flags, outFlags); // journals, temp files: as they are
    }
    ShimFile* s = shim(file);
    std::memset(s, 0, sizeof(ShimFile));
    s->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + realOffset());
    s->isWal = wal;
    const int rc = g_base->xOpen(g_base, name, s->real, flags, outFlags);
    if (rc != SQLITE_OK || !s->real->pMethods || s->real->pMethods->iVersion < 3) {
        // A base file without shared memory/mmap calls is not one this wrapper knows; a failed open
        // leaves pMethods null, which tells SQLite not to close it.
        if (rc == SQLITE_OK && s->real->pMethods) {
            s->real->pMethods->xClose(s->real);
            return SQLITE_CANTOPEN;
        }
        file->pMethods = nullptr;
        return rc;
    }
    file->pMethods = methods();
    if (wal && name) {
        sqlite3_file* dbFile = sqlite3_database_file_object(name);
        if (dbFile && dbFile->pMethods == methods()) {
            s->db = shim(dbFile);
            s->db->wal = s;
        }
    }
    return SQLITE_OK;
}

// The rest of the VFS is the base VFS's, called with the base VFS as its first argument.
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_base->xDelete(g_base, name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_base->xAccess(g_base, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_base->xFullPathname(g_base, name, n, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return g_base->xDlOpen(g_base, name);
}
void vfsDlError(sqlite3_vfs*, int n, char* out)
{
    g_base->xDlError(g_base, n, out);
}
void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_base->xDlSym(g_base, handle, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* handle)
{
    g_base->xDlClose(g_base, handle);
}
int vfsRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_base->xRandomness(g_base, n, out);
}
int vfsSleep(sqlite3_vfs*, int micros)
{
    return g_base->xSleep(g_base, micros);
}
int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return g_base->xCurrentTime(g_base, out);
}
int vfsGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_base->xGetLastError(g_base, n, out);
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_base->xCurrentTimeInt64(g_base, out);
}

bool install()
{
    // Also before the first connection: SQLite's memory statistics (nothing here reads them) take a
    // process-wide mutex on every allocation, and a writer allocates per row.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base || g_base->iVersion < 2 || !g_base->xCurrentTimeInt64) {
        spdlog::warn("SQLite's default VFS cannot be wrapped; WAL writes stay unbuffered");
        return false;
    }
    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(realOffset()) + g_base->szOsFile;
    g_vfs.mxPathname = g_base->mxPathname;
    g_vfs.zName = "tessera-wal-buffer";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK) {
        spdlog::warn("SQLite refused the WAL write buffer VFS; WAL writes stay unbuffered");
        return false;
    }
    return true;
}

} // namespace

bool installWalWriteBuffer()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] { installed = install(); });
    return installed;
}

} // namespace Tessera::Store
