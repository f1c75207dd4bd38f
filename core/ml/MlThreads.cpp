#include "core/ml/MlThreads.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <string>

#include <QThread>

namespace Tessera::Ml {

int innerThreadsFor(int workers)
{
    const int cores = std::max(1, QThread::idealThreadCount());
    if (workers <= 0) {
        return 1;
    }
    return std::max(1, cores / workers);
}

int configureDlibThreads(int innerThreads)
{
    static std::mutex mutex;
    static int configured = -1;
    std::lock_guard lock(mutex);
    if (configured >= 0) {
        return configured;
    }
    if (const char* existing = std::getenv("DLIB_NUM_THREADS"); existing != nullptr && *existing != '\0') {
        configured = std::max(0, std::atoi(existing));
        return configured;
    }
    configured = innerThreads <= 1 ? 0 : innerThreads;
    // setenv before the first dlib call: dlib's default_thread_pool() reads it exactly once.
    ::setenv("DLIB_NUM_THREADS", std::to_string(configured).c_str(), 1);
    return configured;
}

} // namespace Tessera::Ml
