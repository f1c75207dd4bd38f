#pragma once

#include <cmath>

#include <QString>

#include "core/portfolio/PortfolioTypes.h"

class QMessageBox;
class QWidget;

namespace Tessera::Ui {

/** What a live order's confirmation shows. */
struct LiveOrderDetails
{
    QString broker;      ///< "kite", "fyers": filled in from the gateway's question when asked
    QString accountId;   ///< the broker's client id ("AB1234"), likewise
    QString accountName; ///< the portfolio account ("Kite AB1234")
    Portfolio::Order order;
    double estimatedCost = NAN; ///< cash needed (buy) or proceeds (sell), from the ticket's review
    QString currency = QStringLiteral("INR");
    QString description; ///< the gateway's one line ("buy 2 INFY.NS market (delivery)")
};

/**
 * The per-order confirmation of a live order: names the broker, the account, the side, quantity, symbol,
 * type and the estimated cost. Cancel is the default (Enter does not send money); "Send live order" must
 * be chosen. Object name "liveOrderConfirmation"; the dialog deletes itself when closed.
 */
QMessageBox* createLiveOrderConfirmation(const LiveOrderDetails& details, QWidget* parent);

/**
 * LiveOrderGateway's confirmer for the GUI: called on the worker thread that places the order, it opens
 * createLiveOrderConfirmation on parent's (GUI) thread and waits for the user's answer. No when the user
 * cancels or closes it, or when parent is gone. The GUI thread is never blocked.
 */
Portfolio::OrderConfirmer guiOrderConfirmer(QWidget* parent, const LiveOrderDetails& details);

} // namespace Tessera::Ui
