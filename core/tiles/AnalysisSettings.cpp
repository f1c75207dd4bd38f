#include <cmath>

#include "core/tiles/SymbolAnalysis.h"

namespace Tessera::Tiles {

using Config::Parameter;
using Config::ParameterType;

namespace {

Parameter parameter(const char* key,
                    ParameterType type,
                    const QString& def,
                    double lo,
                    double hi,
                    const char* unit,
                    const char* help)
{
    return Parameter{QString::fromLatin1(key),
                     type,
                     def,
                     lo,
                     hi,
                     QString::fromUtf8(unit),
                     QString::fromUtf8(help),
                     {},
                     {}};
}

Parameter real(const char* key, double def, double lo, double hi, const char* help)
{
    return parameter(key, ParameterType::Real, QString::number(def), lo, hi, "", help);
}

Parameter choice(const char* key, const QStringList& choices, const QString& def, const char* help)
{
    Parameter p = parameter(key, ParameterType::Choice, def, 0, 0, "", help);
    p.choices = choices;
    return p;
}

} // namespace

QString verdictFormulaName(VerdictFormula formula)
{
    return formula == VerdictFormula::Seed ? QStringLiteral("seed") : QStringLiteral("directional");
}

const QList<Parameter>& pipelineParameters()
{
    // Defaults are the reference peer's constants (shared/bench/peer/pipeline.py), so Tessera's
    // figures agree with it out of the box; validationFactor is Tessera's own (Validation.h).
    const AnalysisSettings d;
    static const QList<Parameter> table = {
        parameter("pipeline/tileBars",
                  ParameterType::Integer,
                  QString::number(d.tileBars),
                  20,
                  1000,
                  "bars",
                  "Bars the tiles look back (volume profile, candles, bands, flow, heatmap, histogram)."),
        parameter(
            "pipeline/notionals",
            ParameterType::RealList,
            QStringLiteral("100000,1000000,10000000,100000000"),
            1,
            1e12,
            "",
            "The four order sizes costed by the slippage model, in the symbol's currency; the verdict's "
            "cost component uses the second."),
        real("pipeline/impactK",
             d.impactK,
             0.001,
             10,
             "Square-root impact coefficient k: impact = k·vol·√(Q/ADV)."),
        parameter("pipeline/monteCarloSimulations",
                  ParameterType::Integer,
                  QString::number(d.monteCarloSimulations),
                  10,
                  100000,
                  "simulations",
                  "Monte Carlo slippage simulations per order size."),
        choice("pipeline/verdictFormula",
               {verdictFormulaName(VerdictFormula::Directional), verdictFormulaName(VerdictFormula::Seed)},
               verdictFormulaName(d.verdictFormula),
               "How the verdict combines its components. directional: d = wM·momentum + wF·flow sets the "
               "sign; score = d·(1 + k·t) with tradability t = max(0, (wL·liquidity + wC·cost)/(wL + wC)) "
               "and k = (wL + wC)/(wM + wF) (3/7 with the default weights), so liquidity and cost can "
               "strengthen a signal but never create or reverse one. seed: the seed's plain sum "
               "wM·momentum + wF·flow + wL·liquidity + wC·cost, which leans UP for every liquid stock."),
        real("pipeline/weightMomentum",
             d.weightMomentum,
             0,
             1,
             "Verdict weight wM of the momentum component (directional: of the direction part d)."),
        real("pipeline/weightFlow",
             d.weightFlow,
             0,
             1,
             "Verdict weight wF of the flow component (directional: of the direction part d)."),
        real("pipeline/weightLiquidity",
             d.weightLiquidity,
             0,
             1,
             "Verdict weight wL of the liquidity component (directional: wL + wC against wM + wF is how "
             "much tradability may strengthen the score; wL against wC weighs liquidity in it)."),
        real("pipeline/weightCost",
             d.weightCost,
             0,
             1,
             "Verdict weight wC of the cost component (directional: see the liquidity weight)."),
        real("pipeline/upThreshold",
             d.upThreshold,
             0,
             1,
             "A score above this is an UP verdict (the score runs from -1 to +1; it is not a probability)."),
        real("pipeline/downThreshold", d.downThreshold, -1, 0, "A score below this is a DOWN verdict."),
        real("pipeline/validationFactor",
             d.validationFactor,
             1.01,
             100,
             "A price-axis tile value more than this factor above the recent high or below the recent low "
             "fails validation and withholds the verdict."),
    };
    return table;
}

Result<AnalysisSettings> analysisSettings(const QMap<QString, QString>& values)
{
    QHash<QString, QString> text;
    for (const Parameter& p : pipelineParameters()) {
        QString value = p.defaultValue;
        const auto it = values.constFind(p.key);
        if (it != values.cend() && !it->trimmed().isEmpty()) {
            auto valid = Config::validate(p, *it);
            if (!valid) {
                return fail(valid.error());
            }
            value = *valid;
        }
        text.insert(p.key.section(u'/', -1), value);
    }
    const auto real = [&text](const char* name) {
        return text.value(QString::fromLatin1(name)).toDouble();
    };

    AnalysisSettings s;
    s.tileBars = text.value(QStringLiteral("tileBars")).toInt();
    const QStringList notionals = text.value(QStringLiteral("notionals")).split(u',');
    if (notionals.size() != static_cast<qsizetype>(s.notionals.size())) {
        return fail(
            Error::invalidInput(QStringLiteral("pipeline/notionals: '%1' has %2 sizes; exactly %3 are needed")
                                    .arg(values.value(QStringLiteral("pipeline/notionals")))
                                    .arg(notionals.size())
                                    .arg(s.notionals.size())));
    }
    for (std::size_t i = 0; i < s.notionals.size(); ++i) {
        s.notionals[i] = notionals[static_cast<qsizetype>(i)].toDouble();
    }
    s.impactK = real("impactK");
    s.monteCarloSimulations = text.value(QStringLiteral("monteCarloSimulations")).toInt();
    s.weightMomentum = real("weightMomentum");
    s.weightFlow = real("weightFlow");
    s.weightLiquidity = real("weightLiquidity");
    s.weightCost = real("weightCost");
    s.upThreshold = real("upThreshold");
    s.downThreshold = real("downThreshold");
    s.validationFactor = real("validationFactor");
    // Validation has already mapped any spelling to one of the declared names.
    s.verdictFormula =
        text.value(QStringLiteral("verdictFormula")) == verdictFormulaName(VerdictFormula::Seed)
            ? VerdictFormula::Seed
            : VerdictFormula::Directional;
    // Components lie in [−1, 1]; weights summing to at most 1 keep the score there too, in either formula
    // (directional: |d·(1 + k·t)| ≤ (wM + wF)·(1 + k) = the weights' sum).
    const double weights = s.weightMomentum + s.weightFlow + s.weightLiquidity + s.weightCost;
    if (weights > 1 + 1e-9) {
        return fail(Error::invalidInput(
            QStringLiteral("pipeline/weight*: the four verdict weights sum to %1; they must sum to at most 1")
                .arg(weights)));
    }
    return s;
}

} // namespace Tessera::Tiles
