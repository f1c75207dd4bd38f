#include "ui/charts/tiles/OrderBookTile.h"

#include <algorithm>
#include <cmath>

#include <QAreaSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/charts/tiles/ChartShapes.h"
#include "ui/common/MarketColors.h"

namespace Tessera::Ui {
namespace {

double cumulative(const QList<BookLevel>& side, int level)
{
    double sum = 0;
    for (int i = 0; i <= level && i < side.size(); ++i) {
        sum += side[i].size;
    }
    return sum;
}

} // namespace

OrderBookTile::OrderBookTile(QWidget* parent)
    : TileView(parent)
{
    setObjectName(QStringLiteral("orderBookTileView"));
}

void OrderBookTile::setAnalysis(const AnalysisView& view)
{
    clearChart();
    m_book = view.orderBook;
    const QLocale locale;
    // "Synthetic" stays in the title: a modelled book must never pass for live depth.
    setTitle(m_book.synthetic ? tr("Order book depth · SYNTHETIC") : tr("Order book depth"));

    double lo = m_book.mid;
    double hi = m_book.mid;
    for (const BookLevel& l : std::as_const(m_book.bids)) {
        lo = std::min(lo, l.price);
    }
    for (const BookLevel& l : std::as_const(m_book.asks)) {
        hi = std::max(hi, l.price);
    }
    const double maxDepth = std::max({cumulative(m_book.bids, static_cast<int>(m_book.bids.size())),
                                      cumulative(m_book.asks, static_cast<int>(m_book.asks.size())),
                                      1.0});
    const auto [xLo, xHi] = paddedRange(lo, hi, 0.03);
    QValueAxis* x = addValueAxis(Qt::AlignBottom, xLo, xHi);
    niceAxis(x);
    const VolumeUnit unit = volumeUnit(maxDepth);
    QValueAxis* y = addValueAxis(Qt::AlignRight, 0, maxDepth * 1.1 / unit.scale);
    niceAxis(y);
    y->setTitleText(unit.suffix.isEmpty() ? tr("cum. shares") : tr("cum. shares (%1)").arg(unit.suffix));

    // A step area per side: the depth available at or better than each price, from the mid outwards.
    auto side = [&](const QList<BookLevel>& levels, const QColor& color, const QString& name, bool bid) {
        auto* upper = new QLineSeries;
        QList<QPointF> points;
        double sum = 0;
        for (const BookLevel& l : levels) {
            points.append(QPointF(l.price, sum / unit.scale));
            sum += l.size;
            points.append(QPointF(l.price, sum / unit.scale));
        }
        const double edge = bid ? xLo : xHi;
        points.append(QPointF(edge, sum / unit.scale));
        upper->replace(points);
        auto* area = new QAreaSeries(upper);
        QColor fill = color;
        fill.setAlpha(110);
        area->setBrush(fill);
        QPen pen(color);
        pen.setCosmetic(true);
        pen.setWidthF(1.5);
        area->setPen(pen);
        area->setName(name);
        addSeries(area, x, y);
        connect(area, &QAreaSeries::hovered, this, [this, bid](const QPointF& p, bool state) {
            if (!state) {
                showToolTip({});
                return;
            }
            // The level is the deepest one the hovered price reaches from the mid.
            const QList<BookLevel>& book = bid ? m_book.bids : m_book.asks;
            int level = 0;
            for (int i = 0; i < book.size(); ++i) {
                if (bid ? p.x() <= book[i].price : p.x() >= book[i].price) {
                    level = i;
                }
            }
            showToolTip(describeLevel(bid, level));
        });
    };
    side(m_book.bids, MarketColors::up(), tr("Bids"), true);
    side(m_book.asks, MarketColors::down(), tr("Asks"), false);
    QLineSeries* mid =
        segmentSeries(m_book.mid, 0, m_book.mid, maxDepth * 1.1 / unit.scale, textColor(), 1.0, true);
    mid->setName(tr("Mid %1 · spread %2 bps")
                     .arg(locale.toString(m_book.mid, 'f', 2), locale.toString(m_book.spreadBps, 'f', 1)));
    addSeries(mid, x, y);
}

double OrderBookTile::cumulativeBid(int level) const
{
    return cumulative(m_book.bids, level);
}

double OrderBookTile::cumulativeAsk(int level) const
{
    return cumulative(m_book.asks, level);
}

QString OrderBookTile::describeLevel(bool bid, int level) const
{
    const QList<BookLevel>& levels = bid ? m_book.bids : m_book.asks;
    if (level < 0 || level >= levels.size()) {
        return {};
    }
    const QLocale locale;
    return tr("%1 level %2 (synthetic)\nPrice %3\nSize %4\nCumulative %5")
        .arg(bid ? tr("Bid") : tr("Ask"))
        .arg(level + 1)
        .arg(locale.toString(levels[level].price, 'f', 2),
             compactNumber(levels[level].size),
             compactNumber(cumulative(levels, level)));
}

} // namespace Tessera::Ui
