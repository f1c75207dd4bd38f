#pragma once

#include <vector>

#include <QChartView>
#include <QDate>
#include <QString>

namespace Tessera::Ui {

/**
 * The daily rank IC of a cross-sectional model out of sample (one point per test day) with its
 * 21-day moving average and a zero line. Fed on the GUI thread with ready values (STYLE.md §10:
 * series replaced in bulk per refresh).
 */
class RankIcChartView : public QChartView
{
    Q_OBJECT

public:
    explicit RankIcChartView(QWidget* parent = nullptr);
    void setSeries(const QString& title, const std::vector<QDate>& days, const std::vector<double>& ic);
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

/**
 * Mean realised outcome per predicted decile (1 = lowest prediction … 10 = highest), in percent, out of
 * sample. Fed on the GUI thread with ready values.
 */
class DecileChartView : public QChartView
{
    Q_OBJECT

public:
    explicit DecileChartView(QWidget* parent = nullptr);
    void setDeciles(const QString& title, const QString& unit, const std::vector<double>& percent);
    int barCount() const { return m_bars; }

private:
    int m_bars = 0;
};

} // namespace Tessera::Ui
