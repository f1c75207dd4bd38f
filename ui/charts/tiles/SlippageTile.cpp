#include "ui/charts/tiles/SlippageTile.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

namespace Tessera::Ui {
namespace {

const QColor CurveColor(0x42, 0x85, 0xf4);
const QColor SizeColor(0xf5, 0x9e, 0x0b);

} // namespace

SlippageTile::SlippageTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("slippageTileView"));
}

void SlippageTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_samples = view.slippageSamples;
    m_sizesData = view.slippageSizes;
    setTitle(tr("Slippage · cost in bps vs participation"));

    double xLo = std::numeric_limits<double>::infinity();
    double xHi = -xLo;
    double yHi = 0;
    QList<QPointF> curve;
    for (const SlippageSample& s : std::as_const(m_samples)) {
        if (s.participation > 0 && std::isfinite(s.costBps)) {
            curve.append(QPointF(100 * s.participation, s.costBps));
            xLo = std::min(xLo, 100 * s.participation);
            xHi = std::max(xHi, 100 * s.participation);
            yHi = std::max(yHi, s.costBps);
        }
    }
    QList<QPointF> sizes;
    for (const SlippageSize& s : std::as_const(m_sizesData)) {
        if (s.participation > 0 && std::isfinite(s.costBps)) {
            sizes.append(QPointF(100 * s.participation, s.costBps));
            xLo = std::min(xLo, 100 * s.participation);
            xHi = std::max(xHi, 100 * s.participation);
            yHi = std::max(yHi, s.costBps);
        }
    }
    if (!std::isfinite(xLo)) {
        xLo = 0.1;
        xHi = 10;
    }
    // Whole decades on the log axis, so its labels are 0.01 %, 0.1 %, 1 %, 10 %.
    auto* x = new QLogValueAxis;
    x->setBase(10);
    x->setRange(std::pow(10, std::floor(std::log10(xLo))), std::pow(10, std::ceil(std::log10(xHi))));
    x->setLabelFormat(QStringLiteral("%g%%"));
    x->setMinorTickCount(8);
    x->setTitleText(tr("participation of ADV (log)"));
    styleAxis(x);
    x->setMinorGridLineVisible(false);
    chart()->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = addValueAxis(Qt::AlignRight, 0, std::max(yHi, 1.0) * 1.1);
    niceAxis(y);
    // The unit is in the tile's title: a rotated axis title has only the short tile's height and was
    // cut off in longer scripts (Hindi).

    m_curve = new QLineSeries;
    m_curve->replace(curve);
    QPen pen(CurveColor);
    pen.setWidthF(1.8);
    pen.setCosmetic(true);
    m_curve->setPen(pen);
    m_curve->setPointsVisible(true);
    m_curve->setName(tr("%1 samples").arg(curve.size()));
    addSeries(m_curve, x, y);
    connect(m_curve, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
        if (!state) {
            showToolTip({});
            return;
        }
        // The nearest sample on the log axis.
        int best = -1;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (int i = 0; i < m_samples.size(); ++i) {
            if (m_samples[i].participation > 0 && p.x() > 0) {
                const double d = std::abs(std::log(100 * m_samples[i].participation) - std::log(p.x()));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        showToolTip(describeSample(best));
    });

    m_sizes = new QScatterSeries;
    m_sizes->replace(sizes);
    m_sizes->setMarkerSize(10);
    m_sizes->setColor(SizeColor);
    m_sizes->setBorderColor(SizeColor.darker(150));
    m_sizes->setName(tr("Order sizes"));
    addSeries(m_sizes, x, y);
    connect(m_sizes, &QScatterSeries::hovered, this, [this](const QPointF& p, bool state) {
        int index = -1;
        for (int i = 0; i < m_sizesData.size(); ++i) {
            if (std::abs(100 * m_sizesData[i].participation - p.x()) <= 1e-9 * std::max(1.0, p.x())) {
                index = i;
            }
        }
        showToolTip(state ? describeSize(index) : QString());
    });
}

QString SlippageTile::describeSample(int i) const
{
    if (i < 0 || i >= m_samples.size()) {
        return {};
    }
    const SlippageSample& s = m_samples[i];
    const QLocale locale;
    return tr("Participation %1 % of ADV\nNotional %2\nCost %3 bps")
        .arg(locale.toString(100 * s.participation, 'f', 2),
             compactNumber(s.notional),
             locale.toString(s.costBps, 'f', 1));
}

QString SlippageTile::describeSize(int i) const
{
    if (i < 0 || i >= m_sizesData.size()) {
        return {};
    }
    const SlippageSize& s = m_sizesData[i];
    const QLocale locale;
    return tr("Order %1 (%2 % of ADV)\nHalf spread %3 bps + impact %4 bps\n= %5 bps (%6)")
        .arg(compactNumber(s.notional),
             locale.toString(100 * s.participation, 'f', 2),
             locale.toString(s.halfSpreadBps, 'f', 1),
             locale.toString(s.impactBps, 'f', 1),
             locale.toString(s.costBps, 'f', 1),
             compactNumber(s.costValue));
}

} // namespace Tessera::Ui
