#include "core/store/AlertRepository.h"

#include <cmath>

#include <QSet>

#include "core/market/HourlySeries.h"
#include "core/store/Statement.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Store {

using Alerts::PriceAlert;

namespace {

const char* const SelectColumns =
    "SELECT a.id, s.ticker, a.level, a.direction, a.reference_close, a.checked_through, a.note, "
    "a.created_at, "
    "a.triggered_date, a.triggered_price, a.triggered_at, a.notified FROM price_alerts a "
    "JOIN symbols s ON s.id = a.symbol_id ";

PriceAlert alertFrom(const Statement& st)
{
    PriceAlert a;
    a.id = st.int64At(0);
    a.ticker = st.textAt(1);
    a.level = st.doubleAt(2);
    a.direction = Alerts::directionFromId(st.textAt(3)).value_or(Alerts::Direction::Above);
    a.referenceClose = st.doubleAt(4);
    readDayOrHourText(st.textAt(5), &a.checkedThrough, &a.checkedThroughHour);
    a.note = st.textAt(6);
    a.createdAt = QDateTime::fromString(st.textAt(7), Qt::ISODate);
    readDayOrHourText(st.textAt(8), &a.triggeredDate, &a.triggeredHour);
    a.triggeredPrice = st.doubleAt(9);
    a.triggeredAt = QDateTime::fromString(st.textAt(10), Qt::ISODate);
    a.notified = st.int64At(11) != 0;
    return a;
}

} // namespace

