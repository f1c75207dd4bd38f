#pragma once

#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/market/MarketCalendars.h"
#include "core/market/TradingCalendar.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/** A calendar name with how many holidays it holds and their date range, for listings. */
struct CalendarSummary
{
    QString name;
    int count = 0;
    QDate first;
    QDate last;
};

/** The setting naming the calendar the app's market days follow (scheduler, pipeline quality grades). */
inline constexpr char kMarketCalendarSetting[] = "scheduler/calendar";

/** The default of inferClosedDays' minSymbols: fewer symbols silent together are more likely a data gap. */
inline constexpr int kDefaultClosedDayMinSymbols = 5;

/** Weekdays on which the stored bars say the market was closed (HolidayRepository::inferClosedDays). */
struct InferredClosedDays
{
    QList<QDate> days;
    int symbols = 0; ///< symbols with stored bars the inference looked at
};

/** What inferring one market's closed days found (HolidayRepository::storeInferredClosedDays). */
struct MarketInference
{
    QString calendar;
    int symbols = 0; ///< symbols of the market with stored bars
    int days = 0;    ///< inferred closed days now in the calendar
    int added = 0;   ///< of those, days the calendar did not hold before
};

/** The name given to inferred closed days; storeInferredClosedDays replaces only days named so. */
QString inferredClosedDayName(int symbols);

/**
 * Trading-calendar holidays (table holidays), per calendar name, so the CLI and the GUI share one
 * imported list. Works on the calling thread's connection.
 */
class HolidayRepository
{
public:
    explicit HolidayRepository(const Database& db)
        : m_db(db)
    {}

    /** The holidays of calendar, by date. An unknown calendar has none (weekends only). */
    [[nodiscard]] Result<QList<Holiday>> holidays(const QString& calendar);
    /** A TradingCalendar named calendar with its stored holidays. */
    [[nodiscard]] Result<TradingCalendar> load(const QString& calendar);

    /** The name the kMarketCalendarSetting holds (TradingCalendar::defaultName() when unset). */
    [[nodiscard]] Result<QString> marketCalendarName();
    /** The calendar the app's market days follow, with its holidays. */
    [[nodiscard]] Result<TradingCalendar> marketCalendar();

    /**
     * Stores holidays in calendar in one transaction: a date already present gets the new name. With
     * replace, the calendar's other dates are removed first (a corrected list). Returns how many dates
     * were written.
     */
    [[nodiscard]] Result<int> import(const QString& calendar, const QList<Holiday>& holidays, bool replace);

    /**
     * The weekdays on which none of tickers' stored bars traded while at least minSymbols of them were
     * listed (inferClosedWeekdays); empty tickers = every symbol with bars. Unknown tickers are ignored.
     */
    [[nodiscard]] Result<InferredClosedDays> inferClosedDays(const QStringList& tickers, int minSymbols);

    /**
     * inferClosedDays, then imports the days into calendar (one transaction; with replace the
     * calendar's other dates go first), each named "closed (no bar for any of N symbols)". An
     * InvalidInput error when fewer than minSymbols selected symbols have bars.
     */
    [[nodiscard]] Result<InferredClosedDays>
    importClosedDays(const QString& calendar, const QStringList& tickers, int minSymbols, bool replace);

    /**
     * Infers the closed weekdays of tickers (one market's symbols with bars) and stores them in calendar,
     * replacing the days an earlier inference stored there (named by inferredClosedDayName) and leaving
     * imported holidays alone. Fewer than minSymbols symbols with bars: nothing changes (symbols says
     * how many there were). Joins the caller's transaction.
     */
    [[nodiscard]] Result<MarketInference>
    storeInferredClosedDays(const QString& calendar, const QStringList& tickers, int minSymbols);

    /** Every market's calendar (each stored calendar by name) with the app's market calendar as fallback. */
    [[nodiscard]] Result<MarketCalendars> marketCalendars();

    /** Every calendar that has holidays, by name. */
    [[nodiscard]] Result<QList<CalendarSummary>> calendars();

private:
    const Database& m_db;
};

} // namespace Tessera::Store
