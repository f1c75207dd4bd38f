#include "core/features/Momentum.h"

#include <cmath>

#include <QtGlobal>

namespace Tessera::Features {

Series rsi(const Series& close, int n)
{
    const std::size_t count = close.size();
    Series up(count, nan());
    Series down(count, nan());
    for (std::size_t i = 1; i < count; ++i) {
        const double d = close[i] - close[i - 1];
        up[i] = d > 0 ? d : 0.0;
        down[i] = d < 0 ? -d : 0.0;
    }
    const Series avgUp = ema(up, n, true);
    const Series avgDown = ema(down, n, true);
    Series out(count);
    for (std::size_t i = 0; i < count; ++i) {
        out[i] = 100.0 * avgUp[i] / (avgUp[i] + avgDown[i]);
    }
    return out;
}

Stochastic stochastic(const Series& high, const Series& low, const Series& close, int n, int dFast, int dSlow)
{
    Q_ASSERT(high.size() == close.size() && low.size() == close.size());
    const std::size_t count = close.size();
    const Series hh = rollingMax(high, n);
    const Series ll = rollingMin(low, n);
    Series fast(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double k = (close[i] - ll[i]) / (hh[i] - ll[i]);
        // TTR sets an undefined ratio (HH == LL) to the middle of the range once the window is full.
        fast[i] = (std::isfinite(k) || std::isnan(hh[i])) ? k : 0.5;
    }
    Series fastD = rollingMean(fast, dFast);
    Series slowD = rollingMean(fastD, dSlow);
    Stochastic out;
    out.fastK.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        out.fastK[i] = 100.0 * fast[i];
        fastD[i] *= 100.0;
        slowD[i] *= 100.0;
    }
    out.slowK = std::move(fastD);
    out.slowD = std::move(slowD);
    return out;
}

Series williamsR(const Series& high, const Series& low, const Series& close, int n)
{
    const std::size_t count = close.size();
    const Series hh = rollingMax(high, n);
    const Series ll = rollingMin(low, n);
    Series out(count);
    for (std::size_t i = 0; i < count; ++i) {
        double w = (hh[i] - close[i]) / (hh[i] - ll[i]);
        if (std::isnan(w) && !std::isnan(hh[i])) {
            w = 0.5;
        }
        out[i] = -100.0 * w;
    }
    return out;
}

Series cci(const Series& high, const Series& low, const Series& close, int n)
{
    const std::size_t count = close.size();
    const auto window = static_cast<std::size_t>(n);
    Series tp(count);
    for (std::size_t i = 0; i < count; ++i) {
        tp[i] = (high[i] + low[i] + close[i]) / 3.0;
    }
    const Series mean = rollingMean(tp, n);
    Series out(count, nan());
    std::vector<double> deviation(window);
    for (std::size_t i = window - 1; i < count && window > 0; ++i) {
        for (std::size_t j = 0; j < window; ++j) {
            deviation[j] = std::fabs(tp[i + 1 - window + j] - mean[i]);
        }
        const double md = pairwiseSum(deviation.data(), window) / static_cast<double>(n);
        out[i] = (tp[i] - mean[i]) / (0.015 * md);
    }
    return out;
}

Series roc(const Series& close, int n)
{
    Series out(close.size(), nan());
    const auto k = static_cast<std::size_t>(n);
    for (std::size_t i = k; i < close.size(); ++i) {
        out[i] = close[i] / close[i - k] - 1.0;
    }
    return out;
}

Series momentum(const Series& close, int n)
{
    return difference(close, n);
}

} // namespace Tessera::Features
