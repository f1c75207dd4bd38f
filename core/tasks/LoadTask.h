#pragma once

#include <memory>

#include <QJsonObject>

#include "core/fetch/BarProvider.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/**
 * The "load" task kind: "Load / update data". Parameters (JSON, stored with the run):
 *   provider  — a --provider spec (csv:DIR, synthetic[:SEED]); missing = the database's
 *               "fetch/provider" setting (the provider of the last successful load)
 *   tickers   — selection (array); missing/empty = everything the provider has
 *   universe  — store the loaded symbols as this universe (missing = the provider's default, if any)
 * One step, "bars": fetch a symbol's bars and store them with its symbol-master fields and fetch
 * status in one transaction. Stored bars of a symbol whose fetch fails are never touched.
 */
TaskKind loadTaskKind();

/** Builds a load plan over an existing provider (the load kind uses makeProvider; tests script one). */
[[nodiscard]] Result<TaskPlan> makeLoadPlan(std::shared_ptr<Fetch::BarProvider> provider,
                                            const QJsonObject& params,
                                            const QStringList& only);

/** Parameters of a load over provider spec for tickers (empty = all) into universe (may be empty). */
QJsonObject
loadParams(const QString& providerSpec, const QStringList& tickers = {}, const QString& universe = {});

} // namespace Tessera::Tasks
