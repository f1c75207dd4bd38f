#include "ui/charts/CandleChartView.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include "core/market/MarketSession.h"
#include "ui/charts/ChartPane.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/DateTicks.h"
#include "ui/charts/IndicatorPaneSeries.h"
#include "ui/charts/IndicatorsDialog.h"
#include "ui/charts/PlotPainter.h"
#include "ui/charts/PriceOverlays.h"
#include "ui/common/MarketColors.h"
#include "ui/common/UiSettings.h"

namespace Tessera::Ui {
namespace {

constexpr double MinVisibleBars = 5; // zooming in stops here
constexpr double PriceMargin = 0.06; // y padding above the highest and below the lowest visible bar
constexpr int DateLabelSpacing = 95; // pixels per date label, roughly
constexpr int LegendDelayMs = 40;    // a pan or zoom relays the legends out after this pause
constexpr int VolumeAlpha = 150;
// Default pane shares of the splitter's height: the price pane takes the rest.
constexpr double VolumeShare = 0.12;
constexpr double StudyShare = 0.2;
constexpr double MinPriceShare = 0.4;

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
                       : preset == Preset::OneYear     ? 12
                                                       : 60;
    const qint64 cutoff = bars.lastDate().addMonths(-months).toJulianDay();
    const auto& days = bars.days();
    return static_cast<int>(std::upper_bound(days.cbegin(), days.cend(), cutoff) - days.cbegin());
}

/** Compared symbol i's line colour (-1: the relative-strength line): apart from the studies' colours. */
QColor compareColor(int i, bool dark)
{
    static const QColor light[] = {QColor(0x00, 0x83, 0x8f),
                                   QColor(0xad, 0x14, 0x57),
                                   QColor(0x55, 0x8b, 0x2f),
                                   QColor(0x5d, 0x40, 0x37)};
    static const QColor darkColors[] = {QColor(0x4d, 0xd0, 0xe1),
                                        QColor(0xf4, 0x8f, 0xb1),
                                        QColor(0xae, 0xd5, 0x81),
                                        QColor(0xbc, 0xaa, 0xa4)};
    if (i < 0) {
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xbf, 0x36, 0x0c);
    }
    return dark ? darkColors[i % 4] : light[i % 4];
}

/** Decimals that print a tick value exactly (0.5 needs 1, 2.5 needs 1, 1000 needs 0), at most 4. */
int tickDecimals(double value)
{
    return std::min(4, ChartStyle::decimalsFor(std::abs(value)));
}

} // namespace

using ChartStyle::cosmeticPen;
using detail::ChartPane;

struct CandleChartView::Pane
{
    enum Kind
    {
        Price,
        Volume,
        Study,
        Relative ///< relative strength against the benchmark
    };
    Kind kind = Price;
    ChartPane* view = nullptr; ///< owns the chart
    QChart* chart = nullptr;
    QCategoryAxis* dates = nullptr;
    QLineSeries* carrier = nullptr;
    QCategoryAxis* y = nullptr;
    std::unique_ptr<IndicatorPaneSeries> study; ///< Study panes
    double lo = 0.0;                            ///< plotted y range
    double hi = 1.0;
    QString legendHtml;  ///< what the legend shows now
    QList<double> gridY; ///< the y axis' labelled positions (plotted units): horizontal grid lines
    QStringList yLabels; ///< their labels (paintAxisLabels)

    QString key() const
    {
        return kind == Price      ? QStringLiteral("price")
               : kind == Volume   ? QStringLiteral("volume")
               : kind == Relative ? QStringLiteral("relative")
                                  : study->study().spec.key;
    }
};

CandleChartView::CandleChartView(QWidget* parent, bool persistent)
    : QWidget(parent)
    , m_persistent(persistent)
    , m_overlays(std::make_unique<PriceOverlays>())
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
    m_splitter->setObjectName(QStringLiteral("chartPaneSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(4);
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);
    m_splitter->installEventFilter(this); // pane heights are applied once the splitter has its size
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (!m_applyingSizes) {
            savePaneHeights();
        }
    });

    m_legendTimer = new QTimer(this);
    m_legendTimer->setSingleShot(true);
    m_legendTimer->setInterval(LegendDelayMs);
    connect(m_legendTimer, &QTimer::timeout, this, &CandleChartView::updateLegend);
    m_panes.push_back(std::unique_ptr<Pane>(createPane(Pane::Price)));
    m_panes.push_back(std::unique_ptr<Pane>(createPane(Pane::Volume)));
    m_panes[0]->view->setObjectName(QStringLiteral("priceChartView"));
    m_panes[1]->view->setObjectName(QStringLiteral("volumeChartView"));
    applyTheme();
    loadSettings();
    selectPresetButton();
    showMessage(tr("Select a symbol to see its chart."));
}

CandleChartView::~CandleChartView()
{
    // The panes call back into this view (painting, hover): they go before its members do.
    for (auto& pane : m_panes) {
        delete pane->view;
        pane->view = nullptr;
    }
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
        {RangePreset::FiveYears, "range5YButton", tr("5Y"), tr("Last five years")},
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

    // Options get a row of their own: beside the title they would crowd out the symbol's name.
    auto* options = new QHBoxLayout;
    options->setContentsMargins(6, 0, 6, 0);
    options->setSpacing(4);
    auto combo = [this, options](const char* objectName, const QString& tip) {
        auto* box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(objectName));
        box->setToolTip(tip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        options->addWidget(box);
        return box;
    };
    m_timeframeCombo =
        combo("timeframeComboBox",
              tr("Bar period. 60 min shows the stored hourly bars (hourly CSV files, Binance), in the "
                 "market's time zone. Weekly and monthly bars are built from the daily bars; a week's bar "
                 "is dated on its last trading day (Friday, or Thursday when Friday was a holiday)."));
    m_timeframeCombo->addItem(tr("60 min"), timeframeKey(Timeframe::Hourly));
    m_timeframeCombo->addItem(tr("Daily"), timeframeKey(Timeframe::Daily));
    m_timeframeCombo->addItem(tr("Weekly"), timeframeKey(Timeframe::Weekly));
    m_timeframeCombo->addItem(tr("Monthly"), timeframeKey(Timeframe::Monthly));
    connect(m_timeframeCombo, &QComboBox::activated, this, [this](int i) {
        if (const auto t = timeframeFromKey(m_timeframeCombo->itemData(i).toString())) {
            setTimeframe(*t);
        }
    });
    m_typeCombo = combo("chartTypeComboBox", tr("How the bars are drawn"));
    m_typeCombo->addItem(tr("Candles"), chartTypeKey(ChartType::Candles));
    m_typeCombo->addItem(tr("OHLC bars"), chartTypeKey(ChartType::OhlcBars));
    m_typeCombo->addItem(tr("Line"), chartTypeKey(ChartType::Line));
    m_typeCombo->addItem(tr("Area"), chartTypeKey(ChartType::Area));
    m_typeCombo->addItem(tr("Heikin-Ashi"), chartTypeKey(ChartType::HeikinAshi));
    m_typeCombo->setItemData(
        4,
        tr("Heikin-Ashi candles smooth the bars; the legend and the studies still show the "
           "real prices"),
        Qt::ToolTipRole);
    connect(
        m_typeCombo, &QComboBox::activated, this, [this](int i) { setChartType(static_cast<ChartType>(i)); });
    m_scaleCombo = combo("priceScaleComboBox", tr("Price scale"));
    m_scaleCombo->addItem(tr("Linear"), priceScaleKey(PriceScale::Linear));
    m_scaleCombo->addItem(tr("Log"), priceScaleKey(PriceScale::Log));
    m_scaleCombo->addItem(tr("Percent"), priceScaleKey(PriceScale::Percent));
    m_scaleCombo->setItemData(1, tr("Equal heights for equal percentage moves"), Qt::ToolTipRole);
    m_scaleCombo->setItemData(2, tr("Change from the first visible bar's close"), Qt::ToolTipRole);
    connect(m_scaleCombo, &QComboBox::activated, this, [this](int i) {
        setPriceScale(static_cast<PriceScale>(i));
    });
    auto* indicators = new QPushButton(tr("Indicators…"), this);
    indicators->setObjectName(QStringLiteral("indicatorsButton"));
    indicators->setToolTip(tr("Add, remove and edit indicators; save and load templates"));
    connect(indicators, &QPushButton::clicked, this, &CandleChartView::showIndicatorsDialog);
    options->addWidget(indicators);
    auto* compare = new QPushButton(tr("Compare…"), this);
    compare->setObjectName(QStringLiteral("compareButton"));
    compare->setToolTip(tr("Overlay other symbols (in percent from the first visible bar) or add a relative-"
                           "strength pane against a benchmark"));
    connect(compare, &QPushButton::clicked, this, &CandleChartView::showCompareMenu);
    options->addWidget(compare);
    m_compareButton = compare;
    options->addStretch(1);

    auto* rows = static_cast<QVBoxLayout*>(layout());
    rows->addLayout(header);
    rows->addLayout(options);
}

CandleChartView::Pane* CandleChartView::createPane(int kind)
{
    auto* pane = new Pane;
    pane->kind = static_cast<Pane::Kind>(kind);
    pane->chart = new QChart;
    pane->chart->legend()->hide();
    pane->chart->setMargins(QMargins(0, 0, 0, 0));
    pane->chart->setBackgroundRoundness(0);
    pane->chart->setAnimationOptions(QChart::NoAnimation);
    // The data and the grid are painted by the pane's PlotItem; Qt Charts draws the axes and their labels
    // (one drawLines call for the grid beats ~30 QGraphicsLineItems per pane on every frame). The
    // axes ride on an empty carrier series (a category axis needs a series).
    pane->carrier = new QLineSeries;
    pane->chart->addSeries(pane->carrier);
    pane->dates = new QCategoryAxis;
    pane->y = new QCategoryAxis;
    pane->chart->addAxis(pane->dates, Qt::AlignBottom);
    pane->chart->addAxis(pane->y, Qt::AlignRight);
    pane->carrier->attachAxis(pane->dates);
    pane->carrier->attachAxis(pane->y);
    const auto viewKind = kind == Pane::Price    ? ChartPane::Kind::Price
                          : kind == Pane::Volume ? ChartPane::Kind::Volume
                                                 : ChartPane::Kind::Indicator;
    pane->view = new ChartPane(this, pane->chart, viewKind);
    if (kind == Pane::Study) {
        pane->view->setObjectName(QStringLiteral("indicatorChartView"));
    } else if (kind == Pane::Relative) {
        pane->view->setObjectName(QStringLiteral("relativeStrengthChartView"));
    }
    m_splitter->addWidget(pane->view);
    return pane;
}

