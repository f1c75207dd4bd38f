#include "ui/charts/tiles/VolumeProfileTile.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAreaSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/charts/tiles/ChartShapes.h"

namespace Tessera::Ui {
namespace {

const QColor PocColor(0xf5, 0x9e, 0x0b);    // amber: the one price level a trader looks for first
const QColor InsideColor(0x5c, 0x6b, 0xc0); // value area
const QColor OutsideColor(0x5c, 0x6b, 0xc0, 90);

} // namespace

VolumeProfileTile::VolumeProfileTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("volumeProfileTileView"));
    chart()->legend()->hide();
}

void VolumeProfileTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_data = view.volumeProfile;
    m_pocLine = nullptr;
    setHint({}); // setPriceRange() may set a warning
    const QLocale locale;
    setTitle(tr("Volume profile · POC %1").arg(locale.toString(m_data.pocPrice, 'f', 2)));

    double maxVolume = 0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const PriceBucket& b : std::as_const(m_data.buckets)) {
        maxVolume = std::max(maxVolume, b.volume);
        lo = std::min(lo, b.low);
        hi = std::max(hi, b.high);
    }
    if (maxVolume <= 0) {
        maxVolume = 1;
    }
    // Volume labels in K/M units, one row like the candles' dates: the two plot areas then line up.
    const VolumeUnit unit = volumeUnit(maxVolume);
    QValueAxis* volumeAxis = addValueAxis(Qt::AlignBottom, 0, maxVolume * 1.08 / unit.scale);
    volumeAxis->setTickCount(3);
    volumeAxis->setLabelFormat(QStringLiteral("%.0f") + unit.suffix);
    // Bars grow from the right edge leftwards, so they end at the candles' price axis beside them.
    volumeAxis->setReverse(true);
    const auto [pLo, pHi] = paddedRange(lo, hi);
    m_priceAxis = addValueAxis(Qt::AlignRight, pLo, pHi);
    m_priceAxis->setLabelFormat(QStringLiteral("%g"));
    applyPriceLabels();

    for (int i = 0; i < m_data.buckets.size(); ++i) {
        const PriceBucket& b = m_data.buckets[i];
        const double mid = (b.low + b.high) / 2;
        const bool inside = mid >= m_data.valueAreaLow && mid <= m_data.valueAreaHigh;
        const bool poc = m_data.pocPrice >= b.low && m_data.pocPrice <= b.high;
        QAreaSeries* bar = rectangleSeries(
            0, b.volume / unit.scale, b.low, b.high, poc ? PocColor : (inside ? InsideColor : OutsideColor));
        addSeries(bar, volumeAxis, m_priceAxis);
        connect(bar, &QAreaSeries::hovered, this, [this, i](const QPointF&, bool state) {
            showToolTip(state ? describeBucket(i) : QString());
        });
    }
    for (double edge : {m_data.valueAreaLow, m_data.valueAreaHigh}) {
        QLineSeries* line =
            segmentSeries(0, edge, maxVolume * 1.08 / unit.scale, edge, InsideColor.darker(140), 1.0, true);
        QPen pen = line->pen();
        pen.setStyle(Qt::DotLine);
        line->setPen(pen);
        addSeries(line, volumeAxis, m_priceAxis);
    }
    m_pocLine = segmentSeries(
        0, m_data.pocPrice, maxVolume * 1.08 / unit.scale, m_data.pocPrice, PocColor, 2.0, true);
    m_pocLine->setName(tr("POC"));
    addSeries(m_pocLine, volumeAxis, m_priceAxis);
}

void VolumeProfileTile::setPriceLabelsVisible(bool visible)
{
    m_priceLabels = visible;
    if (m_priceAxis) {
        applyPriceLabels();
    }
}

void VolumeProfileTile::setPriceRange(double lo, double hi)
{
    if (m_priceAxis) {
        m_priceAxis->setRange(lo, hi);
    }
    // A profile off the candles' range is the seed's bug: say so where the empty chart is.
    setHint({});
    if (m_data.pocPrice < lo || m_data.pocPrice > hi) {
        setTitle(tr("Volume profile · OUT OF RANGE"));
        setHint(tr("The point of control %1 lies outside the chart's price range %2 – %3.")
                    .arg(QLocale().toString(m_data.pocPrice, 'f', 2),
                         QLocale().toString(lo, 'f', 2),
                         QLocale().toString(hi, 'f', 2)));
    }
}

void VolumeProfileTile::applyPriceLabels()
{
    // Hidden labels are drawn transparent rather than switched off: they keep taking the same room
    // above the plot as the candles' labels, so both plot areas stay level.
    m_priceAxis->setLabelsColor(m_priceLabels ? textColor() : QColor(Qt::transparent));
}

std::pair<double, double> VolumeProfileTile::priceAxisRange() const
{
    return m_priceAxis ? std::pair{m_priceAxis->min(), m_priceAxis->max()} : std::pair{0.0, 0.0};
}

double VolumeProfileTile::pocLinePrice() const
{
    return m_pocLine && m_pocLine->count() > 0 ? m_pocLine->at(0).y()
                                               : std::numeric_limits<double>::quiet_NaN();
}

QString VolumeProfileTile::describeBucket(int i) const
{
    if (i < 0 || i >= m_data.buckets.size()) {
        return {};
    }
    const PriceBucket& b = m_data.buckets[i];
    const QLocale locale;
    QString text =
        tr("%1 – %2\nVolume %3")
            .arg(locale.toString(b.low, 'f', 2), locale.toString(b.high, 'f', 2), compactNumber(b.volume));
    if (m_data.pocPrice >= b.low && m_data.pocPrice <= b.high) {
        text += tr("\nPoint of control %1").arg(locale.toString(m_data.pocPrice, 'f', 2));
    }
    const double mid = (b.low + b.high) / 2;
    if (mid >= m_data.valueAreaLow && mid <= m_data.valueAreaHigh) {
        text += tr("\nInside the value area %1 – %2 (%3 % of the volume)")
                    .arg(locale.toString(m_data.valueAreaLow, 'f', 2),
                         locale.toString(m_data.valueAreaHigh, 'f', 2),
                         locale.toString(100 * m_data.valueAreaShare, 'f', 0));
    }
    return text;
}

} // namespace Tessera::Ui
