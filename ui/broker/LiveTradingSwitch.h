#pragma once

#include <QObject>

#include "core/store/Database.h"

class QAction;
class QThreadPool;
class QWidget;

namespace Tessera::Ui {

/**
 * Brokers ▸ Live trading enabled: the GUI's control of the broker/liveTrading setting (off by default).
 * Turning it on asks first, with a warning whose default answer is Cancel; turning it off never asks.
 * The setting is read and written on the pool (no SQL on the GUI thread) and read again before the menu
 * shows, so a change made with tessera-cli is seen.
 */
class LiveTradingSwitch final : public QObject
{
    Q_OBJECT

public:
    LiveTradingSwitch(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent);

    QAction* action() const { return m_action; }
    /** Reads the setting again (shown when the answer arrives). */
    void refresh();

signals:
    /** The setting was written (on: live orders may go to a broker after their confirmation). */
    void changed(bool on);
    /** Reading or writing failed: the message says why. */
    void failed(const QString& message);

private:
    void toggled(bool on);
    void write(bool on);
    void show(bool on);

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    QWidget* m_parent = nullptr;
    QAction* m_action = nullptr;
    bool m_on = false;
};

} // namespace Tessera::Ui
