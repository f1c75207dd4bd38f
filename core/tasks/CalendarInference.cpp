#include "core/tasks/CalendarInference.h"

#include <QMap>

#include "core/market/Market.h"
#include "core/store/HolidayRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Tasks {

Result<QStringList> inferLoadedMarketCalendars(const Store::Database& db, const QStringList& loadedTickers)
{
    QStringList notes;
    QMap<QString, Market> markets; // by id, for a stable order
    for (const QString& t : loadedTickers) {
        const Market m = marketOfTicker(t);
        if (!m.tradesEveryDay) {
            markets.insert(m.id, m);
        }
    }
    if (markets.isEmpty()) {
        return notes;
    }
    auto withBars = Store::SymbolRepository(db).tickersWithBars();
    if (!withBars) {
        return fail(withBars.error());
    }
    QMap<QString, QStringList> byMarket;
    for (const QString& t : *withBars) {
        const Market m = marketOfTicker(t);
        if (markets.contains(m.id)) {
            byMarket[m.id] << t;
        }
    }
    Store::HolidayRepository holidays(db);
    const int minSymbols = Store::kDefaultClosedDayMinSymbols;
    for (const Market& m : markets) {
        auto inferred = holidays.storeInferredClosedDays(m.id, byMarket.value(m.id), minSymbols);
        if (!inferred) {
            return fail(inferred.error());
        }
        if (inferred->symbols < minSymbols) {
            notes << QStringLiteral("%1: %2 symbol(s) with bars are too few to infer exchange holidays (%3 "
                                    "needed), so closed days count as missing in quality grades; import the "
                                    "exchange's list with `tessera-cli schedule holidays import FILE "
                                    "--calendar %1`")
                         .arg(m.id)
                         .arg(inferred->symbols)
                         .arg(minSymbols);
        } else if (inferred->days > 0) {
            QString line =
                QStringLiteral("%1 exchange holiday(s) inferred for %2 from the bars of %3 symbols")
                    .arg(inferred->days)
                    .arg(m.id)
                    .arg(inferred->symbols);
            if (inferred->added != inferred->days) {
                line += QStringLiteral(" (%1 new)").arg(inferred->added);
            }
            notes << line;
        }
    }
    return notes;
}

Result<QList<MarketCalendarOverview>> marketCalendarOverview(const Store::Database& db, QString* fallbackName)
{
    Store::ReadSnapshot snapshot(db); // counts and calendars of one moment
    auto withBars = Store::SymbolRepository(db).tickersWithBars();
    if (!withBars) {
        return fail(withBars.error());
    }
    Store::HolidayRepository holidays(db);
    auto calendars = holidays.marketCalendars();
    if (!calendars) {
        return fail(calendars.error());
    }
    if (fallbackName) {
        *fallbackName = calendars->fallback().name();
    }
    QMap<QString, MarketCalendarOverview> byId;
    for (const QString& t : *withBars) {
        const Market m = marketOfTicker(t);
        auto& entry = byId[m.id];
        entry.market = m;
        ++entry.symbols;
    }
    for (auto it = calendars->byMarket().cbegin(); it != calendars->byMarket().cend(); ++it) {
        auto& entry = byId[it.key()];
        if (entry.market.id.isEmpty()) {
            entry.market = marketById(it.key());
        }
    }
    QList<MarketCalendarOverview> out;
    for (auto& entry : byId) {
        const TradingCalendar own = calendars->byMarket().value(entry.market.id);
        entry.followsFallback =
            !calendars->byMarket().contains(entry.market.id) && !entry.market.tradesEveryDay;
        entry.holidays = entry.followsFallback ? calendars->fallback().holidays() : own.holidays();
        out << entry;
    }
    return out;
}

} // namespace Tessera::Tasks
