#include "core/broker/KiteClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include "core/broker/OrderText.h"
#include "core/common/Log.h"

namespace Tessera::Broker {

using namespace Portfolio;

namespace {

QDateTime kiteTime(const QJsonValue& value)
{
    QDateTime t = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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

OrderType orderTypeOf(const QString& s)
{
    if (s == u"LIMIT") {
        return OrderType::Limit;
    }
    if (s == u"SL") {
        return OrderType::StopLoss;
    }
    if (s == u"SL-M") {
        return OrderType::StopLossMarket;
    }
    return OrderType::Market;
}

QString orderTypeText(OrderType t)
{
    switch (t) {
    case OrderType::Limit:
        return QStringLiteral("LIMIT");
    case OrderType::StopLoss:
        return QStringLiteral("SL");
    case OrderType::StopLossMarket:
        return QStringLiteral("SL-M");
    case OrderType::Market:
        break;
    }
    return QStringLiteral("MARKET");
}

/** Kite's order statuses (orders/#order-statuses) on the portfolio's states. */
OrderStatus statusOf(const QString& s, double filled)
{
    if (s == u"COMPLETE") {
        return OrderStatus::Filled;
    }
    if (s == u"CANCELLED") {
        return OrderStatus::Cancelled;
    }
    if (s == u"REJECTED") {
        return OrderStatus::Rejected;
    }
    const bool accepted = s == u"OPEN" || s == u"TRIGGER PENDING" || s.startsWith(u"MODIFY")
                          || s.startsWith(u"CANCEL") || s == u"AMO REQ RECEIVED";
    if (!accepted) {
        return OrderStatus::New; // PUT ORDER REQ RECEIVED, VALIDATION PENDING, OPEN PENDING: not at the
                                 // exchange yet
    }
    return filled > 0 ? OrderStatus::PartiallyFilled : OrderStatus::Open;
}

} // namespace

Endpoints KiteClient::productionEndpoints()
{
    return {QUrl(QStringLiteral("https://api.kite.trade")),
            QUrl(QStringLiteral("https://kite.zerodha.com/connect/login")),
            QUrl(QStringLiteral("https://api.kite.trade/instruments/NSE"))};
}

Endpoints KiteClient::endpointsAt(const QUrl& base)
{
    const QString root = base.toString(QUrl::StripTrailingSlash);
    return {QUrl(root),
            QUrl(root + QStringLiteral("/connect/login")),
            QUrl(root + QStringLiteral("/instruments/NSE"))};
}

KiteClient::KiteClient(Credentials credentials, const ClientOptions& options)
    : BrokerClient(QStringLiteral("kite"),
                   std::move(credentials),
                   options.baseUrl.isEmpty() ? productionEndpoints() : endpointsAt(options.baseUrl),
                   options,
                   8.0)
{}

QList<QPair<QByteArray, QByteArray>> KiteClient::headers() const
{
    QList<QPair<QByteArray, QByteArray>> h{{"X-Kite-Version", "3"}};
    const Session s = session();
    if (!s.accessToken.isEmpty()) {
        h.append({QByteArrayLiteral("Authorization"),
                  QString(QStringLiteral("token ") + credentials().apiKey + u':' + s.accessToken).toUtf8()});
    }
    return h;
}

QList<QPair<QByteArray, QByteArray>> KiteClient::instrumentHeaders() const
{
    return headers();
}

QUrl KiteClient::loginUrl(const QString& state, const QUrl& /*redirectUrl: registered with Kite*/) const
{
    QUrl url = endpoints().login;
    // redirect_params come back URL-decoded as query parameters of the redirect (user/#login-flow), so the
    // value itself is percent-encoded once more.
    const auto enc = [](const QString& v) {
        return QString::fromLatin1(QUrl::toPercentEncoding(v));
    };
    url.setQuery(QStringLiteral("v=3&api_key=%1&redirect_params=%2")
                     .arg(enc(credentials().apiKey), enc(QStringLiteral("state=") + state)),
                 QUrl::StrictMode);
    return url;
}

Result<QString> KiteClient::loginCode(const QUrlQuery& redirect) const
{
    const QString token = redirect.queryItemValue(QStringLiteral("request_token"));
    if (redirect.queryItemValue(QStringLiteral("status")) != u"success" || token.isEmpty()) {
        return fail(Error::invalidInput(
            QCoreApplication::translate("Broker", "Kite did not log in (status '%1'): try again")
                .arg(redirect.queryItemValue(QStringLiteral("status")))));
    }
    return token;
}

Error KiteClient::errorOf(const Fetch::HttpResponse& response, const QString& action) const
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString type = body.value(QStringLiteral("error_type")).toString();
    const QString message = body.value(QStringLiteral("message")).toString();
    auto tr = [](const char* text) {
        return QCoreApplication::translate("Broker", text);
    };
    if (response.status == 429) {
        return Error::io(
            tr("Kite's rate limit was hit while %1 (HTTP 429, %2 attempts): wait a minute and try again")
                .arg(action)
                .arg(response.attempts));
    }
    if (type == u"TokenException" || (type.isEmpty() && response.status == 403)) {
        return loginAgain(message.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status) : message);
    }
    if (type == u"MarginException") {
        return Error::invalidInput(tr("Kite refused %1: insufficient funds (%2)").arg(action, message));
    }
    if (type == u"HoldingException") {
        return Error::invalidInput(
            tr("Kite refused %1: not enough shares held to sell (%2)").arg(action, message));
    }
    if (type == u"InputException" && message.contains(QStringLiteral("closed"), Qt::CaseInsensitive)) {
        return Error::invalidInput(tr("Kite refused %1: the market is closed (%2)").arg(action, message));
    }
    if (type == u"InputException") {
        return Error::invalidInput(tr("Kite refused %1: %2").arg(action, message));
    }
    if (type == u"OrderException") {
        return Error::invalidInput(tr("Kite rejected %1: %2").arg(action, message));
    }
    if (type == u"PermissionException") {
        return Error::invalidInput(
            tr("Kite denied %1: %2 (is the app allowed to do this?)").arg(action, message));
    }
    if (type == u"NetworkException" || type == u"DataException" || type == u"GeneralException") {
        return Error::io(tr("Kite's order system failed while %1 (%2: %3)").arg(action, type, message));
    }
    return Error::io(tr("Kite answered HTTP %1 while %2%3")
                         .arg(response.status)
                         .arg(action, message.isEmpty() ? QString() : QStringLiteral(": ") + message));
}

