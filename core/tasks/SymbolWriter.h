#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <QString>

#include "core/store/Database.h"
#include "core/tasks/TaskContext.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/** A finished step of a symbol whose outcome (and write, for a done step) is not committed yet. */
struct PendingStep
{
    int step = 0;
    OutcomeStatus status = OutcomeStatus::Done; ///< Done (with a write) or Skipped
    StepWrite write;                            ///< empty for a skip
    QString reason;                             ///< a skip's reason
    double seconds = 0;
};

/**
 * Writes an outcome that carries no step data (failure, skip) in its own transaction. A storage fault
 * (disk full, I/O error) aborts the run through ctx.
 */
void recordAlone(const Store::Database& db,
                 qint64 runId,
                 int step,
                 const QString& symbol,
                 OutcomeStatus status,
                 const QString& reason,
                 double seconds,
                 TaskContext& ctx);

/**
 * Commits a symbol's pending steps, on the calling thread: all in one transaction. When a write fails,
 * that transaction is rolled back and the steps are stored again one transaction each (failures are
 * rare; savepoints would cost every write a sub-journal copy of the pages it touches), so the steps
 * before the failed one commit, the failure is recorded at its step, and the steps after it stay
 * pending (a retry starts at the failed step). Returns the failed step's index, or -1, with its error.
 * pending is emptied.
 *
 * A storage fault (ErrorCode::Storage: disk full, I/O error, read-only file) is not the symbol's
 * failure: nothing is recorded, the symbol stays pending for a resume, and the run is aborted through
 * ctx.abort() so that it stops at once.
 */
int commitPending(const Store::Database& db,
                  qint64 runId,
                  const QString& symbol,
                  std::vector<PendingStep>& pending,
                  TaskContext& ctx,
                  QString& error);

/**
 * A run's writer: one thread that commits the symbols the workers finished, several per transaction,
 * while the workers compute the next ones.
 *
 * Why a thread of its own: SQLite has one writer per file, and on a writing task (W2 stores two million
 * rows) the writes are most of the run. With each worker committing its own symbol, a worker waited
 * for the writer mutex for as long as it computed, and the writer connection's page cache moved
 * between cores with every turn (its commits took ~30 % longer than from one thread). Here the writes
 * follow one another on one thread, and a symbol's rows go in with those of the symbols queued beside
 * it: fewer commits, and the pages the symbols share (each table's right edge, the run's outcome rows)
 * are written to the WAL once per batch instead of once per symbol.
 *
 * A batch is one transaction: a kill loses at most the batch, and the run resumes from the symbols it
 * held. When a batch fails, it is rolled back and its symbols are committed one by one with
 * commitPending(), which records the failure at the failing step. When it fails because the store
 * failed (disk full, I/O error), the run is aborted instead and nothing more is committed: the
 * batch's symbols and everything after stay pending for a resume.
 */
class SymbolWriter
{
public:
    /** Symbols waiting to be written before submit() blocks (bounds the memory held by finished work). */
    static constexpr size_t kMaxQueued = 8;

    SymbolWriter(const Store::Database& db, qint64 runId, TaskContext& ctx);
    /** Commits what is queued and stops the thread (see finish()). */
    ~SymbolWriter();
    SymbolWriter(const SymbolWriter&) = delete;
    SymbolWriter& operator=(const SymbolWriter&) = delete;

    /**
     * Queues a symbol's finished steps. After they commit, the writer reports ctx.unitFinished() for
     * the symbol when complete (every step ran) or when storing failed; an incomplete symbol (a cancel)
     * stays pending for a resume. Blocks while kMaxQueued symbols are waiting.
     */
    void submit(const QString& symbol, std::vector<PendingStep> steps, bool complete);

    /** Commits everything queued and stops the thread; returns when all of it is stored. */
    void finish();

private:
    struct Item
    {
        QString symbol;
        std::vector<PendingStep> steps;
        bool complete = true;
    };

    void run();
    void commitBatch(std::vector<Item>& batch);

    const Store::Database& m_db;
    const qint64 m_runId;
    TaskContext& m_ctx;
    std::mutex m_mutex;
    std::condition_variable m_queued;  ///< signalled when an item arrives or finish() is called
    std::condition_variable m_drained; ///< signalled when the writer takes items off the queue
    std::deque<Item> m_queue;
    bool m_finishing = false;
    int m_committed = 0; ///< symbols committed in batches (writer thread only; for PausePoint)
    std::thread m_thread;
};

} // namespace Tessera::Tasks
