#include "core/tasks/Schedule.h"

#include <algorithm>

#include "core/market/TradingCalendar.h"

namespace Tessera::Tasks {
namespace {

/** Search horizon: far enough for any real calendar, finite for a broken one. */
constexpr int HorizonDays = 3660;

/** Day zero of the every-N-hours slot grid: a Monday, so N dividing 168 gives weekly-stable slots. */
QDate slotEpoch()
{
    return QDate(2001, 1, 1);
}

int minutesOf(QTime t)
{
    return t.hour() * 60 + t.minute();
}

/** Naive wall-clock minutes since SlotEpoch 00:00, ignoring zones (the slot grid lives here). */
qint64 naiveMinutes(QDate date, QTime time)
{
    return slotEpoch().daysTo(date) * 1440 + minutesOf(time);
}

} // namespace

QDateTime resolveLocalTime(QDate date, QTime time, const QTimeZone& zone)
{
    // Resolved by hand from the zone's offsets rather than QDateTime(date, time, zone): Qt 6.4 moves a
    // time in a spring-forward gap forward by the gap's length (02:30 → 03:30) and does not document
    // which of two fall-back occurrences it picks. The offsets in force a day and a half either side
    // cover every real zone (no zone changes its offset twice within 36 hours).
    const QDateTime naiveUtc(date, time, Qt::UTC);
    QList<int> offsets;
    for (qint64 shift : {-36 * 3600LL, 0LL, 36 * 3600LL}) {
        const int o = zone.offsetFromUtc(naiveUtc.addSecs(shift));
        if (!offsets.contains(o)) {
            offsets << o;
        }
    }
    QDateTime first;
    for (int o : offsets) {
        // With offset o the wall clock reads (date, time) at naiveUtc − o; real if o is in force then.
        const QDateTime instant = naiveUtc.addSecs(-o);
        if (zone.offsetFromUtc(instant) == o && (!first.isValid() || instant < first)) {
            first = instant;
        }
    }
    if (first.isValid()) {
        return first.toTimeZone(zone);
    }
    // In a gap: with the larger (later) offset the instant falls before the change, so the change is
    // the next transition after it; its instant reads as the first valid time after the gap.
    const int largest = *std::max_element(offsets.cbegin(), offsets.cend());
    const QTimeZone::OffsetData change = zone.nextTransition(naiveUtc.addSecs(-largest));
    if (change.atUtc.isValid()) {
        return change.atUtc.toTimeZone(zone);
    }
    return naiveUtc.addSecs(-largest).toTimeZone(zone);
}

QDateTime nextRunAfter(const ScheduleEntry& entry,
                       const QDateTime& after,
                       const TradingCalendar& calendar,
                       const QTimeZone& zone)
{
    if (!entry.timeZone.isEmpty()) {
        // The entry's own clock decides its occurrences; the caller sees them in its zone.
        const QTimeZone own(entry.timeZone.toUtf8());
        if (!own.isValid()) {
            return {};
        }
        ScheduleEntry local = entry;
        local.timeZone.clear();
        const QDateTime next = nextRunAfter(local, after, calendar, own);
        return next.isValid() ? next.toTimeZone(zone) : next;
    }
    if (!after.isValid() || !entry.time.isValid()) {
        return {};
    }
    const QDateTime local = after.toTimeZone(zone);
    const QTime at(entry.time.hour(), entry.time.minute());
    const auto dayAllowed = [&](QDate d) {
        return !entry.marketDaysOnly || calendar.isTradingDay(d);
    };

    if (entry.frequency == Frequency::Daily || entry.frequency == Frequency::Weekly) {
        // A day's occurrence is always on that local date (a gap resolves to the change, still that day),
        // so the search starts today.
        for (QDate d = local.date(); d <= local.date().addDays(HorizonDays); d = d.addDays(1)) {
            if (entry.frequency == Frequency::Weekly && d.dayOfWeek() != entry.weekday) {
                continue;
            }
            if (!dayAllowed(d)) {
                continue;
            }
            const QDateTime candidate = resolveLocalTime(d, at, zone);
            if (candidate > after) {
                return candidate;
            }
        }
        return {};
    }

    const qint64 step = static_cast<qint64>(std::clamp(entry.everyHours, 1, 168)) * 60;
    const qint64 anchor = minutesOf(at);
    // The slot at or before the wall-clock reading of `after`, one back: in the repeated fall-back hour
    // the wall clock reads earlier than slots that already happened, and a gap slot resolves later.
    const qint64 sinceAnchor = naiveMinutes(local.date(), local.time()) - anchor;
    qint64 k = (sinceAnchor >= 0 ? sinceAnchor / step : -((-sinceAnchor + step - 1) / step)) - 1;
    const QDate last = local.date().addDays(HorizonDays);
    while (true) {
        const qint64 minutes = anchor + k * step;
        const qint64 dayIndex = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
        const QDate d = slotEpoch().addDays(dayIndex);
        if (d > last) {
            return {};
        }
        if (!dayAllowed(d)) {
            // Jump to the first slot of the next day instead of walking a closed day slot by slot.
            const qint64 nextDayStart = (dayIndex + 1) * 1440 - anchor;
            k = std::max(k + 1,
                         nextDayStart >= 0 ? (nextDayStart + step - 1) / step : -(-nextDayStart / step));
            continue;
        }
        const int minuteOfDay = static_cast<int>(minutes - dayIndex * 1440);
        const QDateTime candidate = resolveLocalTime(d, QTime(minuteOfDay / 60, minuteOfDay % 60), zone);
        if (candidate > after) {
            return candidate;
        }
        ++k;
    }
}

} // namespace Tessera::Tasks
