#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include "core/common/Result.h"
#include "core/screens/Evaluator.h"
#include "core/screens/Screen.h"
#include "core/screens/ScreenData.h"
#include "core/store/Database.h"

namespace Tessera::Tasks {

/** A screen evaluated on the stored data: its result, the table it read, and what was run. */
struct ScreenRun
{
    Screens::ScreenDefinition screen;
    Screens::CompiledScreen compiled;
    Screens::ScreenData data;
    Screens::ScreenResult result;
};

/**
 * Runs a screen on the stored data as of asOf (invalid: the newest stored bar), over `tickers` when
 * given, else over the screen's own selection; limit < 0 keeps the screen's. Loads the fields the
 * screen reads plus `extraFields` (columns to show; with their previous bar for `extraPrevious`) in a
 * few bulk queries. Read-only; any thread.
 */
[[nodiscard]] Result<ScreenRun> runScreen(const Store::Database& db,
                                          const Screens::ScreenDefinition& screen,
                                          QDate asOf = {},
                                          const QStringList& tickers = {},
                                          int limit = -1,
                                          const QStringList& extraFields = {},
                                          const QStringList& extraPrevious = {});

/**
 * One result row as JSON with the seed's field names: rank, symbol, stock_name, selection_score,
 * current_price, sector, and each field the screen read ("rsi_14", "pe_ratio", …; null when missing).
 */
QJsonObject screenRowJson(const ScreenRun& run, int index);
/** The whole answer: as_of, counts, "excluded" ({field: count}), the expression, and the rows. */
QJsonObject screenRunJson(const ScreenRun& run);

} // namespace Tessera::Tasks
