#pragma once

#include <optional>

#include <QString>
#include <QStringView>

#include "core/market/BarSeries.h"

namespace Tessera {

/**
 * The bar period a chart shows; weekly and monthly bars are built from the stored daily bars. Hourly is
 * the stored 60-minute bars (hourly_bars, core/market/HourlySeries.h), never resampled from days: a
 * chart offers it only for symbols with hourly bars stored.
 */
enum class Timeframe
{
    Daily,
    Weekly,
    Monthly,
    Hourly
};

/**
 * "daily", "weekly", "monthly", "60m": stable keys for settings and the command line. timeframeFromKey
 * also takes "60min", "1h" and "hourly" for Hourly (any case).
 */
QString timeframeKey(Timeframe timeframe);
std::optional<Timeframe> timeframeFromKey(QStringView key);

/**
 * Resamples daily bars into weekly or monthly bars (Daily and Hourly return the input: hourly bars are
 * read from their own table, not made from days).
 *
 * A week is an ISO week (Monday to Sunday), a month a calendar month. Each period with at least one
 * bar gives one bar dated on its LAST TRADING DAY — the Friday, or the Thursday when Friday was a
 * holiday — so a period's bar never carries a date on which nothing traded. Open = the first bar's
 * open, high = the highest high, low = the lowest low, close and adjClose = the last bar's, volume =
 * the sum. Missing values are skipped (a field missing on every day of the period stays missing).
 * The last period may be incomplete (the week in progress). Pure and thread-safe.
 */
BarSeries resample(const BarSeries& daily, Timeframe timeframe);

/**
 * Heikin-Ashi bars: HC = (O + H + L + C)/4; HO = (HO[t−1] + HC[t−1])/2, seeded with (O[0] + C[0])/2;
 * HH = max(H, HO, HC); HL = min(L, HO, HC). Dates and volume are kept; a bar with a missing close
 * keeps missing values and does not reset the recursion. Pure and thread-safe.
 */
BarSeries heikinAshi(const BarSeries& bars);

/** Whether any bar carries a source-adjusted close (the "adjusted" view then differs from the raw one). */
bool hasAdjustedCloses(const BarSeries& bars);

} // namespace Tessera
