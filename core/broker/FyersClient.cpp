#include "core/broker/FyersClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include "core/broker/OrderText.h"
#include "core/common/Log.h"

namespace Tessera::Broker {

using namespace Portfolio;

namespace {

/** "15-Jan-2024 09:15:00" in IST, or epoch seconds. */
QDateTime fyersTime(const QJsonValue& value)
{
    if (value.isDouble()) {
        return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
    }
    QDateTime t = QLocale::c().toDateTime(value.toString(), QStringLiteral("dd-MMM-yyyy HH:mm:ss"));
    if (!t.isValid()) {
        return {};
    }
    t.setTimeZone(indiaTime());
    return t.toUTC();
}

std::optional<double> positive(const QJsonValue& v)
{
    const double x = v.toDouble();
    return x > 0 ? std::optional<double>(x) : std::nullopt;
}

/** Order types: 1 limit, 2 market, 3 stop (SL-M), 4 stop-limit (SL-L). */
int typeCode(OrderType t)
{
    switch (t) {
    case OrderType::Limit:
        return 1;
    case OrderType::StopLossMarket:
        return 3;
    case OrderType::StopLoss:
        return 4;
    case OrderType::Market:
        break;
    }
    return 2;
}

OrderType typeOf(int code)
{
    switch (code) {
    case 1:
        return OrderType::Limit;
    case 3:
        return OrderType::StopLossMarket;
    case 4:
        return OrderType::StopLoss;
    default:
        return OrderType::Market;
    }
}

/** Status codes: 1 cancelled, 2 traded, 4 transit, 5 rejected, 6 pending, 7 expired. */
OrderStatus statusOf(int code, double filled)
{
    switch (code) {
    case 1:
    case 7:
        return OrderStatus::Cancelled;
    case 2:
        return OrderStatus::Filled;
    case 5:
        return OrderStatus::Rejected;
    case 4:
        return OrderStatus::New;
    default:
        return filled > 0 ? OrderStatus::PartiallyFilled : OrderStatus::Open;
    }
}

bool isTokenCode(int code)
{
    // -8 token expired, -15 invalid token, -16 could not authenticate, -17 token invalid or expired.
    return code == -8 || code == -15 || code == -16 || code == -17;
}

} // namespace

Endpoints FyersClient::productionEndpoints()
{
    return {QUrl(QStringLiteral("https://api-t1.fyers.in/api/v3")),
            QUrl(QStringLiteral("https://api-t1.fyers.in/api/v3/generate-authcode")),
            QUrl(QStringLiteral("https://public.fyers.in/sym_details/NSE_CM.csv"))};
}

Endpoints FyersClient::endpointsAt(const QUrl& base)
{
    const QString root = base.toString(QUrl::StripTrailingSlash);
    return {QUrl(root + QStringLiteral("/api/v3")),
            QUrl(root + QStringLiteral("/api/v3/generate-authcode")),
            QUrl(root + QStringLiteral("/sym_details/NSE_CM.csv"))};
}

FyersClient::FyersClient(Credentials credentials, const ClientOptions& options)
    : BrokerClient(QStringLiteral("fyers"),
                   std::move(credentials),
                   options.baseUrl.isEmpty() ? productionEndpoints() : endpointsAt(options.baseUrl),
                   options,
                   3.0)
{}

QUrl FyersClient::loginUrl(const QString& state, const QUrl& redirectUrl) const
{
    QUrl url = endpoints().login;
    const auto enc = [](const QString& v) {
        return QString::fromLatin1(QUrl::toPercentEncoding(v));
    };
    url.setQuery(QStringLiteral("client_id=%1&redirect_uri=%2&response_type=code&state=%3")
                     .arg(enc(credentials().apiKey), enc(redirectUrl.toString()), enc(state)),
                 QUrl::StrictMode);
    return url;
}

Result<QString> FyersClient::loginCode(const QUrlQuery& redirect) const
{
    const QString code = redirect.queryItemValue(QStringLiteral("auth_code"));
    if (redirect.queryItemValue(QStringLiteral("s")) != u"ok" || code.isEmpty()) {
        return fail(Error::invalidInput(
            QCoreApplication::translate("Broker", "Fyers did not log in (%1): try again")
                .arg(redirect.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded))));
    }
    return code;
}

