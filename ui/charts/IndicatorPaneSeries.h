#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include "core/features/Studies.h"
#include "ui/charts/ChartStudies.h"

class QPainter;

namespace Tessera::Ui {

struct PlotMap;

/**
 * One study as a chart draws it: its spec and colour, its computed values (row i = bar i, empty until
 * the background computation delivers them), the painting of its lines (plain, histogram, band) and its
 * legend. An indicator pane shows one of these with its guides and scale; PriceOverlays holds the ones
 * drawn over the candles. GUI thread only; the values are computed elsewhere (Features::computeStudy).
 */
class IndicatorPaneSeries
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorPaneSeries)

public:
    explicit IndicatorPaneSeries(ChartStudy study = {});

    const ChartStudy& study() const { return m_study; }
    /** A new spec or colour; a new spec drops the values until they are computed again. */
    void setStudy(const ChartStudy& study);
    const Features::StudyInfo* info() const { return Features::studyInfo(m_study.spec.key); }

    void setValues(Features::StudyValues values);
    void clearValues() { m_values = {}; }
    bool hasValues() const { return !m_values.lines.empty(); }
    const Features::StudyValues& values() const { return m_values; }
    /** Line `line` at bar row, NaN when there is none. */
    double value(int line, qsizetype row) const;

    /** Draws the lines (and band or histogram) on the visible bars. */
    void paint(QPainter* painter, const PlotMap& map, bool dark) const;
    /** Draws the catalog's guide levels (30/70, 0, …) dashed. */
    void paintGuides(QPainter* painter, const PlotMap& map, bool dark) const;

    /** The min and max of the values on bars first..last (histograms and guides at 0 include 0). */
    std::optional<std::pair<double, double>> valueRange(qsizetype first, qsizetype last) const;
    /** The fixed scale of a bounded oscillator (RSI 0–100, Williams %R −100–0), else none. */
    std::optional<std::pair<double, double>> fixedRange() const;

    /** "RSI 14": the legend's title. */
    QString title() const { return Features::studyTitle(m_study.spec); }
    /**
     * The legend entry at row: the title in the study's colour and each line's value. formatPrice formats
     * price-unit studies like the price axis; other units use formatValue().
     */
    QString legendHtml(qsizetype row, bool dark, const std::function<QString(double)>& formatPrice) const;
    /** A value as the legend and the axis tag print it: compact for share counts, 2 or 4 decimals else. */
    QString formatValue(double value) const;

    QColor lineColor(int line, bool dark) const;

private:
    ChartStudy m_study;
    Features::StudyValues m_values;
    int m_decimals = 2;
};

} // namespace Tessera::Ui
