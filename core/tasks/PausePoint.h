#pragma once

namespace Tessera::Tasks {

class TaskContext;

/**
 * Deterministic kill points for the crash tests. A test cannot kill a run "in the middle" reliably by
 * racing it (the run may finish first, or be killed before it wrote anything); instead it starts the
 * run with one of these environment variables and kills it with SIGKILL once the run says it paused:
 *
 *   TESSERA_TEST_PAUSE_AFTER_SYMBOLS=K  the run's writer stops for good right after the commit that
 *                                       brought the run to K committed symbols;
 *   TESSERA_TEST_PAUSE_IN_COMMIT=K      the writer stops inside the transaction that would bring the
 *                                       run to K symbols, after its rows were written and before
 *                                       COMMIT (a kill there must lose exactly that batch).
 *
 * When pausing, the process prints one line to stderr, "tessera: paused at <point> (K symbols)", and
 * then waits until the run is cancelled (Ctrl-C, SIGTERM: the cancel tests) or the process is killed.
 * Without the variables (every normal run) these calls only compare a number. Values are read once per
 * process.
 */
class PausePoint
{
public:
    /** After a commit: committed = the run's symbols committed so far. */
    static void afterCommit(int committed, const TaskContext& ctx);
    /** Before a COMMIT that would bring the run to committed symbols. */
    static void beforeCommit(int committed, const TaskContext& ctx);
};

} // namespace Tessera::Tasks
