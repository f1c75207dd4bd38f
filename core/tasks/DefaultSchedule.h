#pragma once

#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/tasks/Schedule.h"

namespace Tessera::Tasks {

/**
 * The default schedule of SPEC §8, one ScheduleEntry per line, each with a stable defaultKey.
 * Scheduler::ensureDefaults() creates an entry once its task kind is registered (so an issue that adds
 * a kind gets its default entry by adding one line here) and never again after that, even if the user
 * deletes it. Times are local wall-clock times of the scheduler's zone.
 */
const QList<ScheduleEntry>& defaultSchedule();

/**
 * Seed 001's schedule for the crypto universe `universe` (issue 21), for Scheduler::ensureDefaults(): two
 * "train-hourly" entries over the universe's members at run time (params "fromUniverse"), on the UTC clock
 * and every day (a 24/7 market has no closed days, so "market days" would mean every day anyway):
 *  - "Crypto update (U)": every 6 h from 00:00 UTC: fetch the hours since the last stored one from Binance
 *    (1h klines), refresh features and predictions, refit ridge; rf/gbm are kept until older than
 *    train/maxModelAgeDays (mode incremental);
 *  - "Crypto full retrain (U)": weekly Sunday 03:00 UTC: the same fetch, then every model trained anew on
 *    the last train/hourly/fullWindowDays (182, six months) of hours (mode full).
 * Their default keys name the universe ("crypto-update:topcryptousdt"), so each universe gets its pair
 * once and a removed entry is not created again.
 */
QList<ScheduleEntry> cryptoDefaultSchedule(const QString& universe);

/**
 * Whether a universe of these tickers is a crypto one: at least one member and every member a pair of
 * a market that trades every day (Market.h: BTCUSDT, ETH-USD).
 */
bool isCryptoUniverse(const QStringList& tickers);

/** The stored universes that are crypto ones (isCryptoUniverse), by name. */
[[nodiscard]] Result<QStringList> cryptoUniverses(const Store::Database& db);

} // namespace Tessera::Tasks
