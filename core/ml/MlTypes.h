#pragma once

#include <optional>
#include <vector>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace Tessera::Ml {

/** The per-stock model families (SPEC §6): 3 algorithms × the configured horizons per stock. */
enum class Algorithm
{
    RandomForest,     ///< dlib random_forest_regression_trainer
    GradientBoosting, ///< XGBoost gbtree, hist, through the C API
    Ridge,            ///< Eigen ridge regression on standardised features
};

/** "rf", "gbm", "linear": the ids stored in the database and taken by `--algos`. */
QString toString(Algorithm a);
/** "Random forest", "Gradient boosting", "Ridge (linear)": for logs, tables and the GUI. */
QString displayName(Algorithm a);
std::optional<Algorithm> algorithmFromString(const QString& id);
/** All algorithms, in the order models are trained and listed. */
const QList<Algorithm>& allAlgorithms();

/** Default forecast horizons in trading days: 1D, 5D (a week) and 21D (about a month): shown as such. */
const std::vector<int>& defaultHorizons();

/** "1D", "5D", "21D": a horizon in trading days as labels show it. */
QString horizonLabel(int tradingDays);

/**
 * Parses "rf,gbm,linear" (also accepts "ridge" for linear and "xgb" for gbm); duplicates are dropped,
 * the canonical order kept. An unknown id is an InvalidInput error naming it.
 */
[[nodiscard]] Result<QList<Algorithm>> parseAlgorithms(const QString& text);
/** Parses "1,5,21" (trading days, 1..260), sorted ascending without duplicates. */
[[nodiscard]] Result<std::vector<int>> parseHorizons(const QString& text);

} // namespace Tessera::Ml