Error FyersClient::errorOf(const Fetch::HttpResponse& response, const QString& action) const
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const int code = body.value(QStringLiteral("code")).toInt();
    const QString message = body.value(QStringLiteral("message")).toString();
    auto tr = [](const char* text) {
        return QCoreApplication::translate("Broker", text);
    };
    if (response.status == 429 || code == -429) {
        return Error::io(
            tr("Fyers' rate limit was hit while %1 (HTTP %2, %3 attempts): wait a minute and try again")
                .arg(action)
                .arg(response.status)
                .arg(response.attempts));
    }
    if (isTokenCode(code) || response.status == 401) {
        return loginAgain(QStringLiteral("%1 %2").arg(code).arg(message));
    }
    if (message.contains(QStringLiteral("margin"), Qt::CaseInsensitive)
        || message.contains(QStringLiteral("fund"), Qt::CaseInsensitive)) {
        return Error::invalidInput(tr("Fyers refused %1: insufficient funds (%2)").arg(action, message));
    }
    if (message.contains(QStringLiteral("market"), Qt::CaseInsensitive)
        && message.contains(QStringLiteral("clos"), Qt::CaseInsensitive)) {
        return Error::invalidInput(tr("Fyers refused %1: the market is closed (%2)").arg(action, message));
    }
    if (code == -99) {
        return Error::invalidInput(tr("Fyers rejected %1: %2").arg(action, message));
    }
    if (code < 0 && response.status < 500) {
        return Error::invalidInput(tr("Fyers refused %1: %2 (code %3)").arg(action, message).arg(code));
    }
    return Error::io(tr("Fyers answered HTTP %1 while %2%3")
                         .arg(response.status)
                         .arg(action, message.isEmpty() ? QString() : QStringLiteral(": ") + message));
}

Result<QJsonObject> FyersClient::call(const QByteArray& method,
                                      const QString& path,
                                      const QJsonObject& body,
                                      const QString& action,
                                      bool idempotent,
                                      const QUrlQuery& query)
{
    Fetch::HttpRequest request;
    request.method = method;
    request.url = QUrl(endpoints().api.toString(QUrl::StripTrailingSlash) + path);
    if (!query.isEmpty()) {
        request.url.setQuery(query);
    }
    const Session s = session();
    if (!s.accessToken.isEmpty()) {
        request.headers.append({QByteArrayLiteral("Authorization"),
                                QString(credentials().apiKey + u':' + s.accessToken).toUtf8()});
    }
    if (method != "GET") {
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    request.idempotent = idempotent;
    auto response = exchange(std::move(request));
    if (!response) {
        return fail(response.error().prefixed(action));
    }
    const QJsonObject answer = QJsonDocument::fromJson(response->body).object();
    if (response->status != 200 || answer.value(QStringLiteral("s")).toString() != u"ok") {
        return fail(errorOf(*response, action));
    }
    return answer;
}

Result<Session> FyersClient::createSession(const QString& authCode)
{
    const QJsonObject body{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("appIdHash"), sha256Hex(credentials().apiKey + u':' + credentials().apiSecret)},
        {QStringLiteral("code"), authCode}};
    auto answer =
        call("POST", QStringLiteral("/validate-authcode"), body, QStringLiteral("logging in"), false);
    if (!answer) {
        return fail(answer.error());
    }
    Session s;
    s.accessToken = answer->value(QStringLiteral("access_token")).toString();
    if (s.accessToken.isEmpty()) {
        return fail(
            Error::io(QCoreApplication::translate("Broker", "Fyers' login answer lacks the access token")));
    }
    s.loginAt = QDateTime::currentDateTimeUtc();
    setSession(s);
    auto who = profile();
    if (!who) {
        setSession({});
        return fail(who.error());
    }
    setSession(*who);
    spdlog::info("Fyers: logged in as {}", who->accountId);
    return *who;
}

Result<Session> FyersClient::profile()
{
    auto answer = call("GET", QStringLiteral("/profile"), {}, QStringLiteral("reading the profile"));
    if (!answer) {
        return fail(answer.error());
    }
    const QJsonObject data = answer->value(QStringLiteral("data")).toObject();
    Session s = session();
    s.accountId = data.value(QStringLiteral("fy_id")).toString();
    s.accountName = data.value(QStringLiteral("name")).toString();
    return s;
}

QString FyersClient::tickerOf(const QString& fyersSymbol, const SymbolMap& map) const
{
    return map.toTicker(fyersSymbol).value_or(tickerFromFyers(fyersSymbol));
}

