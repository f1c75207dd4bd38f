#include "ui/charts/tiles/TileView.h"

#include <cmath>

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include "ui/charts/DateTicks.h"

namespace Tessera::Ui {

TileView::TileView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 170);
    QChart* c = chart();
    c->legend()->setAlignment(Qt::AlignTop);
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    c->setAnimationOptions(QChart::NoAnimation);
    // setTheme() restyles series and axes: it is applied once, before any series exists.
    c->setTheme(darkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundVisible(false);
    setBackgroundBrush(palette().color(QPalette::Base));
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setTitleBrush(textColor());
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    c->legend()->setFont(legendFont);
    c->legend()->setLabelColor(textColor());
}

QString TileView::toolTipText() const
{
    if (!m_lastToolTip.isEmpty()) {
        return m_lastToolTip;
    }
    QStringList parts;
    if (shownTitle() != m_title) {
        parts << m_title; // the key figure the shortened title left out
    }
    if (!m_hint.isEmpty()) {
        parts << m_hint;
    }
    if (m_enlargeable) {
        parts << tr("Double-click to enlarge.");
    }
    return parts.join(u'\n');
}

bool TileView::event(QEvent* event)
{
    // A static widget tooltip would replace the value under the pointer after the hover delay; the
    // tooltip is composed here instead (toolTipText).
    if (event->type() == QEvent::ToolTip) {
        const QString text = toolTipText();
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text, this);
        }
        return true;
    }
    return QChartView::event(event);
}

void TileView::layoutNow()
{
    if (QGraphicsLayout* layout = chart()->layout()) {
        layout->activate();
    }
}

QString TileView::title() const
{
    return m_title;
}

QString TileView::shownTitle() const
{
    return chart()->title();
}

void TileView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitTitle();
}

void TileView::fitTitle()
{
    const QFontMetrics fm(chart()->titleFont());
    const int room = width() - 24; // the chart's margins and a little air
    const qsizetype cut = m_title.indexOf(QStringLiteral(" · "));
    const QString shown = fm.horizontalAdvance(m_title) <= room || cut < 0 ? m_title : m_title.left(cut);
    if (chart()->title() != shown) {
        chart()->setTitle(shown);
    }
}

void TileView::mouseDoubleClickEvent(QMouseEvent* event)
{
    event->accept();
    if (m_enlargeable) {
        emit enlargeRequested();
    }
}

void TileView::clearChart()
{
    QChart* c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis*> axes = c->axes();
    for (QAbstractAxis* axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
}

void TileView::setTitle(const QString& title)
{
    m_title = title;
    fitTitle();
}

void TileView::showToolTip(const QString& text)
{
    m_lastToolTip = text;
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(QCursor::pos(), text, this);
    }
}

QValueAxis* TileView::addValueAxis(Qt::Alignment alignment, double min, double max)
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    styleAxis(axis);
    chart()->addAxis(axis, alignment);
    return axis;
}

QCategoryAxis* TileView::addDateAxis(const QList<QDate>& dates, QValueAxis* xAxis, QAbstractAxis* yAxis)
{
    std::vector<qint64> days;
    days.reserve(static_cast<size_t>(dates.size()));
    for (const QDate& d : dates) {
        days.push_back(d.toJulianDay());
    }
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(xAxis->min(), xAxis->max());
    if (!days.empty()) {
        const QList<DateTick> ticks = dateTicks(days, 0, static_cast<qsizetype>(days.size()) - 1, 5);
        for (const DateTick& tick : ticks) {
            // QCategoryAxis keys categories by label: a repeated label would move the first one.
            if (!axis->categoriesLabels().contains(tick.label)) {
                axis->append(tick.label, static_cast<double>(tick.index));
            }
        }
    }
    styleAxis(axis);
    chart()->addAxis(axis, Qt::AlignBottom);
    auto* carrier = new QLineSeries;
    chart()->addSeries(carrier);
    carrier->attachAxis(axis);
    carrier->attachAxis(yAxis);
    xAxis->setVisible(false);
    return axis;
}

void TileView::addSeries(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart()->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    // A line's legend entry is drawn as the line (dashed where the series is): squares alike for every
    // line made the Bollinger legend's Upper, SMA and Lower indistinguishable. Areas and bars keep theirs.
    if (series->type() == QAbstractSeries::SeriesTypeLine
        || series->type() == QAbstractSeries::SeriesTypeSpline) {
        for (QLegendMarker* marker : chart()->legend()->markers(series)) {
            marker->setShape(QLegend::MarkerShapeFromSeries);
        }
    }
}

void TileView::styleAxis(QAbstractAxis* axis) const
{
    const bool dark = darkTheme();
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    axis->setLabelsFont(axisFont);
    axis->setLabelsColor(textColor());
    QPen grid(dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 22));
    grid.setCosmetic(true);
    axis->setGridLinePen(grid);
    QPen line(dark ? QColor(255, 255, 255, 70) : QColor(0, 0, 0, 60));
    line.setCosmetic(true);
    axis->setLinePen(line);
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
    QFont titleFont = axisFont;
    axis->setTitleFont(titleFont);
    axis->setTitleBrush(textColor());
}

void TileView::niceAxis(QValueAxis* axis)
{
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%g"));
}

bool TileView::darkTheme() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QColor TileView::textColor() const
{
    return palette().color(QPalette::Text);
}

QString compactNumber(double value)
{
    if (!std::isfinite(value)) {
        return QStringLiteral("–");
    }
    const double a = std::abs(value);
    const QLocale locale;
    const struct
    {
        double scale;
        char suffix;
    } units[] = {{1e12, 'T'}, {1e9, 'B'}, {1e6, 'M'}, {1e3, 'K'}};
    for (const auto& [scale, suffix] : units) {
        if (a >= scale) {
            const double v = value / scale;
            return locale.toString(v, 'f', std::abs(v) < 10 ? 1 : 0) + QLatin1Char(suffix);
        }
    }
    return locale.toString(value, 'f', a < 10 && a != std::floor(a) ? 2 : 0);
}

VolumeUnit volumeUnit(double maxValue)
{
    const double a = std::abs(maxValue);
    if (a >= 1e9) {
        return {1e9, QStringLiteral("B")};
    }
    if (a >= 1e6) {
        return {1e6, QStringLiteral("M")};
    }
    if (a >= 1e4) {
        return {1e3, QStringLiteral("K")};
    }
    return {1, QString()};
}

std::pair<double, double> paddedRange(double lo, double hi, double fraction)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        return {0.0, 1.0};
    }
    double pad = (hi - lo) * fraction;
    if (pad <= 0) {
        pad = std::max(std::abs(hi) * 0.01, 1e-6);
    }
    return {lo - pad, hi + pad};
}

} // namespace Tessera::Ui
