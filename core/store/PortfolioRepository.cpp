#include "core/store/PortfolioRepository.h"

#include <QJsonDocument>

#include "core/store/Statement.h"

namespace Tessera::Store {
namespace {

// A macro so each query is one literal (the statement cache keys on the text).
#define TESSERA_ACCOUNT_COLUMNS                                                                              \
    "SELECT id, name, kind, broker, broker_account, currency FROM portfolio_accounts"

Portfolio::Account accountAt(const Statement& st)
{
    Portfolio::Account a;
    a.id = st.int64At(0);
    a.name = st.textAt(1);
    const QString kind = st.textAt(2);
    a.kind = kind == QLatin1String("broker")   ? Portfolio::AccountKind::Broker
             : kind == QLatin1String("replay") ? Portfolio::AccountKind::Replay
                                               : Portfolio::AccountKind::Paper;
    a.broker = st.textAt(3);
    a.brokerAccount = st.textAt(4);
    a.currency = st.textAt(5);
    return a;
}

Result<std::optional<Portfolio::Account>> oneAccount(Statement& st)
{
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    if (!*row) {
        return std::optional<Portfolio::Account>();
    }
    return std::optional<Portfolio::Account>(accountAt(st));
}

} // namespace

Result<QList<Portfolio::Account>> PortfolioRepository::accounts()
{
    Statement st(m_db.rawHandle(), TESSERA_ACCOUNT_COLUMNS " ORDER BY id");
    QList<Portfolio::Account> out;
    if (auto r = st.forEachRow([&](const Statement& s) { out.append(accountAt(s)); }); !r) {
        return fail(r.error());
    }
    return out;
}

Result<std::optional<Portfolio::Account>> PortfolioRepository::account(const QString& name)
{
    Statement st(m_db.rawHandle(), TESSERA_ACCOUNT_COLUMNS " WHERE name = ?1");
    st.bind(1, name.trimmed());
    return oneAccount(st);
}

Result<std::optional<Portfolio::Account>> PortfolioRepository::accountById(qint64 id)
{
    Statement st(m_db.rawHandle(), TESSERA_ACCOUNT_COLUMNS " WHERE id = ?1");
    st.bind(1, id);
    return oneAccount(st);
}

Result<std::optional<Portfolio::Account>> PortfolioRepository::brokerAccount(const QString& broker,
                                                                             const QString& brokerAccount)
{
    Statement st(m_db.rawHandle(), TESSERA_ACCOUNT_COLUMNS " WHERE broker = ?1 AND broker_account = ?2");
    st.bind(1, broker);
    st.bind(2, brokerAccount);
    return oneAccount(st);
}

Result<Portfolio::Account> PortfolioRepository::createAccount(const Portfolio::Account& account)
{
    if (account.name.trimmed().isEmpty()) {
        return fail(Error::invalidInput(QStringLiteral("an account needs a name")));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    auto existing = this->account(account.name);
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value()) {
        return fail(Error::invalidInput(
            QStringLiteral("an account named '%1' exists already").arg((*existing)->name)));
    }
    Statement insert(m_db.rawHandle(),
                     "INSERT INTO portfolio_accounts(name, kind, broker, broker_account, currency) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, account.name.trimmed());
    insert.bind(2, Portfolio::accountKindText(account.kind));
    insert.bind(3, account.broker.isEmpty() ? QString() : account.broker);
    insert.bind(4, account.brokerAccount.isEmpty() ? QString() : account.brokerAccount);
    insert.bind(5, account.currency.isEmpty() ? QStringLiteral("INR") : account.currency);
    if (auto r = insert.run(); !r) {
        return fail(r.error());
    }
    Portfolio::Account out = account;
    out.id = insert.lastInsertRowId();
    out.name = account.name.trimmed();
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return out;
}

Result<bool> PortfolioRepository::append(qint64 accountId, const Portfolio::JournalEvent& event)
{
    // OR IGNORE only skips the UNIQUE (account_id, dedup_key) conflict: a NULL key never conflicts.
    Statement insert(
        m_db.rawHandle(),
        "INSERT OR IGNORE INTO portfolio_events(account_id, kind, dedup_key, client_order_id, day, "
        "payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, accountId);
    insert.bind(2, Portfolio::eventKindText(event.kind));
    insert.bind(3, event.dedupKey.isEmpty() ? QString() : event.dedupKey);
    insert.bind(4, event.clientOrderId.isEmpty() ? QString() : event.clientOrderId);
    insert.bind(5, event.day.isValid() ? event.day.toString(Qt::ISODate) : QString());
    insert.bind(6, QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    if (auto r = insert.run(); !r) {
        return fail(r.error().prefixed(QStringLiteral("recording a portfolio event")));
    }
    return insert.changes() > 0;
}

Result<QList<Portfolio::JournalEvent>> PortfolioRepository::events(qint64 accountId)
{
    Statement st(m_db.rawHandle(),
                 "SELECT id, kind, dedup_key, client_order_id, day, payload FROM portfolio_events "
                 "WHERE account_id = ?1 ORDER BY id");
    st.bind(1, accountId);
    QList<Portfolio::JournalEvent> out;
    std::optional<Error> bad;
    if (auto r = st.forEachRow([&](const Statement& s) {
            auto kind = Portfolio::parseEventKind(s.textAt(1));
            if (!kind) {
                bad = kind.error();
                return;
            }
            Portfolio::JournalEvent e;
            e.id = s.int64At(0);
            e.accountId = accountId;
            e.kind = *kind;
            e.dedupKey = s.textAt(2);
            e.clientOrderId = s.textAt(3);
            e.day = QDate::fromString(s.textAt(4), Qt::ISODate);
            e.payload = QJsonDocument::fromJson(s.textAt(5).toUtf8()).object();
            out.append(e);
        });
        !r) {
        return fail(r.error());
    }
    if (bad) {
        return fail(*bad);
    }
    return out;
}

Result<QDate> PortfolioRepository::newestBarDate()
{
    Statement st(m_db.rawHandle(), "SELECT MAX(last_date) FROM bar_summary");
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return *row ? QDate::fromString(st.textAt(0), Qt::ISODate) : QDate();
}

Result<qint64> PortfolioRepository::eventCount(qint64 accountId)
{
    Statement st(m_db.rawHandle(), "SELECT COUNT(*) FROM portfolio_events WHERE account_id = ?1");
    st.bind(1, accountId);
    auto row = st.step();
    if (!row) {
        return fail(row.error());
    }
    return st.int64At(0);
}

} // namespace Tessera::Store
