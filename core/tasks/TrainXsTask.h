#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/**
 * The "train-xs" task kind: "Train cross-sectional models" (issue 15, seed 003). Parameters (JSON,
 * stored with the run):
 *   tickers    selection (array); missing/empty = every symbol with stored bars
 *   selection  how the selection was named ("universe nifty50", "all"), stored with the model
 *   asOf       ISO date; missing = each symbol's newest bar (the pooled calendar's last date)
 *   settings   {key: text} overrides of Ml::xsParameters() for this run
 * Steps: "load" per symbol (its stored bars into memory; skipped with "insufficient history" below 200
 * bars), then, outside any transaction, the pooled computation (panel → walk-forward → final fits;
 * progress per fit, cancellable), then one transaction stores the model and the as-of scores
 * (Store::CrossSectionRepository). A resumed run reloads the bars of symbols an earlier attempt loaded.
 */
TaskKind trainXsTaskKind();

/** Parameters of a train-xs run. */
QJsonObject trainXsParams(const QStringList& tickers,
                          const QString& selection,
                          const QDate& asOf = {},
                          const QJsonObject& settings = {});

} // namespace Tessera::Tasks
