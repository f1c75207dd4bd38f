#include "ui/charts/PriceOverlays.h"

#include <algorithm>
#include <cmath>

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QLocale>

#include "ui/charts/ChartStyle.h"

namespace Tessera::Ui {
namespace {

using Features::Column;

/** The points of a column: one per row with a value. Leading (and any other) NaN rows get no point. */
QList<QPointF> pointsOf(const Features::Series& values)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(values.size()));
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i])) {
            points.append(QPointF(static_cast<double>(i), values[i]));
        }
    }
    return points;
}

} // namespace

PriceOverlays::PriceOverlays(QChart* chart)
    : m_chart(chart)
{
    m_band = new QAreaSeries;
    m_bandUpper = new QLineSeries(m_band);
    m_bandLower = new QLineSeries(m_band);
    m_band->setUpperSeries(m_bandUpper);
    m_band->setLowerSeries(m_bandLower);
    m_band->setName(tr("Bollinger band"));
    m_band->setVisible(false);
    m_chart->addSeries(m_band);
}

void PriceOverlays::attach(QAbstractAxis* x, QAbstractAxis* y)
{
    m_ma5 = new QLineSeries;
    m_ma20 = new QLineSeries;
    m_ma50 = new QLineSeries;
    m_bbUpper = new QLineSeries;
    m_bbMiddle = new QLineSeries;
    m_bbLower = new QLineSeries;
    m_ma5->setName(label(PriceOverlay::Ma5));
    m_ma20->setName(label(PriceOverlay::Ma20));
    m_ma50->setName(label(PriceOverlay::Ma50));
    m_bbUpper->setName(tr("Bollinger upper"));
    m_bbMiddle->setName(tr("Bollinger middle"));
    m_bbLower->setName(tr("Bollinger lower"));
    m_band->attachAxis(x);
    m_band->attachAxis(y);
    // Bollinger first, so the moving averages draw over its lines.
    for (QLineSeries* line : {m_bbUpper, m_bbMiddle, m_bbLower, m_ma50, m_ma20, m_ma5}) {
        line->setVisible(false);
        m_chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    applyTheme(m_dark);
}

void PriceOverlays::setFrame(const Features::IndicatorFrame& frame)
{
    m_frame = frame;
    for (int i = 0; i < kPriceOverlayCount; ++i) {
        refill(static_cast<PriceOverlay>(i));
    }
}

void PriceOverlays::setEnabled(PriceOverlay overlay, bool on)
{
    m_enabled[static_cast<size_t>(overlay)] = on;
    refill(overlay);
}

bool PriceOverlays::anyEnabled() const
{
    return std::any_of(m_enabled.cbegin(), m_enabled.cend(), [](bool on) { return on; });
}

QList<QLineSeries*> PriceOverlays::series(PriceOverlay overlay) const
{
    switch (overlay) {
    case PriceOverlay::Ma5:
        return {m_ma5};
    case PriceOverlay::Ma20:
        return {m_ma20};
    case PriceOverlay::Ma50:
        return {m_ma50};
    case PriceOverlay::Bollinger:
        return {m_bbUpper, m_bbMiddle, m_bbLower};
    }
    return {};
}

QList<Column> PriceOverlays::columns(PriceOverlay overlay)
{
    switch (overlay) {
    case PriceOverlay::Ma5:
        return {Column::Sma5};
    case PriceOverlay::Ma20:
        return {Column::Sma20};
    case PriceOverlay::Ma50:
        return {Column::Sma50};
    case PriceOverlay::Bollinger:
        return {Column::BbUpper, Column::BbMiddle, Column::BbLower};
    }
    return {};
}

void PriceOverlays::refill(PriceOverlay overlay)
{
    // A hidden overlay keeps no points: nothing to draw or to walk on every zoom step.
    const bool on = isEnabled(overlay) && !m_frame.isEmpty();
    const QList<QLineSeries*> lines = series(overlay);
    const QList<Column> cols = columns(overlay);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i]) {
            continue; // not attached yet
        }
        lines[i]->replace(on ? pointsOf(m_frame[cols[i]]) : QList<QPointF>());
        lines[i]->setVisible(on);
    }
    if (overlay == PriceOverlay::Bollinger) {
        m_bandUpper->replace(on && m_bbUpper ? m_bbUpper->points() : QList<QPointF>());
        m_bandLower->replace(on && m_bbLower ? m_bbLower->points() : QList<QPointF>());
        m_band->setVisible(on);
    }
}

