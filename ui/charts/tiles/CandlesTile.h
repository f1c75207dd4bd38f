#pragma once

#include "ui/charts/tiles/AnalysisView.h"
#include "ui/charts/tiles/TileView.h"

class QCandlestickSeries;

namespace Tessera::Ui {

/**
 * The tile's daily candles (rising green, falling red; x = bar index so weekends leave no gaps) with
 * the volume profile's point of control as a dashed line. The price axis is on the right and shares
 * its range with the volume profile to the left (setPriceRange).
 */
class CandlesTile : public TileView
{
    Q_OBJECT

public:
    explicit CandlesTile(QWidget* parent = nullptr);

    QString tileId() const override { return QStringLiteral("candles"); }
    void setAnalysis(const AnalysisView& view) override;
    /** Shows at least lo..hi, widened to round price ticks (read the result with priceAxisRange()). */
    void setPriceRange(double lo, double hi);

    int candleCount() const;
    /** The candle series (tests read its sets). */
    QCandlestickSeries* candleSeries() const { return m_series; }
    QString describeCandle(int i) const;
    std::pair<double, double> priceAxisRange() const;

private:
    QList<CandleData> m_candles;
    QCandlestickSeries* m_series = nullptr;
    QValueAxis* m_priceAxis = nullptr;
};

} // namespace Tessera::Ui