Result<QJsonValue> KiteClient::call(const QByteArray& method,
                                    const QString& path,
                                    const QUrlQuery& form,
                                    const QString& action,
                                    bool idempotent)
{
    Fetch::HttpRequest request;
    request.method = method;
    request.url = QUrl(endpoints().api.toString(QUrl::StripTrailingSlash) + path);
    request.headers = headers();
    request.idempotent = idempotent;
    if (method == "GET" || method == "DELETE") {
        if (!form.isEmpty()) {
            request.url.setQuery(form);
        }
    } else {
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        request.body = form.toString(QUrl::FullyEncoded).toUtf8();
    }
    auto response = exchange(std::move(request));
    if (!response) {
        return fail(response.error().prefixed(action));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(response->body);
    if (response->status != 200 || doc.object().value(QStringLiteral("status")).toString() != u"success") {
        return fail(errorOf(*response, action));
    }
    return doc.object().value(QStringLiteral("data"));
}

Result<Session> KiteClient::createSession(const QString& requestToken)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("api_key"), credentials().apiKey);
    form.addQueryItem(QStringLiteral("request_token"), requestToken);
    form.addQueryItem(QStringLiteral("checksum"),
                      sha256Hex(credentials().apiKey + requestToken + credentials().apiSecret));
    auto data = call("POST", QStringLiteral("/session/token"), form, QStringLiteral("logging in"), false);
    if (!data) {
        return fail(data.error());
    }
    const QJsonObject o = data->toObject();
    Session s;
    s.accessToken = o.value(QStringLiteral("access_token")).toString();
    s.accountId = o.value(QStringLiteral("user_id")).toString();
    s.accountName = o.value(QStringLiteral("user_name")).toString();
    s.loginAt = QDateTime::currentDateTimeUtc();
    if (s.accessToken.isEmpty() || s.accountId.isEmpty()) {
        return fail(Error::io(
            QCoreApplication::translate("Broker", "Kite's login answer lacks the access token or user id")));
    }
    setSession(s);
    spdlog::info("Kite: logged in as {}", s.accountId);
    return s;
}

