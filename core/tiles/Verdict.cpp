#include "core/tiles/Verdict.h"

#include <algorithm>
#include <cmath>

namespace Tessera::Tiles {

Verdict verdict(const VerdictInputs& in, const AnalysisSettings& settings)
{
    Verdict v;
    v.momentum = in.vol > 0 ? std::clamp(in.ret20 / (2 * in.vol * std::sqrt(20.0)), -1.0, 1.0) : 0.0;
    v.flow = std::clamp((in.flowTilt + in.imbalance) / 2, -1.0, 1.0);
    if (!in.amihudTail.empty()) {
        const double today = in.amihudTail.back();
        const auto below = std::count_if(
            in.amihudTail.begin(), in.amihudTail.end(), [today](double a) { return a < today; });
        v.liquidity = 1 - 2 * (static_cast<double>(below) / static_cast<double>(in.amihudTail.size()));
    }
    v.cost = std::clamp(1 - in.costBps / 25.0, -1.0, 1.0);
    v.score = settings.weightMomentum * v.momentum + settings.weightFlow * v.flow
              + settings.weightLiquidity * v.liquidity + settings.weightCost * v.cost;
    v.direction = v.score > settings.upThreshold     ? QStringLiteral("UP")
                  : v.score < settings.downThreshold ? QStringLiteral("DOWN")
                                                     : QStringLiteral("NEUTRAL");
    v.confidence = std::min(std::fabs(v.score), 1.0);
    return v;
}

} // namespace Tessera::Tiles
