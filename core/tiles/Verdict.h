#pragma once

#include <vector>

#include <QString>

#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Tiles {

/**
 * The verdict: four components, each in [−1, 1] (the peer's), combined into a score in [−1, 1].
 *   momentum  = clip(ret20 / (2 · vol · √20), −1, 1): the 20-bar return against twice its expected
 *               size under a random walk with daily sd vol (0 when vol is not positive)
 *   flow      = clip((flowTilt + imbalance) / 2, −1, 1): coordinated flow and the window's CLV imbalance
 *   liquidity = 1 − 2 · (share of the last 250 finite Amihud values below today's): +1 = the most liquid
 *               day of the year, −1 = the least
 *   cost      = clip(1 − cost_bps / 25, −1, 1) of the second notional (1e6 by default): 0 bps → +1,
 *               25 bps → 0, ≥ 50 bps → −1
 *
 * The score, with the weights wM, wF, wL, wC (settings pipeline/weight*, defaults 0.45, 0.25, 0.15,
 * 0.15) and the formula of pipeline/verdictFormula:
 *
 *   directional (the default; the peer's `--verdict directional`)
 *     d     = wM·momentum + wF·flow                        the direction part: it alone sets the sign
 *     t     = max(0, (wL·liquidity + wC·cost) / (wL + wC)) tradability in [0, 1] (0 when wL + wC = 0)
 *     k     = (wL + wC) / (wM + wF)                        strengthening factor (0 when wM + wF = 0)
 *     score = d · (1 + k · t)
 *   With the default weights d = 0.45·momentum + 0.25·flow, t = max(0, (liquidity + cost)/2) and
 *   k = 0.30/0.70 = 3/7, exactly the peer's formula. Liquidity and cost can strengthen a signal by up to
 *   k (3/7) and never create or reverse one: d = 0 gives a score of 0, and the score has d's sign. So
 *   the weights keep a meaning in this mode: the direction weights' ratio weighs momentum against flow;
 *   the tradability weights' total, as a share of the direction weights' total, is how much good
 *   tradability may add; their ratio weighs liquidity against cost inside t. |score| ≤ the weights' sum ≤ 1.
 *
 *   seed (the seed's plain weighted sum; the peer's `--verdict seed`)
 *     score = wM·momentum + wF·flow + wL·liquidity + wC·cost   (left to right)
 *   Liquidity and cost add to the score whatever the market did: on the 50 NIFTY stocks they add a
 *   median +0.18, above the UP threshold, so most liquid stocks read UP (README, "Verdict").
 *
 * direction: UP if score > upThreshold, DOWN if score < downThreshold, else NEUTRAL (strict).
 * confidence = min(|score|, 1), kept under the peer's JSON name: the score's distance from 0, not a
 * probability of being right and not an expected move. The UI shows the signed score instead.
 */
struct Verdict
{
    double momentum = 0, flow = 0, liquidity = 0, cost = 0;
    VerdictFormula formula = VerdictFormula::Directional;
    double directionPart = 0; ///< d (both formulas)
    double tradability = 0;   ///< t (both formulas; only the directional score uses it)
    double strengthening = 0; ///< k (both formulas; only the directional score uses it)
    double score = 0;
    double confidence = 0; ///< min(|score|, 1)
    QString direction;     ///< "UP", "DOWN" or "NEUTRAL"
};

struct VerdictInputs
{
    double ret20 = 0;               ///< C[−1]/C[−21] − 1 (0 with 20 bars or fewer)
    double vol = 0;                 ///< daily volatility
    double flowTilt = 0;            ///< clipped coordinated flow
    double imbalance = 0;           ///< absorption-flow imbalance of the window
    std::vector<double> amihudTail; ///< finite Amihud values among the last 250 bars, oldest first
    double costBps = 0;             ///< deterministic cost of the cost notional
};

/** The components from the inputs, then combineVerdict(). Pure. */
Verdict verdict(const VerdictInputs& in, const AnalysisSettings& settings);

/**
 * The score, direction and terms of four components under settings' weights, formula and thresholds
 * (pure; the UI uses it to explain a stored verdict with the same arithmetic).
 */
Verdict
combineVerdict(double momentum, double flow, double liquidity, double cost, const AnalysisSettings& settings);

} // namespace Tessera::Tiles
