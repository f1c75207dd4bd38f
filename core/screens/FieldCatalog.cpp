#include "core/screens/FieldCatalog.h"

#include <QCoreApplication>

#include "core/store/FeatureRepository.h"
#include "core/store/IndicatorRepository.h"

namespace Tessera::Screens {

const char* sourceName(Source source)
{
    switch (source) {
    case Source::Bars:
        return "bars";
    case Source::Technical:
        return "indicators";
    case Source::Feature:
        return "features";
    case Source::Fundamentals:
        return "fundamentals";
    case Source::Analysis:
        return "verdict";
    case Source::Consensus:
        return "consensus";
    case Source::CrossSection:
        return "cross-section";
    case Source::Symbol:
        return "symbol";
    }
    return "?";
}

namespace {

QString unitOfFundamental(Fundamentals::Unit unit)
{
    switch (unit) {
    case Fundamentals::Unit::Currency:
        return QStringLiteral("currency");
    case Fundamentals::Unit::Shares:
        return QStringLiteral("shares");
    case Fundamentals::Unit::Ratio:
        return QStringLiteral("ratio");
    case Fundamentals::Unit::Percent:
        return QStringLiteral("percent");
    }
    return {};
}

FieldInfo derived(const char* key,
                  Source source,
                  const char* unit,
                  const char* description,
                  Derived d,
                  int lookback = 1,
                  bool text = false)
{
    FieldInfo f;
    f.key = QString::fromLatin1(key);
    f.source = source;
    f.unit = QString::fromLatin1(unit);
    // Descriptions are English here and translated where shown (context "Screens").
    f.description = QString::fromUtf8(description);
    f.derived = d;
    f.lookback = lookback;
    f.text = text;
    return f;
}

} // namespace

FieldCatalog::FieldCatalog()
{
    using D = Derived;
    // Bars: computed from the last `lookback` stored bars up to the as-of day (raw, unadjusted closes:
    // the prices people see; returns use the adjusted close so splits do not read as crashes).
    m_fields.push_back(
        derived("close", Source::Bars, "price", QT_TRANSLATE_NOOP("Screens", "Last close"), D::Close));
    m_fields.push_back(
        derived("open", Source::Bars, "price", QT_TRANSLATE_NOOP("Screens", "Last open"), D::Open));
    m_fields.push_back(
        derived("high", Source::Bars, "price", QT_TRANSLATE_NOOP("Screens", "Last high"), D::High));
    m_fields.push_back(
        derived("low", Source::Bars, "price", QT_TRANSLATE_NOOP("Screens", "Last low"), D::Low));
    m_fields.push_back(
        derived("volume", Source::Bars, "shares", QT_TRANSLATE_NOOP("Screens", "Last volume"), D::Volume));
    m_fields.push_back(derived("change_pct",
                               Source::Bars,
                               "percent",
                               QT_TRANSLATE_NOOP("Screens", "Change of the close from the previous bar"),
                               D::ChangePct,
                               2));
    m_fields.push_back(derived("return_5d",
                               Source::Bars,
                               "percent",
                               QT_TRANSLATE_NOOP("Screens", "Return over 5 bars (adjusted close)"),
                               D::Return5d,
                               6));
    m_fields.push_back(derived("return_20d",
                               Source::Bars,
                               "percent",
                               QT_TRANSLATE_NOOP("Screens", "Return over 20 bars (adjusted close)"),
                               D::Return20d,
                               21));
    m_fields.push_back(derived("return_60d",
                               Source::Bars,
                               "percent",
                               QT_TRANSLATE_NOOP("Screens", "Return over 60 bars (adjusted close)"),
                               D::Return60d,
                               61));
    m_fields.push_back(derived("return_120d",
                               Source::Bars,
                               "percent",
                               QT_TRANSLATE_NOOP("Screens", "Return over 120 bars (adjusted close)"),
                               D::Return120d,
                               121));
    m_fields.push_back(derived("return_250d",
                               Source::Bars,
                               "percent",
                               QT_TRANSLATE_NOOP("Screens", "Return over 250 bars (adjusted close)"),
                               D::Return250d,
                               251));
    m_fields.push_back(derived("avg_volume_20d",
                               Source::Bars,
                               "shares",
                               QT_TRANSLATE_NOOP("Screens", "Mean volume of the last 20 bars"),
                               D::AvgVolume20,
                               20));
    m_fields.push_back(derived("high_52w",
                               Source::Bars,
                               "price",
                               QT_TRANSLATE_NOOP("Screens", "Highest high of the last 250 bars"),
                               D::High52w,
                               250));
    m_fields.push_back(derived("low_52w",
                               Source::Bars,
                               "price",
                               QT_TRANSLATE_NOOP("Screens", "Lowest low of the last 250 bars"),
                               D::Low52w,
                               250));

    // The seed-003 technical_indicators columns, under the seed's names.
    for (const Store::TechnicalColumn& t : Store::technicalColumns()) {
        const Features::ColumnInfo& c = Features::columnInfo(t.column);
        FieldInfo f;
        f.key = QString::fromLatin1(t.name);
        f.source = Source::Technical;
        f.unit = QString::fromLatin1(c.unit);
        f.description = QString::fromUtf8(c.label);
        f.column = f.key;
        f.feature = t.column;
        m_fields.push_back(f);
    }
    // The other indicators and features, under their catalog keys.
    for (Features::Column col : Store::FeatureRepository::storedColumns()) {
        const Features::ColumnInfo& c = Features::columnInfo(col);
        FieldInfo f;
        f.key = QString::fromLatin1(c.key);
        f.source = Source::Feature;
        f.unit = QString::fromLatin1(c.unit);
        f.description = QString::fromUtf8(c.label);
        f.column = f.key;
        f.feature = col;
        m_fields.push_back(f);
    }
    // Fundamentals; price and volume come from the bars (the stored snapshot's are older).
    for (const Fundamentals::FieldInfo& info : Fundamentals::fields()) {
        if (info.field == Fundamentals::Field::Price || info.field == Fundamentals::Field::Volume) {
            continue;
        }
        FieldInfo f;
        f.key = QString::fromLatin1(info.key);
        f.source = Source::Fundamentals;
        f.unit = unitOfFundamental(info.unit);
        f.description = QString::fromUtf8(info.label);
        f.column = f.key;
        f.fundamental = info.field;
        m_fields.push_back(f);
    }
    m_fields.push_back(derived("market_cap_category",
                               Source::Fundamentals,
                               "text",
                               QT_TRANSLATE_NOOP("Screens", "Market-cap category (large, mid, small, …)"),
                               D::CapCategory,
                               1,
                               true));

    m_fields.push_back(
        derived("verdict",
                Source::Analysis,
                "text",
                QT_TRANSLATE_NOOP("Screens", "Verdict direction: UP, DOWN, NEUTRAL or WITHHELD"),
                D::VerdictDirection,
                1,
                true));
    m_fields.push_back(derived("verdict_score",
                               Source::Analysis,
                               "score",
                               QT_TRANSLATE_NOOP("Screens", "Verdict score, -1 to +1"),
                               D::VerdictScore));
    m_fields.push_back(derived("verdict_confidence",
                               Source::Analysis,
                               "fraction",
                               QT_TRANSLATE_NOOP("Screens", "Verdict strength, min(|score|, 1)"),
                               D::VerdictConfidence));
    m_fields.push_back(derived("quality_grade",
                               Source::Analysis,
                               "text",
                               QT_TRANSLATE_NOOP("Screens", "Data-quality grade A to D"),
                               D::QualityGrade,
                               1,
                               true));

    m_fields.push_back(derived(
        "consensus_return",
        Source::Consensus,
        "percent",
        QT_TRANSLATE_NOOP("Screens", "Per-stock models' consensus predicted return (shortest horizon)"),
        D::ConsensusReturn));
    m_fields.push_back(derived("consensus_confidence",
                               Source::Consensus,
                               "fraction",
                               QT_TRANSLATE_NOOP("Screens", "Consensus confidence 0 to 1"),
                               D::ConsensusConfidence));
    m_fields.push_back(derived("consensus_ready",
                               Source::Consensus,
                               "0/1",
                               QT_TRANSLATE_NOOP("Screens", "1 when the consensus' models passed validation"),
                               D::ConsensusReady));

    m_fields.push_back(
        derived("ml_prediction_score",
                Source::CrossSection,
                "fraction",
                QT_TRANSLATE_NOOP("Screens", "Cross-sectional ML score 0 to 1 (higher = better)"),
                D::MlScore));
    m_fields.push_back(derived("ml_price_target",
                               Source::CrossSection,
                               "price",
                               QT_TRANSLATE_NOOP("Screens", "Cross-sectional predicted price at the horizon"),
                               D::MlTarget));
    m_fields.push_back(derived("ml_predicted_return",
                               Source::CrossSection,
                               "percent",
                               QT_TRANSLATE_NOOP("Screens", "Cross-sectional predicted return"),
                               D::MlReturn));
    m_fields.push_back(derived("ml_confidence",
                               Source::CrossSection,
                               "fraction",
                               QT_TRANSLATE_NOOP("Screens", "Cross-sectional model confidence 0 to 1"),
                               D::MlConfidence));
    m_fields.push_back(
        derived("ml_risk_score",
                Source::CrossSection,
                "fraction",
                QT_TRANSLATE_NOOP("Screens", "Cross-sectional risk score 0 to 1 (lower = safer)"),
                D::MlRisk));
    m_fields.push_back(
        derived("ml_validated",
                Source::CrossSection,
                "0/1",
                QT_TRANSLATE_NOOP("Screens", "1 when the cross-sectional price model passed its gate"),
                D::MlValidated));

    m_fields.push_back(derived(
        "ticker", Source::Symbol, "text", QT_TRANSLATE_NOOP("Screens", "Ticker"), D::Ticker, 1, true));
    m_fields.push_back(derived("sector",
                               Source::Symbol,
                               "text",
                               QT_TRANSLATE_NOOP("Screens", "Sector (the symbol's, else the fundamentals')"),
                               D::Sector,
                               1,
                               true));
    m_fields.push_back(derived(
        "industry", Source::Symbol, "text", QT_TRANSLATE_NOOP("Screens", "Industry"), D::Industry, 1, true));
    FieldInfo tag = derived(
        "tag", Source::Symbol, "text", QT_TRANSLATE_NOOP("Screens", "A tag of the symbol"), D::Tag, 1, true);
    tag.multi = true;
    m_fields.push_back(tag);
    FieldInfo universe = derived("universe",
                                 Source::Symbol,
                                 "text",
                                 QT_TRANSLATE_NOOP("Screens", "A universe the symbol belongs to"),
                                 D::Universe,
                                 1,
                                 true);
    universe.multi = true;
    m_fields.push_back(universe);

    for (int i = 0; i < static_cast<int>(m_fields.size()); ++i) {
        m_index.insert(m_fields[static_cast<size_t>(i)].key, i);
    }
    // Aliases: the indicator catalog's keys of the seed columns, and a few common names.
    for (const Store::TechnicalColumn& t : Store::technicalColumns()) {
        const QString alias = QString::fromLatin1(Features::columnInfo(t.column).key);
        if (!m_index.contains(alias)) {
            m_index.insert(alias, m_index.value(QString::fromLatin1(t.name)));
        }
    }
    const std::pair<const char*, const char*> aliases[] = {{"price", "close"},
                                                           {"current_price", "close"},
                                                           {"change", "change_pct"},
                                                           {"pe", "pe_ratio"},
                                                           {"pb", "pb_ratio"},
                                                           {"peg", "peg_ratio"},
                                                           {"ml_score", "ml_prediction_score"},
                                                           {"ml_risk", "ml_risk_score"}};
    for (const auto& [alias, key] : aliases) {
        m_index.insert(QString::fromLatin1(alias), m_index.value(QString::fromLatin1(key)));
    }
}

const FieldCatalog& FieldCatalog::instance()
{
    static const FieldCatalog catalog;
    return catalog;
}

const FieldInfo* FieldCatalog::find(const QString& key) const
{
    const auto it = m_index.constFind(key.toLower());
    return it == m_index.cend() ? nullptr : &m_fields[static_cast<size_t>(*it)];
}

QStringList FieldCatalog::keys() const
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(m_fields.size()));
    for (const FieldInfo& f : m_fields) {
        out << f.key;
    }
    return out;
}

} // namespace Tessera::Screens
