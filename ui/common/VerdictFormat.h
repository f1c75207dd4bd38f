#pragma once

#include <limits>

#include <QString>

#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Ui::VerdictFormat {

/**
 * How every view writes a verdict (the dashboard's badge and card, the universe table), so all read
 * the same and none reads as a probability or a forecast: the direction with the score signed on its
 * −1…+1 scale ("UP · +0.17"), and a tooltip naming the components and the formula
 * (core/tiles/Verdict.h) with its terms worked out by the engine's own arithmetic (combineVerdict).
 * min(|score|, 1), the documents' "confidence", is called the signal's strength and said not to be a
 * probability. A parsed analysis gives its Display with AnalysisView::verdictDisplay().
 */
struct Display
{
    static constexpr double Unknown = std::numeric_limits<double>::quiet_NaN();

    QString direction; ///< UP, DOWN, NEUTRAL or WITHHELD
    double score = 0;
    double momentum = Unknown, flow = Unknown, liquidity = Unknown, cost = Unknown;
    QString formula; ///< "directional" or "seed"; empty = unknown
    /** The weights used (NaN = unknown: the table's summaries do not carry them). */
    double weightMomentum = Unknown, weightFlow = Unknown, weightLiquidity = Unknown, weightCost = Unknown;
    double upThreshold = 0.15;
    double downThreshold = -0.15;
    QString withheldReason; ///< why the verdict is withheld (WITHHELD only)
};

/** From a stored summary (the universe table): no weights or thresholds (the defaults are assumed). */
Display fromSummary(const Tiles::AnalysisSummary& summary);

/** A score with its sign on the −1…+1 scale: 0.172 → "+0.17", −0.33 → "-0.33", a rounded 0 → "0.00". */
QString signedScore(double score, int decimals = 2);
/** "UP · +0.17", "NEUTRAL · -0.04", "WITHHELD". */
QString badgeText(const Display& d);
/** "directional" / "seed (plain sum)", translated; "unknown" when empty. */
QString formulaName(const QString& formula);
/**
 * The formula with the display's weights and its terms: "d = 0.45·momentum + 0.25·flow = +0.164;
 * t = max(0, (liquidity + cost)/2) = 0.875; score = d·(1 + 0.43·t) = +0.225". Without weights, the
 * formula in symbols.
 */
QString formulaText(const Display& d);
/**
 * Several lines: direction and signed score with the thresholds, what the score is not (a probability,
 * an expected move), the components, and formulaText(). A withheld verdict says why first.
 */
QString toolTip(const Display& d);

} // namespace Tessera::Ui::VerdictFormat
