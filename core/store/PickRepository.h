#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/screens/Picks.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Daily picks (the seed's daily_suggested_stocks): one row per (date, symbol, strategy). store() upserts
 * a strategy's picks of a day and removes that day's rows of the strategy that are no longer picked, in
 * one transaction, so re-running a day never leaves yesterday's leftovers beside today's list.
 * Works on the calling thread's connection.
 */
class PickRepository
{
public:
    explicit PickRepository(const Database& db)
        : m_db(db)
    {}

    /** Upserts picks (all of one strategy and one date); returns the rows written. */
    [[nodiscard]] Result<int> store(const QString& strategy, QDate date, const QList<Screens::Pick>& picks);
    /** A strategy's picks of a day by rank (strategy empty: every strategy, by strategy then rank). */
    [[nodiscard]] Result<QList<Screens::Pick>> picks(const QString& strategy, QDate date);
    /** The days with stored picks of a strategy (empty: any), newest first. */
    [[nodiscard]] Result<QList<QDate>> dates(const QString& strategy = {});
    /** The newest day with picks on or before day (invalid: the newest of all), or an invalid date. */
    [[nodiscard]] Result<QDate> latestDate(const QString& strategy = {}, QDate onOrBefore = {});
    /** Deletes snapshots dated more than keepDays days before today (0 keeps everything); returns rows. */
    [[nodiscard]] Result<int> cleanup(int keepDays, QDate today);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