Result<PriceAlert> AlertRepository::add(const QString& ticker, double level, const QString& note)
{
    if (!std::isfinite(level) || level <= 0.0) {
        return fail(
            Error::invalidInput(QStringLiteral("an alert needs a positive price, not %1").arg(level)));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto symbolId = SymbolRepository(m_db).idOf(ticker);
    if (!symbolId) {
        return fail(symbolId.error());
    }
    if (!symbolId->has_value()) {
        return fail(Error::notFound(QStringLiteral("%1 is not a stored symbol").arg(ticker)));
    }
    // The last stored bar: the reference close, and the first bar checked is the next one.
    Statement last(m_db.rawHandle(),
                   "SELECT date, close FROM daily_bars WHERE symbol_id = ?1 AND close IS NOT NULL "
                   "ORDER BY date DESC LIMIT 1");
    last.bind(1, **symbolId);
    auto row = last.step();
    if (!row) {
        return fail(row.error());
    }
    PriceAlert alert;
    alert.ticker = ticker;
    alert.level = level;
    alert.note = note;
    if (*row) {
        alert.checkedThrough = QDate::fromString(last.textAt(0), Qt::ISODate);
        alert.referenceClose = last.doubleAt(1);
    }
    last.reset();
    // A symbol with hourly bars up to the last daily bar's day (crypto, whose days are made from its
    // hours) is watched hour by hour from its last stored hour (AlertCheck).
    Statement lastHour(m_db.rawHandle(),
                       "SELECT time, close FROM hourly_bars WHERE symbol_id = ?1 AND close IS NOT NULL "
                       "ORDER BY time DESC LIMIT 1");
    lastHour.bind(1, **symbolId);
    auto hourRow = lastHour.step();
    if (!hourRow) {
        return fail(hourRow.error());
    }
    if (*hourRow && (!*row || utcTime(lastHour.int64At(0)).date() >= alert.checkedThrough)) {
        alert.checkedThroughHour = lastHour.int64At(0);
        alert.checkedThrough = utcTime(alert.checkedThroughHour).date();
        alert.referenceClose = lastHour.doubleAt(1);
    }
    lastHour.reset();
    if (!alert.checkedThrough.isValid()) {
        return fail(Error::invalidInput(
            QStringLiteral("%1 has no stored bars: load its data before setting an alert").arg(ticker)));
    }
    const auto direction = Alerts::directionFor(level, alert.referenceClose);
    if (!direction) {
        return fail(Error::invalidInput(
            QStringLiteral("%1 closed at %2 on %3: an alert needs a level above or below the last close")
                .arg(ticker)
                .arg(alert.referenceClose)
                .arg(alert.checkedThroughText())));
    }
    alert.direction = *direction;
    Statement insert(
        m_db.rawHandle(),
        "INSERT INTO price_alerts(symbol_id, level, direction, reference_close, checked_through, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, **symbolId);
    insert.bind(2, level);
    insert.bind(3, Alerts::directionId(alert.direction));
    insert.bind(4, alert.referenceClose);
    insert.bind(5, dayOrHourText(alert.checkedThrough, alert.checkedThroughHour));
    insert.bind(6, note.isEmpty() ? QString() : note);
    if (auto r = insert.run(); !r) {
        return fail(r.error());
    }
    alert.id = insert.lastInsertRowId();
    alert.createdAt = QDateTime::currentDateTimeUtc();
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return alert;
}

Result<QList<PriceAlert>> AlertRepository::query(const char* where, const QStringList& tickers)
{
    Statement st(m_db.rawHandle(), where);
    QList<PriceAlert> out;
    const QSet<QString> wanted(tickers.cbegin(), tickers.cend());
    if (auto r = st.forEachRow([&](const Statement& row) {
            PriceAlert a = alertFrom(row);
            if (wanted.isEmpty() || wanted.contains(a.ticker)) {
                out << a;
            }
        });
        !r) {
        return fail(r.error());
    }
    return out;
}

Result<QList<PriceAlert>> AlertRepository::all()
{
    static const QByteArray sql = QByteArray(SelectColumns)
                                  + "ORDER BY a.triggered_date IS NOT NULL, "
                                    "CASE WHEN a.triggered_date IS NULL THEN s.ticker END, a.level, "
                                    "a.triggered_at DESC, a.id DESC";
    return query(sql.constData());
}

Result<QList<PriceAlert>> AlertRepository::active(const QStringList& tickers)
{
    static const QByteArray sql =
        QByteArray(SelectColumns) + "WHERE a.triggered_date IS NULL ORDER BY s.ticker, a.id";
    return query(sql.constData(), tickers);
}

Result<QList<PriceAlert>> AlertRepository::unnotified()
{
    static const QByteArray sql =
        QByteArray(SelectColumns)
        + "WHERE a.triggered_date IS NOT NULL AND a.notified = 0 ORDER BY a.triggered_at, a.id";
    return query(sql.constData());
}

Result<bool> AlertRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(), "DELETE FROM price_alerts WHERE id = ?1");
    st.bind(1, id);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    const bool existed = st.changes() > 0;
    if (auto r = tx.commit(); !r) {
        return fail(r.error());
    }
    return existed;
}

Result<void> AlertRepository::markTriggered(qint64 id, QDate date, double close, qint64 hour)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    // Only an active alert: a second check of the same bars never moves the recorded trigger.
    Statement st(
        m_db.rawHandle(),
        "UPDATE price_alerts SET triggered_date = ?2, triggered_price = ?3, checked_through = ?2, "
        "triggered_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1 AND triggered_date IS NULL");
    st.bind(1, id);
    st.bind(2, dayOrHourText(date, hour));
    st.bind(3, close);
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    return tx.commit();
}

Result<void> AlertRepository::markChecked(qint64 id, QDate date, qint64 hour)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(),
                 "UPDATE price_alerts SET checked_through = ?2 WHERE id = ?1 AND triggered_date IS NULL "
                 "AND checked_through < ?2");
    st.bind(1, id);
    // Text order is time order: "2023-07-04" < "2023-07-04T01:00:00Z" < "2023-07-05".
    st.bind(2, dayOrHourText(date, hour));
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    return tx.commit();
}

Result<void> AlertRepository::markNotified(const QList<qint64>& ids)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(), "UPDATE price_alerts SET notified = 1 WHERE id = ?1");
    for (qint64 id : ids) {
        st.bind(1, id);
        if (auto r = st.run(); !r) {
            return fail(r.error());
        }
    }
    return tx.commit();
}

} // namespace Tessera::Store
