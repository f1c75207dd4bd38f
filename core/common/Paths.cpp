#include "core/common/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace Tessera::Paths {

QString appDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::home().filePath(QStringLiteral(".local/share/tessera"));
    }
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabasePath()
{
    return QDir(appDataDir()).filePath(QStringLiteral("tessera.sqlite"));
}

QString defaultLogDir()
{
    return QDir(appDataDir()).filePath(QStringLiteral("logs"));
}

QString sanitizeForFileName(const QString& ticker)
{
    QString out;
    out.reserve(ticker.size());
    for (const QChar c : ticker) {
        const bool safe = c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_';
        out.append(safe && c.unicode() < 128 ? c : QChar(u'_'));
    }
    // A stem made only of dots ("." or "..") would name a folder: neutralise it.
    if (out.isEmpty() || out.count(u'.') == out.size()) {
        out.replace(u'.', u'_');
        out.prepend(u'_');
    }
    return out;
}

} // namespace Tessera::Paths
