#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

class QLineSeries;

namespace Tessera::Ui {

/**
 * Distribution of the tile's daily returns (in %): one bar per bin and the fitted normal curve
 * scaled to counts (N · bin width · density), so fat tails show as bars above the curve.
 */
class ReturnsHistogramTile : public TileView
{
    Q_OBJECT

public:
    explicit ReturnsHistogramTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("returns_histogram"); }
    void setAnalysis(const AnalysisView& view) override;

    int barCount() const { return m_bars; }
    QLineSeries* normalCurve() const { return m_normal; }
    /** The normal's expected count in a bin of the histogram's width at return r (a fraction). */
    double expectedCount(double r) const;
    QString describeBin(int i) const;

private:
    ReturnsHistogramData m_data;
    QLineSeries* m_normal = nullptr;
    int m_bars = 0;
};

} // namespace Tessera::Ui
