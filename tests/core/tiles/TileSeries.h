#pragma once

#include <cmath>
#include <functional>

#include <QDate>

#include "core/market/BarSeries.h"

namespace Tessera::Test {

/**
 * A daily series on consecutive business days from Monday 2024-01-01: close(i) gives each close,
 * the bar spans close ± 1 %, opens at the previous close and trades volume(i) shares.
 */
inline BarSeries businessDaySeries(
    int bars, const std::function<double(int)>& close, const std::function<double(int)>& volume = [](int) {
        return 1000.0;
    })
{
    BarSeries s(QStringLiteral("TEST"));
    QDate day(2024, 1, 1);
    double previous = close(0);
    for (int i = 0; i < bars; ++i) {
        while (day.dayOfWeek() > 5) {
            day = day.addDays(1);
        }
        const double c = close(i);
        Bar b;
        b.date = day;
        b.open = previous;
        b.close = c;
        b.high = std::max(previous, c) * 1.01;
        b.low = std::min(previous, c) * 0.99;
        b.adjClose = c;
        b.volume = volume(i);
        s.append(b);
        previous = c;
        day = day.addDays(1);
    }
    return s;
}

/** A gently oscillating price around base (±3 %), deterministic. */
inline double wave(int i, double base = 100.0)
{
    return base * (1.0 + 0.03 * std::sin(i * 0.35));
}

} // namespace Tessera::Test
