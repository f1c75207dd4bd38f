#pragma once

#include <QList>
#include <QWidget>

#include "ui/charts/CandleChartView.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;

namespace Tessera::Ui {

/**
 * One, two or four charts side by side (the Chart tab). The first is the main window's chart, which
 * follows the universe table; the others pick their own symbol from a box above them and read its bars
 * through the chart's BarsLoader on the pool. With "Link" on, panning, zooming, range presets and the
 * crosshair move every chart to the same dates (each chart finds the bar on or before a date, so symbols
 * with different holidays stay aligned; two 60-minute charts by the hour). The extra charts use their own
 * studies and options. With setPersistent(true) (the main window) the grid remembers how many charts it
 * shows, the link option and each extra chart's symbol and timeframe (Settings::chartGrid), and
 * restoreSettings() brings them back on the next start. GUI thread only.
 */
class ChartGrid final : public QWidget
{
    Q_OBJECT

public:
    ChartGrid(CandleChartView* main, QWidget* parent = nullptr);

    /** 1, 2 (side by side) or 4 (2 × 2) charts. */
    void setChartCount(int count);
    int chartCount() const { return m_count; }
    /** Chart i (0 = the main chart); extra charts exist once shown. */
    CandleChartView* chart(int i) const;
    /** Shows ticker in extra chart i (1..3). */
    void setSymbol(int i, const QString& ticker);

    void setLinked(bool on);
    bool isLinked() const { return m_linked; }

    /** Saves every change of the count, the link option and the extra charts' symbols and timeframes. */
    void setPersistent(bool on) { m_persistent = on; }
    /** Shows the remembered count, link option, symbols and timeframes (their bars load on the pool). */
    void restoreSettings();
    /** Extra chart i's symbol as chosen in its box (empty for none or i = 0). */
    QString symbol(int i) const;

    void setBarsLoader(CandleChartView::BarsLoader loader);
    /** Reads a symbol's stored hourly bars on a pool thread (the extra charts' 60-minute timeframe). */
    using HourlyLoader = std::function<Result<HourlySeries>(const QString& ticker)>;
    void setHourlyLoader(HourlyLoader loader);
    void setSymbolList(const QStringList& tickers);

signals:
    /** Extra chart i shows ticker's bars (or its message). */
    void chartShown(int index, const QString& ticker);

private:
    void ensureCharts(int count);
    void relayout();
    void linkRange(CandleChartView* source, double from, double to);
    void linkHover(CandleChartView* source, int index);
    void saveSettings() const;

    QList<CandleChartView*> m_charts;
    QList<QComboBox*> m_symbolBoxes; ///< [i] for chart i ≥ 1; [0] is nullptr
    QList<QWidget*> m_cells;
    QGridLayout* m_grid = nullptr;
    QButtonGroup* m_countGroup = nullptr;
    QCheckBox* m_linkBox = nullptr;
    CandleChartView::BarsLoader m_loader;
    HourlyLoader m_hourlyLoader;
    QStringList m_symbols;
    int m_count = 1;
    bool m_linked = true;
    bool m_syncing = false;
    bool m_persistent = false;
    bool m_restoring = false; ///< restoreSettings() is applying: nothing is saved meanwhile
};

} // namespace Tessera::Ui
