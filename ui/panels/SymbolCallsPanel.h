#pragma once

#include <QWidget>

#include "core/store/Database.h"
#include "core/track/Scoreboard.h"

class QLabel;
class QTableWidget;
class QThreadPool;

namespace Tessera::Ui {

/**
 * One symbol's past calls (issue 16): its verdicts, per-stock predictions, cross-sectional scores and picks,
 * newest first, each with its outcome once the horizon has passed (return, excess over the market, hit or
 * miss, and for picks whether the target or the stop came first). Read on the window's pool when the
 * symbol changes or a job ends; exportable from the table's context menu.
 */
class SymbolCallsPanel : public QWidget
{
    Q_OBJECT

public:
    SymbolCallsPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public slots:
    void setTicker(const QString& ticker);
    void refresh();

signals:
    void loaded();

private:
    void showCalls(const QList<Track::ScoredCall>& calls);

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    QString m_ticker;
    quint64 m_request = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace Tessera::Ui
