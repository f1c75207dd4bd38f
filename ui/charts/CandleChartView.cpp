#include "ui/charts/CandleChartView.h"

#include <algorithm>
#include <cmath>

#include <QButtonGroup>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "ui/charts/ChartPane.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/DateTicks.h"
#include "ui/charts/IndicatorPaneSeries.h"
#include "ui/charts/PriceOverlays.h"
#include "ui/common/MarketColors.h"
#include "ui/common/UiSettings.h"

namespace Tessera::Ui {
namespace {

constexpr double BodyWidth = 0.7;     // candle body as a fraction of the bar slot
constexpr double MinVisibleBars = 5;  // zooming in stops here
constexpr double PriceMargin = 0.06;  // y padding above the highest and below the lowest visible bar
constexpr int DateLabelSpacing = 90;  // pixels per date label, roughly
constexpr int PriceTickSpacing = 48;  // pixels per price grid line, roughly
constexpr int VolumeTickSpacing = 28; // pixels per volume grid line, roughly

/** True when the bar is drawn as rising: Qt Charts colours a candle "increasing" only when open < close. */
bool isRising(double open, double close)
{
    return open < close;
}

/** Index of the first bar of a range preset: the first date strictly after lastDate minus the months. */
int firstIndexOf(const BarSeries& bars, CandleChartView::RangePreset preset)
{
    using Preset = CandleChartView::RangePreset;
    if (bars.isEmpty() || preset == Preset::All || preset == Preset::Custom) {
        return 0;
    }
    const int months = preset == Preset::OneMonth      ? 1
                       : preset == Preset::ThreeMonths ? 3
                       : preset == Preset::SixMonths   ? 6
                                                       : 12;
    const qint64 cutoff = bars.lastDate().addMonths(-months).toJulianDay();
    const auto& days = bars.days();
    return static_cast<int>(std::upper_bound(days.cbegin(), days.cend(), cutoff) - days.cbegin());
}

} // namespace

using ChartStyle::cosmeticPen;
using ChartStyle::decimalsFor;
using ChartStyle::niceStep;
using detail::ChartPane;

CandleChartView::CandleChartView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("candleChartView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    buildHeader();

    m_stack = new QStackedWidget(this);
    m_messageLabel = new QLabel(m_stack);
    m_messageLabel->setObjectName(QStringLiteral("chartMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_messageLabel);

    m_splitter = new QSplitter(Qt::Vertical, m_stack);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(3);
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);

    buildCharts();
    loadStudySettings();
    selectPresetButton();
    showMessage(tr("Select a symbol to see its chart."));
}

void CandleChartView::buildHeader()
{
    auto* header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    header->setSpacing(2);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("chartTitleLabel"));
    m_titleLabel->setTextFormat(Qt::RichText);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long company name must not widen the chart's minimum size (it would squeeze the table).
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_titleLabel, 1);

    // Studies get a row of their own: beside the title they would crowd out the symbol's name.
    auto* studies = new QHBoxLayout;
    studies->setContentsMargins(6, 0, 6, 0);
    studies->setSpacing(2);

    // Overlay toggles, their caption in the line's colour so the buttons double as the legend's key.
    const struct
    {
        PriceOverlay overlay;
        const char* objectName;
        QString tip;
    } overlays[] = {
        {PriceOverlay::Ma5, "overlayMa5Button", tr("Simple moving average of the last 5 closes")},
        {PriceOverlay::Ma20, "overlayMa20Button", tr("Simple moving average of the last 20 closes")},
        {PriceOverlay::Ma50, "overlayMa50Button", tr("Simple moving average of the last 50 closes")},
        {PriceOverlay::Bollinger,
         "overlayBollingerButton",
         tr("Bollinger bands: the 20-day average ± 2 standard deviations (population)")},
    };
    for (const auto& o : overlays) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(o.objectName));
        button->setText(PriceOverlays::label(o.overlay));
        button->setToolTip(o.tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        const PriceOverlay overlay = o.overlay;
        connect(button, &QToolButton::toggled, this, [this, overlay](bool on) {
            setOverlayVisible(overlay, on);
        });
        m_overlayButtons[static_cast<size_t>(o.overlay)] = button;
        studies->addWidget(button);
    }

    m_paneCombo = new QComboBox(this);
    m_paneCombo->setObjectName(QStringLiteral("indicatorPaneComboBox"));
    m_paneCombo->setToolTip(tr("Indicator pane under the volume"));
    m_paneCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < kIndicatorPaneCount; ++i) {
        const auto pane = static_cast<IndicatorPane>(i);
        m_paneCombo->addItem(IndicatorPaneSeries::label(pane), indicatorPaneKey(pane));
    }
    connect(m_paneCombo, &QComboBox::activated, this, [this](int index) {
        setIndicatorPane(static_cast<IndicatorPane>(index));
    });
    studies->addSpacing(8);
    auto* paneLabel = new QLabel(tr("Pane:"), this);
    paneLabel->setBuddy(m_paneCombo);
    studies->addWidget(paneLabel);
    studies->addWidget(m_paneCombo);
    studies->addStretch(1);

    m_presetGroup = new QButtonGroup(this);
    m_presetGroup->setExclusive(true);
    const struct
    {
        RangePreset preset;
        const char* objectName;
        QString text;
        QString tip;
    } presets[] = {
        {RangePreset::OneMonth, "range1MButton", tr("1M"), tr("Last month")},
        {RangePreset::ThreeMonths, "range3MButton", tr("3M"), tr("Last three months")},
        {RangePreset::SixMonths, "range6MButton", tr("6M"), tr("Last six months")},
        {RangePreset::OneYear, "range1YButton", tr("1Y"), tr("Last year")},
        {RangePreset::All, "rangeAllButton", tr("All"), tr("Every stored bar")},
    };
    for (const auto& p : presets) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(p.objectName));
        button->setText(p.text);
        button->setToolTip(p.tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_presetGroup->addButton(button, static_cast<int>(p.preset));
        header->addWidget(button);
    }
    connect(m_presetGroup, &QButtonGroup::idClicked, this, [this](int id) {
        setRangePreset(static_cast<RangePreset>(id));
    });
    auto* rows = static_cast<QVBoxLayout*>(layout());
    rows->addLayout(header);
    rows->addLayout(studies);
}

