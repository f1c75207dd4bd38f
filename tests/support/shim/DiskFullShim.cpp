// A test-only LD_PRELOAD library that makes a process's disk "full" for its SQLite files: once the
// process has written TESSERA_TEST_ENOSPC_AFTER times to a database or WAL file (a path ending in
// ".sqlite" or ".sqlite-wal"), every further write to those files that would make them grow fails with
// ENOSPC, as on a disk that filled up: rewriting space a file already has still works (SQLite reuses
// the WAL space of a rolled-back transaction). Other files (logs, JSON, the terminal) are untouched.
// Used by TestStorageFaultsCli to run the real tessera-cli binary against a full disk; never linked
// into the product.
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

std::atomic<long> s_writes{0};

long threshold()
{
    static const long after = [] {
        const char* v = std::getenv("TESSERA_TEST_ENOSPC_AFTER");
        return v ? std::atol(v) : 0L;
    }();
    return after;
}

bool endsWith(const char* s, size_t n, const char* suffix)
{
    const size_t k = std::strlen(suffix);
    return n >= k && std::memcmp(s + n - k, suffix, k) == 0;
}

bool isDatabaseFile(int fd)
{
    char link[64];
    char path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, path, sizeof path - 1);
    if (n <= 0) {
        return false;
    }
    return endsWith(path, static_cast<size_t>(n), ".sqlite")
           || endsWith(path, static_cast<size_t>(n), ".sqlite-wal");
}

/** Whether a write of count bytes at offset (-1: at the file position) needs space the disk has not. */
bool diskFull(int fd, size_t count, off_t offset)
{
    if (threshold() <= 0 || !isDatabaseFile(fd) || s_writes.fetch_add(1) < threshold()) {
        return false;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        return true;
    }
    const off_t at = offset >= 0 ? offset : ::lseek(fd, 0, SEEK_CUR);
    return at < 0 || at + static_cast<off_t>(count) > st.st_size;
}

template <typename F>
F next(const char* name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t pwrite64(int fd, const void* buf, size_t count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite64");
    if (diskFull(fd, count, offset)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count, offset);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    if (diskFull(fd, count, offset)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count, offset);
}

ssize_t write(int fd, const void* buf, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    if (diskFull(fd, count, -1)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count);
}

} // extern "C"
