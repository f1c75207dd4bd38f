#include "tests/support/FakeMarketServer.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <mutex>
#include <optional>

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include "core/fetch/providers/HourlyCsvFile.h"
#include "core/market/HourlySeries.h"

#include <sys/socket.h>

namespace Tessera::Test {
namespace {

/** FNV-1a: a hash that is the same in every process (qHash is seeded per process). */
quint64 stableHash(const QString& s)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

QDate lastWeekdayBefore(const QDate& day)
{
    QDate d = day.addDays(-1);
    while (d.dayOfWeek() > 5) {
        d = d.addDays(-1);
    }
    return d;
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
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
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

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 4);
}

} // namespace

/** What one request is answered with, before faults. */
struct Answer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QByteArray extraHeaders;
};

/** One client connection: requests are answered one after the other (HTTP/1.1 keep-alive). */
struct Connection
{
    QTcpSocket* socket = nullptr;
    int id = 0;
    QByteArray buffer;
    bool busy = false;
    bool awaitingFlush = false;
    qsizetype logIndex = -1;
    qint64 streamLeft = 0;      ///< HugeBody bytes still to write
    bool streamChunked = false; ///< HugeBody without Content-Length: chunked transfer encoding
};

/** HugeBody writes this much per chunk, and keeps at most kStreamQueued bytes queued on the socket. */
constexpr qint64 kStreamChunk = 64 * 1024;
constexpr qint64 kStreamQueued = 256 * 1024;

/**
 * The server's state and its thread. Configuration and log are shared under m_mutex; sockets, timers and
 * the synthetic caches live on the server thread.
 */
class FakeMarketEngine
{
public:
    FakeMarketEngine()
    {
        m_clock.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        std::promise<quint16> listening;
        auto port = listening.get_future();
        QMetaObject::invokeMethod(
            m_context,
            [this, &listening] {
                m_server = new QTcpServer(m_context);
                QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] { accept(); });
                m_server->listen(QHostAddress::LocalHost, 0);
                listening.set_value(m_server->serverPort());
            },
            Qt::QueuedConnection);
        m_port = port.get();
    }

    ~FakeMarketEngine()
    {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_server; // and with it every connection socket (its children)
                m_context->deleteLater();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread.wait();
    }

    quint16 port() const { return m_port; }

    mutable std::mutex m_mutex; // guards the configuration and the log below
    QHash<QString, Answer> m_yahooBodies;
    bool m_synthetic = false;
    QDate m_today = lastWeekdayBefore(QDate::currentDate());
    FakeYahooSession m_yahooSession; ///< its own mutex: answered outside m_mutex
    QHash<QString, QList<QPair<QDate, double>>> m_splits;
    QHash<QString, QByteArray> m_stooq;
    QHash<QString, HourlySeries> m_binance;
    QHash<QString, QString> m_binanceStatus; ///< exchangeInfo status by symbol; empty = not listed
    int m_latencyMs = 0;
    QList<FakeMarketServer::Fault> m_faults;
    QList<FakeMarketServer::LogEntry> m_log;