CandleChartView::~CandleChartView() = default;

void CandleChartView::buildCharts()
{
    auto makeChart = [] {
        auto* chart = new QChart;
        chart->legend()->hide();
        chart->setMargins(QMargins(0, 0, 0, 0));
        chart->setBackgroundRoundness(0);
        chart->setAnimationOptions(QChart::NoAnimation);
        return chart;
    };

    // Price pane: candles on a hidden value axis (the index), dates drawn by a category axis carried
    // by an empty line series with the same range (Qt Charts places candles only on value axes).
    m_priceChart = makeChart();
    m_overlays = std::make_unique<PriceOverlays>(m_priceChart); // the band's fill goes under the candles
    m_candles = new QCandlestickSeries;
    m_candles->setName(tr("Price"));
    m_priceDateCarrier = new QLineSeries;
    m_priceChart->addSeries(m_candles);
    m_priceChart->addSeries(m_priceDateCarrier);
    m_priceX = new QValueAxis;
    m_priceDates = new QCategoryAxis;
    m_priceY = new QCategoryAxis;
    m_priceChart->addAxis(m_priceX, Qt::AlignBottom);
    m_priceChart->addAxis(m_priceDates, Qt::AlignBottom);
    m_priceChart->addAxis(m_priceY, Qt::AlignRight);
    m_candles->attachAxis(m_priceX);
    m_candles->attachAxis(m_priceY);
    m_priceDateCarrier->attachAxis(m_priceDates);
    m_priceDateCarrier->attachAxis(m_priceY);
    m_overlays->attach(m_priceX, m_priceY);

    m_volumeChart = makeChart();
    m_volume = new QCandlestickSeries;
    m_volume->setName(tr("Volume"));
    m_volumeDateCarrier = new QLineSeries;
    m_volumeChart->addSeries(m_volume);
    m_volumeChart->addSeries(m_volumeDateCarrier);
    m_volumeX = new QValueAxis;
    m_volumeDates = new QCategoryAxis;
    m_volumeY = new QCategoryAxis;
    m_volumeChart->addAxis(m_volumeX, Qt::AlignBottom);
    m_volumeChart->addAxis(m_volumeDates, Qt::AlignBottom);
    m_volumeChart->addAxis(m_volumeY, Qt::AlignRight);
    m_volume->attachAxis(m_volumeX);
    m_volume->attachAxis(m_volumeY);
    m_volumeDateCarrier->attachAxis(m_volumeDates);
    m_volumeDateCarrier->attachAxis(m_volumeY);

    // Indicator pane: the same index x axis and carried date axis as the volume pane.
    m_indicatorChart = makeChart();
    m_indicatorDateCarrier = new QLineSeries;
    m_indicatorChart->addSeries(m_indicatorDateCarrier);
    m_indicatorX = new QValueAxis;
    m_indicatorDates = new QCategoryAxis;
    m_indicatorY = new QCategoryAxis;
    m_indicatorChart->addAxis(m_indicatorX, Qt::AlignBottom);
    m_indicatorChart->addAxis(m_indicatorDates, Qt::AlignBottom);
    m_indicatorChart->addAxis(m_indicatorY, Qt::AlignRight);
    m_indicatorDateCarrier->attachAxis(m_indicatorDates);
    m_indicatorDateCarrier->attachAxis(m_indicatorY);
    m_paneSeries = std::make_unique<IndicatorPaneSeries>(m_indicatorChart, m_indicatorX, m_indicatorY);

    m_pricePane = new ChartPane(this, m_priceChart, ChartPane::Kind::Price);
    m_pricePane->setObjectName(QStringLiteral("priceChartView"));
    m_volumePane = new ChartPane(this, m_volumeChart, ChartPane::Kind::Volume);
    m_volumePane->setObjectName(QStringLiteral("volumeChartView"));
    m_indicatorPane = new ChartPane(this, m_indicatorChart, ChartPane::Kind::Indicator);
    m_indicatorPane->setObjectName(QStringLiteral("indicatorChartView"));
    m_indicatorPane->setVisible(false);
    m_splitter->addWidget(m_pricePane);
    m_splitter->addWidget(m_volumePane);
    m_splitter->addWidget(m_indicatorPane);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2); // an oscillator needs more height than the volume bars to be read

    applyTheme();
}

