#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

namespace Tessera::Ui {

/**
 * Order-book depth: cumulative bid size (green, left of the mid) and ask size (red, right) as step
 * areas. The book is modelled from spread, volatility and volume, not observed: the title says
 * "synthetic" so nobody reads it as live depth.
 */
class OrderBookTile : public TileView
{
    Q_OBJECT

public:
    explicit OrderBookTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("order_book"); }
    void setAnalysis(const AnalysisView& view) override;

    /** Cumulative size up to level i of a side (bids: i-th best bid). */
    double cumulativeBid(int level) const;
    double cumulativeAsk(int level) const;
    QString describeLevel(bool bid, int level) const;

private:
    OrderBookData m_book;
};

} // namespace Tessera::Ui
