// The universe table's frozen Symbol column: the overlay shows column 0 only, stays at the left edge
// while the table scrolls sideways, follows vertical scrolling, shares the selection and the sort,
// and keeps column 0 first when the user drags columns.
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QtTest>

#include "ui/common/FrozenColumnTableView.h"

using Tessera::Ui::FrozenColumnTableView;

namespace {

// 200 rows × 12 columns; row r's symbol is "SYM<r>" with r zero-padded so sorting by text is by r.
QStandardItemModel* makeModel(QObject* parent)
{
    auto* model = new QStandardItemModel(200, 12, parent);
    for (int row = 0; row < 200; ++row) {
        model->setItem(row, 0, new QStandardItem(QStringLiteral("SYM%1").arg(row, 3, 10, QLatin1Char('0'))));
        for (int column = 1; column < 12; ++column) {
            model->setItem(row, column, new QStandardItem(QStringLiteral("r%1c%2").arg(row).arg(column)));
        }
    }
    return model;
}

} // namespace

class TestFrozenColumnTableView : public QObject
{
    Q_OBJECT

private slots:
    void overlayShowsOnlyTheFirstColumnAtTheLeftEdge()
    {
        FrozenColumnTableView view;
        view.setModel(makeModel(&view));
        view.resize(400, 300);
        view.setColumnWidth(0, 90);
        view.verticalHeader()->hide(); // as in the universe table
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QTableView* frozen = view.frozenView();
        QVERIFY(frozen->isVisible());
        QVERIFY(!frozen->isColumnHidden(0));
        for (int column = 1; column < 12; ++column) {
            QVERIFY2(frozen->isColumnHidden(column), qPrintable(QString::number(column)));
        }
        QCOMPARE(frozen->columnWidth(0), 90);
        QCOMPARE(frozen->width(), 90);
        QCOMPARE(frozen->x(), view.frameWidth()); // no row numbers in front of it

        // Scrolled all the way right: the overlay has not moved, and column 0 of the table itself
        // slid out of view under it.
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);
        QCOMPARE(frozen->x(), view.frameWidth());
        QVERIFY(view.columnViewportPosition(0) < 0);

        // Resizing the column from the table resizes the overlay.
        view.setColumnWidth(0, 120);
        QCOMPARE(frozen->columnWidth(0), 120);
        QCOMPARE(frozen->width(), 120);
    }

    void verticalScrollSelectionAndSortAreShared()
    {
        FrozenColumnTableView view;
        view.setModel(makeModel(&view));
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSortingEnabled(true);
        view.sortByColumn(0, Qt::AscendingOrder);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView* frozen = view.frozenView();

        view.verticalScrollBar()->setValue(50);
        QCOMPARE(frozen->verticalScrollBar()->value(), 50);
        QCOMPARE(frozen->rowAt(0), view.rowAt(0));

        // A click on the overlay selects the row in the table's selection model.
        const QModelIndex target = view.model()->index(view.rowAt(0) + 2, 0);
        QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(target).center());
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view.selectionModel()->selectedRows().first().row(), target.row());

        // Scrolling to a row from code (search, keyboard) keeps the sideways position.
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
        const int sideways = view.horizontalScrollBar()->value();
        view.scrollTo(view.model()->index(190, 0));
        QCOMPARE(view.horizontalScrollBar()->value(), sideways);
        QVERIFY(view.rowAt(0) > 150);
        QCOMPARE(frozen->rowAt(0), view.rowAt(0));

        // A click on the frozen header sorts, descending on the second click, as the table's own.
        QHeaderView* frozenHeader = frozen->horizontalHeader();
        const QPoint headerCentre(frozenHeader->sectionViewportPosition(0) + 10, frozenHeader->height() / 2);
        QTest::mouseClick(frozenHeader->viewport(), Qt::LeftButton, {}, headerCentre);
        QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("SYM199"));
        QCOMPARE(frozenHeader->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void firstColumnStaysFirstWhenColumnsAreDragged()
    {
        FrozenColumnTableView view;
        view.setModel(makeModel(&view));
        view.horizontalHeader()->setSectionsMovable(true);
        view.horizontalHeader()->moveSection(0, 5);
        QCOMPARE(view.horizontalHeader()->visualIndex(0), 0);
        view.horizontalHeader()->moveSection(3, 0); // another column dragged in front of it
        QCOMPARE(view.horizontalHeader()->visualIndex(0), 0);
        // The other columns keep the order the user gave them.
        QCOMPARE(view.horizontalHeader()->logicalIndex(1), 3);
    }
};

QTEST_MAIN(TestFrozenColumnTableView)
#include "TestFrozenColumnTableView.moc"
