#pragma once

#include <functional>
#include <memory>
#include <mutex>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/broker/LoopbackHttp.h"

namespace Tessera::Test {

/** What a fake route answers. */
struct FakeReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body{};
    QList<QPair<QByteArray, QByteArray>> headers{};
};

/**
 * A small HTTP/1.1 server on 127.0.0.1 and a free port, on a thread of its own (so a test may block on
 * a client while it answers), that hands every request to a handler. The broker fakes are built on it.
 * Thread-safe: the handler runs on the server's thread; whoever writes it guards its state.
 */
class FakeHttpServer
{
public:
    using Handler = std::function<FakeReply(const Broker::HttpRequestHead&)>;

    explicit FakeHttpServer(Handler handler);
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer&) = delete;
    FakeHttpServer& operator=(const FakeHttpServer&) = delete;

    /** "http://127.0.0.1:PORT". */
    QString baseUrl() const;
    quint16 port() const;
    /** "POST /session/token", one per request answered, in order. */
    QStringList log() const;
    /**
     * The next `times` requests whose method and path start so are handled as usual (the broker acts on
     * them), but their answer is lost: the client gets a 504 from the gateway in front instead, as when the
     * broker's answer timed out on the way back.
     */
    void loseAnswers(const QByteArray& method, const QString& pathPrefix, int times = 1);

private:
    class Engine;
    std::unique_ptr<Engine> m_engine;
};

} // namespace Tessera::Test
