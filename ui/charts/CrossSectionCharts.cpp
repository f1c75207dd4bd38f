#include "ui/charts/CrossSectionCharts.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include "ui/charts/ChartStyle.h"

namespace Tessera::Ui {
namespace {

/** A fresh, empty chart in the palette's light or dark look (series and axes replaced per refresh). */
QChart* resetChart(QChartView* view, const QString& title)
{
    // A new chart per refresh: removing the axes of a bar chart and adding new ones left the old axis
    // labels drawn under the new ones after a switch of target. setChart() releases the old chart
    // without deleting it.
    QChart* old = view->chart();
    auto* c = new QChart;
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setVisible(old->legend()->isVisible());
    view->setChart(c);
    delete old;
    const bool dark = view->palette().color(QPalette::Window).lightness() < 128;
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundVisible(false);
    view->setBackgroundBrush(view->palette().color(QPalette::Base));
    c->setTitleBrush(view->palette().color(QPalette::Text));
    c->legend()->setLabelColor(view->palette().color(QPalette::Text));
    c->setTitle(title);
    c->setMargins(QMargins(4, 4, 4, 4));
    return c;
}

qint64 msecs(const QDate& d)
{
    return d.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

RankIcChartView::RankIcChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignTop);
}

void RankIcChartView::setSeries(const QString& title,
                                const std::vector<QDate>& days,
                                const std::vector<double>& ic)
{
    QChart* c = resetChart(this, title);
    auto* daily = new QLineSeries;
    daily->setName(tr("daily rank IC"));
    auto* average = new QLineSeries;
    average->setName(tr("21-day mean"));
    auto* zero = new QLineSeries;
    zero->setName(tr("zero (no skill)"));
    QList<QPointF> points;
    QList<QPointF> mean;
    double lo = 0;
    double hi = 0;
    constexpr size_t kWindow = 21;
    double sum = 0;
    for (size_t i = 0; i < days.size() && i < ic.size(); ++i) {
        const double x = static_cast<double>(msecs(days[i]));
        points.append(QPointF(x, ic[i]));
        sum += ic[i];
        if (i >= kWindow) {
            sum -= ic[i - kWindow];
        }
        if (i + 1 >= kWindow) {
            mean.append(QPointF(x, sum / kWindow));
        }
        lo = std::min(lo, ic[i]);
        hi = std::max(hi, ic[i]);
    }
    m_points = static_cast<int>(points.size());
    daily->replace(points);
    average->replace(mean);
    if (!points.isEmpty()) {
        zero->append(points.first().x(), 0);
        zero->append(points.last().x(), 0);
    }
    c->addSeries(daily);
    c->addSeries(average);
    c->addSeries(zero);
    daily->setPen(ChartStyle::cosmeticPen(QColor(0x5b, 0x8d, 0xd6)));
    average->setPen(ChartStyle::cosmeticPen(QColor(0xe0, 0x8a, 0x1e), Qt::SolidLine, 2.0));
    zero->setPen(ChartStyle::cosmeticPen(palette().color(QPalette::Mid), Qt::DashLine));

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTickCount(5);
    c->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    const double span = std::max(0.05, std::max(std::fabs(lo), std::fabs(hi)));
    const double step = ChartStyle::niceStep(span / 3);
    y->setRange(-std::ceil(span / step) * step, std::ceil(span / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTitleText(tr("rank IC")); // Spearman: said in the panel summary; longer titles are clipped
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(daily),
                               static_cast<QAbstractSeries*>(average),
                               static_cast<QAbstractSeries*>(zero)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

DecileChartView::DecileChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setVisible(false);
}

void DecileChartView::setDeciles(const QString& title,
                                 const QString& unit,
                                 const std::vector<double>& percent)
{
    QChart* c = resetChart(this, title);
    auto* set = new QBarSet(unit);
    set->setColor(QColor(0x5b, 0x8d, 0xd6));
    QStringList labels;
    double lo = 0;
    double hi = 0;
    for (size_t i = 0; i < percent.size(); ++i) {
        const double v = std::isfinite(percent[i]) ? percent[i] : 0.0;
        *set << v;
        labels << QString::number(i + 1);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    m_bars = static_cast<int>(percent.size());
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(tr("decile of the prediction (1 = lowest, 10 = highest), out of sample"));
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    const double step = ChartStyle::niceStep(std::max(0.1, hi - lo) / 4);
    y->setRange(std::floor(lo / step) * step, std::ceil(hi / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTitleText(unit);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace Tessera::Ui