void CandleChartView::loadSettings()
{
    if (!m_persistent) {
        return;
    }
    if (const auto t = timeframeFromKey(Settings::chartTimeframe())) {
        m_timeframe = *t;
    }
    if (const auto t = chartTypeFromKey(Settings::chartType())) {
        m_chartType = *t;
    }
    if (const auto s = priceScaleFromKey(Settings::chartScale())) {
        m_scale = *s;
    }
    {
        const QSignalBlocker a(m_timeframeCombo);
        const QSignalBlocker b(m_typeCombo);
        const QSignalBlocker c(m_scaleCombo);
        m_typeCombo->setCurrentIndex(static_cast<int>(m_chartType));
        m_scaleCombo->setCurrentIndex(static_cast<int>(m_scale));
    }
    // A bad stored list (hand-edited) leaves the chart without studies rather than failing.
    applyStudies(parseStudyList(Settings::chartStudies()).value_or(QList<ChartStudy>()), false);
    updateTimeframeChoices();
}

void CandleChartView::saveStudies() const
{
    if (m_persistent) {
        Settings::setChartStudies(studyListText(m_studies));
    }
}

bool CandleChartView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void CandleChartView::applyTheme()
{
    // Light or dark from the palette, so the chart follows the system theme like the rest of the window.
    const QPalette pal = palette();
    const bool dark = isDark();
    const QColor text = pal.color(QPalette::Text);
    m_gridColor = dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 22);
    const QColor axisLine = dark ? QColor(255, 255, 255, 70) : QColor(0, 0, 0, 60);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    const QColor crosshair = dark ? QColor(200, 200, 200, 160) : QColor(90, 90, 90, 160);
    const QColor tagBackground = dark ? QColor(220, 220, 220) : QColor(60, 60, 60);
    const QColor tagText = dark ? QColor(20, 20, 20) : QColor(255, 255, 255);

    m_axisFont = axisFont;
    m_axisTextColor = text;
    m_labelTexts.clear();
    for (const auto& pane : m_panes) {
        // setTheme() restyles axes, so everything below is applied after it.
        pane->chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        pane->chart->setBackgroundVisible(false);
        pane->view->setBackgroundBrush(pal.color(QPalette::Base));
        for (QCategoryAxis* axis : {pane->y, pane->dates}) {
            axis->setLabelsVisible(false);   // paintAxisLabels draws them
            axis->setGridLineVisible(false); // PlotItem draws the grid
            axis->setLinePen(cosmeticPen(axisLine));
            axis->setMinorGridLineVisible(false);
            axis->setShadesVisible(false);
        }
        pane->carrier->setPen(Qt::NoPen);
        pane->view->setOverlayStyle(axisFont, text, crosshair, tagBackground, tagText);
    }
    layoutPanes();
    if (!m_bars.isEmpty()) {
        scheduleRangeUpdate();
    }
}

void CandleChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (!m_panes.empty() && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)) {
        applyTheme();
    }
}

bool CandleChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_splitter && m_sizesPending
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        // From the event loop: the splitter lays its children out after this event.
        QTimer::singleShot(0, this, [this] {
            if (m_sizesPending) {
                applyPaneSizes();
            }
        });
    }
    return QWidget::eventFilter(watched, event);
}

void CandleChartView::setBars(const QString& ticker,
                              const QString& name,
                              const BarSeries& stored,
                              const HourlySeries& hourly)
{
    m_ticker = ticker;
    m_name = name;
    m_stored = stored;
    m_hourly = hourly;
    m_zone = sessionOf(marketOfTicker(ticker)).zone;
    m_hoverIndex = -1;
    m_hoverPane = nullptr;
    if (stored.isEmpty() && hourly.isEmpty()) {
        showMessage(
            tr("No bars stored for %1.\nImport a CSV folder or load data from the File menu.").arg(ticker),
            ticker);
        emit barsShown(ticker);
        return;
    }
    rebuildBars();
    m_stack->setCurrentWidget(m_splitter);
    layoutPanes();
    if (isIntraday() != m_presetsIntraday) {
        // Between 60-minute and daily bars each kind comes back at its own last range (1M of hours is
        // ~720 bars, 6M of days ~125).
        m_presetsIntraday = isIntraday();
        m_preset = lastNamedPreset();
    }
    const RangePreset preset = m_preset == RangePreset::Custom ? lastNamedPreset() : m_preset;
    m_preset = preset;
    m_from = firstIndexOfPreset(preset) - 0.5;
    m_to = static_cast<double>(m_bars.size()) - 0.5;
    selectPresetButton();
    computeStudies(true);
    updateAxes();
    emit viewRangeSet(m_from, m_to); // linked charts follow a newly shown symbol's range
    emit barsShown(ticker);
}

Timeframe CandleChartView::shownTimeframe() const
{
    if (m_timeframe == Timeframe::Hourly) {
        return m_hourly.isEmpty() ? Timeframe::Daily : Timeframe::Hourly;
    }
    return m_stored.isEmpty() && !m_hourly.isEmpty() ? Timeframe::Hourly : m_timeframe;
}

