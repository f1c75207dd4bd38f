#pragma once

#include <vector>

#include <QChartView>
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QBarCategoryAxis;
class QValueAxis;

namespace Tessera::Ui {

/**
 * Common bins for several groups of values (the models of each algorithm): equal-width bins of a
 * "nice" width (1, 2, 2.5 or 5 × 10^k) covering the 1st to 99th percentile of all values together;
 * the outer bins also count what lies beyond, so one wild model does not squash the rest. NaNs are
 * dropped. counts[g][b] is how many values of group g fall into bin b; labels are the left edges.
 */
struct HistogramBins
{
    double lo = 0;            ///< left edge of bin 0
    double step = 0;          ///< bin width
    QStringList labels;       ///< left bin edges as text
    QList<QList<int>> counts; ///< per group, per bin
    int total = 0;            ///< values counted (NaN-free)
};

HistogramBins binValues(const QList<std::vector<double>>& groups, int targetBins = 12);

/**
 * A histogram of one metric over models, one bar series per group (e.g. per algorithm), side by
 * side in each bin. Fed on the GUI thread with ready values; all Qt Charts objects stay inside.
 */
class MetricHistogramView : public QChartView
{
    Q_OBJECT

public:
    struct Group
    {
        QString name;
        QColor colour;
        std::vector<double> values; ///< in display units (e.g. percentage points)
    };

    explicit MetricHistogramView(QWidget* parent = nullptr);

    /** Replaces the chart: title, the x axis title (metric and unit) and the groups. */
    void setData(const QString& title, const QString& axisTitle, const QList<Group>& groups);
    const HistogramBins& bins() const { return m_bins; }

private:
    HistogramBins m_bins;
};

} // namespace Tessera::Ui
