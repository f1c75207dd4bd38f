#pragma once

#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QTimeZone>
#include <QWidget>

#include "core/common/Result.h"
#include "core/features/Studies.h"
#include "core/market/BarSeries.h"
#include "core/market/HourlySeries.h"
#include "core/market/Resample.h"
#include "ui/charts/ChartStudies.h"
#include "ui/charts/PriceScale.h"

class QAbstractButton;
class QButtonGroup;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace Tessera::Ui {

namespace detail {
class ChartPane;
}
class PriceOverlays;
struct PlotMap;

/**
 * The interactive chart of one symbol: the price pane, the volume pane under it and one pane per
 * indicator study, in a vertical splitter whose sizes the user drags and the chart remembers.
 *
 * Data. setBars() takes the symbol's stored daily bars. The chart shows their split/dividend-adjusted
 * view (BarSeries::adjusted(); the header says "adjusted" only when the source delivered adjusted
 * closes), resampled to the chosen timeframe (daily, weekly, monthly: core/market/Resample.h), drawn as
 * candles, OHLC bars, a line, an area or Heikin-Ashi candles, on a linear, logarithmic or percent scale.
 * The 60-minute timeframe shows the symbol's stored hourly bars (setBars' hourly series) instead, with
 * times in the market's zone (UTC for crypto; MarketSession) named in the header ("60 min, UTC"); it is
 * offered only for a symbol with hourly bars, and a chart set to 60 min shows the daily bars of a symbol
 * without them (the header says so). Comparisons and relative strength need daily bars: on 60 min they
 * are kept but not drawn, and their button and legends say why.
 *
 * Rendering. Every pane is a Qt Charts view that keeps the axes, grid and labels; the bars and study
 * lines are painted by a PlotItem inside the same scene that walks only the visible bars. Measured with
 * the w6chart harness (tests/bench, 5,200 daily bars, three panes): QCandlestickSeries (one graphics
 * item per candle) took 659 ms per symbol switch and 358 ms per pan/zoom frame at p95; see README.
 * The x coordinate is the bar INDEX, so weekends and holidays leave no gaps; date labels (DateTicks)
 * ride on a category axis over the hidden value axis.
 *
 * Studies. Any study of the engine's catalog (Features::studyCatalog) with its parameters and colour:
 * overlays over the candles, the others one pane each. Their values are computed on the global thread
 * pool (Features::computeStudy) when bars, timeframe or parameters change; a result that arrives for
 * superseded bars or parameters is dropped; studiesComputed() reports each delivery. The set is
 * remembered (Settings::chartStudies) and can be saved as templates (Indicators dialog).
 *
 * Interactions: wheel zooms around the cursor, left-drag pans, double-click returns to the range
 * preset, arrows pan and +/− zoom, a crosshair follows the mouse across every pane with the bar's date,
 * OHLC, change, volume and every study's values in the legends; right-click opens a menu that others may
 * extend (contextMenuRequested).
 *
 * GUI thread only. All Qt Charts code stays in ui/charts/ because Qt Charts is deprecated from Qt 6.10.
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
        FiveYears,
        All,
        Custom ///< set by zooming or panning
    };
    Q_ENUM(RangePreset)

    /** persistent: read and save the studies, options and pane heights in QSettings (off for extra charts).
     */
    explicit CandleChartView(QWidget* parent = nullptr, bool persistent = true);
    ~CandleChartView() override;

    /**
     * Shows ticker's stored daily bars (raw, with adjusted closes where the source has them) and keeps its
     * stored hourly bars for the 60-minute timeframe (empty: the timeframe is not offered); name goes into
     * the title. No bars at all shows a message. The studies are computed in the background.
     */
    void setBars(const QString& ticker,
                 const QString& name,
                 const BarSeries& stored,
                 const HourlySeries& hourly = HourlySeries());
    /** Replaces the chart with a message (loading failed, nothing selected). */
    void showMessage(const QString& message, const QString& ticker = {});

    /** The symbol shown (also while its "no bars" message shows); empty when none. */
    QString currentTicker() const { return m_ticker; }
    /** The bars drawn: adjusted, resampled to the timeframe (not Heikin-Ashi: that is only how they are
     * drawn). */
    const BarSeries& bars() const { return m_bars; }
    int barCount() const { return static_cast<int>(m_bars.size()); }
    /** Whether the shown prices are adjusted (the source delivered adjusted closes). */
    bool isAdjusted() const { return m_adjusted; }
    /** Bars whose centre lies inside the visible x range. */
    int visibleCandleCount() const;
    /** Visible x range in bar-index units (a bar i spans i-0.5 .. i+0.5). */
    double visibleFrom() const { return m_from; }
    double visibleTo() const { return m_to; }
    /** Bar under the crosshair, or -1. */
    int hoverIndex() const { return m_hoverIndex; }
    /** Puts the crosshair on bar index (-1 clears it), as hovering does; the legends show its values. */
    void setHoverIndex(int index);