private:
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            auto conn = std::make_shared<Connection>();
            conn->socket = socket;
            conn->id = ++m_connections;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, conn] {
                conn->buffer += conn->socket->readAll();
                next(conn);
            });
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, conn] {
                if (conn->streamLeft > 0) {
                    stream(conn);
                } else if (conn->awaitingFlush && conn->socket->bytesToWrite() == 0) {
                    done(conn);
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, conn] {
                endLog(conn->logIndex);
                conn->logIndex = -1;
                conn->socket->deleteLater();
            });
        }
    }

    void countBody(qsizetype index, qint64 bytes)
    {
        if (index < 0) {
            return;
        }
        std::lock_guard lock(m_mutex);
        m_log[index].bodyBytes += bytes;
    }

    /** Writes the next HugeBody chunks while the socket has room; the filler is made per chunk. */
    void stream(const std::shared_ptr<Connection>& conn)
    {
        static const QByteArray filler(kStreamChunk, 'x');
        while (conn->streamLeft > 0 && conn->socket->bytesToWrite() < kStreamQueued) {
            const qint64 n = std::min(conn->streamLeft, kStreamChunk);
            const QByteArray data = filler.left(n);
            conn->socket->write(conn->streamChunked ? QByteArray::number(n, 16) + "\r\n" + data + "\r\n"
                                                    : data);
            conn->streamLeft -= n;
            countBody(conn->logIndex, n);
        }
        if (conn->streamLeft == 0) {
            if (conn->streamChunked) {
                conn->socket->write("0\r\n\r\n");
            }
            conn->awaitingFlush = true;
        }
    }

    void endLog(qsizetype index, int status = -1)
    {
        if (index < 0) {
            return;
        }
        std::lock_guard lock(m_mutex);
        FakeMarketServer::LogEntry& e = m_log[index];
        if (e.endUs < 0) {
            e.endUs = nowUs();
        }
        if (status >= 0) {
            e.status = status;
        }
    }

    void done(const std::shared_ptr<Connection>& conn)
    {
        conn->awaitingFlush = false;
        endLog(conn->logIndex);
        conn->logIndex = -1;
        conn->busy = false;
        next(conn);
    }

    /** Answers the next complete request in the buffer, unless one is being answered. */
    void next(const std::shared_ptr<Connection>& conn)
    {
        if (conn->busy) {
            return;
        }
        const qsizetype end = conn->buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = conn->buffer.left(end);
        conn->buffer.remove(0, end + 4);
        conn->busy = true;
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QUrl url(QStringLiteral("http://fake") + QString::fromLatin1(requestLine.value(1)));
        QString symbol;
        Answer answer = route(url, head, &symbol);
        std::optional<FakeMarketServer::Fault> fault;
        int delay = 0;
        {
            std::lock_guard lock(m_mutex);
            for (FakeMarketServer::Fault& f : m_faults) {
                if (f.times != 0 && (f.symbol.isEmpty() || f.symbol == symbol)) {
                    if (f.times > 0) {
                        --f.times;
                    }
                    fault = f;
                    break;
                }
            }
            delay = m_latencyMs
                    + (fault && fault->kind == FakeMarketServer::FaultKind::Delay ? fault->delayMs : 0);
            conn->logIndex = m_log.size();
            m_log.append({url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
                          symbol,
                          nowUs(),
                          -1,
                          answer.status,
                          conn->id,
                          0});
        }
        if (fault) {
            applyFault(*fault, requestLine.value(1), &answer);
            std::lock_guard lock(m_mutex);
            m_log[conn->logIndex].status = answer.status;
        }
        const auto send = [this, conn, answer, fault] {
            respond(conn, answer, fault);
        };
        if (delay > 0) {
            QTimer::singleShot(delay, conn->socket, send);
        } else {
            send();
        }
    }

    void applyFault(const FakeMarketServer::Fault& fault, const QByteArray& target, Answer* answer) const
    {
        using Kind = FakeMarketServer::FaultKind;
        switch (fault.kind) {
        case Kind::HugeBody:
            answer->status = 200;
            answer->body.clear();
            break;
        case Kind::Redirect:
            answer->status = 302;
            answer->contentType = "text/plain";
            answer->body = "Found\r\n";
            answer->extraHeaders =
                "Location: " + (fault.location.isEmpty() ? target : fault.location) + "\r\n";
            break;
        case Kind::Status:
            answer->status = fault.status;
            answer->contentType = "text/plain";
            answer->body = reasonPhrase(fault.status) + "\r\n";
            if (fault.retryAfterSeconds >= 0) {
                answer->extraHeaders = "Retry-After: " + QByteArray::number(fault.retryAfterSeconds) + "\r\n";
            }
            break;
        case Kind::CutBody:
            answer->body = answer->body.left(answer->body.size() / 2);
            break;
        case Kind::InvalidJson:
            answer->status = 200;
            answer->body = R"({"chart":{"result":[{"meta":{"currency":"USD",,"symbol":}]},"error":null}})";
            break;
        case Kind::Html:
            answer->status = 200;
            answer->contentType = "text/html; charset=utf-8";
            answer->body =
                "<!DOCTYPE html>\n<html><head><title>Service temporarily unavailable</title></head>"
                "<body><h1>Please try again later</h1></body></html>\n";
            break;
        case Kind::Body:
            answer->status = 200;
            answer->contentType = "text/plain";
            answer->body = fault.body;
            break;
        case Kind::Delay:
        case Kind::SlowDrip:
        case Kind::Truncate:
        case Kind::Reset:
            break;
        }
    }

    void respond(const std::shared_ptr<Connection>& conn,
                 const Answer& answer,
                 const std::optional<FakeMarketServer::Fault>& fault)
    {
        using Kind = FakeMarketServer::FaultKind;
        QTcpSocket* socket = conn->socket;
        const Kind kind = fault ? fault->kind : Kind::Delay; // Delay only changes when the answer goes out
        if (kind == Kind::Reset) {
            // SO_LINGER 0 makes close() send RST instead of FIN: a real "connection reset by peer".
            const linger hard{1, 0};
            ::setsockopt(
                static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            endLog(conn->logIndex, 0);
            conn->logIndex = -1;
            socket->abort();
            return;
        }
        const QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
                                + reasonPhrase(answer.status) + "\r\nContent-Type: " + answer.contentType
                                + "\r\nContent-Length: " + QByteArray::number(answer.body.size())
                                + "\r\nConnection: keep-alive\r\n" + answer.extraHeaders + "\r\n";
        if (kind == Kind::HugeBody) {
            // The head announces the size (or chunked encoding); stream() writes the body as the client
            // reads it, so a client that stops reading stops the server too.
            conn->streamLeft = std::max<qint64>(1, fault->hugeBytes);
            conn->streamChunked = !fault->declareLength;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          + (fault->declareLength ? "Content-Length: " + QByteArray::number(conn->streamLeft)
                                                  : QByteArray("Transfer-Encoding: chunked"))
                          + "\r\nConnection: keep-alive\r\n\r\n");
            stream(conn);
            return;
        }
        if (kind == Kind::Truncate) {
            socket->write(head + answer.body.left(answer.body.size() / 2));
            countBody(conn->logIndex, answer.body.size() / 2);
            socket->disconnectFromHost(); // after the bytes above are written
            return;
        }
        if (kind == Kind::SlowDrip) {
            socket->write(head);
            drip(conn, answer.body, 0, *fault);
            return;
        }
        conn->awaitingFlush = true;
        socket->write(head + answer.body);
        countBody(conn->logIndex, answer.body.size());
    }

    void drip(const std::shared_ptr<Connection>& conn,
              const QByteArray& body,
              qsizetype offset,
              const FakeMarketServer::Fault& fault)
    {
        const qsizetype n = std::max(1, fault.chunkBytes);
        if (offset + n >= body.size()) {
            conn->awaitingFlush = true;
            conn->socket->write(body.mid(offset));
            countBody(conn->logIndex, body.size() - offset);
            return;
        }
        conn->socket->write(body.mid(offset, n));
        countBody(conn->logIndex, n);
        QTimer::singleShot(fault.delayMs, conn->socket, [this, conn, body, offset, n, fault] {
            drip(conn, body, offset + n, fault);
        });
    }

    Answer route(const QUrl& url, const QByteArray& head, QString* symbol)
    {
        if (auto session = m_yahooSession.answer(url, head, symbol)) {
            return Answer{session->status, session->contentType, session->body, session->extraHeaders};
        }
        const QString path = url.path();
        const QUrlQuery query(url);
        if (path.startsWith(QStringLiteral("/v8/finance/chart/"))) {
            *symbol = QUrl::fromPercentEncoding(path.mid(18).toLatin1());
            std::lock_guard lock(m_mutex);
            if (const auto it = m_yahooBodies.constFind(*symbol); it != m_yahooBodies.cend()) {
                return *it;
            }
            if (!m_synthetic) {
                return Answer{404, "application/json", FakeMarketServer::yahooNotFoundBody(), {}};
            }
            return Answer{200,
                          "application/json",
                          syntheticChart(*symbol,
                                         query.queryItemValue(QStringLiteral("period1")).toLongLong(),
                                         query.queryItemValue(QStringLiteral("period2")).toLongLong()),
                          {}};
        }
        if (path == u"/api/v3/klines") {
            *symbol = query.queryItemValue(QStringLiteral("symbol"), QUrl::FullyDecoded);
            std::lock_guard lock(m_mutex);
            const auto it = m_binance.constFind(*symbol);
            if (it == m_binance.cend()) {
                return Answer{400, "application/json", R"({"code":-1121,"msg":"Invalid symbol."})", {}};
            }
            const QString interval = query.queryItemValue(QStringLiteral("interval"));
            if (interval != u"1h" && interval != u"1d") {
                return Answer{400, "application/json", R"({"code":-1120,"msg":"Invalid interval."})", {}};
            }
            const qint64 start = query.queryItemValue(QStringLiteral("startTime")).toLongLong();
            const QString endText = query.queryItemValue(QStringLiteral("endTime"));
            const qint64 end = endText.isEmpty() ? std::numeric_limits<qint64>::max() : endText.toLongLong();
            const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 1000);
            return Answer{200, "application/json", klines(*it, interval == u"1d", start, end, limit), {}};
        }
        if (path == u"/api/v3/exchangeInfo") {
            std::lock_guard lock(m_mutex);
            return Answer{200, "application/json", exchangeInfo(), {}};
        }
        if (path == u"/q/d/l/") {
            *symbol = query.queryItemValue(QStringLiteral("s"), QUrl::FullyDecoded);
            std::lock_guard lock(m_mutex);
            const auto it = m_stooq.constFind(*symbol);
            const QByteArray csv = it == m_stooq.cend()
                                       ? QByteArray()
                                       : stooqRange(*it,
                                                    query.queryItemValue(QStringLiteral("d1")).toLatin1(),
                                                    query.queryItemValue(QStringLiteral("d2")).toLatin1());
            return Answer{200, "text/csv", csv.isEmpty() ? QByteArray("No data") : csv, {}};
        }
        return Answer{404, "text/plain", "Not Found\r\n", {}};
    }

    /**
     * Binance's klines answer: the series' bars (or its UTC days) opening in [start, end] ms, at most
     * limit, as [openTime, "open", "high", "low", "close", "volume", closeTime, "quoteVolume", trades,
     * "takerBase", "takerQuote", "0"] with numbers as strings, the way Binance sends them.
     */
    static QByteArray klines(const HourlySeries& hours, bool daily, qint64 start, qint64 end, int limit)
    {
        const qint64 step = daily ? 86400000LL : 3600000LL;
        const auto text = [](double v) {
            return QByteArray::number(v, 'f', 8);
        };
        QByteArray out = "[";
        int n = 0;
        const auto add = [&](qint64 openMs, double o, double h, double l, double c, double v) {
            if (openMs < start || openMs > end || n >= limit) {
                return;
            }
            out += (n++ ? ",[" : "[") + QByteArray::number(openMs) + ",\"" + text(o) + "\",\"" + text(h)
                   + "\",\"" + text(l) + "\",\"" + text(c) + "\",\"" + text(v) + "\","
                   + QByteArray::number(openMs + step - 1) + ",\"" + text(v * c)
                   + "\",100,\"0\",\"0\",\"0\"]";
        };
        if (!daily) {
            for (qsizetype i = 0; i < hours.size(); ++i) {
                const HourlyBar b = hours.at(i);
                add(b.time * 1000, b.open, b.high, b.low, b.close, b.volume);
            }
        } else {
            const BarSeries days = hours.toDaily(0);
            for (qsizetype i = 0; i < days.size(); ++i) {
                const Bar b = days.at(i);
                add(b.date.startOfDay(Qt::UTC).toMSecsSinceEpoch(), b.open, b.high, b.low, b.close, b.volume);
            }
        }
        return out + "]";
    }

    /**
     * Binance's exchangeInfo answer, abridged to what a client reads and a little around it: the klines
     * symbols (TRADING) and the scripted statuses, sorted by symbol. Called under m_mutex.
     */
    QByteArray exchangeInfo() const
    {
        QMap<QString, QString> status;
        for (auto it = m_binance.cbegin(); it != m_binance.cend(); ++it) {
            status.insert(it.key(), QStringLiteral("TRADING"));
        }
        for (auto it = m_binanceStatus.cbegin(); it != m_binanceStatus.cend(); ++it) {
            if (it.value().isEmpty()) {
                status.remove(it.key());
            } else {
                status.insert(it.key(), it.value());
            }
        }
        QByteArray out = R"({"timezone":"UTC","serverTime":1700000000000,"rateLimits":[{"rateLimitType":)"
                         R"("REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000}],)"
                         R"("exchangeFilters":[],"symbols":[)";
        bool first = true;
        for (auto it = status.cbegin(); it != status.cend(); ++it) {
            QString quote;
            for (const char* q : {"USDT", "BUSD", "USDC", "FDUSD", "BTC", "ETH", "BNB"}) {
                if (it.key().endsWith(QLatin1String(q)) && it.key().size() > int(qstrlen(q))) {
                    quote = QLatin1String(q);
                    break;
                }
            }
            const QString base = it.key().left(it.key().size() - quote.size());
            out += (first ? "" : ",") + QByteArray(R"({"symbol":")") + it.key().toUtf8() + R"(","status":")"
                   + it.value().toUtf8() + R"(","baseAsset":")" + base.toUtf8()
                   + R"(","baseAssetPrecision":8,"quoteAsset":")" + quote.toUtf8()
                   + R"(","quotePrecision":8,"quoteAssetPrecision":8,"orderTypes":["LIMIT","MARKET"],)"
                     R"("isSpotTradingAllowed":true,"isMarginTradingAllowed":false,"filters":[],)"
                     R"("permissions":[],"permissionSets":[]})";
            first = false;
        }
        return out + "]}";
    }

    /** The header and the rows dated d1..d2 (YYYYMMDD, inclusive, empty = open); empty without rows. */
    static QByteArray stooqRange(const QByteArray& csv, const QByteArray& d1, const QByteArray& d2)
    {
        const qsizetype headerEnd = csv.indexOf('\n') + 1;
        QByteArray out = csv.left(headerEnd);
        bool any = false;
        qsizetype pos = headerEnd;
        while (pos < csv.size()) {
            qsizetype eol = csv.indexOf('\n', pos);
            eol = eol < 0 ? csv.size() : eol + 1;
            const QByteArray day = csv.mid(pos, 10).replace("-", "");
            if ((d1.isEmpty() || day >= d1) && (d2.isEmpty() || day <= d2)) {
                out += csv.mid(pos, eol - pos);
                any = true;
            }
            pos = eol;
        }
        return any ? out : QByteArray();
    }

    /** Unix time of 09:30 New York on day (cached: zone conversions are the slow part). Server thread. */
    qint64 openingBell(const QDate& day)
    {
        const auto it = m_bells.constFind(day.toJulianDay());
        if (it != m_bells.cend()) {
            return *it;
        }
        static const QTimeZone newYork("America/New_York");
        const qint64 secs = QDateTime(day, QTime(9, 30), newYork).toSecsSinceEpoch();
        m_bells.insert(day.toJulianDay(), secs);
        return secs;
    }

    /** A Yahoo chart answer of a deterministic daily series for symbol. Called under m_mutex. */
    QByteArray syntheticChart(const QString& symbol, qint64 period1, qint64 period2)
    {
        const quint64 h = stableHash(symbol);
        const double base = 20.0 + static_cast<double>(h % 200);
        QDate day = std::max(QDateTime::fromSecsSinceEpoch(period1, Qt::UTC).date(), m_today.addYears(-10));
        const QList<QPair<QDate, double>> splits = m_splits.value(symbol);
        QByteArray ts, open, high, low, close, volume;
        QByteArray events;
        for (const auto& [date, ratio] : splits) {
            const qint64 t = openingBell(date);
            if (date <= m_today && t >= period1 && t < period2) {
                events += (events.isEmpty() ? "" : ",") + QByteArray("\"") + QByteArray::number(t)
                          + "\":{\"date\":" + QByteArray::number(t) + ",\"numerator\":" + num(ratio)
                          + ",\"denominator\":1,\"splitRatio\":\"" + QByteArray::number(ratio) + ":1\"}";
            }
        }
        for (; day <= m_today; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5) {
                continue;
            }
            const qint64 t = openingBell(day);
            if (t < period1 || t >= period2) {
                continue;
            }
            const double jd = static_cast<double>(day.toJulianDay());
            double factor = 1.0;
            for (const auto& [date, ratio] : splits) {
                if (day < date && date <= m_today) {
                    factor *= ratio;
                }
            }
            const double c =
                base
                * std::exp(
                    0.15 * std::sin(jd / (20.0 + static_cast<double>(h % 13)) + static_cast<double>(h % 7))
                    + 0.05 * std::sin(jd / 3.7 + static_cast<double>(h % 5)));
            const double o = c * (1.0 + 0.01 * std::sin(jd * 1.3 + static_cast<double>(h % 3)));
            const char* sep = ts.isEmpty() ? "" : ",";
            ts += sep + QByteArray::number(t);
            open += sep + num(o / factor);
            high += sep + num(std::max(o, c) * 1.012 / factor);
            low += sep + num(std::min(o, c) * 0.988 / factor);
            close += sep + num(c / factor);
            volume += sep
                      + QByteArray::number(static_cast<qint64>(
                          (1'000'000.0 + std::fmod(jd * 7919.0 + static_cast<double>(h % 1000), 500'000.0))
                          * factor));
        }
        QByteArray meta =
            "{\"currency\":\"USD\",\"symbol\":\"" + symbol.toUtf8()
            + "\",\"exchangeName\":\"NMS\",\"fullExchangeName\":\"NasdaqGS\",\"instrumentType\":"
              "\"EQUITY\",\"gmtoffset\":-14400,\"timezone\":\"EDT\",\"exchangeTimezoneName\":"
              "\"America/New_York\",\"longName\":\"Synthetic "
            + symbol.toUtf8() + "\",\"dataGranularity\":\"1d\"}";
        if (ts.isEmpty()) {
            return "{\"chart\":{\"result\":[{\"meta\":" + meta
                   + ",\"indicators\":{\"quote\":[{}],\"adjclose\":[{}]}}],\"error\":null}}";
        }
        return "{\"chart\":{\"result\":[{\"meta\":" + meta + ",\"timestamp\":[" + ts + "]"
               + (events.isEmpty() ? QByteArray() : ",\"events\":{\"splits\":{" + events + "}}")
               + ",\"indicators\":{\"quote\":[{\"open\":[" + open + "],\"high\":[" + high + "],\"low\":["
               + low + "],\"close\":[" + close + "],\"volume\":[" + volume
               + "]}],\"adjclose\":[{\"adjclose\":[" + close + "]}]}}],\"error\":null}}";
    }

    QElapsedTimer m_clock;
    QThread m_thread;
    QObject* m_context = nullptr;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    int m_connections = 0;
    QHash<qint64, qint64> m_bells;
};

