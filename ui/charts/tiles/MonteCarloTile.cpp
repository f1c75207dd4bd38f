#include "ui/charts/tiles/MonteCarloTile.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include "ui/charts/tiles/ChartShapes.h"

namespace Tessera::Ui {
namespace {

const QColor RangeColor(0x5c, 0x6b, 0xc0);
const QColor DeterministicColor(0xf5, 0x9e, 0x0b);
constexpr double DeterministicOffset = 0.22; // the diamond sits beside its size's whisker

} // namespace

MonteCarloTile::MonteCarloTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("monteCarloTileView"));
}

void MonteCarloTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_sizes = view.slippageSizes;
    m_simulations = view.simulations;
    setTitle(tr("Monte Carlo slippage in bps · %1 runs per size").arg(m_simulations));

    double lo = std::numeric_limits<double>::infinity();
    double hi = 0;
    for (const SlippageSize& s : std::as_const(m_sizes)) {
        for (double v : {s.mcP05, s.mcP95, s.costBps}) {
            if (std::isfinite(v) && v > 0) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (!std::isfinite(lo)) {
        lo = 1;
        hi = 10;
    }
    const int n = static_cast<int>(m_sizes.size());
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, n - 0.5);
    for (int i = 0; i < n; ++i) {
        x->append(compactNumber(m_sizes[i].notional), i);
    }
    x->setTitleText(tr("order size"));
    styleAxis(x);
    chart()->addAxis(x, Qt::AlignBottom);
    QAbstractAxis* y = nullptr;
    if (hi / lo > 10) {
        auto* log = new QLogValueAxis;
        log->setBase(10);
        log->setRange(std::pow(10, std::floor(std::log10(lo))), std::pow(10, std::ceil(std::log10(hi))));
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(8);
        styleAxis(log);
        log->setMinorGridLineVisible(false);
        chart()->addAxis(log, Qt::AlignRight);
        y = log;
    } else {
        auto* linear = addValueAxis(Qt::AlignRight, 0, hi * 1.1);
        niceAxis(linear);
        y = linear;
    }
    // The unit is in the tile's title (see SlippageTile).

    m_medians = new QScatterSeries;
    m_medians->setName(tr("MC median, p05–p95"));
    m_medians->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_medians->setMarkerSize(11);
    m_medians->setColor(RangeColor);
    m_deterministic = new QScatterSeries;
    m_deterministic->setName(tr("Deterministic"));
    m_deterministic->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_deterministic->setMarkerSize(11);
    m_deterministic->setColor(DeterministicColor);
    QList<QPointF> medians, deterministic;
    QList<QLineSeries*> whiskers;
    for (int i = 0; i < n; ++i) {
        const SlippageSize& s = m_sizes[i];
        if (std::isfinite(s.mcP05) && std::isfinite(s.mcP95) && std::isfinite(s.mcP50)) {
            whiskers.append(segmentSeries(i, s.mcP05, i, s.mcP95, RangeColor, 3.0, false));
            whiskers.append(segmentSeries(i - 0.12, s.mcP05, i + 0.12, s.mcP05, RangeColor, 1.5, false));
            whiskers.append(segmentSeries(i - 0.12, s.mcP95, i + 0.12, s.mcP95, RangeColor, 1.5, false));
            medians.append(QPointF(i, s.mcP50));
        }
        if (std::isfinite(s.costBps)) {
            deterministic.append(QPointF(i + DeterministicOffset, s.costBps));
        }
    }
    for (QLineSeries* whisker : std::as_const(whiskers)) {
        addSeries(whisker, x, y);
    }
    m_medians->replace(medians);
    m_deterministic->replace(deterministic);
    addSeries(m_medians, x, y);
    addSeries(m_deterministic, x, y);
    for (QScatterSeries* series : {m_medians, m_deterministic}) {
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF& p, bool state) {
            showToolTip(state ? describeSize(static_cast<int>(std::lround(p.x() - 0.1))) : QString());
        });
    }
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        marker->setVisible(marker->series() == m_medians || marker->series() == m_deterministic);
    }
}

QString MonteCarloTile::describeSize(int i) const
{
    if (i < 0 || i >= m_sizes.size()) {
        return {};
    }
    const SlippageSize& s = m_sizes[i];
    const QLocale locale;
    auto bps = [&](double v) {
        return locale.toString(v, 'f', 1);
    };
    return tr("Order %1, %2 simulations\np05 %3  median %4  p95 %5 bps\nmean %6 ± %7 bps\nDeterministic %8 "
              "bps")
        .arg(compactNumber(s.notional))
        .arg(m_simulations)
        .arg(bps(s.mcP05), bps(s.mcP50), bps(s.mcP95), bps(s.mcMean), bps(s.mcSd), bps(s.costBps));
}

} // namespace Tessera::Ui
