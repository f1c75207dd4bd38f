#pragma once

#include <map>
#include <vector>

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include "core/common/Result.h"
#include "core/ml/CrossSection.h"
#include "core/store/Database.h"
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

/** The cross-sectional settings stored (xs/… keys, Ml::xsParameters), with overrides by key. */
[[nodiscard]] Result<Ml::XsSettings> storedXsSettings(const Store::Database& db,
                                                      const QHash<QString, QString>& overrides = {});

/** A cross-section's inputs: each symbol's bars and, when collected, its point-in-time fundamentals. */
struct XsInputs
{
    std::vector<Ml::XsSymbolInput> symbols; ///< ticker order
    QStringList extraNames;                 ///< the fundamentals columns, or none
    int withFundamentals = 0;               ///< symbols with collected fundamentals
};

/**
 * The inputs of a cross-sectional run (train-xs, the walk-forward backtest) from loaded bars: with
 * useFundamentals, each symbol's collected fundamentals as point-in-time columns
 * (Ml::pointInTimeFundamentals), and the columns only when some symbol has values (columns missing
 * everywhere carry nothing). Reads on the calling thread's connection.
 */
[[nodiscard]] Result<XsInputs>
xsInputs(const Store::Database& db, std::map<QString, BarSeries> bars, bool useFundamentals);

/** Parameters of a train-xs run. */
QJsonObject trainXsParams(const QStringList& tickers,
                          const QString& selection,
                          const QDate& asOf = {},
                          const QJsonObject& settings = {});

} // namespace Tessera::Tasks
