#include "core/fundamentals/YahooQuoteSummary.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tessera::Fundamentals {

namespace {

/** A module's numeric value: a plain number, or `{"raw": …}` when the answer was formatted. */
double number(const QJsonObject& module, const char* key)
{
    const QJsonValue v = module.value(QLatin1String(key));
    if (v.isDouble()) {
        return v.toDouble();
    }
    if (v.isObject() && v.toObject().value(QStringLiteral("raw")).isDouble()) {
        return v.toObject().value(QStringLiteral("raw")).toDouble();
    }
    return kMissing;
}

void put(Record& r, Field f, double value, double scale = 1.0)
{
    if (!isMissing(value) && std::isfinite(value) && !r.has(f)) {
        r.set(f, value * scale);
    }
}

} // namespace

QString quoteSummaryModules()
{
    return QStringLiteral("financialData,defaultKeyStatistics,summaryDetail,assetProfile");
}

Result<Record> parseQuoteSummary(const QByteArray& body, const QString& ticker, QDate asOf)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Error::invalidInput(QStringLiteral("%1: Yahoo's quoteSummary answer is not JSON (%2)")
                                            .arg(ticker, parseError.errorString())));
    }
    const QJsonObject summary = doc.object().value(QStringLiteral("quoteSummary")).toObject();
    const QJsonObject error = summary.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty()) {
        return fail(
            Error::invalidInput(QStringLiteral("%1: Yahoo: %2")
                                    .arg(ticker,
                                         error.value(QStringLiteral("description"))
                                             .toString(error.value(QStringLiteral("code")).toString()))));
    }
    const QJsonArray results = summary.value(QStringLiteral("result")).toArray();
    if (results.isEmpty() || !results.first().isObject()) {
        return fail(
            Error::invalidInput(QStringLiteral("%1: Yahoo's quoteSummary answer has no result").arg(ticker)));
    }
    const QJsonObject result = results.first().toObject();
    const QJsonObject financial = result.value(QStringLiteral("financialData")).toObject();
    const QJsonObject keyStats = result.value(QStringLiteral("defaultKeyStatistics")).toObject();
    const QJsonObject detail = result.value(QStringLiteral("summaryDetail")).toObject();
    const QJsonObject profile = result.value(QStringLiteral("assetProfile")).toObject();

    Record r;
    r.ticker = ticker;
    r.asOf = asOf;
    r.source = QStringLiteral("yahoo");
    put(r, Field::Price, number(financial, "currentPrice"));
    put(r, Field::Roe, number(financial, "returnOnEquity"), 100);
    put(r, Field::Roa, number(financial, "returnOnAssets"), 100);
    put(r, Field::OperatingMargin, number(financial, "operatingMargins"), 100);
    put(r, Field::ProfitMargin, number(financial, "profitMargins"), 100);
    put(r, Field::NetMargin, number(financial, "profitMargins"), 100);
    put(r, Field::RevenueGrowth, number(financial, "revenueGrowth"), 100);
    put(r, Field::EarningsGrowth, number(financial, "earningsGrowth"), 100);
    put(r, Field::DebtToEquity, number(financial, "debtToEquity"), 0.01);
    put(r, Field::CurrentRatio, number(financial, "currentRatio"));
    put(r, Field::QuickRatio, number(financial, "quickRatio"));
    put(r, Field::Eps, number(keyStats, "trailingEps"));
    put(r, Field::BookValue, number(keyStats, "bookValue"));
    put(r, Field::PbRatio, number(keyStats, "priceToBook"));
    put(r, Field::Beta, number(keyStats, "beta"));
    put(r, Field::PegRatio, number(keyStats, "pegRatio"));
    put(r, Field::PeRatio, number(detail, "trailingPE"));
    put(r, Field::MarketCap, number(detail, "marketCap"));
    put(r, Field::Volume, number(detail, "volume"));
    put(r, Field::DividendYield, number(detail, "dividendYield"), 100);
    put(r, Field::Beta, number(detail, "beta"));
    r.sector = profile.value(QStringLiteral("sector")).toString();
    r.industry = profile.value(QStringLiteral("industry")).toString();
    return r;
}

} // namespace Tessera::Fundamentals