Result<Session> KiteClient::profile()
{
    auto data = call("GET", QStringLiteral("/user/profile"), {}, QStringLiteral("reading the profile"));
    if (!data) {
        return fail(data.error());
    }
    Session s = session();
    s.accountId = data->toObject().value(QStringLiteral("user_id")).toString();
    s.accountName = data->toObject().value(QStringLiteral("user_name")).toString();
    return s;
}

Result<void> KiteClient::revoke()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("api_key"), credentials().apiKey);
    q.addQueryItem(QStringLiteral("access_token"), session().accessToken);
    auto done = call("DELETE", QStringLiteral("/session/token"), q, QStringLiteral("logging out"));
    if (!done) {
        return fail(done.error());
    }
    return {};
}

QString KiteClient::tickerOf(const QJsonObject& row, const SymbolMap& map) const
{
    const QString exchange = row.value(QStringLiteral("exchange")).toString();
    const QString symbol = row.value(QStringLiteral("tradingsymbol")).toString();
    return map.toTicker(exchange + u':' + symbol).value_or(tickerFromKite(exchange, symbol));
}

BrokerOrder KiteClient::orderOf(const QJsonObject& o, const SymbolMap& map) const
{
    BrokerOrder b;
    b.brokerOrderId = o.value(QStringLiteral("order_id")).toString();
    b.clientOrderId = o.value(QStringLiteral("tag")).toString();
    b.symbol = tickerOf(o, map);
    b.side = o.value(QStringLiteral("transaction_type")).toString() == u"SELL" ? Side::Sell : Side::Buy;
    b.type = orderTypeOf(o.value(QStringLiteral("order_type")).toString());
    b.product =
        o.value(QStringLiteral("product")).toString() == u"MIS" ? Product::Intraday : Product::Delivery;
    b.quantity = o.value(QStringLiteral("quantity")).toDouble();
    b.filledQuantity = o.value(QStringLiteral("filled_quantity")).toDouble();
    b.averagePrice = o.value(QStringLiteral("average_price")).toDouble();
    b.price = positive(o.value(QStringLiteral("price")));
    b.triggerPrice = positive(o.value(QStringLiteral("trigger_price")));
    b.status = statusOf(o.value(QStringLiteral("status")).toString(), b.filledQuantity);
    b.statusMessage = o.value(QStringLiteral("status_message")).toString();
    b.placedAt = kiteTime(o.value(QStringLiteral("order_timestamp")));
    b.updatedAt = kiteTime(o.value(QStringLiteral("exchange_update_timestamp")));
    if (!b.updatedAt.isValid()) {
        b.updatedAt = b.placedAt;
    }
    return b;
}

Result<QVector<BrokerOrder>> KiteClient::orders()
{
    auto map = instruments();
    if (!map) {
        return fail(map.error());
    }
    auto data = call("GET", QStringLiteral("/orders"), {}, QStringLiteral("reading the orders"));
    if (!data) {
        return fail(data.error());
    }
    QVector<BrokerOrder> out;
    for (const QJsonValue& v : data->toArray()) {
        out.append(orderOf(v.toObject(), **map));
    }
    return out;
}

