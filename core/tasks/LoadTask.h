#pragma once

#include <memory>

#include <QJsonObject>

#include "core/fetch/BarProvider.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/**
 * The "load" task kind: "Load / update data". Parameters (JSON, stored with the run):
 *   provider  — a --provider spec (yahoo, stooq, csv:DIR, synthetic[:SEED]); missing = the database's
 *               "fetch/provider" setting (the provider of the last successful load)
 *   tickers   — selection (array); missing/empty = everything the provider has (for network
 *               providers, which cannot list symbols: every symbol stored in the database)
 *   universe  — store the loaded symbols as this universe (missing = the provider's default, if any)
 *   settings  — fetch setting overrides for this run, by key ({"fetch/yahoo/rate": "20"}); the rest
 *               come from the database settings, then the declared defaults (Fetch::fetchParameters)
 *   rememberProvider — false: a successful run does not make provider the configured one (a scheduled
 *               crypto update beside a daily market's "Data update"); default true
 * One step, "bars": fetch a symbol's bars and store them with its dividends, splits, symbol-master
 * fields and fetch status in one transaction. Network providers update incrementally: they fetch from
 * the last stored bar minus the overlap; when the overlap disagrees with what is stored (beyond
 * rounding: a split or a new adjustment) the symbol's whole history is fetched again and replaces the
 * stored one. Stored bars of a symbol whose fetch fails are never touched; the failure is recorded as
 * the symbol's last error.
 */
TaskKind loadTaskKind();

/**
 * Builds a load plan over an existing provider (the load kind uses makeProvider; tests script one).
 * Reads the stored first/last bar dates of the planned symbols from db and hands the completed units
 * to the provider's prefetch().
 */
[[nodiscard]] Result<TaskPlan> makeLoadPlan(const Store::DatabasePtr& db,
                                            std::shared_ptr<Fetch::BarProvider> provider,
                                            const QJsonObject& params,
                                            const QStringList& only);

/** Parameters of a load over provider spec for tickers (empty = all) into universe (may be empty). */
QJsonObject loadParams(const QString& providerSpec,
                       const QStringList& tickers = {},
                       const QString& universe = {},
                       const Fetch::SettingValues& settings = {});

/**
 * Whether incremental bars agree with the stored ones on the days both have before storedLast (the
 * last stored day itself may have been a live, partial bar). Closes and adjusted closes must match
 * to a relative 1e-6; the first disagreement is returned as a reason ("close on 2024-03-14: stored
 * 400, now 100"), empty when they agree. Pure function.
 */
QString overlapDisagreement(const BarSeries& stored, const BarSeries& fetched, const QDate& storedLast);

} // namespace Tessera::Tasks
