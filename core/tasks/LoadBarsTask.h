#pragma once

#include <QList>
#include <QStringList>

#include "core/common/Result.h"
#include "core/fetch/BarProvider.h"
#include "core/store/Database.h"
#include "core/tasks/TaskContext.h"

namespace Tessera::Tasks {

/** Outcome of one symbol in a load run. */
struct SymbolOutcome
{
    QString ticker;
    bool ok = false;
    QString error;   ///< the reason when !ok (names file and line for CSV input)
    qint64 bars = 0; ///< bars stored for the symbol after the run
    qint64 written = 0;
    QStringList warnings;
};

/** What a load run did: per-symbol outcomes and totals, for the CLI summary and the GUI. */
struct LoadSummary
{
    QString provider;
    QList<SymbolOutcome> outcomes; ///< in plan order
    QStringList notes;             ///< provider notes from planning (skipped files)
    qint64 barsWritten = 0;
    double seconds = 0.0;
    bool cancelled = false;

    int doneCount() const;
    int failedCount() const;
    QStringList failedTickers() const;
};

/** Parameters of a load run. */
struct LoadRequest
{
    QStringList tickers; ///< selection; empty = everything the provider enumerates
    int maxWorkers = 0;  ///< 0 = number of cores
    /** When set, the loaded symbols also become (or refresh) this universe; empty with an empty
     *  selection = the provider's default universe (the demo market), if it has one. */
    QString universeName;
};

/**
 * "Load / update data": plans the provider's units, fetches them on a thread pool of maxWorkers and
 * writes each symbol in its own transaction (its bars, its symbol-master fields, its fetch status).
 * A failure of one symbol is recorded with its reason and never stops the others; stored bars of a
 * failed symbol are left untouched. Cancel (ctx.cancel()) stops handing out new symbols; symbols in
 * flight finish their transaction, so the database stays consistent.
 *
 * Synchronous: call it from a worker thread (GUI) or main (CLI). Returns an error only when the run
 * cannot start (bad provider spec, unreadable folder); per-symbol failures are in the summary.
 */
[[nodiscard]] Result<LoadSummary> runLoadBars(const Store::DatabasePtr& db,
                                              Fetch::BarProvider& provider,
                                              const LoadRequest& request,
                                              TaskContext& ctx);

} // namespace Tessera::Tasks
