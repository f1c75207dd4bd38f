#include "core/ml/MlTypes.h"

#include <algorithm>

namespace Tessera::Ml {

QString toString(Algorithm a)
{
    switch (a) {
    case Algorithm::RandomForest:
        return QStringLiteral("rf");
    case Algorithm::GradientBoosting:
        return QStringLiteral("gbm");
    case Algorithm::Ridge:
        return QStringLiteral("linear");
    }
    return {};
}

QString displayName(Algorithm a)
{
    switch (a) {
    case Algorithm::RandomForest:
        return QStringLiteral("Random forest");
    case Algorithm::GradientBoosting:
        return QStringLiteral("Gradient boosting");
    case Algorithm::Ridge:
        return QStringLiteral("Ridge (linear)");
    }
    return {};
}

std::optional<Algorithm> algorithmFromString(const QString& id)
{
    const QString s = id.trimmed().toLower();
    if (s == u"rf" || s == u"random_forest" || s == u"randomforest") {
        return Algorithm::RandomForest;
    }
    if (s == u"gbm" || s == u"xgb" || s == u"xgboost" || s == u"gradient_boosting") {
        return Algorithm::GradientBoosting;
    }
    if (s == u"linear" || s == u"ridge") {
        return Algorithm::Ridge;
    }
    return std::nullopt;
}

const QList<Algorithm>& allAlgorithms()
{
    static const QList<Algorithm> all = {
        Algorithm::RandomForest, Algorithm::GradientBoosting, Algorithm::Ridge};
    return all;
}

const std::vector<int>& defaultHorizons()
{
    static const std::vector<int> horizons = {1, 5, 21};
    return horizons;
}

QString horizonLabel(int tradingDays)
{
    return QStringLiteral("%1D").arg(tradingDays);
}

Result<QList<Algorithm>> parseAlgorithms(const QString& text)
{
    QList<Algorithm> picked;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto a = algorithmFromString(part);
        if (!a) {
            return fail(Error::invalidInput(
                QStringLiteral("unknown algorithm '%1' (use rf, gbm, linear)").arg(part.trimmed())));
        }
        if (!picked.contains(*a)) {
            picked << *a;
        }
    }
    if (picked.isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("no algorithm given (use rf, gbm, linear)")));
    }
    QList<Algorithm> ordered;
    for (Algorithm a : allAlgorithms()) {
        if (picked.contains(a)) {
            ordered << a;
        }
    }
    return ordered;
}

Result<std::vector<int>> parseHorizons(const QString& text)
{
    std::vector<int> horizons;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        QString t = part.trimmed();
        if (t.endsWith(u'd', Qt::CaseInsensitive)) {
            t.chop(1);
        }
        bool ok = false;
        const int h = t.toInt(&ok);
        if (!ok || h < 1 || h > 260) {
            return fail(Error::invalidInput(
                QStringLiteral("horizon '%1' is not a number of trading days from 1 to 260")
                    .arg(part.trimmed())));
        }
        horizons.push_back(h);
    }
    if (horizons.empty()) {
        return fail(Error::invalidInput(QStringLiteral("no horizon given (e.g. 1,5,21)")));
    }
    std::sort(horizons.begin(), horizons.end());
    horizons.erase(std::unique(horizons.begin(), horizons.end()), horizons.end());
    return horizons;
}

} // namespace Tessera::Ml
