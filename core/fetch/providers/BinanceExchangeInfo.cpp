#include "core/fetch/providers/BinanceExchangeInfo.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include "core/fetch/http/HttpClient.h"
#include "core/fetch/providers/BinanceProvider.h"
#include "core/fetch/providers/NetworkProvider.h"

namespace Tessera::Fetch {

Result<QList<ExchangePair>> parseExchangeInfo(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(Error::invalidInput(
            QStringLiteral("Binance's exchangeInfo answer is not valid JSON (%1 at byte %2; truncated?); the "
                           "universe is unchanged")
                .arg(error.errorString())
                .arg(error.offset)));
    }
    const QJsonValue symbols = doc.object().value(QStringLiteral("symbols"));
    if (!doc.isObject() || !symbols.isArray()) {
        return fail(Error::invalidInput(QStringLiteral(
            "Binance's exchangeInfo answer has no \"symbols\" list; the universe is unchanged")));
    }
    const QJsonArray list = symbols.toArray();
    QList<ExchangePair> out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        ExchangePair p;
        const std::pair<const char*, QString*> fields[] = {{"symbol", &p.symbol},
                                                           {"status", &p.status},
                                                           {"baseAsset", &p.baseAsset},
                                                           {"quoteAsset", &p.quoteAsset}};
        for (const auto& [key, target] : fields) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isString() || v.toString().isEmpty()) {
                return fail(Error::invalidInput(
                    QStringLiteral("Binance's exchangeInfo entry %1 has no %2; the universe is unchanged")
                        .arg(i + 1)
                        .arg(QLatin1String(key))));
            }
            *target = v.toString();
        }
        p.spotTradingAllowed = o.value(QStringLiteral("isSpotTradingAllowed")).toBool(true);
        out << p;
    }
    return out;
}

Result<QList<ExchangePair>> fetchExchangeInfo(const NetworkOptions& options, const CancelCheck& canceled)
{
    HttpClientOptions http = httpClientOptions(options);
    http.maxResponseBytes = std::max<qint64>(http.maxResponseBytes, 64LL * 1024 * 1024);
    HttpClient client(http);
    QUrl url(options.baseUrl + QStringLiteral("/api/v3/exchangeInfo"));
    // SPOT pairs only (margin-only pairs cannot be fetched as spot klines); the permission sets are the
    // bulk of the answer and not needed here.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("permissions"), QStringLiteral("SPOT"));
    query.addQueryItem(QStringLiteral("showPermissionSets"), QStringLiteral("false"));
    url.setQuery(query);
    auto response = client.get(url)->wait(canceled);
    if (!response) {
        return fail(response.error());
    }
    if (response->status != 200) {
        return fail(binanceAnswerError(*response, QString(), nullptr));
    }
    return parseExchangeInfo(response->body);
}

} // namespace Tessera::Fetch
