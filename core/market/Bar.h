#pragma once

#include <cmath>
#include <limits>

#include <QDate>

namespace Tessera {

/** Missing numeric value (NULL in SQLite, empty cell in CSV). Never use 0 for "missing". */
inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

inline bool isMissing(double v)
{
    return std::isnan(v);
}

/**
 * One daily bar as stored: raw (split-adjusted as delivered by the source) OHLC, the source's
 * split+dividend adjusted close, and volume in shares (may be fractional for back-adjusted data).
 * adjClose is kMissing when the source has none; the adjusted view then uses close.
 */
struct Bar
{
    QDate date;
    double open = kMissing;
    double high = kMissing;
    double low = kMissing;
    double close = kMissing;
    double adjClose = kMissing;
    double volume = kMissing;
};

} // namespace Tessera
