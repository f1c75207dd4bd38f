#include "core/tiles/SymbolInputs.h"

#include <algorithm>
#include <cmath>

#include "core/features/Trend.h"
#include "core/features/Volume.h"

namespace Tessera::Tiles {
namespace {

/** numpy.nanstd (ddof 0) of the log returns: the peer's volatility when the 20-bar one is missing. */
double populationSdOfLogReturns(const Features::Series& logReturns)
{
    double sum = 0;
    std::size_t n = 0;
    for (double r : logReturns) {
        if (std::isfinite(r)) {
            sum += r;
            ++n;
        }
    }
    if (n == 0) {
        return Features::nan();
    }
    const double mean = sum / static_cast<double>(n);
    double squares = 0;
    for (double r : logReturns) {
        if (std::isfinite(r)) {
            squares += (r - mean) * (r - mean);
        }
    }
    return std::sqrt(squares / static_cast<double>(n));
}

} // namespace

SymbolInputs prepareInputs(const BarSeries& bars, const AnalysisSettings& settings)
{
    const Features::Series& c = bars.close();
    const Features::Series logReturns = Features::logReturns(c);
    SymbolInputs in{bars,
                    Features::microstructure(bars, &logReturns),
                    Features::bollinger(c, 20, 2.0),
                    Features::sma(c, 5),
                    Features::sma(c, 20),
                    Features::sma(c, 50),
                    Features::closeLocationValue(bars.high(), bars.low(), c)};
    in.count = c.size();
    // At least one bar in the window, whatever the settings say (tiles read the window's first bar).
    const auto window = static_cast<std::size_t>(std::max(settings.tileBars, 1));
    in.from = in.count - std::min(window, in.count);
    in.price = c.back();

    const double lastVol = in.features.volatility.back();
    in.vol = std::isfinite(lastVol) ? lastVol : populationSdOfLogReturns(logReturns);

    const std::size_t advBars = std::min<std::size_t>(20, in.count);
    const double adv = Features::pairwiseSum(bars.volume().data() + (in.count - advBars), advBars)
                       / static_cast<double>(advBars);
    in.adv = adv > 0 ? adv : 1.0; // also replaces NaN, as the peer's `adv if adv > 0 else 1.0`

    in.spreadFrac = std::clamp(settings.impactK * in.vol, 2e-4, 5e-2);
    const double flow = in.features.coordinatedFlow.back();
    in.flowTilt = std::isfinite(flow) ? std::clamp(flow, -1.0, 1.0) : 0.0;
    return in;
}

} // namespace Tessera::Tiles
