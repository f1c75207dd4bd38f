#include "core/features/Volume.h"

#include <cmath>
#include <limits>

namespace Tessera::Features {

Series obv(const Series& close, const Series& volume)
{
    const std::size_t count = close.size();
    Series out(count);
    if (count == 0) {
        return out;
    }
    // TTR compares log returns against sqrt(.Machine$double.eps) rather than testing equality.
    const double tiny = std::sqrt(std::numeric_limits<double>::epsilon());
    double running = volume[0];
    out[0] = running;
    double previousLog = std::log(close[0]);
    for (std::size_t i = 1; i < count; ++i) {
        const double currentLog = std::log(close[i]);
        const double r = currentLog - previousLog;
        previousLog = currentLog;
        double step = r > 0 ? volume[i] : -volume[i];
        if (std::fabs(r) < tiny) {
            step = 0.0;
        }
        running += step;
        out[i] = running;
    }
    return out;
}

Series mfi(const Series& high, const Series& low, const Series& close, const Series& volume, int n)
{
    const std::size_t count = close.size();
    Series positive(count, nan());
    Series negative(count, nan());
    double previousTp = count > 0 ? (high[0] + low[0] + close[0]) / 3.0 : 0.0;
    for (std::size_t i = 1; i < count; ++i) {
        const double tp = (high[i] + low[i] + close[i]) / 3.0;
        const double flow = tp * volume[i];
        positive[i] = tp > previousTp ? flow : 0.0;
        negative[i] = tp < previousTp ? flow : 0.0;
        previousTp = tp;
    }
    const Series posSum = rollingSum(positive, n);
    const Series negSum = rollingSum(negative, n);
    Series out(count);
    for (std::size_t i = 0; i < count; ++i) {
        double v = 100.0 - 100.0 / (1.0 + posSum[i] / negSum[i]);
        if (negSum[i] == 0) {
            v = posSum[i] == 0 ? 50.0 : 100.0;
        }
        out[i] = v;
    }
    return out;
}

Series closeLocationValue(const Series& high, const Series& low, const Series& close)
{
    Series out(close.size());
    for (std::size_t i = 0; i < close.size(); ++i) {
        const double x = ((close[i] - low[i]) - (high[i] - close[i])) / (high[i] - low[i]);
        out[i] = std::isfinite(x) ? x : 0.0;
    }
    return out;
}

Series
chaikinMoneyFlow(const Series& high, const Series& low, const Series& close, const Series& volume, int n)
{
    Series flow = closeLocationValue(high, low, close);
    for (std::size_t i = 0; i < flow.size(); ++i) {
        flow[i] *= volume[i];
    }
    Series out = rollingSum(flow, n);
    const Series volumeSum = rollingSum(volume, n);
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] /= volumeSum[i];
    }
    return out;
}

Series vwap(const Series& close, const Series& volume, int n)
{
    Series value(close.size());
    for (std::size_t i = 0; i < close.size(); ++i) {
        value[i] = close[i] * volume[i];
    }
    Series out = rollingSum(value, n);
    const Series volumeSum = rollingSum(volume, n);
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] /= volumeSum[i];
    }
    return out;
}

Series averageVolume(const Series& volume, int n)
{
    return rollingMean(volume, n);
}

} // namespace Tessera::Features
