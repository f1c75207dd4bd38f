#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace Tessera::Ui {

/** Help ▸ User guide: the bundled README (":/guide/README.md") in a browser window; works offline. */
void showUserGuide(QWidget* parent);

/** Help ▸ Keyboard shortcuts: every action among actions (menus searched recursively) with a shortcut. */
void showKeyboardShortcuts(QWidget* parent, const QList<QAction*>& actions);

/** "Action\tShortcut" lines of actions with a shortcut, menu paths first ("File ▸ Quit"), sorted. */
QStringList shortcutLines(const QList<QAction*>& actions);

/**
 * What a bug report needs, as plain text: Tessera's version, Qt built with and running, SQLite, the
 * operating system, the platform plugin, the database path and the log folder.
 */
QString systemInformation(const QString& databasePath);

} // namespace Tessera::Ui
