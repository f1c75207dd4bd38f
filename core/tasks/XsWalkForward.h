#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "core/backtest/Panel.h"
#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Tasks {

class TaskContext;

/** What a walk-forward produced, for the backtest's report. */
struct XsWalkForwardSummary
{
    int retrains = 0;   ///< retrain days in the period
    int models = 0;     ///< retrain days with a trained model (the others had too little history)
    int validated = 0;  ///< of those, price models that passed the gate
    QDate firstModel;   ///< the first trained model's as-of day (invalid: none)
    int symbols = 0;    ///< symbols in the cross-section
    int scores = 0;     ///< (symbol, day) scores given to the panel
    QString untrained;  ///< why the earliest retrain days had no model (the first such reason)
    double seconds = 0; ///< loading, training and scoring
};

/**
 * Cross-sectional scores for a backtest, walk-forward (issue 16). The retrain days are the calendar's
 * first day and every retrainDays-th trading day after it. On each, both models are trained exactly as
 * train-xs trains them (stored xs settings: features, folds, gate, calibration) on the panel's symbols
 * with data up to that day only — Ml::buildXsPanel as of the day, so every label ends on or before it —
 * and they score every trading day from the retrain day to the day before the next one
 * (Ml::scoreCrossSection on a panel of those days: a day's rows read no later bar). The scores replace
 * the panel's cross-sectional series (model day = the retrain day), and the backtest reads them with its
 * usual as-of rule. The stored models and scores are neither read nor changed. A retrain day with too
 * little history for the folds trains no model, and its days have no scores. Progress per fit through
 * ctx; cancel between fits. Errors: fewer symbols than the cross-section needs, library failures.
 */
[[nodiscard]] Result<XsWalkForwardSummary> walkForwardXs(const Store::Database& db,
                                                         Backtest::Panel& panel,
                                                         const std::vector<qint64>& calendar,
                                                         int retrainDays,
                                                         TaskContext* ctx = nullptr);

} // namespace Tessera::Tasks
