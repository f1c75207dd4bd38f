#pragma once

#include <vector>

#include "core/market/HourlySeries.h"
#include "core/ml/FeatureTable.h"

namespace Tessera::Ml {

/**
 * The feature table of 60-minute bars (issue 21) and each row's open time. The columns are the daily
 * schema's 55 (FeatureMatrix.h), computed the same way over bars instead of days — so "ret_5d" is the
 * return over 5 hours, "vol_20" the sd of 20 hourly log returns, "sma_200" 200 hours — except that
 * "month" becomes "hour_of_day" (the bar's UTC hour, 0–23), the intraday season an hourly model can
 * use; "day_of_week" stays the UTC weekday (Monday = 0). The schema hash is that of the hourly name
 * list, so hourly and daily models never read each other's features. days holds each row's UTC day
 * (repeated within a day); times the open instant (UTC epoch seconds). Pure, thread-safe.
 */
struct HourlyTable
{
    FeatureTable table;
    std::vector<qint64> times;

    int rows() const { return table.rows(); }
};

/** The hourly table of bars (ascending, unique hours, as HourlyBarRepository returns them). */
HourlyTable buildHourlyFeatureTable(const HourlySeries& bars);

/** The hash of the hourly feature schema. */
QString hourlySchemaHash();

/** Rows [from, to) of table as a table of their own (walk-forward over a training window). */
FeatureTable tableRows(const FeatureTable& table, int from, int to);

} // namespace Tessera::Ml