void CandleChartView::applyTheme()
{
    // Light or dark from the palette, so the chart follows the system theme like the rest of the window.
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 22);
    const QColor axisLine = dark ? QColor(255, 255, 255, 70) : QColor(0, 0, 0, 60);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);

    for (QChart* chart : {m_priceChart, m_volumeChart, m_indicatorChart}) {
        // setTheme() restyles series and axes, so everything below is applied after it.
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundVisible(false);
    }
    for (ChartPane* pane : {m_pricePane, m_volumePane, m_indicatorPane}) {
        pane->setBackgroundBrush(pal.color(QPalette::Base));
    }
    for (QCategoryAxis* axis :
         {m_priceY, m_volumeY, m_indicatorY, m_priceDates, m_volumeDates, m_indicatorDates}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setLabelsFont(axisFont);
        axis->setLabelsColor(text);
        axis->setGridLinePen(cosmeticPen(grid));
        axis->setLinePen(cosmeticPen(axisLine));
        axis->setMinorGridLineVisible(false);
        axis->setShadesVisible(false);
    }
    // Only the bottom pane's date axis shows labels (layoutPanes); the others keep their vertical grid lines.
    m_priceDates->setLabelsVisible(false);
    m_priceDates->setLineVisible(false);
    for (QValueAxis* x : {m_priceX, m_volumeX, m_indicatorX}) {
        x->setVisible(false);
    }
    m_overlays->applyTheme(dark);
    m_paneSeries->applyTheme(dark);
    for (int i = 0; i < kPriceOverlayCount; ++i) {
        QAbstractButton* button = m_overlayButtons[static_cast<size_t>(i)];
        QPalette buttonPalette = pal;
        buttonPalette.setColor(QPalette::ButtonText,
                               PriceOverlays::color(static_cast<PriceOverlay>(i), dark));
        button->setPalette(buttonPalette);
    }

    const struct
    {
        QCandlestickSeries* series;
        int alpha;
    } series[] = {{m_candles, 255}, {m_volume, 150}};
    for (const auto& [candles, alpha] : series) {
        QColor up = MarketColors::up();
        QColor down = MarketColors::down();
        up.setAlpha(alpha);
        down.setAlpha(alpha);
        candles->setIncreasingColor(up);
        candles->setDecreasingColor(down);
        candles->setBodyWidth(BodyWidth);
        candles->setMinimumColumnWidth(1.0);
        candles->setMaximumColumnWidth(40.0);
        candles->setCapsVisible(false);
        candles->setBodyOutlineVisible(true);
    }

    const QColor crosshair = dark ? QColor(200, 200, 200, 160) : QColor(90, 90, 90, 160);
    const QColor tagBackground = dark ? QColor(220, 220, 220) : QColor(60, 60, 60);
    const QColor tagText = dark ? QColor(20, 20, 20) : QColor(255, 255, 255);
    m_pricePane->setOverlayStyle(axisFont, text, crosshair, tagBackground, tagText);
    m_volumePane->setOverlayStyle(axisFont, text, crosshair, tagBackground, tagText);
    m_indicatorPane->setOverlayStyle(axisFont, text, crosshair, tagBackground, tagText);
    layoutPanes();
    if (!m_bars.isEmpty()) {
        scheduleRangeUpdate();
    }
}

void CandleChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (m_priceChart && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)) {
        applyTheme();
    }
}