Result<BrokerOrder> KiteClient::orderState(const QString& orderId)
{
    auto map = instruments();
    if (!map) {
        return fail(map.error());
    }
    // The order's history, oldest first: the last entry is its state now
    // (orders/#retrieving-an-orders-history).
    auto data = call("GET",
                     QStringLiteral("/orders/%1").arg(orderId),
                     {},
                     QStringLiteral("reading order %1").arg(orderId));
    if (!data) {
        return fail(data.error());
    }
    const QJsonArray history = data->toArray();
    if (history.isEmpty()) {
        return fail(
            Error::notFound(QCoreApplication::translate("Broker", "Kite has no order %1").arg(orderId)));
    }
    return orderOf(history.last().toObject(), **map);
}

Result<BrokerSnapshot> KiteClient::sync()
{
    auto begun = beginSnapshot();
    if (!begun) {
        return fail(begun.error());
    }
    auto& [snap, symbols] = *begun;

    auto margins = call("GET", QStringLiteral("/user/margins"), {}, QStringLiteral("reading the funds"));
    if (!margins) {
        return fail(margins.error());
    }
    // equity.net is what can be used now; utilised.debits what is blocked (user/#funds-and-margins).
    const QJsonObject equity = margins->toObject().value(QStringLiteral("equity")).toObject();
    snap.funds.available = equity.value(QStringLiteral("net")).toDouble();
    snap.funds.used =
        equity.value(QStringLiteral("utilised")).toObject().value(QStringLiteral("debits")).toDouble();
    snap.funds.total = snap.funds.available + snap.funds.used;

    auto holdings =
        call("GET", QStringLiteral("/portfolio/holdings"), {}, QStringLiteral("reading the holdings"));
    if (!holdings) {
        return fail(holdings.error());
    }
    for (const QJsonValue& v : holdings->toArray()) {
        const QJsonObject o = v.toObject();
        BrokerHolding h;
        h.symbol = tickerOf(o, *symbols);
        // t1_quantity: bought, not yet settled (T+1), but owned.
        h.quantity = o.value(QStringLiteral("quantity")).toDouble()
                     + o.value(QStringLiteral("t1_quantity")).toDouble();
        h.averagePrice = o.value(QStringLiteral("average_price")).toDouble();
        h.lastPrice = o.value(QStringLiteral("last_price")).toDouble();
        snap.holdings.append(h);
    }

    auto positions =
        call("GET", QStringLiteral("/portfolio/positions"), {}, QStringLiteral("reading the positions"));
    if (!positions) {
        return fail(positions.error());
    }
    for (const QJsonValue& v : positions->toObject().value(QStringLiteral("net")).toArray()) {
        const QJsonObject o = v.toObject();
        BrokerPosition p;
        p.symbol = tickerOf(o, *symbols);
        p.product =
            o.value(QStringLiteral("product")).toString() == u"MIS" ? Product::Intraday : Product::Delivery;
        p.quantity = o.value(QStringLiteral("quantity")).toDouble();
        p.averagePrice = o.value(QStringLiteral("average_price")).toDouble();
        p.lastPrice = o.value(QStringLiteral("last_price")).toDouble();
        p.realisedPnl = o.value(QStringLiteral("realised")).toDouble();
        snap.positions.append(p);
    }

    auto book = orders();
    if (!book) {
        return fail(book.error());
    }
    snap.orders = *book;

    auto trades = call("GET", QStringLiteral("/trades"), {}, QStringLiteral("reading the trades"));
    if (!trades) {
        return fail(trades.error());
    }
    for (const QJsonValue& v : trades->toArray()) {
        const QJsonObject o = v.toObject();
        BrokerTrade t;
        t.tradeId = o.value(QStringLiteral("trade_id")).toString();
        t.brokerOrderId = o.value(QStringLiteral("order_id")).toString();
        t.symbol = tickerOf(o, *symbols);
        t.side = o.value(QStringLiteral("transaction_type")).toString() == u"SELL" ? Side::Sell : Side::Buy;
        t.quantity = o.value(QStringLiteral("quantity")).toDouble();
        t.price = o.value(QStringLiteral("average_price")).toDouble();
        t.time = kiteTime(o.value(QStringLiteral("fill_timestamp")));
        snap.trades.append(t);
    }
    snap.takenAt = QDateTime::currentDateTimeUtc();
    return snap;
}

