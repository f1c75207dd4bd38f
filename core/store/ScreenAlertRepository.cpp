#include "core/store/ScreenAlertRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "core/store/Statement.h"

namespace Tessera::Store {

using Screens::ScreenAlert;

Result<void> ScreenAlertRepository::add(QList<ScreenAlert>& alerts)
{
    if (alerts.isEmpty()) {
        return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(
        m_db.rawHandle(),
        "INSERT INTO screen_alerts (screen_id, screen_name, symbol_id, date, event, field_values) VALUES "
        "(?1, ?2, (SELECT id FROM symbols WHERE ticker = ?3), ?4, ?5, ?6)");
    for (ScreenAlert& a : alerts) {
        st.bind(1, a.screenId);
        st.bind(2, a.screen);
        st.bind(3, a.ticker);
        st.bind(4, a.date.toString(Qt::ISODate));
        st.bind(5, a.entered ? QStringLiteral("entered") : QStringLiteral("left"));
        st.bind(6, QString::fromUtf8(QJsonDocument(a.values).toJson(QJsonDocument::Compact)));
        if (auto r = st.run(); !r) {
            return fail(r.error().prefixed(QStringLiteral("storing the screen alert of %1").arg(a.ticker)));
        }
        a.id = st.lastInsertRowId();
    }
    return tx.commit();
}

Result<QList<ScreenAlert>> ScreenAlertRepository::query(const char* tail)
{
    const QByteArray sql =
        QByteArray("SELECT a.id, a.screen_id, a.screen_name, s.ticker, a.date, a.event, a.field_values, "
                   "a.created_at, "
                   "a.acknowledged_at FROM screen_alerts a JOIN symbols s ON s.id = a.symbol_id ")
        + tail;
    Statement st(m_db.rawHandle(), sql.constData());
    QList<ScreenAlert> out;
    auto r = st.forEachRow([&](const Statement& row) {
        ScreenAlert a;
        a.id = row.int64At(0);
        a.screenId = row.int64At(1);
        a.screen = row.textAt(2);
        a.ticker = row.textAt(3);
        a.date = QDate::fromString(row.textAt(4), Qt::ISODate);
        a.entered = row.textAt(5) == QStringLiteral("entered");
        a.values = QJsonDocument::fromJson(row.textAt(6).toUtf8()).object();
        a.createdAt = QDateTime::fromString(row.textAt(7), Qt::ISODate);
        if (!row.isNull(8)) {
            a.acknowledgedAt = QDateTime::fromString(row.textAt(8), Qt::ISODate);
        }
        out << a;
    });
    if (!r) {
        return fail(r.error());
    }
    return out;
}

Result<QList<ScreenAlert>> ScreenAlertRepository::all(bool withAcknowledged)
{
    return withAcknowledged ? query("ORDER BY a.acknowledged_at IS NOT NULL, a.date DESC, a.id DESC")
                            : query("WHERE a.acknowledged_at IS NULL ORDER BY a.date DESC, a.id DESC");
}

Result<QList<ScreenAlert>> ScreenAlertRepository::unnotified()
{
    return query("WHERE a.notified = 0 ORDER BY a.id");
}

Result<int> ScreenAlertRepository::acknowledge(const QList<qint64>& ids)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    QJsonArray arr;
    for (qint64 id : ids) {
        arr.append(id);
    }
    Statement st(
        m_db.rawHandle(),
        ids.isEmpty()
            ? "UPDATE screen_alerts SET acknowledged_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE "
              "acknowledged_at IS NULL"
            : "UPDATE screen_alerts SET acknowledged_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE "
              "acknowledged_at IS NULL AND id IN (SELECT value FROM json_each(?1))");
    if (!ids.isEmpty()) {
        st.bind(1, QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)));
    }
    if (auto r = st.run(); !r) {
        return fail(r.error());
    }
    const int changed = st.changes();
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return changed;
}

Result<void> ScreenAlertRepository::markNotified(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Statement st(m_db.rawHandle(), "UPDATE screen_alerts SET notified = 1 WHERE id = ?1");
    for (qint64 id : ids) {
        st.bind(1, id);
        if (auto r = st.run(); !r) {
            return fail(r.error());
        }
    }
    return tx.commit();
}

} // namespace Tessera::Store
