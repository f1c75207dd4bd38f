// TEMPORARY: a minimal stand-in for h6's analysis engine (issue 6), so that the pipeline task, its
// store and CLI link and can be tested before the engine is merged. The lead deletes this file when
// merging the engine. Nothing in it is a reference for the engine's formulas: the summary comes from
// the last closes, the direction from the 20-day return, and the tiles are empty in the peer layout.

#include <algorithm>
#include <cmath>

#include <QJsonArray>

#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Tiles {
namespace {

Config::Parameter real(const char* key, double def, double lo, double hi, const char* help)
{
    Config::Parameter p;
    p.key = QString::fromLatin1(key);
    p.type = Config::ParameterType::Real;
    p.defaultValue = QString::number(def);
    p.minimum = lo;
    p.maximum = hi;
    p.help = QString::fromLatin1(help);
    return p;
}

Config::Parameter integer(const char* key, int def, int lo, int hi, const char* help)
{
    Config::Parameter p = real(key, def, lo, hi, help);
    p.type = Config::ParameterType::Integer;
    return p;
}

} // namespace

const QList<Config::Parameter>& pipelineParameters()
{
    static const QList<Config::Parameter> table = {
        integer("pipeline/tileBars", 60, 20, 1000, "Bars the tiles look back."),
        real("pipeline/impactK", 0.1, 0.0, 10.0, "Square-root impact coefficient."),
        integer("pipeline/monteCarloSimulations", 400, 10, 100000, "Monte Carlo simulations per size."),
        real("pipeline/weightMomentum", 0.45, 0.0, 1.0, "Weight of the momentum component."),
        real("pipeline/weightFlow", 0.25, 0.0, 1.0, "Weight of the flow component."),
        real("pipeline/weightLiquidity", 0.15, 0.0, 1.0, "Weight of the liquidity component."),
        real("pipeline/weightCost", 0.15, 0.0, 1.0, "Weight of the cost component."),
        real("pipeline/upThreshold", 0.15, 0.0, 1.0, "Score above which the verdict is UP."),
        real("pipeline/downThreshold", -0.15, -1.0, 0.0, "Score below which the verdict is DOWN."),
    };
    return table;
}

Result<AnalysisSettings> analysisSettings(const QMap<QString, QString>& values)
{
    AnalysisSettings s;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Config::Parameter* p = Config::findParameter(pipelineParameters(), it.key());
        if (!p) {
            return fail(Error::invalidInput(QStringLiteral("unknown pipeline setting %1").arg(it.key())));
        }
        auto text = Config::validate(*p, it.value());
        if (!text) {
            return fail(text.error());
        }
        const double v = text->toDouble();
        const QString& k = it.key();
        if (k == u"pipeline/tileBars") {
            s.tileBars = static_cast<int>(v);
        } else if (k == u"pipeline/impactK") {
            s.impactK = v;
        } else if (k == u"pipeline/monteCarloSimulations") {
            s.monteCarloSimulations = static_cast<int>(v);
        } else if (k == u"pipeline/weightMomentum") {
            s.weightMomentum = v;
        } else if (k == u"pipeline/weightFlow") {
            s.weightFlow = v;
        } else if (k == u"pipeline/weightLiquidity") {
            s.weightLiquidity = v;
        } else if (k == u"pipeline/weightCost") {
            s.weightCost = v;
        } else if (k == u"pipeline/upThreshold") {
            s.upThreshold = v;
        } else if (k == u"pipeline/downThreshold") {
            s.downThreshold = v;
        }
    }
    return s;
}

Result<SymbolAnalysis>
analyseSymbol(const QString& ticker, const BarSeries& adjusted, const AnalysisSettings& settings)
{
    constexpr qsizetype kMinimumBars = 21;
    const qsizetype n = adjusted.size();
    if (n < kMinimumBars) {
        return fail(Error::invalidInput(QStringLiteral("%1: too few bars to analyse (%2, need %3)")
                                            .arg(ticker)
                                            .arg(n)
                                            .arg(kMinimumBars)));
    }
    const auto& c = adjusted.close();
    const auto last = static_cast<size_t>(n - 1);
    SymbolAnalysis a;
    a.ticker = ticker;
    AnalysisSummary& s = a.summary;
    s.asOf = adjusted.lastDate();
    s.lastPrice = c[last];
    s.change = c[last] - c[last - 1];
    const double ret20 = c[last] / c[last - 20] - 1.0;
    s.momentum = std::isfinite(ret20) ? std::clamp(ret20 / 0.1, -1.0, 1.0) : 0.0;
    s.score = settings.weightMomentum * s.momentum;
    s.direction =
        s.score > settings.upThreshold
            ? QStringLiteral("UP")
            : (s.score < settings.downThreshold ? QStringLiteral("DOWN") : QStringLiteral("NEUTRAL"));
    s.confidence = std::min(std::abs(s.score), 1.0);
    s.qualityGrade = n >= 250 ? QStringLiteral("A") : n >= 120 ? QStringLiteral("B") : QStringLiteral("C");
    if (n < 250) {
        s.qualityReasons << QStringLiteral("only %1 bars").arg(n);
    }

    const QString asOf = s.asOf.toString(Qt::ISODate);
    QJsonObject tiles;
    for (const char* name : {"volume_profile",
                             "bollinger",
                             "order_book",
                             "moving_averages",
                             "absorption_flow",
                             "activity_heatmap",
                             "returns_histogram"}) {
        tiles.insert(QString::fromLatin1(name), QJsonObject());
    }
    tiles.insert(QStringLiteral("candles"), QJsonArray());
    tiles.insert(QStringLiteral("slippage_samples"), QJsonArray());
    a.main = QJsonObject{
        {QStringLiteral("symbol"), ticker},
        {QStringLiteral("as_of"), asOf},
        {QStringLiteral("bars"), n},
        {QStringLiteral("features"), QJsonObject()},
        {QStringLiteral("verdict"),
         QJsonObject{{QStringLiteral("score"), s.score},
                     {QStringLiteral("direction"), s.direction},
                     {QStringLiteral("confidence"), s.confidence}}},
        {QStringLiteral("data_quality"),
         QJsonObject{{QStringLiteral("grade"), s.qualityGrade}, {QStringLiteral("bars"), n}}},
        {QStringLiteral("tiles"), tiles},
        {QStringLiteral("validation"),
         QJsonObject{{QStringLiteral("valid"), true}, {QStringLiteral("errors"), QJsonArray()}}},
    };
    a.slippage = QJsonObject{{QStringLiteral("symbol"), ticker},
                             {QStringLiteral("as_of"), asOf},
                             {QStringLiteral("price"), s.lastPrice},
                             {QStringLiteral("sizes"), QJsonArray()}};
    a.monte = QJsonObject{{QStringLiteral("symbol"), ticker},
                          {QStringLiteral("as_of"), asOf},
                          {QStringLiteral("simulations"), settings.monteCarloSimulations},
                          {QStringLiteral("sizes"), QJsonArray()}};
    return a;
}

} // namespace Tessera::Tiles