void CandleChartView::rebuildBars()
{
    const Timeframe shown = shownTimeframe();
    m_times.clear();
    m_localTimes.clear();
    if (shown == Timeframe::Hourly) {
        // Exchange prices as traded (crypto has no adjustments); one row per stored hour.
        m_adjusted = false;
        m_bars = m_hourly.asIndexSeries();
        m_times = m_hourly.times();
        m_localTimes.resize(m_times.size());
        // The zone's offset changes only at its transitions (daylight saving): asked once per stretch.
        qint64 validUntil = std::numeric_limits<qint64>::min();
        qint64 offset = 0;
        for (size_t k = 0; k < m_times.size(); ++k) {
            const qint64 t = m_times[k];
            if (t >= validUntil) {
                const QDateTime at = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
                offset = m_zone.offsetFromUtc(at);
                const QTimeZone::OffsetData next =
                    m_zone.hasTransitions() ? m_zone.nextTransition(at) : QTimeZone::OffsetData();
                validUntil =
                    next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
            }
            m_localTimes[k] = t + offset;
        }
    } else {
        m_adjusted = hasAdjustedCloses(m_stored);
        m_bars = resample(m_stored.adjusted(), shown);
    }
    m_drawn = m_chartType == ChartType::HeikinAshi ? heikinAshi(m_bars) : m_bars;
    ++m_barsSerial;
    alignCompare();
    m_overlays->clearValues();
    for (size_t i = 2; i < m_panes.size(); ++i) {
        if (m_panes[i]->study) {
            m_panes[i]->study->clearValues();
        }
    }

    const qsizetype n = m_bars.size();
    double maxVolume = 0.0;
    double maxPrice = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        if (!isMissing(m_bars.volume()[k])) {
            maxVolume = std::max(maxVolume, m_bars.volume()[k]);
        }
        if (!isMissing(m_bars.high()[k])) {
            maxPrice = std::max(maxPrice, m_bars.high()[k]);
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
    updateTimeframeChoices();
    m_volumeScaled.assign(static_cast<size_t>(n), 0.0);
    m_rising.assign(static_cast<size_t>(n), false);
    for (size_t k = 0; k < static_cast<size_t>(n); ++k) {
        const double v = m_bars.volume()[k];
        m_volumeScaled[k] = isMissing(v) ? 0.0 : v / m_volumeScale;
        // Volume takes the colour of its (real) price bar.
        m_rising[k] =
            m_bars.close()[k] > (isMissing(m_bars.open()[k]) ? m_bars.close()[k] : m_bars.open()[k]);
    }
    updateTitle();
}

void CandleChartView::updateTitle()
{
    if (m_bars.isEmpty()) {
        return;
    }
    const qsizetype n = m_bars.size();
    const QString displayName = m_name.isEmpty() ? QString() : QStringLiteral(" — ") + m_name.toHtmlEscaped();
    const Timeframe shown = shownTimeframe();
    const QString period = m_timeframeCombo->itemText(timeframeIndex(shown));
    const QString barText = n == 1 ? tr("1 bar") : tr("%1 bars").arg(QLocale().toString(n));
    QString details = m_adjusted                   ? tr("%1, adjusted · %2").arg(period, barText)
                      : shown == Timeframe::Hourly ? tr("%1, %2 · %3").arg(period, zoneName(), barText)
                                                   : tr("%1 · %2").arg(period, barText);
    if (shown != m_timeframe && m_timeframe == Timeframe::Hourly) {
        details += u' ' + tr("(no 60-minute bars stored)");
    }
    m_titleLabel->setText(QStringLiteral("<b>%1</b>%2 &nbsp;<span style=\"color:gray\">%3</span>")
                              .arg(m_ticker.toHtmlEscaped(), displayName, details.toHtmlEscaped()));
    if (shown == Timeframe::Hourly) {
        m_titleLabel->setToolTip(
            tr("%1 bars from %2 to %3 (%4). Times are the bars' opening hours in %5; prices as traded.")
                .arg(period,
                     barLabel(0),
                     barLabel(static_cast<int>(n - 1)),
                     zoneName(),
                     m_zone.id() == QByteArrayLiteral("UTC") ? zoneName() : QString::fromUtf8(m_zone.id())));
        return;
    }
    const QString range = tr("%1 bars from %2 to %3.")
                              .arg(period,
                                   QLocale().toString(m_bars.firstDate(), QLocale::ShortFormat),
                                   QLocale().toString(m_bars.lastDate(), QLocale::ShortFormat));
    m_titleLabel->setToolTip(m_adjusted
                                 ? range + u' '
                                       + tr("Prices are adjusted for splits and dividends, so they can "
                                            "differ from the quotes printed at the time.")
                                 : range + u' '
                                       + tr("The source delivered no adjusted closes: prices are as "
                                            "quoted."));
}

void CandleChartView::showMessage(const QString& message, const QString& ticker)
{
    // A message replaces the chart entirely: nothing stale stays behind it.
    m_ticker = ticker;
    m_stored = BarSeries(ticker);
    m_hourly = HourlySeries(ticker);
    m_times.clear();
    m_localTimes.clear();
    m_bars = m_stored;
    m_drawn = m_stored;
    m_volumeScaled.clear();
    m_rising.clear();
    ++m_barsSerial;
    m_hoverIndex = -1;
    m_hoverPane = nullptr;
    m_overlays->clearValues();
    for (size_t i = 2; i < m_panes.size(); ++i) {
        if (m_panes[i]->study) {
            m_panes[i]->study->clearValues();
        }
    }
    if (ticker.isEmpty()) {
        m_titleLabel->clear();
    } else {
        m_titleLabel->setText(QStringLiteral("<b>%1</b>").arg(ticker.toHtmlEscaped()));
    }
    m_titleLabel->setToolTip(QString());
    m_messageLabel->setText(message);
    m_stack->setCurrentWidget(m_messageLabel);
    updateTimeframeChoices();
}

int CandleChartView::timeframeIndex(Timeframe timeframe) const
{
    return m_timeframeCombo->findData(timeframeKey(timeframe));
}

void CandleChartView::updateTimeframeChoices()
{
    const int hourlyIndex = timeframeIndex(Timeframe::Hourly);
    if (auto* model = qobject_cast<QStandardItemModel*>(m_timeframeCombo->model())) {
        QStandardItem* item = model->item(hourlyIndex);
        item->setEnabled(!m_hourly.isEmpty());
        item->setToolTip(
            !m_hourly.isEmpty()
                ? tr("%1 stored 60-minute bars of %2").arg(QLocale().toString(m_hourly.size()), m_ticker)
            : m_ticker.isEmpty()
                ? tr("60-minute bars are shown for symbols with hourly bars stored")
                : tr("No 60-minute bars stored for %1: load hourly CSV files (fetch --provider csv:DIR) or "
                     "fetch from Binance with --interval 1h")
                      .arg(m_ticker));
    }
    const int shown = timeframeIndex(shownTimeframe());
    if (m_timeframeCombo->currentIndex() != shown) {
        const QSignalBlocker blocker(m_timeframeCombo);
        m_timeframeCombo->setCurrentIndex(shown);
    }
    // Comparisons are aligned on daily bars (their loader reads days): not on the 60-minute chart.
    const bool intraday = shownTimeframe() == Timeframe::Hourly;
    m_compareButton->setEnabled(!intraday);
    m_compareButton->setToolTip(
        intraday ? tr("Comparisons and relative strength use daily bars: choose Daily, Weekly or Monthly")
                 : tr("Overlay other symbols (in percent from the first visible bar) or add a relative-"
                      "strength pane against a benchmark"));
}

QString CandleChartView::zoneName() const
{
    if (m_zone == QTimeZone::utc() || m_zone.id() == QByteArrayLiteral("UTC")) {
        return QStringLiteral("UTC");
    }
    const QDateTime at = m_times.empty() ? QDateTime::currentDateTimeUtc()
                                         : QDateTime::fromSecsSinceEpoch(m_times.back(), Qt::UTC);
    const QString abbreviation = m_zone.abbreviation(at);
    // Without a name in the zone database the abbreviation is an offset ("+0530"): say UTC+05:30 then.
    if (abbreviation.isEmpty() || abbreviation.front() == u'+' || abbreviation.front() == u'-') {
        const int minutes = m_zone.offsetFromUtc(at) / 60;
        return QStringLiteral("UTC%1%2:%3")
            .arg(minutes < 0 ? u'−' : u'+')
            .arg(std::abs(minutes) / 60, 2, 10, QChar(u'0'))
            .arg(std::abs(minutes) % 60, 2, 10, QChar(u'0'));
    }
    return abbreviation;
}

void CandleChartView::setTimeframe(Timeframe timeframe)
{
    if (timeframe == m_timeframe) {
        updateTimeframeChoices();
        return;
    }
    m_timeframe = timeframe;
    if (m_persistent) {
        Settings::setChartTimeframe(timeframeKey(timeframe));
    }
    if (!m_stored.isEmpty() || !m_hourly.isEmpty()) {
        const BarSeries stored = m_stored;
        const HourlySeries hourly = m_hourly;
        setBars(m_ticker, m_name, stored, hourly);
    } else {
        updateTimeframeChoices();
    }
    emit optionsChanged();
}

void CandleChartView::setChartType(ChartType type)
{
    if (m_typeCombo->currentIndex() != static_cast<int>(type)) {
        const QSignalBlocker blocker(m_typeCombo);
        m_typeCombo->setCurrentIndex(static_cast<int>(type));
    }
    if (type == m_chartType) {
        return;
    }
    m_chartType = type;
    if (m_persistent) {
        Settings::setChartType(chartTypeKey(type));
    }
    m_drawn = type == ChartType::HeikinAshi ? heikinAshi(m_bars) : m_bars;
    if (!m_bars.isEmpty()) {
        scheduleRangeUpdate();
    }
    emit optionsChanged();
}

void CandleChartView::setPriceScale(PriceScale scale)
{
    if (m_scaleCombo->currentIndex() != static_cast<int>(scale)) {
        const QSignalBlocker blocker(m_scaleCombo);
        m_scaleCombo->setCurrentIndex(static_cast<int>(scale));
    }
    if (scale == m_scale) {
        return;
    }
    m_scale = scale;
    if (m_persistent) {
        Settings::setChartScale(priceScaleKey(scale));
    }
    layoutPanes(); // percent labels are narrower or wider than prices
    if (!m_bars.isEmpty()) {
        scheduleRangeUpdate();
    }
    emit optionsChanged();
}

// --- Studies ------------------------------------------------------------------------------------------

void CandleChartView::setStudies(const QList<ChartStudy>& studies)
{
    applyStudies(studies, true);
}

void CandleChartView::addStudy(const ChartStudy& study)
{
    QList<ChartStudy> studies = m_studies;
    studies << study;
    applyStudies(studies, true);
}

void CandleChartView::removeStudy(int index)
{
    if (index < 0 || index >= m_studies.size()) {
        return;
    }
    QList<ChartStudy> studies = m_studies;
    studies.removeAt(index);
    applyStudies(studies, true);
}

void CandleChartView::updateStudy(int index, const ChartStudy& study)
{
    if (index < 0 || index >= m_studies.size() || m_studies[index] == study) {
        return;
    }
    QList<ChartStudy> studies = m_studies;
    studies[index] = study;
    applyStudies(studies, true);
}

void CandleChartView::applyStudies(const QList<ChartStudy>& studies, bool save)
{
    QList<ChartStudy> valid;
    for (const ChartStudy& s : studies) {
        if (Features::studyInfo(s.spec.key)) {
            valid << s;
        }
    }
    const bool structural = [&] {
        // Same panes in the same order (only parameters or colours changed): no new pane sizes needed.
        QStringList before;
        QStringList after;
        for (const ChartStudy& s : std::as_const(m_studies)) {
            if (!s.isOverlay()) {
                before << s.spec.key;
            }
        }
        for (const ChartStudy& s : std::as_const(valid)) {
            if (!s.isOverlay()) {
                after << s.spec.key;
            }
        }
        return before != after;
    }();
    m_studies = valid;

    QList<ChartStudy> overlays;
    QList<ChartStudy> paneStudies;
    for (const ChartStudy& s : std::as_const(valid)) {
        (s.isOverlay() ? overlays : paneStudies) << s;
    }
    const int overlaysBefore = m_overlays->count();
    m_overlays->setStudies(overlays);

    std::vector<std::unique_ptr<Pane>> old;
    std::unique_ptr<Pane> relative;
    for (size_t i = 2; i < m_panes.size(); ++i) {
        (m_panes[i]->kind == Pane::Relative ? relative : old.emplace_back()) = std::move(m_panes[i]);
    }
    m_panes.resize(2);
    bool created = false;
    auto take = [&old](auto match) -> std::unique_ptr<Pane> {
        for (auto& p : old) {
            if (p && match(*p)) {
                return std::move(p);
            }
        }
        return nullptr;
    };
    for (const ChartStudy& s : std::as_const(paneStudies)) {
        // The same spec keeps its values; the same kind keeps its pane (and height) with new parameters.
        std::unique_ptr<Pane> pane = take([&](const Pane& p) { return p.study->study().spec == s.spec; });
        if (!pane) {
            pane = take([&](const Pane& p) { return p.study->study().spec.key == s.spec.key; });
        }
        if (!pane) {
            pane.reset(createPane(Pane::Study));
            pane->study = std::make_unique<IndicatorPaneSeries>(s);
            created = true;
        }
        pane->study->setStudy(s);
        m_panes.push_back(std::move(pane));
    }
    if (relative) {
        m_panes.push_back(std::move(relative)); // the relative-strength pane stays at the bottom
    }
    for (auto& p : old) {
        if (p) {
            if (m_hoverPane == p->view) {
                m_hoverPane = nullptr;
            }
            delete p->view;
        }
    }
    for (size_t i = 0; i < m_panes.size(); ++i) {
        m_splitter->insertWidget(static_cast<int>(i), m_panes[i]->view);
        m_splitter->setStretchFactor(static_cast<int>(i),
                                     i == 0 ? 1 : 0); // a taller window grows the price pane
    }
    if (created) {
        applyTheme(); // styles the new panes' axes (and lays out every pane)
    }
    if (save) {
        saveStudies();
    }
    if (structural || overlaysBefore != m_overlays->count()) {
        layoutPanes();
        if (structural) {
            applyPaneSizes();
        }
        if (!m_bars.isEmpty()) {
            scheduleRangeUpdate();
        }
    } else if (!m_bars.isEmpty()) {
        // New parameters or colours only: the values follow from the pool (computeStudies updates the
        // axes then); a colour shows at once.
        updateLegend();
        repaintPlots();
    }
    computeStudies(false);
    emit studiesChanged();
}

bool CandleChartView::studiesReady() const
{
    for (int i = 0; i < m_overlays->count(); ++i) {
        if (!m_overlays->layer(i).hasValues()) {
            return false;
        }
    }
    for (size_t i = 2; i < m_panes.size(); ++i) {
        if (m_panes[i]->study && !m_panes[i]->study->hasValues()) {
            return false;
        }
    }
    return true;
}

void CandleChartView::computeStudies(bool all)
{
    if (m_bars.isEmpty()) {
        return;
    }
    std::vector<Features::StudySpec> specs;
    auto want = [&](const IndicatorPaneSeries& layer) {
        if ((all || !layer.hasValues())
            && std::find(specs.begin(), specs.end(), layer.study().spec) == specs.end()) {
            specs.push_back(layer.study().spec);
        }
    };
    for (int i = 0; i < m_overlays->count(); ++i) {
        want(m_overlays->layer(i));
    }
    for (size_t i = 2; i < m_panes.size(); ++i) {
        if (m_panes[i]->study) {
            want(*m_panes[i]->study);
        }
    }
    if (specs.empty()) {
        return;
    }
    using Computed = std::vector<std::pair<Features::StudySpec, Features::StudyValues>>;
    const quint64 serial = m_barsSerial;
    // On the global pool: the engine functions are pure, and the bars are a copy.
    QtConcurrent::run([bars = m_bars, specs]() {
        Computed out;
        for (const Features::StudySpec& spec : specs) {
            out.emplace_back(spec, Features::computeStudy(spec, bars));
        }
        return out;
    }).then(this, [this, serial](Computed computed) {
        if (serial != m_barsSerial) {
            return; // the bars changed since: their own computation is on its way
        }
        auto deliver = [&computed](IndicatorPaneSeries& layer) {
            for (auto& [spec, values] : computed) {
                if (layer.study().spec == spec && !layer.hasValues()) {
                    layer.setValues(values);
                }
            }
        };
        for (int i = 0; i < m_overlays->count(); ++i) {
            deliver(m_overlays->layer(i));
        }
        for (size_t i = 2; i < m_panes.size(); ++i) {
            if (m_panes[i]->study) {
                deliver(*m_panes[i]->study);
            }
        }
        updateAxes(); // the y ranges include the new values
        emit studiesComputed();
    });
}

double CandleChartView::studyValue(int index, int line, qsizetype row) const
{
    if (index < 0 || index >= m_studies.size()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    // The index-th study is the k-th overlay or the k-th pane study.
    const bool overlay = m_studies[index].isOverlay();
    int k = 0;
    for (int i = 0; i < index; ++i) {
        k += m_studies[i].isOverlay() == overlay ? 1 : 0;
    }
    const IndicatorPaneSeries& layer =
        overlay ? m_overlays->layer(k) : *m_panes[2 + static_cast<size_t>(k)]->study;
    return layer.value(line, row);
}

QString CandleChartView::studyLegendText(int index) const
{
    if (index < 0 || index >= m_studies.size() || m_bars.isEmpty()) {
        return {};
    }
    const bool overlay = m_studies[index].isOverlay();
    int k = 0;
    for (int i = 0; i < index; ++i) {
        k += m_studies[i].isOverlay() == overlay ? 1 : 0;
    }
    const IndicatorPaneSeries& layer =
        overlay ? m_overlays->layer(k) : *m_panes[2 + static_cast<size_t>(k)]->study;
    qsizetype row = m_hoverIndex;
    if (row < 0 || row >= m_bars.size()) {
        row = std::clamp<qsizetype>(static_cast<qsizetype>(std::floor(m_to)), 0, m_bars.size() - 1);
    }
    QTextDocument doc;
    doc.setHtml(layer.legendHtml(row, isDark(), [this](double v) { return formatPrice(v); }));
    return doc.toPlainText().simplified();
}

QString CandleChartView::legendText() const
{
    QTextDocument doc;
    doc.setHtml(pricePaneData()->legendHtml);
    return doc.toPlainText().simplified();
}

QChartView* CandleChartView::studyPane(int index) const
{
    if (index < 0 || index >= m_studies.size() || m_studies[index].isOverlay()) {
        return nullptr;
    }
    int k = 0;
    for (int i = 0; i < index; ++i) {
        k += m_studies[i].isOverlay() ? 0 : 1;
    }
    return m_panes[2 + static_cast<size_t>(k)]->view;
}

void CandleChartView::showIndicatorsDialog()
{
    auto* dialog = findChild<IndicatorsDialog*>();
    if (!dialog) {
        dialog = new IndicatorsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

// --- Range --------------------------------------------------------------------------------------------

int CandleChartView::visibleCandleCount() const
{
    const auto [first, last] = visibleRows();
    return last >= first ? static_cast<int>(last - first + 1) : 0;
}

std::pair<qsizetype, qsizetype> CandleChartView::visibleRows() const
{
    const qsizetype n = m_bars.size();
    const qsizetype first = std::max<qsizetype>(0, static_cast<qsizetype>(std::ceil(m_from)));
    const qsizetype last = std::min<qsizetype>(n - 1, static_cast<qsizetype>(std::floor(m_to)));
    return {first, last};
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
    if (m_bars.isEmpty()) {
        m_presetsIntraday = m_timeframe == Timeframe::Hourly; // for the bars still to come (--range)
    }
    m_preset = preset;
    lastNamedPreset() = preset;
    selectPresetButton();
    if (!m_bars.isEmpty()) {
        m_from = firstIndexOfPreset(preset) - 0.5;
        m_to = static_cast<double>(m_bars.size()) - 0.5;
        scheduleRangeUpdate();
        emit viewRangeSet(m_from, m_to);
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
    emit viewRangeSet(m_from, m_to);
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

// --- Layout -------------------------------------------------------------------------------------------

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
    // Room for the widest label: a price with one more digit of slack, a volume such as "888.8M", a
    // percent such as "+888.88%", or an indicator value such as "-88,888.88".
    const QString samples[] = {QLocale().toString(std::max(maxPrice, 100.0) * 10.0, 'f', m_priceDecimals),
                               QStringLiteral("888.8") + m_volumeUnit,
                               QStringLiteral("+888.88%"),
                               QStringLiteral("-88,888.88")};
    int labelWidth = 0;
    for (const QString& sample : samples) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(sample));
    }
    const double right = labelWidth + 14.0;
    const double left = 6.0;
    const double legendHeight = fm.height() + 10.0;
    // The overlays' values get their own legend line, so the OHLC line never wraps into the candles.
    const double priceLegend =
        m_overlays->isEmpty() && m_compareOrder.isEmpty() ? legendHeight : legendHeight + fm.lineSpacing();
    const double dateRoom = fm.height() + 12.0;
    for (size_t i = 0; i < m_panes.size(); ++i) {
        Pane* pane = m_panes[i].get();
        const bool bottom = i + 1 == m_panes.size();
        const double top = pane->kind == Pane::Price    ? priceLegend
                           : pane->kind == Pane::Volume ? 6.0
                                                        : legendHeight;
        pane->view->setPlotMargins(QMarginsF(left, top, right, bottom ? dateRoom : 4.0));
        // Dates go under the bottom pane only; PlotItem draws every pane's vertical grid lines.
        pane->dates->setLineVisible(bottom);
        pane->view->setShowsDates(bottom);
    }
}

void CandleChartView::applyPaneSizes()
{
    const int total = m_splitter->height() - m_splitter->handleWidth() * static_cast<int>(m_panes.size() - 1);
    if (total < 150 || !m_splitter->isVisible()) {
        m_sizesPending = true; // not laid out yet: sized on the first resize
        return;
    }
    m_sizesPending = false;
    const QVariantMap remembered = m_persistent ? Settings::chartPaneHeights() : QVariantMap();
    QList<double> wanted;
    double others = 0.0;
    for (size_t i = 1; i < m_panes.size(); ++i) {
        const QString key = m_panes[i]->key();
        const double share = m_panes[i]->kind == Pane::Volume ? VolumeShare : StudyShare;
        const double fallback = std::max(m_panes[i]->view->minimumHeight() + 10.0, total * share);
        const double h = remembered.contains(key) ? remembered.value(key).toDouble() : fallback;
        wanted << h;
        others += h;
    }
    double price = remembered.contains(QStringLiteral("price"))
                       ? remembered.value(QStringLiteral("price")).toDouble()
                       : total - others;
    // The price pane keeps its share: the other panes shrink together when there are many.
    price = std::max(price, total * MinPriceShare);
    wanted.prepend(price);
    const double sum = std::accumulate(wanted.cbegin(), wanted.cend(), 0.0);
    QList<int> sizes;
    for (double h : std::as_const(wanted)) {
        sizes << static_cast<int>(std::lround(h / sum * total));
    }
    m_applyingSizes = true;
    m_splitter->setSizes(sizes);
    m_applyingSizes = false;
}

void CandleChartView::savePaneHeights()
{
    if (!m_persistent) {
        return;
    }
    QVariantMap heights = Settings::chartPaneHeights();
    const QList<int> sizes = m_splitter->sizes();
    for (size_t i = 0; i < m_panes.size() && static_cast<qsizetype>(i) < sizes.size(); ++i) {
        heights.insert(m_panes[i]->key(), sizes[static_cast<qsizetype>(i)]);
    }
    Settings::setChartPaneHeights(heights);
}

QList<int> CandleChartView::paneHeights() const
{
    return m_splitter->sizes();
}

void CandleChartView::resetLayout()
{
    if (m_persistent) {
        Settings::setChartPaneHeights({});
    }
    applyPaneSizes();
}

// --- Axes ---------------------------------------------------------------------------------------------

QList<double> CandleChartView::setAxisTicks(QCategoryAxis* axis,
                                            double lo,
                                            double hi,
                                            const QList<double>& positions,
                                            const QStringList& labels,
                                            QStringList* shownLabels)
{
    // The labels shown: increasing positions inside (lo, hi]. They are painted by the pane's label items
    // (paintAxisLabels), not by Qt Charts: relabelling a Qt Charts axis lays out every label item of the
    // chart again, which took a fifth of a pan/zoom frame. The axis keeps the range (its line, and
    // QChart's mapping for others).
    QStringList wantedLabels;
    QList<double> wantedPositions;
    double previous = lo;
    // A vertical axis' label centred closer than half its height to the plot's edge would run into the
    // next pane or the legend: such ticks are left out (a short pane keeps its inner labels).
    double inset = 0.0;
    if (axis->orientation() == Qt::Vertical) {
        double height = 0.0;
        for (const auto& pane : m_panes) {
            if (pane->y == axis) {
                height = pane->view->plotRect().height();
            }
        }
        if (height > 0.0) {
            inset = (QFontMetricsF(m_axisFont).height() / 2.0 + 1.0) / height * (hi - lo);
        }
    }
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const double v = positions[i];
        if (!(v > previous) || v > hi - inset || v < lo + inset) {
            continue;
        }
        wantedLabels << labels[i];
        wantedPositions << v;
        previous = v;
    }
    if (wantedLabels.isEmpty() && inset > 0.0) {
        // A pane too short for its edge ticks keeps the tick nearest its middle.
        qsizetype best = -1;
        for (qsizetype i = 0; i < positions.size(); ++i) {
            if (positions[i] > lo && positions[i] <= hi
                && (best < 0
                    || std::abs(positions[i] - (lo + hi) / 2) < std::abs(positions[best] - (lo + hi) / 2))) {
                best = i;
            }
        }
        if (best >= 0) {
            wantedLabels << labels[best];
            wantedPositions << positions[best];
        }
    }
    if (axis->min() != lo || axis->max() != hi) {
        axis->setRange(lo, hi);
    }
    *shownLabels = wantedLabels;
    return wantedPositions;
}

const QStaticText& CandleChartView::labelText(const QString& text) const
{
    // Tick labels repeat from frame to frame: each is laid out once (QStaticText keeps the glyph run).
    if (m_labelTexts.size() > 2000) {
        m_labelTexts.clear();
    }
    auto it = m_labelTexts.find(text);
    if (it == m_labelTexts.end()) {
        QStaticText label(text);
        label.setTextFormat(Qt::PlainText);
        label.setPerformanceHint(QStaticText::AggressiveCaching);
        label.prepare(QTransform(), m_axisFont);
        it = m_labelTexts.insert(text, label);
    }
    return *it;
}

void CandleChartView::paintAxisLabels(const Pane* pane, QPainter* painter, bool dates) const
{
    if (!pane || m_bars.isEmpty() || m_stack->currentWidget() != m_splitter) {
        return;
    }
    const QRectF plot = pane->view->plotRect();
    painter->setFont(m_axisFont);
    painter->setPen(m_axisTextColor);
    if (!dates) {
        // Price (or value) labels right of the axis line, centred on their grid line.
        for (qsizetype i = 0; i < pane->gridY.size() && i < pane->yLabels.size(); ++i) {
            const double y =
                plot.bottom() - (pane->gridY[i] - pane->lo) / (pane->hi - pane->lo) * plot.height();
            const QStaticText& text = labelText(pane->yLabels[i]);
            painter->drawStaticText(QPointF(plot.right() + 5.0, std::round(y - text.size().height() / 2.0)),
                                    text);
        }
        return;
    }
    if (pane != m_panes.back().get()) {
        return; // dates go under the bottom pane only
    }
    // Date labels centred under their bars; one that would run into the previous label is left out.
    const double width = pane->view->viewport()->width();
    double previousRight = -1e9;
    const double span = m_to - m_from;
    for (qsizetype i = 0; i < m_gridX.size() && i < m_dateLabels.size(); ++i) {
        const double x = plot.left() + (m_gridX[i] - m_from) / span * plot.width();
        const QStaticText& text = labelText(m_dateLabels[i]);
        const double w = text.size().width();
        const double left = std::clamp(x - w / 2.0, 0.0, std::max(0.0, width - w - 2.0));
        if (left < previousRight + 6.0) {
            continue;
        }
        painter->drawStaticText(QPointF(std::round(left), plot.bottom() + 4.0), text);
        previousRight = left + w;
    }
}

void CandleChartView::updateAxes()
{
    const qsizetype n = m_bars.size();
    if (n == 0) {
        return;
    }
    const auto [first, last] = visibleRows();
    Pane* price = pricePaneData();
    const bool closesOnly = m_chartType == ChartType::Line || m_chartType == ChartType::Area;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    double maxVolume = 0.0;
    for (qsizetype i = first; i <= last; ++i) {
        const size_t k = static_cast<size_t>(i);
        const double c = m_drawn.close()[k];
        if (isMissing(c)) {
            continue;
        }
        const double l = closesOnly || isMissing(m_drawn.low()[k]) ? c : m_drawn.low()[k];
        const double h = closesOnly || isMissing(m_drawn.high()[k]) ? c : m_drawn.high()[k];
        lo = std::min({lo, c, l});
        hi = std::max({hi, c, h});
        maxVolume = std::max(maxVolume, m_volumeScaled[k]);
    }
    m_overlays->extendRange(first, last, lo, hi);
    for (const QString& ticker : std::as_const(m_compareOrder)) {
        const auto it = m_compareAligned.find(ticker);
        const qsizetype base = it == m_compareAligned.end() ? -1 : compareBase(it->second);
        if (base < 0) {
            continue;
        }
        const double factor =
            m_bars.close()[static_cast<size_t>(base)] / it->second[static_cast<size_t>(base)];
        for (qsizetype r = first; r <= last; ++r) {
            const double v = it->second[static_cast<size_t>(r)] * factor;
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 1.0;
        hi = 2.0;
    }
    m_percentBase = first <= last && !isMissing(m_bars.close()[static_cast<size_t>(first)])
                        ? m_bars.close()[static_cast<size_t>(first)]
                        : hi;
    const bool log = m_scale == PriceScale::Log && lo > 0.0;
    const double plotLo = log ? std::log(lo) : lo;
    const double plotHi = log ? std::log(hi) : hi;
    double range = plotHi - plotLo;
    if (range <= 0.0) {
        range = std::max(std::abs(plotHi) * 0.02, 0.01); // a flat line still gets a readable scale
    }
    price->lo = plotLo - range * PriceMargin;
    price->hi = plotHi + range * PriceMargin;

    const int priceTicks = PriceTicks::maxTicks(price->view->plotRect().height());
    QList<double> positions;
    QStringList labels;
    const QLocale locale;
    if (log) {
        for (double v : PriceTicks::log(std::exp(price->lo), std::exp(price->hi), priceTicks)) {
            positions << std::log(v);
            labels << locale.toString(v, 'f', std::max(tickDecimals(v), m_priceDecimals == 4 ? 2 : 0));
        }
    } else if (m_scale == PriceScale::Percent && m_percentBase > 0.0) {
        const QList<double> percents = PriceTicks::percent(price->lo, price->hi, m_percentBase, priceTicks);
        const int decimals = percents.size() > 1 ? tickDecimals(percents[1] - percents[0]) : 0;
        for (double p : percents) {
            positions << m_percentBase * (1.0 + p / 100.0);
            const QString sign = p > 0.0 ? QStringLiteral("+") : QString();
            labels << sign + locale.toString(std::abs(p) < 1e-9 ? 0.0 : p, 'f', decimals) + u'%';
        }
    } else {
        const QList<double> values = PriceTicks::linear(price->lo, price->hi, priceTicks);
        const int decimals = values.size() > 1 ? tickDecimals(values[1] - values[0]) : 0;
        for (double v : values) {
            positions << v;
            labels << locale.toString(v, 'f', decimals);
        }
    }
    price->gridY = setAxisTicks(price->y, price->lo, price->hi, positions, labels, &price->yLabels);

    Pane* volume = volumePaneData();
    volume->lo = 0.0;
    volume->hi = maxVolume > 0.0 ? maxVolume * 1.08 : 1.0;
    {
        // Labels above 0: a "0" volume label says nothing.
        QList<double> values =
            PriceTicks::linear(0.0, volume->hi, PriceTicks::maxTicks(volume->view->plotRect().height()));
        values.removeIf([](double v) { return v <= 0.0; });
        const int decimals =
            values.size() > 1 ? tickDecimals(values[1] - values[0]) : tickDecimals(values.value(0));
        QStringList volumeLabels;
        for (double v : std::as_const(values)) {
            volumeLabels << locale.toString(v, 'f', decimals) + m_volumeUnit;
        }
        volume->gridY = setAxisTicks(volume->y, 0.0, volume->hi, values, volumeLabels, &volume->yLabels);
    }

    for (size_t i = 2; i < m_panes.size(); ++i) {
        Pane* pane = m_panes[i].get();
        if (pane->kind == Pane::Relative) {
            updateRelativePane();
            continue;
        }
        const IndicatorPaneSeries& study = *pane->study;
        QList<double> values;
        if (const auto fixed = study.fixedRange()) {
            // A bounded oscillator keeps its whole scale, labelled at its guide levels: a short pane has
            // no room for more, and 30/70 (20/80) are the levels a trader reads it by.
            pane->lo = fixed->first;
            pane->hi = fixed->second;
            for (double g : study.info()->guides) {
                values << g;
            }
        } else {
            auto [vlo, vhi] = study.valueRange(first, last).value_or(std::make_pair(0.0, 1.0));
            double r = vhi - vlo;
            if (r <= 0.0) {
                r = std::max(std::abs(vhi) * 0.02, 0.01);
            }
            pane->lo = vlo - r * PriceMargin;
            pane->hi = vhi + r * PriceMargin;
            values =
                PriceTicks::linear(pane->lo, pane->hi, PriceTicks::maxTicks(pane->view->plotRect().height()));
        }
        const int decimals = values.size() > 1 ? tickDecimals(values[1] - values[0]) : 0;
        QStringList paneLabels;
        for (double v : std::as_const(values)) {
            paneLabels << (qstrcmp(study.info()->unit, "shares") == 0 ? study.formatValue(v)
                                                                      : locale.toString(v, 'f', decimals));
        }
        pane->gridY = setAxisTicks(pane->y, pane->lo, pane->hi, values, paneLabels, &pane->yLabels);
    }
    updateDateAxes();
    updateOverlay(true);
    repaintPlots();
    emit visibleRangeChanged(m_from, m_to);
}

void CandleChartView::updateDateAxes()
{
    // Every pane has the same plot width: the ticks are picked once and drawn as grid lines in every
    // pane, labelled under the bottom one.
    const auto [first, last] = visibleRows();
    const QRectF plot = m_panes.front()->view->plotRect();
    const int maxTicks = std::max(2, static_cast<int>(plot.width() / DateLabelSpacing));
    const double span = m_to - m_from;
    QList<double> positions;
    QStringList labels;
    // Ticks closer than 30 px to the left edge are dropped below: the step is chosen among the others.
    const qsizetype firstLabelled = std::max<qsizetype>(
        first, static_cast<qsizetype>(std::ceil(m_from + 30.0 / std::max(1.0, plot.width()) * span)));
    const QList<DateTick> ticks = isIntraday() ? hourTicks(m_localTimes, firstLabelled, last, maxTicks)
                                               : dateTicks(m_bars.days(), firstLabelled, last, maxTicks);
    for (const DateTick& tick : ticks) {
        const double x = static_cast<double>(tick.index);
        const double pixel = (x - m_from) / span * plot.width();
        // A label centred closer than this to the left edge would be cut off.
        if (pixel < 30.0) {
            continue;
        }
        positions << x;
        // The first label shown names its year, also when the first tick was too close to the edge.
        labels << (labels.isEmpty() ? tick.firstLabel : tick.label);
    }
    // The bottom pane's x axis keeps the range (the others' draw nothing that depends on it); the dates
    // are painted under it.
    m_gridX = setAxisTicks(m_panes.back()->dates, m_from, m_to, positions, labels, &m_dateLabels);
}

void CandleChartView::repaintPlots()
{
    for (const auto& pane : m_panes) {
        pane->view->refreshPlot();
    }
}

PlotMap CandleChartView::mapOf(const Pane* pane) const
{
    PlotMap map;
    map.plot = pane->view->plotRect();
    map.from = m_from;
    map.to = m_to;
    map.lo = pane->lo;
    map.hi = pane->hi;
    map.log = pane->kind == Pane::Price && m_scale == PriceScale::Log && pane->lo < pane->hi
              && std::isfinite(pane->lo);
    // updateAxes() falls back to linear when a visible value is not positive: the map must agree.
    if (map.log) {
        const auto [first, last] = visibleRows();
        for (qsizetype i = first; i <= last; ++i) {
            const double l = m_drawn.low()[static_cast<size_t>(i)];
            if (!isMissing(l) && l <= 0.0) {
                map.log = false;
                break;
            }
        }
    }
    return map;
}

CandleChartView::Pane* CandleChartView::paneOf(const ChartPane* view) const
{
    for (const auto& pane : m_panes) {
        if (pane->view == view) {
            return pane.get();
        }
    }
    return nullptr;
}

void CandleChartView::paintPane(const Pane* pane, QPainter* painter)
{
    if (!pane || m_bars.isEmpty() || m_stack->currentWidget() != m_splitter) {
        return;
    }
    const PlotMap map = mapOf(pane);
    const bool dark = isDark();
    // The grid first, under the data, in one call.
    std::vector<QLineF> grid;
    grid.reserve(static_cast<size_t>(m_gridX.size() + pane->gridY.size()));
    for (double x : std::as_const(m_gridX)) {
        const double px = std::round(map.x(x)) + 0.5;
        grid.emplace_back(px, map.plot.top(), px, map.plot.bottom());
    }
    for (double y : std::as_const(pane->gridY)) {
        // gridY is in plotted units already (ln(price) on a log scale).
        const double py =
            std::round(map.plot.bottom() - (y - map.lo) / (map.hi - map.lo) * map.plot.height()) + 0.5;
        grid.emplace_back(map.plot.left(), py, map.plot.right(), py);
    }
    painter->setPen(cosmeticPen(m_gridColor));
    painter->drawLines(grid.data(), static_cast<int>(grid.size()));
    switch (pane->kind) {
    case Pane::Price: {
        using PlotPainter::BarStyle;
        const BarStyle style = m_chartType == ChartType::OhlcBars ? BarStyle::OhlcBars
                               : m_chartType == ChartType::Line   ? BarStyle::Line
                               : m_chartType == ChartType::Area   ? BarStyle::Area
                                                                  : BarStyle::Candles;
        const QColor line = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2);
        PlotPainter::paintBars(painter,
                               map,
                               {&m_drawn.open(), &m_drawn.high(), &m_drawn.low(), &m_drawn.close()},
                               style,
                               MarketColors::up(),
                               MarketColors::down(),
                               line);
        m_overlays->paint(painter, map, dark);
        // Compared symbols, rebased to the shown close at the first visible bar both have.
        for (int c = 0; c < m_compareOrder.size(); ++c) {
            const auto it = m_compareAligned.find(m_compareOrder[c]);
            if (it == m_compareAligned.end()) {
                continue;
            }
            const qsizetype base = compareBase(it->second);
            if (base < 0) {
                continue;
            }
            const double factor =
                m_bars.close()[static_cast<size_t>(base)] / it->second[static_cast<size_t>(base)];
            std::vector<double> rebased(it->second.size());
            for (size_t k = 0; k < rebased.size(); ++k) {
                rebased[k] = it->second[k] * factor;
            }
            PlotPainter::paintLine(
                painter, map, rebased, cosmeticPen(compareColor(c, dark), Qt::SolidLine, 1.5));
        }
        break;
    }
    case Pane::Relative: {
        std::vector<double> rs(static_cast<size_t>(m_bars.size()));
        for (size_t k = 0; k < rs.size(); ++k) {
            rs[k] = relativeStrength(static_cast<qsizetype>(k));
        }
        const QColor guide = dark ? QColor(255, 255, 255, 110) : QColor(0, 0, 0, 100);
        PlotPainter::paintGuide(painter, map, 100.0, cosmeticPen(guide, Qt::DashLine));
        PlotPainter::paintLine(painter, map, rs, cosmeticPen(compareColor(-1, dark), Qt::SolidLine, 1.5));
        break;
    }
    case Pane::Volume: {
        QColor up = MarketColors::up();
        QColor down = MarketColors::down();
        up.setAlpha(VolumeAlpha);
        down.setAlpha(VolumeAlpha);
        PlotPainter::paintColumns(painter, map, m_volumeScaled, m_rising, up, down);
        break;
    }
    case Pane::Study:
        pane->study->paintGuides(painter, map, dark);
        pane->study->paint(painter, map, dark);
        break;
    }
}

// --- Crosshair and legends ----------------------------------------------------------------------------

void CandleChartView::setHover(int index, ChartPane* pane, double paneY)
{
    const bool moved = index != m_hoverIndex;
    m_hoverIndex = index;
    m_hoverPane = pane;
    m_hoverY = paneY;
    updateOverlay();
    if (moved) {
        emit hoverChanged(index);
    }
}

void CandleChartView::setHoverIndex(int index)
{
    if (index < 0 || index >= m_bars.size()) {
        clearHover();
        return;
    }
    setHover(index, nullptr, 0.0);
}

void CandleChartView::clearHover()
{
    if (m_hoverIndex < 0 && !m_hoverPane) {
        return;
    }
    m_hoverIndex = -1;
    m_hoverPane = nullptr;
    updateOverlay();
    emit hoverChanged(-1);
}

void CandleChartView::updateOverlay(bool deferLegend)
{
    const bool hovering = m_hoverIndex >= 0 && m_hoverIndex < m_bars.size();
    const QString dateText = hovering ? barLabel(m_hoverIndex) : QString();
    for (const auto& pane : m_panes) {
        ChartPane* view = pane->view;
        const double x = hovering ? view->xOf(m_hoverIndex) : -1.0;
        QString valueText;
        if (hovering && view == m_hoverPane) {
            const QRectF plot = view->plotRect();
            const double fraction = (plot.bottom() - m_hoverY) / std::max(1.0, plot.height());
            const double plotted = pane->lo + fraction * (pane->hi - pane->lo);
            switch (pane->kind) {
            case Pane::Price: {
                const double price = mapOf(pane.get()).log ? std::exp(plotted) : plotted;
                if (m_scale == PriceScale::Percent && m_percentBase > 0.0) {
                    const double p = (price / m_percentBase - 1.0) * 100.0;
                    valueText =
                        (p > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(p, 'f', 2) + u'%';
                } else {
                    valueText = formatPrice(price);
                }
                break;
            }
            case Pane::Volume:
                valueText = formatVolume(plotted * m_volumeScale);
                break;
            case Pane::Study:
                valueText = pane->study->formatValue(plotted);
                break;
            case Pane::Relative:
                valueText = QLocale().toString(plotted, 'f', 2);
                break;
            }
        }
        view->setCrosshair(x, m_hoverY, valueText, dateText);
    }
    Pane* price = pricePaneData();
    const qsizetype last = m_bars.size() - 1;
    if (last >= 0 && !isMissing(m_bars.close()[static_cast<size_t>(last)]) && price->hi > price->lo) {
        const size_t k = static_cast<size_t>(last);
        const double close = m_bars.close()[k];
        const double y = mapOf(price).y(close);
        const QString text = m_scale == PriceScale::Percent && m_percentBase > 0.0
                                 ? QLocale().toString((close / m_percentBase - 1.0) * 100.0, 'f', 2) + u'%'
                                 : formatPrice(close);
        price->view->setLastPrice(
            std::isfinite(y) ? y : -1.0, text, m_rising[k] ? MarketColors::up() : MarketColors::down());
    } else {
        price->view->setLastPrice(-1.0, QString(), QColor());
    }
    if (deferLegend) {
        // The range moved (pan, zoom, new values): the legends' rich text is laid out again once the
        // motion pauses, not on every frame (it was a tenth of a w6chart frame). The crosshair's own
        // moves update them at once.
        m_legendTimer->start();
    } else {
        m_legendTimer->stop();
        updateLegend();
    }
}

void CandleChartView::updateLegend()
{
    QGraphicsTextItem* legend = pricePaneData()->view->legend();
    const qsizetype n = m_bars.size();
    if (n == 0) {
        for (const auto& pane : m_panes) {
            pane->legendHtml.clear();
            if (pane->view->legend()) {
                pane->view->legend()->setHtml(QString());
            }
        }
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
    const QString barColor = (m_rising[k] ? MarketColors::up() : MarketColors::down()).name();
    auto value = [&](const QString& caption, const QString& text, const QString& color) {
        return QStringLiteral("%1&nbsp;<span style=\"color:%2\">%3</span>&nbsp;&nbsp; ")
            .arg(caption, color, text.toHtmlEscaped());
    };
    // Weekly and monthly bars name their period's last trading day, as the axis does.
    QString html = QStringLiteral("<span style=\"color:gray\">%1</span>&nbsp;&nbsp; ")
                       .arg(barLabel(static_cast<int>(i)).toHtmlEscaped());
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
    const bool dark = isDark();
    const auto price = [this](double p) {
        return formatPrice(p);
    };
    if (!m_overlays->isEmpty() || !m_compareOrder.isEmpty()) {
        html += QStringLiteral("<br>") + m_overlays->legendHtml(i, dark, price);
        for (int ci = 0; ci < m_compareOrder.size(); ++ci) {
            const double change = compareChange(ci, i);
            html += QStringLiteral("<span style=\"color:%1\">%2&nbsp;%3</span>&nbsp;&nbsp;&nbsp; ")
                        .arg(compareColor(ci, dark).name(),
                             m_compareOrder[ci].toHtmlEscaped(),
                             std::isfinite(change) ? (change > 0 ? QStringLiteral("+") : QString())
                                                         + QLocale().toString(change, 'f', 2) + u'%'
                                                   : QStringLiteral("—"));
        }
    }
    // setHtml lays the text out again: skip it while the crosshair stays on the same bar.
    Pane* pricePane = pricePaneData();
    if (html != pricePane->legendHtml) {
        pricePane->legendHtml = html;
        legend->setHtml(html);
    }
    legend->setPos(pricePane->view->plotRect().left(), 1.0);
    for (size_t p = 2; p < m_panes.size(); ++p) {
        Pane* pane = m_panes[p].get();
        const QString paneHtml =
            pane->study ? pane->study->legendHtml(i, dark, price)
                        : QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                              .arg(compareColor(-1, dark).name(),
                                   tr("Relative strength vs %1").arg(m_benchmark).toHtmlEscaped(),
                                   isIntraday() ? tr("— daily, weekly and monthly bars only").toHtmlEscaped()
                                   : std::isfinite(relativeStrength(i))
                                       ? QLocale().toString(relativeStrength(i), 'f', 2)
                                       : QStringLiteral("—"));
        if (paneHtml != pane->legendHtml) {
            pane->legendHtml = paneHtml;
            pane->view->legend()->setHtml(paneHtml);
        }
        pane->view->legend()->setPos(pane->view->plotRect().left(), 1.0);
    }
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

// --- For other layers and tests -----------------------------------------------------------------------

QChart* CandleChartView::priceChart() const
{
    return m_panes[0]->chart;
}

QChartView* CandleChartView::pricePane() const
{
    return m_panes[0]->view;
}

QChartView* CandleChartView::volumePane() const
{
    return m_panes[1]->view;
}

QPointF CandleChartView::valueAt(const QPointF& viewportPos) const
{
    const Pane* price = m_panes[0].get();
    const PlotMap map = mapOf(price);
    const double index = price->view->indexAt(viewportPos.x());
    const double fraction = (map.plot.bottom() - viewportPos.y()) / std::max(1.0, map.plot.height());
    const double plotted = price->lo + fraction * (price->hi - price->lo);
    return {index, map.log ? std::exp(plotted) : plotted};
}

QPointF CandleChartView::positionOf(const QPointF& value) const
{
    const PlotMap map = mapOf(m_panes[0].get());
    return {map.x(value.x()), map.y(value.y())};
}

QDate CandleChartView::barDate(int index) const
{
    return index >= 0 && index < m_bars.size() ? m_bars.date(index) : QDate();
}

int CandleChartView::indexOfDate(const QDate& date) const
{
    if (m_bars.isEmpty()) {
        return -1;
    }
    const auto& days = m_bars.days();
    const auto after = std::upper_bound(days.cbegin(), days.cend(), date.toJulianDay());
    return std::max(0, static_cast<int>(after - days.cbegin()) - 1);
}

int CandleChartView::firstIndexOfDate(const QDate& date) const
{
    if (m_bars.isEmpty()) {
        return -1;
    }
    const auto& days = m_bars.days();
    const auto at = std::lower_bound(days.cbegin(), days.cend(), date.toJulianDay());
    return std::min(static_cast<int>(at - days.cbegin()), static_cast<int>(days.size()) - 1);
}

qint64 CandleChartView::barTime(int index) const
{
    if (index < 0 || index >= m_bars.size()) {
        return 0;
    }
    return isIntraday() ? m_times[static_cast<size_t>(index)]
                        : m_bars.date(index).startOfDay(Qt::UTC).toSecsSinceEpoch();
}

int CandleChartView::indexOfTime(qint64 time) const
{
    if (m_bars.isEmpty()) {
        return -1;
    }
    if (!isIntraday()) {
        return indexOfDate(QDateTime::fromSecsSinceEpoch(time, Qt::UTC).date());
    }
    const auto after = std::upper_bound(m_times.cbegin(), m_times.cend(), time);
    return std::max(0, static_cast<int>(after - m_times.cbegin()) - 1);
}

QString CandleChartView::barLabel(int index) const
{
    if (index < 0 || index >= m_bars.size()) {
        return {};
    }
    if (!isIntraday()) {
        // Weekly and monthly bars name their period's last trading day, as the axis does.
        return QLocale().toString(m_bars.date(index), QStringLiteral("ddd d MMM yyyy"));
    }
    const qint64 local = m_localTimes[static_cast<size_t>(index)];
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(local, Qt::UTC),
                              QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QStringList CandleChartView::priceAxisLabels() const
{
    return m_panes[0]->yLabels;
}

QStringList CandleChartView::dateAxisLabels() const
{
    return m_dateLabels;
}

// --- Menu and output ----------------------------------------------------------------------------------

QMenu* CandleChartView::createContextMenu(QChartView* paneView, const QPoint& pos)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("chartContextMenu"));
    Pane* pane = paneOf(static_cast<ChartPane*>(paneView));
    QPointF valuePoint(pane ? pane->view->indexAt(pos.x()) : -1.0, std::numeric_limits<double>::quiet_NaN());
    if (pane && pane->kind == Pane::Price && !m_bars.isEmpty()) {
        valuePoint = valueAt(pos);
        const QString price = formatPrice(valuePoint.y());
        QAction* copy = menu->addAction(
            tr("Copy price %1").arg(price), this, [price] { QApplication::clipboard()->setText(price); });
        copy->setObjectName(QStringLiteral("copyPriceAction"));
    }
    QAction* reset = menu->addAction(tr("Reset zoom"), this, [this] { setRangePreset(lastNamedPreset()); });
    reset->setObjectName(QStringLiteral("resetZoomAction"));
    menu->addSeparator();
    menu->addAction(tr("Indicators…"), this, &CandleChartView::showIndicatorsDialog)
        ->setObjectName(QStringLiteral("indicatorsAction"));
    QAction* compareAction = menu->addAction(tr("Compare…"), this, &CandleChartView::showCompareMenu);
    compareAction->setObjectName(QStringLiteral("compareAction"));
    compareAction->setEnabled(m_compareButton->isEnabled()); // daily bars only
    compareAction->setToolTip(m_compareButton->toolTip());
    if (pane && pane->kind == Pane::Study) {
        const ChartStudy study = pane->study->study();
        const int index = static_cast<int>(m_studies.indexOf(study));
        QAction* remove = menu->addAction(tr("Remove %1").arg(pane->study->title()), this, [this, study] {
            removeStudy(static_cast<int>(m_studies.indexOf(study)));
        });
        remove->setObjectName(QStringLiteral("removeStudyAction"));
        remove->setEnabled(index >= 0);
    }
    auto choices = [this,
                    menu](const QString& title, QComboBox* combo, const std::function<void(int)>& apply) {
        QMenu* sub = menu->addMenu(title);
        sub->setToolTipsVisible(true);
        for (int i = 0; i < combo->count(); ++i) {
            QAction* a = sub->addAction(combo->itemText(i), this, [apply, i] { apply(i); });
            a->setCheckable(true);
            a->setChecked(combo->currentIndex() == i);
            // A choice the box disables (60 min without hourly bars) is disabled here too, with its reason.
            a->setEnabled(combo->model()->flags(combo->model()->index(i, 0)).testFlag(Qt::ItemIsEnabled));
            a->setToolTip(combo->itemData(i, Qt::ToolTipRole).toString());
        }
    };
    choices(tr("Timeframe"), m_timeframeCombo, [this](int i) {
        if (const auto t = timeframeFromKey(m_timeframeCombo->itemData(i).toString())) {
            setTimeframe(*t);
        }
    });
    choices(tr("Chart type"), m_typeCombo, [this](int i) { setChartType(static_cast<ChartType>(i)); });
    choices(tr("Scale"), m_scaleCombo, [this](int i) { setPriceScale(static_cast<PriceScale>(i)); });
    menu->addSeparator();
    menu->addAction(tr("Save image…"), this, &CandleChartView::exportImageInteractively)
        ->setObjectName(QStringLiteral("saveImageAction"));
    menu->addAction(tr("Copy image"), this, &CandleChartView::copyImageToClipboard)
        ->setObjectName(QStringLiteral("copyImageAction"));
    emit contextMenuRequested(valuePoint, menu);
    return menu;
}

void CandleChartView::showContextMenu(ChartPane* pane, const QPoint& pos, const QPoint& globalPos)
{
    QMenu* menu = createContextMenu(pane, pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

QImage CandleChartView::renderImage()
{
    return grab().toImage();
}

void CandleChartView::copyImageToClipboard()
{
    QApplication::clipboard()->setImage(renderImage());
}

void CandleChartView::exportImageInteractively()
{
    const QString suggested =
        (m_ticker.isEmpty() ? QStringLiteral("chart") : m_ticker) + QStringLiteral(".png");
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export chart"), suggested, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (file.isEmpty()) {
        return;
    }
    QString error;
    if (!exportImage(file, &error)) {
        QMessageBox::warning(this, tr("Export chart"), error);
    }
}

// --- Compare ------------------------------------------------------------------------------------------

void CandleChartView::setBarsLoader(BarsLoader loader)
{
    m_loader = std::move(loader);
}

void CandleChartView::setSymbolList(const QStringList& tickers)
{
    m_symbolList = tickers;
}

void CandleChartView::addCompareSymbol(const QString& ticker)
{
    if (ticker.isEmpty() || m_compareOrder.contains(ticker)) {
        return;
    }
    m_compareOrder << ticker;
    if (m_compareOrder.size() == 1) {
        setPriceScale(PriceScale::Percent); // both lines start at 0 % and read as changes
    }
    layoutPanes(); // the legend's second line
    loadCompareBars(ticker);
    emit compareChanged();
}

void CandleChartView::removeCompareSymbol(const QString& ticker)
{
    if (!m_compareOrder.removeOne(ticker)) {
        return;
    }
    if (ticker != m_benchmark) {
        m_compareRaw.erase(ticker);
        m_compareAligned.erase(ticker);
    }
    layoutPanes();
    scheduleRangeUpdate();
    emit compareChanged();
}

void CandleChartView::setBenchmark(const QString& ticker)
{
    if (ticker == m_benchmark) {
        return;
    }
    if (!m_benchmark.isEmpty() && !m_compareOrder.contains(m_benchmark)) {
        m_compareRaw.erase(m_benchmark);
        m_compareAligned.erase(m_benchmark);
    }
    m_benchmark = ticker;
    if (ticker.isEmpty() && m_relativePane) {
        for (auto it = m_panes.begin(); it != m_panes.end(); ++it) {
            if (it->get() == m_relativePane) {
                if (m_hoverPane == m_relativePane->view) {
                    m_hoverPane = nullptr;
                }
                delete m_relativePane->view;
                m_panes.erase(it);
                break;
            }
        }
        m_relativePane = nullptr;
    } else if (!ticker.isEmpty() && !m_relativePane) {
        m_panes.emplace_back(createPane(Pane::Relative));
        m_relativePane = m_panes.back().get();
        applyTheme();
        applyPaneSizes();
    }
    layoutPanes();
    if (!ticker.isEmpty()) {
        loadCompareBars(ticker);
    }
    scheduleRangeUpdate();
    emit compareChanged();
}

bool CandleChartView::compareReady() const
{
    for (const QString& t : m_compareOrder) {
        if (!m_compareRaw.count(t)) {
            return false;
        }
    }
    return m_benchmark.isEmpty() || m_compareRaw.count(m_benchmark) > 0;
}

void CandleChartView::loadCompareBars(const QString& ticker)
{
    if (m_compareRaw.count(ticker) || !m_loader) {
        return;
    }
    // Read on the pool (the loader queries the database), adjusted there too.
    QtConcurrent::run([loader = m_loader, ticker]() -> Result<BarSeries> {
        auto bars = loader(ticker);
        if (!bars) {
            return bars;
        }
        return bars->adjusted();
    }).then(this, [this, ticker](Result<BarSeries> bars) {
        if (!m_compareOrder.contains(ticker) && ticker != m_benchmark) {
            return; // removed meanwhile
        }
        if (!bars) {
            spdlog::warn(
                "compare: loading {} failed: {}", ticker.toStdString(), bars.error().message.toStdString());
            m_compareRaw[ticker] = BarSeries(ticker); // shown as "—"
        } else {
            m_compareRaw[ticker] = std::move(*bars);
        }
        alignCompare();
        scheduleRangeUpdate();
        emit compareChanged();
    });
}

void CandleChartView::alignCompare()
{
    // An as-of join on dates: each shown bar takes the other symbol's last close on or before its date,
    // so a holiday of one market does not break the line. Resampled like the shown bars first.
    m_compareAligned.clear();
    if (isIntraday()) {
        return; // daily closes against hours would draw steps: not shown on the 60-minute chart
    }
    for (const auto& [ticker, raw] : m_compareRaw) {
        const BarSeries other = resample(raw, shownTimeframe());
        std::vector<double> aligned(static_cast<size_t>(m_bars.size()),
                                    std::numeric_limits<double>::quiet_NaN());
        // A close is carried over a holiday, not over a gap: a benchmark whose data ended years ago must
        // not draw a flat line that makes the symbol's own moves look like relative strength.
        const qint64 maxGap = shownTimeframe() == Timeframe::Daily    ? 10
                              : shownTimeframe() == Timeframe::Weekly ? 14
                                                                      : 40;
        size_t j = 0;
        double last = std::numeric_limits<double>::quiet_NaN();
        qint64 lastDay = 0;
        for (size_t k = 0; k < aligned.size(); ++k) {
            const qint64 day = m_bars.days()[k];
            while (j < other.days().size() && other.days()[j] <= day) {
                if (!isMissing(other.close()[j])) {
                    last = other.close()[j];
                    lastDay = other.days()[j];
                }
                ++j;
            }
            aligned[k] = day - lastDay <= maxGap ? last : std::numeric_limits<double>::quiet_NaN();
        }
        m_compareAligned[ticker] = std::move(aligned);
    }
}

qsizetype CandleChartView::compareBase(const std::vector<double>& values) const
{
    const auto [first, last] = visibleRows();
    for (qsizetype r = first; r <= last; ++r) {
        const size_t k = static_cast<size_t>(r);
        if (k < values.size() && std::isfinite(values[k]) && values[k] > 0.0
            && !isMissing(m_bars.close()[k])) {
            return r;
        }
    }
    return -1;
}

double CandleChartView::compareChange(int index, qsizetype row) const
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (index < 0 || index >= m_compareOrder.size() || row < 0 || row >= m_bars.size()) {
        return nan;
    }
    const auto it = m_compareAligned.find(m_compareOrder[index]);
    if (it == m_compareAligned.end()) {
        return nan;
    }
    const qsizetype base = compareBase(it->second);
    return base < 0
               ? nan
               : (it->second[static_cast<size_t>(row)] / it->second[static_cast<size_t>(base)] - 1.0) * 100.0;
}

double CandleChartView::relativeStrength(qsizetype row) const
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto it = m_compareAligned.find(m_benchmark);
    if (m_benchmark.isEmpty() || it == m_compareAligned.end() || row < 0 || row >= m_bars.size()) {
        return nan;
    }
    const qsizetype base = compareBase(it->second);
    if (base < 0) {
        return nan;
    }
    const size_t b = static_cast<size_t>(base);
    const size_t k = static_cast<size_t>(row);
    // 100 × (C/C₀) / (B/B₀): above 100 the symbol has done better than the benchmark since the first
    // visible bar.
    return 100.0 * (m_bars.close()[k] / m_bars.close()[b]) / (it->second[k] / it->second[b]);
}

void CandleChartView::updateRelativePane()
{
    Pane* pane = m_relativePane;
    const auto [first, last] = visibleRows();
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (qsizetype r = first; r <= last; ++r) {
        const double v = relativeStrength(r);
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!std::isfinite(lo)) {
        lo = 95.0;
        hi = 105.0;
    }
    double r = std::max(hi - lo, 0.5);
    pane->lo = lo - r * PriceMargin;
    pane->hi = hi + r * PriceMargin;
    const QList<double> values =
        PriceTicks::linear(pane->lo, pane->hi, PriceTicks::maxTicks(pane->view->plotRect().height()));
    const int decimals = values.size() > 1 ? tickDecimals(values[1] - values[0]) : 0;
    QStringList labels;
    for (double v : values) {
        labels << QLocale().toString(v, 'f', decimals);
    }
    pane->gridY = setAxisTicks(pane->y, pane->lo, pane->hi, values, labels, &pane->yLabels);
}

void CandleChartView::showCompareMenu()
{
    QMenu menu(this);
    auto ask = [this](const QString& title) {
        QInputDialog dialog(this);
        dialog.setWindowTitle(title);
        dialog.setLabelText(tr("Symbol:"));
        dialog.setComboBoxEditable(true);
        dialog.setComboBoxItems(m_symbolList);
        dialog.setTextValue(QString());
        return dialog.exec() == QDialog::Accepted ? dialog.textValue().trimmed() : QString();
    };
    menu.addAction(tr("Add symbol…"), this, [this, ask] { addCompareSymbol(ask(tr("Compare with"))); });
    menu.addAction(tr("Relative strength against…"), this, [this, ask] {
        const QString ticker = ask(tr("Relative strength against"));
        if (!ticker.isEmpty()) {
            setBenchmark(ticker);
        }
    });
    if (!m_compareOrder.isEmpty() || !m_benchmark.isEmpty()) {
        menu.addSeparator();
    }
    for (const QString& ticker : std::as_const(m_compareOrder)) {
        menu.addAction(tr("Remove %1").arg(ticker), this, [this, ticker] { removeCompareSymbol(ticker); });
    }
    if (!m_benchmark.isEmpty()) {
        menu.addAction(
            tr("Remove relative strength vs %1").arg(m_benchmark), this, [this] { setBenchmark({}); });
    }
    menu.exec(QCursor::pos());
}

bool CandleChartView::exportImage(const QString& file, QString* error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    auto failWith = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (suffix == u"svg") {
        // A vector drawing: the chart views render through QGraphicsScene, so lines stay lines.
        QSvgGenerator svg;
        svg.setFileName(file);
        svg.setSize(size());
        svg.setViewBox(QRect(QPoint(0, 0), size()));
        svg.setTitle(m_ticker);
        svg.setDescription(tr("Tessera chart of %1").arg(m_ticker));
        QPainter painter;
        if (!painter.begin(&svg)) {
            return failWith(tr("Cannot write %1").arg(file));
        }
        render(&painter);
        painter.end();
        if (!QFileInfo::exists(file)) {
            return failWith(tr("Cannot write %1").arg(file));
        }
        return true;
    }
    if (suffix != u"png") {
        return failWith(tr("Choose a .png or .svg file name (not .%1)").arg(suffix));
    }
    if (!renderImage().save(file, "PNG")) {
        return failWith(tr("Cannot write %1").arg(file));
    }
    return true;
}

} // namespace Tessera::Ui