HourlySeries hourlyWalk(const QString& ticker, int n)
{
    HourlySeries s(ticker);
    const qint64 t0 = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    double price = 100;
    for (int i = 0; i < n; ++i) {
        const double next = price * (1 + 0.001 * std::sin(i * 0.7));
        s.append(HourlyBar{t0 + i * 3600LL,
                           price,
                           std::max(price, next) + 0.5,
                           std::min(price, next) - 0.5,
                           next,
                           10.0 + i % 7});
        price = next;
    }
    return s;
}

FakeMarketServer::Fault
FakeMarketServer::Fault::httpStatus(int status, const QString& symbol, int times, int retryAfterSeconds)
{
    Fault f = of(FaultKind::Status, symbol, times);
    f.status = status;
    f.retryAfterSeconds = retryAfterSeconds;
    return f;
}

FakeMarketServer::Fault FakeMarketServer::Fault::delay(int ms, const QString& symbol, int times)
{
    Fault f = of(FaultKind::Delay, symbol, times);
    f.delayMs = ms;
    return f;
}

FakeMarketServer::Fault
FakeMarketServer::Fault::slowDrip(int chunkBytes, int pauseMs, const QString& symbol, int times)
{
    Fault f = of(FaultKind::SlowDrip, symbol, times);
    f.chunkBytes = chunkBytes;
    f.delayMs = pauseMs;
    return f;
}

