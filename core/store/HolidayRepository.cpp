#include "core/store/HolidayRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "core/market/ClosedDays.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Statement.h"

namespace Tessera::Store {
namespace {
/** The LIKE pattern of inferredClosedDayName's names. */
constexpr char kInferredNamePattern[] = "closed (no bar for any of % symbols)";
} // namespace

QString inferredClosedDayName(int symbols)
{
    return QStringLiteral("closed (no bar for any of %1 symbols)").arg(symbols);
}

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

Result<QString> HolidayRepository::marketCalendarName()
{
    return SettingsRepository(m_db).value(QString::fromLatin1(kMarketCalendarSetting),
                                          TradingCalendar::defaultName());
}

Result<TradingCalendar> HolidayRepository::marketCalendar()
{
    auto name = marketCalendarName();
    if (!name) {
        return fail(name.error());
    }
    return load(*name);
}

Result<int> HolidayRepository::import(const QString& calendar, const QList<Holiday>& holidays, bool replace)
{
    if (calendar.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("a holiday calendar needs a name")));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
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

Result<InferredClosedDays> HolidayRepository::inferClosedDays(const QStringList& tickers, int minSymbols)
{
    // The selection as a JSON array for json_each, so any number of tickers binds as one parameter.
    const QByteArray selected =
        QJsonDocument(QJsonArray::fromStringList(tickers)).toJson(QJsonDocument::Compact);
    const char* filter = tickers.isEmpty() ? "" : " AND s.ticker IN (SELECT value FROM json_each(?1))";
    InferredClosedDays out;
    std::vector<BarSpan> spans;
    {
        const QByteArray sql =
            QByteArray("SELECT b.first_date, b.last_date, b.bar_count FROM bar_summary b JOIN symbols s ON "
                       "s.id = b.symbol_id WHERE b.bar_count > 0")
            + filter;
        Statement st(m_db.rawHandle(), sql.constData());
        if (!tickers.isEmpty()) {
            st.bind(1, QString::fromUtf8(selected));
        }
        auto read = st.forEachRow([&spans](const Statement& row) {
            const QDate first = QDate::fromString(row.textAt(0), Qt::ISODate);
            const QDate last = QDate::fromString(row.textAt(1), Qt::ISODate);
            if (first.isValid() && last.isValid()) {
                spans.push_back({first.toJulianDay(), last.toJulianDay(), row.int64At(2)});
            }
        });
        if (!read) {
            return fail(read.error());
        }
    }
    out.symbols = static_cast<int>(spans.size());
    if (!anyWeekdayMissing(spans)) {
        return out; // every symbol traded every weekday of its span: no closed day to find (cheap check)
    }
    QHash<qint64, int> traded;
    {
        const QByteArray sql =
            QByteArray(
                "SELECT d.date, COUNT(*) FROM daily_bars d JOIN symbols s ON s.id = d.symbol_id WHERE 1")
            + filter + " GROUP BY d.date";
        Statement st(m_db.rawHandle(), sql.constData());
        if (!tickers.isEmpty()) {
            st.bind(1, QString::fromUtf8(selected));
        }
        auto read = st.forEachRow([&traded](const Statement& row) {
            const QDate day = QDate::fromString(row.textAt(0), Qt::ISODate);
            if (day.isValid()) {
                traded.insert(day.toJulianDay(), static_cast<int>(row.int64At(1)));
            }
        });
        if (!read) {
            return fail(read.error());
        }
    }
    out.days = inferClosedWeekdays(spans, traded, minSymbols);
    return out;
}

Result<InferredClosedDays> HolidayRepository::importClosedDays(const QString& calendar,
                                                               const QStringList& tickers,
                                                               int minSymbols,
                                                               bool replace)
{
    auto inferred = inferClosedDays(tickers, minSymbols);
    if (!inferred) {
        return fail(inferred.error());
    }
    if (inferred->symbols < minSymbols) {
        return fail(Error::invalidInput(
            QStringLiteral("only %1 symbol(s) have stored bars; inferring holidays needs at least %2")
                .arg(inferred->symbols)
                .arg(minSymbols)));
    }
    QList<Holiday> days;
    const QString name = inferredClosedDayName(inferred->symbols);
    for (const QDate& d : inferred->days) {
        days << Holiday{d, name};
    }
    if (auto written = import(calendar, days, replace); !written) {
        return fail(written.error());
    }
    return inferred;
}

Result<MarketInference> HolidayRepository::storeInferredClosedDays(const QString& calendar,
                                                                   const QStringList& tickers,
                                                                   int minSymbols)
{
    MarketInference out;
    out.calendar = calendar;
    if (tickers.isEmpty()) {
        return out; // an empty selection would mean every symbol here
    }
    auto inferred = inferClosedDays(tickers, minSymbols);
    if (!inferred) {
        return fail(inferred.error());
    }
    out.symbols = inferred->symbols;
    if (inferred->symbols < minSymbols) {
        return out;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    QSet<QDate> before;
    {
        Statement st(m_db.rawHandle(), "SELECT date FROM holidays WHERE calendar = ?1 AND name LIKE ?2");
        st.bind(1, calendar);
        st.bind(2, QString::fromLatin1(kInferredNamePattern));
        auto read = st.forEachRow([&before](const Statement& row) {
            before.insert(QDate::fromString(row.textAt(0), Qt::ISODate));
        });
        if (!read) {
            return fail(read.error());
        }
    }
    Statement clear(m_db.rawHandle(), "DELETE FROM holidays WHERE calendar = ?1 AND name LIKE ?2");
    clear.bind(1, calendar);
    clear.bind(2, QString::fromLatin1(kInferredNamePattern));
    if (auto r = clear.run(); !r) {
        return fail(r.error());
    }
    // A date a user imported keeps its name (DO NOTHING): it is a holiday either way.
    Statement insert(m_db.rawHandle(),
                     "INSERT INTO holidays(calendar, date, name) VALUES (?1, ?2, ?3) "
                     "ON CONFLICT(calendar, date) DO NOTHING");
    const QString name = inferredClosedDayName(inferred->symbols);
    for (const QDate& d : inferred->days) {
        insert.bind(1, calendar);
        insert.bind(2, d.toString(Qt::ISODate));
        insert.bind(3, name);
        if (auto r = insert.run(); !r) {
            return fail(r.error());
        }
        if (!before.contains(d)) {
            ++out.added;
        }
    }
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    out.days = static_cast<int>(inferred->days.size());
    return out;
}

Result<MarketCalendars> HolidayRepository::marketCalendars()
{
    auto fallback = marketCalendar();
    if (!fallback) {
        return fail(fallback.error());
    }
    MarketCalendars out(*fallback);
    auto names = calendars();
    if (!names) {
        return fail(names.error());
    }
    for (const CalendarSummary& c : *names) {
        if (c.name == fallback->name()) {
            continue;
        }
        auto calendar = load(c.name);
        if (!calendar) {
            return fail(calendar.error());
        }
        out.set(c.name, *calendar);
    }
    return out;
}

} // namespace Tessera::Store
