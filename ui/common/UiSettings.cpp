#include "ui/common/UiSettings.h"

#include <QSettings>

namespace Tessera::Ui::Settings {
namespace {

const QString DatabasePathKey = QStringLiteral("database/path");
const QString LogLevelKey = QStringLiteral("log/level");
const QString DefaultLogLevel = QStringLiteral("info");

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

} // namespace Tessera::Ui::Settings
