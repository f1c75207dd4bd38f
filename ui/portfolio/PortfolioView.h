#pragma once

#include <QList>
#include <QWidget>

#include "core/common/Result.h"
#include "core/portfolio/EquityCurve.h"
#include "core/portfolio/PortfolioTables.h"
#include "core/store/Database.h"

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThreadPool;

namespace Tessera::Ui {

/** What the portfolio view shows of one account, read together on a worker. */
struct PortfolioViewData
{
    QList<Portfolio::Account> accounts;
    Portfolio::Account account;
    Portfolio::Table holdings, orders, trades, cash;
    QList<Portfolio::EquityPoint> curve;
    double cashBalance = 0, equity = 0, realised = 0, unrealised = 0, charges = 0, dividends = 0;
    QDate clock;
};

/** Reads account (empty: the paper account); call on a worker. */
[[nodiscard]] Result<PortfolioViewData> readPortfolio(const Store::Database& db, const QString& account);

/**
 * The Portfolio view (issue 19): an account selector with its cash, equity and P&L; tabs for holdings
 * (P&L and the day's change), orders with their status, trades, the cash ledger and the equity curve
 * from the journal; New order (the ticket), Cancel order, Export (CSV of the shown table) and, for a
 * replay account, Step one day. Reads and writes on the window's pool.
 */
class PortfolioView : public QWidget
{
    Q_OBJECT

public:
    PortfolioView(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* holdingsTable() const { return m_holdings; }
    QTableWidget* ordersTable() const { return m_orders; }
    QChartView* equityChart() const { return m_chart; }
    const PortfolioViewData& shown() const { return m_shown; }
    /** Selects account by name and reads it. */
    void showAccount(const QString& name);

public slots:
    void refresh();

signals:
    void loaded();
    void newOrderRequested();
    void symbolActivated(const QString& ticker);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showData(PortfolioViewData data);
    void cancelSelected();
    void exportShown();
    void stepReplay();

    Store::DatabasePtr m_db;
    QThreadPool* m_pool = nullptr;
    bool m_dirty = true;
    quint64 m_request = 0;
    QString m_wanted;
    PortfolioViewData m_shown;
    QComboBox* m_account = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_step = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_holdings = nullptr;
    QTableWidget* m_orders = nullptr;
    QTableWidget* m_trades = nullptr;
    QTableWidget* m_cash = nullptr;
    QChartView* m_chart = nullptr;
};

} // namespace Tessera::Ui
