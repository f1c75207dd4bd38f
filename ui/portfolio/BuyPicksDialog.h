#pragma once

#include <QDialog>
#include <QList>

#include "core/screens/Picks.h"
#include "core/store/Database.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QThreadPool;

namespace Tessera::Ui {

/**
 * "Buy top N" from the Picks view (issue 19): the paper account buys the top picks it does not hold, up
 * to N positions, sized by a rule (equal weight of the cash, a fixed amount, or risk-based using the
 * pick's stop), each with the pick's target and stop as simulated OCO exits. Runs on the pool; the same
 * picks bought twice place nothing twice (client ids from the pick's day and symbol).
 */
class BuyPicksDialog : public QDialog
{
    Q_OBJECT

public:
    BuyPicksDialog(Store::DatabasePtr db,
                   QThreadPool* pool,
                   QList<Screens::Pick> picks,
                   QWidget* parent = nullptr);

signals:
    void placed();

private:
    void buy();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool;
    QList<Screens::Pick> m_picks;
    QSpinBox* m_top = nullptr;
    QComboBox* m_rule = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QDoubleSpinBox* m_risk = nullptr;
    QCheckBox* m_bracket = nullptr;
    QCheckBox* m_onlyBuy = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_buy = nullptr;
};

} // namespace Tessera::Ui
