#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include "core/portfolio/Journal.h"
#include "core/portfolio/PortfolioTypes.h"

namespace Tessera::Portfolio {

/**
 * An account's portfolio as the fold of its journal: orders with their states, fills, positions with
 * average price and realised P&L, and the cash ledger. apply() checks each event against the state
 * (the order state machine, no overfill, a fill of a known order) and refuses what does not fit, so a
 * journal that folds is consistent. Pure: no database, no clock.
 *
 * Average price: a fill that opens or adds to a position moves the average to the quantity-weighted mean;
 * one that reduces it realises (price − average) × quantity (for a long; the reverse for a short) and
 * leaves the average; one that crosses zero realises the closed part and opens the rest at its price.
 * Charges are not in the realised P&L: they are their own cash entries (netPnl() adds them).
 */
class AccountState
{
public:
    [[nodiscard]] Result<void> apply(const JournalEvent& event);
    /** The fold of events in order; the first refused event is the error (with its id). */
    [[nodiscard]] static Result<AccountState> rebuild(const QList<JournalEvent>& events);

    const QMap<QString, Order>& orders() const { return m_orders; }
    const QStringList& orderSequence() const { return m_orderSequence; } ///< client ids, placement order
    const QList<Fill>& fills() const { return m_fills; }
    const QMap<QString, Position>& positions() const { return m_positions; } ///< key symbol|product
    const QList<CashEntry>& cash() const { return m_cash; }
    double cashBalance() const { return m_cashBalance; }
    double totalCharges() const { return m_charges; }
    double totalDividends() const { return m_dividends; }
    double realisedPnl() const;
    double unrealisedPnl() const;
    /** Realised + unrealised − charges + dividends. */
    double netPnl() const { return realisedPnl() + unrealisedPnl() - m_charges + m_dividends; }
    /** Cash + the market value of the positions (at their last prices). */
    double equity() const;
    QDate clock() const { return m_clock; }
    /** Orders that can still fill (open, partially filled). */
    QList<Order> workingOrders() const;
    /** The quantity held of symbol across products. */
    double quantityOf(const QString& symbol) const;
    /** Sets the last price of symbol's positions (marking to the newest close). */
    void mark(const QString& symbol, double price);

    /** Everything above as canonical JSON (sorted keys), for comparing two folds. */
    QJsonObject toJson() const;

    static QString positionKey(const QString& symbol, Product product);

private:
    Result<void> applyFill(const JournalEvent& event);
    Result<Order*> order(const JournalEvent& event);
    void addCash(QDate day, CashKind kind, double amount, const QString& note);
    double applyToPosition(const Fill& fill);

    QMap<QString, Order> m_orders;
    QStringList m_orderSequence;
    QList<Fill> m_fills;
    QMap<QString, Position> m_positions;
    QList<CashEntry> m_cash;
    double m_cashBalance = 0;
    double m_charges = 0;
    double m_dividends = 0;
    double m_brokerRealised = 0; ///< realised P&L of closed broker positions dropped by a sync
    QDate m_clock;
};

} // namespace Tessera::Portfolio
