#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

namespace Tessera::Ui {

/** Bollinger bands (20-bar SMA ± 2 population σ): the band shaded, its edges, the middle and the close. */
class BollingerTile : public TileView
{
    Q_OBJECT

public:
    explicit BollingerTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("bollinger"); }
    void setAnalysis(const AnalysisView& view) override;
    QString describeBar(int i) const;

private:
    QList<QDate> m_dates;
    BollingerData m_data;
};

} // namespace Tessera::Ui
