#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

#include "core/broker/BrokerConnections.h"
#include "core/broker/KiteClient.h"
#include "core/broker/LiveGateways.h"
#include "core/broker/LiveTrading.h"
#include "core/portfolio/Portfolio.h"
#include "core/store/BarRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SymbolRepository.h"
#include "ui/broker/LiveTradingSwitch.h"
#include "ui/portfolio/OrderTicketDialog.h"

#include "tests/support/FakeBrokerLogin.h"
#include "tests/support/FakeKiteServer.h"
#include "tests/support/TestSupport.h"

using namespace Tessera;
using namespace Tessera::Portfolio;
using Test::must;

namespace {

const QString kSecret = QStringLiteral("ticket-kite-secret-31");
const QString kAccount = QStringLiteral("Kite AB1234");

/** The open live-order confirmation under parent, once it shows. */
QMessageBox* confirmationOf(QWidget* parent)
{
    for (auto* box : parent->findChildren<QMessageBox*>(QStringLiteral("liveOrderConfirmation"))) {
        if (box->isVisible()) {
            return box;
        }
    }
    return nullptr;
}

} // namespace

/**
 * The order ticket on a Kite account, driven offscreen against the fake Kite server: with live trading
 * off the Place button says how to turn it on; with it on, each order opens the confirmation naming the
 * broker, account, side, quantity, symbol, type and estimated cost (Cancel by default): declined, nothing
 * reaches Kite or the journal; accepted, the order is at Kite and in the journal. And Brokers ▸ Live
 * trading enabled asks before it turns the switch on.
 */
