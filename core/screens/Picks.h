#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/screens/Evaluator.h"
#include "core/screens/ScreenData.h"

namespace Tessera::Screens {

/** One daily pick: a row of the seed's daily_suggested_stocks table (its column names in comments). */
struct Pick
{
    QDate date;     ///< date: the as-of bar day
    QString symbol; ///< symbol
    qint64 symbolId = 0;
    QString stockName;            ///< stock_name
    double currentPrice = 0;      ///< current_price (last close)
    double marketCap = 0;         ///< market_cap
    QString strategy;             ///< strategy
    double selectionScore = 0;    ///< selection_score: the screen's weighted percentile rank, 0..1
    int rank = 0;                 ///< rank: 1 = best
    double mlPredictionScore = 0; ///< ml_prediction_score (NaN: no cross-sectional score)
    double mlPriceTarget = 0;     ///< ml_price_target
    double mlConfidence = 0;      ///< ml_confidence
    double mlRiskScore = 0;       ///< ml_risk_score
    bool mlValidated = false;     ///< the price model passed its gate (else shown as "unvalidated")
    double rsi14 = 0, macd = 0, sma50 = 0, sma200 = 0;           ///< technical snapshot
    double peRatio = 0, pbRatio = 0, roe = 0, eps = 0, beta = 0; ///< fundamental snapshot
    double revenueGrowth = 0, earningsGrowth = 0, operatingMargin = 0;
    double targetPrice = 0; ///< target_price
    double stopLoss = 0;    ///< stop_loss
    QString recommendation; ///< BUY / WATCH / AVOID
    QString reason;
    QString sector;
    QString marketCapCategory;
    QString createdAt; ///< UTC ISO, set by the store

    bool hasMl() const;
};

/** The fields a pick's snapshot, rule and reason read, beyond its screen's own. */
QStringList pickSnapshotFields();

/**
 * The picks of one strategy from its screen's result (already ranked and cut to the limit).
 *
 * Target and stop (documented rule): target = the cross-sectional ML price target when its price model
 * is validated, else close + 2 × ATR 14; stop = close − 2 × ATR 14 (no ATR: both missing, except a
 * validated ML target).
 *
 * Recommendation (documented rule):
 *  - AVOID when the ML risk score is above 0.8, or the verdict is DOWN with strength ≥ 0.5, or a
 *    validated ML score is below 0.3;
 *  - BUY when not AVOID, the selection score is ≥ 0.6, the verdict is not DOWN, and — where present —
 *    the ML score is ≥ 0.5 and the ML risk ≤ 0.6;
 *  - WATCH otherwise.
 *
 * Reason: the two strongest ranking fields ("60-day return +9.7 % (top 4 %)"), then phrases for the
 * conditions that compare a field with another ("close 6.1 % above SMA 200"), RSI with its direction
 * ("RSI 42 and rising"), P/E against the selection's sector median ("P/E 18 vs sector median 24"), and
 * the ML score labelled "(unvalidated)" when its model is.
 */
QList<Pick> buildPicks(const QString& strategy,
                       const Expression& expression,
                       const QList<RankTerm>& ranking,
                       const ScreenResult& result,
                       const ScreenData& data);

/** The recommendation rule above, on a pick's figures plus the verdict. */
QString recommend(const Pick& pick, const QString& verdict, double verdictStrength);

/** The seed's CSV header of suggested_stocks_YYYY-MM-DD.csv, in the table's order. */
QStringList suggestedColumns();

} // namespace Tessera::Screens
