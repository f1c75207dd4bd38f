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
 * Which days a market trades: Monday to Friday minus a set of holidays. The holiday list comes
 * from a plain file a user maintains (exchanges publish them once a year) and is stored in the
 * database (HolidayRepository) so the CLI and the GUI share it. Half days are full trading days here.
 *
 * A value type: cheap to copy, no thread affinity.
 */
class TradingCalendar
{
public:
    /** Weekends only, no holidays. */
    TradingCalendar() = default;
    TradingCalendar(QString name, const QList<Holiday>& holidays);

    /** The calendar used when none is named ("default"). */
    static QString defaultName();

    const QString& name() const { return m_name; }

    static bool isWeekend(QDate date);
    bool isHoliday(QDate date) const { return m_holidays.contains(date); }
    /** The holiday's name, or a null string when date is not a holiday. */
    QString holidayName(QDate date) const { return m_holidays.value(date); }
    /** Not a Saturday, Sunday or holiday. Invalid dates are not trading days. */
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
    QMap<QDate, QString> m_holidays;
};

} // namespace Tessera
