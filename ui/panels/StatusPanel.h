#pragma once

#include <optional>

#include <QDateTime>
#include <QWidget>

#include "core/monitor/SystemStatus.h"
#include "core/store/Database.h"

class QCheckBox;
class QLabel;
class QTableWidget;
class QThreadPool;
class QTimer;

namespace Tessera::Ui {

/**
 * The status view: the seed-003 system status. Record counts and latest dates per table, data
 * freshness, resources (database size, free disk, CPU, memory), the last run of each task kind and
 * the health checks with coloured severity. collectSystemStatus runs on the read pool when the view
 * is shown, on Refresh, after each job (the window asks) and every AutoRefreshMs while visible.
 */
class StatusPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutoRefreshMs = 30000;

    StatusPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent = nullptr);

    /** The last snapshot shown, if any. */
    const std::optional<Monitor::SystemStatus>& status() const { return m_status; }

public slots:
    void refresh();
    /** Refreshes only when the view is visible (after a job: no work for a hidden view). */
    void refreshIfVisible();

signals:
    /** A snapshot is shown. */
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showStatus(const Monitor::SystemStatus& status);
    void showError(const QString& message);

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    bool m_refreshing = false;
    std::optional<Monitor::SystemStatus> m_status;

    QLabel* m_summary = nullptr;
    QCheckBox* m_integrity = nullptr;
    QTableWidget* m_health = nullptr;
    QTableWidget* m_tables = nullptr;
    QLabel* m_freshness = nullptr;
    QLabel* m_resources = nullptr;
    QTableWidget* m_runs = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace Tessera::Ui
