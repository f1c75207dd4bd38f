#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/market/Bar.h"
#include "core/market/BarSeries.h"
#include "core/market/HourlySeries.h"

namespace Tessera::Alerts {

/** Which way the price must move to reach an alert's level, fixed when the alert is set. */
enum class Direction
{
    Above, ///< the level was above the last close: fires when the price rises to it
    Below, ///< the level was below the last close: fires when the price falls to it
};

QString directionId(Direction d); ///< "above" / "below" (stored)
std::optional<Direction> directionFromId(const QString& id);

/**
 * A price alert on one symbol (issue 17). Set at a level above or below the last stored close; checked
 * against every bar stored after checkedThrough; fires once, on the first crossing, and is then kept as
 * triggered with that bar's date and close. Prices are traded (unadjusted) prices: the stored OHLC.
 *
 * On a symbol with hourly bars (crypto, issue 21) the check runs hour by hour: checkedThroughHour is the
 * last hourly bar judged and a crossing hour is kept in triggeredHour, so an alert fires within the hour
 * of the fetch that brought the crossing bar, with that hour's close (not the growing day's). Both are 0
 * for an alert judged on daily bars only. Stored in the same text columns as the dates (dayOrHourText:
 * "2023-07-04T01:00:00Z", which sorts after its day's "2023-07-04" and before the next day's).
 */
struct PriceAlert
{
    qint64 id = 0;
    QString ticker;
    double level = kMissing;
    Direction direction = Direction::Above;
    double referenceClose = kMissing; ///< the last close when the alert was set
    QDate checkedThrough;             ///< the last bar already checked (at creation: the last stored bar)
    qint64 checkedThroughHour = 0;    ///< that bar's open (UTC epoch s) when it was an hourly bar, else 0
    QString note;
    QDateTime createdAt; ///< UTC
    // Once triggered:
    QDate triggeredDate;              ///< the bar that crossed; invalid while active
    qint64 triggeredHour = 0;         ///< an hourly bar that crossed: its open (UTC epoch s), else 0
    double triggeredPrice = kMissing; ///< that bar's close
    QDateTime triggeredAt;            ///< UTC time the crossing was found
    bool notified = false;            ///< the GUI has shown its notification

    bool isTriggered() const { return triggeredDate.isValid(); }
    /** "2025-01-07" or, for an hour, "2023-07-04 01:00 UTC": for lists and messages. */
    QString checkedThroughText() const;
    QString triggeredText() const;
};

/** The direction of a new alert at level given the last close; nullopt when they are equal (no side). */
std::optional<Direction> directionFor(double level, double lastClose);

/** The bar that crossed an alert's level. */
struct Crossing
{
    QDate date;
    double close = kMissing;
    qint64 hour = 0; ///< an hourly bar's open (UTC epoch s); 0 for a daily bar
};

/**
 * The crossing rule: bar i crosses when the previous close was on the alert's starting side of the level
 * and the bar reached the level — for Above, previous close < level and high >= level; for Below,
 * previous close > level and low <= level. An intraday touch counts (a bar whose high reaches the level
 * and closes back below it fires an Above alert). Bars are ascending; only bars dated after
 * alert.checkedThrough are examined; the previous close of the first of them is the bar before it in
 * `bars` if there is one, else alert.referenceClose. A bar with a missing high/low is judged by its close.
 * Returns the first crossing bar, or nullopt. Pure function.
 */
std::optional<Crossing> firstCrossing(const PriceAlert& alert, const BarSeries& bars);

/**
 * The same rule over hourly bars: only bars after the alert's checked point are examined — opening after
 * checkedThroughHour, or, for an alert checked on daily bars (checkedThroughHour 0), on a UTC day after
 * checkedThrough. The previous close of the first examined bar is the bar before it in `bars`, else
 * alert.referenceClose. The crossing carries the hour and the UTC date of its bar. Pure function.
 */
std::optional<Crossing> firstCrossing(const PriceAlert& alert, const HourlySeries& bars);

/**
 * One line for notifications and run notes: "TCS.NS rose to 3,600.00 (close 3,612.50 on 2026-12-04)", or
 * for an hourly bar "BTCUSDT rose to 31,300.00 (close 31,288.80 on 2023-07-04 01:00 UTC)".
 */
QString describeTrigger(const PriceAlert& alert);

} // namespace Tessera::Alerts
