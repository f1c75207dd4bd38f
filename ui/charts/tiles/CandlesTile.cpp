#include "ui/charts/tiles/CandlesTile.h"

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/charts/tiles/ChartShapes.h"
#include "ui/common/MarketColors.h"

namespace Tessera::Ui {

CandlesTile::CandlesTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("candlesTileView"));
    chart()->legend()->hide();
}

void CandlesTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_candles = view.candles;
    const QLocale locale;
    setTitle(tr("Candles · last %1 bars").arg(m_candles.size()));

    const auto [lo, hi] = view.priceRange();
    const auto [pLo, pHi] = paddedRange(lo, hi);
    const double n = static_cast<double>(m_candles.size());
    QValueAxis* x = addValueAxis(Qt::AlignBottom, -0.5, n - 0.5);
    m_priceAxis = addValueAxis(Qt::AlignLeft, pLo, pHi); // next to the volume profile
    niceAxis(m_priceAxis);

    m_series = new QCandlestickSeries;
    m_series->setIncreasingColor(MarketColors::up());
    m_series->setDecreasingColor(MarketColors::down());
    m_series->setBodyWidth(0.7);
    m_series->setCapsVisible(false);
    m_series->setMinimumColumnWidth(1.0);
    QList<QCandlestickSet*> sets;
    sets.reserve(m_candles.size());
    for (int i = 0; i < m_candles.size(); ++i) {
        const CandleData& c = m_candles[i];
        sets.append(new QCandlestickSet(c.open, c.high, c.low, c.close, i));
    }
    m_series->append(sets);
    addSeries(m_series, x, m_priceAxis);
    QList<QDate> dates;
    for (const CandleData& c : std::as_const(m_candles)) {
        dates.append(c.date);
    }
    addDateAxis(dates, x, m_priceAxis);
    connect(m_series, &QCandlestickSeries::hovered, this, [this](bool state, QCandlestickSet* set) {
        showToolTip(state && set ? describeCandle(static_cast<int>(set->timestamp())) : QString());
    });

    QLineSeries* poc = segmentSeries(-0.5,
                                     view.volumeProfile.pocPrice,
                                     n - 0.5,
                                     view.volumeProfile.pocPrice,
                                     QColor(0xf5, 0x9e, 0x0b),
                                     1.2,
                                     true);
    poc->setName(tr("POC"));
    addSeries(poc, x, m_priceAxis);
}

void CandlesTile::setPriceRange(double lo, double hi)
{
    if (m_priceAxis) {
        m_priceAxis->setRange(lo, hi);
        niceAxis(m_priceAxis);
    }
}

int CandlesTile::candleCount() const
{
    return m_series ? m_series->count() : 0;
}

std::pair<double, double> CandlesTile::priceAxisRange() const
{
    return m_priceAxis ? std::pair{m_priceAxis->min(), m_priceAxis->max()} : std::pair{0.0, 0.0};
}

QString CandlesTile::describeCandle(int i) const
{
    if (i < 0 || i >= m_candles.size()) {
        return {};
    }
    const CandleData& c = m_candles[i];
    const QLocale locale;
    auto price = [&](double v) {
        return locale.toString(v, 'f', 2);
    };
    return tr("%1\nO %2  H %3\nL %4  C %5\nV %6")
        .arg(locale.toString(c.date, QStringLiteral("ddd d MMM yyyy")),
             price(c.open),
             price(c.high),
             price(c.low),
             price(c.close),
             compactNumber(c.volume));
}

} // namespace Tessera::Ui
