#pragma once

#include <QList>

class QAction;
class QMenu;

namespace Tessera::Ui {

class MainWindow;

/**
 * File ▸ Export: "Stocks CSV", "30-day history CSV", "Technical indicators CSV", "All three" (runs of
 * the "export" task kind through MainWindow::startTask, so they queue behind a running job, show the
 * progress bar and end with a message naming the files) and "Open export folder" (the `export/folder`
 * setting, read on the window's read pool, created if missing, opened in the file manager).
 * Returns the actions that start a run, for the window to disable with its other writing actions.
 */
QList<QAction*> addExportMenu(QMenu* file, MainWindow* window);

} // namespace Tessera::Ui
