#pragma once

#include <cmath>
#include <random>

#include "core/market/BarSeries.h"

namespace Tessera::Test {

/**
 * A daily series with a planted, learnable signal: the log price is an Ornstein-Uhlenbeck process
 * around a fixed level, x[t] = (1 − κ)·x[t−1] + σ·ε[t] with κ = 0.2 and σ = 1 %, so the expected
 * h-day log return is −(1 − (1 − κ)^h)·x[t]: distance from the moving averages predicts every horizon.
 * OHLC around the close, log-normal volume; business days from 2022-01-03. Deterministic per seed.
 */
inline BarSeries plantedSeries(const QString& ticker, int days, unsigned seed, double kappa = 0.2)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    BarSeries s(ticker);
    QDate d(2022, 1, 3);
    double x = 0;
    double prevClose = 100;
    for (int i = 0; i < days; ++i) {
        while (d.dayOfWeek() > 5) {
            d = d.addDays(1);
        }
        x = (1 - kappa) * x + 0.01 * normal(rng);
        const double close = 100 * std::exp(x);
        const double open = prevClose * std::exp(0.002 * normal(rng));
        const double high = std::max(open, close) * (1 + 0.004 * std::fabs(normal(rng)));
        const double low = std::min(open, close) * (1 - 0.004 * std::fabs(normal(rng)));
        const double volume = std::round(1e6 * std::exp(0.3 * normal(rng)));
        s.append(Bar{d, open, high, low, close, close, volume});
        prevClose = close;
        d = d.addDays(1);
    }
    return s;
}

} // namespace Tessera::Test
