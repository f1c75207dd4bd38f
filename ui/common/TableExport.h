#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

class QAction;
class QTableView;

namespace Tessera::Ui {

/** What a table view shows, as it is exported: header texts and one list of cell texts per row. */
struct TableContents
{
    QStringList headers;
    QList<QStringList> rows;
};

/**
 * The rows of view as the user sees them: visible columns in their on-screen order (moved sections
 * follow the header, hidden ones are left out), rows in view order (the sort and filter of any proxy
 * model), headers by their display text.
 *
 * A cell is its display text unless the model holds the raw value under rawRole: a number there is
 * written in full (shortest round-trip form, "." decimal point), not rounded and grouped as displayed
 * ("1,234.57"), and a date or date-time in ISO form. Text under rawRole is ignored (it may be a sort
 * key), so text columns export what they show. The default rawRole, Qt::EditRole, is the display
 * value for most models; models with a dedicated raw role pass it (UniverseTableModel::SortRole).
 */
TableContents tableContents(const QTableView* view, int rawRole = Qt::EditRole);

/** Writes tableContents(view, rawRole) to path (atomically, RFC 4180); the number of rows written. */
[[nodiscard]] Result<qint64>
exportTableRows(const QTableView* view, const QString& path, int rawRole = Qt::EditRole);

/**
 * Gives view a context menu entry "Export rows to CSV…" (objectName "exportRowsAction"): it asks for
 * a file (suggested "<suggestedBaseName>_<today>.csv" in the folder used last) and writes the rows
 * there, reporting in the window's status bar or, on failure, in a message box.
 *
 * The menu is the view's action list (Qt::ActionsContextMenu), so a panel that wants more entries
 * adds its QActions to the view too; call this once per view. Writing runs on the GUI thread: a
 * view's rows are already in memory and a few thousand of them take milliseconds.
 */
QAction*
installExportContextMenu(QTableView* view, const QString& suggestedBaseName, int rawRole = Qt::EditRole);

} // namespace Tessera::Ui
