#include "core/market/TradingCalendar.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include "core/market/Market.h"

namespace Tessera {

TradingCalendar::TradingCalendar(QString name, const QList<Holiday>& holidays)
    : m_name(std::move(name))
    , m_everyDay(marketById(m_name).tradesEveryDay)
{
    for (const Holiday& h : holidays) {
        addHoliday(h);
    }
}

QString TradingCalendar::defaultName()
{
    return QStringLiteral("default");
}

bool TradingCalendar::isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

bool TradingCalendar::isTradingDay(QDate date) const
{
    return date.isValid() && !isClosedWeekday(date) && !isHoliday(date);
}

QDate TradingCalendar::nextTradingDay(QDate date) const
{
    // Bounded so a calendar with every weekday listed as a holiday cannot loop forever.
    for (int i = 0; i < 3660 && date.isValid(); ++i, date = date.addDays(1)) {
        if (isTradingDay(date)) {
            return date;
        }
    }
    return {};
}

QList<Holiday> TradingCalendar::holidays() const
{
    QList<Holiday> out;
    out.reserve(m_holidays.size());
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        out << Holiday{it.key(), it.value()};
    }
    return out;
}

Result<QList<Holiday>> TradingCalendar::parseHolidays(const QString& text, const QString& source)
{
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QList<Holiday> out;
    QHash<QDate, int> seenOnLine;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        QString line = lines.at(i);
        if (i == 0 && line.startsWith(QChar(0xFEFF))) {
            line.remove(0, 1); // a BOM written by spreadsheet programs
        }
        // A comment may follow a date ("2026-07-03,Independence Day  # observed"); names never hold '#'.
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0) {
            line.truncate(hash);
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype comma = line.indexOf(u',');
        const QString dateText = (comma >= 0 ? line.left(comma) : line).trimmed();
        QString name = comma >= 0 ? line.mid(comma + 1).trimmed() : QString();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
            name = name.mid(1, name.size() - 2).trimmed();
        }
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!datePattern.match(dateText).hasMatch() || !date.isValid()) {
            return fail(Error::invalidInput(QStringLiteral("%1:%2: '%3' is not a date (expected YYYY-MM-DD)")
                                                .arg(source, QString::number(lineNo), dateText)));
        }
        // A repeated date is usually a typo for another day, so it is reported rather than merged.
        if (const auto it = seenOnLine.constFind(date); it != seenOnLine.constEnd()) {
            return fail(Error::invalidInput(
                QStringLiteral("%1:%2: %3 is already listed on line %4")
                    .arg(source, QString::number(lineNo), dateText, QString::number(*it))));
        }
        seenOnLine.insert(date, lineNo);
        out << Holiday{date, name};
    }
    return out;
}

ReadLimits TradingCalendar::holidayFileReadLimits()
{
    return {qint64(1) << 20, qint64(1) << 20, QStringLiteral("holiday files")};
}

Result<QList<Holiday>> TradingCalendar::readHolidayFile(const QString& path, const ReadLimits& limits)
{
    QFile file(path);
    // Read as bytes: parseHolidays trims the '\r' of CRLF lines itself.
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::io(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())));
    }
    auto data = readOpenFileWithin(file, limits);
    if (!data) {
        return fail(data.error());
    }
    return parseHolidays(QString::fromUtf8(*data), path);
}

} // namespace Tessera
