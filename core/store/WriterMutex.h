#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include <QString>

namespace Tessera::Store {

/**
 * The in-process half of "one writer at a time": one mutex per database file, shared by every
 * Database object and every thread of the process that writes to that file. Transaction takes it
 * before BEGIN IMMEDIATE.
 *
 * Why: SQLite lets one connection write at a time and makes the others wait in its busy handler,
 * which polls with sleeps of 1 to 100 ms. With worker threads committing one symbol after another
 * the waiter nearly always sleeps past the moment the lock was freed (W2 spent most of its wall time
 * there). A mutex hands the turn over the moment the holder commits. Other processes still meet
 * SQLite's own lock and the busy timeout (and WriteLock keeps writing tasks to one process).
 *
 * Re-entrance: a thread that already holds the mutex of a file (a transaction on another connection
 * to the same file) does not take it again; its BEGIN IMMEDIATE then meets SQLite's lock and the busy
 * timeout, as it would without this mutex, instead of deadlocking.
 */
class WriterMutex
{
public:
    /** The process-wide mutex of the database file at absolutePath (created on first use). */
    static std::shared_ptr<WriterMutex> forPath(const QString& absolutePath);

    /** Who is waiting: an urgent waiter gets the next turn before any ordinary one. */
    enum class Priority
    {
        Ordinary,
        Urgent
    };

    /**
     * Waits up to timeout for the turn. Returns false on timeout. Must not be called by a thread
     * that already holds it (see heldByThisThread()). Urgent is for the WAL checkpointer's short
     * restart pass: a writer thread that commits batch after batch takes the turn again the moment it
     * gives it back, and would otherwise keep it for the whole run.
     */
    bool lock(std::chrono::milliseconds timeout, Priority priority = Priority::Ordinary);
    void unlock();

    /** True while the calling thread holds this mutex. */
    bool heldByThisThread() const;

    /** True while the calling thread holds the writer mutex of any database file. */
    static bool anyHeldByThisThread();

private:
    std::mutex m_state;
    std::condition_variable m_turn; ///< signalled when the holder gives the turn back
    bool m_held = false;
    int m_urgentWaiting = 0;
};

} // namespace Tessera::Store
