#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

class QCandlestickSeries;

namespace Tessera::Ui {

/**
 * Absorption flow: each day's volume split into buying (up, green) and selling (down, red) by the
 * close's location in the day's range, with the net (buy − sell) as a line and the period's
 * imbalance in the title.
 */
class AbsorptionFlowTile : public TileView
{
    Q_OBJECT

public:
    explicit AbsorptionFlowTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("absorption_flow"); }
    void setAnalysis(const AnalysisView& view) override;

    QCandlestickSeries* buySeries() const { return m_buy; }
    QCandlestickSeries* sellSeries() const { return m_sell; }
    /** The bars are in shares / volumeScale() (thousands or millions keep the axis labels short). */
    double volumeScale() const { return m_scale; }
    QString describeDay(int i) const;

private:
    QList<QDate> m_dates;
    AbsorptionFlowData m_data;
    QCandlestickSeries* m_buy = nullptr;
    QCandlestickSeries* m_sell = nullptr;
    double m_scale = 1;
};

} // namespace Tessera::Ui
