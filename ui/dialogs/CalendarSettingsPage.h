#pragma once

#include <QList>
#include <QPointer>
#include <QThreadPool>

#include "core/store/Database.h"
#include "core/tasks/CalendarInference.h"
#include "ui/dialogs/SettingsDialog.h"

class QLabel;
class QTableWidget;

namespace Tessera::Ui {

/**
 * Settings ▸ Calendars: each market of the stored symbols (NSE, US, crypto, …) with the closed days its
 * quality grades and market-day schedules skip — inferred from the bars after every load, or imported
 * with `tessera-cli schedule holidays import` — and, for the selected market, the days with their
 * names. Read-only: the calendars follow the data. Reads on the pool, never on the GUI thread.
 */
class CalendarSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    CalendarSettingsPage(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent = nullptr);

    QString title() const override { return tr("Calendars"); }
    QIcon icon() const override;
    void load() override;
    void apply() override {}

signals:
    /** The markets are shown (ok) or could not be read (the page says why). */
    void loaded(bool ok);

private:
    void show(const QList<Tasks::MarketCalendarOverview>& markets, const QString& fallbackName);
    void showDays(int row);

    Store::DatabasePtr m_db;
    QPointer<QThreadPool> m_pool;
    QLabel* m_note = nullptr;
    QTableWidget* m_markets = nullptr;
    QLabel* m_daysTitle = nullptr;
    QTableWidget* m_days = nullptr;
    QList<Tasks::MarketCalendarOverview> m_overview;
    quint64 m_loadRequest = 0;
};

} // namespace Tessera::Ui
