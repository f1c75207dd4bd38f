#include "ui/charts/tiles/AbsorptionFlowTile.h"

#include <algorithm>
#include <cmath>

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/charts/tiles/ChartShapes.h"
#include "ui/common/MarketColors.h"

namespace Tessera::Ui {

AbsorptionFlowTile::AbsorptionFlowTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("absorptionFlowTileView"));
}

void AbsorptionFlowTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_dates = view.dates;
    m_data = view.absorption;
    const QLocale locale;
    const double total = m_data.buyTotal + m_data.sellTotal;
    setTitle(tr("Absorption flow · imbalance %1%2 %")
                 .arg(m_data.imbalance > 0 ? QStringLiteral("+") : QString())
                 .arg(locale.toString(100 * m_data.imbalance, 'f', 1)));
    setHint(
        tr("Buying %1 %, selling %2 % of the volume over %3 days (by the close's place in the day's range).")
            .arg(locale.toString(total > 0 ? 100 * m_data.buyTotal / total : 0, 'f', 0))
            .arg(locale.toString(total > 0 ? 100 * m_data.sellTotal / total : 0, 'f', 0))
            .arg(m_dates.size()));

    double peak = 1;
    for (qsizetype i = 0; i < m_data.buyVolume.size(); ++i) {
        peak = std::max({peak, std::abs(m_data.buyVolume[i]), std::abs(m_data.sellVolume.value(i))});
    }
    const double n = static_cast<double>(m_dates.size());
    QValueAxis* x = addValueAxis(Qt::AlignBottom, -0.5, n - 0.5);
    const VolumeUnit unit = volumeUnit(peak);
    m_scale = unit.scale;
    QValueAxis* y = addValueAxis(Qt::AlignRight, -peak * 1.08 / m_scale, peak * 1.08 / m_scale);
    niceAxis(y);
    y->setTitleText(unit.suffix.isEmpty() ? tr("shares") : tr("shares (%1)").arg(unit.suffix));

    // Bars are candlesticks from 0 (Qt Charts bars need a category axis; these stay on the index
    // axis with the date labels): a buy bar rises from 0, a sell bar falls from 0.
    auto bars = [&](const QList<double>& values, bool buy) {
        auto* series = new QCandlestickSeries;
        series->setName(buy ? tr("Buy volume") : tr("Sell volume"));
        series->setIncreasingColor(MarketColors::up());
        series->setDecreasingColor(MarketColors::down());
        series->setBodyWidth(0.7);
        series->setCapsVisible(false);
        series->setMinimumColumnWidth(1.0);
        series->setBodyOutlineVisible(false); // 120 thin bars: outlines would turn them dark
        QList<QCandlestickSet*> sets;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const double v = std::isfinite(values[i]) ? values[i] / m_scale : 0.0;
            sets.append(buy ? new QCandlestickSet(0, v, 0, v, static_cast<qreal>(i))
                            : new QCandlestickSet(0, 0, -v, -v, static_cast<qreal>(i)));
        }
        series->append(sets);
        addSeries(series, x, y);
        connect(series, &QCandlestickSeries::hovered, this, [this](bool state, QCandlestickSet* set) {
            showToolTip(state && set ? describeDay(static_cast<int>(set->timestamp())) : QString());
        });
        return series;
    };
    m_buy = bars(m_data.buyVolume, true);
    m_sell = bars(m_data.sellVolume, false);
    QList<double> net;
    for (qsizetype i = 0; i < m_data.buyVolume.size(); ++i) {
        net.append((m_data.buyVolume[i] - m_data.sellVolume.value(i)) / m_scale);
    }
    QLineSeries* netLine = indexedLineSeries(net, textColor(), 1.2);
    netLine->setName(tr("Net"));
    addSeries(netLine, x, y);
    addDateAxis(m_dates, x, y);
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        marker->setVisible(!marker->label().isEmpty());
        // A candlestick series' legend entry is grey whatever its colours: paint buy green, sell red.
        if (marker->series() == m_buy || marker->series() == m_sell) {
            const QColor colour = marker->series() == m_buy ? MarketColors::up() : MarketColors::down();
            marker->setBrush(colour);
            marker->setPen(QPen(colour));
        }
    }
}

QString AbsorptionFlowTile::describeDay(int i) const
{
    if (i < 0 || i >= m_dates.size()) {
        return {};
    }
    const double buy = m_data.buyVolume.value(i);
    const double sell = m_data.sellVolume.value(i);
    const QLocale locale;
    return tr("%1\nBuy %2\nSell %3\nNet %4")
        .arg(locale.toString(m_dates[i], QStringLiteral("ddd d MMM yyyy")),
             compactNumber(buy),
             compactNumber(sell),
             compactNumber(buy - sell));
}

} // namespace Tessera::Ui
