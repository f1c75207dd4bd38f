#pragma once

#include <QtGlobal>

#include "core/screens/FieldCatalog.h"

namespace Tessera::Screens {

/** One stored daily bar as the screen fields read it; adj is the adjusted close (the close when none). */
struct BarRow
{
    double open, high, low, close, adj, volume;
};

/**
 * A bars-derived field (close, change, returns, average volume, 52-week range) at row k of a symbol's
 * bars (ascending, count rows), NaN when the history is too short or k is out of range. Returns use
 * the adjusted close; the others the raw bar. The screen loader (one as-of day) and the backtest's
 * in-memory panel (every rebalance day) both read bars through this, so they agree by construction.
 */
double barFieldValue(Derived field, const BarRow* bars, qsizetype count, qsizetype k);

/** The bars a return field looks back over (0 for other fields). */
int returnBars(Derived field);

/** Whether the field is an aggregate over a window of bars (average volume, 52-week range). */
bool isBarAggregate(Derived field);

} // namespace Tessera::Screens
