#pragma once

#include <QList>

#include "core/tasks/Schedule.h"

namespace Tessera::Tasks {

/**
 * The default schedule of SPEC §8, one ScheduleEntry per line, each with a stable defaultKey.
 * Scheduler::ensureDefaults() creates an entry once its task kind is registered (so an issue that adds
 * a kind gets its default entry by adding one line here) and never again after that, even if the user
 * deletes it. Times are local wall-clock times of the scheduler's zone.
 */
const QList<ScheduleEntry>& defaultSchedule();

} // namespace Tessera::Tasks
