#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

class QLineSeries;

namespace Tessera::Ui {

/**
 * Volume profile: one horizontal bar per price bucket (volume traded at that price over the tile's
 * bars), the point of control as a dashed amber line and the value area shaded darker with its edges
 * dotted. The price axis is shared with the candles tile beside it (setPriceRange), so a bucket sits
 * exactly level with the candles that traded there.
 */
class VolumeProfileTile : public TileView
{
    Q_OBJECT

public:
    explicit VolumeProfileTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("volume_profile"); }
    void setAnalysis(const AnalysisView& view) override;
    void setPriceRange(double lo, double hi);
    /** The dashboard hides the price labels: the candles' price axis right beside it carries them. */
    void setPriceLabelsVisible(bool visible);
    std::pair<double, double> priceAxisRange() const;

    int bucketCount() const { return static_cast<int>(m_data.buckets.size()); }
    /** Price of the drawn POC line (NaN before data). */
    double pocLinePrice() const;
    /** Tooltip text of bucket i. */
    QString describeBucket(int i) const;

private:
    void applyPriceLabels();

    VolumeProfileData m_data;
    QValueAxis* m_priceAxis = nullptr;
    QLineSeries* m_pocLine = nullptr;
    bool m_priceLabels = true;
};

} // namespace Tessera::Ui