BrokerOrder FyersClient::orderOf(const QJsonObject& o, const SymbolMap& map) const
{
    BrokerOrder b;
    b.brokerOrderId = o.value(QStringLiteral("id")).toString();
    b.clientOrderId = o.value(QStringLiteral("orderTag")).toString();
    b.symbol = tickerOf(o.value(QStringLiteral("symbol")).toString(), map);
    b.side = o.value(QStringLiteral("side")).toInt() == -1 ? Side::Sell : Side::Buy;
    b.type = typeOf(o.value(QStringLiteral("type")).toInt());
    b.product = o.value(QStringLiteral("productType")).toString() == u"INTRADAY" ? Product::Intraday
                                                                                 : Product::Delivery;
    b.quantity = o.value(QStringLiteral("qty")).toDouble();
    b.filledQuantity = o.value(QStringLiteral("filledQty")).toDouble();
    b.averagePrice = o.value(QStringLiteral("tradedPrice")).toDouble();
    b.price = positive(o.value(QStringLiteral("limitPrice")));
    b.triggerPrice = positive(o.value(QStringLiteral("stopPrice")));
    b.status = statusOf(o.value(QStringLiteral("status")).toInt(), b.filledQuantity);
    b.statusMessage = o.value(QStringLiteral("message")).toString();
    b.placedAt = fyersTime(o.value(QStringLiteral("orderDateTime")));
    b.updatedAt = b.placedAt;
    return b;
}

Result<QVector<BrokerOrder>> FyersClient::orders(const QString& id)
{
    auto map = instruments();
    if (!map) {
        return fail(map.error());
    }
    QUrlQuery query;
    if (!id.isEmpty()) {
        query.addQueryItem(QStringLiteral("id"), id);
    }
    auto answer =
        call("GET", QStringLiteral("/orders"), {}, QStringLiteral("reading the orders"), true, query);
    if (!answer) {
        return fail(answer.error());
    }
    QVector<BrokerOrder> out;
    for (const QJsonValue& v : answer->value(QStringLiteral("orderBook")).toArray()) {
        out.append(orderOf(v.toObject(), **map));
    }
    return out;
}

Result<BrokerSnapshot> FyersClient::sync()
{
    auto begun = beginSnapshot();
    if (!begun) {
        return fail(begun.error());
    }
    auto& [snap, symbols] = *begun;

    auto funds = call("GET", QStringLiteral("/funds"), {}, QStringLiteral("reading the funds"));
    if (!funds) {
        return fail(funds.error());
    }
    // fund_limit rows by id: 1 total balance, 2 utilised amount, 10 available balance.
    for (const QJsonValue& v : funds->value(QStringLiteral("fund_limit")).toArray()) {
        const QJsonObject o = v.toObject();
        const double amount = o.value(QStringLiteral("equityAmount")).toDouble();
        switch (o.value(QStringLiteral("id")).toInt()) {
        case 1:
            snap.funds.total = amount;
            break;
        case 2:
            snap.funds.used = amount;
            break;
        case 10:
            snap.funds.available = amount;
            break;
        default:
            break;
        }
    }

    auto holdings = call("GET", QStringLiteral("/holdings"), {}, QStringLiteral("reading the holdings"));
    if (!holdings) {
        return fail(holdings.error());
    }
    for (const QJsonValue& v : holdings->value(QStringLiteral("holdings")).toArray()) {
        const QJsonObject o = v.toObject();
        BrokerHolding h;
        h.symbol = tickerOf(o.value(QStringLiteral("symbol")).toString(), *symbols);
        h.quantity = o.value(QStringLiteral("quantity")).toDouble();
        h.averagePrice = o.value(QStringLiteral("costPrice")).toDouble();
        h.lastPrice = o.value(QStringLiteral("ltp")).toDouble();
        snap.holdings.append(h);
    }

    auto positions = call("GET", QStringLiteral("/positions"), {}, QStringLiteral("reading the positions"));
    if (!positions) {
        return fail(positions.error());
    }
    for (const QJsonValue& v : positions->value(QStringLiteral("netPositions")).toArray()) {
        const QJsonObject o = v.toObject();
        BrokerPosition p;
        p.symbol = tickerOf(o.value(QStringLiteral("symbol")).toString(), *symbols);
        p.product = o.value(QStringLiteral("productType")).toString() == u"INTRADAY" ? Product::Intraday
                                                                                     : Product::Delivery;
        p.quantity = o.value(QStringLiteral("netQty")).toDouble();
        p.averagePrice = o.value(QStringLiteral("netAvg")).toDouble();
        p.lastPrice = o.value(QStringLiteral("ltp")).toDouble();
        p.realisedPnl = o.value(QStringLiteral("realized_profit")).toDouble();
        snap.positions.append(p);
    }

    auto book = orders();
    if (!book) {
        return fail(book.error());
    }
    snap.orders = *book;

    auto trades = call("GET", QStringLiteral("/tradebook"), {}, QStringLiteral("reading the trades"));
    if (!trades) {
        return fail(trades.error());
    }
    for (const QJsonValue& v : trades->value(QStringLiteral("tradeBook")).toArray()) {
        const QJsonObject o = v.toObject();
        BrokerTrade t;
        t.tradeId = o.value(QStringLiteral("tradeNumber")).toString();
        t.brokerOrderId = o.value(QStringLiteral("orderNumber")).toString();
        t.symbol = tickerOf(o.value(QStringLiteral("symbol")).toString(), *symbols);
        t.side = o.value(QStringLiteral("side")).toInt() == -1 ? Side::Sell : Side::Buy;
        t.quantity = o.value(QStringLiteral("tradedQty")).toDouble();
        t.price = o.value(QStringLiteral("tradePrice")).toDouble();
        t.time = fyersTime(o.value(QStringLiteral("orderDateTime")));
        snap.trades.append(t);
    }
    snap.takenAt = QDateTime::currentDateTimeUtc();
    return snap;
}

