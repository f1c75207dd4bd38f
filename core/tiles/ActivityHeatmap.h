#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <QtGlobal>

namespace Tessera::Tiles {

/**
 * Activity heatmap of daily bars (the peer's activity_heatmap): mean volume per weekday (Mon–Fri) ×
 * calendar month over the window; NaN where the window has no bar. Weekend bars are left out. The
 * seed's hour × weekday layout needs 60-minute bars, which Tessera does not store: only the daily
 * layout is built.
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

} // namespace Tessera::Tiles
