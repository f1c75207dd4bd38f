// The fake's canned answers are dense with ASCII literals: implicit QString from ASCII is allowed in this
// test-only file (the rest of the code base keeps QT_NO_CAST_FROM_ASCII).
#undef QT_NO_CAST_FROM_ASCII
#include "tests/support/FakeKiteServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Tessera::Test {
namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeReply success(const QJsonValue& data)
{
    return {200, "application/json", json({{"status", "success"}, {"data", data}}), {}};
}

FakeReply kiteError(int status, const QString& type, const QString& message)
{
    return {status,
            "application/json",
            json({{"status", "error"}, {"message", message}, {"data", QJsonValue()}, {"error_type", type}}),
            {}};
}

double lastPrice(const QString& symbol)
{
    static const QHash<QString, double> prices = {
        {"RELIANCE", 2500}, {"INFY", 1450}, {"TCS", 3480}, {"BAJAJ-AUTO", 9000}};
    return prices.value(symbol, 100);
}

const char* kInstruments =
    "instrument_token,exchange_token,tradingsymbol,name,last_price,expiry,strike,tick_size,lot_size,"
    "instrument_type,segment,exchange\n"
    "738561,2885,RELIANCE,RELIANCE INDUSTRIES,0,,0,0.05,1,EQ,NSE,NSE\n"
    "408065,1594,INFY,INFOSYS,0,,0,0.05,1,EQ,NSE,NSE\n"
    "2953217,11536,TCS,TATA CONSULTANCY SERV LT,0,,0,0.05,1,EQ,NSE,NSE\n"
    "4267265,16669,BAJAJ-AUTO,BAJAJ AUTO,0,,0,0.05,1,EQ,NSE,NSE\n"
    "3076609,12018,SUZLON-BE,SUZLON ENERGY,0,,0,0.05,1,EQ,NSE,NSE\n"
    "256265,1001,NIFTY 50,NIFTY 50,0,,0,0,0,EQ,INDICES,NSE\n"
    "8963586,35014,NIFTY24JANFUT,NIFTY,0,2024-01-25,0,0.05,50,FUT,NFO-FUT,NFO\n";

} // namespace

FakeKiteServer::FakeKiteServer(QString apiSecret)
    : m_secret(std::move(apiSecret))
{
    m_orders.append(QJsonObject{{"order_id", "100001"},
                                {"tag", "seed1"},
                                {"tradingsymbol", "RELIANCE"},
                                {"exchange", "NSE"},
                                {"transaction_type", "BUY"},
                                {"order_type", "MARKET"},
                                {"product", "CNC"},
                                {"quantity", 2},
                                {"filled_quantity", 2},
                                {"average_price", 2490},
                                {"price", 0},
                                {"trigger_price", 0},
                                {"status", "COMPLETE"},
                                {"status_message", QJsonValue()},
                                {"order_timestamp", "2024-01-15 09:15:00"},
                                {"exchange_update_timestamp", "2024-01-15 09:15:02"}});
    m_trades.append(QJsonObject{{"trade_id", "T1"},
                                {"order_id", "100001"},
                                {"tradingsymbol", "RELIANCE"},
                                {"exchange", "NSE"},
                                {"transaction_type", "BUY"},
                                {"quantity", 2},
                                {"average_price", 2490},
                                {"fill_timestamp", "2024-01-15 09:15:02"}});
    m_http = std::make_unique<FakeHttpServer>([this](const Broker::HttpRequestHead& r) { return handle(r); });
}

FakeKiteServer::~FakeKiteServer()
{
    m_http.reset(); // stop serving before the state goes
}

void FakeKiteServer::setRedirectUrl(const QUrl& url)
{
    std::lock_guard lock(m_mutex);
    m_redirect = url;
}

void FakeKiteServer::expireTokens()
{
    std::lock_guard lock(m_mutex);
    m_accessTokens.clear();
}

void FakeKiteServer::addError(const QByteArray& method,
                              const QString& pathPrefix,
                              int status,
                              const QString& errorType,
                              const QString& message,
                              int times)
{
    std::lock_guard lock(m_mutex);
    m_errors.append({method, pathPrefix, status, kiteError(status, errorType, message).body, times});
}

void FakeKiteServer::clearErrors()
{
    std::lock_guard lock(m_mutex);
    m_errors.clear();
}

void FakeKiteServer::setRejectSymbol(const QString& tradingSymbol)
{
    std::lock_guard lock(m_mutex);
    m_rejectSymbol = tradingSymbol;
}

QJsonArray FakeKiteServer::orders() const
{
    std::lock_guard lock(m_mutex);
    return m_orders;
}

QString FakeKiteServer::accessToken() const
{
    std::lock_guard lock(m_mutex);
    return m_accessTokens.value(m_accessTokens.size() - 1);
}

