#include "ui/common/UiSettings.h"

#include <algorithm>

#include <QSettings>

namespace Tessera::Ui::Settings {
namespace {

const QString DatabasePathKey = QStringLiteral("database/path");
const QString LogLevelKey = QStringLiteral("log/level");
const QString DefaultLogLevel = QStringLiteral("info");
const QString MaxWorkersKey = QStringLiteral("tasks/maxWorkers");
const QString CloseToTrayKey = QStringLiteral("tray/closeToTray");
const QString ChartOverlaysKey = QStringLiteral("chart/overlays");
const QString ChartIndicatorPaneKey = QStringLiteral("chart/indicatorPane");
constexpr int MaxWorkersLimit = 256; // as tessera-cli --max-workers

} // namespace

QString databasePath()
{
    return QSettings().value(DatabasePathKey).toString();
}

void setDatabasePath(const QString& path)
{
    QSettings settings;
    if (path.trimmed().isEmpty()) {
        settings.remove(DatabasePathKey);
    } else {
        settings.setValue(DatabasePathKey, path.trimmed());
    }
}

QString logLevel()
{
    const QString level = QSettings().value(LogLevelKey, DefaultLogLevel).toString();
    return logLevels().contains(level) ? level : DefaultLogLevel;
}

void setLogLevel(const QString& level)
{
    QSettings().setValue(LogLevelKey, level);
}

QStringList logLevels()
{
    return {QStringLiteral("trace"),
            QStringLiteral("debug"),
            QStringLiteral("info"),
            QStringLiteral("warn"),
            QStringLiteral("error"),
            QStringLiteral("off")};
}

int maxWorkers()
{
    const int workers = QSettings().value(MaxWorkersKey, 0).toInt();
    return workers >= 0 && workers <= MaxWorkersLimit ? workers : 0;
}

void setMaxWorkers(int workers)
{
    QSettings settings;
    if (workers <= 0) {
        settings.remove(MaxWorkersKey);
    } else {
        settings.setValue(MaxWorkersKey, std::min(workers, MaxWorkersLimit));
    }
}

bool closeToTray()
{
    return QSettings().value(CloseToTrayKey, true).toBool();
}

void setCloseToTray(bool on)
{
    QSettings().setValue(CloseToTrayKey, on);
}

QStringList chartOverlays()
{
    return QSettings().value(ChartOverlaysKey).toStringList();
}

void setChartOverlays(const QStringList& keys)
{
    QSettings().setValue(ChartOverlaysKey, keys);
}

QString chartIndicatorPane()
{
    return QSettings().value(ChartIndicatorPaneKey, QStringLiteral("none")).toString();
}

void setChartIndicatorPane(const QString& key)
{
    QSettings().setValue(ChartIndicatorPaneKey, key);
}

} // namespace Tessera::Ui::Settings
