#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

#include <QDate>
#include <QStringView>

#include "core/features/Rolling.h"
#include "core/market/BarSeries.h"

namespace Tessera::Features {

/** Every column an IndicatorFrame holds. The order is the catalog order (see indicatorCatalog()). */
enum class Column : int
{
    // Trend
    Sma5,
    Sma10,
    Sma20,
    Sma50,
    Sma200,
    Ema5,
    Ema10,
    Ema12,
    Ema20,
    Ema26,
    Ema50,
    Ema200,
    Macd,
    MacdSignal,
    MacdHist,
    PlusDi14,
    MinusDi14,
    Dx14,
    Adx14,
    // Momentum
    Rsi14,
    StochFastK,
    StochK,
    StochD,
    WillR14,
    Cci20,
    Roc10,
    Mom10,
    // Volatility
    TrueRange,
    Atr14,
    AtrPct,
    BbLower,
    BbMiddle,
    BbUpper,
    BbPctB,
    BbWidth,
    LogReturn,
    Vol5,
    Vol20,
    Hv252,
    // Volume
    Obv,
    Mfi14,
    Cmf20,
    Vwap20,
    AvgVolume30,
    // Microstructure (seed 002; its "volatility" is Vol20)
    Returns,
    Amihud20,
    KyleLambda20,
    Fragmentation20,
    VolumeZ20,
    CoordinatedFlow20,
    HlRatio,
    Weekday,
    Count
};

inline constexpr int kColumnCount = static_cast<int>(Column::Count);

enum class Family
{
    Trend,
    Momentum,
    Volatility,
    Volume,
    Microstructure
};

/** Where a chart shows a column: over the candles (price units) or in an indicator pane below. */
enum class Display
{
    PriceOverlay,
    Pane,
    None
};

/** One row of the declarative indicator table: what the README, the GUI and the store are built from. */
struct ColumnInfo
{
    Column column;
    const char* key; ///< stable snake_case name: features-table column, golden-file column
    Family family;
    Display display;
    const char* label;   ///< short English label for legends ("RSI 14")
    const char* unit;    ///< "price", "percent", "fraction", "shares", "index", "ratio", "day"
    const char* formula; ///< one line: formula and convention
};

/** The whole table, in Column order. */
std::span<const ColumnInfo> indicatorCatalog();
const ColumnInfo& columnInfo(Column c);
std::optional<Column> columnByKey(QStringView key);
const char* familyName(Family f);

/**
 * Every indicator and microstructure feature of one symbol, column by column, aligned with its bars
 * (row i = bar i). Missing values are NaN: every column is NaN until its window is full.
 * A value type: copy or move freely; immutable once computed.
 */
class IndicatorFrame
{
public:
    IndicatorFrame() = default;

    qsizetype size() const { return static_cast<qsizetype>(m_days.size()); }
    bool isEmpty() const { return m_days.empty(); }
    const std::vector<qint64>& days() const { return m_days; }
    QDate date(qsizetype row) const { return QDate::fromJulianDay(m_days[static_cast<size_t>(row)]); }

    const Series& operator[](Column c) const { return m_columns[static_cast<size_t>(c)]; }
    const Series& column(Column c) const { return m_columns[static_cast<size_t>(c)]; }
    double value(Column c, qsizetype row) const { return column(c)[static_cast<size_t>(row)]; }

    /** For builders (computeIndicators, the store's loader). */
    Series& column(Column c) { return m_columns[static_cast<size_t>(c)]; }
    std::vector<qint64>& days() { return m_days; }

    /** The rows [from, to) as a new frame. */
    IndicatorFrame slice(qsizetype from, qsizetype to) const;

private:
    std::vector<qint64> m_days;
    std::array<Series, kColumnCount> m_columns;
};

/**
 * Computes every column for a symbol in one call. `adjusted` must be the split/dividend-adjusted
 * view (BarSeries::adjusted()), dates ascending. About 50 µs per 500 bars on one core; pure and
 * thread-safe. The values at row i depend only on bars 0..i, and the whole computation is
 * deterministic, so computing a longer history never changes earlier rows.
 */
IndicatorFrame computeIndicators(const BarSeries& adjusted);

} // namespace Tessera::Features
