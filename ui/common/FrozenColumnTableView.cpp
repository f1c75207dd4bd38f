#include "FrozenColumnTableView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace Tessera::Ui {

FrozenColumnTableView::FrozenColumnTableView(QWidget* parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumnView"));
    // Focus, keyboard moves and the row menu stay with this view; a right-click on the overlay is
    // handed to it (Qt::NoContextMenu defers to the parent widget).
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setContextMenuPolicy(Qt::NoContextMenu);
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    viewport()->stackUnder(m_frozen);
    // Per-pixel sideways scrolling: the columns slide under the frozen one instead of jumping.
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, size);
            placeFrozenView();
        }
    });
    // The user may resize the Symbol column from either header.
    connect(
        m_frozen->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
            if (logical == 0 && columnWidth(0) != size) {
                setColumnWidth(0, size);
            }
        });
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        m_frozen->setRowHeight(logical, size);
    });
    connect(m_frozen->verticalScrollBar(),
            &QAbstractSlider::valueChanged,
            verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(),
            &QAbstractSlider::valueChanged,
            m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // A click on the frozen header sorts like a click on this one.
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        if (!isSortingEnabled()) {
            return;
        }
        const QHeaderView* header = horizontalHeader();
        const bool flip =
            header->sortIndicatorSection() == logical && header->sortIndicatorOrder() == Qt::AscendingOrder;
        sortByColumn(logical, flip ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    // The header's menu (choose columns) opens from the frozen part of the header too.
    m_frozen->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_frozen->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
            QHeaderView* header = horizontalHeader();
            if (header->contextMenuPolicy() == Qt::CustomContextMenu) {
                const QPoint global = m_frozen->horizontalHeader()->viewport()->mapToGlobal(pos);
                emit header->customContextMenuRequested(header->viewport()->mapFromGlobal(global));
            }
        });
    connect(
        horizontalHeader(), &QHeaderView::sectionMoved, this, &FrozenColumnTableView::keepFirstColumnFirst);
}

void FrozenColumnTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTableView::showOnlyFirstColumn);
        connect(
            model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTableView::showOnlyFirstColumn);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenColumnTableView::showOnlyFirstColumn);
    }
    showOnlyFirstColumn();
}

void FrozenColumnTableView::setSelectionModel(QItemSelectionModel* selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    // QTableView::setModel calls this (virtually) before the frozen view has the new model; setModel
    // hands the selection over once it has, so sharing now would only make Qt warn and refuse.
    if (selectionModel && m_frozen->model() == selectionModel->model()) {
        m_frozen->setSelectionModel(selectionModel);
    }
}

void FrozenColumnTableView::showOnlyFirstColumn()
{
    const QAbstractItemModel* source = model();
    const int columns = source ? source->columnCount() : 0;
    for (int column = 1; column < columns; ++column) {
        m_frozen->setColumnHidden(column, true);
    }
    if (columns > 0) {
        m_frozen->setColumnWidth(0, columnWidth(0));
    }
    placeFrozenView();
}

void FrozenColumnTableView::keepFirstColumnFirst()
{
    QHeaderView* header = horizontalHeader();
    if (header->count() > 0 && header->visualIndex(0) != 0) {
        header->moveSection(header->visualIndex(0), 0);
    }
}

void FrozenColumnTableView::placeFrozenView()
{
    const QHeaderView* rows = verticalHeader();
    const int left = frameWidth() + (rows->isHidden() ? 0 : rows->width());
    m_frozen->setGeometry(left,
                          frameWidth(),
                          columnWidth(0),
                          viewport()->height()
                              + (horizontalHeader()->isHidden() ? 0 : horizontalHeader()->height()));
    m_frozen->setVisible(model() && model()->columnCount() > 0 && !isColumnHidden(0));
}

void FrozenColumnTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    placeFrozenView();
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    // Settings the caller made on this view after construction apply to the overlay as well.
    if (m_frozen->verticalHeader()->defaultSectionSize() != verticalHeader()->defaultSectionSize()) {
        m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    }
    if (m_frozen->alternatingRowColors() != alternatingRowColors()) {
        m_frozen->setAlternatingRowColors(alternatingRowColors());
    }
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setTextElideMode(textElideMode());
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    // Rows dragged from the Symbol column (onto a watchlist) leave as from the table itself.
    m_frozen->setDragEnabled(dragEnabled());
    m_frozen->setDragDropMode(dragDropMode());
    m_frozen->horizontalHeader()->setSortIndicatorShown(isSortingEnabled());
    if (horizontalHeader()->count() > 0 && horizontalHeader()->visualIndex(0) != 0) {
        // A restored header state may have moved it; move it back once the header has settled.
        QMetaObject::invokeMethod(this, &FrozenColumnTableView::keepFirstColumnFirst, Qt::QueuedConnection);
    }
    placeFrozenView();
}

QModelIndex FrozenColumnTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left must not leave the current cell hidden under the frozen column.
    if (cursorAction == MoveLeft && current.column() > 0
        && visualRect(current).left() < m_frozen->columnWidth(0)) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + visualRect(current).left()
                                        - m_frozen->columnWidth(0));
    }
    return current;
}

void FrozenColumnTableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    // The frozen column is always in view: scroll to its row without losing the sideways position.
    const int sideways = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    if (index.column() == 0) {
        horizontalScrollBar()->setValue(sideways);
    }
}

} // namespace Tessera::Ui
