#include "ui/portfolio/PortfolioChartLayer.h"

#include <cmath>

#include <QChart>
#include <QChartView>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include "core/portfolio/Portfolio.h"
#include "ui/charts/CandleChartView.h"

namespace Tessera::Ui {

using namespace Tessera::Portfolio;

namespace detail {

/** Paints the layer over the price chart's plot area (as the drawing layer does). */
class FillsItem final : public QGraphicsItem
{
public:
    FillsItem(PortfolioChartLayer* layer, QChart* chart)
        : m_layer(layer)
        , m_chart(chart)
    {
        // A top-level scene item like the bars (PlotItem, z 500) and the drawings (z 600): z values only
        // order siblings, so as the chart's child it would sit under every candle.
        if (chart->scene()) {
            chart->scene()->addItem(this);
        }
        setPos(chart->pos());
        setZValue(550); // over the bars, under the drawings
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return m_chart->plotArea().adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->save();
        painter->setClipRect(m_chart->plotArea());
        painter->setRenderHint(QPainter::Antialiasing);
        m_layer->paint(painter);
        painter->restore();
    }
    void refresh()
    {
        prepareGeometryChange();
        update();
    }

private:
    PortfolioChartLayer* m_layer;
    QChart* m_chart;
};

} // namespace detail

namespace {

struct SymbolTrades
{
    QList<Fill> fills;
    double held = 0;
    double entry = 0;
};

} // namespace

PortfolioChartLayer::PortfolioChartLayer(CandleChartView* chart,
                                         Store::DatabasePtr db,
                                         QThreadPool* pool,
                                         QObject* parent)
    : QObject(parent)
    , m_chart(chart)
    , m_db(std::move(db))
    , m_pool(pool)
{
    setObjectName(QStringLiteral("portfolioChartLayer"));
    m_item = new detail::FillsItem(this, chart->priceChart());
    connect(chart, &CandleChartView::visibleRangeChanged, this, [this] { m_item->refresh(); });
    connect(chart->priceChart(), &QChart::plotAreaChanged, this, [this] { m_item->refresh(); });
    connect(chart, &CandleChartView::barsShown, this, [this](const QString& ticker) {
        m_ticker = ticker;
        refresh();
    });
    connect(chart, &CandleChartView::contextMenuRequested, this, &PortfolioChartLayer::addMenuActions);
}

void PortfolioChartLayer::setAccount(const QString& name)
{
    if (name != m_account) {
        m_account = name;
        refresh();
    }
}

void PortfolioChartLayer::refresh()
{
    const quint64 request = ++m_request;
    QPointer<PortfolioChartLayer> self(this);
    QtConcurrent::run(m_pool, [db = m_db, ticker = m_ticker, name = m_account]() -> Result<SymbolTrades> {
        SymbolTrades out;
        if (ticker.isEmpty()) {
            return out;
        }
        auto account = resolveAccount(*db, name);
        if (!account) {
            return fail(account.error());
        }
        auto state = loadState(*db, *account);
        if (!state) {
            return fail(state.error());
        }
        for (const Fill& f : state->fills()) {
            if (f.symbol == ticker) {
                out.fills.append(f);
            }
        }
        for (const Position& p : state->positions()) {
            if (p.symbol == ticker && p.quantity > 0) {
                out.entry = (out.entry * out.held + p.averagePrice * p.quantity) / (out.held + p.quantity);
                out.held += p.quantity;
            }
        }
        return out;
    }).then(this, [self, request](Result<SymbolTrades> read) {
        if (!self || request != self->m_request) {
            return;
        }
        if (read) {
            self->m_fills = read->fills;
            self->m_entry = read->entry;
            self->m_held = read->held;
        }
        self->m_item->refresh();
        emit self->loaded();
    });
}

void PortfolioChartLayer::paint(QPainter* painter) const
{
    const BarSeries& bars = m_chart->bars();
    QChartView* pane = m_chart->pricePane();
    if (bars.isEmpty() || !pane) {
        return;
    }
    QChart* chart = m_chart->priceChart();
    const auto toChart = [&](double index, double price) {
        const QPointF inViewport = m_chart->positionOf(QPointF(index, price));
        return chart->mapFromScene(pane->mapToScene(inViewport.toPoint()));
    };
    const QRectF plot = chart->plotArea();
    if (m_held > 0 && m_entry > 0) {
        const double y = toChart(0, m_entry).y();
        QPen pen(QColor(0x15, 0x65, 0xc0), 1.4, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString label =
            QObject::tr("Entry %1 × %2").arg(QLocale().toString(m_entry, 'f', 2)).arg(m_held);
        const QFontMetricsF fm(painter->font());
        const QRectF box(
            plot.left() + 6, y - fm.height() - 3, fm.horizontalAdvance(label) + 10, fm.height() + 2);
        painter->fillRect(box, QColor(0x15, 0x65, 0xc0));
        painter->setPen(Qt::white);
        painter->drawText(box, Qt::AlignCenter, label);
    }
    const double size = 7;
    for (const Fill& f : m_fills) {
        const int index = m_chart->indexOfDate(f.day);
        if (index < 0 || m_chart->barDate(index) != f.day) {
            continue;
        }
        const bool buy = f.side == Side::Buy;
        const double anchor =
            buy ? bars.low()[static_cast<size_t>(index)] : bars.high()[static_cast<size_t>(index)];
        const QPointF at = toChart(index, anchor);
        const double dir = buy ? 1 : -1; // buys below the bar pointing up, sells above pointing down
        const QPointF tip(at.x(), at.y() + dir * 4);
        QPainterPath path;
        path.moveTo(tip);
        path.lineTo(tip.x() - size, tip.y() + dir * size * 1.6);
        path.lineTo(tip.x() + size, tip.y() + dir * size * 1.6);
        path.closeSubpath();
        const QColor color = buy ? QColor(0x1b, 0x8a, 0x3c) : QColor(0xc6, 0x28, 0x28);
        painter->setPen(QPen(color.darker(130), 1));
        painter->setBrush(color);
        painter->drawPath(path);
        // The fill price as a short tick on the bar.
        const double y = toChart(index, f.price).y();
        painter->setPen(QPen(color, 2));
        painter->drawLine(QPointF(at.x() - size, y), QPointF(at.x() + size, y));
    }
}

void PortfolioChartLayer::addMenuActions(QPointF valuePoint, QMenu* menu)
{
    if (m_ticker.isEmpty()) {
        return;
    }
    const double price = std::isfinite(valuePoint.y()) ? valuePoint.y() : 0;
    menu->addSeparator();
    const QString ticker = m_ticker;
    menu->addAction(
        tr("Buy %1…").arg(ticker), this, [this, ticker] { emit orderRequested(ticker, Side::Buy, 0); });
    menu->addAction(
        tr("Sell %1…").arg(ticker), this, [this, ticker] { emit orderRequested(ticker, Side::Sell, 0); });
    if (price > 0) {
        menu->addAction(tr("Buy limit at %1…").arg(QLocale().toString(price, 'f', 2)),
                        this,
                        [this, ticker, price] { emit orderRequested(ticker, Side::Buy, price); });
    }
}

} // namespace Tessera::Ui
