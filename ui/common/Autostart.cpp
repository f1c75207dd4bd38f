#include "ui/common/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Tessera::Ui::Autostart {
namespace {

const QString EntryName = QStringLiteral("io.github.tessera.Tessera.desktop");
const QString TemplateResource = QStringLiteral(":/autostart/tessera-autostart.desktop");

/** An Exec argument quoted per the Desktop Entry spec when it needs it. */
QString quoteExec(const QString& arg)
{
    static const QString special = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needs = false;
    for (QChar c : arg) {
        needs = needs || special.contains(c);
    }
    if (!needs) {
        return arg;
    }
    QString quoted = arg;
    quoted.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'`', QStringLiteral("\\`"))
        .replace(u'$', QStringLiteral("\\$"));
    return u'"' + quoted + u'"';
}

} // namespace

QString entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/") + EntryName);
}

bool isEnabled()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    return !text.contains(QStringLiteral("\nHidden=true"))
           && !text.contains(QStringLiteral("X-GNOME-Autostart-enabled=false"));
}

QString entryText(const QString& executable)
{
    QString text;
    QFile file(TemplateResource);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        text = QString::fromUtf8(file.readAll());
    } else {
        // The embedded template is always there in a real build; this keeps the entry valid regardless.
        text = QStringLiteral("[Desktop Entry]\nType=Application\nName=Tessera\nExec=tessera --tray\n"
                              "Icon=io.github.tessera.Tessera\nTerminal=false\n");
    }
    // Installed builds run "tessera" from PATH; a build run from elsewhere is started by its own path.
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("tessera"));
    const bool useName =
        executable.isEmpty()
        || (!inPath.isEmpty()
            && QFileInfo(inPath).canonicalFilePath() == QFileInfo(executable).canonicalFilePath());
    const QString program =
        useName ? QStringLiteral("tessera") : quoteExec(QFileInfo(executable).absoluteFilePath());
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        if (line.startsWith(QStringLiteral("Exec="))) {
            line = QStringLiteral("Exec=%1 --tray").arg(program);
        }
    }
    return lines.join(u'\n');
}

Result<void> setEnabled(bool on)
{
    const QString path = entryPath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            return fail(Error::io(QStringLiteral("cannot remove %1").arg(QDir::toNativeSeparators(path))));
        }
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(Error::io(QStringLiteral("cannot create the folder %1")
                                  .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return fail(Error::io(
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    }
    file.write(entryText(QCoreApplication::applicationFilePath()).toUtf8());
    if (!file.commit()) {
        return fail(Error::io(
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    }
    return {};
}

} // namespace Tessera::Ui::Autostart
