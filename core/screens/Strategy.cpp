#include "core/screens/Strategy.h"

#include <QLocale>

namespace Tessera::Screens {

const QList<StrategyFilter>& strategyFilters()
{
    static const QList<StrategyFilter> list = {
        {"min_price", "close", ">=", "Min price", "price"},
        {"max_price", "close", "<=", "Max price", "price"},
        {"min_market_cap", "market_cap", ">=", "Min market cap", "currency"},
        {"min_volume", "avg_volume_20d", ">=", "Min average volume (20 d)", "shares"},
        {"min_rsi", "rsi_14", ">=", "Min RSI 14", "index"},
        {"max_rsi", "rsi_14", "<=", "Max RSI 14", "index"},
        {"min_macd_histogram", "macd_histogram", ">=", "Min MACD histogram", "price"},
        {"max_macd_histogram", "macd_histogram", "<=", "Max MACD histogram", "price"},
        {"max_pe", "pe_ratio", "<=", "Max P/E", "ratio"},
        {"min_roe", "roe", ">=", "Min ROE", "percent"},
        {"max_debt_to_equity", "debt_to_equity", "<=", "Max debt/equity", "ratio"},
        {"min_ml_score", "ml_prediction_score", ">=", "Min ML score", "0-1"},
        {"max_risk", "ml_risk_score", "<=", "Max ML risk", "0-1"},
    };
    return list;
}

QStringList strategyIds()
{
    return {QStringLiteral("growth"),
            QStringLiteral("value"),
            QStringLiteral("balanced"),
            QStringLiteral("momentum")};
}

QString filterConditions(const QJsonObject& settings)
{
    QStringList parts;
    for (const StrategyFilter& f : strategyFilters()) {
        const QJsonValue v = settings.value(QLatin1String(f.key));
        if (!v.isDouble()) {
            continue; // null or absent: off
        }
        parts << QStringLiteral("%1 %2 %3")
                     .arg(QLatin1String(f.field),
                          QLatin1String(f.op),
                          QLocale::c().toString(v.toDouble(), 'g', 15));
    }
    return parts.join(QStringLiteral(" and "));
}

ScreenDefinition builtinStrategy(const QString& id)
{
    ScreenDefinition s;
    if (!strategyIds().contains(id)) {
        return s;
    }
    s.name = id;
    s.strategy = id;
    s.limit = 50;
    s.selection = QStringLiteral("all");
    QJsonObject settings;
    for (const StrategyFilter& f : strategyFilters()) {
        settings.insert(QLatin1String(f.key), QJsonValue::Null);
    }
    settings.insert(QStringLiteral("min_price"), 1);
    settings.insert(QStringLiteral("min_volume"), 10000);
    if (id == QStringLiteral("growth")) {
        s.description = QStringLiteral("Growing earnings and revenue with a high return on equity.");
        settings.insert(QStringLiteral("max_pe"), 60);
        settings.insert(QStringLiteral("min_roe"), 12);
        s.expression = QStringLiteral("earnings_growth >= 10 and revenue_growth >= 5");
        s.ranking = QStringLiteral("earnings_growth, revenue_growth, roe, ml_prediction_score");
    } else if (id == QStringLiteral("value")) {
        s.description = QStringLiteral("Cheap on earnings and book, with modest debt where known.");
        settings.insert(QStringLiteral("max_pe"), 20);
        s.expression = QStringLiteral("pe_ratio > 0 and pb_ratio <= 3");
        s.ranking = QStringLiteral("-pe_ratio, -pb_ratio, -peg_ratio, -debt_to_equity, dividend_yield");
    } else if (id == QStringLiteral("balanced")) {
        s.description = QStringLiteral("Reasonable valuation and profitability in an uptrend.");
        settings.insert(QStringLiteral("max_pe"), 35);
        settings.insert(QStringLiteral("min_roe"), 8);
        settings.insert(QStringLiteral("min_rsi"), 35);
        settings.insert(QStringLiteral("max_rsi"), 70);
        s.expression = QStringLiteral("close > sma_200");
        s.ranking = QStringLiteral("ml_prediction_score, return_60d, -pe_ratio, roe");
    } else {
        s.description = QStringLiteral("Rising prices above their averages, MACD above its signal.");
        settings.insert(QStringLiteral("min_rsi"), 45);
        settings.insert(QStringLiteral("max_rsi"), 75);
        s.expression =
            QStringLiteral("close > sma_50 and close > sma_200 and macd > signal_line and return_20d > 0");
        s.ranking = QStringLiteral("2*return_60d, return_20d, ml_prediction_score");
    }
    s.settings = settings;
    return s;
}

} // namespace Tessera::Screens
