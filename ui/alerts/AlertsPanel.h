#pragma once

#include <QWidget>

#include "core/alerts/PriceAlert.h"
#include "core/screens/ScreenAlert.h"
#include "core/store/Database.h"

class QLabel;
class QTableWidget;
class QThreadPool;

namespace Tessera::Ui {

/**
 * The Alerts list (issue 17): every price alert, active ones first, then the triggered ones with the
 * date and close of the bar that crossed. Alerts are added from the chart ("Alert at this price", a
 * level's "Alert at this level") through addAlert, and checked by every load in the engine; refresh()
 * (after each job) re-reads the list and reports alerts triggered since the last notification through
 * triggered(), once (they are marked notified in the same read). Double-click a row to see its chart;
 * Delete removes the selected alerts. Meant to hold the watched screens' alerts too. Reads and writes on
 * the window's read pool. GUI thread only.
 */
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    AlertsPanel(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<Alerts::PriceAlert>& alerts() const { return m_alerts; }
    /** The watched screens' alerts (issue 20), listed after the price alerts. */
    const QList<Screens::ScreenAlert>& screenAlerts() const { return m_screenAlerts; }

public slots:
    /** Sets an alert at price on ticker (above or below its last close); reports and re-reads. */
    void addAlert(const QString& ticker, double price);
    /** Re-reads the list; alerts triggered and not yet notified are reported through triggered(). */
    void refresh();

signals:
    /** Alerts that fired since the last notification (each reported once). */
    void triggered(const QList<Tessera::Alerts::PriceAlert>& alerts);
    /** Watched screens' alerts raised since the last notification (each reported once). */
    void screenAlertsRaised(const QList<Tessera::Screens::ScreenAlert>& alerts);
    void symbolActivated(const QString& ticker);
    void message(const QString& text);
    /** The list was read. */
    void loaded();

private:
    void fill();
    void removeSelected();
    void acknowledgeSelected();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QList<Alerts::PriceAlert> m_alerts;
    QList<Screens::ScreenAlert> m_screenAlerts;
    quint64 m_request = 0;
};

} // namespace Tessera::Ui
