#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <QString>
#include <QtGlobal>

#include "core/market/HourlySeries.h"
#include "core/market/MarketSession.h"

namespace Tessera::Tiles {

/**
 * Activity heatmap of daily bars (the peer's activity_heatmap): mean volume per weekday (Mon–Fri) ×
 * calendar month over the window; NaN where the window has no bar. Weekend bars are left out. The
 * seed's hour × weekday layout needs 60-minute bars, which Tessera does not store: only the daily
 * layout is built here; HourlyHeatmap below is the seed's first choice when hourly bars are stored.
 */
struct ActivityHeatmap
{
    static constexpr int kWeekdays = 5;
    static constexpr int kMonths = 12;
    std::array<std::array<double, kMonths>, kWeekdays> meanVolume{}; ///< [weekday][month − 1], shares
};

/** The heatmap of bars [from, to); days are Julian day numbers. */
ActivityHeatmap activityHeatmap(const std::vector<qint64>& days,
                                const std::vector<double>& volume,
                                std::size_t from,
                                std::size_t to);

/**
 * The seed's hour × weekday activity heatmap of 60-minute bars (issue 21): mean volume per weekday ×
 * hour of the day over the window, NaN where the window has no bar. Hours and weekdays are those of
 * the market's session (MarketSession) in its time zone: a 24/7 market (crypto) shows all seven days
 * × 24 hours in UTC; NSE shows Mon–Fri × 09:00–15:00 IST (bars starting 09:15 fall in the 09 column),
 * US Mon–Fri × 09:00–15:00 New York. Bars outside the session's hours or days are left out.
 */
struct HourlyHeatmap
{
    std::vector<int> weekdays;                   ///< rows: 1 = Monday … 7 = Sunday
    std::vector<int> hours;                      ///< columns: local hour 0–23
    std::vector<std::vector<double>> meanVolume; ///< [row][column]
    QString zone;                                ///< "UTC", "Asia/Kolkata", …
};

/** The hourly heatmap of bars opening at or after fromTime (epoch seconds), in session's hours. */
HourlyHeatmap hourlyHeatmap(const HourlySeries& bars, qint64 fromTime, const MarketSession& session);

} // namespace Tessera::Tiles
