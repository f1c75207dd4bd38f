#pragma once

#include <QDialog>

#include "core/portfolio/PortfolioTypes.h"
#include "core/store/Database.h"
#include "ui/broker/LiveOrderConfirmation.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QThreadPool;

namespace Tessera::Ui {

/**
 * The order ticket (issue 19): account, symbol, side, quantity or amount, type, product, price, trigger,
 * bracket target and stop. "Review" estimates the cost and charges on the pool and shows them as the
 * confirmation; "Place" records the order (paper: the simulator; broker: its gateway) on the pool and
 * says how it went. Nothing is placed without the review. For a broker account the order is live: while
 * the broker/liveTrading setting is off, Place stays disabled and says how to turn it on; when it is on,
 * each order asks its own confirmation (LiveOrderConfirmation, Cancel by default) before it is sent.
 */
class OrderTicketDialog : public QDialog
{
    Q_OBJECT

public:
    OrderTicketDialog(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent = nullptr);

    void setSymbol(const QString& ticker);
    void setSide(Portfolio::Side side);
    void setLimitPrice(double price);
    void setBracket(double target, double stop);
    /** Chooses the account named name (once the accounts are read). */
    void setAccount(const QString& name);
    /** Whether the accounts were read (accountsLoaded came). */
    bool hasAccounts() const;
    QPushButton* placeButton() const { return m_place; }
    /** What the live order's confirmation shows for the reviewed order (a broker account's review). */
    LiveOrderDetails liveOrderDetails() const { return m_live; }
    /** The order as the form describes it (quantity 0 when it is an amount: resolved on review). */
    Portfolio::Order order() const;
    QLabel* confirmation() const { return m_confirmation; }
    /** Runs the review now (screenshots, tests). */
    void review();

signals:
    /** An order was recorded (placed or rejected). */
    void placed(const QString& account, const QString& clientOrderId);
    void reviewed();
    void accountsLoaded();
    /** Placing ended with nothing recorded, or with the broker's answer unknown: message says which. */
    void notPlaced(const QString& message);

private:
    void loadAccounts();
    void updateFields();
    void place();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    QComboBox* m_account = nullptr;
    QLineEdit* m_symbol = nullptr;
    QComboBox* m_side = nullptr;
    QRadioButton* m_byQuantity = nullptr;
    QRadioButton* m_byAmount = nullptr;
    QDoubleSpinBox* m_quantity = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_product = nullptr;
    QDoubleSpinBox* m_price = nullptr;
    QDoubleSpinBox* m_trigger = nullptr;
    QCheckBox* m_bracket = nullptr;
    QDoubleSpinBox* m_target = nullptr;
    QDoubleSpinBox* m_stop = nullptr;
    QLabel* m_confirmation = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_place = nullptr;
    Portfolio::Order m_reviewed; ///< what the confirmation shows; placing places exactly this
    bool m_hasReview = false;
    QString m_pendingAccount;   ///< setAccount() before the accounts arrived
    bool m_liveAccount = false; ///< the reviewed order's account is a broker's
    LiveOrderDetails m_live;
};

} // namespace Tessera::Ui
