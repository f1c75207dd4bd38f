#pragma once

#include <QPointer>
#include <QWidget>

#include "core/market/BarSeries.h"

class QAbstractButton;
class QButtonGroup;
class QCandlestickSeries;
class QCategoryAxis;
class QChart;
class QLabel;
class QLineSeries;
class QSplitter;
class QStackedWidget;
class QValueAxis;

namespace Tessera::Ui {

namespace detail {
class ChartPane;
}

/**
 * The interactive daily candlestick chart of one symbol with its volume pane below.
 *
 * Two Qt Charts views share one x range. The x coordinate is the bar INDEX, not the date, so
 * weekends and holidays leave no gaps; date labels are computed for the visible bars (DateTicks)
 * and drawn by a category axis that rides on top of the hidden value axis the candles use. Prices
 * are the split/dividend-adjusted series (the caller passes BarSeries::adjusted()), so splits do not
 * show as cliffs. Volume bars are candlesticks from 0 to the volume, coloured like their price candle.
 *
 * Interactions: wheel zooms around the cursor, left-drag pans, double-click returns to the range
 * preset, a crosshair follows the mouse across both panes with the bar's date, O, H, L, C, change
 * and V in the legend line and value tags on the axes. Presets 1M/3M/6M/1Y/All (default 6M) sit
 * above the chart. The y range always fits the visible bars with a small margin.
 *
 * GUI thread only. Points are replaced in one go per symbol (STYLE.md §10); all Qt Charts code stays
 * in ui/charts/ because Qt Charts is deprecated from Qt 6.10.
 */
class CandleChartView : public QWidget
{
    Q_OBJECT

public:
    enum class RangePreset
    {
        OneMonth,
        ThreeMonths,
        SixMonths,
        OneYear,
        All,
        Custom ///< set by zooming or panning
    };
    Q_ENUM(RangePreset)

    explicit CandleChartView(QWidget* parent = nullptr);
    ~CandleChartView() override;

    /** Shows the (already adjusted) bars of ticker; name goes into the title. 0 bars shows a message. */
    void setBars(const QString& ticker, const QString& name, const BarSeries& adjusted);
    /** Replaces the chart with a message (loading failed, nothing selected). */
    void showMessage(const QString& message, const QString& ticker = {});

    QString currentTicker() const { return m_ticker; }
    int barCount() const { return static_cast<int>(m_bars.size()); }
    /** Bars whose centre lies inside the visible x range. */
    int visibleCandleCount() const;
    /** Visible x range in bar-index units (a bar i spans i-0.5 .. i+0.5). */
    double visibleFrom() const { return m_from; }
    double visibleTo() const { return m_to; }

    /** Bar under the crosshair, or -1. */
    int hoverIndex() const { return m_hoverIndex; }

    RangePreset rangePreset() const { return m_preset; }
    void setRangePreset(RangePreset preset);
    /** Sets the visible range in bar-index units (clamped to the data); the preset becomes Custom. */
    void setVisibleRange(double from, double to);
    /** Zooms by factor (< 1 zooms in) keeping anchorIndex at the same place on screen. */
    void zoomAround(double anchorIndex, double factor);
    /** Moves the visible window by bars (positive = later). */
    void panBy(double bars);

    QCandlestickSeries* candleSeries() const { return m_candles; }
    QCandlestickSeries* volumeSeries() const { return m_volume; }
    QChart* priceChart() const { return m_priceChart; }
    QChart* volumeChart() const { return m_volumeChart; }

    /** Bars a preset shows: those dated strictly after the last date minus the preset's months (All = every
     * bar). */
    static int presetBarCount(const BarSeries& bars, RangePreset preset);

signals:
    /** The chart shows ticker's bars (or its "no bars" message) and the range is applied. */
    void barsShown(const QString& ticker);
    void rangePresetChanged(Tessera::Ui::CandleChartView::RangePreset preset);

protected:
    void changeEvent(QEvent* event) override;

private:
    friend class detail::ChartPane;

    void buildCharts();
    void applyTheme();
    void applyRange();
    void scheduleRangeUpdate();
    void updateAxes();
    void updateDateAxis(QCategoryAxis* axis, const QRectF& plot);
    void updateVolumeAxis(double maxVolume);
    void setValueTicks(QCategoryAxis* axis, double lo, double hi, double step, const QString& suffix);
    void layoutPanes();
    void setHover(int index, detail::ChartPane* pane, double paneY);
    void clearHover();
    void updateOverlay();
    void updateLegend();
    void selectPresetButton();
    double clampSpan(double span) const;
    int firstIndexOfPreset(RangePreset preset) const;
    QString formatPrice(double value) const;
    QString formatVolume(double value) const;

    // Header.
    QLabel* m_titleLabel = nullptr;
    QButtonGroup* m_presetGroup = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_messageLabel = nullptr;
    QSplitter* m_splitter = nullptr;

    // Price pane.
    detail::ChartPane* m_pricePane = nullptr;
    QChart* m_priceChart = nullptr;
    QCandlestickSeries* m_candles = nullptr;
    QValueAxis* m_priceX = nullptr;
    QCategoryAxis* m_priceDates = nullptr;
    QLineSeries* m_priceDateCarrier = nullptr;
    QCategoryAxis* m_priceY = nullptr; ///< categories: labels formatted like the rest of the UI (1,420)

    // Volume pane.
    detail::ChartPane* m_volumePane = nullptr;
    QChart* m_volumeChart = nullptr;
    QCandlestickSeries* m_volume = nullptr;
    QValueAxis* m_volumeX = nullptr;
    QCategoryAxis* m_volumeDates = nullptr;
    QLineSeries* m_volumeDateCarrier = nullptr;
    QCategoryAxis* m_volumeY = nullptr; ///< categories so the axis can skip the useless "0" label

    // Data and view state.
    QString m_ticker;
    QString m_name;
    BarSeries m_bars;
    double m_volumeScale = 1.0;
    QString m_volumeUnit;
    int m_priceDecimals = 2;
    double m_from = -0.5;
    double m_to = 0.5;
    RangePreset m_preset = RangePreset::SixMonths;
    RangePreset m_lastNamedPreset = RangePreset::SixMonths;
    bool m_rangeUpdatePending = false;
    int m_hoverIndex = -1;
    QPointer<detail::ChartPane> m_hoverPane;
    double m_hoverY = 0.0;
};

} // namespace Tessera::Ui
