#pragma once

#include <functional>
#include <memory>

#include "app/cli/Command.h"
#include "core/store/WriteLock.h"
#include "core/tasks/TaskRunner.h"

namespace Tessera::Cli {

/**
 * Takes the database's write lock for a writing command and marks runs left "running" by a dead
 * process as interrupted (safe only while holding the lock). Prints the error and returns nullptr
 * when another process holds the lock.
 */
std::unique_ptr<Store::WriteLock> acquireWriteLock(CliContext& ctx, const Store::Database& db);

/**
 * Runs one task (start, resume or retry) the way every task command does: Ctrl-C/SIGTERM cancel it,
 * the estimate is printed at start, a progress bar with rate and ETA is drawn when stdout is a
 * terminal, and a summary with the failed symbols and reasons is printed at the end (or JSON).
 * Returns the SPEC §1 exit code: 0 done, 1 some symbols failed, 2 could not start, 3 interrupted.
 * printResult = false leaves the summary to the caller (a command whose JSON is one document of its own).
 */
int runTask(CliContext& ctx,
            const std::function<Result<Tasks::RunResult>(Tasks::TaskContext&)>& run,
            bool printResult = true);

/**
 * Runs work that is not a recorded run (a backtest) with a task context as runTask does: a progress bar
 * when stdout is a terminal, Ctrl-C/SIGTERM cancel it (work sees ctx.isCanceled()).
 */
void runInterruptible(const std::function<void(Tasks::TaskContext&)>& work);

/** The summary lines / JSON of a finished run. */
void printRunResult(CliContext& ctx, const Tasks::RunResult& r);

/** Exit code for a finished run. */
int exitCodeOf(const Tasks::RunResult& r);

} // namespace Tessera::Cli
