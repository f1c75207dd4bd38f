// libFuzzer harness: holiday files (TradingCalendar::parseHolidays, README "Scheduler"), and the
// calendar built from what it accepts. Seeds: tests/data/holidays.
#include <cstddef>
#include <cstdint>

#include <QSet>

#include "core/market/TradingCalendar.h"

#include "tests/fuzz/FuzzSupport.h"

using namespace Tessera;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // readHolidayFile decodes the file the same way.
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    // A URL-encoded name: its "%20" and "%2" must reach messages as written.
    const QString source = QStringLiteral("NSE%202026%2.txt");
    const auto holidays = TradingCalendar::parseHolidays(text, source);
    if (!holidays) {
        FUZZ_CHECK(holidays.error().code == ErrorCode::InvalidInput, holidays.error().message);
        FUZZ_CHECK_ERROR(holidays.error(), source + u':');
        return 0;
    }
    FUZZ_CHECK(holidays->size() <= text.count(u'\n') + 1, source);
    QSet<QDate> dates;
    for (const Holiday& h : *holidays) {
        const QString who = h.date.toString(Qt::ISODate) + u',' + h.name;
        FUZZ_CHECK(h.date.isValid(), who);
        FUZZ_CHECK(!dates.contains(h.date), who + QStringLiteral(" twice"));
        dates.insert(h.date);
        // A name is what follows the comma, trimmed, up to a comment.
        FUZZ_CHECK(h.name == h.name.trimmed(), who);
        FUZZ_CHECK(!h.name.contains(u'#') && !h.name.contains(u'\n'), who);
    }

    const TradingCalendar calendar(QStringLiteral("NSE"), *holidays);
    FUZZ_CHECK(calendar.holidays().size() == holidays->size(), source);
    for (const Holiday& h : *holidays) {
        FUZZ_CHECK(calendar.isHoliday(h.date) && !calendar.isTradingDay(h.date),
                   h.date.toString(Qt::ISODate));
        FUZZ_CHECK(calendar.holidayName(h.date) == h.name, h.name);
    }
    if (!holidays->isEmpty()) {
        // Bounded even when every weekday for years is a holiday.
        const QDate next = calendar.nextTradingDay(holidays->front().date);
        FUZZ_CHECK(!next.isValid() || (calendar.isTradingDay(next) && next > holidays->front().date),
                   next.toString(Qt::ISODate));
    }
    return 0;
}
