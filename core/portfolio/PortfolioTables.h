#pragma once

#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/portfolio/AccountState.h"
#include "core/store/Database.h"

namespace Tessera::Portfolio {

/**
 * The account's tables as text rows: what the CLI prints, the CSV export writes and the GUI shows, so the
 * three never disagree. Numbers are plain (no thousands separators) so the CSV reads back; the GUI
 * formats them again for display.
 */
struct Table
{
    QStringList header; ///< column keys ("symbol", "quantity", …)
    QList<QStringList> rows;
};

/**
 * Holdings and positions: symbol, product, quantity, average, last, value, unrealised, unrealised_pct,
 * realised, day_change (the last close against the close before, percent; empty without two bars),
 * opened_on.
 */
[[nodiscard]] Result<Table> holdingsTable(const Store::Database& db, const AccountState& state);
/** Orders newest first: id, placed_on, symbol, side, type, product, quantity, filled, price, trigger,
 * average, status, message, target, stop, note. */
Table ordersTable(const AccountState& state);
/** Fills newest first: trade_id, day, order_id, symbol, side, product, quantity, price, value, charges,
 * slippage, realised. */
Table tradesTable(const AccountState& state);
/** The cash ledger newest first: day, kind, amount, balance, note. */
Table cashTable(const AccountState& state);

/** The table as CSV (RFC 4180 quoting; text cells that look like formulas guarded, as the exports do). */
QByteArray tableCsv(const Table& table);

} // namespace Tessera::Portfolio
