#pragma once

#include <QList>
#include <QStringList>

#include "core/common/Result.h"
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

    /**
     * Stores holidays in calendar in one transaction: a date already present gets the new name. With
     * replace, the calendar's other dates are removed first (a corrected list). Returns how many dates
     * were written.
     */
    [[nodiscard]] Result<int> import(const QString& calendar, const QList<Holiday>& holidays, bool replace);

    /** Every calendar that has holidays, by name. */
    [[nodiscard]] Result<QList<CalendarSummary>> calendars();

private:
    const Database& m_db;
};

} // namespace Tessera::Store
