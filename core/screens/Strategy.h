#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/screens/Screen.h"

namespace Tessera::Screens {

/**
 * One filter setting of a strategy (seed 003's strategy filters): a key in the screen's settings JSON,
 * the condition it adds when set (null or absent = off), and its documentation.
 */
struct StrategyFilter
{
    const char* key;   ///< "max_pe"
    const char* field; ///< "pe_ratio"
    const char* op;    ///< ">=" or "<="
    const char* label; ///< "Max P/E"
    const char* unit;
};

/** The filters every strategy has: price, market cap, volume, RSI and MACD ranges, max PE, min ROE,
 * max debt/equity, min ML score, max risk. */
const QList<StrategyFilter>& strategyFilters();

/** The built-in strategy ids in display order: growth, value, balanced, momentum. */
QStringList strategyIds();

/**
 * The built-in definition of a strategy with its documented defaults (README "Strategies"):
 *
 * - growth: earnings and revenue growth ≥ 10 % and 5 %, ROE ≥ 12 %, P/E ≤ 60; ranked by earnings growth,
 *   revenue growth, ROE and the ML score.
 * - value: P/E ≤ 20 (and > 0), P/B ≤ 3, debt/equity ≤ 1.5; ranked by low P/E, low P/B, low PEG and dividend
 *   yield (where known).
 * - balanced: P/E ≤ 35, ROE ≥ 8 %, RSI 35–70, close above its SMA 200; ranked by the ML score, 60-day
 *   return, low P/E and ROE.
 * - momentum: RSI 45–75, close above SMA 50 and SMA 200, MACD above its signal, 20-day return > 0;
 *   ranked by 60-day return (×2), 20-day return and the ML score.
 *
 * Every strategy: price ≥ 1, average volume (20 d) ≥ 10,000 shares; the ML filters (min score, max risk)
 * are off by default so picks work before a cross-sectional model exists (the ML score still ranks).
 * Empty definition for an unknown id.
 */
ScreenDefinition builtinStrategy(const QString& id);

/** The conditions a strategy's settings add, "" when none is set. */
QString filterConditions(const QJsonObject& settings);

} // namespace Tessera::Screens
