#include "core/store/WalCheckpointer.h"

#include <chrono>

#include "core/common/Log.h"
#include "core/store/WriterMutex.h"

#include <sqlite3.h>

namespace Tessera::Store {

namespace {
constexpr int kBusyTimeoutMs = 15000;
} // namespace

WalCheckpointer::WalCheckpointer(QString path,
                                 std::shared_ptr<WriterMutex> writer,
                                 int checkpointFrames,
                                 int restartFrames)
    : m_path(std::move(path))
    , m_writer(std::move(writer))
    , m_checkpointFrames(checkpointFrames)
    , m_restartFrames(restartFrames)
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

int WalCheckpointer::walHook(void* checkpointer, sqlite3* handle, const char* dbName, int walFrames)
{
    if (!static_cast<WalCheckpointer*>(checkpointer)->request(walFrames)) {
        // No checkpoint thread (it could not open its connection): checkpoint here, as SQLite would.
        sqlite3_wal_checkpoint_v2(handle, dbName, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    return SQLITE_OK;
}

int WalCheckpointer::checkpointsRun() const
{
    std::lock_guard lock(m_mutex);
    return m_runs;
}

bool WalCheckpointer::due() const
{
    return m_walFrames - m_copied >= m_checkpointFrames;
}

bool WalCheckpointer::request(int walFrames)
{
    {
        std::lock_guard lock(m_mutex);
        if (walFrames < m_walFrames) {
            m_copied = 0; // the WAL restarted from its beginning
        }
        m_walFrames = walFrames;
        if (!due()) {
            return true;
        }
        if (m_failed || m_stop) {
            return m_stop;
        }
        if (!m_thread.joinable()) {
            m_thread = std::thread(&WalCheckpointer::run, this);
        }
    }
    m_wake.notify_one();
    return true;
}

bool WalCheckpointer::checkpoint(int& walFrames, int& copied)
{
    if (!m_handle) {
        // NOMUTEX: only this thread uses the connection.
        if (sqlite3_open_v2(
                m_path.toUtf8().constData(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            spdlog::warn("WAL checkpoints of {} stay with SQLite: {}", m_path, sqlite3_errmsg(m_handle));
            sqlite3_close(m_handle);
            m_handle = nullptr;
            return false;
        }
        sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
        // A new connection knows the file is in WAL mode only once it has read it; until then its
        // checkpoints do nothing.
        sqlite3_exec(m_handle, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    }
    walFrames = 0;
    copied = 0;
    const int rc =
        sqlite3_wal_checkpoint_v2(m_handle, "main", SQLITE_CHECKPOINT_PASSIVE, &walFrames, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
        spdlog::warn("WAL checkpoint of {}: {}", m_path, sqlite3_errmsg(m_handle));
    }
    return true;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return due() || m_stop; });
        if (m_stop) {
            break;
        }
        lock.unlock();
        int walFrames = 0;
        int copied = 0;
        bool ok = checkpoint(walFrames, copied);
        if (ok && walFrames >= m_restartFrames) {
            // A second pass outside the writer mutex first: it copies what was committed during the
            // first, so the pass under the mutex below has little left to copy while writers wait.
            ok = checkpoint(walFrames, copied);
        }
        if (ok && walFrames >= m_restartFrames
            && m_writer->lock(std::chrono::milliseconds(kBusyTimeoutMs), WriterMutex::Priority::Urgent)) {
            // No writer of this process can append now: this pass copies what the others missed, and
            // the next writer begins on a wholly copied WAL, which is when SQLite starts it over. (A
            // writer that began before the first pass ended never restarts the WAL.)
            ok = checkpoint(walFrames, copied);
            m_writer->unlock();
        }
        lock.lock();
        if (!ok) {
            m_failed = true; // no connection: the WAL hook checkpoints inline from now on
            break;
        }
        // Commits made during the pass were counted in m_walFrames; a smaller count means the WAL restarted.
        m_copied = m_walFrames < copied ? 0 : copied;
        ++m_runs;
    }
    lock.unlock();
    sqlite3_close(m_handle);
    m_handle = nullptr;
}

} // namespace Tessera::Store
