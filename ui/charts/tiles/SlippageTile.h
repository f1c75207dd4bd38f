#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

class QLineSeries;
class QScatterSeries;

namespace Tessera::Ui {

/**
 * Slippage samples: the square-root model's execution cost (bps) against participation (share of
 * the 20-day average daily volume, log scale), with the four deterministic sizes marked on the curve.
 */
class SlippageTile : public TileView
{
    Q_OBJECT

public:
    explicit SlippageTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("slippage_samples"); }
    void setAnalysis(const AnalysisView& view) override;

    QLineSeries* sampleCurve() const { return m_curve; }
    QScatterSeries* sizeMarkers() const { return m_sizes; }
    QString describeSample(int i) const;
    QString describeSize(int i) const;

private:
    QList<SlippageSample> m_samples;
    QList<SlippageSize> m_sizesData;
    QLineSeries* m_curve = nullptr;
    QScatterSeries* m_sizes = nullptr;
};

} // namespace Tessera::Ui