    RangePreset rangePreset() const { return m_preset; }
    void setRangePreset(RangePreset preset);
    /** Sets the visible range in bar-index units (clamped to the data); the preset becomes Custom. */
    void setVisibleRange(double from, double to);
    void zoomAround(double anchorIndex, double factor);
    void panBy(double bars);

    /** The chosen timeframe (remembered; also 60 min while a symbol without hourly bars shows days). */
    Timeframe timeframe() const { return m_timeframe; }
    void setTimeframe(Timeframe timeframe);
    /**
     * The timeframe drawn: the chosen one, except Daily while 60 min is chosen for a symbol without hourly
     * bars, and 60 min for a symbol with hourly bars only.
     */
    Timeframe shownTimeframe() const;
    /** Whether 60-minute bars are drawn (barTimes() then holds their open times). */
    bool isIntraday() const { return !m_times.empty(); }
    /** Open times (UTC epoch seconds) of the bars drawn on the 60-minute timeframe; empty otherwise. */
    const std::vector<qint64>& barTimes() const { return m_times; }
    /** Stored hourly bars of the shown symbol (0: the 60-minute timeframe is not offered). */
    qsizetype hourlyBarCount() const { return m_hourly.size(); }
    /** The zone of the 60-minute chart's times: the market's (UTC for crypto, Asia/Kolkata for NSE). */
    QTimeZone displayZone() const { return m_zone; }
    /** "UTC", "IST": the zone as the header names it. */
    QString zoneName() const;
    ChartType chartType() const { return m_chartType; }
    void setChartType(ChartType type);
    PriceScale priceScale() const { return m_scale; }
    void setPriceScale(PriceScale scale);

    /** Every study, in the order added (overlays and panes). */
    QList<ChartStudy> studies() const { return m_studies; }
    void setStudies(const QList<ChartStudy>& studies);
    void addStudy(const ChartStudy& study);
    void removeStudy(int index);
    /** A study's new parameters or colour (its pane keeps its place and height). */
    void updateStudy(int index, const ChartStudy& study);
    /** Whether every study holds values for the bars shown. */
    bool studiesReady() const;
    /** Line `line` of study `index` at bar row (NaN while computing or before its window is full). */
    double studyValue(int index, int line, qsizetype row) const;
    /** The price legend's text (plain): date, OHLC, change and volume of the crosshair's bar, else the last
     * visible bar. */
    QString legendText() const;
    /** The legend text (plain) of study index at the crosshair's bar, else the last visible bar. */
    QString studyLegendText(int index) const;
    /** The pane view of study index, or nullptr for an overlay. */
    QChartView* studyPane(int index) const;

    /** For the drawing layer and other additions to the price pane. */
    QChart* priceChart() const;
    QChartView* pricePane() const;
    QChartView* volumePane() const;
    /** (bar index, price) at a point of the price pane's viewport (the inverse of the scale). */
    QPointF valueAt(const QPointF& viewportPos) const;
    /** The price pane's viewport point of (bar index, price). */
    QPointF positionOf(const QPointF& value) const;
    /** The date of bar index of the shown timeframe (invalid outside the bars). */
    QDate barDate(int index) const;
    /** The last bar dated on or before date (the first bar for an earlier date; -1 without bars). */
    int indexOfDate(const QDate& date) const;
    /** The first bar dated on or after date (the last bar for a later date; -1 without bars). */
    int firstIndexOfDate(const QDate& date) const;
    /** Bar index's open (UTC epoch seconds) on 60 min, else the UTC start of its date; 0 outside the bars. */
    qint64 barTime(int index) const;
    /** The last bar opening at or before time (UTC epoch seconds; the first bar for an earlier time). */
    int indexOfTime(qint64 time) const;
    /** Bar index as the legend and the crosshair name it: "Sat 1 Jul 2023" or, on 60 min, "Sat 1 Jul 2023
     * 13:00" in the display zone. */
    QString barLabel(int index) const;

    /** Labels on the price axis, bottom to top, as drawn (tests, screenshots). */
    QStringList priceAxisLabels() const;
    /** Labels on the date axis of the bottom pane, left to right. */
    QStringList dateAxisLabels() const;
    /** Pane heights in the splitter, top to bottom (price, volume, study panes). */
    QList<int> paneHeights() const;
    /** Forgets remembered pane heights and gives the panes their default shares (View ▸ Reset layout). */
    void resetLayout();

