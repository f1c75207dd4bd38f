#pragma once

#include <QDate>
#include <QWidget>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/track/Scoreboard.h"

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QThreadPool;

namespace Tessera::Ui {

/** What the Scoreboard view shows: the scoring pass just run and the board of the period. */
struct ScoreboardData
{
    int scoredNow = 0;
    int waiting = 0;
    Track::Scoreboard board;
};

/**
 * Runs the incremental scoring pass, then builds the scoreboard of the calls made in [from, to] (invalid:
 * open) of one source (all when null); call on a worker thread.
 */
[[nodiscard]] Result<ScoreboardData>
readScoreboard(const Store::Database& db, QDate from, QDate to, const Track::CallSource* source);

/**
 * The Scoreboard view (issue 16): how Tessera's past calls turned out. A table per source (verdicts by
 * direction, per-stock models by algorithm × horizon × ready, cross-sectional score deciles, each
 * strategy's picks) with the hit rate beside the base rate and its 95 % interval, mean and median excess
 * return with a t-statistic, mean daily IC; the selected row's plain-language line, its daily rank IC and
 * cumulative excess return as line charts; a period and a source selector; every number exported to CSV
 * (the Export button, the table's context menu). Scoring and reading run on the window's pool.
 */
class ScoreboardPanel : public QWidget
{
    Q_OBJECT

public:
    ScoreboardPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* periodBox() const { return m_period; }
    QComboBox* sourceBox() const { return m_source; }
    const ScoreboardData& shown() const { return m_shown; }
    QLabel* sentenceLabel() const { return m_sentence; }

    /** The raw value of a numeric cell (full precision, exported instead of the rounded text). */
    static constexpr int RawRole = Qt::UserRole + 1;

public slots:
    void refresh();
    void refreshIfVisible();

signals:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showData(ScoreboardData read);
    void showRow(int row);
    void exportTable();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    bool m_dirty = true;
    quint64 m_request = 0;
    ScoreboardData m_shown;
    QComboBox* m_period = nullptr;
    QComboBox* m_source = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_sentence = nullptr;
    QChartView* m_icChart = nullptr;
    QChartView* m_curveChart = nullptr;
};

} // namespace Tessera::Ui