void CandleChartView::setBars(const QString& ticker,
                              const QString& name,
                              const BarSeries& adjusted,
                              const Features::IndicatorFrame& indicators)
{
    m_ticker = ticker;
    m_name = name;
    m_bars = adjusted;
    m_hoverIndex = -1;
    m_hoverPane = nullptr;
    // Rows must be the bars: a frame of other bars would draw every study at the wrong dates.
    m_indicators = indicators.size() == adjusted.size() && indicators.days() == adjusted.days()
                       ? indicators
                       : Features::IndicatorFrame();
    m_overlays->setFrame(m_indicators);
    m_paneSeries->show(m_indicatorPaneKind, m_indicators);

    // Replace every point in one go (STYLE.md §10): clear() deletes the old sets, append(list) adds all.
    m_candles->clear();
    m_volume->clear();

    if (m_bars.isEmpty()) {
        showMessage(
            tr("No bars stored for %1.\nImport a CSV folder or load data from the File menu.").arg(ticker),
            ticker);
        emit barsShown(ticker);
        return;
    }

    const qsizetype n = m_bars.size();
    double maxVolume = 0.0;
    double maxPrice = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = m_bars.volume()[static_cast<size_t>(i)];
        const double h = m_bars.high()[static_cast<size_t>(i)];
        if (!isMissing(v)) {
            maxVolume = std::max(maxVolume, v);
        }
        if (!isMissing(h)) {
            maxPrice = std::max(maxPrice, h);
        }
    }
    // One unit per symbol, chosen from its largest volume, keeps the volume axis labels short.
    if (maxVolume >= 1e9) {
        m_volumeScale = 1e9;
        m_volumeUnit = tr("B");
    } else if (maxVolume >= 1e6) {
        m_volumeScale = 1e6;
        m_volumeUnit = tr("M");
    } else if (maxVolume >= 1e3) {
        m_volumeScale = 1e3;
        m_volumeUnit = tr("K");
    } else {
        m_volumeScale = 1.0;
        m_volumeUnit.clear();
    }
    m_priceDecimals = maxPrice > 0.0 && maxPrice < 1.0 ? 4 : 2;

    QList<QCandlestickSet*> candles;
    QList<QCandlestickSet*> volumes;
    candles.reserve(n);
    volumes.reserve(n);
    const QColor up = MarketColors::up();
    const QColor down = MarketColors::down();
    for (qsizetype i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        const double c = m_bars.close()[k];
        if (isMissing(c)) {
            continue; // the slot stays empty; the index keeps the other bars in place
        }
        const double o = isMissing(m_bars.open()[k]) ? c : m_bars.open()[k];
        const double h = isMissing(m_bars.high()[k]) ? std::max(o, c) : m_bars.high()[k];
        const double l = isMissing(m_bars.low()[k]) ? std::min(o, c) : m_bars.low()[k];
        const bool rising = isRising(o, c);
        const QColor color = rising ? up : down;
        const double x = static_cast<double>(i);

        auto* candle = new QCandlestickSet(o, h, l, c, x);
        candle->setPen(cosmeticPen(color)); // wick and outline in the body colour
        candle->setBrush(QBrush(color));
        candles << candle;

        const double v = isMissing(m_bars.volume()[k]) ? 0.0 : m_bars.volume()[k] / m_volumeScale;
        // A volume bar is a candle from 0 to v; its direction copies the price candle so Qt colours it alike.
        auto* volume =
            rising ? new QCandlestickSet(0.0, v, 0.0, v, x) : new QCandlestickSet(v, v, 0.0, 0.0, x);
        QColor volumeColor = color;
        volumeColor.setAlpha(150);
        volume->setPen(cosmeticPen(volumeColor));
        volume->setBrush(QBrush(volumeColor));
        volumes << volume;
    }
    m_candles->append(candles);
    m_volume->append(volumes);

    const QString displayName = name.isEmpty() ? QString() : QStringLiteral(" — ") + name.toHtmlEscaped();
    const QString barText = n == 1 ? tr("1 bar") : tr("%1 bars").arg(QLocale().toString(n));
    m_titleLabel->setText(tr("<b>%1</b>%2 &nbsp;<span style=\"color:gray\">Daily, adjusted · %3</span>")
                              .arg(ticker.toHtmlEscaped(), displayName, barText));
    m_titleLabel->setToolTip(tr("Daily bars from %1 to %2. Prices are adjusted for splits and dividends, so "
                                "they can differ from the quotes printed at the time.")
                                 .arg(QLocale().toString(m_bars.firstDate(), QLocale::ShortFormat),
                                      QLocale().toString(m_bars.lastDate(), QLocale::ShortFormat)));
    m_stack->setCurrentWidget(m_splitter);
    layoutPanes();

    const RangePreset preset = m_preset == RangePreset::Custom ? m_lastNamedPreset : m_preset;
    m_preset = preset;
    const int first = firstIndexOfPreset(preset);
    m_from = first - 0.5;
    m_to = static_cast<double>(n) - 0.5;
    selectPresetButton();
    updateAxes();
    emit barsShown(ticker);
}

void CandleChartView::showMessage(const QString& message, const QString& ticker)
{
    // A message replaces the chart entirely: nothing stale stays behind it.
    m_ticker = ticker;
    m_bars = BarSeries(ticker);
    m_hoverIndex = -1;
    m_hoverPane = nullptr;
    m_candles->clear();
    m_volume->clear();
    m_indicators = Features::IndicatorFrame();
    m_overlays->setFrame(m_indicators);
    m_paneSeries->show(m_indicatorPaneKind, m_indicators);
    if (ticker.isEmpty()) {
        m_titleLabel->clear();
    } else {
        m_titleLabel->setText(QStringLiteral("<b>%1</b>").arg(ticker.toHtmlEscaped()));
    }
    m_titleLabel->setToolTip(QString());
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messageLabel);
}

void CandleChartView::setOverlayVisible(PriceOverlay overlay, bool on)
{
    QAbstractButton* button = m_overlayButtons[static_cast<size_t>(overlay)];
    if (button->isChecked() != on) {
        const QSignalBlocker blocker(button);
        button->setChecked(on);
    }
    if (m_overlays->isEnabled(overlay) == on) {
        return;
    }
    m_overlays->setEnabled(overlay, on);
    saveStudySettings();
    layoutPanes(); // the legend needs a second line while any overlay is on
    if (!m_bars.isEmpty()) {
        scheduleRangeUpdate(); // the y range includes the overlays' values
    }
}

