#pragma once

#include <QList>
#include <QStringList>

#include "core/alerts/PriceAlert.h"
#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Price alerts (issue 17). Works on the calling thread's connection; each write is one transaction.
 * Evaluation lives in core/tasks/AlertCheck; this only stores.
 */
class AlertRepository
{
public:
    explicit AlertRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * Sets an alert at level on ticker (a stored symbol with bars): its direction and reference come from
     * the last stored close, and only bars after the last stored one are checked. When the symbol's last
     * hourly bar is on or after its last daily bar's day, that hour is the reference (its close) and the
     * alert is checked hour by hour (PriceAlert::checkedThroughHour). Errors: NotFound for an
     * unknown ticker; InvalidInput for no bars, a level that is not a positive number, or a level equal to
     * the last close (it has no side to cross from).
     */
    [[nodiscard]] Result<Alerts::PriceAlert>
    add(const QString& ticker, double level, const QString& note = {});

    /** Every alert: active ones first (by symbol, level), then triggered ones, newest first. */
    [[nodiscard]] Result<QList<Alerts::PriceAlert>> all();

    /** Active alerts, of these tickers only when tickers is not empty. */
    [[nodiscard]] Result<QList<Alerts::PriceAlert>> active(const QStringList& tickers = {});

    /** Deletes an alert; returns whether it existed. */
    [[nodiscard]] Result<bool> remove(qint64 id);

    /**
     * Marks an alert triggered by the bar of date with that close (now as the trigger time); hour is the
     * crossing hourly bar's open (UTC epoch s), 0 for a daily bar.
     */
    [[nodiscard]] Result<void> markTriggered(qint64 id, QDate date, double close, qint64 hour = 0);

    /**
     * Records that bars up to date (up to the hourly bar opening at hour, when not 0) were checked without
     * a crossing. Never moves the checked point back.
     */
    [[nodiscard]] Result<void> markChecked(qint64 id, QDate date, qint64 hour = 0);

    /** Triggered alerts whose notification has not been shown, oldest first. */
    [[nodiscard]] Result<QList<Alerts::PriceAlert>> unnotified();

    /** Records that these alerts' notifications were shown. */
    [[nodiscard]] Result<void> markNotified(const QList<qint64>& ids);

private:
    Result<QList<Alerts::PriceAlert>> query(const char* where, const QStringList& tickers = {});

    const Database& m_db;
};

} // namespace Tessera::Store
