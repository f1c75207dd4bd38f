#include "ui/broker/LiveTradingSwitch.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QThreadPool>
#include <QtConcurrent>

#include "core/broker/LiveTrading.h"
#include "core/store/SettingsRepository.h"

namespace Tessera::Ui {

LiveTradingSwitch::LiveTradingSwitch(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_pool(pool)
    , m_parent(parent)
{
    m_action = new QAction(tr("&Live trading enabled"), this);
    m_action->setObjectName(QStringLiteral("liveTradingAction"));
    m_action->setCheckable(true);
    m_action->setStatusTip(tr("Let orders for a connected Kite or Fyers account go to the broker (each still "
                              "asks for its own confirmation). Off: only the paper account trades."));
    connect(m_action, &QAction::toggled, this, &LiveTradingSwitch::toggled);
    refresh();
}

void LiveTradingSwitch::show(bool on)
{
    m_on = on;
    const QSignalBlocker quiet(m_action); // showing the stored state is no user's toggle
    m_action->setChecked(on);
    m_action->setEnabled(true);
}

void LiveTradingSwitch::refresh()
{
    QPointer<LiveTradingSwitch> self(this);
    QtConcurrent::run(m_pool, [db = m_db] {
        return Broker::liveTradingEnabled(*db);
    }).then(this, [self](Result<bool> on) {
        if (!self) {
            return;
        }
        if (!on) {
            self->show(self->m_on);
            emit self->failed(on.error().message);
            return;
        }
        self->show(*on);
    });
}

void LiveTradingSwitch::toggled(bool on)
{
    if (!on) {
        write(false); // taking risk off never asks
        return;
    }
    QMessageBox box(QMessageBox::Warning,
                    tr("Turn on live trading?"),
                    tr("<b>Orders for a connected broker account will go to the broker, with real "
                       "money.</b>"),
                    QMessageBox::NoButton,
                    m_parent);
    box.setObjectName(QStringLiteral("liveTradingWarning"));
    box.setTextFormat(Qt::RichText);
    box.setInformativeText(
        tr("Each live order still shows a confirmation naming the broker, the account, the order and its "
           "estimated cost before anything is sent. The paper account is unaffected. Turn live trading off "
           "here at any time; open orders at the broker stay open until you cancel them."));
    QPushButton* turnOn = box.addButton(tr("Turn on live trading"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != turnOn) {
        show(false);
        return;
    }
    write(true);
}

void LiveTradingSwitch::write(bool on)
{
    m_action->setEnabled(false);
    QPointer<LiveTradingSwitch> self(this);
    QtConcurrent::run(m_pool, [db = m_db, on] {
        return Store::SettingsRepository(*db).setValue(Broker::kLiveTradingSetting,
                                                       on ? QStringLiteral("on") : QStringLiteral("off"));
    }).then(this, [self, on](Result<void> written) {
        if (!self) {
            return;
        }
        if (!written) {
            self->show(!on);
            emit self->failed(written.error().message);
            return;
        }
        self->show(on);
        emit self->changed(on);
    });
}

} // namespace Tessera::Ui
