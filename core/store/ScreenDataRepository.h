#pragma once

#include <QDate>
#include <QStringList>

#include "core/common/Result.h"
#include "core/screens/Evaluator.h"
#include "core/screens/ScreenData.h"
#include "core/store/Database.h"

namespace Tessera::Store {

/**
 * Loads what a screen reads for a selection as of a day, one bulk query per source (bars, indicators,
 * features, fundamentals, verdicts, consensus, cross-sectional scores, tags, universes) — never a query
 * per symbol — so a 2,000-symbol screen loads in tens of milliseconds (harness line `screen`).
 *
 * "As of" a day: each symbol's newest stored bar, indicator row, verdict, consensus and score on or
 * before it (the bar before that for crossings), so a past day never sees later data. Fundamentals
 * likewise, except that a screen of the latest day (asOf not given) takes each symbol's latest
 * fundamentals: they are collected on the day they are fetched, usually after the last bar.
 * Works on the calling thread's connection.
 */
class ScreenDataRepository
{
public:
    explicit ScreenDataRepository(const Database& db)
        : m_db(db)
    {}

    /**
     * The table for tickers (empty: every symbol with bars) on asOf (invalid: the newest bar date among
     * them). Symbols without a bar on or before the day are left out; fields nobody has stay missing.
     */
    [[nodiscard]] Result<Screens::ScreenData>
    load(const QStringList& tickers, QDate asOf, const Screens::FieldNeeds& needs);

    /**
     * The tickers a stored screen's selection names: "all" or empty (every symbol with bars),
     * "universe:NAME", "tag:NAME", "watchlist:NAME", or tickers separated by commas. NotFound names an
     * unknown universe, tag or watchlist.
     */
    [[nodiscard]] Result<QStringList> resolveSelection(const QString& selection);

private:
    const Database& m_db;
};

} // namespace Tessera::Store
