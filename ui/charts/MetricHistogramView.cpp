#include "ui/charts/MetricHistogramView.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

#include "ui/charts/ChartStyle.h"

namespace Tessera::Ui {
namespace {

/** Linear interpolation between order statistics of sorted values. */
double quantile(const std::vector<double>& sorted, double q)
{
    const double pos = q * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(pos));
    const size_t hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (pos - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

HistogramBins binValues(const QList<std::vector<double>>& groups, int targetBins)
{
    HistogramBins out;
    std::vector<double> all;
    for (const std::vector<double>& g : groups) {
        for (double v : g) {
            if (std::isfinite(v)) {
                all.push_back(v);
            }
        }
    }
    out.total = static_cast<int>(all.size());
    if (all.empty()) {
        for (qsizetype g = 0; g < groups.size(); ++g) {
            out.counts.append(QList<int>());
        }
        return out;
    }
    std::sort(all.begin(), all.end());
    double lo = quantile(all, 0.01);
    double hi = quantile(all, 0.99);
    if (hi - lo <= 0) {
        // All (nearly) equal: one bin around the value, wide enough to label.
        const double half = std::max(std::fabs(lo) * 0.05, 1e-6);
        lo -= half;
        hi += half;
    }
    out.step = ChartStyle::niceStep((hi - lo) / std::max(1, targetBins));
    out.lo = std::floor(lo / out.step) * out.step;
    const int bins = std::max(1, static_cast<int>(std::ceil((hi - out.lo) / out.step - 1e-9)));
    // Each bin is labelled by its left edge, with the decimals that write every edge exactly (lo and
    // the step are both round at that precision): short labels that fit under a bar group unrotated
    // ("-0.25" rather than the centre "-0.225") and never claim a rounded value.
    int decimals = 0;
    while (decimals < 8) {
        const double scale = std::pow(10.0, decimals);
        const auto exact = [scale](double x) {
            return std::fabs(std::round(x * scale) - x * scale) < 1e-6;
        };
        if (exact(out.lo) && exact(out.step)) {
            break;
        }
        ++decimals;
    }
    for (int b = 0; b < bins; ++b) {
        double edge = out.lo + b * out.step;
        if (std::fabs(edge) < out.step * 1e-6) {
            edge = 0; // no "-0.00"
        }
        out.labels << QLocale().toString(edge, 'f', decimals);
    }
    for (const std::vector<double>& g : groups) {
        QList<int> counts(bins, 0);
        for (double v : g) {
            if (!std::isfinite(v)) {
                continue;
            }
            const int b = std::clamp(static_cast<int>(std::floor((v - out.lo) / out.step)), 0, bins - 1);
            ++counts[b];
        }
        out.counts.append(counts);
    }
    return out;
}

MetricHistogramView::MetricHistogramView(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("metricHistogramView"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
}

void MetricHistogramView::setData(const QString& title, const QString& axisTitle, const QList<Group>& groups)
{
    QList<std::vector<double>> values;
    for (const Group& g : groups) {
        values.append(g.values);
    }
    // Eight bins or so: wide enough categories for "-0.25" under each group of three bars.
    m_bins = binValues(values, 8);

    // A fresh series and axes per refresh: bulk replacement, never point by point (STYLE.md §10).
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    // The palette's light or dark look (Settings ▸ Appearance), taken at each redraw; setTheme() restyles
    // series, so it comes before they are added.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundVisible(false);
    setBackgroundBrush(palette().color(QPalette::Base));
    c->setTitleBrush(palette().color(QPalette::Text));
    c->legend()->setLabelColor(palette().color(QPalette::Text));
    c->setTitle(title);
    auto* series = new QBarSeries;
    int highest = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        auto* set = new QBarSet(groups[g].name);
        set->setColor(groups[g].colour);
        set->setBorderColor(groups[g].colour.darker(120));
        for (int n : m_bins.counts.value(g)) {
            *set << n;
            highest = std::max(highest, n);
        }
        series->append(set);
    }
    series->setBarWidth(0.9);
    c->addSeries(series);

    auto* x = new QBarCategoryAxis;
    x->append(m_bins.labels);
    // Without values the axis has no categories, and Qt Charts would draw its title in the top-left
    // corner: the chart's title already says "0 models".
    if (m_bins.total > 0) {
        x->setTitleText(tr("%1 — bins of %2 from the value shown; outer bins include the tails")
                            .arg(axisTitle, QLocale().toString(m_bins.step)));
    }
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    x->setLabelsFont(small);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    // Whole-model ticks: an interval of 1, 2, 5, 10, ... so labels never repeat a rounded count.
    const double interval = std::ceil(std::max(1.0, ChartStyle::niceStep(std::max(1, highest) / 5.0)));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(interval);
    y->setRange(0, std::ceil(std::max(1, highest) / interval) * interval);
    y->setTitleText(tr("models"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    c->legend()->setVisible(groups.size() > 1);
}

} // namespace Tessera::Ui
