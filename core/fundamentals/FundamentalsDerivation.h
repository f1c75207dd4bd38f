#pragma once

#include <QList>
#include <QString>

#include "core/fundamentals/Fundamentals.h"

namespace Tessera::Fundamentals {

/**
 * Fills the values a record's own fields determine, marking them derived (never replacing a sourced
 * value; a value whose inputs are missing stays missing):
 *   P/B = price / book value per share        (book value > 0)
 *   book value per share = price / P/B        (P/B > 0)
 *   P/E = price / EPS                         (EPS > 0; no P/E for a loss)
 *   PEG = P/E / earnings growth in percent    (P/E > 0 and growth > 0)
 */
void deriveValues(Record& record);

/** The market-cap rule that applies to a ticker: "nse" (SEBI ranks), "us" (dollar bands) or none. */
QString capRuleOf(const QString& ticker, const QString& homeMarket);

/**
 * Market-cap categories for records that have a market cap and no category from their source (marked
 * derived). The rule depends on the ticker's market:
 *   NSE / BSE (.NS, .BO, or bare tickers when the home market is NSE or BSE): SEBI's rule by rank of market
 *     cap among the given records of that market and as-of date — 1–100 large, 101–250 mid, the rest
 *     small (ranked among the symbols Tessera holds: a NIFTY 500 list approximates the exchange's);
 *   US (bare tickers otherwise): dollar bands — 200 bn and above mega, 10–200 bn large, 2–10 bn mid,
 *     300 m–2 bn small, below 300 m micro;
 *   other markets: no documented rule, left missing.
 * homeMarket: the market bare tickers belong to (the app's market calendar, "default" = US).
 */
void deriveCapCategories(QList<Record>& records, const QString& homeMarket);

} // namespace Tessera::Fundamentals
