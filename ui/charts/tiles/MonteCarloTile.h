#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

class QScatterSeries;

namespace Tessera::Ui {

/**
 * Monte Carlo slippage per order size: the p05–p95 range of the simulated cost as a whisker, the
 * median as a box, and the deterministic square-root cost as a diamond beside it. Cost in bps on a
 * log axis when the sizes span more than a decade (small orders cost a few bps, huge ones hundreds).
 */
class MonteCarloTile : public TileView
{
    Q_OBJECT

public:
    explicit MonteCarloTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("monte_carlo"); }
    void setAnalysis(const AnalysisView& view) override;

    int sizeCount() const { return static_cast<int>(m_sizes.size()); }
    QScatterSeries* medianMarkers() const { return m_medians; }
    QScatterSeries* deterministicMarkers() const { return m_deterministic; }
    QString describeSize(int i) const;

private:
    QList<SlippageSize> m_sizes;
    int m_simulations = 0;
    QScatterSeries* m_medians = nullptr;
    QScatterSeries* m_deterministic = nullptr;
};

} // namespace Tessera::Ui
