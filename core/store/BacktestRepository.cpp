#include "core/store/BacktestRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/store/Statement.h"

namespace Tessera::Store {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

constexpr const char* kSummaryColumns =
    "SELECT id, name, screen, expression, created_at, parameters, metrics FROM backtests";

BacktestSummary readSummary(const Statement& row)
{
    BacktestSummary s;
    s.id = row.int64At(0);
    s.name = row.textAt(1);
    s.screen = row.textAt(2);
    s.expression = row.textAt(3);
    s.createdAt = row.textAt(4);
    s.settings = Backtest::BacktestSettings::fromJson(object(row.textAt(5)));
    s.metrics = Backtest::Metrics::fromJson(object(row.textAt(6)));
    return s;
}

} // namespace

Result<qint64> BacktestRepository::save(const Backtest::BacktestResult& r, const QString& name)
{
    const QString stored = name.trimmed().isEmpty() ? QStringLiteral("%1 %2–%3")
                                                          .arg(r.screenName,
                                                               r.settings.from.toString(Qt::ISODate),
                                                               r.settings.to.toString(Qt::ISODate))
                                                    : name.trimmed();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    sqlite3* h = m_db.rawHandle();
    Statement ins(h,
                  "INSERT INTO backtests (name, screen, expression, ranking, parameters, metrics, notes) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    ins.bind(1, stored);
    // A null QString binds NULL: the text columns are NOT NULL, an empty ranking is ''.
    ins.bind(2, r.screenName.isNull() ? QStringLiteral("") : r.screenName);
    ins.bind(3, r.expression.isNull() ? QStringLiteral("") : r.expression);
    ins.bind(4, r.ranking.isNull() ? QStringLiteral("") : r.ranking);
    ins.bind(5, compact(r.settings.toJson()));
    ins.bind(6, compact(r.metrics.toJson()));
    ins.bind(
        7,
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.notes)).toJson(QJsonDocument::Compact)));
    if (auto ok = ins.run(); !ok) {
        return fail(ok.error().prefixed(QStringLiteral("storing backtest '%1'").arg(stored)));
    }
    const qint64 id = ins.lastInsertRowId();
    Statement curve(h,
                    "INSERT INTO backtest_equity (backtest_id, date, equity, benchmark, drawdown, exposure) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Backtest::CurvePoint& p : r.curve) {
        curve.bind(1, id);
        curve.bind(2, p.date.toString(Qt::ISODate));
        curve.bind(3, p.equity);
        curve.bind(4, p.benchmark);
        curve.bind(5, p.drawdown);
        curve.bind(6, p.exposure);
        if (auto ok = curve.run(); !ok) {
            return fail(ok.error().prefixed(QStringLiteral("storing backtest '%1'").arg(stored)));
        }
    }
    Statement trade(
        h,
        "INSERT INTO backtest_trades (backtest_id, seq, symbol, entry_date, entry_price, exit_date, "
        "exit_price, shares, allotted, entry_cost, exit_cost, net_return, exit_reason, rank) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (int i = 0; i < r.trades.size(); ++i) {
        const Backtest::Trade& t = r.trades[i];
        trade.bind(1, id);
        trade.bind(2, i);
        trade.bind(3, t.symbol);
        trade.bind(4, t.entryDate.toString(Qt::ISODate));
        trade.bind(5, t.entryPrice);
        trade.bind(6, t.exitDate.toString(Qt::ISODate));
        trade.bind(7, t.exitPrice);
        trade.bind(8, t.shares);
        trade.bind(9, t.allotted);
        trade.bind(10, t.entryCost);
        trade.bind(11, t.exitCost);
        trade.bind(12, t.netReturn);
        trade.bind(13, t.exitReason);
        trade.bind(14, t.rank);
        if (auto ok = trade.run(); !ok) {
            return fail(ok.error().prefixed(QStringLiteral("storing backtest '%1'").arg(stored)));
        }
    }
    if (auto c = tx.commit(); !c) {
        return fail(c.error());
    }
    return id;
}

Result<QList<BacktestSummary>> BacktestRepository::list()
{
    QList<BacktestSummary> out;
    const QByteArray sql = QByteArray(kSummaryColumns) + " ORDER BY id DESC";
    Statement st(m_db.rawHandle(), sql.constData());
    auto r = st.forEachRow([&](const Statement& row) { out << readSummary(row); });
    if (!r) {
        return fail(r.error().prefixed(QStringLiteral("listing backtests")));
    }
    return out;
}

