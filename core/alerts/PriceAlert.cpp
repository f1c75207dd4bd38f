#include "core/alerts/PriceAlert.h"

#include <limits>

#include <QCoreApplication>
#include <QLocale>

namespace Tessera::Alerts {

QString directionId(Direction d)
{
    return d == Direction::Above ? QStringLiteral("above") : QStringLiteral("below");
}

std::optional<Direction> directionFromId(const QString& id)
{
    if (id == u"above") {
        return Direction::Above;
    }
    if (id == u"below") {
        return Direction::Below;
    }
    return std::nullopt;
}

std::optional<Direction> directionFor(double level, double lastClose)
{
    if (isMissing(level) || isMissing(lastClose) || level == lastClose) {
        return std::nullopt;
    }
    return level > lastClose ? Direction::Above : Direction::Below;
}

namespace {

/** Whether a bar reached the level from the alert's side, given the close before it. */
bool crosses(const PriceAlert& alert, double previousClose, double high, double low, double close)
{
    high = isMissing(high) ? close : high;
    low = isMissing(low) ? close : low;
    return alert.direction == Direction::Above ? previousClose < alert.level && high >= alert.level
                                               : previousClose > alert.level && low <= alert.level;
}

} // namespace

QString PriceAlert::checkedThroughText() const
{
    return checkedThroughHour != 0 ? hourLabel(checkedThroughHour) + QStringLiteral(" UTC")
                                   : checkedThrough.toString(Qt::ISODate);
}

QString PriceAlert::triggeredText() const
{
    return triggeredHour != 0 ? hourLabel(triggeredHour) + QStringLiteral(" UTC")
                              : triggeredDate.toString(Qt::ISODate);
}

std::optional<Crossing> firstCrossing(const PriceAlert& alert, const BarSeries& bars)
{
    double previousClose = alert.referenceClose;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar bar = bars.at(i);
        if (alert.checkedThrough.isValid() && bar.date <= alert.checkedThrough) {
            previousClose = isMissing(bar.close) ? previousClose : bar.close;
            continue;
        }
        if (crosses(alert, previousClose, bar.high, bar.low, bar.close)) {
            return Crossing{bar.date, bar.close};
        }
        if (!isMissing(bar.close)) {
            previousClose = bar.close;
        }
    }
    return std::nullopt;
}

std::optional<Crossing> firstCrossing(const PriceAlert& alert, const HourlySeries& bars)
{
    // The first hour not yet judged: after the checked hour, or from the UTC day after the checked day.
    const qint64 after = alert.checkedThroughHour != 0 ? alert.checkedThroughHour
                         : alert.checkedThrough.isValid()
                             ? alert.checkedThrough.addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch() - 1
                             : std::numeric_limits<qint64>::min();
    double previousClose = alert.referenceClose;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const size_t k = static_cast<size_t>(i);
        const double close = bars.close()[k];
        if (bars.times()[k] <= after) {
            previousClose = isMissing(close) ? previousClose : close;
            continue;
        }
        if (crosses(alert, previousClose, bars.high()[k], bars.low()[k], close)) {
            return Crossing{utcTime(bars.times()[k]).date(), close, bars.times()[k]};
        }
        if (!isMissing(close)) {
            previousClose = close;
        }
    }
    return std::nullopt;
}

QString describeTrigger(const PriceAlert& alert)
{
    const QLocale c = QLocale::c();
    const auto price = [&c](double v) {
        return c.toString(v, 'f', std::abs(v) >= 1.0 ? 2 : 4);
    };
    return (alert.direction == Direction::Above
                ? QCoreApplication::translate("PriceAlert", "%1 rose to %2 (close %3 on %4)")
                : QCoreApplication::translate("PriceAlert", "%1 fell to %2 (close %3 on %4)"))
        .arg(alert.ticker, price(alert.level), price(alert.triggeredPrice), alert.triggeredText());
}

} // namespace Tessera::Alerts
