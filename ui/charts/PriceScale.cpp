#include "ui/charts/PriceScale.h"

#include <algorithm>
#include <cmath>

#include "ui/charts/ChartStyle.h"

namespace Tessera::Ui {

QString priceScaleKey(PriceScale scale)
{
    switch (scale) {
    case PriceScale::Linear:
        return QStringLiteral("linear");
    case PriceScale::Log:
        return QStringLiteral("log");
    case PriceScale::Percent:
        return QStringLiteral("percent");
    }
    return QStringLiteral("linear");
}

std::optional<PriceScale> priceScaleFromKey(QStringView key)
{
    for (PriceScale s : {PriceScale::Linear, PriceScale::Log, PriceScale::Percent}) {
        if (key.compare(priceScaleKey(s), Qt::CaseInsensitive) == 0) {
            return s;
        }
    }
    return std::nullopt;
}

namespace PriceTicks {

int maxTicks(double plotHeightPx)
{
    return std::clamp(static_cast<int>(std::lround(plotHeightPx / 45.0)), 2, 14);
}

QList<double> linear(double lo, double hi, int maxTicks)
{
    QList<double> out;
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi) || maxTicks < 1) {
        return out;
    }
    // The finest nice step that keeps the count within maxTicks; at least two labels when the range
    // holds two multiples of any nice step (a short pane still shows a scale, not one lone number).
    double step = ChartStyle::niceStep((hi - lo) / std::max(1, maxTicks));
    for (int attempt = 0; attempt < 4; ++attempt) {
        out.clear();
        for (double k = std::ceil(lo / step); k * step <= hi + step * 1e-9; k += 1.0) {
            out << k * step;
        }
        if (out.size() > maxTicks) {
            step = ChartStyle::niceStep(step * 1.01);
            continue;
        }
        if (out.size() < 2) {
            step = ChartStyle::niceStep(step / 2.6);
            continue;
        }
        break;
    }
    while (out.size() > std::max(maxTicks, 2)) {
        out.removeLast();
    }
    return out;
}

QList<double> log(double lo, double hi, int maxTicks)
{
    QList<double> out;
    if (!(lo > 0.0) || !(hi > lo) || !std::isfinite(hi)) {
        return out;
    }
    const QList<QList<double>> mantissas = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}, {1, 3}, {1}};
    const int firstDecade = static_cast<int>(std::floor(std::log10(lo)));
    const int lastDecade = static_cast<int>(std::ceil(std::log10(hi)));
    auto collect = [&](const QList<double>& set, int decadeStep) {
        QList<double> values;
        for (int d = firstDecade; d <= lastDecade; ++d) {
            if (decadeStep > 1 && ((d % decadeStep) + decadeStep) % decadeStep != 0) {
                continue;
            }
            const double power = std::pow(10.0, d);
            for (double m : set) {
                const double v = m * power;
                if (v >= lo && v <= hi) {
                    values << v;
                }
            }
        }
        return values;
    };
    for (const QList<double>& set : mantissas) {
        out = collect(set, 1);
        if (out.size() <= maxTicks) {
            break;
        }
    }
    for (int decadeStep : {2, 5, 10}) {
        if (out.size() <= maxTicks) {
            break;
        }
        out = collect({1}, decadeStep);
    }
    if (out.size() < 3) {
        return linear(lo, hi, maxTicks);
    }
    return out;
}

QList<double> percent(double lo, double hi, double base, int maxTicks)
{
    if (!(base > 0.0)) {
        return {};
    }
    return linear((lo / base - 1.0) * 100.0, (hi / base - 1.0) * 100.0, maxTicks);
}

} // namespace PriceTicks
} // namespace Tessera::Ui
