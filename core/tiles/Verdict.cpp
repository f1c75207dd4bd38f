#include "core/tiles/Verdict.h"

#include <algorithm>
#include <cmath>

namespace Tessera::Tiles {

Verdict verdict(const VerdictInputs& in, const AnalysisSettings& settings)
{
    const double momentum =
        in.vol > 0 ? std::clamp(in.ret20 / (2 * in.vol * std::sqrt(20.0)), -1.0, 1.0) : 0.0;
    const double flow = std::clamp((in.flowTilt + in.imbalance) / 2, -1.0, 1.0);
    double liquidity = 0;
    if (!in.amihudTail.empty()) {
        const double today = in.amihudTail.back();
        const auto below = std::count_if(
            in.amihudTail.begin(), in.amihudTail.end(), [today](double a) { return a < today; });
        liquidity = 1 - 2 * (static_cast<double>(below) / static_cast<double>(in.amihudTail.size()));
    }
    const double cost = std::clamp(1 - in.costBps / 25.0, -1.0, 1.0);
    return combineVerdict(momentum, flow, liquidity, cost, settings);
}

Verdict
combineVerdict(double momentum, double flow, double liquidity, double cost, const AnalysisSettings& settings)
{
    const AnalysisSettings& s = settings;
    Verdict v;
    v.momentum = momentum;
    v.flow = flow;
    v.liquidity = liquidity;
    v.cost = cost;
    v.formula = s.verdictFormula;

    v.directionPart = s.weightMomentum * momentum + s.weightFlow * flow;
    // The shares, not the weights, multiply the components: with equal weights they are exactly 0.5, so
    // t is computed as the peer computes 0.5·liquidity + 0.5·cost, bit for bit.
    const double tradabilityWeight = s.weightLiquidity + s.weightCost;
    if (tradabilityWeight > 0) {
        const double liquidityShare = s.weightLiquidity / tradabilityWeight;
        const double costShare = s.weightCost / tradabilityWeight;
        v.tradability = std::max(0.0, liquidityShare * liquidity + costShare * cost);
    }
    const double directionWeight = s.weightMomentum + s.weightFlow;
    v.strengthening = directionWeight > 0 ? tradabilityWeight / directionWeight : 0.0;

    switch (s.verdictFormula) {
    case VerdictFormula::Directional:
        v.score = v.directionPart * (1 + v.strengthening * v.tradability);
        break;
    case VerdictFormula::Seed:
        v.score = s.weightMomentum * momentum + s.weightFlow * flow + s.weightLiquidity * liquidity
                  + s.weightCost * cost;
        break;
    }
    v.direction = v.score > s.upThreshold     ? QStringLiteral("UP")
                  : v.score < s.downThreshold ? QStringLiteral("DOWN")
                                              : QStringLiteral("NEUTRAL");
    v.confidence = std::min(std::fabs(v.score), 1.0);
    return v;
}

} // namespace Tessera::Tiles