    /** The chart as a picture (header, panes and axes) at the widget's size. */
    QImage renderImage();
    /** Saves the chart as PNG or SVG (by the file's suffix); false with a message on failure. */
    bool exportImage(const QString& file, QString* error = nullptr);
    void copyImageToClipboard();
    /** File dialog, then exportImage (File ▸ Export chart, the right-click menu). */
    void exportImageInteractively();

    /** Opens the Indicators dialog (add, remove, edit studies; templates). */
    void showIndicatorsDialog();

    /**
     * Reads a symbol's stored daily bars for comparisons. Called on a pool thread (never the GUI
     * thread), so it may query the database; the main window sets it.
     */
    using BarsLoader = std::function<Result<BarSeries>(const QString& ticker)>;
    void setBarsLoader(BarsLoader loader);
    /** Tickers offered by the Compare menu's completer. */
    void setSymbolList(const QStringList& tickers);

    /**
     * Draws ticker's closes over the price pane, rebased to the shown symbol's close at the first visible
     * bar where both have one, so on the percent scale (switched on with the first comparison) both start
     * at 0 % and the legend reads the change of each. Aligned by date (a missing day carries the last
     * close). Loaded in the background through the BarsLoader.
     */
    void addCompareSymbol(const QString& ticker);
    void removeCompareSymbol(const QString& ticker);
    QStringList compareSymbols() const { return m_compareOrder; }
    /** A pane with the relative strength 100 × (C/C₀) / (B/B₀) against benchmark (0 = first visible bar);
     * empty removes it. */
    void setBenchmark(const QString& ticker);
    QString benchmark() const { return m_benchmark; }
    /** Whether the bars of every compared symbol and the benchmark have arrived. */
    bool compareReady() const;
    /** Percent change of compared symbol index from the first visible bar to row (NaN without data). */
    double compareChange(int index, qsizetype row) const;
    /** The relative-strength pane's value at row (NaN without a benchmark or data). */
    double relativeStrength(qsizetype row) const;

    /** The right-click menu of pane at viewport pos: built, then offered through contextMenuRequested. */
    QMenu* createContextMenu(QChartView* pane, const QPoint& pos);

    static int presetBarCount(const BarSeries& bars, RangePreset preset);

signals:
    /** The chart shows ticker's bars (or its "no bars" message) and the range is applied. */
    void barsShown(const QString& ticker);
    void rangePresetChanged(Tessera::Ui::CandleChartView::RangePreset preset);
    void visibleRangeChanged(double from, double to);
    /** The user (or a caller) set the visible range or a preset: emitted at once, for linked charts. */
    void viewRangeSet(double from, double to);
    /** The crosshair moved to bar index (-1: it left the chart): emitted at once, for linked charts. */
    void hoverChanged(int index);
    /** The study list changed (added, removed, new parameters or colour). */
    void studiesChanged();
    /** Values of some studies arrived from the background; studiesReady() says whether all are in. */
    void studiesComputed();
    /** Timeframe, chart type or scale changed. */
    void optionsChanged();
    /** Compared symbols or the benchmark changed, or their bars arrived. */
    void compareChanged();
    /**
     * The right-click menu is about to open over the price (or another) pane: valuePoint is (bar index,
     * price) under the mouse (price NaN outside the price pane). Add actions to menu; it is shown after.
     */
    void contextMenuRequested(QPointF valuePoint, QMenu* menu);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class detail::ChartPane;
    struct Pane;

    void buildHeader();
    Pane* createPane(int kind);
    void loadSettings();
    void saveStudies() const;
    void applyTheme();
    void rebuildBars();
    void applyStudies(const QList<ChartStudy>& studies, bool save);
    void computeStudies(bool all);
    void scheduleRangeUpdate();
    void updateAxes();
    void updateDateAxes();
    /** Sets axis' range and picks the ticks shown of positions; returns their positions, labels in shown. */
    QList<double> setAxisTicks(QCategoryAxis* axis,
                               double lo,
                               double hi,
                               const QList<double>& positions,
                               const QStringList& labels,
                               QStringList* shownLabels);
    /** Paints a pane's value labels (right of the plot) or, for the bottom pane, the date labels. */
    void paintAxisLabels(const Pane* pane, QPainter* painter, bool dates) const;
    const QStaticText& labelText(const QString& text) const;
    void layoutPanes();
    void applyPaneSizes();
    void savePaneHeights();
    void setHover(int index, detail::ChartPane* pane, double paneY);
    void clearHover();
    /** Crosshair, last-price tag and legends; deferLegend lays the legends out after a short pause. */
    void updateOverlay(bool deferLegend = false);
    void updateLegend();
    void selectPresetButton();
    /** The last named range preset of the kind of bars shown (60-minute and daily charts keep their own). */
    RangePreset& lastNamedPreset() { return m_presetsIntraday ? m_lastHourlyPreset : m_lastNamedPreset; }
    int timeframeIndex(Timeframe timeframe) const;
    /** Enables the 60-minute choice when hourly bars are stored and shows the timeframe drawn. */
    void updateTimeframeChoices();
    void updateTitle();
    void repaintPlots();
    void showContextMenu(detail::ChartPane* pane, const QPoint& pos, const QPoint& globalPos);
    double clampSpan(double span) const;
    int firstIndexOfPreset(RangePreset preset) const;
    QString formatPrice(double value) const;
    QString formatVolume(double value) const;
    PlotMap mapOf(const Pane* pane) const;
    Pane* paneOf(const detail::ChartPane* view) const;
    Pane* pricePaneData() const { return m_panes.front().get(); }
    Pane* volumePaneData() const { return m_panes[1].get(); }
    std::pair<qsizetype, qsizetype> visibleRows() const;
    void paintPane(const Pane* pane, QPainter* painter);
    bool isDark() const;
    void loadCompareBars(const QString& ticker);
    void alignCompare();
    /** The first visible row where both the shown close and values[row] exist, or -1. */
    qsizetype compareBase(const std::vector<double>& values) const;
    void updateRelativePane();
    void showCompareMenu();

