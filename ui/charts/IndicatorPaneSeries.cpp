#include "ui/charts/IndicatorPaneSeries.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QLocale>
#include <QPainter>

#include "ui/charts/ChartStyle.h"
#include "ui/charts/PlotPainter.h"
#include "ui/common/MarketColors.h"

namespace Tessera::Ui {
namespace {

constexpr int HistogramAlpha = 170;
constexpr int BandFillAlpha = 28;

} // namespace

IndicatorPaneSeries::IndicatorPaneSeries(ChartStudy study)
    : m_study(std::move(study))
{}

void IndicatorPaneSeries::setStudy(const ChartStudy& study)
{
    if (study.spec != m_study.spec) {
        m_values = {};
    }
    m_study = study;
}

void IndicatorPaneSeries::setValues(Features::StudyValues values)
{
    m_values = std::move(values);
    double largest = 0.0;
    for (const auto& line : m_values.lines) {
        for (double v : line) {
            if (std::isfinite(v)) {
                largest = std::max(largest, std::abs(v));
            }
        }
    }
    // Price-unit studies of a cheap stock (MACD of a 0.5 price) need more decimals to show anything.
    m_decimals = largest >= 1.0 || largest == 0.0 ? 2 : 4;
}

double IndicatorPaneSeries::value(int line, qsizetype row) const
{
    if (line < 0 || static_cast<size_t>(line) >= m_values.lines.size()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const auto& values = m_values.lines[static_cast<size_t>(line)];
    return row >= 0 && static_cast<size_t>(row) < values.size() ? values[static_cast<size_t>(row)]
                                                                : std::numeric_limits<double>::quiet_NaN();
}

QColor IndicatorPaneSeries::lineColor(int line, bool dark) const
{
    const Features::StudyInfo* i = info();
    // A band's edges and middle share the study's colour; other lines after the first get their own.
    if (line == 0 || (i && i->lines[static_cast<size_t>(line)].style == Features::LineStyle::BandEdge)
        || (i && i->lines.size() == 3 && i->lines[0].style == Features::LineStyle::BandEdge)) {
        return m_study.mainColor(dark);
    }
    return secondaryStudyColor(line, dark);
}

void IndicatorPaneSeries::paint(QPainter* painter, const PlotMap& map, bool dark) const
{
    const Features::StudyInfo* i = info();
    if (!i || m_values.lines.size() != i->lines.size()) {
        return;
    }
    // Band fill first, then histograms, then lines: later ones draw on top.
    std::vector<const Features::Series*> edges;
    for (size_t l = 0; l < i->lines.size(); ++l) {
        if (i->lines[l].style == Features::LineStyle::BandEdge) {
            edges.push_back(&m_values.lines[l]);
        }
    }
    if (edges.size() == 2) {
        QColor fill = m_study.mainColor(dark);
        fill.setAlpha(BandFillAlpha);
        PlotPainter::paintBand(painter, map, *edges[0], *edges[1], fill);
    }
    for (size_t l = 0; l < i->lines.size(); ++l) {
        if (i->lines[l].style == Features::LineStyle::Histogram) {
            QColor up = MarketColors::up();
            QColor down = MarketColors::down();
            up.setAlpha(HistogramAlpha);
            down.setAlpha(HistogramAlpha);
            PlotPainter::paintHistogram(painter, map, m_values.lines[l], up, down);
        }
    }
    for (size_t l = 0; l < i->lines.size(); ++l) {
        const Features::LineStyle style = i->lines[l].style;
        if (style == Features::LineStyle::Histogram) {
            continue;
        }
        const Qt::PenStyle pen = style == Features::LineStyle::BandEdge ? Qt::DashLine
                                 : edges.size() == 2                    ? Qt::DotLine // a band's middle
                                                                        : Qt::SolidLine;
        PlotPainter::paintLine(painter,
                               map,
                               m_values.lines[l],
                               ChartStyle::cosmeticPen(lineColor(static_cast<int>(l), dark), pen, 1.5));
    }
}

void IndicatorPaneSeries::paintGuides(QPainter* painter, const PlotMap& map, bool dark) const
{
    const Features::StudyInfo* i = info();
    if (!i) {
        return;
    }
    const QColor guide = dark ? QColor(255, 255, 255, 110) : QColor(0, 0, 0, 100);
    for (double level : i->guides) {
        PlotPainter::paintGuide(painter, map, level, ChartStyle::cosmeticPen(guide, Qt::DashLine));
    }
}

std::optional<std::pair<double, double>> IndicatorPaneSeries::valueRange(qsizetype first,
                                                                         qsizetype last) const
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    const Features::StudyInfo* i = info();
    if (!i) {
        return std::nullopt;
    }
    for (size_t l = 0; l < m_values.lines.size() && l < i->lines.size(); ++l) {
        const auto& values = m_values.lines[l];
        if (i->lines[l].style == Features::LineStyle::Histogram) {
            lo = std::min(lo, 0.0); // the histogram's base stays in view
            hi = std::max(hi, 0.0);
        }
        const qsizetype end = std::min<qsizetype>(last, static_cast<qsizetype>(values.size()) - 1);
        for (qsizetype r = std::max<qsizetype>(0, first); r <= end; ++r) {
            const double v = values[static_cast<size_t>(r)];
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

std::optional<std::pair<double, double>> IndicatorPaneSeries::fixedRange() const
{
    const Features::StudyInfo* i = info();
    if (i && i->fixedMin && i->fixedMax) {
        return std::make_pair(*i->fixedMin, *i->fixedMax);
    }
    return std::nullopt;
}

QString IndicatorPaneSeries::formatValue(double value) const
{
    if (!std::isfinite(value)) {
        return QStringLiteral("—");
    }
    const QLocale locale;
    const Features::StudyInfo* i = info();
    if (i && qstrcmp(i->unit, "shares") == 0) {
        const double a = std::abs(value);
        if (a >= 1e9) {
            return locale.toString(value / 1e9, 'f', 2) + tr("B");
        }
        if (a >= 1e6) {
            return locale.toString(value / 1e6, 'f', 2) + tr("M");
        }
        if (a >= 1e3) {
            return locale.toString(value / 1e3, 'f', 1) + tr("K");
        }
        return locale.toString(value, 'f', 0);
    }
    QString text = locale.toString(value, 'f', m_decimals);
    if (i && qstrcmp(i->unit, "percent") == 0) {
        text += u'%';
    }
    return text;
}

QString IndicatorPaneSeries::legendHtml(qsizetype row,
                                        bool dark,
                                        const std::function<QString(double)>& formatPrice) const
{
    const Features::StudyInfo* i = info();
    if (!i) {
        return {};
    }
    QString html = QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;")
                       .arg(m_study.mainColor(dark).name(), title().toHtmlEscaped());
    const bool priceUnits = qstrcmp(i->unit, "price") == 0 && formatPrice;
    QStringList values;
    for (size_t l = 0; l < i->lines.size(); ++l) {
        const double v = value(static_cast<int>(l), row);
        const QString text = priceUnits && i->lines[l].style != Features::LineStyle::Histogram
                                 ? formatPrice(v)
                                 : formatValue(v);
        const QString caption = QString::fromUtf8(i->lines[l].caption);
        const QColor color = i->lines[l].style == Features::LineStyle::Histogram
                                 ? (v < 0.0 ? MarketColors::down() : MarketColors::up())
                                 : lineColor(static_cast<int>(l), dark);
        values << QStringLiteral("%1<span style=\"color:%2\">%3</span>")
                      .arg(caption.isEmpty() || i->lines.size() == 1
                               ? QString()
                               : caption.toHtmlEscaped() + QStringLiteral("&nbsp;"),
                           color.name(),
                           text.toHtmlEscaped());
    }
    return html + values.join(QStringLiteral("&nbsp; ")) + QStringLiteral("&nbsp;&nbsp;&nbsp; ");
}

} // namespace Tessera::Ui
