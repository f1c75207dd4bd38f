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
 * parse error keeps its column), refuses what cannot be replayed point-in-time — per-stock consensus
 * fields (each symbol's models as last trained), and fundamentals before the first stored as-of unless
 * settings.allowStaleFundamentals — loads the panel in one bulk pass per table, makes verdict fields
 * point-in-time (a verdict as of each rebalance day: read from the call history, or computed now from
 * the bars up to that day and stored as a verdict call, with progress and cancel through ctx) and
 * replays it (Backtest::runBacktest). The result's notes say where verdicts and scores came from, and
 * carry the survivorship caveat and any override. Writes only verdict calls; any thread (its own
 * connection).
 */
[[nodiscard]] Result<Backtest::BacktestResult>
runStoredBacktest(const Store::DatabasePtr& db, const BacktestRequest& request, TaskContext* ctx = nullptr);

} // namespace Tessera::Tasks