QUrlQuery KiteClient::orderForm(const OrderRequest& request, int quantity) const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("order_type"), orderTypeText(request.type));
    form.addQueryItem(QStringLiteral("quantity"), QString::number(quantity));
    if (request.type == OrderType::Limit || request.type == OrderType::StopLoss) {
        form.addQueryItem(QStringLiteral("price"), QString::number(*request.price, 'f', 2));
    }
    if (request.type == OrderType::StopLoss || request.type == OrderType::StopLossMarket) {
        form.addQueryItem(QStringLiteral("trigger_price"), QString::number(*request.triggerPrice, 'f', 2));
    }
    return form;
}

Result<BrokerOrder> KiteClient::place(const OrderRequest& request)
{
    auto quantity = checkOrderRequest(request, displayName());
    if (!quantity) {
        return fail(quantity.error());
    }
    auto symbol = brokerSymbol(request.symbol);
    if (!symbol) {
        return fail(symbol.error());
    }
    const QString exchange = symbol->section(u':', 0, 0);
    QUrlQuery form = orderForm(request, *quantity);
    form.addQueryItem(QStringLiteral("tradingsymbol"), symbol->section(u':', 1));
    form.addQueryItem(QStringLiteral("exchange"), exchange);
    form.addQueryItem(QStringLiteral("transaction_type"),
                      request.side == Side::Sell ? QStringLiteral("SELL") : QStringLiteral("BUY"));
    form.addQueryItem(QStringLiteral("product"),
                      request.product == Product::Intraday ? QStringLiteral("MIS") : QStringLiteral("CNC"));
    form.addQueryItem(QStringLiteral("validity"), QStringLiteral("DAY"));
    const QString tag = orderTag(request.clientOrderId, kTagLength);
    if (!tag.isEmpty()) {
        form.addQueryItem(QStringLiteral("tag"), tag);
    }
    const QString action =
        QCoreApplication::translate("Broker", "the order (%1)").arg(describeOrder(request));
    auto placed = call("POST", QStringLiteral("/orders/regular"), form, action, false);
    if (!placed) {
        // No answer, or Kite's OMS failed: the order may still have gone through (Kite's advice is to
        // look in the order book before placing again), so look for its tag instead of guessing.
        if (placed.error().code != ErrorCode::Io || tag.isEmpty()) {
            return fail(placed.error());
        }
        return findUnansweredOrder(placed.error(), tag, orders());
    }
    const QString id = placed->toObject().value(QStringLiteral("order_id")).toString();
    spdlog::info("Kite: placed order {} ({})", id, describeOrder(request));
    auto state = orderState(id);
    if (!state) {
        // Placed, state unknown: say so with the id rather than losing it.
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
        b.statusMessage = state.error().message;
        b.placedAt = b.updatedAt = QDateTime::currentDateTimeUtc();
        return b;
    }
    return state;
}

Result<BrokerOrder> KiteClient::modify(const QString& brokerOrderId, const OrderRequest& request)
{
    auto quantity = checkOrderRequest(request, displayName());
    if (!quantity) {
        return fail(quantity.error());
    }
    auto changed = call("PUT",
                        QStringLiteral("/orders/regular/%1").arg(brokerOrderId),
                        orderForm(request, *quantity),
                        QCoreApplication::translate("Broker", "the change of order %1").arg(brokerOrderId));
    if (!changed) {
        return fail(changed.error());
    }
    return orderState(brokerOrderId);
}

Result<void> KiteClient::cancel(const QString& brokerOrderId)
{
    auto done =
        call("DELETE",
             QStringLiteral("/orders/regular/%1").arg(brokerOrderId),
             {},
             QCoreApplication::translate("Broker", "the cancellation of order %1").arg(brokerOrderId));
    if (!done) {
        return fail(done.error());
    }
    return {};
}

Result<SymbolMap> KiteClient::parseInstruments(const QByteArray& csv, const QString& source) const
{
    return parseKiteInstruments(csv, source);
}

} // namespace Tessera::Broker
