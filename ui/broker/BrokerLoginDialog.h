#pragma once

#include <memory>

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Tessera::Broker {
class RedirectListener;
class BrokerConnections;
class SecretStore;
} // namespace Tessera::Broker

namespace Tessera::Ui {

/**
 * Brokers ▸ Connect: log in to Zerodha Kite or Fyers. The API key and the (masked) secret go to the system
 * keychain; "Log in" opens the broker's login page in the browser and waits on the 127.0.0.1 redirect
 * listener, then exchanges the token on a worker thread. Shows whether each broker is connected, the
 * redirect URL to register with the broker, and the live-trading switch's state.
 */
class BrokerLoginDialog final : public QDialog
{
    Q_OBJECT

public:
    /** liveTradingOn: the database setting, read by the caller (the dialog runs no SQL). */
    BrokerLoginDialog(bool liveTradingOn, QWidget* parent = nullptr);
    ~BrokerLoginDialog() override;

private:
    QString broker() const;
    void updateRedirect();
    void refreshStatus();
    void logIn();
    void logOut();
    void received(const QString& state);
    void setBusy(bool busy, const QString& message);

    std::unique_ptr<Broker::SecretStore> m_secrets;
    std::unique_ptr<Broker::BrokerConnections> m_connections;
    QComboBox* m_broker = nullptr;
    QLineEdit* m_apiKey = nullptr;
    QLineEdit* m_secret = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_redirect = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_login = nullptr;
    QPushButton* m_logout = nullptr;
    QPointer<Broker::RedirectListener> m_listener;
    QTimer* m_timeout = nullptr;
};

} // namespace Tessera::Ui
