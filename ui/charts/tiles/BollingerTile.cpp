#include "ui/charts/tiles/BollingerTile.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAreaSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/charts/tiles/ChartShapes.h"

namespace Tessera::Ui {
namespace {

const QColor BandColor(0x42, 0x85, 0xf4);

} // namespace

BollingerTile::BollingerTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("bollingerTileView"));
}

void BollingerTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_dates = view.dates;
    m_data = view.bollinger;
    const QLocale locale;
    const double lastUpper = m_data.upper.isEmpty() ? NAN : m_data.upper.last();
    const double lastLower = m_data.lower.isEmpty() ? NAN : m_data.lower.last();
    setTitle(tr("Bollinger (20, 2σ) · band %1 – %2")
                 .arg(locale.toString(lastLower, 'f', 2), locale.toString(lastUpper, 'f', 2)));

    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const QList<double>* s : {&m_data.upper, &m_data.lower, &m_data.close}) {
        for (double v : *s) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    const auto [pLo, pHi] = paddedRange(lo, hi);
    const double n = static_cast<double>(m_dates.size());
    QValueAxis* x = addValueAxis(Qt::AlignBottom, -0.5, n - 0.5);
    QValueAxis* y = addValueAxis(Qt::AlignRight, pLo, pHi);
    niceAxis(y);

    // The band: an area between the upper and lower lines where both are defined.
    QList<double> upper, lower;
    for (qsizetype i = 0; i < m_data.upper.size() && i < m_data.lower.size(); ++i) {
        const bool both = std::isfinite(m_data.upper[i]) && std::isfinite(m_data.lower[i]);
        upper.append(both ? m_data.upper[i] : NAN);
        lower.append(both ? m_data.lower[i] : NAN);
    }
    QColor fill = BandColor;
    fill.setAlpha(40);
    auto* band =
        new QAreaSeries(indexedLineSeries(upper, BandColor, 1), indexedLineSeries(lower, BandColor, 1));
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    band->setName(tr("Band"));
    addSeries(band, x, y);

    const struct
    {
        const QList<double>* values;
        QString name;
        QColor color;
        qreal width;
        bool dashed;
    } lines[] = {{&m_data.upper, tr("Upper"), BandColor, 1.2, false},
                 {&m_data.middle, tr("SMA 20"), BandColor, 1.0, true},
                 {&m_data.lower, tr("Lower"), BandColor, 1.2, false},
                 {&m_data.close, tr("Close"), textColor(), 1.6, false}};
    for (const auto& line : lines) {
        QLineSeries* series = indexedLineSeries(*line.values, line.color, line.width);
        if (line.dashed) {
            QPen pen = series->pen();
            pen.setStyle(Qt::DashLine);
            series->setPen(pen);
        }
        series->setName(line.name);
        addSeries(series, x, y);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
            showToolTip(state ? describeBar(static_cast<int>(std::lround(p.x()))) : QString());
        });
    }
    addDateAxis(m_dates, x, y);
    // The legend lists the lines, not the band fill or the date carrier.
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (marker->series() == band || marker->label().isEmpty()) {
            marker->setVisible(false);
        }
    }
}

QString BollingerTile::describeBar(int i) const
{
    if (i < 0 || i >= m_dates.size()) {
        return {};
    }
    const QLocale locale;
    auto price = [&](const QList<double>& s) {
        return i < s.size() && std::isfinite(s[i]) ? locale.toString(s[i], 'f', 2) : QStringLiteral("–");
    };
    return tr("%1\nClose %2\nUpper %3\nSMA 20 %4\nLower %5")
        .arg(locale.toString(m_dates[i], QStringLiteral("ddd d MMM yyyy")),
             price(m_data.close),
             price(m_data.upper),
             price(m_data.middle),
             price(m_data.lower));
}

} // namespace Tessera::Ui
