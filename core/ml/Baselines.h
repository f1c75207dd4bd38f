#pragma once

#include <QString>

#include "core/ml/Metrics.h"

namespace Tessera::Ml {

/**
 * The naive forecasts every model is measured against, fitted on the same training rows:
 *   ZeroReturn    predicts no move (log return 0): the random-walk forecast of prices
 *   TrainingMean  predicts the mean training return (the drift), whose direction is "always up" or
 *                 "always down": its hit rate is the share of test rows moving that way
 * A model that cannot beat both out of sample has no forecasting value, whatever its in-sample fit.
 */
enum class Baseline
{
    ZeroReturn,
    TrainingMean,
};

QString toString(Baseline b);    ///< "zero", "mean"
QString displayName(Baseline b); ///< "zero return", "training mean"

/** Mean of y[0..n), 0 for n = 0. */
double trainingMean(const double* y, int n);

/**
 * Metrics of a baseline on test rows yTest[0..n). The zero forecast has no direction, so its hit rate
 * is NaN rather than 0; a constant forecast has no IC (NaN).
 */
Metrics baselineMetrics(Baseline b, const double* yTest, int n, double trainMean);

} // namespace Tessera::Ml
