#pragma once

#include <optional>
#include <utility>

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/features/IndicatorFrame.h"
#include "ui/charts/ChartStudies.h"

class QAbstractAxis;
class QCandlestickSeries;
class QChart;
class QLineSeries;

namespace Tessera::Ui {

/**
 * The series of the indicator pane under the candle chart (RSI, MACD, Stochastic or ATR) on the
 * candles' index x axis: the indicator lines (one point per bar with a value, none for the leading
 * bars of an unfilled window), dashed guide lines (RSI 30/70, Stochastic 20/80, MACD 0) across the
 * whole series, and for MACD the histogram as bars from 0, teal when positive and red when negative.
 *
 * The values come precomputed in an IndicatorFrame. show() replaces every series of the pane in one go.
 * GUI thread only; the series belong to the chart.
 */
class IndicatorPaneSeries
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorPaneSeries)

public:
    IndicatorPaneSeries(QChart* chart, QAbstractAxis* x, QAbstractAxis* y);

    /** Builds the series of pane from frame (rows = bars); None or an empty frame leaves the pane empty. */
    void show(IndicatorPane pane, const Features::IndicatorFrame& frame);
    IndicatorPane pane() const { return m_pane; }

    QList<QLineSeries*> lines() const { return m_lines; }
    QList<QLineSeries*> guides() const { return m_guides; }
    /** The MACD histogram, else nullptr. */
    QCandlestickSeries* histogram() const { return m_histogram; }

    /** The guide levels of pane (30 and 70 for RSI, …). */
    static QList<double> guideLevels(IndicatorPane pane);
    /** The fixed y range of a bounded oscillator (0–100 for RSI and Stochastic), else none. */
    static std::optional<std::pair<double, double>> fixedRange(IndicatorPane pane);
    static QString label(IndicatorPane pane);

    /** The min and max of the pane's values on bars first..last (MACD includes 0); none without values. */
    std::optional<std::pair<double, double>> valueRange(qsizetype first, qsizetype last) const;

    /** The legend line at bar row: the pane's name and its coloured values. */
    QString legendHtml(qsizetype row) const;
    /** A value as the pane prints it (2 decimals; 4 for small MACD/ATR values). */
    QString formatValue(double value) const;

    /** Colours for a light or dark background (applied now and to later panes). */
    void applyTheme(bool dark);

private:
    struct Line
    {
        Features::Column column;
        QString caption;
        QColor light;
        QColor dark;
    };
    static QList<Line> linesOf(IndicatorPane pane);
    void clear();
    void style();

    QChart* m_chart;
    QAbstractAxis* m_x;
    QAbstractAxis* m_y;
    IndicatorPane m_pane = IndicatorPane::None;
    Features::IndicatorFrame m_frame;
    QList<QLineSeries*> m_lines;
    QList<QLineSeries*> m_guides;
    QCandlestickSeries* m_histogram = nullptr;
    int m_decimals = 2;
    bool m_dark = false;
};

} // namespace Tessera::Ui
