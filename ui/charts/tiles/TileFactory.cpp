#include "ui/charts/tiles/TileFactory.h"

#include "ui/charts/tiles/AbsorptionFlowTile.h"
#include "ui/charts/tiles/ActivityHeatmapTile.h"
#include "ui/charts/tiles/BollingerTile.h"
#include "ui/charts/tiles/CandlesTile.h"
#include "ui/charts/tiles/MonteCarloTile.h"
#include "ui/charts/tiles/MovingAveragesTile.h"
#include "ui/charts/tiles/OrderBookTile.h"
#include "ui/charts/tiles/ReturnsHistogramTile.h"
#include "ui/charts/tiles/SlippageTile.h"
#include "ui/charts/tiles/VolumeProfileTile.h"

namespace Tessera::Ui {

QStringList tileIds()
{
    return {QStringLiteral("volume_profile"),
            QStringLiteral("candles"),
            QStringLiteral("bollinger"),
            QStringLiteral("moving_averages"),
            QStringLiteral("order_book"),
            QStringLiteral("absorption_flow"),
            QStringLiteral("activity_heatmap"),
            QStringLiteral("returns_histogram"),
            QStringLiteral("slippage_samples"),
            QStringLiteral("monte_carlo")};
}

TileView* makeTile(const QString& id, QWidget* parent)
{
    if (id == QStringLiteral("volume_profile")) {
        return new VolumeProfileTile(parent);
    }
    if (id == QStringLiteral("candles")) {
        return new CandlesTile(parent);
    }
    if (id == QStringLiteral("bollinger")) {
        return new BollingerTile(parent);
    }
    if (id == QStringLiteral("moving_averages")) {
        return new MovingAveragesTile(parent);
    }
    if (id == QStringLiteral("order_book")) {
        return new OrderBookTile(parent);
    }
    if (id == QStringLiteral("absorption_flow")) {
        return new AbsorptionFlowTile(parent);
    }
    if (id == QStringLiteral("activity_heatmap")) {
        return new ActivityHeatmapTile(parent);
    }
    if (id == QStringLiteral("returns_histogram")) {
        return new ReturnsHistogramTile(parent);
    }
    if (id == QStringLiteral("slippage_samples")) {
        return new SlippageTile(parent);
    }
    if (id == QStringLiteral("monte_carlo")) {
        return new MonteCarloTile(parent);
    }
    return nullptr;
}

} // namespace Tessera::Ui
