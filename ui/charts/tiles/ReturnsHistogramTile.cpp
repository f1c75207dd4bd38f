#include "ui/charts/tiles/ReturnsHistogramTile.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QAreaSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/charts/tiles/ChartShapes.h"

namespace Tessera::Ui {
namespace {

const QColor BarColor(0x5c, 0x6b, 0xc0, 170);
const QColor CurveColor(0xf5, 0x9e, 0x0b);
constexpr int CurvePoints = 121;

} // namespace

ReturnsHistogramTile::ReturnsHistogramTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("returnsHistogramTileView"));
}

double ReturnsHistogramTile::expectedCount(double r) const
{
    if (m_data.normalSd <= 0 || m_data.edges.size() < 2) {
        return 0;
    }
    const double width = (m_data.edges.last() - m_data.edges.first()) / m_data.counts.size();
    const double z = (r - m_data.normalMean) / m_data.normalSd;
    const double density = std::exp(-0.5 * z * z) / (m_data.normalSd * std::sqrt(2 * std::numbers::pi));
    return m_data.sampleCount() * width * density;
}

void ReturnsHistogramTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_data = view.histogram;
    m_normal = nullptr;
    m_bars = 0;
    const QLocale locale;
    setTitle(tr("Daily returns · μ %1 %  σ %2 %")
                 .arg(locale.toString(100 * m_data.normalMean, 'f', 2),
                      locale.toString(100 * m_data.normalSd, 'f', 2)));
    if (m_data.edges.size() != m_data.counts.size() + 1 || m_data.counts.isEmpty()) {
        return;
    }
    int peak = 1;
    for (int c : std::as_const(m_data.counts)) {
        peak = std::max(peak, c);
    }
    const double first = m_data.edges.first();
    const double last = m_data.edges.last();
    // The curve over the bins and 3σ around the mean, whichever is wider, so its tails are visible.
    const double lo = std::min(first, m_data.normalMean - 3 * m_data.normalSd);
    const double hi = std::max(last, m_data.normalMean + 3 * m_data.normalSd);
    const double curvePeak = expectedCount(m_data.normalMean);
    QValueAxis* x = addValueAxis(Qt::AlignBottom, 100 * lo, 100 * hi);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%g%%"));
    // Whole days on the count axis: a step of 1, 2, 5, 10, … with at most five intervals.
    const double top = std::max<double>(peak, curvePeak);
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
        step = candidate;
        if (top / candidate <= 5) {
            break;
        }
    }
    const int intervals = static_cast<int>(std::ceil(top * 1.05 / step));
    QValueAxis* y = addValueAxis(Qt::AlignRight, 0, intervals * step);
    y->setTickCount(intervals + 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("days"));

    for (int i = 0; i < m_data.counts.size(); ++i) {
        if (m_data.counts[i] == 0) {
            ++m_bars; // an empty bin is a bar of height 0: counted, nothing to draw
            continue;
        }
        QAreaSeries* bar =
            rectangleSeries(100 * m_data.edges[i], 100 * m_data.edges[i + 1], 0, m_data.counts[i], BarColor);
        addSeries(bar, x, y);
        connect(bar, &QAreaSeries::hovered, this, [this, i](const QPointF&, bool state) {
            showToolTip(state ? describeBin(i) : QString());
        });
        ++m_bars;
    }
    if (m_data.normalSd > 0) {
        m_normal = new QLineSeries;
        QList<QPointF> points;
        points.reserve(CurvePoints);
        for (int k = 0; k < CurvePoints; ++k) {
            const double r = lo + (hi - lo) * k / (CurvePoints - 1);
            points.append(QPointF(100 * r, expectedCount(r)));
        }
        m_normal->replace(points);
        QPen pen(CurveColor);
        pen.setWidthF(2);
        pen.setCosmetic(true);
        m_normal->setPen(pen);
        m_normal->setName(tr("Normal fit"));
        addSeries(m_normal, x, y);
    }
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        marker->setVisible(marker->series() == m_normal);
    }
}

QString ReturnsHistogramTile::describeBin(int i) const
{
    if (i < 0 || i >= m_data.counts.size()) {
        return {};
    }
    const QLocale locale;
    const double mid = (m_data.edges[i] + m_data.edges[i + 1]) / 2;
    return tr("%1 % to %2 %\n%3 days (normal fit %4)")
        .arg(locale.toString(100 * m_data.edges[i], 'f', 2),
             locale.toString(100 * m_data.edges[i + 1], 'f', 2))
        .arg(m_data.counts[i])
        .arg(locale.toString(expectedCount(mid), 'f', 1));
}

} // namespace Tessera::Ui
