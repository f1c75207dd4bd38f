#pragma once

#include <QColor>
#include <QDate>
#include <QPalette>
#include <QString>

#include "core/ml/Evaluation.h"

namespace Tessera::Ui::ModelFormat {

/**
 * How the predictions panel and the Models view write model numbers, so both read the same: NaN
 * (an undefined metric) is "—", rates are percentages, and every out-of-sample metric is shown next
 * to the baseline the production-ready gate compares it with (Ml::Evaluation, Evaluation.h).
 */

/** The better naive baseline by MSE ("zero" return or training "mean"): R² and MAE compare with it. */
const Ml::Metrics& bestBaseline(const Ml::Evaluation& e);
/** The baseline of the hit rate: the training mean (a zero forecast has no direction). */
inline const Ml::Metrics& hitBaseline(const Ml::Evaluation& e)
{
    return e.oosMean;
}

/** v with `decimals` decimals (locale), "—" for NaN. */
QString number(double v, int decimals = 3);
/** A fraction as a percentage: 0.5231 → "52.3%"; "—" for NaN. */
QString percent(double fraction, int decimals = 1);
/** A signed percentage: 0.0042 → "+0.42%". */
QString signedPercent(double fraction, int decimals = 2);
/** "model vs baseline" in one cell, e.g. "52.3% vs 50.1%". */
QString versus(const QString& model, const QString& baseline);

/** The price move a log return means: exp(r) − 1. */
double move(double logReturn);

/** "✓ ready" or "not ready". */
QString readyText(bool ready);
/** Green for ready, the palette's placeholder grey otherwise (caller passes that grey). */
QColor readyColor(bool ready, const QColor& notReady);

/**
 * A horizon by its trading days, as training counts them: 1 → "1D", 5 → "5D", 21 → "21D" (the same
 * name everywhere; horizonDetail says "trading days" for tooltips).
 */
QString horizonName(int tradingDays);
/** "1 trading day", "5 trading days": the exact meaning, for tooltips and sub-titles. */
QString horizonDetail(int tradingDays);

/**
 * The palette's placeholder grey made opaque over the window colour: usable in style sheets and rich
 * text, which drop the alpha channel (and would show Qt's half-transparent placeholder as black).
 */
QColor mutedColor(const QPalette& palette);

/** "2021-03-01 – 2024-05-10". */
QString dataRange(const QDate& from, const QDate& to);

/** Tooltip: the gate's verdict plus the pooled numbers beside both baselines. */
QString evaluationToolTip(const Ml::Evaluation& e, int horizon);

} // namespace Tessera::Ui::ModelFormat
