#include "core/screens/PickJson.h"

#include <cmath>

namespace Tessera::Screens {

namespace {
QJsonValue n(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject pickJson(const Pick& p)
{
    return QJsonObject{
        {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
        {QStringLiteral("strategy"), p.strategy},
        {QStringLiteral("symbol"), p.symbol},
        {QStringLiteral("stock_name"), p.stockName},
        {QStringLiteral("rank"), p.rank},
        {QStringLiteral("selection_score"), n(p.selectionScore)},
        {QStringLiteral("current_price"), n(p.currentPrice)},
        {QStringLiteral("market_cap"), n(p.marketCap)},
        {QStringLiteral("market_cap_category"), p.marketCapCategory},
        {QStringLiteral("sector"), p.sector},
        {QStringLiteral("ml_prediction_score"), n(p.mlPredictionScore)},
        {QStringLiteral("ml_price_target"), n(p.mlPriceTarget)},
        {QStringLiteral("ml_confidence"), n(p.mlConfidence)},
        {QStringLiteral("ml_risk_score"), n(p.mlRiskScore)},
        {QStringLiteral("ml_validated"),
         p.hasMl() ? QJsonValue(p.mlValidated) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("technical_indicators"),
         QJsonObject{{QStringLiteral("rsi_14"), n(p.rsi14)},
                     {QStringLiteral("macd"), n(p.macd)},
                     {QStringLiteral("sma_50"), n(p.sma50)},
                     {QStringLiteral("sma_200"), n(p.sma200)}}},
        {QStringLiteral("fundamentals"),
         QJsonObject{{QStringLiteral("pe_ratio"), n(p.peRatio)},
                     {QStringLiteral("pb_ratio"), n(p.pbRatio)},
                     {QStringLiteral("roe"), n(p.roe)},
                     {QStringLiteral("eps"), n(p.eps)},
                     {QStringLiteral("beta"), n(p.beta)},
                     {QStringLiteral("revenue_growth"), n(p.revenueGrowth)},
                     {QStringLiteral("earnings_growth"), n(p.earningsGrowth)},
                     {QStringLiteral("operating_margin"), n(p.operatingMargin)}}},
        {QStringLiteral("trading_signals"),
         QJsonObject{{QStringLiteral("target_price"), n(p.targetPrice)},
                     {QStringLiteral("stop_loss"), n(p.stopLoss)},
                     {QStringLiteral("recommendation"), p.recommendation}}},
        {QStringLiteral("reason"), p.reason},
    };
}

} // namespace Tessera::Screens
