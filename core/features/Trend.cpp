#include "core/features/Trend.h"

#include <cmath>

#include <QtGlobal>

namespace Tessera::Features {

Series sma(const Series& close, int n)
{
    return rollingMean(close, n);
}

Macd macd(const Series& close, int fast, int slow, int signal)
{
    Macd out;
    const Series emaFast = ema(close, fast);
    const Series emaSlow = ema(close, slow);
    out.macd.resize(close.size());
    for (std::size_t i = 0; i < close.size(); ++i) {
        out.macd[i] = emaFast[i] - emaSlow[i];
    }
    out.signal = ema(out.macd, signal);
    out.histogram.resize(close.size());
    for (std::size_t i = 0; i < close.size(); ++i) {
        out.histogram[i] = out.macd[i] - out.signal[i];
    }
    return out;
}

Adx adx(const Series& high, const Series& low, const Series& trueRange, int n)
{
    Q_ASSERT(high.size() == low.size() && high.size() == trueRange.size());
    const std::size_t count = high.size();
    Series plusDm(count, nan());
    Series minusDm(count, nan());
    for (std::size_t i = 1; i < count; ++i) {
        const double dh = high[i] - high[i - 1];
        const double dl = low[i - 1] - low[i];
        // NaN differences compare false everywhere, so a missing bar moves neither side (as TTR/ta.py).
        const bool neither = dh == dl || (dh < 0 && dl < 0);
        plusDm[i] = neither ? 0.0 : (dh > dl ? dh : 0.0);
        minusDm[i] = neither ? 0.0 : (dh < dl ? dl : 0.0);
    }
    const Series trSum = wilderSum(trueRange, n);
    const Series plusSum = wilderSum(plusDm, n);
    const Series minusSum = wilderSum(minusDm, n);
    Adx out;
    out.plusDi.resize(count);
    out.minusDi.resize(count);
    out.dx.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        out.plusDi[i] = 100.0 * plusSum[i] / trSum[i];
        out.minusDi[i] = 100.0 * minusSum[i] / trSum[i];
        out.dx[i] = 100.0 * std::fabs(out.plusDi[i] - out.minusDi[i]) / (out.plusDi[i] + out.minusDi[i]);
    }
    out.adx = ema(out.dx, n, true);
    return out;
}

} // namespace Tessera::Features
