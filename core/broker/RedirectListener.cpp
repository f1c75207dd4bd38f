#include "core/broker/RedirectListener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include "core/broker/LoopbackHttp.h"
#include "core/common/Log.h"

namespace Tessera::Broker {
namespace {

QByteArray page(const QString& title, const QString& text)
{
    const QString html = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                        "<style>body{font-family:sans-serif;margin:4em auto;max-width:36em;"
                                        "color:#222}h1{font-size:1.4em}</style></head><body><h1>%1</h1>"
                                        "<p>%2</p></body></html>")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    return html.toUtf8();
}

} // namespace

RedirectListener::RedirectListener(QString path, QString state, QString brokerName, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_state(std::move(state))
    , m_brokerName(std::move(brokerName))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RedirectListener::accept);
}

RedirectListener::~RedirectListener() = default;

QString RedirectListener::newState()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

QUrl RedirectListener::redirectUrlFor(quint16 port, const QString& path)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}

Result<void> RedirectListener::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        return fail(Error::io(
            QCoreApplication::translate("Broker",
                                        "cannot listen for the %1 login answer on 127.0.0.1:%2: %3 (another "
                                        "program uses the port? choose another with --port and register "
                                        "its redirect URL with %1)")
                .arg(m_brokerName)
                .arg(port)
                .arg(m_server->errorString())));
    }
    return {};
}

quint16 RedirectListener::port() const
{
    return m_server->serverPort();
}

QUrl RedirectListener::redirectUrl() const
{
    return redirectUrlFor(port(), m_path);
}

void RedirectListener::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void RedirectListener::readFrom(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > 64 * 1024) {
        socket->abort();
        return;
    }
    const std::optional<HttpRequestHead> request = parseHttpRequest(buffer);
    if (!request) {
        return;
    }
    buffer.clear();
    auto answer = [socket](int status, const QByteArray& body) {
        socket->write(httpAnswer(status, "text/html; charset=utf-8", body, {}, true));
        // Written now: the CLI stops running an event loop as soon as it has the token.
        socket->flush();
        socket->disconnectFromHost();
    };
    if (request->url.path() != m_path) {
        answer(
            404,
            page(QStringLiteral("Not found"), QStringLiteral("Tessera waits for a login answer elsewhere.")));
        return;
    }
    const QUrlQuery query(request->url);
    if (query.queryItemValue(QStringLiteral("state")) != m_state) {
        // Not logged with the query: it may carry a token.
        spdlog::warn("broker login: ignored an answer to {} with another login's state", m_path);
        answer(400,
               page(QCoreApplication::translate("Broker", "Not this login"),
                    QCoreApplication::translate("Broker",
                                                "This answer belongs to another login attempt. Start the "
                                                "login again from Tessera.")));
        return;
    }
    if (m_done) {
        answer(
            200,
            page(QCoreApplication::translate("Broker", "Already received"),
                 QCoreApplication::translate("Broker", "Tessera has this login. You can close this tab.")));
        return;
    }
    m_done = true;
    m_query = query;
    answer(200,
           page(QCoreApplication::translate("Broker", "Logged in to %1").arg(m_brokerName),
                QCoreApplication::translate("Broker",
                                            "Tessera received the %1 login. You can close this tab and "
                                            "return to Tessera.")
                    .arg(m_brokerName)));
    emit received(m_query);
}

Result<QUrlQuery> RedirectListener::waitForQuery(double timeoutSeconds, const Fetch::CancelCheck& canceled)
{
    QEventLoop loop;
    connect(this, &RedirectListener::received, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(100);
    QElapsedTimer clock;
    clock.start();
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if ((canceled && canceled()) || clock.elapsed() >= static_cast<qint64>(timeoutSeconds * 1000.0)) {
            loop.quit();
        }
    });
    poll.start();
    if (!m_done) {
        loop.exec();
    }
    if (m_done) {
        return m_query;
    }
    if (canceled && canceled()) {
        return fail(Error::cancelled());
    }
    return fail(Error::io(QCoreApplication::translate("Broker",
                                                      "no login answer from the browser within %1 s: log in "
                                                      "on the %2 page that opened, and check that the app's "
                                                      "redirect URL is %3")
                              .arg(timeoutSeconds)
                              .arg(m_brokerName, redirectUrl().toString())));
}

} // namespace Tessera::Broker
