#include "core/tasks/CalendarInference.h"

#include <QMap>
#include <QSet>

#include "core/market/Market.h"
#include "core/store/HolidayRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Tasks {

namespace {

/** The calendar a market's symbols are graded by: its own, or the app's for tickers without a suffix. */
QString calendarNameOf(const Market& m, const QString& fallbackName)
{
    return m.id.isEmpty() ? fallbackName : m.id;
}

/** "NSE", or "calendar “default” (tickers without an exchange suffix)" for the app's calendar. */
QString calendarLabel(const QString& name, const QString& fallbackName)
{
    return name == fallbackName
               ? QStringLiteral("calendar “%1” (tickers without an exchange suffix)").arg(name)
               : name;
}

} // namespace

Result<QStringList> inferLoadedMarketCalendars(const Store::Database& db, const QStringList& loadedTickers)
{
    QStringList notes;
    Store::HolidayRepository holidays(db);
    auto fallbackName = holidays.marketCalendarName();
    if (!fallbackName) {
        return fail(fallbackName.error());
    }
    // Calendars (not markets): a user whose market calendar is "NSE" grades RELIANCE.NS and a bare
    // RELIANCE by the same days, so both are one inference.
    QSet<QString> loaded;
    Store::SymbolRepository symbols(db);
    for (const QString& t : loadedTickers) {
        // A run's symbol is the name its source used (ADANIENT from a CSV folder); its market is the
        // stored symbol's (ADANIENT.NS when the NIFTY 50 list was imported first).
        auto stored = symbols.resolve(t);
        const QString name = calendarNameOf(marketOfTicker(stored ? *stored : t), *fallbackName);
        if (!marketById(name).tradesEveryDay) {
            loaded.insert(name);
        }
    }
    if (loaded.isEmpty()) {
        return notes;
    }
    auto withBars = symbols.tickersWithBars();
    if (!withBars) {
        return fail(withBars.error());
    }
    QMap<QString, QStringList> byCalendar; // by name, for a stable order
    for (const QString& t : *withBars) {
        const QString name = calendarNameOf(marketOfTicker(t), *fallbackName);
        if (loaded.contains(name)) {
            byCalendar[name] << t;
        }
    }
    const int minSymbols = Store::kDefaultClosedDayMinSymbols;
    for (auto it = byCalendar.cbegin(); it != byCalendar.cend(); ++it) {
        auto inferred = holidays.storeInferredClosedDays(it.key(), it.value(), minSymbols);
        if (!inferred) {
            return fail(inferred.error());
        }
        const QString label = calendarLabel(it.key(), *fallbackName);
        if (inferred->symbols < minSymbols) {
            notes << QStringLiteral("%1: %2 symbol(s) with bars are too few to infer exchange holidays (%3 "
                                    "needed), so closed days count as missing in quality grades; import the "
                                    "exchange's list with `tessera-cli schedule holidays import FILE "
                                    "--calendar %4`")
                         .arg(label)
                         .arg(inferred->symbols)
                         .arg(minSymbols)
                         .arg(it.key());
        } else if (inferred->days > 0) {
            QString line =
                QStringLiteral("%1 exchange holiday(s) inferred for %2 from the bars of %3 symbols")
                    .arg(inferred->days)
                    .arg(label)
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
    const QString fallback = calendars->fallback().name();
    if (fallbackName) {
        *fallbackName = fallback;
    }
    // One row per calendar: the markets with a calendar of their own, the app's calendar for the rest.
    QMap<QString, MarketCalendarOverview> byName;
    const auto entryFor = [&](const Market& m) -> MarketCalendarOverview& {
        const QString name = calendarNameOf(m, fallback);
        MarketCalendarOverview& entry = byName[name];
        if (entry.market.id.isEmpty()) {
            entry.market = name == fallback && !m.tradesEveryDay
                               ? Market{fallback, QStringLiteral("tickers without an exchange suffix"), false}
                               : (m.id.isEmpty() ? marketById(name) : m);
        }
        return entry;
    };
    for (const QString& t : *withBars) {
        ++entryFor(marketOfTicker(t)).symbols;
    }
    for (auto it = calendars->byMarket().cbegin(); it != calendars->byMarket().cend(); ++it) {
        (void)entryFor(marketById(it.key()));
    }
    QList<MarketCalendarOverview> out;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        MarketCalendarOverview& entry = it.value();
        entry.holidays = it.key() == fallback ? calendars->fallback().holidays()
                                              : calendars->byMarket().value(it.key()).holidays();
        out << entry;
    }
    return out;
}

} // namespace Tessera::Tasks
