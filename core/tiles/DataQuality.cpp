#include "core/tiles/DataQuality.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/features/Rolling.h"
#include "core/tiles/NumpyCompat.h"

namespace Tessera::Tiles {
namespace {

/** The later (worse) of two grades. */
QString worse(const QString& a, const QString& b)
{
    return a.compare(b) >= 0 ? a : b;
}

double median(std::vector<double> values)
{
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 1) + u'%';
}

bool isSuspect(const BarSeries& bars, std::size_t i)
{
    const double o = bars.open()[i], h = bars.high()[i], l = bars.low()[i], c = bars.close()[i];
    if (!(h >= l) || !(l > 0) || !(c > 0)) {
        return true;
    }
    // 0.1 % slack: vendors round adjusted OHLC separately, so a close can poke just past the range.
    const double slack = 1e-3 * h;
    if (o > h + slack || o < l - slack || c > h + slack || c < l - slack) {
        return true;
    }
    if (i > 0) {
        const double previous = bars.close()[i - 1];
        if (previous > 0 && std::fabs(c / previous - 1) > kSuspectMove) {
            return true;
        }
    }
    return false;
}

} // namespace

DataQuality dataQuality(const BarSeries& bars, std::size_t from, const AnalysisSettings& settings)
{
    DataQuality q;
    const auto n = static_cast<std::size_t>(bars.size());
    q.bars = bars.size();
    const std::vector<qint64>& days = bars.days();
    // Business days from the first to the last bar, both counted (numpy.busday_count + 1, as the peer),
    // less the calendar's holidays on weekdays in between (none by default, as the peer).
    // A market that trades every day (crypto) counts every calendar day.
    const TradingCalendar& calendar = settings.calendar;
    qint64 holidays = 0;
    for (const Holiday& h : calendar.holidays()) {
        const qint64 day = h.date.toJulianDay();
        if (day >= days.front() && day <= days.back() && !calendar.isClosedWeekday(h.date)) {
            ++holidays;
        }
    }
    const qint64 openDays = calendar.tradesEveryDay() ? days.back() - days.front() + 1
                                                      : businessDayCount(days.front(), days.back()) + 1;
    q.missingBusinessDays = std::max<qint64>(openDays - holidays - q.bars, 0);
    q.zeroVolumeDays = std::count(bars.volume().begin(), bars.volume().end(), 0.0);
    const double count = static_cast<double>(std::max<qsizetype>(q.bars, 1));
    const double missingShare = static_cast<double>(q.missingBusinessDays) / count;
    const double zeroShare = static_cast<double>(q.zeroVolumeDays) / count;

    // The peer's grade.
    if (q.bars >= 250 && missingShare < 0.01 && zeroShare < 0.01) {
        q.peerGrade = QStringLiteral("A");
    } else if (q.bars >= 120 && missingShare < 0.03 && zeroShare < 0.03) {
        q.peerGrade = QStringLiteral("B");
    } else if (q.bars >= 60) {
        q.peerGrade = QStringLiteral("C");
    } else {
        q.peerGrade = QStringLiteral("D");
    }
    if (q.bars < 250) {
        q.reasons << QStringLiteral("only %1 bars (grade A needs 250, B 120, C 60)").arg(q.bars);
    }
    if (missingShare >= 0.01) {
        q.reasons << QStringLiteral("%1 missing business days (%2 of the bars; A needs under 1%, B under 3%)")
                         .arg(q.missingBusinessDays)
                         .arg(percent(missingShare));
    }
    if (zeroShare >= 0.01) {
        q.reasons << QStringLiteral("%1 zero-volume days (%2 of the bars; A needs under 1%, B under 3%)")
                         .arg(q.zeroVolumeDays)
                         .arg(percent(zeroShare));
    }
    q.grade = q.peerGrade;

    // Tessera's checks.
    for (std::size_t i = 0; i < n; ++i) {
        if (isSuspect(bars, i)) {
            if (q.suspectTicks++ == 0) {
                q.firstSuspectDate = bars.date(static_cast<qsizetype>(i)).toString(Qt::ISODate);
            }
        }
    }
    if (q.suspectTicks > 0) {
        q.grade = worse(q.grade, QStringLiteral("C"));
        q.reasons << QStringLiteral(
                         "%1 suspect ticks (high below low, open or close outside the bar's range, a "
                         "price at or below zero, or a move beyond ±50%), first on %2")
                         .arg(q.suspectTicks)
                         .arg(q.firstSuspectDate);
    }

    if (settings.referenceDate.isValid()) {
        q.staleBusinessDays = businessDayCount(days.back() + 1, settings.referenceDate.toJulianDay() + 1);
        if (q.staleBusinessDays > kStaleBusinessDays) {
            q.grade = worse(q.grade, QStringLiteral("C"));
            q.reasons << QStringLiteral("stale: the last bar (%1) is %2 business days before %3")
                             .arg(bars.lastDate().toString(Qt::ISODate))
                             .arg(q.staleBusinessDays)
                             .arg(settings.referenceDate.toString(Qt::ISODate));
        }
    }

    q.scaleRatio = Features::nan();
    const std::size_t before = std::min<std::size_t>(from, 250);
    if (before >= 20 && from < n) {
        const std::vector<double>& c = bars.close();
        const double windowMedian = median({c.begin() + static_cast<std::ptrdiff_t>(from), c.end()});
        const double previousMedian = median({c.begin() + static_cast<std::ptrdiff_t>(from - before),
                                              c.begin() + static_cast<std::ptrdiff_t>(from)});
        q.scaleRatio = windowMedian / previousMedian;
        if (q.scaleRatio >= kScaleMismatchFactor || q.scaleRatio <= 1.0 / kScaleMismatchFactor) {
            q.grade = worse(q.grade, QStringLiteral("D"));
            q.reasons << QStringLiteral(
                             "scale mismatch: the median close of the last %1 bars (%2) is %3× the "
                             "median of the %4 bars before (%5), e.g. an unadjusted split")
                             .arg(n - from)
                             .arg(windowMedian, 0, 'f', 2)
                             .arg(q.scaleRatio, 0, 'f', 2)
                             .arg(before)
                             .arg(previousMedian, 0, 'f', 2);
        }
    }
    return q;
}

void addHourlyCoverage(DataQuality& q, const HourlySeries& hourly, bool aroundTheClock)
{
    q.hourlyBars = hourly.size();
    if (hourly.isEmpty() || !aroundTheClock) {
        return;
    }
    const qint64 expected = (hourly.lastTime() - hourly.firstTime()) / kSecondsPerHour + 1;
    q.missingHours = std::max<qint64>(expected - q.hourlyBars, 0);
    const double share = static_cast<double>(q.missingHours) / static_cast<double>(expected);
    if (share >= 0.03) {
        q.grade = worse(q.grade, QStringLiteral("C"));
    } else if (share >= 0.01) {
        q.grade = worse(q.grade, QStringLiteral("B"));
    }
    if (share >= 0.01) {
        q.reasons << QStringLiteral("%1 missing hours of %2 (%3; A needs under 1%, B under 3%)")
                         .arg(q.missingHours)
                         .arg(expected)
                         .arg(percent(share));
    }
}

} // namespace Tessera::Tiles