FakeReply FakeKiteServer::handle(const Broker::HttpRequestHead& r)
{
    std::lock_guard lock(m_mutex);
    const QString path = r.url.path();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        if (it->method == r.method && path.startsWith(it->pathPrefix)) {
            FakeReply reply{it->status, "application/json", it->body, {}};
            if (it->status == 429) {
                reply.headers.append({QByteArray("Retry-After"), QByteArray("0")});
            }
            if (--it->times == 0) {
                m_errors.erase(it);
            }
            return reply;
        }
    }
    const QUrlQuery query(r.url);
    if (path == u"/connect/login") {
        if (query.queryItemValue("api_key") != QLatin1String(kApiKey) || query.queryItemValue("v") != u"3") {
            return {400, "text/html", "<html>Invalid api_key</html>", {}};
        }
        const QString token = QStringLiteral("rt%1").arg(++m_counter);
        m_requestTokens << token;
        QUrl to = m_redirect;
        // redirect_params arrive percent-encoded once more: decode to "state=…" and pass them on.
        QUrlQuery back(
            QUrl::fromPercentEncoding(query.queryItemValue("redirect_params", QUrl::FullyEncoded).toUtf8()));
        back.addQueryItem("action", "login");
        back.addQueryItem("type", "login");
        back.addQueryItem("status", "success");
        back.addQueryItem("request_token", token);
        to.setQuery(back);
        return {302, "text/html", "", {{"Location", to.toEncoded()}}};
    }
    if (r.headers.value("x-kite-version") != "3") {
        return kiteError(400, "InputException", "Invalid `X-Kite-Version` header");
    }
    if (path == u"/session/token" && r.method == "POST") {
        const QUrlQuery form(QString::fromUtf8(r.body));
        const QString key = form.queryItemValue("api_key");
        const QString token = form.queryItemValue("request_token");
        const QString sum = QString::fromLatin1(
            QCryptographicHash::hash((key + token + m_secret).toUtf8(), QCryptographicHash::Sha256).toHex());
        if (key != QLatin1String(kApiKey) || !m_requestTokens.contains(token)) {
            return kiteError(403, "TokenException", "Token is invalid or has expired.");
        }
        if (form.queryItemValue("checksum") != sum) {
            return kiteError(403, "TokenException", "Invalid `checksum`.");
        }
        m_requestTokens.removeAll(token); // a request token works once
        const QString access =
            QStringLiteral("at%1x%2").arg(++m_counter).arg(QDateTime::currentMSecsSinceEpoch());
        m_accessTokens << access;
        return success(QJsonObject{
            {"user_id", kAccount}, {"user_name", "Asha Rao"}, {"access_token", access}, {"api_key", key}});
    }
    const QByteArray auth = r.headers.value("authorization");
    const QString prefix = QStringLiteral("token %1:").arg(QLatin1String(kApiKey));
    const QString given = QString::fromUtf8(auth);
    if (!given.startsWith(prefix) || !m_accessTokens.contains(given.mid(prefix.size()))) {
        return kiteError(403, "TokenException", "Incorrect `api_key` or `access_token`.");
    }
    if (path == u"/session/token" && r.method == "DELETE") {
        m_accessTokens.removeAll(query.queryItemValue("access_token"));
        return success(true);
    }
    if (path == u"/user/profile") {
        return success(
            QJsonObject{{"user_id", kAccount}, {"user_name", "Asha Rao"}, {"email", "asha@example.com"}});
    }
    if (path == u"/user/margins") {
        return success(QJsonObject{{"equity",
                                    QJsonObject{{"enabled", true},
                                                {"net", 150000.5},
                                                {"available", QJsonObject{{"cash", 200000.0}}},
                                                {"utilised", QJsonObject{{"debits", 49999.5}}}}}});
    }
    if (path == u"/portfolio/holdings") {
        return success(QJsonArray{QJsonObject{{"tradingsymbol", "RELIANCE"},
                                              {"exchange", "NSE"},
                                              {"quantity", 10},
                                              {"t1_quantity", 2},
                                              {"average_price", 2400},
                                              {"last_price", 2500}},
                                  QJsonObject{{"tradingsymbol", "INFY"},
                                              {"exchange", "NSE"},
                                              {"quantity", 5},
                                              {"t1_quantity", 0},
                                              {"average_price", 1500},
                                              {"last_price", 1450}}});
    }
    if (path == u"/portfolio/positions") {
        const QJsonArray net{QJsonObject{{"tradingsymbol", "TCS"},
                                         {"exchange", "NSE"},
                                         {"product", "MIS"},
                                         {"quantity", -3},
                                         {"average_price", 3500},
                                         {"last_price", 3480},
                                         {"realised", 120}}};
        return success(QJsonObject{{"net", net}, {"day", net}});
    }
    if (path == u"/trades") {
        return success(m_trades);
    }
    if (path == u"/instruments/NSE") {
        return {200, "text/csv", kInstruments, {}};
    }
    if (path == u"/orders" && r.method == "GET") {
        return success(m_orders);
    }
    if (path.startsWith(u"/orders/") && r.method == "GET") {
        const QString id = path.section(u'/', 2, 2);
        for (const QJsonValue& v : m_orders) {
            if (v.toObject().value("order_id").toString() == id) {
                return success(QJsonArray{v});
            }
        }
        return kiteError(400, "InputException", "Couldn't find that `order_id`.");
    }
    const QUrlQuery form(QString::fromUtf8(r.body));
    if (path == u"/orders/regular" && r.method == "POST") {
        const QString symbol = form.queryItemValue("tradingsymbol");
        const QString type = form.queryItemValue("order_type");
        const int quantity = form.queryItemValue("quantity").toInt();
        if (symbol.isEmpty() || quantity <= 0 || form.queryItemValue("exchange").isEmpty()
            || form.queryItemValue("transaction_type").isEmpty()
            || form.queryItemValue("product").isEmpty()) {
            return kiteError(400, "InputException", "Missing or invalid order parameters.");
        }
        if (form.queryItemValue("tag").size() > 20) {
            return kiteError(400, "InputException", "Tag length should be less than 20 characters.");
        }
        const QString id = QString::number(100001 + m_orders.size());
        const QString now = QDateTime::currentDateTime().toString("yyyy-MM-dd HH:mm:ss");
        QJsonObject o{{"order_id", id},
                      {"tag", form.queryItemValue("tag")},
                      {"tradingsymbol", symbol},
                      {"exchange", "NSE"},
                      {"transaction_type", form.queryItemValue("transaction_type")},
                      {"order_type", type},
                      {"product", form.queryItemValue("product")},
                      {"quantity", quantity},
                      {"filled_quantity", 0},
                      {"average_price", 0},
                      {"price", form.queryItemValue("price").toDouble()},
                      {"trigger_price", form.queryItemValue("trigger_price").toDouble()},
                      {"order_timestamp", now},
                      {"exchange_update_timestamp", now},
                      {"status_message", QJsonValue()}};
        if (symbol == m_rejectSymbol) {
            o.insert("status", "REJECTED");
            o.insert("status_message", "RMS:Rule: Check circuit limit including square off order exceeds");
        } else if (type == u"MARKET") {
            o.insert("status", "COMPLETE");
            o.insert("filled_quantity", quantity);
            o.insert("average_price", lastPrice(symbol));
            m_trades.append(QJsonObject{{"trade_id", QStringLiteral("T%1").arg(m_trades.size() + 1)},
                                        {"order_id", id},
                                        {"tradingsymbol", symbol},
                                        {"exchange", "NSE"},
                                        {"transaction_type", form.queryItemValue("transaction_type")},
                                        {"quantity", quantity},
                                        {"average_price", lastPrice(symbol)},
                                        {"fill_timestamp", now}});
        } else {
            o.insert("status", type.startsWith(u"SL") ? "TRIGGER PENDING" : "OPEN");
        }
        m_orders.append(o);
        return success(QJsonObject{{"order_id", id}});
    }
    if (path.startsWith(u"/orders/regular/") && (r.method == "PUT" || r.method == "DELETE")) {
        const QString id = path.section(u'/', 3, 3);
        for (qsizetype i = 0; i < m_orders.size(); ++i) {
            QJsonObject o = m_orders[i].toObject();
            if (o.value("order_id").toString() != id) {
                continue;
            }
            const QString status = o.value("status").toString();
            if (status != u"OPEN" && status != u"TRIGGER PENDING") {
                return kiteError(400,
                                 "OrderException",
                                 QStringLiteral("Order cannot be %1 as it is %2.")
                                     .arg(r.method == "PUT" ? "modified" : "cancelled", status.toLower()));
            }
            if (r.method == "DELETE") {
                o.insert("status", "CANCELLED");
                o.insert("status_message", "Cancelled by user");
            } else {
                if (form.hasQueryItem("quantity")) {
                    o.insert("quantity", form.queryItemValue("quantity").toInt());
                }
                if (form.hasQueryItem("price")) {
                    o.insert("price", form.queryItemValue("price").toDouble());
                }
                if (form.hasQueryItem("trigger_price")) {
                    o.insert("trigger_price", form.queryItemValue("trigger_price").toDouble());
                }
                if (form.hasQueryItem("order_type")) {
                    o.insert("order_type", form.queryItemValue("order_type"));
                }
            }
            m_orders[i] = o;
            return success(QJsonObject{{"order_id", id}});
        }
        return kiteError(400, "InputException", "Couldn't find that `order_id`.");
    }
    return kiteError(404, "GeneralException", "Route not found");
}

} // namespace Tessera::Test
