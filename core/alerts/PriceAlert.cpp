#include "core/alerts/PriceAlert.h"

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

std::optional<Crossing> firstCrossing(const PriceAlert& alert, const BarSeries& bars)
{
    double previousClose = alert.referenceClose;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar bar = bars.at(i);
        if (alert.checkedThrough.isValid() && bar.date <= alert.checkedThrough) {
            previousClose = isMissing(bar.close) ? previousClose : bar.close;
            continue;
        }
        const double high = isMissing(bar.high) ? bar.close : bar.high;
        const double low = isMissing(bar.low) ? bar.close : bar.low;
        const bool crossed = alert.direction == Direction::Above
                                 ? previousClose < alert.level && high >= alert.level
                                 : previousClose > alert.level && low <= alert.level;
        if (crossed) {
            return Crossing{bar.date, bar.close};
        }
        if (!isMissing(bar.close)) {
            previousClose = bar.close;
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
        .arg(alert.ticker,
             price(alert.level),
             price(alert.triggeredPrice),
             alert.triggeredDate.toString(Qt::ISODate));
}

} // namespace Tessera::Alerts
