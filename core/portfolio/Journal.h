#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/portfolio/PortfolioTypes.h"

namespace Tessera::Portfolio {

/**
 * One append-only journal event (table portfolio_events). Every change to an account is one of these;
 * the account's state is the fold of its events in id order (AccountState), so the state can be rebuilt
 * and audited at any time. dedupKey makes an append idempotent: an event whose (account, key) is stored
 * already is not stored again (a retried placement, a broker trade seen in two syncs).
 */
enum class EventKind
{
    Deposit,        ///< {amount, note}
    Withdrawal,     ///< {amount, note}
    OrderPlaced,    ///< the order's request (orderJson)
    OrderAccepted,  ///< new → open
    OrderTriggered, ///< a stop order's trigger was crossed
    OrderFilled,    ///< a fill (fillJson); paper fills also advance the order's filled quantity
    OrderCancelled, ///< {reason}
    OrderRejected,  ///< {reason}
    OrderUpdated,   ///< a broker's report {status, filled, average, message}
    Dividend,       ///< {symbol, per_share, quantity, amount}
    BrokerState,    ///< a broker sync: {holdings, positions, funds} replace the account's
    Clock,          ///< the paper account has processed the bars up to day
};

QString eventKindText(EventKind kind);
Result<EventKind> parseEventKind(const QString& text);

struct JournalEvent
{
    qint64 id = 0; ///< set by the store; the fold order
    qint64 accountId = 0;
    EventKind kind = EventKind::Deposit;
    QString dedupKey; ///< empty: never a duplicate
    QString clientOrderId;
    QDate day; ///< the (simulated) day the event happened on
    QJsonObject payload;
};

QJsonObject orderJson(const Order& order);
Order orderFromJson(const QJsonObject& o);
QJsonObject fillJson(const Fill& fill);
Fill fillFromJson(const QJsonObject& o);

// Event factories: the one place each kind's payload and key are spelt.
JournalEvent depositEvent(QDate day, double amount, const QString& note, const QString& key = {});
JournalEvent withdrawalEvent(QDate day, double amount, const QString& note);
JournalEvent placedEvent(const Order& order);
JournalEvent acceptedEvent(const QString& clientOrderId, QDate day);
JournalEvent triggeredEvent(const QString& clientOrderId, QDate day);
JournalEvent filledEvent(const Fill& fill, bool advancesOrder = true);
JournalEvent cancelledEvent(const QString& clientOrderId, QDate day, const QString& reason);
JournalEvent rejectedEvent(const QString& clientOrderId, QDate day, const QString& reason);
JournalEvent updatedEvent(const BrokerOrder& order, QDate day);
JournalEvent dividendEvent(const QString& symbol, QDate exDate, double perShare, double quantity);
JournalEvent brokerStateEvent(const BrokerSnapshot& snapshot);
JournalEvent clockEvent(QDate day);

} // namespace Tessera::Portfolio
