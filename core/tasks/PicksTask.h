#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include "core/common/Result.h"
#include "core/config/Parameter.h"
#include "core/screens/Picks.h"
#include "core/store/Database.h"
#include "core/tasks/TaskKind.h"

namespace Tessera::Tasks {

/** `picks/retentionDays`: pick snapshots older than this many days are removed by the cleanup (default 90).
 */
inline const QString kPicksRetentionSetting = QStringLiteral("picks/retentionDays");
const QList<Config::Parameter>& picksParameters();
[[nodiscard]] Result<int> picksRetentionDays(const Store::Database& db);

/** What one strategy's picks came to. */
struct StrategyPicks
{
    QString strategy;
    int picked = 0;
    int matched = 0;
    int selection = 0;
    QString excluded; ///< "12 symbols lacked pe_ratio", empty when none
    double seconds = 0;
};

struct PicksSummary
{
    QDate date;
    QList<StrategyPicks> strategies;
};

/**
 * Runs each strategy's screen on the stored data as of asOf (invalid: the newest stored bar), builds its
 * picks (Screens::buildPicks) and stores them keyed (date, symbol, strategy). strategies empty: all four.
 * The selection of each strategy is its own, or `tickers` when given.
 */
[[nodiscard]] Result<PicksSummary> generatePicks(const Store::Database& db,
                                                 QDate asOf = {},
                                                 const QStringList& strategies = {},
                                                 const QStringList& tickers = {});

/**
 * One strategy's picks as of asOf computed from the stored data as of that day (nothing stored; a past day
 * never sees later bars): what a paper-trading replay buys. tickers empty: the strategy's own selection.
 */
[[nodiscard]] Result<QList<Screens::Pick>> computeStrategyPicks(const Store::Database& db,
                                                                const QString& strategy,
                                                                QDate asOf,
                                                                const QStringList& tickers = {});

/**
 * The "picks" task kind: one unit per strategy (growth, value, balanced, momentum), each computing and
 * storing that strategy's picks of the day; then the snapshots older than picks/retentionDays are
 * removed. Parameters: date (YYYY-MM-DD, default the newest stored bar), strategies (array).
 */
inline const QString kPicksTaskKind = QStringLiteral("picks");
TaskKind picksTaskKind();
QJsonObject picksParams(const QDate& date = {}, const QStringList& strategies = {});

} // namespace Tessera::Tasks
