#pragma once

#include <cstdio>

#include "core/tasks/TaskContext.h"

namespace Tessera::Cli {

/**
 * Draws "[#####.....] 123/500  41.2/s  ETA 0:09  load RELIANCE.NS" on one terminal line, only when
 * stdout is a terminal (pipes and CI logs stay clean). Called from worker threads via TaskContext's
 * throttled callback; writes are serialised by stdio's own lock.
 */
class ProgressPrinter
{
public:
    ProgressPrinter();
    bool enabled() const { return m_enabled; }
    void print(const Tasks::TaskProgress& p);
    /** Clears the bar line before the summary is printed. */
    void finish();

private:
    bool m_enabled = false;
    bool m_drawn = false;
};

/** "1:02:03" / "4:05" for a number of seconds; "?" when negative. */
QString formatDuration(double seconds);

} // namespace Tessera::Cli