bool CandleChartView::isOverlayVisible(PriceOverlay overlay) const
{
    return m_overlays->isEnabled(overlay);
}

QList<QLineSeries*> CandleChartView::overlaySeries(PriceOverlay overlay) const
{
    return m_overlays->series(overlay);
}

void CandleChartView::setIndicatorPane(IndicatorPane pane)
{
    if (m_paneCombo->currentIndex() != static_cast<int>(pane)) {
        const QSignalBlocker blocker(m_paneCombo);
        m_paneCombo->setCurrentIndex(static_cast<int>(pane));
    }
    if (pane == m_indicatorPaneKind) {
        return;
    }
    const bool wasShown = m_indicatorPaneKind != IndicatorPane::None;
    m_indicatorPaneKind = pane;
    m_paneSeries->show(pane, m_indicators);
    const bool shown = pane != IndicatorPane::None;
    m_indicatorPane->setVisible(shown);
    if (shown && !wasShown) {
        // A pane that appears takes its share from the price pane, not a sliver or half the chart.
        const QList<int> sizes = m_splitter->sizes();
        const int total = std::max(300, sizes.value(0) + sizes.value(1) + sizes.value(2));
        const int volume = std::max(70, total * 16 / 100);
        const int indicator = std::max(100, total * 24 / 100);
        m_splitter->setSizes({total - volume - indicator, volume, indicator});
    }
    if (m_hoverPane == m_indicatorPane) {
        m_hoverPane = nullptr;
    }
    saveStudySettings();
    layoutPanes();
    if (!m_bars.isEmpty()) {
        scheduleRangeUpdate();
    }
    emit indicatorPaneChanged(pane);
}

void CandleChartView::loadStudySettings()
{
    const QStringList overlays = Settings::chartOverlays();
    for (const QString& key : overlays) {
        if (const auto overlay = overlayFromKey(key)) {
            QAbstractButton* button = m_overlayButtons[static_cast<size_t>(*overlay)];
            const QSignalBlocker blocker(button);
            button->setChecked(true);
            m_overlays->setEnabled(*overlay, true);
        }
    }
    const IndicatorPane pane = indicatorPaneFromKey(Settings::chartIndicatorPane());
    m_indicatorPaneKind = pane;
    {
        const QSignalBlocker blocker(m_paneCombo);
        m_paneCombo->setCurrentIndex(static_cast<int>(pane));
    }
    m_indicatorPane->setVisible(pane != IndicatorPane::None);
    layoutPanes();
}

void CandleChartView::saveStudySettings() const
{
    QStringList overlays;
    for (int i = 0; i < kPriceOverlayCount; ++i) {
        const auto overlay = static_cast<PriceOverlay>(i);
        if (m_overlays->isEnabled(overlay)) {
            overlays << overlayKey(overlay);
        }
    }
    Settings::setChartOverlays(overlays);
    Settings::setChartIndicatorPane(indicatorPaneKey(m_indicatorPaneKind));
}

int CandleChartView::visibleCandleCount() const
{
    const qsizetype n = m_bars.size();
    if (n == 0) {
        return 0;
    }
    const qsizetype first = std::max<qsizetype>(0, static_cast<qsizetype>(std::ceil(m_from)));
    const qsizetype last = std::min<qsizetype>(n - 1, static_cast<qsizetype>(std::floor(m_to)));
    return last >= first ? static_cast<int>(last - first + 1) : 0;
}

int CandleChartView::firstIndexOfPreset(RangePreset preset) const
{
    return firstIndexOf(m_bars, preset);
}

int CandleChartView::presetBarCount(const BarSeries& bars, RangePreset preset)
{
    return static_cast<int>(bars.size()) - firstIndexOf(bars, preset);
}

void CandleChartView::setRangePreset(RangePreset preset)
{
    if (preset == RangePreset::Custom) {
        return;
    }
    m_preset = preset;
    m_lastNamedPreset = preset;
    selectPresetButton();
    if (!m_bars.isEmpty()) {
        m_from = firstIndexOfPreset(preset) - 0.5;
        m_to = static_cast<double>(m_bars.size()) - 0.5;
        scheduleRangeUpdate();
    }
    emit rangePresetChanged(preset);
}

double CandleChartView::clampSpan(double span) const
{
    const double n = static_cast<double>(m_bars.size());
    const double minSpan = std::min(MinVisibleBars, n);
    return std::clamp(span, minSpan, std::max(minSpan, n));
}

void CandleChartView::setVisibleRange(double from, double to)
{
    const double n = static_cast<double>(m_bars.size());
    if (n == 0 || !std::isfinite(from) || !std::isfinite(to)) {
        return;
    }
    const double span = clampSpan(to - from);
    from = std::clamp(from, -0.5, n - 0.5 - span);
    m_from = from;
    m_to = from + span;
    if (m_preset != RangePreset::Custom) {
        m_preset = RangePreset::Custom;
        selectPresetButton();
        emit rangePresetChanged(m_preset);
    }
    scheduleRangeUpdate();
}

