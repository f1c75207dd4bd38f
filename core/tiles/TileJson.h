#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QJsonObject>
#include <QStringList>

#include "core/tiles/AbsorptionFlow.h"
#include "core/tiles/ActivityHeatmap.h"
#include "core/tiles/DataQuality.h"
#include "core/tiles/MonteCarloSlippage.h"
#include "core/tiles/OrderBook.h"
#include "core/tiles/ReturnsHistogram.h"
#include "core/tiles/Slippage.h"
#include "core/tiles/SymbolInputs.h"
#include "core/tiles/Validation.h"
#include "core/tiles/Verdict.h"
#include "core/tiles/VolumeProfile.h"

namespace Tessera::Tiles {

/** Every typed result of one symbol's analysis, ready to be written as the three JSON documents. */
struct AnalysisParts
{
    const SymbolInputs& in;
    const AnalysisSettings& settings;
    QStringList dates; ///< ISO dates of the tile window
    VolumeProfile profile;
    OrderBook book;
    AbsorptionFlow flow;
    ActivityHeatmap heatmap;
    ReturnsHistogram histogram;
    std::vector<SlippageCost> samples;
    std::vector<SlippageCost> sizes;
    std::vector<MonteCarloStats> monte;
    std::uint32_t seed = 0;
    Verdict verdict;
    DataQuality quality;
    const RangeValidator& validation;
    std::optional<HourlyHeatmap> hourlyHeatmap{}; ///< set when hourly bars are stored: replaces `heatmap`
};

/**
 * The three documents, key for key the peer's (same names, nesting, units and rounding: Python's
 * round(x, digits) where the peer rounds, null for NaN) plus Tessera's additions; docs/tiles-json.md
 * is the schema.
 */
QJsonObject mainJson(const QString& ticker, const AnalysisParts& parts);
QJsonObject slippageJson(const QString& ticker, const AnalysisParts& parts);
QJsonObject monteJson(const QString& ticker, const AnalysisParts& parts);

} // namespace Tessera::Tiles
