// The fake's canned answers are dense with ASCII literals: implicit QString from ASCII is allowed in this
// test-only file (the rest of the code base keeps QT_NO_CAST_FROM_ASCII).
#undef QT_NO_CAST_FROM_ASCII
#include "tests/support/FakeFyersServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace Tessera::Test {
namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeReply ok(QJsonObject o)
{
    o.insert("s", "ok");
    if (!o.contains("code")) {
        o.insert("code", 200);
    }
    if (!o.contains("message")) {
        o.insert("message", "");
    }
    return {200, "application/json", json(o), {}};
}

FakeReply fyersError(int status, int code, const QString& message)
{
    return {status, "application/json", json({{"s", "error"}, {"code", code}, {"message", message}}), {}};
}

double lastPrice(const QString& symbol)
{
    static const QHash<QString, double> prices = {
        {"NSE:SBIN-EQ", 620}, {"NSE:INFY-EQ", 1450}, {"NSE:RELIANCE-EQ", 2500}};
    return prices.value(symbol, 100);
}

// Fytoken, name, instrument type (0 equity), lot, tick, ISIN, session, updated, expiry, symbol ticker,
// exchange, segment, scrip code, underlying, underlying code, strike, option type, underlying fytoken.
const char* kSymbolMaster = "101000000002885,RELIANCE INDUSTRIES "
                            "LTD,0,1,0.05,INE002A01018,0915-1530|1815-1915:,1705276800,,NSE:RELIANCE-EQ,10,"
                            "10,2885,RELIANCE,2885,-1.0,XX,101000000002885\n"
                            "101000000003045,STATE BANK OF "
                            "INDIA,0,1,0.05,INE062A01020,0915-1530|1815-1915:,1705276800,,NSE:SBIN-EQ,10,10,"
                            "3045,SBIN,3045,-1.0,XX,101000000003045\n"
                            "101000000001594,INFOSYS "
                            "LIMITED,0,1,0.05,INE009A01021,0915-1530|1815-1915:,1705276800,,NSE:INFY-EQ,10,"
                            "10,1594,INFY,1594,-1.0,XX,101000000001594\n"
                            "101000000016669,BAJAJ AUTO "
                            "LIMITED,0,1,0.05,INE917I01010,0915-1530|1815-1915:,1705276800,,NSE:BAJAJ-AUTO-"
                            "EQ,10,10,16669,BAJAJ-AUTO,16669,-1.0,XX,101000000016669\n"
                            "101000000012018,SUZLON ENERGY "
                            "LTD,0,1,0.05,INE040H01021,0915-1530|1815-1915:,1705276800,,NSE:SUZLON-BE,10,10,"
                            "12018,SUZLON,12018,-1.0,XX,101000000012018\n"
                            "101000000026000,NIFTY50-INDEX,10,1,0.05,,0915-1530|1815-1915:,1705276800,,NSE:"
                            "NIFTY50-INDEX,10,10,26000,NIFTY50,26000,-1.0,XX,101000000026000\n";

QString fyersNow()
{
    return QLocale::c().toString(QDateTime::currentDateTime(), "dd-MMM-yyyy HH:mm:ss");
}

} // namespace

FakeFyersServer::FakeFyersServer(QString appSecret)
    : m_secret(std::move(appSecret))
{
    m_orders.append(QJsonObject{{"id", "2401150001"},
                                {"orderTag", "seed1"},
                                {"symbol", "NSE:SBIN-EQ"},
                                {"side", 1},
                                {"type", 2},
                                {"productType", "CNC"},
                                {"qty", 20},
                                {"filledQty", 20},
                                {"remainingQuantity", 0},
                                {"tradedPrice", 600},
                                {"limitPrice", 0},
                                {"stopPrice", 0},
                                {"status", 2},
                                {"message", ""},
                                {"orderDateTime", "15-Jan-2024 09:20:00"}});
    m_trades.append(QJsonObject{{"tradeNumber", "5001"},
                                {"orderNumber", "2401150001"},
                                {"symbol", "NSE:SBIN-EQ"},
                                {"side", 1},
                                {"tradedQty", 20},
                                {"tradePrice", 600},
                                {"orderDateTime", "15-Jan-2024 09:20:01"}});
    m_http = std::make_unique<FakeHttpServer>([this](const Broker::HttpRequestHead& r) { return handle(r); });
}

