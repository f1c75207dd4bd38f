#include "core/tiles/ActivityHeatmap.h"

#include <QDate>
#include <QDateTime>

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

HourlyHeatmap hourlyHeatmap(const HourlySeries& bars, qint64 fromTime, const MarketSession& session)
{
    HourlyHeatmap h;
    const int days = session.weekdaysOnly ? 5 : 7;
    for (int d = 1; d <= days; ++d) {
        h.weekdays.push_back(d);
    }
    for (int hour = session.firstHour(); hour <= session.lastHour(); ++hour) {
        h.hours.push_back(hour);
    }
    h.zone =
        session.zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromLatin1(session.zone.id());
    const size_t rows = h.weekdays.size();
    const size_t columns = h.hours.size();
    std::vector<std::vector<double>> sum(rows, std::vector<double>(columns, 0.0));
    std::vector<std::vector<int>> count(rows, std::vector<int>(columns, 0));
    const bool utc = session.zone == QTimeZone::utc();
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const qint64 t = bars.times()[static_cast<size_t>(i)];
        if (t < fromTime || isMissing(bars.volume()[static_cast<size_t>(i)])) {
            continue;
        }
        int weekday = 0;
        int hour = 0;
        int minutes = 0;
        if (utc) {
            // Epoch day 0 (1970-01-01) was a Thursday: weekday 4 in ISO numbering.
            const qint64 day = t >= 0 ? t / 86400 : (t - 86399) / 86400;
            weekday = static_cast<int>(((day + 3) % 7 + 7) % 7) + 1;
            minutes = static_cast<int>((t - day * 86400) / 60);
        } else {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(t, session.zone);
            weekday = local.date().dayOfWeek();
            minutes = local.time().hour() * 60 + local.time().minute();
        }
        hour = minutes / 60;
        if (weekday > days || minutes < session.openMinutes || minutes >= session.closeMinutes) {
            continue;
        }
        const size_t r = static_cast<size_t>(weekday - 1);
        const size_t c = static_cast<size_t>(hour - session.firstHour());
        sum[r][c] += bars.volume()[static_cast<size_t>(i)];
        ++count[r][c];
    }
    h.meanVolume.assign(rows, std::vector<double>(columns, Features::nan()));
    for (size_t r = 0; r < rows; ++r) {
        for (size_t c = 0; c < columns; ++c) {
            if (count[r][c] > 0) {
                h.meanVolume[r][c] = sum[r][c] / count[r][c];
            }
        }
    }
    return h;
}

} // namespace Tessera::Tiles
