#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "core/common/Result.h"
#include "core/screens/Picks.h"
#include "core/store/Database.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QThreadPool;

namespace Tessera::Ui {

/** What the Picks view shows, read together on a worker thread. */
struct PicksData
{
    QString strategy;
    QList<QDate> dates; ///< stored snapshot days of the strategy, newest first
    QDate date;         ///< the day shown (invalid: none stored)
    QDate previousDate; ///< the snapshot before it (invalid: none)
    QList<Screens::Pick> picks;
    QList<Screens::Pick> previous;
};

/** Reads a strategy's snapshot of date (invalid: the newest) and the one before it; call on a worker. */
[[nodiscard]] Result<PicksData> readPicks(const Store::Database& db, const QString& strategy, QDate date);
/**
 * As readPicks, but when `strategy` has no stored snapshot, the first strategy that has one (the view's
 * first read: a new user sees picks rather than an empty default).
 */
[[nodiscard]] Result<PicksData> readPicksOrAny(const Store::Database& db, const QString& strategy);

/**
 * "new", "▲ 3" (moved up three places), "▼ 2", "=" or "dropped": a pick against the day before
 * (previous rank 0 = not picked then; rank 0 = dropped today).
 */
QString changeMarker(int rank, int previousRank);

/**
 * The Picks view (issue 20, seed 003's suggested stocks): a strategy's daily top 50 from the stored
 * snapshots — strategy and date selectors, a sector filter and a search, sortable columns, a "why"
 * column, the change against the previous snapshot (new / rank moved / dropped, the dropped ones listed
 * greyed at the end), export (the table's context menu and the Export button). Double-clicking opens
 * the symbol. Reads on the window's pool, only while visible.
 */
class PicksPanel : public QWidget
{
    Q_OBJECT

public:
    PicksPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const PicksData& shown() const { return m_shown; }
    QComboBox* strategyBox() const { return m_strategy; }
    QComboBox* sectorBox() const { return m_sector; }
    QLineEdit* searchEdit() const { return m_search; }

public slots:
    void refresh();

signals:
    void loaded();
    void symbolActivated(const QString& ticker);
    /** Compute today's picks now (the window runs the picks task). */
    void generateRequested();
    /** Buy the shown picks' top N in the paper account (issue 19; the window opens the dialog). */
    void buyRequested(const QList<Screens::Pick>& picks);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load(QDate date);
    void showData(PicksData read);
    void fillTable();
    void exportTable();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    bool m_dirty = true;
    bool m_firstRead = true;
    quint64 m_request = 0;
    PicksData m_shown;

    QComboBox* m_strategy = nullptr;
    QComboBox* m_date = nullptr;
    QComboBox* m_sector = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace Tessera::Ui
