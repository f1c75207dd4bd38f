#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>

#include "core/portfolio/PaperEngine.h"
#include "core/portfolio/Portfolio.h"
#include "core/store/BarRepository.h"
#include "core/store/SymbolRepository.h"
#include "ui/portfolio/OrderTicketDialog.h"
#include "ui/portfolio/PortfolioView.h"

#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Portfolio;
using Test::must;

/** The portfolio view and the order ticket on a small stored database (offscreen). */
class TestPortfolioUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        const Store::Database& db = *m_db.db();
        must(Store::SymbolRepository(db).upsert(Symbol{QStringLiteral("TEST.NS"),
                                                       QStringLiteral("Test"),
                                                       QStringLiteral("NSE"),
                                                       QStringLiteral("INR"),
                                                       {},
                                                       {},
                                                       {},
                                                       {}}));
        BarSeries s(QStringLiteral("TEST.NS"));
        for (int i = 0; i < 30; ++i) {
            const double p = 100 + i;
            s.append(Bar{QDate(2024, 1, 1).addDays(i), p, p + 1, p - 1, p + 0.5, p + 0.5, 1e6});
        }
        must(Store::BarRepository(db).replaceAll(QStringLiteral("TEST.NS"), s, QStringLiteral("test")));
        const Account a = must(createSimulatedAccount(
            db, QStringLiteral("R"), AccountKind::Replay, QStringLiteral("INR"), 100000, QDate(2024, 1, 10)));
        auto engine = must(PaperEngine::open(db, a));
        Order o;
        o.symbol = QStringLiteral("TEST.NS");
        o.quantity = 10;
        must(engine->place(o));
        must(engine->advanceTo(QDate(2024, 1, 20)));
    }

    void viewShowsHoldingsOrdersAndTheCurve()
    {
        QThreadPool pool;
        Ui::PortfolioView view(m_db.db(), &pool);
        view.show();
        view.showAccount(QStringLiteral("R"));
        // The read's continuation may run before a wait would start: poll what is shown instead.
        QTRY_VERIFY_WITH_TIMEOUT(view.shown().account.name == QLatin1String("R"), 10000);
        QCOMPARE(view.shown().account.name, QStringLiteral("R"));
        QCOMPARE(view.holdingsTable()->rowCount(), 1);
        QCOMPARE(view.holdingsTable()->item(0, 0)->text(), QStringLiteral("TEST.NS"));
        QCOMPARE(view.ordersTable()->rowCount(), 1);
        // Bought at day 11's open (110, plus 1 bp) and marked at day 20's close (119.5).
        const auto* series = qobject_cast<QLineSeries*>(view.equityChart()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), view.shown().curve.size());
        QVERIFY(view.shown().curve.size() >= 10);
        QVERIFY(view.shown().unrealised > 80 && view.shown().unrealised < 95);
    }

    void ticketReviewsBeforePlacing()
    {
        QThreadPool pool;
        Ui::OrderTicketDialog ticket(m_db.db(), &pool);
        QSignalSpy reviewed(&ticket, &Ui::OrderTicketDialog::reviewed);
        ticket.setSymbol(QStringLiteral("TEST"));
        ticket.show();
        ticket.review();
        QTRY_VERIFY_WITH_TIMEOUT(reviewed.count() == 1, 10000);
        QVERIFY2(ticket.confirmation()->text().contains(QStringLiteral("TEST.NS")),
                 qPrintable(ticket.confirmation()->text()));
        QVERIFY(ticket.confirmation()->text().contains(QStringLiteral("Cash needed")));
        ticket.setSymbol(QStringLiteral("NOPE"));
        ticket.review();
        QTRY_VERIFY_WITH_TIMEOUT(reviewed.count() == 2, 10000);
        QVERIFY(ticket.confirmation()->text().contains(QStringLiteral("unknown symbol 'NOPE'")));
    }

private:
    Test::TempDatabase m_db;
};

QTEST_MAIN(TestPortfolioUi)
#include "TestPortfolioUi.moc"