void CandleChartView::zoomAround(double anchorIndex, double factor)
{
    const double span = m_to - m_from;
    if (span <= 0.0 || factor <= 0.0) {
        return;
    }
    const double newSpan = clampSpan(span * factor);
    const double fraction = (anchorIndex - m_from) / span;
    const double from = anchorIndex - fraction * newSpan;
    setVisibleRange(from, from + newSpan);
}

void CandleChartView::panBy(double bars)
{
    setVisibleRange(m_from + bars, m_to + bars);
}

void CandleChartView::selectPresetButton()
{
    // An exclusive group cannot show "none checked"; a custom range unchecks every preset.
    m_presetGroup->setExclusive(false);
    for (QAbstractButton* button : m_presetGroup->buttons()) {
        button->setChecked(m_presetGroup->id(button) == static_cast<int>(m_preset));
    }
    m_presetGroup->setExclusive(true);
}

void CandleChartView::scheduleRangeUpdate()
{
    // Wheel and drag events arrive faster than a redraw is useful: fold them into one update per
    // event-loop pass.
    if (m_rangeUpdatePending) {
        return;
    }
    m_rangeUpdatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_rangeUpdatePending = false;
        updateAxes();
    });
}

void CandleChartView::layoutPanes()
{
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    const QFontMetrics fm(axisFont);
    double maxPrice = 0.0;
    for (double h : m_bars.high()) {
        if (!isMissing(h)) {
            maxPrice = std::max(maxPrice, h);
        }
    }
    // Room for the widest price label (with one more digit of slack) and a volume label such as "888.8M".
    const QString priceSample = QLocale::c().toString(std::max(maxPrice, 100.0) * 10.0, 'f', m_priceDecimals);
    const QString volumeSample = QStringLiteral("888.8") + m_volumeUnit;
    const int labelWidth = std::max(fm.horizontalAdvance(priceSample), fm.horizontalAdvance(volumeSample));
    const double right = labelWidth + 14.0;
    const double left = 6.0;
    const double legendHeight = fm.height() + 10.0;
    // The overlays' values get their own legend line, so the OHLC line never wraps into the candles.
    const double priceLegend = m_overlays->anyEnabled() ? legendHeight + fm.lineSpacing() : legendHeight;
    const double dateRoom = fm.height() + 12.0;
    // Dates go under the bottom pane only: the indicator pane when there is one, else the volume pane.
    const bool paneShown = m_indicatorPaneKind != IndicatorPane::None;
    m_pricePane->setPlotMargins(QMarginsF(left, priceLegend, right, 4.0));
    m_volumePane->setPlotMargins(QMarginsF(left, 6.0, right, paneShown ? 4.0 : dateRoom));
    m_indicatorPane->setPlotMargins(QMarginsF(left, legendHeight, right, dateRoom));
    m_volumeDates->setLabelsVisible(!paneShown);
    m_indicatorDates->setLabelsVisible(paneShown);
    m_volumePane->setShowsDates(!paneShown);
    m_indicatorPane->setShowsDates(paneShown);
}

void CandleChartView::updateAxes()
{
    const qsizetype n = m_bars.size();
    if (n == 0) {
        return;
    }
    const qsizetype first = std::max<qsizetype>(0, static_cast<qsizetype>(std::ceil(m_from)));
    const qsizetype last = std::min<qsizetype>(n - 1, static_cast<qsizetype>(std::floor(m_to)));

    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    double maxVolume = 0.0;
    for (qsizetype i = first; i <= last; ++i) {
        const size_t k = static_cast<size_t>(i);
        const double c = m_bars.close()[k];
        if (isMissing(c)) {
            continue;
        }
        lo = std::min({lo, c, isMissing(m_bars.low()[k]) ? c : m_bars.low()[k]});
        hi = std::max({hi, c, isMissing(m_bars.high()[k]) ? c : m_bars.high()[k]});
        if (!isMissing(m_bars.volume()[k])) {
            maxVolume = std::max(maxVolume, m_bars.volume()[k] / m_volumeScale);
        }
    }
    m_overlays->extendRange(first, last, lo, hi);
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0.0;
        hi = 1.0;
    }
    double range = hi - lo;
    if (range <= 0.0) {
        range = std::max(std::abs(hi) * 0.02, 0.01); // a flat line still gets a readable scale
    }
    const double yLo = lo - range * PriceMargin;
    const double yHi = hi + range * PriceMargin;

    for (QValueAxis* x : {m_priceX, m_volumeX, m_indicatorX}) {
        x->setRange(m_from, m_to);
    }
    const QRectF pricePlot = m_pricePane->plotRect();
    const double priceStep =
        niceStep((yHi - yLo) / std::max(2.0, std::floor(pricePlot.height() / PriceTickSpacing)));
    setValueTicks(m_priceY, yLo, yHi, priceStep, QString());

    updateVolumeAxis(maxVolume);
    updateDateAxis(m_priceDates, pricePlot);
    updateDateAxis(m_volumeDates, m_volumePane->plotRect());
    if (m_indicatorPaneKind != IndicatorPane::None) {
        updateIndicatorAxis();
        updateDateAxis(m_indicatorDates, m_indicatorPane->plotRect());
    }
    updateOverlay();
}

