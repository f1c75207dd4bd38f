#include "ui/broker/LiveOrderConfirmation.h"

#include <future>
#include <memory>

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include "core/broker/BrokerConnections.h"

namespace Tessera::Ui {

using namespace Tessera::Portfolio;

namespace {

QString sideWord(Side side)
{
    return side == Side::Buy ? QMessageBox::tr("Buy") : QMessageBox::tr("Sell");
}

QString typeWords(const Order& o)
{
    const auto price = [](std::optional<double> p) {
        return QLocale().toString(p.value_or(0), 'f', 2);
    };
    switch (o.type) {
    case OrderType::Market:
        return QMessageBox::tr("market");
    case OrderType::Limit:
        return QMessageBox::tr("limit at %1").arg(price(o.price));
    case OrderType::StopLoss:
        return QMessageBox::tr("stop-limit: trigger %1, limit %2").arg(price(o.triggerPrice), price(o.price));
    case OrderType::StopLossMarket:
        return QMessageBox::tr("stop-market: trigger %1").arg(price(o.triggerPrice));
    }
    return {};
}

} // namespace

QMessageBox* createLiveOrderConfirmation(const LiveOrderDetails& details, QWidget* parent)
{
    const QString broker = Broker::brokerDisplayName(details.broker);
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("liveOrderConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(QMessageBox::tr("Confirm live order: %1 %2").arg(broker, details.accountId));
    box->setTextFormat(Qt::RichText);
    const Order& o = details.order;
    // Rich text: the amount in bold, the note on where it comes from plain.
    const QString cost =
        std::isfinite(details.estimatedCost)
            ? QMessageBox::tr("<b>%1 %2</b> (from the stored prices; the broker's price decides)")
                  .arg(QLocale().toString(details.estimatedCost, 'f', 2), details.currency.toHtmlEscaped())
            : QMessageBox::tr("not known");
    box->setText(
        QMessageBox::tr("<b>Send this order to %1 account %2?</b><br>It is a real order with real money.")
            .arg(broker.toHtmlEscaped(), details.accountId.toHtmlEscaped()));
    box->setInformativeText(QMessageBox::tr("<table cellspacing='4'>"
                                            "<tr><td>Broker:</td><td><b>%1</b></td></tr>"
                                            "<tr><td>Account:</td><td><b>%2</b> (%3)</td></tr>"
                                            "<tr><td>Side:</td><td><b>%4</b></td></tr>"
                                            "<tr><td>Quantity:</td><td><b>%5</b></td></tr>"
                                            "<tr><td>Symbol:</td><td><b>%6</b></td></tr>"
                                            "<tr><td>Type:</td><td><b>%7</b>, %8</td></tr>"
                                            "<tr><td>%9:</td><td>%10</td></tr>"
                                            "</table>")
                                .arg(broker.toHtmlEscaped(),
                                     details.accountId.toHtmlEscaped(),
                                     details.accountName.toHtmlEscaped(),
                                     sideWord(o.side),
                                     QLocale().toString(o.quantity, 'f', 0),
                                     o.symbol.toHtmlEscaped(),
                                     typeWords(o).toHtmlEscaped(),
                                     o.product == Product::Delivery ? QMessageBox::tr("delivery (CNC)")
                                                                    : QMessageBox::tr("intraday (MIS)"))
                                .arg(o.side == Side::Buy ? QMessageBox::tr("Estimated cost")
                                                         : QMessageBox::tr("Estimated proceeds"),
                                     cost));
    QPushButton* send = box->addButton(QMessageBox::tr("Send live order"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendLiveOrderButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

Portfolio::OrderConfirmer guiOrderConfirmer(QWidget* parent, const LiveOrderDetails& details)
{
    QPointer<QWidget> guard(parent);
    return [guard, details](const QString& broker, const QString& accountId, const QString& description) {
        // The answer travels in a promise: when the dialog goes without an answer (or never opens because
        // the parent went), the promise is destroyed unset and the wait below ends as a "no".
        auto answer = std::make_shared<std::promise<bool>>();
        std::future<bool> decided = answer->get_future();
        LiveOrderDetails asked = details;
        asked.broker = broker;
        asked.accountId = accountId;
        asked.description = description;
        QWidget* context = guard.data();
        if (!context) {
            return false;
        }
        // This thread keeps only the future: the promise lives in the queued call, then in the dialog.
        QMetaObject::invokeMethod(
            context,
            [guard, asked, answer = std::move(answer)] {
                if (!guard) {
                    return;
                }
                QMessageBox* box = createLiveOrderConfirmation(asked, guard);
                QObject::connect(box, &QMessageBox::buttonClicked, box, [box, answer](QAbstractButton* b) {
                    try {
                        answer->set_value(box->buttonRole(b) == QMessageBox::AcceptRole);
                    } catch (const std::future_error&) {
                        // answered already: the first click counts
                    }
                });
                box->open();
            },
            Qt::QueuedConnection);
        try {
            return decided.get();
        } catch (const std::future_error&) {
            return false; // closed unanswered, or the ticket went away
        }
    };
}

} // namespace Tessera::Ui
