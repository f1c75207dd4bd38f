#pragma once

#include <QTableView>

class QHeaderView;

namespace Tessera::Ui {

// A table whose first column stays in place while the others scroll sideways: the universe table's
// Symbol column, so a row keeps its name when the user reads the fetch columns far to the right.
// Built as Qt's "Frozen Column" example: a second view over the same model and selection model,
// showing only column 0, laid over the left edge of this one. Right-clicks, sorting and keyboard
// moves land on this view, so callers see one table.
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    void setSelectionModel(QItemSelectionModel* selectionModel) override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

    // The overlay, for tests and for styling that must match the table.
    QTableView* frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void updateGeometries() override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    void showOnlyFirstColumn();
    void keepFirstColumnFirst();
    void placeFrozenView();

    QTableView* m_frozen = nullptr;
};

} // namespace Tessera::Ui
