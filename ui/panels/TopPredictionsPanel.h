#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/store/HourlyPredictionRepository.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QThreadPool;

namespace Tessera::Ui {

/** What the Top predictions view shows, read together on a worker thread. */
struct TopPredictionsData
{
    QList<int> horizons; ///< hours with cached consensus predictions
    int horizon = 0;     ///< the horizon read (0: nothing cached)
    Store::TopPredictions top;
    qint64 now = 0;
};

/**
 * Reads the horizons and the top list of horizon (0 = the first cached one) on the calling thread's
 * connection: call it on a worker.
 */
[[nodiscard]] Result<TopPredictionsData>
readTopPredictions(const Store::Database& db, int horizon, int limit, bool includeExpired, qint64 now);

/**
 * The "Top predictions" view (issue 21, seed 001's "top 20"): the symbols ranked by the size of the
 * hourly consensus's predicted move over the chosen horizon, read from the prediction cache (never
 * computed): validated models (a model passed the production-ready gate) in one table, unvalidated
 * ones in a second, labelled table. Each row: rank, symbol, the move (% of the as-of close) with close →
 * predicted price, the as-of hour and expiry (UTC), IC and hit rate beside the baseline's. Expired rows
 * (shown on request) are greyed and say so. Double-clicking a row selects the symbol.
 *
 * The cache is read on the window's read pool, only while the view is visible; a result that arrives
 * after a newer request is dropped.
 */
class TopPredictionsPanel : public QWidget
{
    Q_OBJECT

public:
    TopPredictionsPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    QTableWidget* validatedTable() const { return m_validated; }
    QTableWidget* unvalidatedTable() const { return m_unvalidated; }
    const TopPredictionsData& shown() const { return m_shown; }

public slots:
    /** Re-reads the cache (after a training job), now when visible, else when shown. */
    void refresh();

signals:
    /** A read finished and is shown. */
    void loaded();
    /** The user double-clicked a symbol. */
    void symbolActivated(const QString& ticker);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showData(TopPredictionsData read);
    void fill(QTableWidget* table, const QList<Store::HourlyPrediction>& rows, qint64 now);

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    bool m_dirty = true;
    quint64 m_request = 0;
    TopPredictionsData m_shown;

    QComboBox* m_horizon = nullptr;
    QSpinBox* m_limit = nullptr;
    QCheckBox* m_expired = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_validatedLabel = nullptr;
    QLabel* m_unvalidatedLabel = nullptr;
    QTableWidget* m_validated = nullptr;
    QTableWidget* m_unvalidated = nullptr;
};

} // namespace Tessera::Ui
