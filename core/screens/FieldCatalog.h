#pragma once

#include <optional>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

#include "core/features/IndicatorFrame.h"
#include "core/fundamentals/Fundamentals.h"

namespace Tessera::Screens {

/** Where a screen field's values are stored (and so which bulk query loads them). */
enum class Source
{
    Bars,         ///< daily_bars: close, change, volume, returns, average volume
    Technical,    ///< technical_indicators (the seed-003 columns)
    Feature,      ///< indicator_features (the other indicators and microstructure features)
    Fundamentals, ///< fundamentals, the latest row on or before the as-of day
    Analysis,     ///< symbol_analysis (the seed-002 verdict)
    Consensus,    ///< predictions, the per-stock models' consensus
    CrossSection, ///< xs_scores, the latest scores on or before the as-of day
    Symbol        ///< symbols, tags, universes
};

const char* sourceName(Source source);

/** Identifiers of the fields that are computed rather than read as a column. */
enum class Derived
{
    None,
    Close,
    Open,
    High,
    Low,
    Volume,
    ChangePct, ///< percent change of the close from the previous bar
    Return5d,  ///< percent change over 5 / 20 / 60 / 120 / 250 bars
    Return20d,
    Return60d,
    Return120d,
    Return250d,
    AvgVolume20, ///< mean volume of the last 20 bars
    High52w,     ///< highest high / lowest low of the last 250 bars
    Low52w,
    VerdictDirection,
    VerdictScore,
    VerdictConfidence,
    QualityGrade,
    ConsensusReturn,
    ConsensusConfidence,
    ConsensusReady,
    MlScore,
    MlTarget,
    MlReturn,
    MlConfidence,
    MlRisk,
    MlValidated,
    Ticker,
    Sector,
    Industry,
    CapCategory,
    Tag,
    Universe
};

/** One field a screen can read. */
struct FieldInfo
{
    QString key; ///< the name in expressions and JSON (seed-003 names where the seed has one)
    Source source;
    QString unit; ///< "price", "percent", "ratio", "shares", "index", "fraction", "text", "0/1", …
    QString description;
    bool text = false;  ///< text valued: = != in only
    bool multi = false; ///< a set per symbol (tag, universe): = means "is one of them"
    int lookback = 1;   ///< bars of history the value needs (2 for crossings of any field)
    QString column;     ///< SQL column (Technical, Fundamentals) or feature key (Feature)
    Features::Column feature = Features::Column::Count;
    Fundamentals::Field fundamental = Fundamentals::Field::Count;
    Derived derived = Derived::None;
};

/**
 * Every stored field a screen can use, with its source, unit and description: the parser's
 * dictionary, the GUI's completion list and the README's field table. Built once; immutable.
 */
class FieldCatalog
{
public:
    static const FieldCatalog& instance();

    const std::vector<FieldInfo>& fields() const { return m_fields; }
    /** The field named key (or an accepted alias: "macd_signal" for "signal_line"), or nullptr. */
    const FieldInfo* find(const QString& key) const;
    /** Every key, catalog order (completion list). */
    QStringList keys() const;

private:
    FieldCatalog();
    std::vector<FieldInfo> m_fields;
    QHash<QString, int> m_index; ///< key and aliases → position
};

} // namespace Tessera::Screens
