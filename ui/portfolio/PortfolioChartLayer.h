#pragma once

#include <QList>
#include <QObject>

#include "core/portfolio/PortfolioTypes.h"
#include "core/store/Database.h"

class QMenu;
class QPainter;
class QThreadPool;

namespace Tessera::Ui {

class CandleChartView;
namespace detail {
class FillsItem;
}

/**
 * The portfolio on the chart (issue 19): the shown symbol's fills in an account (the one the Portfolio
 * view shows; the paper account by default) as markers (▲ buy
 * below the bar's low, ▼ sell above its high) and, while it is held, a dashed line at the average entry
 * price; plus "Buy SYMBOL…" / "Sell SYMBOL…" in the chart's right-click menu (the price under the pointer
 * as a limit). Reads on the pool when the symbol changes or refresh() is called.
 */
class PortfolioChartLayer : public QObject
{
    Q_OBJECT

public:
    PortfolioChartLayer(CandleChartView* chart,
                        Store::DatabasePtr db,
                        QThreadPool* pool,
                        QObject* parent = nullptr);

    const QList<Portfolio::Fill>& fills() const { return m_fills; }
    double entryPrice() const { return m_entry; }
    void paint(QPainter* painter) const;

    /** The account whose fills are shown (empty: the paper account); reads again when it changes. */
    void setAccount(const QString& name);
    const QString& account() const { return m_account; }

public slots:
    void refresh();

signals:
    /** The user asked for an order ticket (price 0: market). */
    void orderRequested(const QString& ticker, Portfolio::Side side, double price);
    void loaded();

private:
    void addMenuActions(QPointF valuePoint, QMenu* menu);

    CandleChartView* m_chart;
    Store::DatabasePtr m_db;
    QThreadPool* m_pool;
    detail::FillsItem* m_item = nullptr;
    QString m_ticker;
    QString m_account;
    quint64 m_request = 0;
    QList<Portfolio::Fill> m_fills;
    double m_entry = 0; ///< average price of the held quantity (0: not held)
    double m_held = 0;
};

} // namespace Tessera::Ui
