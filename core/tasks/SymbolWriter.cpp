#include "core/tasks/SymbolWriter.h"

#include <exception>

#include "core/common/Log.h"
#include "core/store/RunRepository.h"
#include "core/tasks/PausePoint.h"

namespace Tessera::Tasks {
namespace {

/** Runs steps' writes and records their outcomes in the current transaction; stops at the first error. */
Result<void> applySteps(const Store::Database& db,
                        qint64 runId,
                        const QString& symbol,
                        const std::vector<PendingStep>& steps,
                        size_t from,
                        size_t to)
{
    Store::RunRepository runs(db);
    for (size_t k = from; k < to; ++k) {
        const PendingStep& p = steps[k];
        Result<void> stored;
        if (p.write) {
            try {
                stored = p.write(db);
            } catch (const std::exception& e) {
                stored = fail(Error::internal(QString::fromUtf8(e.what())));
            }
        }
        if (stored) {
            stored = runs.recordOutcome(runId, p.step, symbol, p.status, p.reason, p.seconds);
        }
        if (!stored) {
            return stored;
        }
    }
    return {};
}

} // namespace

void recordAlone(const Store::Database& db,
                 qint64 runId,
                 int step,
                 const QString& symbol,
                 OutcomeStatus status,
                 const QString& reason,
                 double seconds,
                 TaskContext& ctx)
{
    Result<void> r;
    {
        Store::Transaction tx(db);
        r = tx.isActive()
                ? Store::RunRepository(db).recordOutcome(runId, step, symbol, status, reason, seconds)
                : Result<void>(fail(tx.beginFailure()));
        if (r) {
            r = tx.commit();
        }
    }
    if (!r) {
        spdlog::error(
            "run {}: cannot record {} of {}: {}", runId, toString(status), symbol, r.error().message);
        if (r.error().code == ErrorCode::Storage) {
            ctx.abort(r.error());
        }
    }
}

int commitPending(const Store::Database& db,
                  qint64 runId,
                  const QString& symbol,
                  std::vector<PendingStep>& pending,
                  TaskContext& ctx,
                  QString& error)
{
    if (pending.empty()) {
        return -1;
    }
    std::vector<PendingStep> steps;
    steps.swap(pending);
    Result<void> allStored;
    {
        Store::Transaction tx(db);
        allStored = tx.isActive() ? applySteps(db, runId, symbol, steps, 0, steps.size())
                                  : Result<void>(fail(tx.beginFailure()));
        if (allStored) {
            allStored = tx.commit();
        }
    } // an uncommitted transaction rolls back here
    if (allStored) {
        for (const PendingStep& p : steps) {
            ctx.stepOutcome(p.step, p.status);
        }
        return -1;
    }
    if (allStored.error().code == ErrorCode::Storage) {
        // The disk or the file failed, not the symbol: stop the run; the symbol stays pending.
        error = allStored.error().message;
        spdlog::error("run {}: {}: storing failed: {}", runId, symbol, error);
        ctx.abort(allStored.error());
        return steps.front().step;
    }
    // Again step by step, to commit what can be and name the step that cannot.
    for (size_t k = 0; k < steps.size(); ++k) {
        const PendingStep& p = steps[k];
        Result<void> stored;
        {
            Store::Transaction tx(db);
            stored = tx.isActive() ? Result<void>{} : fail(tx.beginFailure());
            if (stored) {
                stored = applySteps(db, runId, symbol, steps, k, k + 1);
            }
            if (stored) {
                stored = tx.commit();
            }
        } // rolled back unless committed, before the failure is recorded in a transaction of its own
        if (!stored) {
            error = stored.error().message;
            if (stored.error().code == ErrorCode::Storage) {
                spdlog::error("run {}: {}: storing step {} failed: {}", runId, symbol, p.step, error);
                ctx.abort(stored.error());
                return p.step;
            }
            spdlog::warn("run {}: {} failed storing step {}: {}", runId, symbol, p.step, error);
            recordAlone(db, runId, p.step, symbol, OutcomeStatus::Failed, error, p.seconds, ctx);
            ctx.stepOutcome(p.step, OutcomeStatus::Failed);
            return p.step;
        }
        ctx.stepOutcome(p.step, p.status);
    }
    return -1;
}

SymbolWriter::SymbolWriter(const Store::Database& db, qint64 runId, TaskContext& ctx)
    : m_db(db)
    , m_runId(runId)
    , m_ctx(ctx)
    , m_thread(&SymbolWriter::run, this)
{}

SymbolWriter::~SymbolWriter()
{
    finish();
}

void SymbolWriter::submit(const QString& symbol, std::vector<PendingStep> steps, bool complete)
{
    if (steps.empty() && !complete) {
        return; // cancelled before its first step finished: nothing to store or report
    }
    {
        std::unique_lock lock(m_mutex);
        m_drained.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
        m_queue.push_back({symbol, std::move(steps), complete});
    }
    m_queued.notify_one();
}

void SymbolWriter::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_queued.notify_one();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void SymbolWriter::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_queued.wait(lock, [this] { return !m_queue.empty() || m_finishing; });
        if (m_queue.empty()) {
            return; // finishing, and everything is stored
        }
        // Everything that is waiting goes into one transaction.
        std::vector<Item> batch;
        while (!m_queue.empty()) {
            batch.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        lock.unlock();
        m_drained.notify_all();
        if (m_ctx.fault()) {
            // The store failed: nothing more is committed; these symbols stay pending for a resume.
            lock.lock();
            continue;
        }
        try {
            commitBatch(batch);
        } catch (const std::exception& e) {
            // What was not committed stays pending in the run record, for a resume.
            spdlog::error("run {}: storing {} symbol(s) failed: {}", m_runId, batch.size(), e.what());
        }
        lock.lock();
    }
}

void SymbolWriter::commitBatch(std::vector<Item>& batch)
{
    Result<void> stored;
    {
        Store::Transaction tx(m_db);
        if (!tx.isActive()) {
            stored = fail(tx.beginFailure());
        }
        for (size_t i = 0; stored && i < batch.size(); ++i) {
            const Item& item = batch[i];
            stored = applySteps(m_db, m_runId, item.symbol, item.steps, 0, item.steps.size());
        }
        if (stored) {
            PausePoint::beforeCommit(m_committed + static_cast<int>(batch.size()), m_ctx);
            stored = tx.commit();
        }
    } // an uncommitted transaction rolls back here
    if (!stored && stored.error().code == ErrorCode::Storage) {
        // The disk or the file failed, not a symbol: stop the run at once. The batch rolled back, so its
        // symbols stay pending for a resume.
        spdlog::error(
            "run {}: storing {} symbol(s) failed: {}", m_runId, batch.size(), stored.error().message);
        m_ctx.abort(stored.error());
        return;
    }
    if (stored) {
        for (const Item& item : batch) {
            for (const PendingStep& p : item.steps) {
                m_ctx.stepOutcome(p.step, p.status);
            }
            if (item.complete) {
                m_ctx.unitFinished(item.symbol, true);
            }
        }
        m_committed += static_cast<int>(batch.size());
        PausePoint::afterCommit(m_committed, m_ctx);
        return;
    }
    // Symbol by symbol: the others commit, the failing one is recorded at its failing step.
    for (Item& item : batch) {
        QString error;
        const bool ok = commitPending(m_db, m_runId, item.symbol, item.steps, m_ctx, error) < 0;
        if (item.complete || !ok) {
            m_ctx.unitFinished(item.symbol, ok);
        }
    }
}

} // namespace Tessera::Tasks