FakeMarketServer::Fault
FakeMarketServer::Fault::replacedBody(const QByteArray& body, const QString& symbol, int times)
{
    Fault f = of(FaultKind::Body, symbol, times);
    f.body = body;
    return f;
}

FakeMarketServer::Fault
FakeMarketServer::Fault::hugeBody(qint64 bytes, bool declareLength, const QString& symbol, int times)
{
    Fault f = of(FaultKind::HugeBody, symbol, times);
    f.hugeBytes = bytes;
    f.declareLength = declareLength;
    return f;
}

FakeMarketServer::Fault
FakeMarketServer::Fault::redirect(const QByteArray& location, const QString& symbol, int times)
{
    Fault f = of(FaultKind::Redirect, symbol, times);
    f.location = location;
    return f;
}

FakeMarketServer::Fault FakeMarketServer::Fault::of(FaultKind kind, const QString& symbol, int times)
{
    Fault f;
    f.kind = kind;
    f.symbol = symbol;
    f.times = times;
    return f;
}

FakeMarketServer::FakeMarketServer()
    : m_engine(std::make_unique<FakeMarketEngine>())
{}

FakeMarketServer::~FakeMarketServer() = default;

quint16 FakeMarketServer::port() const
{
    return m_engine->port();
}

QString FakeMarketServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FakeMarketServer::addYahooBody(const QString& symbol, const QByteArray& body, int status)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_yahooBodies.insert(symbol, Answer{status, "application/json", body, {}});
}

