#include "core/features/Volatility.h"

#include <algorithm>
#include <cmath>

namespace Tessera::Features {
namespace {

/** numpy's maximum/minimum: NaN if either argument is NaN (std::max would drop it silently). */
double nanMax(double a, double b)
{
    return (std::isnan(a) || std::isnan(b)) ? nan() : std::max(a, b);
}

double nanMin(double a, double b)
{
    return (std::isnan(a) || std::isnan(b)) ? nan() : std::min(a, b);
}

} // namespace

Series trueRange(const Series& high, const Series& low, const Series& close)
{
    const std::size_t count = close.size();
    Series out(count, nan());
    for (std::size_t i = 1; i < count; ++i) {
        out[i] = nanMax(high[i], close[i - 1]) - nanMin(low[i], close[i - 1]);
    }
    return out;
}

Series atr(const Series& trueRange, int n)
{
    return ema(trueRange, n, true);
}

Series atrPercent(const Series& atr, const Series& close)
{
    Series out(close.size());
    for (std::size_t i = 0; i < close.size(); ++i) {
        out[i] = 100.0 * atr[i] / close[i];
    }
    return out;
}

Bollinger bollinger(const Series& close, int n, double k)
{
    const std::size_t count = close.size();
    Bollinger out;
    out.middle = rollingMean(close, n);
    const Series sd = rollingStd(close, n, 0);
    out.lower.resize(count);
    out.upper.resize(count);
    out.pctB.resize(count);
    out.width.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        out.upper[i] = out.middle[i] + k * sd[i];
        out.lower[i] = out.middle[i] - k * sd[i];
        out.pctB[i] = (close[i] - out.lower[i]) / (out.upper[i] - out.lower[i]);
        out.width[i] = (out.upper[i] - out.lower[i]) / out.middle[i];
    }
    return out;
}

Series logReturns(const Series& close)
{
    const std::size_t count = close.size();
    Series out(count, nan());
    double previous = count > 0 ? std::log(close[0]) : 0.0;
    for (std::size_t i = 1; i < count; ++i) {
        const double current = std::log(close[i]);
        out[i] = current - previous;
        previous = current;
    }
    return out;
}

Series rollingVolatility(const Series& logReturns, int n)
{
    return rollingStd(logReturns, n, 1);
}

Series historicalVolatility(const Series& logReturns, int n)
{
    Series out = rollingStd(logReturns, n, 1);
    const double annualise = std::sqrt(252.0);
    for (double& v : out) {
        v *= annualise;
    }
    return out;
}

} // namespace Tessera::Features
