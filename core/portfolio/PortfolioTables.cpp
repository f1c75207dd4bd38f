#include "core/portfolio/PortfolioTables.h"

#include <cmath>

#include "core/common/CsvText.h"
#include "core/portfolio/PaperEngine.h"

namespace Tessera::Portfolio {
namespace {

QString num(double v, int decimals = 2)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString();
}

QString qty(double v)
{
    return QString::number(v, 'g', 12);
}

QString opt(const std::optional<double>& v)
{
    return v ? num(*v) : QString();
}

QString csvCell(const QString& cell)
{
    QString c = Csv::isPlainNumber(cell) ? cell : Csv::formulaGuarded(cell);
    if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) || c.contains(QLatin1Char('\n'))) {
        c.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        c = QLatin1Char('"') + c + QLatin1Char('"');
    }
    return c;
}

} // namespace

Result<Table> holdingsTable(const Store::Database& db, const AccountState& state)
{
    Table t;
    t.header = QStringList{QStringLiteral("symbol"),
                           QStringLiteral("product"),
                           QStringLiteral("quantity"),
                           QStringLiteral("average"),
                           QStringLiteral("last"),
                           QStringLiteral("value"),
                           QStringLiteral("unrealised"),
                           QStringLiteral("unrealised_pct"),
                           QStringLiteral("realised"),
                           QStringLiteral("day_change"),
                           QStringLiteral("opened_on")};
    BarCache bars(db);
    for (const Position& p : state.positions()) {
        if (std::abs(p.quantity) < 1e-9) {
            continue;
        }
        QString dayChange;
        auto series = bars.series(p.symbol);
        if (!series) {
            return fail(series.error());
        }
        const QDate day = state.clock().isValid() ? state.clock() : (*series)->lastDate();
        const qsizetype i = (*series)->isEmpty() ? -1 : BarCache::indexAtOrBefore(**series, day);
        if (i >= 1) {
            const double now = (*series)->close()[static_cast<size_t>(i)];
            const double before = (*series)->close()[static_cast<size_t>(i - 1)];
            if (before > 0) {
                dayChange = num(100 * (now / before - 1));
            }
        }
        const double cost = std::abs(p.quantity) * p.averagePrice;
        t.rows.append(QStringList{p.symbol,
                                  productText(p.product),
                                  qty(p.quantity),
                                  num(p.averagePrice),
                                  num(p.lastPrice),
                                  num(p.quantity * p.lastPrice),
                                  num(p.unrealisedPnl()),
                                  cost > 0 ? num(100 * p.unrealisedPnl() / cost) : QString(),
                                  num(p.realisedPnl),
                                  dayChange,
                                  p.openedOn.toString(Qt::ISODate)});
    }
    return t;
}

Table ordersTable(const AccountState& state)
{
    Table t;
    t.header = QStringList{QStringLiteral("id"),
                           QStringLiteral("placed_on"),
                           QStringLiteral("symbol"),
                           QStringLiteral("side"),
                           QStringLiteral("type"),
                           QStringLiteral("product"),
                           QStringLiteral("quantity"),
                           QStringLiteral("filled"),
                           QStringLiteral("price"),
                           QStringLiteral("trigger"),
                           QStringLiteral("average"),
                           QStringLiteral("status"),
                           QStringLiteral("message"),
                           QStringLiteral("target"),
                           QStringLiteral("stop"),
                           QStringLiteral("note")};
    for (qsizetype i = state.orderSequence().size() - 1; i >= 0; --i) {
        const Order& o = state.orders()[state.orderSequence()[i]];
        t.rows.append(QStringList{o.clientOrderId,
                                  o.placedOn.toString(Qt::ISODate),
                                  o.symbol,
                                  sideText(o.side),
                                  orderTypeText(o.type),
                                  productText(o.product),
                                  qty(o.quantity),
                                  qty(o.filledQuantity),
                                  opt(o.price),
                                  opt(o.triggerPrice),
                                  o.filledQuantity > 0 ? num(o.averageFillPrice) : QString(),
                                  statusText(o.status),
                                  o.statusMessage,
                                  opt(o.target),
                                  opt(o.stop),
                                  o.note});
    }
    return t;
}

Table tradesTable(const AccountState& state)
{
    Table t;
    t.header = QStringList{QStringLiteral("trade_id"),
                           QStringLiteral("day"),
                           QStringLiteral("order_id"),
                           QStringLiteral("symbol"),
                           QStringLiteral("side"),
                           QStringLiteral("product"),
                           QStringLiteral("quantity"),
                           QStringLiteral("price"),
                           QStringLiteral("value"),
                           QStringLiteral("charges"),
                           QStringLiteral("slippage"),
                           QStringLiteral("realised")};
    for (qsizetype i = state.fills().size() - 1; i >= 0; --i) {
        const Fill& f = state.fills()[i];
        t.rows.append(QStringList{f.tradeId,
                                  f.day.toString(Qt::ISODate),
                                  f.clientOrderId,
                                  f.symbol,
                                  sideText(f.side),
                                  productText(f.product),
                                  qty(f.quantity),
                                  num(f.price),
                                  num(f.quantity * f.price),
                                  num(f.charges),
                                  num(f.slippage),
                                  num(f.realisedPnl)});
    }
    return t;
}

Table cashTable(const AccountState& state)
{
    Table t;
    t.header = QStringList{QStringLiteral("day"),
                           QStringLiteral("kind"),
                           QStringLiteral("amount"),
                           QStringLiteral("balance"),
                           QStringLiteral("note")};
    for (qsizetype i = state.cash().size() - 1; i >= 0; --i) {
        const CashEntry& c = state.cash()[i];
        t.rows.append(QStringList{
            c.day.toString(Qt::ISODate), cashKindText(c.kind), num(c.amount), num(c.balance), c.note});
    }
    return t;
}

QByteArray tableCsv(const Table& table)
{
    QString out = table.header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QStringList& row : table.rows) {
        QStringList cells;
        for (const QString& c : row) {
            cells << csvCell(c);
        }
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace Tessera::Portfolio
