#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::Ui::Settings {

/**
 * Application settings read by both the GUI entry point (app/gui_main.cpp) and the settings dialog,
 * stored in QSettings (organisation "Tessera", application "tessera"). Keys are declared here, next
 * to their only two users; UI-only state (geometry, splitters) stays in the widget that owns it.
 */

/** "database/path": the database file the GUI opens when --db is absent; empty = the default path. */
QString databasePath();
void setDatabasePath(const QString& path);

/** "log/level": trace, debug, info, warn, error or off; default info. */
QString logLevel();
void setLogLevel(const QString& level);

/** The log levels the settings dialog offers, most verbose first. */
QStringList logLevels();

/** "tasks/maxWorkers": worker threads of a task run (RunOptions::maxWorkers); 0 = one per core. */
int maxWorkers();
void setMaxWorkers(int workers);

/** "tray/closeToTray": closing the window keeps Tessera running in the tray (when there is one); default on.
 */
bool closeToTray();
void setCloseToTray(bool on);

/** "chart/overlays": the candle chart's price overlays that are on, by key (ChartStudies.h); default none. */
QStringList chartOverlays();
void setChartOverlays(const QStringList& keys);

/** "chart/indicatorPane": the indicator pane under the candle chart, by key (ChartStudies.h); default "none".
 */
QString chartIndicatorPane();
void setChartIndicatorPane(const QString& key);

} // namespace Tessera::Ui::Settings
