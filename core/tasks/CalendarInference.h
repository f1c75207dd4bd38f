#pragma once

#include <QStringList>

#include "core/common/Result.h"
#include "core/market/Market.h"
#include "core/market/TradingCalendar.h"
#include "core/store/Database.h"

namespace Tessera::Tasks {

/**
 * After a load (a run's finish, inside its transaction): for each market of the loaded tickers (Market:
 * NSE for RELIANCE.NS, US for AAPL; crypto never closes and is left out), infers the weekdays on which
 * none of the market's stored symbols traded and stores them as that market's calendar, replacing the
 * days inferred before (imported holidays stay). Returns lines for the run's summary: "69 exchange
 * holidays inferred for NSE from 50 symbols", or why a market got none.
 */
[[nodiscard]] Result<QStringList> inferLoadedMarketCalendars(const Store::Database& db,
                                                             const QStringList& loadedTickers);

/**
 * One calendar as Settings ▸ Calendars shows it: a market with a calendar of its own, or the app's market
 * calendar (market.id = its name) that tickers without an exchange suffix follow.
 */
struct MarketCalendarOverview
{
    Market market;
    int symbols = 0;         ///< stored symbols of the market with bars
    QList<Holiday> holidays; ///< its calendar's closed days (inferred and imported), by date
};

/** Every calendar with stored symbols or holidays, by name; fallbackName = the app's calendar. */
[[nodiscard]] Result<QList<MarketCalendarOverview>> marketCalendarOverview(const Store::Database& db,
                                                                           QString* fallbackName = nullptr);

} // namespace Tessera::Tasks
