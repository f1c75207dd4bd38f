#include "core/store/ScheduleEntry.h"

#include <QRegularExpression>
#include <QTimeZone>

#include "core/market/TradingCalendar.h"

namespace Tessera::Store {

QString toString(Frequency f)
{
    switch (f) {
    case Frequency::Daily:
        return QStringLiteral("daily");
    case Frequency::Weekly:
        return QStringLiteral("weekly");
    case Frequency::EveryNHours:
        return QStringLiteral("every");
    }
    return QStringLiteral("daily");
}

std::optional<Frequency> frequencyFromString(const QString& s)
{
    for (Frequency f : {Frequency::Daily, Frequency::Weekly, Frequency::EveryNHours}) {
        if (toString(f) == s) {
            return f;
        }
    }
    return std::nullopt;
}

std::optional<int> weekdayFromString(const QString& s)
{
    const QString t = s.trimmed().toLower();
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    if (isNumber) {
        return n >= 1 && n <= 7 ? std::optional<int>(n) : std::nullopt;
    }
    static const char* const Names[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (t.size() < 3) {
        return std::nullopt;
    }
    for (int i = 0; i < 7; ++i) {
        if (QString::fromLatin1(Names[i]).startsWith(t)) {
            return i + 1;
        }
    }
    return std::nullopt;
}

QTime timeOfDayFromString(const QString& s)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const auto m = pattern.match(s.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    return h < 24 && min < 60 ? QTime(h, min) : QTime();
}

QString weekdayShortName(int weekday)
{
    static const char* const Names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return weekday >= 1 && weekday <= 7 ? QString::fromLatin1(Names[weekday - 1]) : QStringLiteral("?");
}

QString ScheduleEntry::describe() const
{
    const QString at = time.toString(QStringLiteral("HH:mm"));
    QString text;
    switch (frequency) {
    case Frequency::Daily:
        text = QStringLiteral("daily %1").arg(at);
        break;
    case Frequency::Weekly:
        text = QStringLiteral("weekly %1 %2").arg(weekdayShortName(weekday), at);
        break;
    case Frequency::EveryNHours:
        text = QStringLiteral("every %1 h from %2").arg(everyHours).arg(at);
        break;
    }
    if (!timeZone.isEmpty()) {
        text += u' ' + timeZone;
    }
    if (marketDaysOnly) {
        text += QStringLiteral(", market days");
    }
    return text;
}

Result<void> ScheduleEntry::validate() const
{
    const QString who =
        name.isEmpty() ? QStringLiteral("schedule entry") : QStringLiteral("schedule entry '%1'").arg(name);
    if (name.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("a schedule entry needs a name")));
    }
    if (kind.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("%1 needs a task kind").arg(who)));
    }
    if (!time.isValid()) {
        return fail(Error::invalidInput(QStringLiteral("%1 has no valid time of day").arg(who)));
    }
    if (frequency == Frequency::Weekly && (weekday < 1 || weekday > 7)) {
        return fail(
            Error::invalidInput(QStringLiteral("%1: weekday must be 1 (Monday) to 7 (Sunday)").arg(who)));
    }
    if (frequency == Frequency::Weekly && marketDaysOnly
        && TradingCalendar::isWeekend(QDate(2024, 1, weekday))) {
        // 2024-01-01 is a Monday, so QDate(2024, 1, weekday) has that weekday.
        return fail(
            Error::invalidInput(QStringLiteral("%1 runs on %2 only on market days, which never happens")
                                    .arg(who, weekdayShortName(weekday))));
    }
    if (frequency == Frequency::EveryNHours && (everyHours < 1 || everyHours > 168)) {
        return fail(Error::invalidInput(QStringLiteral("%1: every N hours needs N from 1 to 168").arg(who)));
    }
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid()) {
        return fail(Error::invalidInput(
            QStringLiteral("%1: '%2' is not a time zone (an IANA id such as UTC or Asia/Kolkata)")
                .arg(who, timeZone)));
    }
    return {};
}

} // namespace Tessera::Store
