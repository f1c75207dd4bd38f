#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/market/Bar.h"
#include "core/market/BarSeries.h"

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
 */
struct PriceAlert
{
    qint64 id = 0;
    QString ticker;
    double level = kMissing;
    Direction direction = Direction::Above;
    double referenceClose = kMissing; ///< the last close when the alert was set
    QDate checkedThrough;             ///< the last bar already checked (at creation: the last stored bar)
    QString note;
    QDateTime createdAt; ///< UTC
    // Once triggered:
    QDate triggeredDate;              ///< the bar that crossed; invalid while active
    double triggeredPrice = kMissing; ///< that bar's close
    QDateTime triggeredAt;            ///< UTC time the crossing was found
    bool notified = false;            ///< the GUI has shown its notification

    bool isTriggered() const { return triggeredDate.isValid(); }
};

/** The direction of a new alert at level given the last close; nullopt when they are equal (no side). */
std::optional<Direction> directionFor(double level, double lastClose);

/** The bar that crossed an alert's level. */
struct Crossing
{
    QDate date;
    double close = kMissing;
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

/** One line for notifications and run notes: "TCS.NS rose to 3,600.00 (close 3,612.50 on 2026-12-04)". */
QString describeTrigger(const PriceAlert& alert);

} // namespace Tessera::Alerts