Result<BacktestSummary> BacktestRepository::summary(qint64 id)
{
    const QByteArray sql = QByteArray(kSummaryColumns) + " WHERE id = ?1";
    Statement st(m_db.rawHandle(), sql.constData());
    st.bind(1, id);
    std::optional<BacktestSummary> found;
    auto r = st.forEachRow([&](const Statement& row) { found = readSummary(row); });
    if (!r) {
        return fail(r.error().prefixed(QStringLiteral("reading backtest %1").arg(id)));
    }
    if (!found) {
        return fail(Error::notFound(
            QStringLiteral("no stored backtest with id %1 (see 'tessera-cli backtest list')").arg(id)));
    }
    return *found;
}

Result<Backtest::BacktestResult> BacktestRepository::load(qint64 id)
{
    auto s = summary(id);
    if (!s) {
        return fail(s.error());
    }
    Backtest::BacktestResult r;
    r.screenName = s->screen;
    r.expression = s->expression;
    r.settings = s->settings;
    r.metrics = s->metrics;
    sqlite3* h = m_db.rawHandle();
    {
        Statement st(h, "SELECT ranking, notes FROM backtests WHERE id = ?1");
        st.bind(1, id);
        auto ok = st.forEachRow([&](const Statement& row) {
            r.ranking = row.textAt(0);
            for (const QJsonValue& v : QJsonDocument::fromJson(row.textAt(1).toUtf8()).array()) {
                r.notes << v.toString();
            }
        });
        if (!ok) {
            return fail(ok.error());
        }
    }
    Statement curve(
        h,
        "SELECT date, equity, benchmark, drawdown, exposure FROM backtest_equity WHERE backtest_id = "
        "?1 ORDER BY date");
    curve.bind(1, id);
    auto ok = curve.forEachRow([&](const Statement& row) {
        Backtest::CurvePoint p;
        p.date = QDate::fromString(row.textAt(0), Qt::ISODate);
        p.equity = row.doubleAt(1);
        p.benchmark = row.doubleAt(2);
        p.drawdown = row.doubleAt(3);
        p.exposure = row.doubleAt(4);
        r.curve.push_back(p);
    });
    if (!ok) {
        return fail(ok.error().prefixed(QStringLiteral("reading backtest %1").arg(id)));
    }
    Statement trades(
        h,
        "SELECT symbol, entry_date, entry_price, exit_date, exit_price, shares, allotted, entry_cost, "
        "exit_cost, net_return, exit_reason, rank FROM backtest_trades WHERE backtest_id = ?1 ORDER BY "
        "seq");
    trades.bind(1, id);
    ok = trades.forEachRow([&](const Statement& row) {
        Backtest::Trade t;
        t.symbol = row.textAt(0);
        t.entryDate = QDate::fromString(row.textAt(1), Qt::ISODate);
        t.entryPrice = row.doubleAt(2);
        t.exitDate = QDate::fromString(row.textAt(3), Qt::ISODate);
        t.exitPrice = row.doubleAt(4);
        t.shares = row.doubleAt(5);
        t.allotted = row.doubleAt(6);
        t.entryCost = row.doubleAt(7);
        t.exitCost = row.doubleAt(8);
        t.netReturn = row.doubleAt(9);
        t.exitReason = row.textAt(10);
        t.rank = static_cast<int>(row.int64At(11));
        r.trades << t;
    });
    if (!ok) {
        return fail(ok.error().prefixed(QStringLiteral("reading backtest %1").arg(id)));
    }
    return r;
}

Result<std::pair<QDate, QDate>> BacktestRepository::storedPeriod()
{
    std::pair<QDate, QDate> out;
    Statement st(m_db.rawHandle(),
                 "SELECT MIN(first_date), MAX(last_date) FROM bar_summary WHERE bar_count > 0");
    auto r = st.forEachRow([&](const Statement& row) {
        out = {QDate::fromString(row.textAt(0), Qt::ISODate), QDate::fromString(row.textAt(1), Qt::ISODate)};
    });
    if (!r) {
        return fail(r.error().prefixed(QStringLiteral("reading the stored period")));
    }
    return out;
}

Result<void> BacktestRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    sqlite3* h = m_db.rawHandle();
    for (const char* sql : {"DELETE FROM backtest_equity WHERE backtest_id = ?1",
                            "DELETE FROM backtest_trades WHERE backtest_id = ?1"}) {
        Statement st(h, sql);
        st.bind(1, id);
        if (auto ok = st.run(); !ok) {
            return fail(ok.error());
        }
    }
    Statement st(h, "DELETE FROM backtests WHERE id = ?1");
    st.bind(1, id);
    if (auto ok = st.run(); !ok) {
        return fail(ok.error());
    }
    if (st.changes() == 0) {
        return fail(Error::notFound(QStringLiteral("no stored backtest with id %1").arg(id)));
    }
    return tx.commit();
}

} // namespace Tessera::Store
