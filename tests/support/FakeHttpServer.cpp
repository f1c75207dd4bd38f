#include "tests/support/FakeHttpServer.h"

#include <QHash>
#include <QHostAddress>
#include <QMetaObject>
#include <QObject>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Tessera::Test {

class FakeHttpServer::Engine
{
public:
    explicit Engine(Handler handler)
        : m_handler(std::move(handler))
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QSemaphore ready;
        QMetaObject::invokeMethod(m_context, [this, &ready] {
            m_server = new QTcpServer(m_context);
            QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] { accept(); });
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            ready.release();
        });
        ready.acquire();
    }

    ~Engine()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, m_context, [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (const auto request = Broker::parseHttpRequest(buffer)) {
            buffer.remove(0, request->consumed);
            FakeReply reply = m_handler(*request);
            {
                std::lock_guard lock(m_mutex);
                m_log << QStringLiteral("%1 %2").arg(QString::fromLatin1(request->method),
                                                     request->url.path());
                for (auto it = m_losses.begin(); it != m_losses.end(); ++it) {
                    if (it->method == request->method && request->url.path().startsWith(it->pathPrefix)) {
                        reply = {504,
                                 QByteArrayLiteral("text/html"),
                                 QByteArrayLiteral("<html><body><h1>504 Gateway Time-out</h1></body></html>"),
                                 {}};
                        if (--it->times == 0) {
                            m_losses.erase(it);
                        }
                        break;
                    }
                }
            }
            socket->write(Broker::httpAnswer(reply.status, reply.contentType, reply.body, reply.headers));
        }
    }

    Handler m_handler;
    QThread m_thread;
    QObject* m_context = nullptr;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    quint16 m_port = 0;
    struct Loss
    {
        QByteArray method;
        QString pathPrefix;
        int times = 0;
    };

    mutable std::mutex m_mutex;
    QStringList m_log;
    QList<Loss> m_losses;
};

FakeHttpServer::FakeHttpServer(Handler handler)
    : m_engine(std::make_unique<Engine>(std::move(handler)))
{}

FakeHttpServer::~FakeHttpServer() = default;

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_engine->m_port);
}

quint16 FakeHttpServer::port() const
{
    return m_engine->m_port;
}

QStringList FakeHttpServer::log() const
{
    std::lock_guard lock(m_engine->m_mutex);
    return m_engine->m_log;
}

void FakeHttpServer::loseAnswers(const QByteArray& method, const QString& pathPrefix, int times)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_losses.append({method, pathPrefix, times});
}

} // namespace Tessera::Test
