#include "ui/common/VerdictFormat.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "core/tiles/Verdict.h"

namespace Tessera::Ui::VerdictFormat {
namespace {

/** Translation context of these helpers. */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(VerdictFormat)
};

const QString Seed = QStringLiteral("seed");
const QString Directional = QStringLiteral("directional");

bool known(double v)
{
    return std::isfinite(v);
}

bool weightsKnown(const Display& d)
{
    return known(d.weightMomentum) && known(d.weightFlow) && known(d.weightLiquidity) && known(d.weightCost);
}

bool componentsKnown(const Display& d)
{
    return known(d.momentum) && known(d.flow) && known(d.liquidity) && known(d.cost);
}

/** A weight or factor as written in a formula: 0.45 → "0.45", 0.125 → "0.125". */
QString coefficient(double w)
{
    return QLocale().toString(w, 'g', 4);
}

QString plain(double v, int decimals)
{
    return known(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
}

} // namespace

Display fromSummary(const Tiles::AnalysisSummary& summary)
{
    Display d;
    d.direction = summary.valid ? summary.direction : QStringLiteral("WITHHELD");
    d.score = summary.score;
    d.momentum = summary.momentum;
    d.flow = summary.flow;
    d.liquidity = summary.liquidity;
    d.cost = summary.cost;
    d.formula = summary.formula;
    d.withheldReason = summary.validationErrors.join(QStringLiteral("; "));
    return d;
}

QString signedScore(double score, int decimals)
{
    if (!known(score)) {
        return QStringLiteral("–");
    }
    // −0.001 reads "0.00", not "-0.00": a sign the shown digits cannot back.
    if (std::round(score * std::pow(10.0, decimals)) == 0) {
        score = 0;
    }
    const QString text = QLocale().toString(score, 'f', decimals);
    return score > 0 ? QStringLiteral("+") + text : text;
}

QString badgeText(const Display& d)
{
    if (d.direction == QStringLiteral("WITHHELD")) {
        return Text::tr("WITHHELD");
    }
    return Text::tr("%1 · %2").arg(d.direction, signedScore(d.score));
}

QString formulaName(const QString& formula)
{
    if (formula == Directional) {
        return Text::tr("directional");
    }
    if (formula == Seed) {
        return Text::tr("seed (plain sum)");
    }
    return formula.isEmpty() ? Text::tr("unknown") : formula;
}

QString formulaText(const Display& d)
{
    if (d.formula != Directional && d.formula != Seed) {
        return Text::tr("not recorded");
    }
    if (!weightsKnown(d)) {
        return d.formula == Seed
                   ? Text::tr(
                       "score = wM·momentum + wF·flow + wL·liquidity + wC·cost (the weighted sum of all "
                       "four)")
                   : Text::tr("score = d·(1 + k·t), where d = wM·momentum + wF·flow sets the sign, "
                              "t = max(0, weighted mean of liquidity and cost) and k = (wL + wC)/(wM + wF), "
                              "3/7 with the default weights");
    }
    Tiles::AnalysisSettings s;
    s.weightMomentum = d.weightMomentum;
    s.weightFlow = d.weightFlow;
    s.weightLiquidity = d.weightLiquidity;
    s.weightCost = d.weightCost;
    s.verdictFormula = d.formula == Seed ? Tiles::VerdictFormula::Seed : Tiles::VerdictFormula::Directional;
    // The engine's arithmetic on the shown components: the terms add up to the stored score.
    const bool terms = componentsKnown(d);
    const Tiles::Verdict v =
        terms ? Tiles::combineVerdict(d.momentum, d.flow, d.liquidity, d.cost, s) : Tiles::Verdict{};
    const auto result = [terms](double value, bool isSigned = true) {
        return terms ? QStringLiteral(" = ") + (isSigned ? signedScore(value, 3) : plain(value, 3))
                     : QString();
    };
    if (s.verdictFormula == Tiles::VerdictFormula::Seed) {
        return Text::tr("score = %1·momentum + %2·flow + %3·liquidity + %4·cost%5")
            .arg(coefficient(s.weightMomentum),
                 coefficient(s.weightFlow),
                 coefficient(s.weightLiquidity),
                 coefficient(s.weightCost),
                 result(v.score));
    }
    const QString mean = s.weightLiquidity == s.weightCost
                             ? Text::tr("(liquidity + cost)/2")
                             : Text::tr("(%1·liquidity + %2·cost)/%3")
                                   .arg(coefficient(s.weightLiquidity),
                                        coefficient(s.weightCost),
                                        coefficient(s.weightLiquidity + s.weightCost));
    const double k = s.weightMomentum + s.weightFlow > 0
                         ? (s.weightLiquidity + s.weightCost) / (s.weightMomentum + s.weightFlow)
                         : 0.0;
    return Text::tr("d = %1·momentum + %2·flow%3; t = max(0, %4)%5; score = d·(1 + %6·t)%7")
        .arg(coefficient(s.weightMomentum),
             coefficient(s.weightFlow),
             result(v.directionPart),
             mean,
             result(v.tradability, false),
             plain(k, 2),
             result(v.score));
}

QString toolTip(const Display& d)
{
    QStringList lines;
    const bool withheld = d.direction == QStringLiteral("WITHHELD");
    if (withheld) {
        lines << Text::tr("Verdict withheld: %1")
                     .arg(d.withheldReason.isEmpty() ? Text::tr("the analysis failed validation")
                                                     : d.withheldReason);
        lines << Text::tr("The computed score was %1 on a −1…+1 scale.").arg(signedScore(d.score, 3));
    } else {
        lines << Text::tr("Verdict %1: score %2 on a −1…+1 scale (UP above %3, DOWN below %4).")
                     .arg(d.direction,
                          signedScore(d.score, 3),
                          signedScore(d.upThreshold),
                          signedScore(d.downThreshold));
    }
    lines << Text::tr("The score is not a probability and not an expected move; its size, |score| = %1, "
                      "is the signal's strength.")
                 .arg(plain(std::min(std::fabs(d.score), 1.0), 2));
    if (componentsKnown(d)) {
        lines << Text::tr("Components (each −1…+1): momentum %1, flow %2, liquidity %3, cost %4.")
                     .arg(signedScore(d.momentum),
                          signedScore(d.flow),
                          signedScore(d.liquidity),
                          signedScore(d.cost));
    }
    lines << Text::tr("Formula %1: %2.").arg(formulaName(d.formula), formulaText(d));
    if (d.formula == Directional) {
        lines << Text::tr("Momentum and flow set the direction; liquidity and cost can only strengthen it.");
    } else if (d.formula == Seed) {
        lines << Text::tr("Liquidity and cost add to the score whatever the market did, so liquid, cheap "
                          "stocks lean UP.");
    }
    return lines.join(u'\n');
}

} // namespace Tessera::Ui::VerdictFormat
