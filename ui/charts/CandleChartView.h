#pragma once

#include <array>
#include <memory>

#include <QPointer>
#include <QWidget>

#include "core/features/IndicatorFrame.h"
#include "core/market/BarSeries.h"
#include "ui/charts/ChartStudies.h"

class QAbstractButton;
class QButtonGroup;
class QCandlestickSeries;
class QCategoryAxis;
class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QSplitter;
class QStackedWidget;
class QValueAxis;

namespace Tessera::Ui {

namespace detail {
class ChartPane;
}
class IndicatorPaneSeries;
class PriceOverlays;

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
 * Studies: toggles for the SMA 5/20/50 and Bollinger 20/2 overlays (PriceOverlays) and a choice of
 * indicator pane under the volume (IndicatorPaneSeries: RSI, MACD, Stochastic, ATR), both remembered in
 * QSettings (Settings::chartOverlays, chartIndicatorPane). They share the candles' index axis and
 * visible range; the legends show their values at the hovered bar. Their values arrive precomputed
 * with the bars (setBars), so nothing heavy runs on the GUI thread.
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

    /**
     * Shows the (already adjusted) bars of ticker; name goes into the title. 0 bars shows a message.
     * indicators is Features::computeIndicators(adjusted), computed by the caller off the GUI thread;
     * without it (or when its rows do not match the bars) the overlays and the pane stay empty.
     */
    void setBars(const QString& ticker,
                 const QString& name,
                 const BarSeries& adjusted,
                 const Features::IndicatorFrame& indicators = {});
    /** Replaces the chart with a message (loading failed, nothing selected). */
    void showMessage(const QString& message, const QString& ticker = {});

    QString currentTicker() const { return m_ticker; }
    int barCount() const { return static_cast<int>(m_bars.size()); }
    /** The bars shown (issue 17 hook: the drawing layer maps dates and snaps to their OHLC). */
    const BarSeries& bars() const { return m_bars; }
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

    /** Turns a price overlay on or off (and remembers it in the settings). */
    void setOverlayVisible(PriceOverlay overlay, bool on);
    bool isOverlayVisible(PriceOverlay overlay) const;
    /** The overlay's line series: one per moving average; upper, middle, lower for Bollinger. */
    QList<QLineSeries*> overlaySeries(PriceOverlay overlay) const;

    /** Shows an indicator pane under the volume pane, or none (and remembers it in the settings). */
    void setIndicatorPane(IndicatorPane pane);
    IndicatorPane indicatorPane() const { return m_indicatorPaneKind; }
    QChart* indicatorChart() const { return m_indicatorChart; }
    const IndicatorPaneSeries& indicatorSeries() const { return *m_paneSeries; }

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
    void indicatorPaneChanged(Tessera::Ui::IndicatorPane pane);

protected:
    void changeEvent(QEvent* event) override;

private:
    friend class detail::ChartPane;

    void buildHeader();
    void buildCharts();
    void loadStudySettings();
    void saveStudySettings() const;
    void applyTheme();
    void applyRange();
    void scheduleRangeUpdate();
    void updateAxes();
    void updateDateAxis(QCategoryAxis* axis, const QRectF& plot);
    void updateVolumeAxis(double maxVolume);
    void updateIndicatorAxis();
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
    std::array<QAbstractButton*, kPriceOverlayCount> m_overlayButtons{};
    QComboBox* m_paneCombo = nullptr;
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
    std::unique_ptr<PriceOverlays> m_overlays;

    // Volume pane.
    detail::ChartPane* m_volumePane = nullptr;
    QChart* m_volumeChart = nullptr;
    QCandlestickSeries* m_volume = nullptr;
    QValueAxis* m_volumeX = nullptr;
    QCategoryAxis* m_volumeDates = nullptr;
    QLineSeries* m_volumeDateCarrier = nullptr;
    QCategoryAxis* m_volumeY = nullptr; ///< categories so the axis can skip the useless "0" label

    // Indicator pane (hidden when IndicatorPane::None).
    detail::ChartPane* m_indicatorPane = nullptr;
    QChart* m_indicatorChart = nullptr;
    QValueAxis* m_indicatorX = nullptr;
    QCategoryAxis* m_indicatorDates = nullptr;
    QLineSeries* m_indicatorDateCarrier = nullptr;
    QCategoryAxis* m_indicatorY = nullptr;
    std::unique_ptr<IndicatorPaneSeries> m_paneSeries;
    IndicatorPane m_indicatorPaneKind = IndicatorPane::None;

    // Data and view state.
    QString m_ticker;
    QString m_name;
    BarSeries m_bars;
    Features::IndicatorFrame m_indicators; ///< empty, or one row per bar
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