    bool m_persistent = true;
    // Header.
    QLabel* m_titleLabel = nullptr;
    QButtonGroup* m_presetGroup = nullptr;
    QComboBox* m_timeframeCombo = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QComboBox* m_scaleCombo = nullptr;
    QAbstractButton* m_compareButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_messageLabel = nullptr;
    QSplitter* m_splitter = nullptr;

    std::vector<std::unique_ptr<Pane>> m_panes; ///< price, volume, then one per pane study
    std::unique_ptr<PriceOverlays> m_overlays;
    QList<ChartStudy> m_studies;

    // Comparisons: raw bars by ticker as loaded, and their closes aligned to m_bars' dates.
    BarsLoader m_loader;
    QStringList m_symbolList;
    QStringList m_compareOrder;
    QString m_benchmark;
    std::map<QString, BarSeries> m_compareRaw;
    std::map<QString, std::vector<double>> m_compareAligned;
    Pane* m_relativePane = nullptr; ///< in m_panes (last) while a benchmark is set

    // Data and view state.
    QString m_ticker;
    QString m_name;
    BarSeries m_stored;                  ///< as stored (daily, raw)
    HourlySeries m_hourly;               ///< the symbol's stored hourly bars (the 60-minute timeframe)
    QTimeZone m_zone = QTimeZone::utc(); ///< the 60-minute chart's display zone (the market's)
    std::vector<qint64> m_times;         ///< 60 min shown: each bar's open, UTC epoch seconds; else empty
    std::vector<qint64> m_localTimes;    ///< the same in the display zone's seconds (DateTicks::hourTicks)
    BarSeries m_bars;                    ///< adjusted, resampled (60 min: the hourly bars, one row per hour)
    BarSeries m_drawn;                   ///< m_bars, or their Heikin-Ashi candles
    std::vector<double> m_volumeScaled;
    std::vector<bool> m_rising;
    bool m_adjusted = false;
    quint64 m_barsSerial = 0; ///< bumps whenever m_bars changes: late study results are dropped
    Timeframe m_timeframe = Timeframe::Daily;
    ChartType m_chartType = ChartType::Candles;
    PriceScale m_scale = PriceScale::Linear;
    QList<double> m_gridX;    ///< the date ticks' bar indices: vertical grid lines
    QStringList m_dateLabels; ///< their labels, painted under the bottom pane
    QFont m_axisFont;
    QColor m_axisTextColor;
    mutable QHash<QString, QStaticText> m_labelTexts; ///< laid-out tick labels by text
    QColor m_gridColor;
    double m_percentBase = 0.0; ///< percent scale: the close of the first visible bar
    double m_volumeScale = 1.0;
    QString m_volumeUnit;
    int m_priceDecimals = 2;
    double m_from = -0.5;
    double m_to = 0.5;
    RangePreset m_preset = RangePreset::SixMonths;
    RangePreset m_lastNamedPreset = RangePreset::SixMonths;
    RangePreset m_lastHourlyPreset = RangePreset::OneMonth; ///< 60 min: about 720 bars at first
    bool m_presetsIntraday = false;                         ///< m_preset belongs to the 60-minute chart
    bool m_rangeUpdatePending = false;
    QTimer* m_legendTimer = nullptr;
    bool m_sizesPending = true;
    bool m_applyingSizes = false;
    int m_hoverIndex = -1;
    QPointer<detail::ChartPane> m_hoverPane;
    double m_hoverY = 0.0;
};

} // namespace Tessera::Ui