void PriceOverlays::extendRange(qsizetype first, qsizetype last, double& lo, double& hi) const
{
    const qsizetype n = m_frame.size();
    first = std::max<qsizetype>(0, first);
    last = std::min(last, n - 1);
    for (int o = 0; o < kPriceOverlayCount; ++o) {
        const auto overlay = static_cast<PriceOverlay>(o);
        if (!isEnabled(overlay)) {
            continue;
        }
        for (Column c : columns(overlay)) {
            const Features::Series& values = m_frame[c];
            for (qsizetype i = first; i <= last; ++i) {
                const double v = values[static_cast<size_t>(i)];
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
        }
    }
}

QString PriceOverlays::legendHtml(qsizetype row, const std::function<QString(double)>& formatPrice) const
{
    if (row < 0 || row >= m_frame.size()) {
        return {};
    }
    QString html;
    for (int o = 0; o < kPriceOverlayCount; ++o) {
        const auto overlay = static_cast<PriceOverlay>(o);
        if (!isEnabled(overlay)) {
            continue;
        }
        QStringList values;
        for (Column c : columns(overlay)) {
            values << formatPrice(m_frame.value(c, row)).toHtmlEscaped();
        }
        html += QStringLiteral("<span style=\"color:%1\">%2&nbsp;%3</span>&nbsp;&nbsp; ")
                    .arg(color(overlay, m_dark).name(),
                         label(overlay).toHtmlEscaped(),
                         values.join(QStringLiteral("&nbsp;/&nbsp;")));
    }
    return html;
}

void PriceOverlays::applyTheme(bool dark)
{
    m_dark = dark;
    if (!m_ma5) {
        return;
    }
    const struct
    {
        QLineSeries* line;
        PriceOverlay overlay;
        Qt::PenStyle style;
    } lines[] = {
        {m_ma5, PriceOverlay::Ma5, Qt::SolidLine},
        {m_ma20, PriceOverlay::Ma20, Qt::SolidLine},
        {m_ma50, PriceOverlay::Ma50, Qt::SolidLine},
        {m_bbUpper, PriceOverlay::Bollinger, Qt::DashLine},
        {m_bbMiddle, PriceOverlay::Bollinger, Qt::DotLine},
        {m_bbLower, PriceOverlay::Bollinger, Qt::DashLine},
    };
    for (const auto& [line, overlay, style] : lines) {
        line->setPen(ChartStyle::cosmeticPen(color(overlay, dark), style, 1.5));
    }
    QColor fill = color(PriceOverlay::Bollinger, dark);
    fill.setAlpha(dark ? 34 : 26);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(fill);
}

QString PriceOverlays::label(PriceOverlay overlay)
{
    switch (overlay) {
    case PriceOverlay::Ma5:
        return tr("MA 5");
    case PriceOverlay::Ma20:
        return tr("MA 20");
    case PriceOverlay::Ma50:
        return tr("MA 50");
    case PriceOverlay::Bollinger:
        return tr("BB 20, 2");
    }
    return {};
}

QColor PriceOverlays::color(PriceOverlay overlay, bool dark)
{
    // Apart from the candles' teal and red, and from each other, on light and dark backgrounds.
    switch (overlay) {
    case PriceOverlay::Ma5:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xef, 0x8a, 0x00); // orange
    case PriceOverlay::Ma20:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2); // blue
    case PriceOverlay::Ma50:
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x8e, 0x24, 0xaa); // purple
    case PriceOverlay::Bollinger:
        return dark ? QColor(0xa1, 0x88, 0x7f) : QColor(0x79, 0x55, 0x48); // brown
    }
    return {};
}

} // namespace Tessera::Ui
