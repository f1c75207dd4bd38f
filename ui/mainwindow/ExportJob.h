#pragma once

#include <QJsonObject>

#include "core/store/Database.h"
#include "core/tasks/TaskRunner.h"
#include "ui/mainwindow/JobRunner.h"

namespace Tessera::Ui::Jobs {

/**
 * A run of the "export" task kind (Tasks::exportTaskKind) as a GUI job. Before the run it fixes the
 * folder and the as-of date in the parameters (when the caller left them to the setting and today),
 * so the run record shows where the files went and the summary can name exactly the files written:
 * its first line is "Wrote stocks_….csv, … into FOLDER", followed by the run's counts. Exports change
 * no data the window shows (dataChanged = false).
 */
JobFunction runExport(Store::DatabasePtr db, QJsonObject params, Tasks::RunOptions options);

} // namespace Tessera::Ui::Jobs
