#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;

namespace Tessera::Ui {

class WatchlistStore;

/**
 * The Watchlists dock (issue 17): pick a list, see its symbols in the user's order, and walk them with
 * the arrow keys — each row that becomes current switches the chart (symbolActivated). Symbols dragged
 * from the universe table (or a tickers text) onto the list are added to it; Delete removes the
 * selected ones. Buttons: new, rename, delete, import and export a tickers file, and "Show in table",
 * which makes the list the universe table's filter. Edits go through the shared WatchlistStore.
 * GUI thread only.
 */
class WatchlistsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WatchlistsPanel(WatchlistStore* store, QWidget* parent = nullptr);

    QListWidget* membersList() const { return m_members; }
    QComboBox* listCombo() const { return m_lists; }

    /** Asks for a name and creates the list (the row menu's "New list…" uses it too); returns the name. */
    static QString askNewListName(QWidget* parent, const QString& suggestion = {});

public slots:
    /** Makes ticker the current row when it is on the shown list (keeps the chart and the list in step). */
    void setCurrentTicker(const QString& ticker);

signals:
    /** A row became current (click or arrow keys): show this symbol's chart. */
    void symbolActivated(const QString& ticker);
    /** "Show in table": filter the universe table to this list. */
    void showInTableRequested(const QString& name);
    /** Something for the status bar (an edit done or failed). */
    void message(const QString& text);

private:
    void rebuildLists();
    void rebuildMembers();
    void newList();
    void renameList();
    void deleteList();
    void importList();
    void exportList();
    void removeSelected();

    WatchlistStore* m_store;
    QComboBox* m_lists = nullptr;
    QListWidget* m_members = nullptr;
    QLabel* m_hint = nullptr;
    QList<QToolButton*> m_listButtons; ///< enabled only when a list is shown
    bool m_rebuilding = false;
};

} // namespace Tessera::Ui
