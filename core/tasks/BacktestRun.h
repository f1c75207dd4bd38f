#pragma once

#include <QString>

#include "core/backtest/Backtest.h"
#include "core/common/Result.h"
#include "core/store/Database.h"

namespace Tessera::Tasks {

class TaskContext;

/** What to backtest: a stored screen or strategy by name, or an expression, and the parameters. */
struct BacktestRequest
{
    QString screen;    ///< a stored screen's name, else an expression ("rsi_14 < 30 and close > sma_200")
    QString ranking;   ///< overrides the screen's ranking when set ("2*return_60d, -pe_ratio")
    QString selection; ///< overrides the screen's selection when set (all, universe:NAME, tag:NAME, …)
    Backtest::BacktestSettings settings;
};

/**
 * Runs a backtest on the stored data: resolves the screen (by name, else parsed as an expression; a
 * parse error keeps its column), refuses what cannot be replayed point-in-time — verdict and consensus
 * fields (stored only as of the latest analysis), and fundamentals before the first stored as-of unless
 * settings.allowStaleFundamentals — loads the panel in one bulk pass per table and replays it
 * (Backtest::runBacktest). The result's notes carry the survivorship caveat and any override. Read-only;
 * any thread (its own connection).
 */
[[nodiscard]] Result<Backtest::BacktestResult>
runStoredBacktest(const Store::Database& db, const BacktestRequest& request, TaskContext* ctx = nullptr);

} // namespace Tessera::Tasks
