#include "ui/charts/IndicatorPaneSeries.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>

#include "ui/charts/ChartStyle.h"
#include "ui/common/MarketColors.h"

namespace Tessera::Ui {
namespace {

using Features::Column;

constexpr double HistogramBodyWidth = 0.7; // as the candles
constexpr int HistogramAlpha = 170;

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

IndicatorPaneSeries::IndicatorPaneSeries(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
    : m_chart(chart)
    , m_x(x)
    , m_y(y)
{}

QList<IndicatorPaneSeries::Line> IndicatorPaneSeries::linesOf(IndicatorPane pane)
{
    const QColor blue(0x19, 0x76, 0xd2);
    const QColor lightBlue(0x64, 0xb5, 0xf6);
    const QColor orange(0xef, 0x8a, 0x00);
    const QColor lightOrange(0xff, 0xb7, 0x4d);
    switch (pane) {
    case IndicatorPane::Rsi:
        return {{Column::Rsi14, tr("RSI"), QColor(0x7e, 0x57, 0xc2), QColor(0xb3, 0x9d, 0xdb)}};
    case IndicatorPane::Macd:
        return {{Column::Macd, tr("MACD"), blue, lightBlue},
                {Column::MacdSignal, tr("Signal"), orange, lightOrange}};
    case IndicatorPane::Stochastic:
        return {{Column::StochK, tr("%K"), blue, lightBlue}, {Column::StochD, tr("%D"), orange, lightOrange}};
    case IndicatorPane::Atr:
        return {{Column::Atr14, tr("ATR"), QColor(0x00, 0x79, 0x6b), QColor(0x4d, 0xb6, 0xac)}};
    case IndicatorPane::None:
        break;
    }
    return {};
}

QList<double> IndicatorPaneSeries::guideLevels(IndicatorPane pane)
{
    switch (pane) {
    case IndicatorPane::Rsi:
        return {30.0, 70.0};
    case IndicatorPane::Stochastic:
        return {20.0, 80.0};
    case IndicatorPane::Macd:
        return {0.0};
    case IndicatorPane::Atr:
    case IndicatorPane::None:
        break;
    }
    return {};
}

std::optional<std::pair<double, double>> IndicatorPaneSeries::fixedRange(IndicatorPane pane)
{
    if (pane == IndicatorPane::Rsi || pane == IndicatorPane::Stochastic) {
        return std::make_pair(0.0, 100.0);
    }
    return std::nullopt;
}

QString IndicatorPaneSeries::label(IndicatorPane pane)
{
    switch (pane) {
    case IndicatorPane::None:
        return tr("No indicator");
    case IndicatorPane::Rsi:
        return tr("RSI 14");
    case IndicatorPane::Macd:
        return tr("MACD 12, 26, 9");
    case IndicatorPane::Stochastic:
        return tr("Stochastic 14, 3, 3");
    case IndicatorPane::Atr:
        return tr("ATR 14");
    }
    return {};
}

void IndicatorPaneSeries::clear()
{
    for (QLineSeries* s : std::as_const(m_lines)) {
        m_chart->removeSeries(s);
        delete s;
    }
    for (QLineSeries* s : std::as_const(m_guides)) {
        m_chart->removeSeries(s);
        delete s;
    }
    if (m_histogram) {
        m_chart->removeSeries(m_histogram);
        delete m_histogram;
    }
    m_lines.clear();
    m_guides.clear();
    m_histogram = nullptr;
}

void IndicatorPaneSeries::show(IndicatorPane pane, const Features::IndicatorFrame& frame)
{
    clear();
    m_pane = pane;
    m_frame = frame;
    if (pane == IndicatorPane::None || frame.isEmpty()) {
        return;
    }
    const double n = static_cast<double>(frame.size());
    auto add = [this](QAbstractSeries* series) {
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    };

    // Guides first, then the histogram, then the lines: later series draw on top.
    for (double level : guideLevels(pane)) {
        auto* guide = new QLineSeries;
        guide->setName(tr("Guide %1").arg(level));
        guide->replace({QPointF(-0.5, level), QPointF(n - 0.5, level)});
        m_guides << guide;
        add(guide);
    }
    double largest = 0.0;
    if (pane == IndicatorPane::Macd) {
        m_histogram = new QCandlestickSeries;
        m_histogram->setName(tr("Histogram"));
        QList<QCandlestickSet*> bars;
        const Features::Series& hist = frame[Column::MacdHist];
        for (size_t i = 0; i < hist.size(); ++i) {
            const double h = hist[i];
            if (!std::isfinite(h)) {
                continue;
            }
            // A bar from 0 to h: open 0, close h, so Qt counts positive bars as rising (same colour rule).
            bars << new QCandlestickSet(0.0, std::max(0.0, h), std::min(0.0, h), h, static_cast<double>(i));
        }
        m_histogram->append(bars);
        add(m_histogram);
    }
    for (const Line& line : linesOf(pane)) {
        auto* series = new QLineSeries;
        series->setName(line.caption);
        const Features::Series& values = frame[line.column];
        series->replace(pointsOf(values));
        for (double v : values) {
            if (std::isfinite(v)) {
                largest = std::max(largest, std::abs(v));
            }
        }
        m_lines << series;
        add(series);
    }
    // MACD and ATR are in price units: a cheap stock needs more decimals to show anything.
    m_decimals = fixedRange(pane) || largest >= 1.0 || largest == 0.0 ? 2 : 4;
    style();
}

void IndicatorPaneSeries::applyTheme(bool dark)
{
    m_dark = dark;
    style();
}

void IndicatorPaneSeries::style()
{
    const QList<Line> specs = linesOf(m_pane);
    for (qsizetype i = 0; i < m_lines.size() && i < specs.size(); ++i) {
        m_lines[i]->setPen(
            ChartStyle::cosmeticPen(m_dark ? specs[i].dark : specs[i].light, Qt::SolidLine, 1.5));
    }
    const QColor guide = m_dark ? QColor(255, 255, 255, 110) : QColor(0, 0, 0, 100);
    for (QLineSeries* s : std::as_const(m_guides)) {
        s->setPen(ChartStyle::cosmeticPen(guide, Qt::DashLine));
    }
    if (m_histogram) {
        QColor up = MarketColors::up();
        QColor down = MarketColors::down();
        up.setAlpha(HistogramAlpha);
        down.setAlpha(HistogramAlpha);
        m_histogram->setIncreasingColor(up);
        m_histogram->setDecreasingColor(down);
        m_histogram->setBodyWidth(HistogramBodyWidth);
        m_histogram->setMinimumColumnWidth(1.0);
        m_histogram->setMaximumColumnWidth(40.0);
        m_histogram->setCapsVisible(false);
        m_histogram->setBodyOutlineVisible(true);
        for (QCandlestickSet* set : m_histogram->sets()) {
            const QColor color = set->close() > 0.0 ? up : down;
            set->setPen(ChartStyle::cosmeticPen(color));
            set->setBrush(color);
        }
    }
}

std::optional<std::pair<double, double>> IndicatorPaneSeries::valueRange(qsizetype first,
                                                                         qsizetype last) const
{
    first = std::max<qsizetype>(0, first);
    last = std::min(last, m_frame.size() - 1);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    QList<Column> columns;
    for (const Line& line : linesOf(m_pane)) {
        columns << line.column;
    }
    if (m_pane == IndicatorPane::Macd) {
        columns << Column::MacdHist;
        lo = 0.0; // the zero line and the histogram's base stay in view
        hi = 0.0;
    }
    for (Column c : std::as_const(columns)) {
        const Features::Series& values = m_frame[c];
        for (qsizetype i = first; i <= last; ++i) {
            const double v = values[static_cast<size_t>(i)];
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        return std::nullopt;
    }
    return std::make_pair(lo, hi);
}

QString IndicatorPaneSeries::formatValue(double value) const
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', m_decimals) : QStringLiteral("—");
}

QString IndicatorPaneSeries::legendHtml(qsizetype row) const
{
    if (m_pane == IndicatorPane::None || row < 0 || row >= m_frame.size()) {
        return {};
    }
    QString html = QStringLiteral("<span style=\"color:gray\">%1</span>&nbsp;&nbsp; ")
                       .arg(label(m_pane).toHtmlEscaped());
    auto item = [&](const QString& caption, double value, const QColor& color) {
        return QStringLiteral("%1&nbsp;<span style=\"color:%2\">%3</span>&nbsp;&nbsp; ")
            .arg(caption.toHtmlEscaped(), color.name(), formatValue(value).toHtmlEscaped());
    };
    const QList<Line> lines = linesOf(m_pane);
    for (const Line& line : lines) {
        // A single line needs no caption: the pane's name says what it is ("RSI 14 56.20").
        const QString caption = lines.size() == 1 ? QString() : line.caption;
        html += item(caption, m_frame.value(line.column, row), m_dark ? line.dark : line.light);
    }
    if (m_pane == IndicatorPane::Macd) {
        const double h = m_frame.value(Column::MacdHist, row);
        html += item(tr("Hist"), h, h < 0.0 ? MarketColors::down() : MarketColors::up());
    }
    return html;
}

} // namespace Tessera::Ui
