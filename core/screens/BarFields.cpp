#include "core/screens/BarFields.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tessera::Screens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double pct(double now, double then)
{
    return (std::isfinite(now) && std::isfinite(then) && then > 0) ? (now / then - 1.0) * 100.0 : kNaN;
}

} // namespace

double barFieldValue(Derived d, const BarRow* bars, qsizetype count, qsizetype k)
{
    if (k < 0 || k >= count) {
        return kNaN;
    }
    const BarRow& b = bars[k];
    auto ret = [&](qsizetype n) {
        return k - n < 0 ? kNaN : pct(b.adj, bars[k - n].adj);
    };
    switch (d) {
    case Derived::Close:
        return b.close;
    case Derived::Open:
        return b.open;
    case Derived::High:
        return b.high;
    case Derived::Low:
        return b.low;
    case Derived::Volume:
        return b.volume;
    case Derived::ChangePct:
        return ret(1);
    case Derived::Return5d:
    case Derived::Return20d:
    case Derived::Return60d:
    case Derived::Return120d:
    case Derived::Return250d:
        return ret(returnBars(d));
    case Derived::AvgVolume20: {
        if (k + 1 < 20) {
            return kNaN;
        }
        double s = 0;
        for (qsizetype i = k - 19; i <= k; ++i) {
            s += bars[i].volume;
        }
        return s / 20.0;
    }
    case Derived::High52w:
    case Derived::Low52w: {
        // Up to 250 bars: a symbol listed for less than a year has its range since listing.
        const qsizetype from = std::max<qsizetype>(0, k - 249);
        double v = d == Derived::High52w ? -std::numeric_limits<double>::infinity()
                                         : std::numeric_limits<double>::infinity();
        for (qsizetype i = from; i <= k; ++i) {
            v = d == Derived::High52w ? std::max(v, bars[i].high) : std::min(v, bars[i].low);
        }
        return std::isfinite(v) ? v : kNaN;
    }
    default:
        return kNaN;
    }
}

int returnBars(Derived d)
{
    switch (d) {
    case Derived::Return5d:
        return 5;
    case Derived::Return20d:
        return 20;
    case Derived::Return60d:
        return 60;
    case Derived::Return120d:
        return 120;
    case Derived::Return250d:
        return 250;
    default:
        return 0;
    }
}

bool isBarAggregate(Derived d)
{
    return d == Derived::AvgVolume20 || d == Derived::High52w || d == Derived::Low52w;
}

} // namespace Tessera::Screens