void CandleChartView::updateIndicatorAxis()
{
    const QStringList old = m_indicatorY->categoriesLabels();
    for (const QString& label : old) {
        m_indicatorY->remove(label);
    }
    if (const auto fixed = IndicatorPaneSeries::fixedRange(m_indicatorPaneKind)) {
        // A bounded oscillator keeps its whole scale, labelled at its guide levels only: a short pane
        // has no room for more, and 30/70 (20/80) are the levels a trader reads it by.
        m_indicatorY->setStartValue(fixed->first);
        for (double level : IndicatorPaneSeries::guideLevels(m_indicatorPaneKind)) {
            m_indicatorY->append(QLocale().toString(level, 'f', 0), level);
        }
        m_indicatorY->setRange(fixed->first, fixed->second);
        return;
    }
    const qsizetype first = std::max<qsizetype>(0, static_cast<qsizetype>(std::ceil(m_from)));
    const qsizetype last = std::min<qsizetype>(m_bars.size() - 1, static_cast<qsizetype>(std::floor(m_to)));
    auto [lo, hi] = m_paneSeries->valueRange(first, last).value_or(std::make_pair(0.0, 1.0));
    double range = hi - lo;
    if (range <= 0.0) {
        range = std::max(std::abs(hi) * 0.02, 0.01);
    }
    lo -= range * PriceMargin;
    hi += range * PriceMargin;
    const double height = m_indicatorPane->plotRect().height();
    setValueTicks(m_indicatorY,
                  lo,
                  hi,
                  niceStep((hi - lo) / std::max(2.0, std::floor(height / VolumeTickSpacing))),
                  QString());
}

void CandleChartView::updateVolumeAxis(double maxVolume)
{
    const double top = maxVolume > 0.0 ? maxVolume * 1.08 : 1.0;
    const double height = m_volumePane->plotRect().height();
    const double step = niceStep(top / std::max(1.0, std::floor(height / VolumeTickSpacing)));
    setValueTicks(m_volumeY, 0.0, top, step, m_volumeUnit);
}

void CandleChartView::setValueTicks(
    QCategoryAxis* axis, double lo, double hi, double step, const QString& suffix)
{
    // Labels at the multiples of step inside (lo, hi], formatted with the locale (group separators);
    // a "0" volume label says nothing, so ticks start above lo.
    const QStringList old = axis->categoriesLabels();
    for (const QString& label : old) {
        axis->remove(label);
    }
    axis->setStartValue(lo);
    const int decimals = decimalsFor(step);
    const QLocale locale;
    for (double k = std::floor(lo / step) + 1.0; k * step <= hi; k += 1.0) {
        const double v = k * step;
        if (v > lo) {
            axis->append(locale.toString(v, 'f', decimals) + suffix, v);
        }
    }
    axis->setRange(lo, hi);
}

void CandleChartView::updateDateAxis(QCategoryAxis* axis, const QRectF& plot)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString& label : old) {
        axis->remove(label);
    }
    axis->setStartValue(m_from);
    const qsizetype first = std::max<qsizetype>(0, static_cast<qsizetype>(std::ceil(m_from)));
    const qsizetype last = std::min<qsizetype>(m_bars.size() - 1, static_cast<qsizetype>(std::floor(m_to)));
    const int maxTicks = std::max(2, static_cast<int>(plot.width() / DateLabelSpacing));
    const double span = m_to - m_from;
    QSet<QString> used;
    double previous = m_from;
    for (const DateTick& tick : dateTicks(m_bars.days(), first, last, maxTicks)) {
        const double x = static_cast<double>(tick.index);
        const double pixel = (x - m_from) / span * plot.width();
        // A label centred closer than this to the left edge would be cut off.
        if (pixel < 18.0 || x <= previous) {
            continue;
        }
        // QCategoryAxis keys categories by label; "Jan" of two years must stay distinct, so an
        // invisible zero-width space tells repeats apart.
        QString label = tick.label;
        while (used.contains(label)) {
            label += QChar(0x200B);
        }
        used.insert(label);
        axis->append(label, x);
        previous = x;
    }
    axis->setRange(m_from, m_to);
}

void CandleChartView::setHover(int index, ChartPane* pane, double paneY)
{
    m_hoverIndex = index;
    m_hoverPane = pane;
    m_hoverY = paneY;
    updateOverlay();
}

void CandleChartView::clearHover()
{
    if (m_hoverIndex < 0 && !m_hoverPane) {
        return;
    }
    m_hoverIndex = -1;
    m_hoverPane = nullptr;
    updateOverlay();
}

