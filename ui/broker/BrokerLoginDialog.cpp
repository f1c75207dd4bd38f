#include "ui/broker/BrokerLoginDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/broker/BrokerConnections.h"
#include "core/broker/RedirectListener.h"
#include "core/common/Paths.h"

namespace Tessera::Ui {

using namespace Broker;

namespace {

constexpr int kLoginTimeoutMs = 300 * 1000;

/** Runs work on the pool and hands its result to done on the GUI thread (while the dialog lives). */
template <typename T>
void runThen(QObject* context, std::function<T()> work, std::function<void(const T&)> done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

BrokerLoginDialog::BrokerLoginDialog(bool liveTradingOn, QWidget* parent)
    : QDialog(parent)
    , m_secrets(systemSecretStore())
{
    setWindowTitle(tr("Connect a broker"));
    ClientOptions options;
    options.instrumentCacheDir = QDir(Paths::appDataDir()).filePath(QStringLiteral("brokers"));
    m_connections = std::make_unique<BrokerConnections>(*m_secrets, options);

    m_broker = new QComboBox(this);
    m_broker->addItem(tr("Zerodha Kite"), QStringLiteral("kite"));
    m_broker->addItem(tr("Fyers"), QStringLiteral("fyers"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setPlaceholderText(tr("Kite api_key or Fyers app_id (empty: the stored one)"));
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("API secret (kept in the system keychain only)"));
    m_port = new QSpinBox(this);
    m_port->setRange(1024, 65535);
    m_port->setValue(kDefaultRedirectPort);
    m_redirect = new QLineEdit(this);
    m_redirect->setReadOnly(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);

    auto* form = new QFormLayout;
    form->addRow(tr("Broker:"), m_broker);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(tr("API secret:"), m_secret);
    form->addRow(tr("Redirect port:"), m_port);
    form->addRow(tr("Redirect URL to register:"), m_redirect);

    auto* live =
        new QLabel(liveTradingOn ? tr("Live trading is ON: orders to a connected account still ask for a "
                                      "confirmation naming the broker and account.")
                                 : tr("Live trading is off (the default): orders go to the paper account. "
                                      "Turn it on with Brokers ▸ Live trading enabled (or: tessera-cli "
                                      "settings set broker/liveTrading on)."),
                   this);
    live->setWordWrap(true);

    m_login = new QPushButton(tr("Log in…"), this);
    m_login->setDefault(true);
    m_logout = new QPushButton(tr("Log out"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_login, QDialogButtonBox::ActionRole);
    buttons->addButton(m_logout, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Log in opens the broker's login page in your browser; the broker sends the browser "
                      "back to Tessera on this computer. Keys, secrets and the day's access token are kept "
                      "in the system keychain, never in Tessera's files."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(live);
    layout->addWidget(buttons);
    setMinimumWidth(620);

    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_listener) {
            m_listener->deleteLater();
        }
        setBusy(false,
                tr("No login answer from the browser within %1 s: check that the app's redirect URL is %2.")
                    .arg(kLoginTimeoutMs / 1000)
                    .arg(m_redirect->text()));
    });
    connect(m_broker, &QComboBox::currentIndexChanged, this, [this] {
        updateRedirect();
        refreshStatus();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &BrokerLoginDialog::updateRedirect);
    connect(m_login, &QPushButton::clicked, this, &BrokerLoginDialog::logIn);
    connect(m_logout, &QPushButton::clicked, this, &BrokerLoginDialog::logOut);
    updateRedirect();
    refreshStatus();
}

BrokerLoginDialog::~BrokerLoginDialog() = default;

QString BrokerLoginDialog::broker() const
{
    return m_broker->currentData().toString();
}

void BrokerLoginDialog::updateRedirect()
{
    m_redirect->setText(
        RedirectListener::redirectUrlFor(static_cast<quint16>(m_port->value()), redirectPath(broker()))
            .toString());
}

void BrokerLoginDialog::setBusy(bool busy, const QString& message)
{
    m_login->setEnabled(!busy);
    m_logout->setEnabled(!busy);
    m_broker->setEnabled(!busy);
    m_status->setText(message);
}

void BrokerLoginDialog::refreshStatus()
{
    const QString name = broker();
    m_status->setText(tr("Reading the keychain…"));
    BrokerConnections* connections = m_connections.get();
    runThen<Result<BrokerStatus>>(
        this,
        [connections, name] { return connections->status(name); },
        [this, name](const Result<BrokerStatus>& st) {
            if (name != broker()) {
                return;
            }
            if (!st) {
                m_status->setText(st.error().message);
            } else if (!st->hasCredentials) {
                m_status->setText(tr("%1: not set up. Enter the API key and secret of your %1 app.")
                                      .arg(brokerDisplayName(name)));
            } else if (!st->session) {
                m_status->setText(tr("%1: API key stored, not logged in.").arg(brokerDisplayName(name)));
            } else if (st->expired) {
                m_status->setText(tr("%1: the session of %2 expired: log in again.")
                                      .arg(brokerDisplayName(name), st->session->accountId));
            } else {
                m_status->setText(
                    tr("%1: logged in as %2 (%3) until %4.")
                        .arg(brokerDisplayName(name),
                             st->session->accountId,
                             st->session->accountName,
                             QLocale().toString(st->expiresAt.toLocalTime(), QLocale::ShortFormat)));
            }
        });
}

void BrokerLoginDialog::logIn()
{
    const QString name = broker();
    const Credentials typed{m_apiKey->text().trimmed(), m_secret->text()};
    m_secret->clear(); // not kept in the widget once handed over
    setBusy(true, tr("Preparing the login…"));
    BrokerConnections* connections = m_connections.get();
    // Keychain work on the pool: it may wait for the keychain to unlock.
    runThen<Result<Credentials>>(
        this,
        [connections, name, typed]() -> Result<Credentials> {
            if (!typed.apiKey.isEmpty() || !typed.apiSecret.isEmpty()) {
                if (auto saved = connections->saveCredentials(name, typed); !saved) {
                    return fail(saved.error());
                }
            }
            return connections->credentials(name);
        },
        [this, name](const Result<Credentials>& creds) {
            if (!creds) {
                setBusy(false, creds.error().message);
                return;
            }
            auto client = m_connections->newClient(name, *creds);
            const QString state = RedirectListener::newState();
            auto* listener = new RedirectListener(redirectPath(name), state, brokerDisplayName(name), this);
            if (auto ok = listener->listen(static_cast<quint16>(m_port->value())); !ok) {
                delete listener;
                setBusy(false, ok.error().message);
                return;
            }
            m_listener = listener;
            const QUrl url = (*client)->loginUrl(state, listener->redirectUrl());
            connect(listener,
                    &RedirectListener::received,
                    this,
                    [this, name, creds = *creds](const QUrlQuery& query) {
                        m_timeout->stop();
                        if (m_listener) {
                            m_listener->deleteLater();
                        }
                        setBusy(true, tr("Logging in to %1…").arg(brokerDisplayName(name)));
                        BrokerConnections* accounts = m_connections.get();
                        runThen<Result<Session>>(
                            this,
                            [accounts, name, creds, query]() -> Result<Session> {
                                auto c = accounts->newClient(name, creds);
                                if (!c) {
                                    return fail(c.error());
                                }
                                auto code = (*c)->loginCode(query);
                                if (!code) {
                                    return fail(code.error());
                                }
                                auto session = (*c)->createSession(*code);
                                if (!session) {
                                    return fail(session.error());
                                }
                                if (auto saved = accounts->saveSession(name, *session); !saved) {
                                    return fail(saved.error());
                                }
                                return session;
                            },
                            [this](const Result<Session>& session) {
                                setBusy(false, session ? QString() : session.error().message);
                                if (session) {
                                    refreshStatus();
                                }
                            });
                    });
            m_timeout->start(kLoginTimeoutMs);
            QDesktopServices::openUrl(url);
            setBusy(true,
                    tr("Waiting for the %1 login in your browser (the page opened at %2)…")
                        .arg(brokerDisplayName(name), url.host()));
            m_login->setEnabled(true); // a second click starts over
        });
}

void BrokerLoginDialog::logOut()
{
    const QString name = broker();
    BrokerConnections* connections = m_connections.get();
    setBusy(true, tr("Logging out…"));
    runThen<Result<void>>(
        this,
        [connections, name]() -> Result<void> {
            if (auto client = connections->loggedInClient(name)) {
                (void)(*client)->revoke(); // best effort: the token dies at 06:00 IST anyway
            }
            return connections->logout(name, false);
        },
        [this](const Result<void>& done) {
            setBusy(false, done ? QString() : done.error().message);
            if (done) {
                refreshStatus();
            }
        });
}

} // namespace Tessera::Ui
