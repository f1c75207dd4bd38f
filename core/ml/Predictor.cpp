#include "core/ml/Predictor.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>

namespace Tessera::Ml {

Prediction consensus(const QList<Prediction>& horizonPredictions, double asOfClose)
{
    Prediction c;
    c.algorithm = QStringLiteral("consensus");
    if (horizonPredictions.isEmpty()) {
        return c;
    }
    c.horizon = horizonPredictions.first().horizon;
    c.asOf = horizonPredictions.first().asOf;
    QList<Prediction> contributors;
    for (const Prediction& p : horizonPredictions) {
        if (p.productionReady) {
            contributors << p;
        }
    }
    c.productionReady = !contributors.isEmpty();
    if (contributors.isEmpty()) {
        contributors = horizonPredictions;
    }
    double sumW = 0;
    double sumW2 = 0;
    double sumWr = 0;
    for (const Prediction& p : contributors) {
        sumW += p.confidence;
        sumW2 += p.confidence * p.confidence;
        sumWr += p.confidence * p.predictedReturn;
    }
    if (sumW > 0) {
        c.predictedReturn = sumWr / sumW;
        c.confidence = sumW2 / sumW;
    } else {
        double s = 0;
        for (const Prediction& p : contributors) {
            s += p.predictedReturn;
        }
        c.predictedReturn = s / contributors.size();
        c.confidence = 0;
    }
    c.predictedPrice = asOfClose * std::exp(c.predictedReturn);
    return c;
}

PredictionSet predictLatest(const FeatureTable& table, const QList<ScoredModel>& models)
{
    PredictionSet out;
    const int row = table.lastCompleteRow();
    if (row < 0) {
        for (const ScoredModel& m : models) {
            out.skipped << QStringLiteral("%1 %2: no bar with complete features to predict from")
                               .arg(toString(m.algorithm), horizonLabel(m.horizon));
        }
        return out;
    }
    const double close = table.priceAt(row);
    std::map<int, QList<Prediction>> byHorizon;
    for (const ScoredModel& m : models) {
        if (m.schemaHash != table.schemaHash || !m.model || m.model->columns() != table.columns()) {
            out.skipped << QStringLiteral("%1 %2: trained on another feature schema (retrain it)")
                               .arg(toString(m.algorithm), horizonLabel(m.horizon));
            continue;
        }
        Prediction p;
        p.algorithm = toString(m.algorithm);
        p.horizon = m.horizon;
        p.asOf = table.date(row);
        try {
            p.predictedReturn = m.model->predict(table.row(row), 1).front();
        } catch (const std::exception& e) {
            out.skipped << QStringLiteral("%1 %2: library error: %3")
                               .arg(toString(m.algorithm),
                                    horizonLabel(m.horizon),
                                    QString::fromLocal8Bit(e.what()));
            continue;
        }
        p.predictedPrice = close * std::exp(p.predictedReturn);
        p.confidence = std::isfinite(m.ic) ? std::clamp(m.ic, 0.0, 1.0) : 0.0;
        p.productionReady = m.productionReady;
        p.modelId = m.modelId;
        p.modelVersion = m.version;
        out.predictions << p;
        byHorizon[m.horizon] << p;
    }
    for (const auto& [h, list] : byHorizon) {
        out.predictions << consensus(list, close);
    }
    return out;
}

} // namespace Tessera::Ml
