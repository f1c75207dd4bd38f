#include "core/features/Microstructure.h"

#include <cmath>

#include "core/features/Volatility.h"

namespace Tessera::Features {
namespace {

double sign(double v)
{
    if (std::isnan(v)) {
        return v;
    }
    return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0);
}

void finiteOnly(Series& s)
{
    for (double& v : s) {
        if (std::isinf(v)) {
            v = nan();
        }
    }
}

} // namespace

Series simpleReturns(const Series& close)
{
    const std::size_t count = close.size();
    Series out(count, nan());
    double previous = count > 0 ? close[0] : nan();
    for (std::size_t i = 1; i < count; ++i) {
        const double current = std::isnan(close[i]) ? previous : close[i];
        out[i] = current / previous - 1.0;
        previous = current;
    }
    return out;
}

Microstructure microstructure(const BarSeries& adjusted, const Series* logReturnsIn)
{
    const auto& o = adjusted.open();
    const auto& h = adjusted.high();
    const auto& l = adjusted.low();
    const auto& c = adjusted.close();
    const auto& v = adjusted.volume();
    const std::size_t count = c.size();
    const int n = kMicrostructureWindow;

    Microstructure out;
    out.returns = simpleReturns(c);
    Series illiquidity(count), signedValue(count), flow(count);
    out.hlRatio.resize(count);
    out.weekday.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double traded = c[i] * v[i];
        illiquidity[i] = std::fabs(out.returns[i]) / traded;
        signedValue[i] = sign(out.returns[i]) * traded;
        flow[i] = sign(c[i] - o[i]) * v[i];
        out.hlRatio[i] = (h[i] - l[i]) / c[i];
        out.weekday[i] = weekdayOf(adjusted.days()[i]);
    }
    finiteOnly(illiquidity);

    out.amihud = rollingMean(illiquidity, n, 15);
    out.kyleLambda = rollingCov(out.returns, signedValue, n);
    const Series signedVar = rollingVar(signedValue, n, 1);
    const Series hlMean = rollingMean(out.hlRatio, n);
    const Series volumeMean = rollingMean(v, n);
    const Series volumeSd = rollingStd(v, n, 1);
    out.coordinatedFlow = rollingMean(flow, n);
    out.fragmentation.resize(count);
    out.volumeZ.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        out.kyleLambda[i] /= signedVar[i];
        out.fragmentation[i] = out.hlRatio[i] / hlMean[i];
        out.volumeZ[i] = (v[i] - volumeMean[i]) / volumeSd[i];
        out.coordinatedFlow[i] /= volumeMean[i];
    }
    out.volatility = rollingVolatility(logReturnsIn ? *logReturnsIn : logReturns(c), n);
    for (Series* s : {&out.returns,
                      &out.amihud,
                      &out.kyleLambda,
                      &out.fragmentation,
                      &out.volumeZ,
                      &out.volatility,
                      &out.coordinatedFlow,
                      &out.hlRatio}) {
        finiteOnly(*s);
    }
    return out;
}

} // namespace Tessera::Features
