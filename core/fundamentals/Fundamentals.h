#pragma once

#include <array>

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include "core/market/Bar.h"

namespace Tessera::Fundamentals {

/**
 * The seed-003 `stocks` table's fundamental fields. Units (README "Fundamentals"): prices, book value
 * and EPS in the listing currency; market cap in the listing currency; volumes in shares; P/E, P/B, PEG,
 * beta, debt/equity (a ratio: 1.5 = debt is 1.5 × equity), current and quick ratio as plain ratios;
 * ROE, ROA, margins, growth rates, dividend yield and 1-year volatility in PERCENT (12.5 = 12.5 %), as the
 * seed's screens use them (min_roe: 10).
 */
enum class Field
{
    Price,
    MarketCap,
    Volume,
    AvgVolume30d,
    PeRatio,
    PbRatio,
    Roe,
    Eps,
    Beta,
    DebtToEquity,
    RevenueGrowth,
    EarningsGrowth,
    OperatingMargin,
    NetMargin,
    ProfitMargin,
    BookValue,
    PegRatio,
    Roa,
    CurrentRatio,
    QuickRatio,
    Volatility1y,
    DividendYield,
    Count
};

inline constexpr int kFieldCount = static_cast<int>(Field::Count);

enum class Unit
{
    Currency, ///< the listing's currency
    Shares,
    Ratio,  ///< a plain multiple (P/E 24.5)
    Percent ///< 12.5 = 12.5 %
};

struct FieldInfo
{
    Field field;
    const char* key;   ///< the seed's column name: "pe_ratio" (generic CSV header, JSON, SQL column)
    const char* label; ///< "P/E"
    Unit unit;
};

/** Every field, in Field order. */
const std::array<FieldInfo, kFieldCount>& fields();
const FieldInfo& info(Field field);
/** The field whose key (or an accepted alias, e.g. "current_price") is name, compared by
 * Csv::normalizeHeader. */
bool fieldFromKey(const QString& name, Field* field);

/**
 * A value as people read it: "24.50" (ratios), "12.35 %" (percent), "2.93 tn" / "110.35 bn" / "8.20 m"
 * (currency and shares), "—" when missing (never 0).
 */
QString formatValue(double value, Unit unit);

/** The market-cap categories: NSE by SEBI rank, US by dollar bands (FundamentalsDerivation). */
QString capCategoryLabel(const QString& category);

/**
 * One symbol's fundamentals as of one day (table fundamentals, keyed by symbol and as-of date: history
 * accumulates, one row per day a value was collected). A missing value is NaN, never 0; a text is empty.
 */
struct Record
{
    QString ticker;
    QDate asOf;
    QString source; ///< "csv:sp500_constituents-financials.csv", "yahoo"
    std::array<double, kFieldCount> values;
    QString sector;
    QString industry;
    QString capCategory; ///< "large", "mid", "small" (NSE); "mega", "large", "mid", "small", "micro" (US)
    QSet<Field> derived; ///< values computed by Tessera from other fields, not given by the source
    bool capCategoryDerived = false;

    Record() { values.fill(kMissing); }

    double value(Field f) const { return values[static_cast<size_t>(f)]; }
    void set(Field f, double v) { values[static_cast<size_t>(f)] = v; }
    bool has(Field f) const { return !isMissing(value(f)); }
    /** Values or texts present: a row with nothing to say is not stored. */
    bool isEmpty() const;
};

} // namespace Tessera::Fundamentals
