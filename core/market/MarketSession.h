#pragma once

#include <QByteArray>
#include <QTimeZone>

#include "core/market/Market.h"

namespace Tessera {

/**
 * When a market trades within a day, for intraday views (the hour × weekday heatmap): its time zone,
 * the session's open and close in local minutes after midnight, and whether it trades on weekends.
 * Known sessions: NSE and BSE 09:15–15:30 Asia/Kolkata, US 09:30–16:00 America/New_York (regular
 * hours, Monday to Friday). Every other market — crypto above all — is treated as trading around the
 * clock in UTC, every day. Value type.
 */
struct MarketSession
{
    QTimeZone zone = QTimeZone::utc();
    int openMinutes = 0;     ///< local minutes after midnight
    int closeMinutes = 1440; ///< exclusive
    bool weekdaysOnly = false;

    bool isAroundTheClock() const { return openMinutes == 0 && closeMinutes == 1440 && !weekdaysOnly; }
    /** First and last local hour (0–23) in which a session bar can start. */
    int firstHour() const { return openMinutes / 60; }
    int lastHour() const { return (closeMinutes - 1) / 60; }
};

/** The session of market (see MarketSession). */
MarketSession sessionOf(const Market& market);

} // namespace Tessera
