#include "core/broker/LoopbackHttp.h"

#include <QList>

namespace Tessera::Broker {

std::optional<HttpRequestHead> parseHttpRequest(const QByteArray& buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return std::nullopt;
    }
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    HttpRequestHead head;
    head.method = requestLine.value(0).toUpper();
    head.url = QUrl::fromEncoded(requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            head.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = head.headers.value("content-length", "0").toLongLong();
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() < bodyStart + length) {
        return std::nullopt;
    }
    head.body = buffer.mid(bodyStart, length);
    head.consumed = bodyStart + length;
    return head;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpAnswer(int status,
                      const QByteArray& contentType,
                      const QByteArray& body,
                      const QList<QPair<QByteArray, QByteArray>>& extraHeaders,
                      bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty()) {
        out += "Content-Type: " + contentType + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : extraHeaders) {
        out += name + ": " + value + "\r\n";
    }
    out += "Cache-Control: no-store\r\n";
    if (close) {
        out += "Connection: close\r\n";
    }
    out += "\r\n" + body;
    return out;
}

} // namespace Tessera::Broker