class TestLiveOrderTicket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        const Store::Database& db = *m_db.db();
        must(Store::SymbolRepository(db).upsert(Symbol{QStringLiteral("INFY.NS"),
                                                       QStringLiteral("Infosys"),
                                                       QStringLiteral("NSE"),
                                                       QStringLiteral("INR"),
                                                       {},
                                                       {},
                                                       {},
                                                       {}}));
        BarSeries s(QStringLiteral("INFY.NS"));
        for (int i = 0; i < 30; ++i) {
            const double p = 1400 + i;
            s.append(Bar{QDate(2024, 1, 1).addDays(i), p, p + 5, p - 5, p + 1, p + 1, 1e6});
        }
        must(Store::BarRepository(db).replaceAll(QStringLiteral("INFY.NS"), s, QStringLiteral("test")));

        m_fake = std::make_unique<Test::FakeKiteServer>(kSecret);
        Broker::ClientOptions options;
        options.baseUrl = QUrl(m_fake->baseUrl());
        options.maxRetries = 1;
        Broker::KiteClient client({QString::fromLatin1(Test::FakeKiteServer::kApiKey), kSecret}, options);
        const Broker::Session session =
            Test::loginThroughBrowser(client, [this](const QUrl& url) { m_fake->setRedirectUrl(url); });
        Broker::BrokerConnections connections(*m_secrets, options);
        must(connections.saveCredentials(QStringLiteral("kite"), client.credentials()));
        must(connections.saveSession(QStringLiteral("kite"), session));
        auto secrets = m_secrets;
        Broker::registerLiveGateways(options, [secrets] { return secrets; });
        m_account = must(ingestSnapshot(db, must(client.sync()))).account;
        QCOMPARE(m_account.name, kAccount);
    }

    void cleanupTestCase() { Broker::unregisterLiveGateways(); }

    void liveOffPlaceSaysHowToTurnItOn()
    {
        QThreadPool pool;
        Ui::OrderTicketDialog ticket(m_db.db(), &pool);
        reviewTwoInfy(ticket);
        QVERIFY(!ticket.placeButton()->isEnabled());
        QCOMPARE(ticket.placeButton()->text(), QStringLiteral("Live trading is off"));
        QVERIFY2(ticket.placeButton()->toolTip().contains(QStringLiteral("Brokers ▸ Live trading enabled")),
                 qPrintable(ticket.placeButton()->toolTip()));
        QVERIFY2(ticket.confirmation()->text().contains(QStringLiteral("settings set broker/liveTrading on")),
                 qPrintable(ticket.confirmation()->text()));
    }

    void declinedSendsNothingAcceptedIsPlacedAndJournalled()
    {
        const Store::Database& db = *m_db.db();
        must(Store::SettingsRepository(db).setValue(Broker::kLiveTradingSetting, QStringLiteral("on")));
        QThreadPool pool;
        Ui::OrderTicketDialog ticket(m_db.db(), &pool);
        reviewTwoInfy(ticket);
        QVERIFY(ticket.placeButton()->isEnabled());
        QCOMPARE(ticket.placeButton()->text(), QStringLiteral("Place live order…"));
        const qsizetype atKite = m_fake->orders().size();
        const qsizetype recorded = must(loadState(db, m_account)).orders().size();
        QSignalSpy notPlaced(&ticket, &Ui::OrderTicketDialog::notPlaced);
        QSignalSpy placed(&ticket, &Ui::OrderTicketDialog::placed);

        // Declined: the confirmation names everything, Cancel is its default; nothing is sent or recorded.
        ticket.placeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(confirmationOf(&ticket) != nullptr, 10000);
        QMessageBox* box = confirmationOf(&ticket);
        const QString shown = box->windowTitle() + box->text() + box->informativeText();
        for (const QString& part : {QStringLiteral("Kite"),
                                    QStringLiteral("AB1234"),
                                    kAccount,
                                    QStringLiteral("<b>Buy</b>"),
                                    QStringLiteral("<b>2</b>"),
                                    QStringLiteral("INFY.NS"),
                                    QStringLiteral("<b>market</b>"),
                                    QStringLiteral("Estimated cost")}) {
            QVERIFY2(shown.contains(part), qPrintable(part + QStringLiteral(" not in ") + shown));
        }
        QCOMPARE(box->standardButton(box->defaultButton()), QMessageBox::Cancel);
        QCOMPARE(box->standardButton(box->escapeButton()), QMessageBox::Cancel);
        box->button(QMessageBox::Cancel)->click();
        QTRY_COMPARE_WITH_TIMEOUT(notPlaced.count(), 1, 10000);
        QVERIFY2(notPlaced.at(0).at(0).toString().contains(
                     QStringLiteral("not confirmed for Kite account AB1234")),
                 qPrintable(notPlaced.at(0).at(0).toString()));
        QCOMPARE(placed.count(), 0);
        QCOMPARE(m_fake->orders().size(), atKite);
        QCOMPARE(must(loadState(db, m_account)).orders().size(), recorded);

        // Accepted: the order is at Kite (tagged with its client id) and in the journal, as Kite has it.
        QVERIFY(ticket.placeButton()->isEnabled()); // the same review may be placed after a "no"
        ticket.placeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(confirmationOf(&ticket) != nullptr, 10000);
        confirmationOf(&ticket)->findChild<QPushButton*>(QStringLiteral("sendLiveOrderButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(placed.count(), 1, 15000);
        QCOMPARE(placed.at(0).at(0).toString(), kAccount);
        const QString id = placed.at(0).at(1).toString();
        QCOMPARE(m_fake->orders().size(), atKite + 1);
        QCOMPARE(m_fake->orders().last().toObject().value(QStringLiteral("tag")).toString(), id);
        const Order kept = must(loadState(db, m_account)).orders().value(id);
        QCOMPARE(kept.status, OrderStatus::Filled);
        QCOMPARE(kept.quantity, 2.0);
        QVERIFY(!kept.brokerOrderId.isEmpty());
        QVERIFY2(ticket.confirmation()->text().contains(kept.brokerOrderId),
                 qPrintable(ticket.confirmation()->text()));
    }

    void switchAsksBeforeTurningOn()
    {
        const Store::Database& db = *m_db.db();
        must(Store::SettingsRepository(db).setValue(Broker::kLiveTradingSetting, QStringLiteral("off")));
        QThreadPool pool;
        QWidget window;
        Ui::LiveTradingSwitch liveSwitch(m_db.db(), &pool, &window);
        QSignalSpy changed(&liveSwitch, &Ui::LiveTradingSwitch::changed);
        QAction* action = liveSwitch.action();
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled() && !action->isChecked(), 10000);

        // Declined: nothing written, the action stays off.
        bool defaultWasCancel = false;
        answerWarning(QMessageBox::RejectRole, &defaultWasCancel);
        action->trigger();
        QVERIFY(defaultWasCancel);
        QVERIFY(!action->isChecked());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(must(Broker::liveTradingEnabled(db)), false);

        // Confirmed: written on the pool.
        answerWarning(QMessageBox::AcceptRole, nullptr);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(action->isChecked());
        QCOMPARE(must(Broker::liveTradingEnabled(db)), true);

        // Turning it off never asks.
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
        QCOMPARE(must(Broker::liveTradingEnabled(db)), false);
    }

private:
    /** Symbol INFY.NS, quantity 2, the Kite account; reviewed. */
    void reviewTwoInfy(Ui::OrderTicketDialog& ticket)
    {
        QSignalSpy reviewed(&ticket, &Ui::OrderTicketDialog::reviewed);
        ticket.setSymbol(QStringLiteral("INFY.NS"));
        ticket.setAccount(kAccount);
        ticket.findChild<QDoubleSpinBox*>(QStringLiteral("ticketQuantitySpinBox"))->setValue(2);
        ticket.show();
        QTRY_VERIFY_WITH_TIMEOUT(ticket.hasAccounts(), 10000);
        ticket.review();
        QTRY_VERIFY_WITH_TIMEOUT(reviewed.count() == 1, 10000);
        QVERIFY2(ticket.confirmation()->text().contains(QStringLiteral("Kite AB1234")),
                 qPrintable(ticket.confirmation()->text()));
    }

    /** Answers the next "Turn on live trading?" warning (it runs modally) with the button of role. */
    static void answerWarning(QMessageBox::ButtonRole role, bool* defaultWasCancel)
    {
        QTimer::singleShot(0, [role, defaultWasCancel] {
            QMessageBox* box = nullptr;
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("liveTradingWarning") && w->isVisible()) {
                    box = qobject_cast<QMessageBox*>(w);
                }
            }
            if (!box) {
                answerWarning(role, defaultWasCancel); // not shown yet: look again
                return;
            }
            if (defaultWasCancel) {
                *defaultWasCancel = box->standardButton(box->defaultButton()) == QMessageBox::Cancel;
            }
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == role) {
                    b->click();
                    return;
                }
            }
        });
    }

    Test::TempDatabase m_db;
    std::shared_ptr<Broker::MemorySecretStore> m_secrets = std::make_shared<Broker::MemorySecretStore>();
    std::unique_ptr<Test::FakeKiteServer> m_fake;
    Account m_account;
};

QTEST_MAIN(TestLiveOrderTicket)
#include "TestLiveOrderTicket.moc"
