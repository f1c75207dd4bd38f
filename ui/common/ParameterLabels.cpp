#include "ui/common/ParameterLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace Tessera::Ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ParameterLabels", text);
}

QHash<QString, QString> labels()
{
    return {
        // Network fetch (Settings ▸ Data source).
        {QStringLiteral("fetch/yahoo/baseUrl"), tr("Yahoo server")},
        {QStringLiteral("fetch/stooq/baseUrl"), tr("Stooq server")},
        {QStringLiteral("fetch/yahoo/rate"), tr("Yahoo request rate")},
        {QStringLiteral("fetch/stooq/rate"), tr("Stooq request rate")},
        {QStringLiteral("fetch/binance/baseUrl"), tr("Binance server")},
        {QStringLiteral("fetch/binance/rate"), tr("Binance request rate")},
        {QStringLiteral("fetch/binance/weightPerMinute"), tr("Binance weight limit")},
        {QStringLiteral("fetch/binance/interval"), tr("Binance bar interval")},
        // Hourly data and models (issue 21).
        {QStringLiteral("market/dayBoundaryHour"), tr("Day boundary of 24/7 markets")},
        {QStringLiteral("train/hourly/horizons"), tr("Hourly model horizons")},
        {QStringLiteral("train/hourly/fullWindowDays"), tr("Hourly full-retrain window")},
        {QStringLiteral("train/hourly/rfTrees"), tr("Hourly forest trees")},
        {QStringLiteral("train/hourly/rfEngine"), tr("Hourly forest library")},
        {QStringLiteral("predictions/hourly/ttlHours"), tr("Hourly prediction lifetime")},
        {QStringLiteral("fetch/maxConcurrent"), tr("Requests in flight")},
        {QStringLiteral("fetch/timeoutSeconds"), tr("Timeout without data")},
        {QStringLiteral("fetch/deadlineSeconds"), tr("Deadline per request")},
        {QStringLiteral("fetch/maxResponseMB"), tr("Largest answer")},
        {QStringLiteral("fetch/retries"), tr("Retries")},
        {QStringLiteral("fetch/backoffSeconds"), tr("First retry after")},
        {QStringLiteral("fetch/historyRange"), tr("History of a new symbol")},
        {QStringLiteral("fetch/overlapDays"), tr("Update overlap")},
        // Pipeline.
        {QStringLiteral("pipeline/tileBars"), tr("Bars in the tiles")},
        {QStringLiteral("pipeline/notionals"), tr("Order sizes costed")},
        {QStringLiteral("pipeline/impactK"), tr("Market impact coefficient k")},
        {QStringLiteral("pipeline/monteCarloSimulations"), tr("Monte Carlo runs per order size")},
        {QStringLiteral("pipeline/verdictFormula"), tr("Verdict formula")},
        {QStringLiteral("pipeline/weightMomentum"), tr("Verdict weight: momentum")},
        {QStringLiteral("pipeline/weightFlow"), tr("Verdict weight: flow")},
        {QStringLiteral("pipeline/weightLiquidity"), tr("Verdict weight: liquidity")},
        {QStringLiteral("pipeline/weightCost"), tr("Verdict weight: cost")},
        {QStringLiteral("pipeline/upThreshold"), tr("UP above score")},
        {QStringLiteral("pipeline/downThreshold"), tr("DOWN below score")},
        {QStringLiteral("pipeline/validationFactor"), tr("Validation tolerance factor")},
        {QStringLiteral("pipeline/jsonFolder"), tr("JSON documents folder")},
        // Models.
        {QStringLiteral("train/folds"), tr("Walk-forward folds")},
        {QStringLiteral("train/foldBars"), tr("Walk-forward: rows per test fold")},
        {QStringLiteral("train/maxFolds"), tr("Walk-forward: most folds")},
        {QStringLiteral("train/minRows"), tr("Fewest rows to train")},
        {QStringLiteral("train/keepVersions"), tr("Model versions kept")},
        {QStringLiteral("train/maxModelAgeDays"), tr("Retrain forests and boosting after")},
        {QStringLiteral("train/predictionTtlHours"), tr("Predictions expire after")},
        {QStringLiteral("train/gate/minMseSkill"), tr("Production gate: MSE skill over naive")},
        {QStringLiteral("train/gate/minIc"), tr("Production gate: minimum IC")},
        {QStringLiteral("train/gate/minIcT"), tr("Production gate: minimum IC t-statistic")},
        {QStringLiteral("train/gate/minHitEdge"), tr("Production gate: hit-rate edge over naive")},
        {QStringLiteral("train/gate/minFoldShare"), tr("Production gate: share of folds beaten")},
        {QStringLiteral("train/rf/trees"), tr("Random forest: trees")},
        {QStringLiteral("train/rf/engine"), tr("Random forest: library")},
        {QStringLiteral("train/rf/minSamplesPerLeaf"), tr("Random forest: fewest rows in a leaf")},
        {QStringLiteral("train/rf/maxDepth"), tr("Random forest: tree depth")},
        {QStringLiteral("train/rf/minLeafShare"), tr("Random forest: fewest rows in a leaf (share)")},
        {QStringLiteral("train/rf/featureFraction"), tr("Random forest: features tried per split")},
        {QStringLiteral("train/gbm/maxDepth"), tr("Gradient boosting: tree depth")},
        {QStringLiteral("train/gbm/eta"), tr("Gradient boosting: learning rate (eta)")},
        {QStringLiteral("train/gbm/maxRounds"), tr("Gradient boosting: most rounds")},
        // Exports.
        {QStringLiteral("export/retentionDays"), tr("Keep daily exports for")},
        {QStringLiteral("export/folder"), tr("Export folder")},
    };
}

const QHash<QString, QString>& table()
{
    static const QHash<QString, QString> t = labels();
    return t;
}

/** "fetch/maxConcurrent" → "Max concurrent": the last resort for a parameter without a label. */
QString fromKey(const Config::Parameter& p)
{
    QString words;
    for (const QChar c : p.key.section(u'/', -1)) {
        if (c.isUpper() && !words.isEmpty()) {
            words += u' ';
        }
        words += c.toLower();
    }
    if (!p.scope.isEmpty()) {
        words = p.scope + u' ' + words;
    }
    if (!words.isEmpty()) {
        words[0] = words[0].toUpper();
    }
    return words;
}

} // namespace

QString parameterLabel(const Config::Parameter& p)
{
    const auto it = table().constFind(p.key);
    return it != table().cend() ? *it : fromKey(p);
}

bool hasParameterLabel(const QString& key)
{
    return table().contains(key);
}

} // namespace Tessera::Ui