void FakeMarketServer::setSyntheticYahoo(bool enabled)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_synthetic = enabled;
}

FakeYahooSession& FakeMarketServer::yahooSession()
{
    return m_engine->m_yahooSession;
}

void FakeMarketServer::setToday(const QDate& today)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_today = today;
}

void FakeMarketServer::addSyntheticSplit(const QString& symbol, const QDate& date, double ratio)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_splits[symbol].append({date, ratio});
}

void FakeMarketServer::addStooqCsv(const QString& stooqSymbol, const QByteArray& csv)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_stooq.insert(stooqSymbol, csv);
}

void FakeMarketServer::addBinanceKlines(const QString& symbol, const HourlySeries& hours)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_binance.insert(symbol, hours);
}

int FakeMarketServer::addBinanceCsvFolder(const QString& folder, qsizetype firstHours)
{
    int added = 0;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        auto parsed = Fetch::parseHourlyCsvFile(QDir(folder).filePath(name));
        if (!parsed) {
            continue; // SOURCES.csv and other non-bar files
        }
        for (const HourlySeries& s : parsed->symbols) {
            addBinanceKlines(s.ticker(), firstHours > 0 ? s.slice(0, firstHours) : s);
            ++added;
        }
    }
    return added;
}

void FakeMarketServer::setBinancePairStatus(const QString& symbol, const QString& status)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_binanceStatus.insert(symbol, status);
}

