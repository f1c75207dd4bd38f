#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <QString>

struct sqlite3;

namespace Tessera::Store {

class WriterMutex;

/**
 * Copies a database's WAL into the database file on a thread of its own, so that no writer and no
 * worker waits for it. SQLite's auto-checkpoint runs inside the COMMIT of whichever connection crossed
 * the threshold: under the writer mutex (every other writer waits) and on a thread that had computing
 * to do, blocked in the checkpoint's fsync. Here every connection's WAL hook only calls request();
 * this thread runs a passive checkpoint (it never blocks writers) on its own connection.
 *
 * A passive checkpoint racing a busy writer never copies the newest frames, and SQLite restarts the
 * WAL from its beginning only after a checkpoint copied all of it. So once the WAL holds
 * kRestartFrames, the thread takes the writer mutex for a last pass, which only has the frames
 * written during the earlier ones to copy; the next writer then starts the WAL over (a bounded WAL
 * file; PRAGMA journal_size_limit trims the file itself). Everything here is SQLite's documented API:
 * sqlite3_wal_hook and sqlite3_wal_checkpoint_v2 in PASSIVE mode on a connection of its own, which
 * SQLite syncs as its checkpoint protocol requires.
 */
class WalCheckpointer
{
public:
    /** Checkpoint after this many new WAL frames (16 MB of 4 KB pages; SQLite's default is 1,000). */
    static constexpr int kCheckpointFrames = 4000;
    /** WAL size (frames) at which a checkpoint finishes under the writer mutex so the WAL restarts. */
    static constexpr int kRestartFrames = 4 * kCheckpointFrames;

    /** The thresholds are in WAL frames (tests use small ones). */
    WalCheckpointer(QString path,
                    std::shared_ptr<WriterMutex> writer,
                    int checkpointFrames = kCheckpointFrames,
                    int restartFrames = kRestartFrames);
    /** Stops the thread (a checkpoint under way finishes first) and closes its connection. */
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    /** For sqlite3_wal_hook (arg: this object): wakes the thread when walFrames calls for a checkpoint. */
    static int walHook(void* checkpointer, sqlite3* handle, const char* dbName, int walFrames);

    /** Checkpoints run so far (for tests and logs). */
    int checkpointsRun() const;

private:
    /** Wakes the thread when walFrames calls for a checkpoint; false if the thread cannot run one. */
    bool request(int walFrames);
    /** True when enough frames were added since the last checkpoint (m_mutex held). */
    bool due() const;
    void run();
    /** One passive checkpoint on the thread's connection; false when the connection cannot open. */
    bool checkpoint(int& walFrames, int& copied);

    const QString m_path;
    const std::shared_ptr<WriterMutex> m_writer;
    const int m_checkpointFrames;
    const int m_restartFrames;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_failed = false; ///< the thread could not open its connection
    int m_walFrames = 0;   ///< WAL frames after the latest commit
    int m_copied = 0;      ///< WAL frames copied by the last checkpoint (0 after the WAL restarted)
    int m_runs = 0;
    sqlite3* m_handle = nullptr; ///< opened and used on the thread only
    std::thread m_thread;        ///< started by the first request
};

} // namespace Tessera::Store