void CandleChartView::updateOverlay()
{
    const bool hovering = m_hoverIndex >= 0 && m_hoverIndex < m_bars.size();
    for (ChartPane* pane : {m_pricePane, m_volumePane, m_indicatorPane}) {
        const double x = hovering ? pane->xOf(m_hoverIndex) : -1.0;
        QString valueText;
        if (hovering && pane == m_hoverPane) {
            const QRectF plot = pane->plotRect();
            const double fraction = (plot.bottom() - m_hoverY) / std::max(1.0, plot.height());
            switch (pane->kind()) {
            case ChartPane::Kind::Price:
                valueText = formatPrice(m_priceY->min() + fraction * (m_priceY->max() - m_priceY->min()));
                break;
            case ChartPane::Kind::Volume:
                valueText = formatVolume(fraction * m_volumeY->max() * m_volumeScale);
                break;
            case ChartPane::Kind::Indicator:
                valueText = m_paneSeries->formatValue(
                    m_indicatorY->min() + fraction * (m_indicatorY->max() - m_indicatorY->min()));
                break;
            }
        }
        const QString dateText =
            hovering ? QLocale().toString(m_bars.date(m_hoverIndex), QStringLiteral("ddd d MMM yyyy"))
                     : QString();
        pane->setCrosshair(x, m_hoverY, valueText, dateText);
    }
    const qsizetype last = m_bars.size() - 1;
    if (last >= 0 && !isMissing(m_bars.close()[static_cast<size_t>(last)])
        && m_priceY->max() > m_priceY->min()) {
        const size_t k = static_cast<size_t>(last);
        const QRectF plot = m_pricePane->plotRect();
        const double close = m_bars.close()[k];
        const double y =
            plot.bottom() - (close - m_priceY->min()) / (m_priceY->max() - m_priceY->min()) * plot.height();
        m_pricePane->setLastPrice(y,
                                  formatPrice(close),
                                  isRising(m_bars.open()[k], close) ? MarketColors::up()
                                                                    : MarketColors::down());
    } else {
        m_pricePane->setLastPrice(-1.0, QString(), QColor());
    }
    updateLegend();
}

void CandleChartView::updateLegend()
{
    QGraphicsTextItem* legend = m_pricePane->legend();
    const qsizetype n = m_bars.size();
    if (n == 0) {
        legend->setHtml(QString());
        m_indicatorPane->legend()->setHtml(QString());
        return;
    }
    // The hovered bar, else the last visible one (what a trader looks at first).
    qsizetype i = m_hoverIndex;
    if (i < 0 || i >= n) {
        i = std::clamp<qsizetype>(static_cast<qsizetype>(std::floor(m_to)), 0, n - 1);
    }
    const size_t k = static_cast<size_t>(i);
    const double o = m_bars.open()[k];
    const double h = m_bars.high()[k];
    const double l = m_bars.low()[k];
    const double c = m_bars.close()[k];
    const double v = m_bars.volume()[k];
    const QString barColor = (isRising(o, c) ? MarketColors::up() : MarketColors::down()).name();
    auto value = [&](const QString& caption, const QString& text, const QString& color) {
        return QStringLiteral("%1&nbsp;<span style=\"color:%2\">%3</span>&nbsp;&nbsp; ")
            .arg(caption, color, text.toHtmlEscaped());
    };
    QString html =
        QStringLiteral("<span style=\"color:gray\">%1</span>&nbsp;&nbsp; ")
            .arg(QLocale().toString(m_bars.date(i), QStringLiteral("ddd d MMM yyyy")).toHtmlEscaped());
    html += value(tr("O"), formatPrice(o), barColor);
    html += value(tr("H"), formatPrice(h), barColor);
    html += value(tr("L"), formatPrice(l), barColor);
    html += value(tr("C"), formatPrice(c), barColor);
    if (i > 0 && !isMissing(m_bars.close()[k - 1]) && m_bars.close()[k - 1] != 0.0 && !isMissing(c)) {
        const double change = (c / m_bars.close()[k - 1] - 1.0) * 100.0;
        const QString sign = change > 0 ? QStringLiteral("+") : QString();
        html += QStringLiteral("<span style=\"color:%1\">%2%3%</span>&nbsp;&nbsp; ")
                    .arg((change >= 0 ? MarketColors::up() : MarketColors::down()).name(),
                         sign,
                         QLocale().toString(change, 'f', 2));
    }
    html += value(tr("V"), formatVolume(v), barColor);
    if (m_overlays->anyEnabled()) {
        html += QStringLiteral("<br>")
                + m_overlays->legendHtml(i, [this](double price) { return formatPrice(price); });
    }
    legend->setHtml(html);
    legend->setPos(m_pricePane->plotRect().left(), 1.0);

    QGraphicsTextItem* paneLegend = m_indicatorPane->legend();
    paneLegend->setHtml(m_paneSeries->legendHtml(i));
    paneLegend->setPos(m_indicatorPane->plotRect().left(), 1.0);
}

QString CandleChartView::formatPrice(double value) const
{
    return isMissing(value) ? QStringLiteral("—") : QLocale().toString(value, 'f', m_priceDecimals);
}

QString CandleChartView::formatVolume(double value) const
{
    if (isMissing(value)) {
        return QStringLiteral("—");
    }
    const QLocale locale;
    const double a = std::abs(value);
    if (a >= 1e9) {
        return locale.toString(value / 1e9, 'f', 2) + tr("B");
    }
    if (a >= 1e6) {
        return locale.toString(value / 1e6, 'f', 2) + tr("M");
    }
    if (a >= 1e3) {
        return locale.toString(value / 1e3, 'f', 1) + tr("K");
    }
    return locale.toString(value, 'f', 0);
}

} // namespace Tessera::Ui
