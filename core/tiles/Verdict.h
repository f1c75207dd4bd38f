#pragma once

#include <vector>

#include <QString>

#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Tiles {

/**
 * The verdict's four components, each in [−1, 1] (the peer's verdict):
 *   momentum  = clip(ret20 / (2 · vol · √20), −1, 1): the 20-bar return against twice its expected
 *               size under a random walk with daily sd vol (0 when vol is not positive)
 *   flow      = clip((flowTilt + imbalance) / 2, −1, 1): coordinated flow and the window's CLV imbalance
 *   liquidity = 1 − 2 · (share of the last 250 finite Amihud values below today's): +1 = the most liquid
 *               day of the year, −1 = the least
 *   cost      = clip(1 − cost_bps / 25, −1, 1) of the second notional (1e6 by default): 0 bps → +1,
 *               25 bps → 0, ≥ 50 bps → −1
 * score = Σ weight · component (left to right); UP above upThreshold, DOWN below downThreshold, else
 * NEUTRAL; confidence = min(|score|, 1).
 */
struct Verdict
{
    double momentum = 0, flow = 0, liquidity = 0, cost = 0;
    double score = 0;
    double confidence = 0;
    QString direction; ///< "UP", "DOWN" or "NEUTRAL"
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

Verdict verdict(const VerdictInputs& in, const AnalysisSettings& settings);

} // namespace Tessera::Tiles
