#include "core/tasks/PausePoint.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "core/tasks/TaskContext.h"

namespace Tessera::Tasks {
namespace {

/** The environment variable's value as a positive count, or 0 when unset or not a number. */
int threshold(const char* name)
{
    const char* value = std::getenv(name);
    if (!value) {
        return 0;
    }
    char* end = nullptr;
    const long n = std::strtol(value, &end, 10);
    return end != value && *end == '\0' && n > 0 && n < 1000000000 ? static_cast<int>(n) : 0;
}

void pauseUntilCancelled(const char* point, int committed, const TaskContext& ctx)
{
    std::fprintf(stderr, "tessera: paused at %s (%d symbols)\n", point, committed);
    std::fflush(stderr);
    while (!ctx.isCanceled()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

} // namespace

void PausePoint::afterCommit(int committed, const TaskContext& ctx)
{
    static const int after = threshold("TESSERA_TEST_PAUSE_AFTER_SYMBOLS");
    static std::atomic<bool> paused{false}; // once per process
    if (after > 0 && committed >= after && !paused.exchange(true)) {
        pauseUntilCancelled("after-commit", committed, ctx);
    }
}

void PausePoint::beforeCommit(int committed, const TaskContext& ctx)
{
    static const int inCommit = threshold("TESSERA_TEST_PAUSE_IN_COMMIT");
    static std::atomic<bool> paused{false};
    if (inCommit > 0 && committed >= inCommit && !paused.exchange(true)) {
        pauseUntilCancelled("in-commit", committed, ctx);
    }
}

} // namespace Tessera::Tasks