FakeFyersServer::~FakeFyersServer()
{
    m_http.reset();
}

void FakeFyersServer::expireTokens()
{
    std::lock_guard lock(m_mutex);
    m_accessTokens.clear();
}

void FakeFyersServer::addError(const QByteArray& method,
                               const QString& pathPrefix,
                               int status,
                               int code,
                               const QString& message,
                               int times)
{
    std::lock_guard lock(m_mutex);
    m_errors.append({method, pathPrefix, status, fyersError(status, code, message).body, times});
}

void FakeFyersServer::clearErrors()
{
    std::lock_guard lock(m_mutex);
    m_errors.clear();
}

void FakeFyersServer::setRejectSymbol(const QString& fyersSymbol)
{
    std::lock_guard lock(m_mutex);
    m_rejectSymbol = fyersSymbol;
}

QJsonArray FakeFyersServer::orders() const
{
    std::lock_guard lock(m_mutex);
    return m_orders;
}

QString FakeFyersServer::accessToken() const
{
    std::lock_guard lock(m_mutex);
    return m_accessTokens.value(m_accessTokens.size() - 1);
}

FakeReply FakeFyersServer::handle(const Broker::HttpRequestHead& r)
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
    if (path == u"/api/v3/generate-authcode") {
        if (query.queryItemValue("client_id") != QLatin1String(kAppId)
            || query.queryItemValue("response_type") != u"code") {
            return {400, "text/html", "<html>invalid client_id</html>", {}};
        }
        const QString code = QStringLiteral("ac%1").arg(++m_counter);
        m_authCodes << code;
        QUrl to(query.queryItemValue("redirect_uri", QUrl::FullyDecoded));
        QUrlQuery back;
        back.addQueryItem("s", "ok");
        back.addQueryItem("code", "200");
        back.addQueryItem("auth_code", code);
        back.addQueryItem("state", query.queryItemValue("state"));
        to.setQuery(back);
        return {302, "text/html", "", {{QByteArray("Location"), to.toEncoded()}}};
    }
    if (path == u"/sym_details/NSE_CM.csv") {
        return {200, "text/csv", kSymbolMaster, {}};
    }
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (path == u"/api/v3/validate-authcode") {
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash((QLatin1String(kAppId) + u':' + m_secret).toUtf8(),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        if (body.value("grant_type").toString() != u"authorization_code"
            || !m_authCodes.contains(body.value("code").toString())) {
            return fyersError(400, -413, "Invalid auth code");
        }
        if (body.value("appIdHash").toString() != hash) {
            return fyersError(400, -371, "Invalid appIdHash");
        }
        m_authCodes.removeAll(body.value("code").toString());
        const QString access =
            QStringLiteral("fy%1x%2").arg(++m_counter).arg(QDateTime::currentMSecsSinceEpoch());
        m_accessTokens << access;
        return ok({{"access_token", access}, {"refresh_token", QString("r" + access)}});
    }
    const QString given = QString::fromUtf8(r.headers.value("authorization"));
    const QString prefix = QLatin1String(kAppId) + u':';
    if (!given.startsWith(prefix) || !m_accessTokens.contains(given.mid(prefix.size()))) {
        return fyersError(401, -16, "Could not authenticate the user");
    }
    if (path == u"/api/v3/profile") {
        return ok(
            {{"data",
              QJsonObject{{"fy_id", kAccount}, {"name", "Ravi Kumar"}, {"email_id", "ravi@example.com"}}}});
    }
    if (path == u"/api/v3/funds") {
        return ok({{"fund_limit",
                    QJsonArray{
                        QJsonObject{{"id", 1}, {"title", "Total Balance"}, {"equityAmount", 250000}},
                        QJsonObject{{"id", 2}, {"title", "Utilized Amount"}, {"equityAmount", 50000}},
                        QJsonObject{{"id", 10}, {"title", "Available Balance"}, {"equityAmount", 200000}}}}});
    }
    if (path == u"/api/v3/holdings") {
        return ok({{"holdings",
                    QJsonArray{QJsonObject{
                        {"symbol", "NSE:SBIN-EQ"}, {"quantity", 20}, {"costPrice", 600}, {"ltp", 620}}}}});
    }
    if (path == u"/api/v3/positions") {
        return ok({{"netPositions",
                    QJsonArray{QJsonObject{{"symbol", "NSE:INFY-EQ"},
                                           {"productType", "INTRADAY"},
                                           {"netQty", 4},
                                           {"netAvg", 1440},
                                           {"ltp", 1450},
                                           {"realized_profit", 80}}}}});
    }
    if (path == u"/api/v3/tradebook") {
        return ok({{"tradeBook", m_trades}});
    }
    if (path == u"/api/v3/orders" && r.method == "GET") {
        const QString id = query.queryItemValue("id");
        QJsonArray book;
        for (const QJsonValue& v : m_orders) {
            if (id.isEmpty() || v.toObject().value("id").toString() == id) {
                book.append(v);
            }
        }
        return ok({{"orderBook", book}});
    }
    if (path == u"/api/v3/orders/sync" && r.method == "POST") {
        const QString symbol = body.value("symbol").toString();
        const int qty = body.value("qty").toInt();
        const int type = body.value("type").toInt();
        if (symbol.isEmpty() || qty <= 0 || type < 1 || type > 4
            || (body.value("side").toInt() != 1 && body.value("side").toInt() != -1)) {
            return fyersError(400, -50, "Invalid input: check symbol, qty, type and side");
        }
        if ((type == 1 || type == 4) && body.value("limitPrice").toDouble() <= 0) {
            return fyersError(400, -50, "Invalid limit price");
        }
        const QString id = QString::number(2401150001LL + m_orders.size());
        QJsonObject o{{"id", id},
                      {"orderTag", body.value("orderTag")},
                      {"symbol", symbol},
                      {"side", body.value("side")},
                      {"type", type},
                      {"productType", body.value("productType")},
                      {"qty", qty},
                      {"filledQty", 0},
                      {"remainingQuantity", qty},
                      {"tradedPrice", 0},
                      {"limitPrice", body.value("limitPrice")},
                      {"stopPrice", body.value("stopPrice")},
                      {"message", ""},
                      {"orderDateTime", fyersNow()}};
        if (symbol == m_rejectSymbol) {
            o.insert("status", 5);
            o.insert("message", "RMS: Rejected: security is in ban period");
        } else if (type == 2) {
            o.insert("status", 2);
            o.insert("filledQty", qty);
            o.insert("remainingQuantity", 0);
            o.insert("tradedPrice", lastPrice(symbol));
            m_trades.append(QJsonObject{{"tradeNumber", QString::number(5001 + m_trades.size())},
                                        {"orderNumber", id},
                                        {"symbol", symbol},
                                        {"side", body.value("side")},
                                        {"tradedQty", qty},
                                        {"tradePrice", lastPrice(symbol)},
                                        {"orderDateTime", fyersNow()}});
        } else {
            o.insert("status", 6);
        }
        m_orders.append(o);
        return ok({{"code", 1101}, {"message", "Successfully placed order"}, {"id", id}});
    }
    if (path == u"/api/v3/orders/sync" && (r.method == "PATCH" || r.method == "DELETE")) {
        const QString id = body.value("id").toString();
        for (qsizetype i = 0; i < m_orders.size(); ++i) {
            QJsonObject o = m_orders[i].toObject();
            if (o.value("id").toString() != id) {
                continue;
            }
            if (o.value("status").toInt() != 6) {
                return fyersError(400,
                                  -52,
                                  QStringLiteral("Order %1 is not pending: it cannot be %2")
                                      .arg(id, r.method == "PATCH" ? "modified" : "cancelled"));
            }
            if (r.method == "DELETE") {
                o.insert("status", 1);
                o.insert("message", "Cancelled by user");
            } else {
                for (const char* key : {"qty", "type", "limitPrice", "stopPrice"}) {
                    if (body.contains(key)) {
                        o.insert(key, body.value(key));
                    }
                }
                o.insert("remainingQuantity", o.value("qty"));
            }
            m_orders[i] = o;
            return ok({{"code", r.method == "PATCH" ? 1102 : 1103}, {"id", id}});
        }
        return fyersError(400, -51, "Invalid order id");
    }
    return fyersError(404, -1, "Not found");
}

} // namespace Tessera::Test
