#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

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

/**
 * "chart/studies": the candle chart's studies as a study list (ChartStudies.h: "sma:50,rsi:14@#7e57c2").
 * Without it: the default template, else the studies of the old "chart/overlays" and
 * "chart/indicatorPane" keys (ma5 → sma:5, bollinger → bb, …), else none.
 */
QString chartStudies();
void setChartStudies(const QString& studyList);

/** "chart/defaultTemplate": the study list a new chart and "Load default" get; empty = none. */
QString chartDefaultTemplate();
void setChartDefaultTemplate(const QString& studyList);

/** "chartTemplates/<name>": named study lists (name → list), saved from the Indicators dialog. */
QMap<QString, QString> chartTemplates();
void setChartTemplate(const QString& name, const QString& studyList);
void removeChartTemplate(const QString& name);

/** "chart/timeframe", "chart/type", "chart/scale": keys of Timeframe, ChartType and PriceScale. */
QString chartTimeframe();
void setChartTimeframe(const QString& key);
QString chartType();
void setChartType(const QString& key);
QString chartScale();
void setChartScale(const QString& key);

/** "chart/paneHeights": the chart panes' heights by pane key ("price", "volume", a study key); empty =
 * defaults. */
QVariantMap chartPaneHeights();
void setChartPaneHeights(const QVariantMap& heights);

/** The chart grid (the Chart tab's 1, 2 or 4 charts): how many, linked or not, and the other charts' own
 * symbols and timeframe keys (charts 2..4; the first chart follows the table and keeps "chart/timeframe"). */
struct ChartGridState
{
    int count = 1;
    bool linked = true;
    QStringList symbols;    ///< [i] is chart i + 2's ticker (empty: none chosen)
    QStringList timeframes; ///< [i] is chart i + 2's timeframe key ("daily", "60m", …)
};

/** "chart/grid/count", "chart/grid/linked", "chart/grid/symbols", "chart/grid/timeframes". */
ChartGridState chartGrid();
void setChartGrid(const ChartGridState& state);

} // namespace Tessera::Ui::Settings
