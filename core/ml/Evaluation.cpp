#include "core/ml/Evaluation.h"

#include <cmath>
#include <vector>

#include <QJsonArray>
#include <QStringList>

namespace Tessera::Ml {
namespace {

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString percent(double v)
{
    return std::isfinite(v) ? QStringLiteral("%1%").arg(100 * v, 0, 'f', 1) : QStringLiteral("n/a");
}

QString fixed(double v, int decimals = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("n/a");
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject foldIcJson(const Evaluation& e);

double numberOf(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : Metrics::kNaN;
}

} // namespace

QJsonObject FoldReport::toJson() const
{
    QJsonObject o{{QStringLiteral("fold"), fold},
                  {QStringLiteral("trainRows"), trainRows},
                  {QStringLiteral("testRows"), testRows},
                  {QStringLiteral("trainFrom"), dateText(trainFrom)},
                  {QStringLiteral("trainTo"), dateText(trainTo)},
                  {QStringLiteral("testFrom"), dateText(testFrom)},
                  {QStringLiteral("testTo"), dateText(testTo)},
                  {QStringLiteral("trainMean"), number(trainMean)},
                  {QStringLiteral("model"), model.toJson()},
                  {QStringLiteral("zero"), zero.toJson()},
                  {QStringLiteral("mean"), mean.toJson()}};
    if (rounds >= 0) {
        o.insert(QStringLiteral("rounds"), rounds);
    }
    return o;
}

FoldReport FoldReport::fromJson(const QJsonObject& o)
{
    FoldReport f;
    f.fold = o.value(QStringLiteral("fold")).toInt();
    f.trainRows = o.value(QStringLiteral("trainRows")).toInt();
    f.testRows = o.value(QStringLiteral("testRows")).toInt();
    f.trainFrom = QDate::fromString(o.value(QStringLiteral("trainFrom")).toString(), Qt::ISODate);
    f.trainTo = QDate::fromString(o.value(QStringLiteral("trainTo")).toString(), Qt::ISODate);
    f.testFrom = QDate::fromString(o.value(QStringLiteral("testFrom")).toString(), Qt::ISODate);
    f.testTo = QDate::fromString(o.value(QStringLiteral("testTo")).toString(), Qt::ISODate);
    f.trainMean = numberOf(o, QStringLiteral("trainMean"));
    f.rounds = o.value(QStringLiteral("rounds")).toInt(-1);
    f.model = Metrics::fromJson(o.value(QStringLiteral("model")).toObject());
    f.zero = Metrics::fromJson(o.value(QStringLiteral("zero")).toObject());
    f.mean = Metrics::fromJson(o.value(QStringLiteral("mean")).toObject());
    return f;
}

QJsonObject Evaluation::toJson() const
{
    QJsonArray foldArray;
    for (const FoldReport& f : folds) {
        foldArray.append(f.toJson());
    }
    return QJsonObject{{QStringLiteral("folds"), foldArray},
                       {QStringLiteral("oos"), oos.toJson()},
                       {QStringLiteral("oosZero"), oosZero.toJson()},
                       {QStringLiteral("oosMean"), oosMean.toJson()},
                       {QStringLiteral("mseSkill"), number(mseSkill)},
                       {QStringLiteral("bestBaseline"), bestBaseline},
                       {QStringLiteral("hitEdge"), number(hitEdge)},
                       {QStringLiteral("effectiveN"), effectiveN},
                       {QStringLiteral("icT"), number(icT)},
                       {QStringLiteral("foldsBeaten"), foldsBeaten},
                       {QStringLiteral("foldIc"), foldIcJson(*this)},
                       {QStringLiteral("productionReady"), productionReady},
                       {QStringLiteral("verdict"), verdict}};
}

Evaluation Evaluation::fromJson(const QJsonObject& o)
{
    Evaluation e;
    for (const QJsonValue& v : o.value(QStringLiteral("folds")).toArray()) {
        e.folds << FoldReport::fromJson(v.toObject());
    }
    e.oos = Metrics::fromJson(o.value(QStringLiteral("oos")).toObject());
    e.oosZero = Metrics::fromJson(o.value(QStringLiteral("oosZero")).toObject());
    e.oosMean = Metrics::fromJson(o.value(QStringLiteral("oosMean")).toObject());
    e.mseSkill = numberOf(o, QStringLiteral("mseSkill"));
    e.bestBaseline = o.value(QStringLiteral("bestBaseline")).toString();
    e.hitEdge = numberOf(o, QStringLiteral("hitEdge"));
    e.effectiveN = o.value(QStringLiteral("effectiveN")).toDouble();
    e.icT = numberOf(o, QStringLiteral("icT"));
    e.foldsBeaten = o.value(QStringLiteral("foldsBeaten")).toInt();
    e.productionReady = o.value(QStringLiteral("productionReady")).toBool();
    e.verdict = o.value(QStringLiteral("verdict")).toString();
    return e;
}

FoldIcSummary foldIcSummary(const Evaluation& e)
{
    FoldIcSummary s;
    double sum = 0;
    std::vector<double> ics;
    for (const FoldReport& f : e.folds) {
        if (std::isfinite(f.model.ic)) {
            ics.push_back(f.model.ic);
            sum += f.model.ic;
            s.positive += f.model.ic > 0 ? 1 : 0;
        }
    }
    s.folds = static_cast<int>(ics.size());
    if (s.folds == 0) {
        return s;
    }
    s.mean = sum / s.folds;
    if (s.folds >= 2) {
        double ss = 0;
        for (double v : ics) {
            ss += (v - s.mean) * (v - s.mean);
        }
        s.sd = std::sqrt(ss / (s.folds - 1));
        s.t = s.sd > 0 ? s.mean / (s.sd / std::sqrt(static_cast<double>(s.folds))) : Metrics::kNaN;
    }
    return s;
}

double chancePassShare(const Gate& gate)
{
    return 0.5 * std::erfc(gate.minIcT / std::sqrt(2.0));
}

QString multipleTestingNote(int models, int passed, double chanceShare)
{
    const double expected = models * chanceShare;
    return QStringLiteral("Multiple testing: %1 models were tested; if none had any skill, about %2 would "
                          "still pass the IC test by chance (%3 each). %4 passed the whole gate%5.")
        .arg(models)
        .arg(expected < 10 ? QString::number(expected, 'f', 1) : QString::number(std::lround(expected)))
        .arg(percent(chanceShare))
        .arg(passed)
        .arg(passed <= expected ? QStringLiteral(" — no more than chance would give") : QString());
}

namespace {

QJsonObject foldIcJson(const Evaluation& e)
{
    const FoldIcSummary s = foldIcSummary(e);
    return QJsonObject{{QStringLiteral("folds"), s.folds},
                       {QStringLiteral("positive"), s.positive},
                       {QStringLiteral("mean"), number(s.mean)},
                       {QStringLiteral("sd"), number(s.sd)},
                       {QStringLiteral("t"), number(s.t)}};
}

QString foldIcText(const Evaluation& e)
{
    const FoldIcSummary s = foldIcSummary(e);
    if (s.folds < 2) {
        return {};
    }
    return QStringLiteral("; fold ICs %1 ± %2 (t %3, %4 of %5 positive)")
        .arg(fixed(s.mean), fixed(s.sd), fixed(s.t, 1))
        .arg(s.positive)
        .arg(s.folds);
}

} // namespace

void judge(Evaluation& e, const Gate& gate, int horizon)
{
    const double mseZero = e.oosZero.mse();
    const double mseMean = e.oosMean.mse();
    const bool zeroBetter = !(mseMean < mseZero);
    const double mseBest = zeroBetter ? mseZero : mseMean;
    e.bestBaseline = zeroBetter ? QStringLiteral("zero") : QStringLiteral("mean");
    e.mseSkill = mseBest > 0 ? 1 - e.oos.mse() / mseBest : Metrics::kNaN;
    e.hitEdge = e.oos.hitRate - e.oosMean.hitRate;
    e.effectiveN = horizon > 0 ? static_cast<double>(e.oos.n) / horizon : 0;
    e.icT = correlationT(e.oos.ic, e.effectiveN);
    e.foldsBeaten = 0;
    for (const FoldReport& f : e.folds) {
        const double best = std::min(f.zero.mse(), f.mean.mse());
        if (f.model.mse() < best) {
            ++e.foldsBeaten;
        }
    }

    // Each failed condition is named with its numbers, so "not production ready" says why.
    QStringList failed;
    const QString baselineName = zeroBetter ? QStringLiteral("zero return") : QStringLiteral("training mean");
    if (!(e.mseSkill >= gate.minMseSkill)) {
        failed << QStringLiteral("MSE %1 the %2 baseline (needs %3 lower)")
                      .arg(std::isfinite(e.mseSkill) ? (
                               e.mseSkill >= 0 ? QStringLiteral("%1 lower than").arg(percent(e.mseSkill))
                                               : QStringLiteral("%1 higher than").arg(percent(-e.mseSkill)))
                                                     : QStringLiteral("not comparable with"),
                           baselineName,
                           percent(gate.minMseSkill));
    }
    if (!(e.oos.ic >= gate.minIc) || !(e.icT >= gate.minIcT)) {
        failed << QStringLiteral(
                      "IC %1 vs baseline 0 (t %2 over %3 independent periods; needs IC ≥ %4 and t ≥ %5)")
                      .arg(fixed(e.oos.ic), fixed(e.icT, 1))
                      .arg(e.effectiveN, 0, 'f', 0)
                      .arg(fixed(gate.minIc, 2), fixed(gate.minIcT, 1));
    }
    if (!(e.hitEdge >= gate.minHitEdge)) {
        failed << QStringLiteral("hit rate %1 vs %2 for the training-mean baseline")
                      .arg(percent(e.oos.hitRate), percent(e.oosMean.hitRate));
    }
    const int neededFolds =
        static_cast<int>(std::ceil(gate.minFoldShare * static_cast<double>(e.folds.size()) - 1e-9));
    if (e.foldsBeaten < neededFolds) {
        failed << QStringLiteral("beats the better baseline in %1 of %2 folds (needs %3)")
                      .arg(e.foldsBeaten)
                      .arg(e.folds.size())
                      .arg(neededFolds);
    }
    e.productionReady = failed.isEmpty();
    if (e.productionReady) {
        e.verdict =
            QStringLiteral("production ready: out-of-sample MSE %1 below the %2 baseline, IC %3 (t %4), "
                           "hit rate %5 vs %6, better in %7 of %8 folds")
                .arg(percent(e.mseSkill), baselineName, fixed(e.oos.ic), fixed(e.icT, 1))
                .arg(percent(e.oos.hitRate), percent(e.oosMean.hitRate))
                .arg(e.foldsBeaten)
                .arg(e.folds.size())
            + foldIcText(e);
    } else {
        e.verdict = QStringLiteral("not production ready, out of sample: ")
                    + failed.join(QStringLiteral("; ")) + foldIcText(e);
    }
}

} // namespace Tessera::Ml
