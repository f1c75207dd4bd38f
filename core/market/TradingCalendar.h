#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include "core/common/ReadLimits.h"
#include "core/common/Result.h"

namespace Tessera {

/** A market holiday: a weekday on which the exchange is closed. */
struct Holiday
{
    QDate date;
    QString name; ///< "Republic Day"; may be empty
};

/**
 * Which days a market trades: Monday to Friday minus a set of holidays, or every day for a market that
 * never closes (a calendar named after such a market, e.g. "CRYPTO": see Market). The holidays come
 * from a plain file a user maintains (exchanges publish them once a year) or are inferred from the
 * stored bars after each load, and are stored in the database (HolidayRepository) so the CLI and the
 * GUI share them. Half days are full trading days here.
 *
 * A value type: cheap to copy, no thread affinity.
 */
class TradingCalendar
{
public:
    /** Weekends only, no holidays. */
    TradingCalendar() = default;
    /** The calendar name: weekends closed unless name is a market that trades every day (Market). */
    TradingCalendar(QString name, const QList<Holiday>& holidays);

    /** The calendar used when none is named ("default"). */
    static QString defaultName();

    const QString& name() const { return m_name; }

    static bool isWeekend(QDate date);
    /** true for a market that never closes: every day is a trading day, weekends included. */
    bool tradesEveryDay() const { return m_everyDay; }
    /** A day the market is normally closed on (a weekend day, unless it trades every day). */
    bool isClosedWeekday(QDate date) const { return !m_everyDay && isWeekend(date); }
    bool isHoliday(QDate date) const { return m_holidays.contains(date); }
    /** The holiday's name, or a null string when date is not a holiday. */
    QString holidayName(QDate date) const { return m_holidays.value(date); }
    /** Not a Saturday, Sunday (unless the market trades every day) or holiday. Invalid dates are not. */
    bool isTradingDay(QDate date) const;
    /** The first trading day on or after date (within ten years), or an invalid date. */
    QDate nextTradingDay(QDate date) const;

    void addHoliday(const Holiday& holiday) { m_holidays.insert(holiday.date, holiday.name); }
    QList<Holiday> holidays() const;

    /**
     * Parses a holiday list: one `YYYY-MM-DD` per line, optionally followed by `,name`; `#` starts a
     * comment; blank lines are ignored. Errors name source:line. A date listed twice is an error.
     */
    [[nodiscard]] static Result<QList<Holiday>> parseHolidays(const QString& text, const QString& source);
    /**
     * The default caps of readHolidayFile: 1 MB (a year of an exchange's holidays is under 1 KB, so
     * anything near the cap is not a holiday list) and lines up to 1 MB.
     */
    static ReadLimits holidayFileReadLimits();
    /**
     * Reads and parses a holiday file (UTF-8); errors name the file and line. A file larger than
     * limits.maxFileBytes is refused before it is read, a line longer than limits.maxLineBytes fails
     * the file with its line number.
     */
    [[nodiscard]] static Result<QList<Holiday>>
    readHolidayFile(const QString& path, const ReadLimits& limits = holidayFileReadLimits());

private:
    QString m_name = defaultName();
    bool m_everyDay = false;
    QMap<QDate, QString> m_holidays;
};

} // namespace Tessera
