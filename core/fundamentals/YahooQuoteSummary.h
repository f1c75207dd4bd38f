#pragma once

#include <QByteArray>
#include <QDate>

#include "core/common/Result.h"
#include "core/fundamentals/Fundamentals.h"

namespace Tessera::Fundamentals {

/** The quoteSummary modules that carry the seed's fields, as the `modules` query parameter wants them. */
QString quoteSummaryModules();

/**
 * One symbol's fundamentals from a Yahoo quoteSummary answer (`formatted=false`), as of asOf:
 *   financialData: currentPrice, returnOnEquity, returnOnAssets, operatingMargins, profitMargins (net
 *     income / revenue: both the net and the profit margin), revenueGrowth, earningsGrowth (fractions,
 *     stored in percent), debtToEquity (Yahoo's percent, stored as a ratio: 145 → 1.45), current and quick
 *     ratio;
 *   defaultKeyStatistics: trailingEps, bookValue, priceToBook, beta, pegRatio;
 *   summaryDetail: trailingPE, marketCap, volume, dividendYield (fraction → percent), beta;
 *   assetProfile: sector, industry.
 * Absent or null values stay missing. Yahoo's error object ("Quote not found for symbol: X") and a body
 * that is not quoteSummary JSON are errors naming the ticker.
 */
[[nodiscard]] Result<Record> parseQuoteSummary(const QByteArray& body, const QString& ticker, QDate asOf);

} // namespace Tessera::Fundamentals
