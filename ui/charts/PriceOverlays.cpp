#include "ui/charts/PriceOverlays.h"

#include <algorithm>

namespace Tessera::Ui {

void PriceOverlays::setStudies(const QList<ChartStudy>& studies)
{
    std::vector<std::unique_ptr<IndicatorPaneSeries>> layers;
    for (const ChartStudy& study : studies) {
        // Reuse a layer with the same spec: its values stay valid (only the colour may have changed).
        auto same = std::find_if(m_layers.begin(), m_layers.end(), [&](const auto& layer) {
            return layer && layer->study().spec == study.spec;
        });
        if (same != m_layers.end()) {
            (*same)->setStudy(study);
            layers.push_back(std::move(*same));
        } else {
            layers.push_back(std::make_unique<IndicatorPaneSeries>(study));
        }
    }
    m_layers = std::move(layers);
}

QList<ChartStudy> PriceOverlays::studies() const
{
    QList<ChartStudy> out;
    for (const auto& layer : m_layers) {
        out << layer->study();
    }
    return out;
}

void PriceOverlays::clearValues()
{
    for (auto& layer : m_layers) {
        layer->clearValues();
    }
}

void PriceOverlays::paint(QPainter* painter, const PlotMap& map, bool dark) const
{
    for (const auto& layer : m_layers) {
        layer->paint(painter, map, dark);
    }
}

void PriceOverlays::extendRange(qsizetype first, qsizetype last, double& lo, double& hi) const
{
    for (const auto& layer : m_layers) {
        if (const auto range = layer->valueRange(first, last)) {
            lo = std::min(lo, range->first);
            hi = std::max(hi, range->second);
        }
    }
}

QString
PriceOverlays::legendHtml(qsizetype row, bool dark, const std::function<QString(double)>& formatPrice) const
{
    QString html;
    for (const auto& layer : m_layers) {
        html += layer->legendHtml(row, dark, formatPrice);
    }
    return html;
}

} // namespace Tessera::Ui
