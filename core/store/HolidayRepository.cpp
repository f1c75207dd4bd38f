#include "core/store/HolidayRepository.h"

#include "core/store/Statement.h"

namespace Tessera::Store {

Result<QList<Holiday>> HolidayRepository::holidays(const QString& calendar)
{
    Statement st(m_db.rawHandle(), "SELECT date, name FROM holidays WHERE calendar = ?1 ORDER BY date");
    st.bind(1, calendar);
    QList<Holiday> out;
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            return out;
        }
        out << Holiday{QDate::fromString(st.textAt(0), Qt::ISODate), st.textAt(1)};
    }
}

Result<TradingCalendar> HolidayRepository::load(const QString& calendar)
{
    auto list = holidays(calendar);
    if (!list) {
        return fail(list.error());
    }
    return TradingCalendar(calendar, *list);
}

Result<int> HolidayRepository::import(const QString& calendar, const QList<Holiday>& holidays, bool replace)
{
    if (calendar.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("a holiday calendar needs a name")));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(Error::database(tx.beginError()));
    }
    if (replace) {
        Statement clear(m_db.rawHandle(), "DELETE FROM holidays WHERE calendar = ?1");
        clear.bind(1, calendar);
        if (auto r = clear.run(); !r) {
            return fail(r.error());
        }
    }
    Statement st(m_db.rawHandle(),
                 "INSERT INTO holidays(calendar, date, name) VALUES (?1, ?2, ?3) "
                 "ON CONFLICT(calendar, date) DO UPDATE SET name = excluded.name");
    for (const Holiday& h : holidays) {
        st.bind(1, calendar);
        st.bind(2, h.date.toString(Qt::ISODate));
        st.bind(3, h.name.isEmpty() ? QString() : h.name);
        if (auto r = st.run(); !r) {
            return fail(r.error());
        }
    }
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return static_cast<int>(holidays.size());
}

Result<QList<CalendarSummary>> HolidayRepository::calendars()
{
    Statement st(
        m_db.rawHandle(),
        "SELECT calendar, COUNT(*), MIN(date), MAX(date) FROM holidays GROUP BY calendar ORDER BY calendar");
    QList<CalendarSummary> out;
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            return out;
        }
        out << CalendarSummary{st.textAt(0),
                               static_cast<int>(st.int64At(1)),
                               QDate::fromString(st.textAt(2), Qt::ISODate),
                               QDate::fromString(st.textAt(3), Qt::ISODate)};
    }
}

} // namespace Tessera::Store
