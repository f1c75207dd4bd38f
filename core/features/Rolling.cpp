#include "core/features/Rolling.h"

#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>

#include <QtGlobal>

namespace Tessera::Features {
namespace {

bool isNan(double v)
{
    return std::isnan(v);
}

/**
 * Running state of pandas' roll_mean / roll_sum (aggregations.pyx add_mean/remove_mean): a Kahan-
 * compensated sum whose adds and removes keep separate compensations, the count of non-NaN values, of
 * negative values, and the length of the latest run of identical values.
 */
struct RunningSum
{
    double sum = 0.0;
    double compensationAdd = 0.0;
    double compensationRemove = 0.0;
    std::int64_t nobs = 0;
    std::int64_t negatives = 0;
    std::int64_t sameRun = 0;
    double previous = 0.0;

    void add(double v)
    {
        if (isNan(v)) {
            return;
        }
        ++nobs;
        const double y = v - compensationAdd;
        const double t = sum + y;
        compensationAdd = t - sum - y;
        sum = t;
        if (v < 0) {
            ++negatives;
        }
        sameRun = (v == previous) ? sameRun + 1 : 1;
        previous = v;
    }

    void remove(double v)
    {
        if (isNan(v)) {
            return;
        }
        --nobs;
        const double y = -v - compensationRemove;
        const double t = sum + y;
        compensationRemove = t - sum - y;
        sum = t;
        if (v < 0) {
            --negatives;
        }
    }

    double mean(std::int64_t minPeriods) const
    {
        if (nobs < minPeriods || nobs <= 0) {
            return nan();
        }
        double result = sum / static_cast<double>(nobs);
        if (sameRun >= nobs) {
            result = previous; // a constant window returns its value exactly
        } else if (negatives == 0 && result < 0) {
            result = 0;
        } else if (negatives == nobs && result > 0) {
            result = 0;
        }
        return result;
    }

    double total(std::int64_t minPeriods) const
    {
        if (nobs == 0 && minPeriods == 0) {
            return 0.0;
        }
        if (nobs < minPeriods) {
            return nan();
        }
        return sameRun >= nobs ? previous * static_cast<double>(nobs) : sum;
    }
};

/** Running state of pandas' roll_var (Welford with Kahan compensation, aggregations.pyx add_var). */
struct RunningVar
{
    double nobs = 0.0;
    double mean = 0.0;
    double ssqdm = 0.0;
    double compensationAdd = 0.0;
    double compensationRemove = 0.0;
    std::int64_t sameRun = 0;
    double previous = 0.0;

    void add(double v)
    {
        if (isNan(v)) {
            return;
        }
        sameRun = (v == previous) ? sameRun + 1 : 1;
        previous = v;
        nobs += 1;
        const double prevMean = mean - compensationAdd;
        const double y = v - compensationAdd;
        const double t = y - mean;
        compensationAdd = t + mean - y;
        mean = nobs != 0.0 ? mean + t / nobs : 0.0;
        ssqdm = ssqdm + (v - prevMean) * (v - mean);
    }

    void remove(double v)
    {
        if (isNan(v)) {
            return;
        }
        nobs -= 1;
        if (nobs != 0.0) {
            const double prevMean = mean - compensationRemove;
            const double y = v - compensationRemove;
            const double t = y - mean;
            compensationRemove = t + mean - y;
            mean = mean - t / nobs;
            ssqdm = ssqdm - (v - prevMean) * (v - mean);
        } else {
            mean = 0;
            ssqdm = 0;
        }
    }

    double variance(double minPeriods, int ddof) const
    {
        if (nobs >= minPeriods && nobs > ddof) {
            if (nobs == 1.0 || static_cast<double>(sameRun) >= nobs) {
                return 0.0;
            }
            return ssqdm / (nobs - static_cast<double>(ddof));
        }
        return nan();
    }
};

/**
 * Drives a running state over fixed windows of n exactly like pandas' fixed-window loop: the first
 * window is built by adding; afterwards each step first removes the value leaving, then adds the one
 * entering. The order matters for the last bits.
 */
template <typename State, typename Emit>
void slide(const Series& x, int n, State& state, Emit emitValue) // not `emit`: a Qt macro
{
    const std::size_t count = x.size();
    const auto window = static_cast<std::size_t>(n);
    if (count == 0) {
        return;
    }
    state.previous = x[0];
    for (std::size_t i = 0; i < count; ++i) {
        if (i >= window) {
            state.remove(x[i - window]);
        }
        state.add(x[i]);
        emitValue(i);
    }
}

/** The monotonic-deque rolling extreme; NaN while the window is short or holds a NaN. */
template <typename Better>
Series rollingExtreme(const Series& x, int n, Better better)
{
    const std::size_t count = x.size();
    const auto window = static_cast<std::size_t>(n);
    Series out(count, nan());
    std::deque<std::size_t> candidates;
    std::size_t nans = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (isNan(x[i])) {
            ++nans;
        } else {
            while (!candidates.empty() && !better(x[candidates.back()], x[i])) {
                candidates.pop_back();
            }
            candidates.push_back(i);
        }
        if (i >= window) {
            if (isNan(x[i - window])) {
                --nans;
            }
            while (!candidates.empty() && candidates.front() + window <= i) {
                candidates.pop_front();
            }
        }
        if (i + 1 >= window && nans == 0 && !candidates.empty()) {
            out[i] = x[candidates.front()];
        }
    }
    return out;
}

} // namespace

double nan()
{
    return std::numeric_limits<double>::quiet_NaN();
}

std::size_t firstValid(const Series& x)
{
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!isNan(x[i])) {
            return i;
        }
    }
    return x.size();
}

