#pragma once

#include <optional>
#include <span>
#include <vector>

#include <QString>
#include <QStringView>

#include "core/features/Rolling.h"
#include "core/market/BarSeries.h"

namespace Tessera::Features {

/**
 * Chart studies: the engine's indicators (Trend.h, Momentum.h, Volatility.h, Volume.h) with the
 * parameters a user picks, computed from a symbol's (adjusted, possibly resampled) bars. Every study
 * calls the same engine function the IndicatorFrame uses, so a study with the frame's parameters
 * gives the frame's values exactly. The catalog below is the one declaration the chart's Indicators
 * dialog, the `--indicators` option and the README are built from.
 */

/** The price a study of one series reads. */
enum class PriceSource
{
    Close,
    Open,
    High,
    Low,
    Hl2,  ///< (H + L)/2
    Hlc3, ///< (H + L + C)/3
    Ohlc4 ///< (O + H + L + C)/4
};

/** "close", "open", "high", "low", "hl2", "hlc3", "ohlc4". */
QString priceSourceKey(PriceSource source);
std::optional<PriceSource> priceSourceFromKey(QStringView key);
/** The source column of bars (row i = bar i; missing where an input is missing). */
Series priceSource(const BarSeries& bars, PriceSource source);

enum class StudyPlacement
{
    Overlay, ///< drawn over the candles, in price units
    Pane     ///< drawn in a pane of its own under the price
};

enum class LineStyle
{
    Line,
    Histogram, ///< columns from 0
    BandEdge   ///< a band's upper or lower edge: dashed, with the band filled between the two edges
};

struct StudyParam
{
    const char* key;   ///< "period", "fast", "multiplier", …
    const char* label; ///< English label for the parameter form
    double value;      ///< default
    double min;
    double max;
    bool integer;
};

struct StudyLine
{
    const char* caption; ///< legend caption ("%K", "Signal"); empty for a study's only line
    LineStyle style;
};

/** One row of the study catalog. */
struct StudyInfo
{
    const char* key;   ///< stable lower-case key: settings, templates, `--indicators rsi:14`
    const char* label; ///< "RSI", "Bollinger bands"
    const char* description;
    StudyPlacement placement;
    bool hasSource; ///< reads one price series (PriceSource), else the bars' OHLCV
    std::vector<StudyParam> params;
    std::vector<StudyLine> lines;
    std::vector<double> guides;     ///< dashed horizontal levels (30/70, 0, …)
    std::optional<double> fixedMin; ///< bounded oscillators keep their whole scale
    std::optional<double> fixedMax;
    const char* unit; ///< "price", "percent", "index", "shares", "ratio"
};

/** The whole catalog, overlays first. */
std::span<const StudyInfo> studyCatalog();
const StudyInfo* studyInfo(QStringView key);

/** A study with its parameters: catalog key, one value per catalog parameter, and the price source. */
struct StudySpec
{
    QString key;
    std::vector<double> params;
    PriceSource source = PriceSource::Close;

    bool operator==(const StudySpec& other) const = default;
};

/** The spec of key with the catalog's defaults; nullopt for an unknown key. */
std::optional<StudySpec> defaultStudy(QStringView key);

/**
 * Parses "rsi", "rsi:9", "macd:8:21:5", "sma:50:hl2" (numbers fill the parameters in catalog order, a
 * source word sets the source; missing parameters keep their defaults). Values are clamped to the
 * parameter's range and integers rounded. An unknown key or a malformed token gives an error message.
 */
std::optional<StudySpec> parseStudy(QStringView text, QString* error = nullptr);
/** The text parseStudy() reads back: "macd:12:26:9", "sma:20:hl2" (the source only when not close). */
QString studyText(const StudySpec& spec);
/** "RSI 14", "MACD 12, 26, 9", "SMA 20 hl2": the legend's title. */
QString studyTitle(const StudySpec& spec);

/** A computed study: one series per catalog line, each with a row per bar. */
struct StudyValues
{
    std::vector<Series> lines;
};

/**
 * Computes spec over bars (the chart's adjusted bars of its timeframe). Percent-unit studies whose
 * engine function returns a fraction (ROC, historical volatility) are scaled by 100 here, the only
 * change to the engine's values; the catalog's unit says so. Pure and thread-safe.
 */
StudyValues computeStudy(const StudySpec& spec, const BarSeries& bars);

} // namespace Tessera::Features
