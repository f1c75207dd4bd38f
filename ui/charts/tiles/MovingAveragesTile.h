#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

namespace Tessera::Ui {

/** The close with its 5-, 20- and 50-bar simple moving averages (computed on the whole history). */
class MovingAveragesTile : public TileView
{
    Q_OBJECT

public:
    explicit MovingAveragesTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("moving_averages"); }
    void setAnalysis(const AnalysisView& view) override;
    QString describeBar(int i) const;

private:
    QList<QDate> m_dates;
    QList<double> m_close;
    MovingAveragesData m_data;
};

} // namespace Tessera::Ui
