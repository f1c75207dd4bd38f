#pragma once

// GUI tests only (header-only, like Shots.h: the support library itself links no widgets).

#include "ui/mainwindow/MainWindow.h"

namespace Tessera::Test {

/**
 * A main window for a test: no saved state, no message boxes, no first-run dialog, no scheduler clock,
 * no tray, maxWorkers task workers. What most GUI tests start their window with.
 */
inline Ui::MainWindow::Options quietWindowOptions(int maxWorkers = 1)
{
    Ui::MainWindow::Options options;
    options.persistState = false;
    options.quiet = true;
    options.offerFirstRun = false;
    options.startScheduler = false;
    options.tray = Ui::MainWindow::Options::Tray::Off;
    options.maxWorkers = maxWorkers;
    return options;
}

} // namespace Tessera::Test
