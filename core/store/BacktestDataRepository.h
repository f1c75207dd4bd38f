#pragma once

#include <QDate>
#include <QStringList>

#include "core/backtest/Panel.h"
#include "core/common/Result.h"
#include "core/screens/Evaluator.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Loads a backtest's panel: the selection's bars, indicator rows, feature frames, fundamentals,
 * cross-sectional scores and verdict calls (table calls) over the period (plus the look-back the fields
 * need), one bulk statement per table — never a statement per day or per symbol — so a 500-symbol, 5-year
 * panel loads in about a second (harness line `backtest`). Only the sources the screen reads are loaded. Rows
 * dated after `to` are never read. Works on the calling thread's connection; read-only.
 */
class BacktestDataRepository
{
public:
    explicit BacktestDataRepository(const Database& db)
        : m_db(db)
    {}

    /** tickers empty: every symbol with bars. Unknown tickers are left out. */
    [[nodiscard]] Result<Backtest::Panel>
    load(const QStringList& tickers, QDate from, QDate to, const Screens::FieldNeeds& needs);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
