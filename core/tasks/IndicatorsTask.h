#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>

#include "core/market/BarSeries.h"
#include "core/store/Database.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/**
 * Version of the indicator engine (formulas and stored layout). Stored in indicator_state; a
 * different version makes the next run recompute every symbol in full.
 */
inline constexpr int kIndicatorEngineVersion = 1;

/**
 * The "indicators" step: computes a symbol's indicators and microstructure features from its stored
 * bars (split/dividend adjusted) and stores technical_indicators, the feature chunks and the state in
 * the symbol's transaction.
 *
 * Incremental. The state recorded with the last write (bar count, dates, a fingerprint of every
 * stored bar field, engine version) decides what to do:
 *  - same fingerprint and version: skipped, "up to date";
 *  - the stored bars are an unchanged prefix of the current ones (new bars appended): only the new
 *    rows are written (and the feature chunk of their year);
 *  - anything else (history revised, a new split or dividend adjustment, another engine version, or
 *    `full`): every row is rewritten.
 * The computation itself always runs from the first bar. EMA and Wilder recursions, and the running
 * sums of the rolling windows, depend on every earlier value: no finite warm-up reproduces them bit
 * for bit, and persisting the state of ~40 recursions would be more fragile than recomputing — 5,000
 * bars take well under a millisecond, less than reading them. So an incremental result is, by
 * construction, bit-identical to a full recomputation (TestIndicatorStore checks it on the stored rows).
 *
 * Input: the bars the "bars" step of the same run just stored (SymbolWork::data "bars") when they are
 * the whole history, otherwise the stored bars. Thread-safe (process() runs concurrently per symbol).
 */
std::unique_ptr<TaskStep> makeIndicatorsStep(Store::DatabasePtr db, bool full = false);

/**
 * The "indicators" task kind: "Compute indicators". Parameters:
 *   tickers   — selection (array); missing/empty = every symbol with stored bars
 *   full      — true: recompute and rewrite every symbol even when up to date
 *   provider  — optional: load from this provider first (the "load" kind's plan and parameters, then
 *               this step), so one run loads a CSV folder and computes its indicators
 */
TaskKind indicatorsTaskKind();

/** Parameters of an indicators run. */
QJsonObject
indicatorsParams(const QStringList& tickers = {}, bool full = false, const QString& providerSpec = {});

/**
 * The fingerprint stored in indicator_state: a 64-bit multiply-xorshift hash of every field of the first
 * `count` bars
 * (date, open, high, low, close, adj close, volume; NaN and −0 canonicalised so a value that went
 * through SQLite hashes the same). count < 0 = all bars.
 */
quint64 barsFingerprint(const BarSeries& raw, qsizetype count = -1);

/** What a step that works on a symbol's bars starts from (bar steps' common preamble). */
struct StepInput
{
    QString ticker;               ///< stored name ("NTPC" -> "NTPC.NS"); the symbol itself when new
    std::optional<qint64> id;     ///< nullopt: new in this run, its load's write still pending
    const BarSeries* delivered{}; ///< the whole history this run's load delivered (in work.data), or null
};

/**
 * The preamble of a step that may run before the symbol's earlier writes commit: without a delivered
 * whole history (the load brought only new bars, or did not run: a resume) the step reads the merged
 * history from the store, so the pending writes are committed first; then the stored name and id.
 * NotFound when the symbol is neither stored nor delivered.
 */
Result<StepInput> stepInput(const Store::Database& db, SymbolWork& work);

/**
 * The stored id of a step's symbol (its name resolved as the load step stores it: "NTPC" -> "NTPC.NS"),
 * for a write that runs after the symbol's earlier writes in the same transaction; NotFound when the
 * symbol is not stored.
 */
Result<qint64> storedSymbolId(const Store::Database& db, const QString& symbol);

} // namespace Tessera::Tasks
