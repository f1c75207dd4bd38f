#pragma once

namespace Tessera::Ml {

/**
 * Library threads one training worker may use so that workers × inner threads ≤ cores (ARCHITECTURE:
 * the pool of symbol workers is the parallelism; libraries only fill cores the workers leave idle).
 * At least 1. `workers` ≤ 0 means one worker per core.
 */
int innerThreadsFor(int workers);

/**
 * Sizes dlib's process-wide thread pool before its first use. dlib reads DLIB_NUM_THREADS once, when
 * default_thread_pool() is first called, and the random-forest trainer always runs through that pool.
 * With one inner thread the pool gets 0 threads, which makes dlib build the trees on the calling
 * worker itself: a 1-thread pool would instead funnel every worker's trees through one shared thread.
 * The first call decides for the life of the process (a user's own DLIB_NUM_THREADS wins); later
 * calls return the size in effect. Thread-safe.
 */
int configureDlibThreads(int innerThreads);

} // namespace Tessera::Ml
