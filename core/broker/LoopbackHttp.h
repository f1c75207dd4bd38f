#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QUrl>

namespace Tessera::Broker {

/**
 * The little HTTP/1.1 a loopback listener needs: one request read from a socket buffer, one answer
 * written back. Shared by the login redirect listener and the fake broker servers of the tests.
 */
struct HttpRequestHead
{
    QByteArray method;
    QUrl url;                              ///< path and query as requested ("/kite?request_token=…")
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    qsizetype consumed = 0; ///< bytes of the buffer this request took (keep-alive: the rest is the next one)
};

/** The first complete request in buffer, or nullopt while it is still incomplete. */
std::optional<HttpRequestHead> parseHttpRequest(const QByteArray& buffer);

/** A complete answer with Content-Length; `close` adds "Connection: close". */
QByteArray httpAnswer(int status,
                      const QByteArray& contentType,
                      const QByteArray& body,
                      const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {},
                      bool close = false);

/** "OK", "Not Found", …: the reason phrase of a status. */
QByteArray reasonPhrase(int status);

} // namespace Tessera::Broker
