#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QWidget>

#include "core/common/Result.h"
#include "core/store/CrossSectionRepository.h"
#include "core/store/Database.h"
#include "core/store/ModelRepository.h"
#include "core/store/PredictionRepository.h"

class QFrame;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QThreadPool;

namespace Tessera::Ui {

/** One symbol's models and cached predictions, read together on a worker thread. */
struct SymbolPredictions
{
    QString ticker;
    QList<Store::StoredModel> models;                 ///< newest version per (algorithm, horizon)
    QList<Store::CachedPrediction> predictions;       ///< per model and one "consensus" per horizon
    QList<Store::CachedPrediction> consensus() const; ///< the consensus rows, by horizon
    std::optional<Store::XsScoreRow> crossSection;    ///< the newest cross-sectional score, if any
    int crossSectionPeers = 0;                        ///< symbols that model scored that day
};

/** Reads ticker's models and predictions on the calling thread's connection (call it on a worker). */
[[nodiscard]] Result<SymbolPredictions> readSymbolPredictions(const Store::Database& db,
                                                              const QString& ticker);

/**
 * The "Predictions" tab of the symbol dashboard (SPEC §6): for the selected symbol, one card per
 * horizon with the consensus predicted move and price, its confidence (out-of-sample IC, not a
 * probability) and production-ready badge, then a table of the symbol's models: algorithm, horizon,
 * predicted move and price, out-of-sample IC, hit rate, R² and MAE each beside its baseline, the
 * production-ready badge (the gate's verdict as tooltip), trained-at, data range and rows. Expired
 * predictions (past their time-to-live, or a newer bar arrived) are greyed and say so.
 *
 * It never computes or runs SQL on the GUI thread: the prediction cache and the model registry are
 * read on the window's read pool; a read is started only while the tab is visible (a hidden tab
 * reads when it is shown), and a result that arrives after a newer request is dropped.
 */
class PredictionsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ModelColumn,
        HorizonColumn,
        MoveColumn,
        PriceColumn,
        ReadyColumn,
        IcColumn,
        HitRateColumn,
        R2Column,
        MaeColumn,
        TrainedColumn,
        RangeColumn,
        AsOfColumn,
        ColumnCount
    };

    PredictionsPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    QString ticker() const { return m_ticker; }
    QTableWidget* modelTable() const { return m_table; }
    /** What is shown now (empty before the first read). */
    const SymbolPredictions& shown() const { return m_shown; }
    /** The text of horizon's consensus card ("" when it has none): its move, price and confidence. */
    QString consensusText(int horizon) const;

public slots:
    /** Shows ticker's predictions (read now when visible, else when the tab is shown). */
    void setTicker(const QString& ticker);
    /** Re-reads the current symbol (after a train job). */
    void refresh();

signals:
    /** ticker's predictions (or the no-models message) are shown. */
    void loaded(const QString& ticker);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showData(SymbolPredictions shown);
    void showMessage(const QString& message);
    QFrame* crossSectionCard(const Store::XsScoreRow& score, int peers);
    void fillCards(const SymbolPredictions& shown);
    void fillTable(const SymbolPredictions& shown);

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    QString m_ticker;
    bool m_dirty = false;
    quint64 m_request = 0;
    SymbolPredictions m_shown;

    QLabel* m_title = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_cardsRow = nullptr;
    QList<QFrame*> m_cards;
    QTableWidget* m_table = nullptr;
    QLabel* m_footnote = nullptr;
};

} // namespace Tessera::Ui
