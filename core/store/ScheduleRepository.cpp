#include "core/store/ScheduleRepository.h"

#include <QJsonDocument>

#include "core/store/Statement.h"

namespace Tessera::Store {
namespace {

constexpr const char* SelectColumns =
    "SELECT id, name, kind, params, frequency, at_time, weekday, every_hours, market_days, enabled, "
    "catch_up, default_key, last_run_at, last_run_id, last_status, last_message, next_run_at, time_zone "
    "FROM schedule_entries ";

/** A row in SelectColumns order. NULL weekday/every_hours (other frequencies) read as the defaults. */
ScheduleEntry readEntry(const Statement& st)
{
    ScheduleEntry e;
    e.id = st.int64At(0);
    e.name = st.textAt(1);
    e.kind = st.textAt(2);
    e.params = QJsonDocument::fromJson(st.textAt(3).toUtf8()).object();
    e.frequency = frequencyFromString(st.textAt(4)).value_or(Frequency::Daily);
    e.time = QTime::fromString(st.textAt(5), QStringLiteral("HH:mm"));
    e.weekday = st.isNull(6) ? Qt::Monday : static_cast<int>(st.int64At(6));
    e.everyHours = st.isNull(7) ? 6 : static_cast<int>(st.int64At(7));
    e.marketDaysOnly = st.int64At(8) != 0;
    e.enabled = st.int64At(9) != 0;
    e.catchUp = st.int64At(10) != 0;
    e.defaultKey = st.textAt(11);
    e.lastRunAt = fromDbInstant(st.textAt(12));
    e.lastRunId = st.int64At(13);
    e.lastStatus = st.textAt(14);
    e.lastMessage = st.textAt(15);
    e.nextRunAt = fromDbInstant(st.textAt(16));
    e.timeZone = st.textAt(17);
    return e;
}

} // namespace

QString toDbInstant(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromDbInstant(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

Result<QList<ScheduleEntry>> ScheduleRepository::query(const char* where,
                                                       const std::function<void(Statement&)>& bind)
{
    const QByteArray sql = QByteArray(SelectColumns) + where;
    Statement st(m_db.rawHandle(), sql.constData());
    if (bind) {
        bind(st);
    }
    QList<ScheduleEntry> out;
    while (true) {
        auto next = st.step();
        if (!next) {
            return fail(next.error());
        }
        if (!*next) {
            return out;
        }
        out << readEntry(st);
    }
}

Result<QList<ScheduleEntry>> ScheduleRepository::list()
{
    return query("ORDER BY name COLLATE NOCASE", {});
}

Result<std::optional<ScheduleEntry>> ScheduleRepository::get(qint64 id)
{
    auto rows = query("WHERE id = ?1", [id](Statement& st) { st.bind(1, id); });
    if (!rows) {
        return fail(rows.error());
    }
    return rows->isEmpty() ? std::nullopt : std::optional<ScheduleEntry>(rows->constFirst());
}

Result<std::optional<ScheduleEntry>> ScheduleRepository::find(const QString& name)
{
    auto rows = query("WHERE name = ?1", [&name](Statement& st) { st.bind(1, name); });
    if (!rows) {
        return fail(rows.error());
    }
    return rows->isEmpty() ? std::nullopt : std::optional<ScheduleEntry>(rows->constFirst());
}

Result<qint64> ScheduleRepository::save(const ScheduleEntry& e)
{
    if (auto valid = e.validate(); !valid) {
        return fail(valid.error());
    }
    // Checked here rather than mapped from the UNIQUE constraint so the message names the entry.
    auto sameName = find(e.name);
    if (!sameName) {
        return fail(sameName.error());
    }
    if (sameName->has_value() && (*sameName)->id != e.id) {
        return fail(
            Error::invalidInput(QStringLiteral("a schedule entry named '%1' already exists").arg(e.name)));
    }
    const bool insert = e.id == 0;
    Statement st(m_db.rawHandle(),
                 insert
                     ? "INSERT INTO schedule_entries(name, kind, params, frequency, at_time, weekday, "
                       "every_hours, market_days, enabled, catch_up, default_key, next_run_at, time_zone) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14)"
                     : "UPDATE schedule_entries SET name=?1, kind=?2, params=?3, frequency=?4, at_time=?5, "
                       "weekday=?6, every_hours=?7, market_days=?8, enabled=?9, catch_up=?10, "
                       "default_key=?11, next_run_at=?12, time_zone=?14, "
                       "updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?13");
    st.bind(1, e.name.trimmed());
    st.bind(2, e.kind.trimmed());
    // Params as JSON text, exactly what TaskRunner::start gets (and stores with the run).
    st.bind(3, QString::fromUtf8(QJsonDocument(e.params).toJson(QJsonDocument::Compact)));
    st.bind(4, toString(e.frequency));
    st.bind(5, e.time.toString(QStringLiteral("HH:mm")));
    // Fields of other frequencies are stored NULL so a row says only what applies to it.
    if (e.frequency == Frequency::Weekly) {
        st.bind(6, e.weekday);
    } else {
        st.bindNull(6);
    }
    if (e.frequency == Frequency::EveryNHours) {
        st.bind(7, e.everyHours);
    } else {
        st.bindNull(7);
    }
    st.bind(8, e.marketDaysOnly ? 1 : 0);
    st.bind(9, e.enabled ? 1 : 0);
    st.bind(10, e.catchUp ? 1 : 0);
    st.bind(11, e.defaultKey.isEmpty() ? QString() : e.defaultKey);
    st.bind(12, toDbInstant(e.nextRunAt));
    st.bind(14, e.timeZone.isEmpty() ? QString() : e.timeZone);
    if (!insert) {
        st.bind(13, e.id);
    }
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    if (!insert) {
        if (st.changes() == 0) {
            return fail(Error::notFound(QStringLiteral("schedule entry %1 does not exist").arg(e.id)));
        }
        return e.id;
    }
    auto stored = find(e.name.trimmed());
    if (!stored) {
        return fail(stored.error());
    }
    if (!stored->has_value()) {
        return fail(Error::database(QStringLiteral("schedule entry '%1' vanished after insert").arg(e.name)));
    }
    return (*stored)->id;
}

Result<bool> ScheduleRepository::remove(qint64 id)
{
    Statement st(m_db.rawHandle(), "DELETE FROM schedule_entries WHERE id = ?1");
    st.bind(1, id);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    return st.changes() > 0;
}

Result<bool> ScheduleRepository::advanceNextRun(qint64 id, const QDateTime& expected, const QDateTime& next)
{
    // IS rather than = so an entry whose next run was never computed (NULL) can be claimed too;
    // julianday() compares instants, so a hand-edited value without 'Z' or with milliseconds matches.
    Statement st(m_db.rawHandle(),
                 "UPDATE schedule_entries SET next_run_at = ?3 WHERE id = ?1 AND "
                 "(next_run_at IS ?2 OR julianday(next_run_at) = julianday(?2))");
    st.bind(1, id);
    st.bind(2, toDbInstant(expected));
    st.bind(3, toDbInstant(next));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    return st.changes() > 0;
}

Result<void> ScheduleRepository::recordRun(
    qint64 id, qint64 runId, const QDateTime& at, const QString& status, const QString& message)
{
    // A null `at` keeps the stored start time: the finish of a run started earlier.
    Statement st(m_db.rawHandle(),
                 "UPDATE schedule_entries SET last_run_id = ?2, last_run_at = COALESCE(?3, last_run_at), "
                 "last_status = ?4, last_message = ?5 WHERE id = ?1");
    st.bind(1, id);
    if (runId > 0) {
        st.bind(2, runId);
    } else {
        st.bindNull(2);
    }
    st.bind(3, toDbInstant(at));
    st.bind(4, status);
    st.bind(5, message.isEmpty() ? QString() : message);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    if (st.changes() == 0) {
        return fail(Error::notFound(QStringLiteral("schedule entry %1 does not exist").arg(id)));
    }
    return {};
}

Result<QStringList> ScheduleRepository::addedDefaults()
{
    Statement st(m_db.rawHandle(), "SELECT key FROM schedule_defaults_added ORDER BY key");
    return st.firstColumnTexts();
}

Result<void> ScheduleRepository::markDefaultAdded(const QString& key)
{
    Statement st(m_db.rawHandle(), "INSERT OR IGNORE INTO schedule_defaults_added(key) VALUES (?1)");
    st.bind(1, key);
    return st.run();
}

} // namespace Tessera::Store