double pairwiseSum(const double* x, std::size_t n)
{
    // numpy/core/src/umath/loops_utils.h.src pairwise_sum: eight accumulators below 128 values,
    // recursive halving (at multiples of 8) above.
    if (n < 8) {
        double res = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            res += x[i];
        }
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (std::size_t j = 0; j < 8; ++j) {
            r[j] = x[j];
        }
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (std::size_t j = 0; j < 8; ++j) {
                r[j] += x[i + j];
            }
        }
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i) {
            res += x[i];
        }
        return res;
    }
    std::size_t half = n / 2;
    half -= half % 8;
    return pairwiseSum(x, half) + pairwiseSum(x + half, n - half);
}

Series rollingMean(const Series& x, int n, int minPeriods)
{
    Series out(x.size());
    RunningSum state;
    const std::int64_t minp = minPeriods < 0 ? n : minPeriods;
    slide(x, n, state, [&](std::size_t i) { out[i] = state.mean(minp); });
    return out;
}

Series rollingSum(const Series& x, int n)
{
    Series out(x.size());
    RunningSum state;
    slide(x, n, state, [&](std::size_t i) { out[i] = state.total(n); });
    return out;
}

Series rollingVar(const Series& x, int n, int ddof)
{
    Series out(x.size());
    RunningVar state;
    const double minp = std::max(n, 1);
    slide(x, n, state, [&](std::size_t i) { out[i] = state.variance(minp, ddof); });
    return out;
}

Series rollingStd(const Series& x, int n, int ddof)
{
    Series out = rollingVar(x, n, ddof);
    for (double& v : out) {
        v = v < 0 ? 0.0 : std::sqrt(v);
    }
    return out;
}

Series rollingMax(const Series& x, int n)
{
    return rollingExtreme(x, n, [](double kept, double incoming) { return kept > incoming; });
}

Series rollingMin(const Series& x, int n)
{
    return rollingExtreme(x, n, [](double kept, double incoming) { return kept < incoming; });
}

Series rollingCov(const Series& x, const Series& y, int n)
{
    Q_ASSERT(x.size() == y.size());
    const std::size_t count = x.size();
    // pandas prep_binary: X = x + 0·y, Y = y + 0·x, so a missing value in one hides the pair.
    Series mx(count), my(count), mxy(count), valid(count);
    for (std::size_t i = 0; i < count; ++i) {
        mx[i] = x[i] + 0.0 * y[i];
        my[i] = y[i] + 0.0 * x[i];
        mxy[i] = mx[i] * my[i];
        valid[i] = isNan(mx[i] + my[i]) ? 0.0 : 1.0;
    }
    const Series meanXy = rollingMean(mxy, n);
    const Series meanX = rollingMean(mx, n);
    const Series meanY = rollingMean(my, n);
    Series out(count);
    RunningSum pairs;
    slide(valid, n, pairs, [&](std::size_t i) {
        const double k = pairs.total(0);
        out[i] = (meanXy[i] - meanX[i] * meanY[i]) * (k / (k - 1.0));
    });
    return out;
}

Series seededEwm(const Series& x, double alpha, std::size_t seedAt, double seed)
{
    const std::size_t count = x.size();
    Series out(count, nan());
    if (seedAt >= count) {
        return out;
    }
    // pandas converts alpha to a centre of mass and back; doing the same keeps the last bit equal.
    const double com = (1.0 - alpha) / alpha;
    const double a = 1.0 / (1.0 + com);
    const double oldFactor = 1.0 - a;
    double weighted = seed;
    double oldWeight = 1.0;
    out[seedAt] = weighted;
    for (std::size_t i = seedAt + 1; i < count; ++i) {
        const double cur = x[i];
        const bool observed = !isNan(cur);
        if (!isNan(weighted)) {
            oldWeight *= oldFactor;
            if (observed) {
                if (weighted != cur) { // a constant series stays exactly constant
                    weighted = oldWeight * weighted + a * cur;
                    weighted /= (oldWeight + a);
                }
                oldWeight = 1.0;
            }
        } else if (observed) {
            weighted = cur;
        }
        out[i] = weighted;
    }
    return out;
}

Series ema(const Series& x, int n, bool wilder)
{
    const std::size_t first = firstValid(x);
    const auto window = static_cast<std::size_t>(n);
    if (first + window > x.size()) {
        return Series(x.size(), nan());
    }
    const double seed = pairwiseSum(x.data() + first, window) / static_cast<double>(n);
    const double alpha = wilder ? 1.0 / n : 2.0 / (n + 1);
    return seededEwm(x, alpha, first + window - 1, seed);
}

Series wilderSum(const Series& x, int n)
{
    const std::size_t first = firstValid(x);
    const auto window = static_cast<std::size_t>(n);
    if (first + window > x.size()) {
        return Series(x.size(), nan());
    }
    const std::size_t at = first + window - 1;
    const double earlier = pairwiseSum(x.data() + first, window - 1);
    const double seed = (x[at] + earlier * (n - 1) / n) / n;
    return seededEwm(x, 1.0 / n, at, seed);
}

Series difference(const Series& x, int lag)
{
    Series out(x.size(), nan());
    const auto k = static_cast<std::size_t>(lag);
    for (std::size_t i = k; i < x.size(); ++i) {
        out[i] = x[i] - x[i - k];
    }
    return out;
}

Series shifted(const Series& x, int lag)
{
    const auto count = static_cast<std::ptrdiff_t>(x.size());
    Series out(x.size(), nan());
    for (std::ptrdiff_t i = 0; i < count; ++i) {
        const std::ptrdiff_t from = i - lag;
        if (from >= 0 && from < count) {
            out[static_cast<std::size_t>(i)] = x[static_cast<std::size_t>(from)];
        }
    }
    return out;
}

} // namespace Tessera::Features