void FakeMarketServer::setLatencyMs(int ms)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_latencyMs = ms;
}

void FakeMarketServer::addFault(const Fault& fault)
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_faults.append(fault);
}

void FakeMarketServer::clearFaults()
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_faults.clear();
}

QList<FakeMarketServer::LogEntry> FakeMarketServer::log() const
{
    std::lock_guard lock(m_engine->m_mutex);
    return m_engine->m_log;
}

void FakeMarketServer::clearLog()
{
    std::lock_guard lock(m_engine->m_mutex);
    m_engine->m_log.clear();
}

int FakeMarketServer::requestCount(const QString& symbol) const
{
    const auto entries = log();
    return static_cast<int>(std::count_if(entries.cbegin(), entries.cend(), [&symbol](const LogEntry& e) {
        return symbol.isEmpty() || e.symbol == symbol;
    }));
}

int FakeMarketServer::peakConcurrency() const
{
    // +1 at each start, -1 at each end; ends sort before starts at the same instant (touching is not
    // overlapping).
    QList<QPair<qint64, int>> edges;
    for (const LogEntry& e : log()) {
        edges.append({e.startUs, 1});
        edges.append({e.endUs < 0 ? std::numeric_limits<qint64>::max() : e.endUs, -1});
    }
    std::sort(edges.begin(), edges.end());
    int current = 0;
    int peak = 0;
    for (const auto& [when, delta] : edges) {
        current += delta;
        peak = std::max(peak, current);
    }
    return peak;
}

int FakeMarketServer::peakStartsWithin(qint64 windowUs) const
{
    QList<qint64> starts;
    for (const LogEntry& e : log()) {
        starts.append(e.startUs);
    }
    std::sort(starts.begin(), starts.end());
    int peak = 0;
    qsizetype first = 0;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        while (starts[i] - starts[first] >= windowUs) {
            ++first;
        }
        peak = std::max(peak, static_cast<int>(i - first + 1));
    }
    return peak;
}

QByteArray FakeMarketServer::yahooNotFoundBody()
{
    return R"({"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}})";
}

} // namespace Tessera::Test
