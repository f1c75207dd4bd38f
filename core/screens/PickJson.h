#pragma once

#include <QJsonObject>

#include "core/screens/Picks.h"

namespace Tessera::Screens {

/**
 * A pick as the seed's suggested-stocks API returns it: symbol, stock_name, rank, current_price,
 * market_cap, sector, the ml_* figures (plus ml_validated), technical_indicators {rsi_14, macd, sma_50,
 * sma_200}, fundamentals {pe_ratio, …}, trading_signals {target_price, stop_loss, recommendation}, and
 * selection_score, reason, market_cap_category, date, strategy. Missing numbers are null.
 */
QJsonObject pickJson(const Pick& pick);

} // namespace Tessera::Screens
