#include "ui/charts/tiles/MovingAveragesTile.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/charts/tiles/ChartShapes.h"

namespace Tessera::Ui {

MovingAveragesTile::MovingAveragesTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("movingAveragesTileView"));
}

void MovingAveragesTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_dates = view.dates;
    m_close = view.bollinger.close;
    m_data = view.movingAverages;
    const double ma20 = m_data.ma20.isEmpty() ? NAN : m_data.ma20.last();
    const double ma50 = m_data.ma50.isEmpty() ? NAN : m_data.ma50.last();
    // The usual trend read: the faster average above the slower one.
    QString trend;
    if (std::isfinite(ma20) && std::isfinite(ma50)) {
        trend = ma20 >= ma50 ? tr(" · MA20 above MA50") : tr(" · MA20 below MA50");
    }
    setTitle(tr("Moving averages") + trend);

    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const QList<double>* s : {&m_close, &m_data.ma5, &m_data.ma20, &m_data.ma50}) {
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
    const QColor closeColor = darkTheme() ? QColor(200, 200, 200) : QColor(90, 90, 90);
    const struct
    {
        const QList<double>* values;
        QString name;
        QColor color;
        qreal width;
    } lines[] = {{&m_close, tr("Close"), closeColor, 1.0},
                 {&m_data.ma5, tr("MA5"), QColor(0xff, 0x98, 0x00), 1.4},
                 {&m_data.ma20, tr("MA20"), QColor(0x42, 0x85, 0xf4), 1.6},
                 {&m_data.ma50, tr("MA50"), QColor(0x9c, 0x27, 0xb0), 1.8}};
    for (const auto& line : lines) {
        QLineSeries* series = indexedLineSeries(*line.values, line.color, line.width);
        series->setName(line.name);
        addSeries(series, x, y);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
            showToolTip(state ? describeBar(static_cast<int>(std::lround(p.x()))) : QString());
        });
    }
    addDateAxis(m_dates, x, y);
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        marker->setVisible(!marker->label().isEmpty());
    }
}

QString MovingAveragesTile::describeBar(int i) const
{
    if (i < 0 || i >= m_dates.size()) {
        return {};
    }
    const QLocale locale;
    auto price = [&](const QList<double>& s) {
        return i < s.size() && std::isfinite(s[i]) ? locale.toString(s[i], 'f', 2) : QStringLiteral("–");
    };
    return tr("%1\nClose %2\nMA5 %3\nMA20 %4\nMA50 %5")
        .arg(locale.toString(m_dates[i], QStringLiteral("ddd d MMM yyyy")),
             price(m_close),
             price(m_data.ma5),
             price(m_data.ma20),
             price(m_data.ma50));
}

} // namespace Tessera::Ui
