#pragma once

#include <vector>

#include <QList>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/store/Database.h"

namespace Tessera::Tasks {

/**
 * The settings of hourly data and hourly models (issue 21), declared once (STYLE.md §5) and listed by
 * `tessera-cli settings`:
 *   market/dayBoundaryHour        0..23 (h UTC, default 0): where a derived daily bar of a 24/7 market
 *                                 begins; 0 = UTC midnight, the exchanges' own daily candles
 *   train/hourly/horizons         hours ahead the hourly models forecast (default 1,6,24)
 *   train/hourly/fullWindowDays   days of hourly bars a full retrain uses (default 182, six months)
 *   train/hourly/rfTrees          trees of an hourly random forest (default 50)
 *   train/hourly/rfEngine         xgboost (default) or dlib: who builds the hourly random forests
 *   predictions/hourly/ttlHours   hours an hourly prediction stays valid after its as-of hour (default 6,
 *                                 the incremental schedule)
 */
const QList<Config::Parameter>& hourlyParameters();

/** The stored (else default) value of key of hourlyParameters(), validated; the default on bad text. */
[[nodiscard]] Result<QString> hourlySetting(const Store::Database& db, const QString& key);

/** market/dayBoundaryHour as a number (0..23). */
[[nodiscard]] Result<int> dayBoundaryHour(const Store::Database& db);

/** Parses a horizons list ("1,6,24") into ascending unique hours 1..720; an error names the bad item. */
[[nodiscard]] Result<std::vector<int>> parseHourHorizons(const QString& text);

} // namespace Tessera::Tasks
