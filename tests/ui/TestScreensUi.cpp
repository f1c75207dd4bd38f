#include <cmath>
#include <limits>

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include "core/market/BarSeries.h"
#include "core/screens/FieldCatalog.h"
#include "core/store/BarRepository.h"
#include "core/store/PickRepository.h"
#include "core/store/ScreenRepository.h"
#include "ui/panels/PicksPanel.h"
#include "ui/panels/ScreensPanel.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using Test::must;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Screens::Pick pick(const QString& symbol, int rank, const QString& sector)
{
    Screens::Pick p;
    p.symbol = symbol;
    p.stockName = symbol + QStringLiteral(" Ltd");
    p.rank = rank;
    p.selectionScore = 1.0 - rank * 0.1;
    p.currentPrice = 100;
    p.sector = sector;
    p.mlPredictionScore = rank == 1 ? 0.8 : kNaN;
    p.mlValidated = false;
    p.mlPriceTarget = kNaN;
    p.mlConfidence = kNaN;
    p.mlRiskScore = kNaN;
    p.recommendation = QStringLiteral("BUY");
    p.reason = QStringLiteral("reason of ") + symbol;
    return p;
}

QStringList column(QTableWidget* t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r) {
        out << t->item(r, c)->text();
    }
    return out;
}

/** closes on consecutive weekdays ending 2025-03-07. */
BarSeries closes(const QString& ticker, int n, double start, double step)
{
    BarSeries s(ticker);
    QDate d(2025, 3, 7);
    std::vector<QDate> days;
    while (static_cast<int>(days.size()) < n) {
        if (d.dayOfWeek() <= 5) {
            days.insert(days.begin(), d);
        }
        d = d.addDays(-1);
    }
    for (int i = 0; i < n; ++i) {
        const double c = start + step * i;
        s.append(Bar{days[static_cast<size_t>(i)], c, c + 1, c - 1, c, kMissing, 50000});
    }
    return s;
}

} // namespace

