#pragma once

#include <vector>

#include <QChartView>
#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

namespace Tessera::Ui {

/** One line of a backtest chart: a name, a colour, a style and its (date, value) points. */
struct BacktestLine
{
    QString name;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    std::vector<QDate> days;
    std::vector<double> values;
};

/**
 * Equity curves (growth of 1, log-free) of one backtest and its benchmark, or of two backtests compared,
 * on a date axis; or the drawdown of each (percent below the running peak, drawn downwards). Fed on the
 * GUI thread with ready values: the whole chart is replaced per call (CrossSectionCharts' style).
 */
class BacktestChartView : public QChartView
{
    Q_OBJECT

public:
    enum class Kind
    {
        Equity,
        Drawdown
    };
    explicit BacktestChartView(Kind kind, QWidget* parent = nullptr);
    void setLines(const QString& title, const QList<BacktestLine>& lines);
    int lineCount() const { return m_lines; }

private:
    Kind m_kind;
    int m_lines = 0;
};

} // namespace Tessera::Ui
