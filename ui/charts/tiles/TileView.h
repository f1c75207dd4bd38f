#pragma once

#include <QChartView>
#include <QDate>
#include <QList>

class QAbstractAxis;
class QAbstractSeries;
class QCategoryAxis;
class QValueAxis;

namespace Tessera::Ui {

struct AnalysisView;

/**
 * Base of the dashboard's tile views: one Qt Charts view per tile kind, redrawn in one go from an
 * AnalysisView (setAnalysis() replaces every series and axis; nothing is appended point by point,
 * STYLE.md §10). Hovering a series shows its values as a tooltip (the text is kept in lastToolTip()
 * so tests can read it); double-clicking asks the dashboard to open the tile enlarged.
 *
 * Light or dark from the palette like CandleChartView. GUI thread only.
 */
class TileView : public QChartView
{
    Q_OBJECT

public:
    explicit TileView(QWidget* parent = nullptr);

    /** Stable id, e.g. "volume_profile" (object names, enlarge dialogs, tests). */
    virtual QString tileId() const = 0;
    /** Redraws the tile from view. */
    virtual void setAnalysis(const AnalysisView& view) = 0;

    /** The tile's title (tile name and its key figure), whole even when the chart shows it shortened. */
    QString title() const;
    /** What the chart shows: the title, or only the tile's name when the whole title does not fit. */
    QString shownTitle() const;
    QString lastToolTip() const { return m_lastToolTip; }
    /**
     * What hovering shows: the value under the pointer when there is one (showToolTip), otherwise the
     * tile's hint (what it shows, a warning) and, on the dashboard, that a double-click enlarges it.
     */
    QString toolTipText() const;
    /** The tile's explanation or warning for its tooltip (without the enlarge instruction). */
    void setHint(const QString& hint) { m_hint = hint; }
    /** false for a tile already enlarged: no "double-click to enlarge", and double-clicks do nothing. */
    void setEnlargeable(bool enlargeable) { m_enlargeable = enlargeable; }
    /**
     * Lays the chart out now. Qt Charts computes axis labels and elides the title when its layout runs,
     * which it otherwise defers to a posted event: a redraw calls this so labels never lag the data.
     */
    void layoutNow();

signals:
    void enlargeRequested();

protected:
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

    /** Removes every series and axis (before a redraw). */
    void clearChart();
    void setTitle(const QString& title);
    /** Shows text at the cursor (empty hides it). */
    void showToolTip(const QString& text);

    /** A styled value axis added to the chart at alignment. */
    QValueAxis* addValueAxis(Qt::Alignment alignment, double min, double max);
    /**
     * Date labels for bar indices 0..dates.size()-1 at alignment (bottom): a category axis carried by
     * an empty line series on y, because candlesticks and bars sit only on value axes. xAxis is the
     * hidden index axis the data series use.
     */
    QCategoryAxis* addDateAxis(const QList<QDate>& dates, QValueAxis* xAxis, QAbstractAxis* yAxis);
    /** Adds series to the chart and attaches it to the axes. */
    void addSeries(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);
    void styleAxis(QAbstractAxis* axis) const;
    /** Shows the whole title when it fits the tile's width, else the tile's name (the key figure moves
     * to the tooltip): Qt Charts would cut "Moving averages · MA20 below MA50" to "… below M…". */
    void fitTitle();
    /** Widens axis to round tick values (applyNiceNumbers) and labels them without trailing zeros. */
    static void niceAxis(QValueAxis* axis);

    bool darkTheme() const;
    QColor textColor() const;

private:
    QString m_lastToolTip;
    QString m_hint;
    QString m_title; ///< whole; the chart may show only the part before " · " (fitTitle)
    bool m_enlargeable = true;
};

/** Scale for a volume axis so its labels stay short: values are divided by scale, the title gets suffix. */
struct VolumeUnit
{
    double scale = 1;
    QString suffix; ///< "", "K", "M" or "B"
};
VolumeUnit volumeUnit(double maxValue);

/** "12.3M", "850K", "4.2B", "950": volumes and notionals in a few characters. */
QString compactNumber(double value);
/** y range [lo, hi] padded by a fraction of its height (a flat range gets a small band). */
std::pair<double, double> paddedRange(double lo, double hi, double fraction = 0.05);

} // namespace Tessera::Ui
