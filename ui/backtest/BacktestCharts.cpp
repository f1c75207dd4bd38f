#include "ui/backtest/BacktestCharts.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include "ui/charts/ChartStyle.h"

namespace Tessera::Ui {

BacktestChartView::BacktestChartView(Kind kind, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_kind(kind)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(kind == Kind::Equity ? 260 : 160);
}

void BacktestChartView::setLines(const QString& title, const QList<BacktestLine>& lines)
{
    // A new chart per call, as CrossSectionCharts does: axes of the old one never linger.
    QChart* old = chart();
    auto* c = new QChart;
    setChart(c);
    delete old;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundVisible(false);
    setBackgroundBrush(palette().color(QPalette::Base));
    c->setTitleBrush(palette().color(QPalette::Text));
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setLabelColor(palette().color(QPalette::Text));
    c->setTitle(title);
    c->setMargins(QMargins(4, 4, 8, 4));

    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    QList<QAbstractSeries*> series;
    m_lines = 0;
    for (const BacktestLine& line : lines) {
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(line.days.size()));
        for (size_t i = 0; i < line.days.size() && i < line.values.size(); ++i) {
            if (!std::isfinite(line.values[i])) {
                continue;
            }
            const double v = m_kind == Kind::Drawdown ? -100.0 * line.values[i] : line.values[i];
            const qint64 x = line.days[i].startOfDay(Qt::UTC).toMSecsSinceEpoch();
            points.append(QPointF(static_cast<double>(x), v));
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            first = std::min(first, x);
            last = std::max(last, x);
        }
        auto* s = new QLineSeries;
        s->setName(line.name);
        s->replace(points);
        s->setPen(ChartStyle::cosmeticPen(line.color, line.style, line.style == Qt::SolidLine ? 1.6 : 1.2));
        if (m_kind == Kind::Drawdown && lines.size() == 1) {
            // One drawdown: filled down from zero, so the depth reads at a glance.
            auto* zero = new QLineSeries;
            for (const QPointF& p : std::as_const(points)) {
                zero->append(p.x(), 0);
            }
            auto* area = new QAreaSeries(s, zero);
            area->setName(line.name);
            QColor fill = line.color;
            fill.setAlpha(80);
            area->setBrush(fill);
            area->setPen(ChartStyle::cosmeticPen(line.color));
            c->addSeries(area);
            series << area;
        } else {
            c->addSeries(s);
            series << s;
        }
        ++m_lines;
    }
    if (!std::isfinite(lo)) {
        lo = m_kind == Kind::Drawdown ? -1 : 0.9;
        hi = m_kind == Kind::Drawdown ? 0 : 1.1;
        first = QDate::currentDate().startOfDay(Qt::UTC).toMSecsSinceEpoch();
        last = first + 86400000;
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setTickCount(7);
    x->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
    c->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    if (m_kind == Kind::Drawdown) {
        hi = 0;
    }
    const double step = ChartStyle::niceStep(std::max(m_kind == Kind::Drawdown ? 1.0 : 0.02, hi - lo) / 4);
    y->setRange(std::floor(lo / step) * step, std::ceil(hi / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(m_kind == Kind::Drawdown ? 0 : 1);
    y->setTickInterval(step);
    const int decimals = ChartStyle::decimalsFor(step);
    y->setLabelFormat(m_kind == Kind::Drawdown ? QStringLiteral("%.%1f %%").arg(decimals)
                                               : QStringLiteral("%.%1f").arg(decimals));
    y->setTitleText(m_kind == Kind::Drawdown ? tr("drawdown") : tr("growth of 1"));
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : std::as_const(series)) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace Tessera::Ui