/** The Picks and Screens views (issue 20). */
class TestScreensUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void picksShowChangesFiltersAndSearch()
    {
        QCOMPARE(Ui::changeMarker(3, 0), QStringLiteral("new"));
        QCOMPARE(Ui::changeMarker(2, 5), QStringLiteral("▲ 3"));
        QCOMPARE(Ui::changeMarker(4, 2), QStringLiteral("▼ 2"));
        QCOMPARE(Ui::changeMarker(1, 1), QStringLiteral("="));
        QCOMPARE(Ui::changeMarker(0, 4), QStringLiteral("dropped"));

        Test::TempDatabase t;
        Store::PickRepository repo(*t.db());
        const QString s = QStringLiteral("momentum");
        must(repo.store(s,
                        QDate(2025, 9, 29),
                        {pick(QStringLiteral("AAA"), 1, QStringLiteral("IT")),
                         pick(QStringLiteral("BBB"), 2, QStringLiteral("Banks")),
                         pick(QStringLiteral("CCC"), 3, QStringLiteral("IT"))}));
        must(repo.store(s,
                        QDate(2025, 9, 30),
                        {pick(QStringLiteral("CCC"), 1, QStringLiteral("IT")),
                         pick(QStringLiteral("AAA"), 2, QStringLiteral("IT")),
                         pick(QStringLiteral("DDD"), 3, QStringLiteral("Energy"))}));
        QThreadPool pool;
        Ui::PicksPanel panel(t.db(), &pool);
        QSignalSpy loaded(&panel, &Ui::PicksPanel::loaded);
        panel.show();
        QTRY_VERIFY(loaded.count() >= 1);
        // The default strategy (balanced) has nothing stored: the first read shows one that has.
        QCOMPARE(panel.shown().strategy, s);
        QCOMPARE(panel.shown().date, QDate(2025, 9, 30));
        QCOMPARE(panel.shown().previousDate, QDate(2025, 9, 29));
        QTableWidget* table = panel.table();
        // By rank, the dropped one last.
        QCOMPARE(
            column(table, 2),
            (QStringList{
                QStringLiteral("CCC"), QStringLiteral("AAA"), QStringLiteral("DDD"), QStringLiteral("BBB")}));
        QCOMPARE(column(table, 0),
                 (QStringList{QStringLiteral("▲ 2"),
                              QStringLiteral("▼ 1"),
                              QStringLiteral("new"),
                              QStringLiteral("dropped")}));
        QCOMPARE(table->item(0, 14)->text(), QStringLiteral("reason of CCC"));
        QCOMPARE(table->item(1, 10)->text().endsWith(QStringLiteral(" *")), false);
        // Sector filter and search.
        panel.sectorBox()->setCurrentIndex(panel.sectorBox()->findData(QStringLiteral("IT")));
        emit panel.sectorBox()->activated(panel.sectorBox()->currentIndex());
        QCOMPARE(column(table, 2), (QStringList{QStringLiteral("CCC"), QStringLiteral("AAA")}));
        panel.sectorBox()->setCurrentIndex(0);
        emit panel.sectorBox()->activated(0);
        panel.searchEdit()->setText(QStringLiteral("ddd"));
        QCOMPARE(column(table, 2), (QStringList{QStringLiteral("DDD")}));
        // Sorting by a column re-orders the rows.
        panel.searchEdit()->clear();
        table->sortByColumn(2, Qt::AscendingOrder);
        QCOMPARE(column(table, 2).first(), QStringLiteral("AAA"));
        // Double-click opens the symbol.
        QSignalSpy activated(&panel, &Ui::PicksPanel::symbolActivated);
        emit table->cellDoubleClicked(0, 2);
        QCOMPARE(activated.value(0).value(0).toString(), QStringLiteral("AAA"));
    }

    void editorRowsAndTextAgree()
    {
        const QList<QList<Ui::ConditionRow>> groups = {
            {{QStringLiteral("rsi_14"), QStringLiteral("<"), QStringLiteral("30")},
             {QStringLiteral("close"), QStringLiteral(">"), QStringLiteral("sma_200")}},
            {{QStringLiteral("sector"), QStringLiteral("in"), QStringLiteral("'IT', 'Banks'")}}};
        QCOMPARE(Ui::groupsText(groups),
                 QStringLiteral("(rsi_14 < 30 and close > sma_200) or sector in ('IT', 'Banks')"));
        auto e = Screens::parseExpression(Ui::groupsText(groups), Screens::FieldCatalog::instance());
        QVERIFY(e);
        const auto back = Ui::groupsOf(*e);
        QVERIFY(back.has_value());
        QCOMPARE(Ui::groupsText(*back), Ui::groupsText(groups));
        // not … is text-only.
        e = Screens::parseExpression(QStringLiteral("not rsi_14 < 30"), Screens::FieldCatalog::instance());
        QVERIFY(!Ui::groupsOf(*e).has_value());

        Test::TempDatabase t;
        QThreadPool pool;
        Ui::ScreensPanel panel(t.db(), &pool);
        QSignalSpy listed(&panel, &Ui::ScreensPanel::listLoaded);
        panel.show();
        QTRY_VERIFY(listed.count() >= 1);
        QCOMPARE(panel.screenBox()->count(), 4); // the strategies
        panel.setGroups(groups);
        QCOMPARE(panel.expressionEdit()->text(), Ui::groupsText(groups));
        QCOMPARE(panel.groups().size(), 2);
        QCOMPARE(panel.groups().at(0).at(1).field, QStringLiteral("close"));
        // Typing the text rebuilds the rows; a mistake shows its column.
        panel.expressionEdit()->setText(QStringLiteral("return_20d > 5 and volume >= 1m"));
        emit panel.expressionEdit()->editingFinished();
        QCOMPARE(panel.groups().size(), 1);
        QCOMPARE(panel.groups().at(0).size(), 2);
        QCOMPARE(panel.groups().at(0).at(1).value, QStringLiteral("1000000"));
        panel.expressionEdit()->setText(QStringLiteral("return_20d >"));
        emit panel.expressionEdit()->editingFinished();
        QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("column 13")),
                 qPrintable(panel.statusLabel()->text()));
    }

    void runsOnStoredDataAndSaves()
    {
        Test::TempDatabase t;
        Store::BarRepository bars(*t.db());
        must(bars.replaceAll(
            QStringLiteral("UP"), closes(QStringLiteral("UP"), 30, 100, 1), QStringLiteral("t")));
        must(bars.replaceAll(
            QStringLiteral("DOWN"), closes(QStringLiteral("DOWN"), 30, 100, -1), QStringLiteral("t")));
        must(bars.replaceAll(
            QStringLiteral("FLAT"), closes(QStringLiteral("FLAT"), 30, 100, 0.1), QStringLiteral("t")));
        QThreadPool pool;
        Ui::ScreensPanel panel(t.db(), &pool);
        QSignalSpy listed(&panel, &Ui::ScreensPanel::listLoaded);
        panel.show();
        QTRY_VERIFY(listed.count() >= 1);
        // A new screen: the first listed is the growth strategy, whose filters need fundamentals.
        panel.findChild<QPushButton*>(QStringLiteral("screenNewButton"))->click();
        panel.expressionEdit()->setText(QStringLiteral("return_20d > 1"));
        emit panel.expressionEdit()->editingFinished();
        panel.rankingEdit()->setText(QStringLiteral("return_20d"));
        QSignalSpy ran(&panel, &Ui::ScreensPanel::ran);
        panel.runScreen();
        QTRY_VERIFY(ran.count() >= 1);
        // UP +20 % over 20 bars, FLAT +2/101.9 ≈ +1.96 %; DOWN is negative.
        QCOMPARE(column(panel.resultsTable(), 1),
                 (QStringList{QStringLiteral("UP"), QStringLiteral("FLAT")}));
        QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("2 of 3 symbols passed")),
                 qPrintable(panel.statusLabel()->text()));
        // Save as a new screen: it joins the list.
        QSignalSpy saved(&panel, &Ui::ScreensPanel::saved);
        QTimer::singleShot(0, [] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                dialog->setTextValue(QStringLiteral("Risers"));
                dialog->accept();
            }
        });
        panel.save();
        QTRY_VERIFY(saved.count() >= 1);
        QTRY_COMPARE(panel.screenBox()->count(), 5);
        const auto stored = must(Store::ScreenRepository(*t.db()).find(QStringLiteral("risers")));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->expression, QStringLiteral("return_20d > 1"));
        QCOMPARE(stored->ranking, QStringLiteral("return_20d"));
        // Saving keeps the rows it was run with; showing another screen clears them.
        QCOMPARE(panel.resultsTable()->rowCount(), 2);
        panel.selectScreen(QStringLiteral("momentum"));
        QCOMPARE(panel.resultsTable()->rowCount(), 0);
    }

    void listReloadKeepsTheScreenChosenMeanwhile()
    {
        // A reload that started before the user picked a screen must not switch the editor back (the
        // results on show would then belong to another screen).
        Test::TempDatabase t;
        QThreadPool pool;
        Ui::ScreensPanel panel(t.db(), &pool);
        QSignalSpy listed(&panel, &Ui::ScreensPanel::listLoaded);
        panel.show();
        QTRY_VERIFY(listed.count() >= 1);
        QTRY_VERIFY(pool.waitForDone(5000));
        const auto before = listed.count();
        panel.refresh();
        panel.selectScreen(QStringLiteral("momentum"));
        QTRY_VERIFY(listed.count() > before);
        QCOMPARE(panel.screenBox()->currentText(), QStringLiteral("momentum (strategy)"));
        QVERIFY2(panel.expressionEdit()->text().contains(QStringLiteral("return_20d")),
                 qPrintable(panel.expressionEdit()->text()));
    }
};

QTEST_MAIN(TestScreensUi)
#include "TestScreensUi.moc"
