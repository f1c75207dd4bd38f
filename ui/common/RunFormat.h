#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

#include "core/tasks/RunTypes.h"

class QPalette;

namespace Tessera::Ui {

/**
 * How runs, durations and health read in the GUI: translated status names, a colour per status that
 * stays legible on light and dark palettes, and compact durations. Shared by the operations view, the
 * run details, the status view, the scheduler editor and the tray.
 */

/** "done", "done with failures", "cancelled", ... (translated). */
QString runStatusText(Tasks::RunStatus status);
/** The same for a stored status string ("done-with-failures"); empty stays empty. */
QString runStatusText(const QString& stored);
/** Green done, amber with failures / interrupted, grey cancelled, blue running, red failed. */
QColor runStatusColor(Tasks::RunStatus status, const QPalette& palette);

/** "done", "failed", "skipped", "pending" (translated). */
QString outcomeStatusText(Tasks::OutcomeStatus status);

/** Severity colours for health checks: ok green, warning amber, error red. */
QColor severityColor(int severity, const QPalette& palette);

/** "0.4 s", "12 s", "3 min 05 s", "2 h 10 min"; empty for negative (unknown). */
QString formatDuration(double seconds);

/** Local date and time for tables: "2025-06-30 21:00:04"; empty when invalid. */
QString formatDateTime(const QDateTime& dt);

/** "today 21:00", "tomorrow 02:15", "Sun 03:00" within a week, else the date; relative to now. */
QString formatWhen(const QDateTime& dt, const QDateTime& now = QDateTime::currentDateTime());

} // namespace Tessera::Ui
