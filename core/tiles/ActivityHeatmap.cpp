#include "core/tiles/ActivityHeatmap.h"

#include <QDate>

#include "core/features/Rolling.h"

namespace Tessera::Tiles {

ActivityHeatmap activityHeatmap(const std::vector<qint64>& days,
                                const std::vector<double>& volume,
                                std::size_t from,
                                std::size_t to)
{
    std::array<std::array<double, ActivityHeatmap::kMonths>, ActivityHeatmap::kWeekdays> sum{};
    std::array<std::array<int, ActivityHeatmap::kMonths>, ActivityHeatmap::kWeekdays> count{};
    for (std::size_t i = from; i < to; ++i) {
        const auto weekday = static_cast<std::size_t>(days[i] % 7); // Julian day 0 was a Monday
        if (weekday >= ActivityHeatmap::kWeekdays) {
            continue;
        }
        const auto month = static_cast<std::size_t>(QDate::fromJulianDay(days[i]).month() - 1);
        sum[weekday][month] += volume[i];
        ++count[weekday][month];
    }
    ActivityHeatmap h;
    for (std::size_t w = 0; w < ActivityHeatmap::kWeekdays; ++w) {
        for (std::size_t m = 0; m < ActivityHeatmap::kMonths; ++m) {
            h.meanVolume[w][m] = count[w][m] > 0 ? sum[w][m] / count[w][m] : Features::nan();
        }
    }
    return h;
}

} // namespace Tessera::Tiles
