#pragma once

#include <any>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <QJsonObject>
#include <QStringList>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/tasks/TaskContext.h"

namespace Tessera::Tasks {

/**
 * One symbol's journey through the steps of a run. Steps hand data to later steps of the same
 * symbol through `data` (e.g. the bars the load step just stored), but must also work when it is
 * empty: on resume a symbol may start at a later step, so a step reloads its input from the store.
 */
struct SymbolWork
{
    QString symbol;
    std::map<QString, std::any> data;
    /**
     * Commits the writes of this symbol's earlier steps that are still pending (see
     * TaskStep::mayRunBeforeEarlierWritesCommit). A step that reads what they store calls it first;
     * an error means one of them failed (the runner records it at that step).
     */
    std::function<Result<void>()> flushWrites = [] {
        return Result<void>{};
    };
};

/** A step's result for one symbol: the write that stores it, run inside the symbol's transaction. */
using StepWrite = std::function<Result<void>(const Store::Database&)>;

/**
 * A named step of a task. process() runs on a pool thread outside any transaction (fetching,
 * computing), checks ctx.isCanceled() in long loops, and returns the write that stores its result;
 * the runner runs that write and the outcome record in one transaction. A step that has nothing to
 * do for a symbol returns `skip()` (recorded as skipped, e.g. "up to date").
 * Implementations must be thread-safe: process() is called concurrently for different symbols.
 */
class TaskStep
{
public:
    virtual ~TaskStep() = default;
    virtual QString name() const = 0;
    [[nodiscard]] virtual Result<StepWrite> process(SymbolWork& work, TaskContext& ctx) = 0;

    /**
     * true: process() may run while the writes of this symbol's earlier steps are still pending, so
     * they commit together with this step's write in one transaction per symbol (SPEC §2) instead of
     * one per step. Such a step works from `data` and calls work.flushWrites() before it reads from
     * the store anything an earlier step of this run writes. false (default): the runner commits the
     * earlier steps' writes before process().
     */
    virtual bool mayRunBeforeEarlierWritesCommit() const { return false; }

    /** Sentinel error a step returns to record the symbol as skipped with a reason. */
    static tl::unexpected<Error> skip(const QString& reason);
    static bool isSkip(const Error& e);
    /** The reason of a skip, or the message of any other error. */
    static QString skipReason(const Error& e);
};

/** What a task kind builds for a run: the symbols, the steps, and what to do once all are through. */
struct TaskPlan
{
    QStringList symbols;
    std::vector<std::unique_ptr<TaskStep>> steps;
    QStringList notes; ///< planning notes for the user (files skipped, ...)
    /**
     * Runs after the last symbol unless the run was cancelled (e.g. store the loaded universe), in one
     * transaction; what it appends to notes goes into the run's summary ("69 exchange holidays inferred").
     */
    std::function<Result<void>(const Store::Database&, const QStringList& doneSymbols, QStringList& notes)>
        finish;
    /**
     * Optional pooled work over every done symbol that runs after the last symbol and before finish(),
     * outside any transaction (so the writer is free meanwhile): e.g. the cross-sectional models, which
     * need all symbols at once. It checks ctx.isCanceled() and may report progress through ctx
     * (beginStep/unitFinished); an error fails the run and finish() is not called, a cancel cancels it.
     */
    std::function<Result<void>(TaskContext& ctx, const QStringList& doneSymbols, QStringList& notes)> compute;
    /**
     * Runs after finish() has committed (not after a cancel) and returns notes for the run's summary that
     * depend on what the run stored ("3 symbols loaded are not in any universe: ..."). Read-only.
     */
    std::function<QStringList(const Store::Database&, const QStringList& doneSymbols)> report;
};

/**
 * A kind of task ("load", later "pipeline", "train", ...). build() turns stored parameters into a
 * plan; the same parameters rebuild the same plan on resume and retry, restricted to `only` symbols.
 * Register kinds once at start-up (registerBuiltinTaskKinds); adding a kind is one register call.
 */
struct TaskKind
{
    QString id;    ///< stable id stored with runs: "load"
    QString title; ///< "Load / update data"
    std::function<Result<TaskPlan>(
        const Store::DatabasePtr& db, const QJsonObject& params, const QStringList& only)>
        build;
};

/**
 * The registry of task kinds (process-wide, filled at start-up, read-only afterwards; a kind added
 * twice replaces the first, so tests can register scripted kinds). Pointers stay valid.
 */
class TaskRegistry
{
public:
    static void add(TaskKind kind);
    static const TaskKind* find(const QString& id);
    static QList<const TaskKind*> all();
};

/** Registers the kinds core provides (now: load). Idempotent; find() and all() call it. */
void registerBuiltinTaskKinds();

} // namespace Tessera::Tasks