Result<BrokerOrder> FyersClient::place(const OrderRequest& request)
{
    auto quantity = checkOrderRequest(request, displayName());
    if (!quantity) {
        return fail(quantity.error());
    }
    auto symbol = brokerSymbol(request.symbol);
    if (!symbol) {
        return fail(symbol.error());
    }
    const QString tag = orderTag(request.clientOrderId, kTagLength);
    QJsonObject body{
        {QStringLiteral("symbol"), *symbol},
        {QStringLiteral("qty"), *quantity},
        {QStringLiteral("type"), typeCode(request.type)},
        {QStringLiteral("side"), request.side == Side::Sell ? -1 : 1},
        {QStringLiteral("productType"),
         request.product == Product::Intraday ? QStringLiteral("INTRADAY") : QStringLiteral("CNC")},
        {QStringLiteral("limitPrice"), request.price.value_or(0)},
        {QStringLiteral("stopPrice"), request.triggerPrice.value_or(0)},
        {QStringLiteral("validity"), QStringLiteral("DAY")},
        {QStringLiteral("disclosedQty"), 0},
        {QStringLiteral("offlineOrder"), false}};
    if (!tag.isEmpty()) {
        body.insert(QStringLiteral("orderTag"), tag);
    }
    const QString action =
        QCoreApplication::translate("Broker", "the order (%1)").arg(describeOrder(request));
    auto placed = call("POST", QStringLiteral("/orders/sync"), body, action, false);
    if (!placed) {
        if (placed.error().code != ErrorCode::Io || tag.isEmpty()) {
            return fail(placed.error());
        }
        // No answer: look for the tag before anyone places it again.
        return findUnansweredOrder(placed.error(), tag, orders());
    }
    const QString id = placed->value(QStringLiteral("id")).toString();
    spdlog::info("Fyers: placed order {} ({})", id, describeOrder(request));
    auto state = orders(id);
    if (!state || state->isEmpty()) {
        BrokerOrder b;
        b.brokerOrderId = id;
        b.clientOrderId = tag;
        b.symbol = request.symbol;
        b.side = request.side;
        b.type = request.type;
        b.product = request.product;
        b.quantity = request.quantity;
        b.price = request.price;
        b.triggerPrice = request.triggerPrice;
        b.status = OrderStatus::New;
        b.statusMessage = state ? QStringLiteral("not yet in the order book") : state.error().message;
        b.placedAt = b.updatedAt = QDateTime::currentDateTimeUtc();
        return b;
    }
    return state->constFirst();
}

Result<BrokerOrder> FyersClient::modify(const QString& brokerOrderId, const OrderRequest& request)
{
    auto quantity = checkOrderRequest(request, displayName());
    if (!quantity) {
        return fail(quantity.error());
    }
    const QJsonObject body{{QStringLiteral("id"), brokerOrderId},
                           {QStringLiteral("qty"), *quantity},
                           {QStringLiteral("type"), typeCode(request.type)},
                           {QStringLiteral("limitPrice"), request.price.value_or(0)},
                           {QStringLiteral("stopPrice"), request.triggerPrice.value_or(0)}};
    auto changed = call("PATCH",
                        QStringLiteral("/orders/sync"),
                        body,
                        QCoreApplication::translate("Broker", "the change of order %1").arg(brokerOrderId));
    if (!changed) {
        return fail(changed.error());
    }
    auto state = orders(brokerOrderId);
    if (!state) {
        return fail(state.error());
    }
    if (state->isEmpty()) {
        return fail(Error::notFound(
            QCoreApplication::translate("Broker", "Fyers has no order %1").arg(brokerOrderId)));
    }
    return state->constFirst();
}

Result<void> FyersClient::cancel(const QString& brokerOrderId)
{
    auto done =
        call("DELETE",
             QStringLiteral("/orders/sync"),
             QJsonObject{{QStringLiteral("id"), brokerOrderId}},
             QCoreApplication::translate("Broker", "the cancellation of order %1").arg(brokerOrderId));
    if (!done) {
        return fail(done.error());
    }
    return {};
}

Result<SymbolMap> FyersClient::parseInstruments(const QByteArray& csv, const QString& source) const
{
    return parseFyersSymbolMaster(csv, source);
}

} // namespace Tessera::Broker
